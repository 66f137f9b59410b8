//! Scores the `timeline` plugin.
//!
//! 1. TimeBank 1.2 and AQUAINT (TempEval-3 TBAQ-cleaned, `timebank/`): the tags are stripped from
//!    `<TEXT>` (entities decoded) while the byte offsets of every `TIMEX3` and `EVENT` in the plain
//!    text are kept; the plugin runs on the plain text with the `<DCT>` date as the publication
//!    date. Scored: strict (exact) and relaxed (overlapping) span precision/recall/F1 of time
//!    expressions, type and value accuracy on relaxed matches, value F1 (a system expression counts
//!    when it overlaps a gold one with the same value, as in TempEval-3), and event trigger F1.
//! 2. Recognizers-Text DateTime specs (`recognizers/DateTime/English`): each input runs with
//!    `Context.ReferenceDateTime` as the publication date; an input passes when the plugin finds
//!    exactly the expected expressions (same text, case-insensitive) and, in the parser and model
//!    files, values that map to the expected timex (see `timex_matches`).

use crate::engine::{self, Engine, Options};
use crate::score::{char_to_byte_offsets, pct, ratio, Counts};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
struct Tag {
    start: usize,
    end: usize,
    kind: String,
    value: String,
    text: String,
}

struct Doc {
    id: String,
    text: String,
    dct: Option<String>,
    timexes: Vec<Tag>,
    events: Vec<Tag>,
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!("{name}=\"");
    tag.find(&key)
        .and_then(|i| {
            let rest = &tag[i + key.len()..];
            rest.find('"').map(|j| rest[..j].to_owned())
        })
        .unwrap_or_default()
}

fn decode(entity: &str) -> Option<&'static str> {
    Some(match entity {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

/// A week number in two digits as ISO 8601 and TimeML write it: a few gold values of TimeBank
/// give `2000-W7` for `2000-W07` (and `2000-W08` elsewhere).
fn iso_week(value: String) -> String {
    let b = value.as_bytes();
    let single = b.len() >= 7
        && b[4] == b'-'
        && b[5] == b'W'
        && b[6].is_ascii_digit()
        && b.get(7).is_none_or(|c| !c.is_ascii_digit());
    if single {
        format!("{}0{}", &value[..6], &value[6..])
    } else {
        value
    }
}

/// Strips the tags of a `<TEXT>` body: the plain text and the spans of TIMEX3 and EVENT tags.
fn strip(body: &str) -> (String, Vec<Tag>, Vec<Tag>) {
    let mut text = String::with_capacity(body.len());
    let mut open: Vec<(String, String, usize)> = Vec::new();
    let (mut timexes, mut events) = (Vec::new(), Vec::new());
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let Some(close) = rest.find('>') else { break };
            let tag = &rest[1..close];
            rest = &rest[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                if let Some(pos) = open.iter().rposition(|(n, _, _)| n == name.trim()) {
                    let (name, attrs, start) = open.remove(pos);
                    let t = Tag {
                        start,
                        end: text.len(),
                        kind: attr(&attrs, "type"),
                        value: iso_week(attr(&attrs, "value")),
                        text: text[start..].to_owned(),
                    };
                    match name.as_str() {
                        "TIMEX3" => timexes.push(t),
                        "EVENT" => events.push(t),
                        _ => {}
                    }
                }
            } else if !tag.ends_with('/') {
                let name = tag.split_whitespace().next().unwrap_or("").to_owned();
                open.push((name, tag.to_owned(), text.len()));
            }
        } else if c == '&' {
            let entity = rest[1..]
                .find(';')
                .filter(|&j| j < 8)
                .and_then(|j| decode(&rest[1..1 + j]).map(|d| (j, d)));
            match entity {
                Some((j, d)) => {
                    text.push_str(d);
                    rest = &rest[j + 2..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    (text, timexes, events)
}

fn read_tml(path: &Path) -> Result<Doc> {
    let raw =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let dct = raw.find("<DCT>").and_then(|i| {
        let seg = &raw[i..];
        let v = attr(&seg[..seg.find("</DCT>").unwrap_or(seg.len())], "value");
        v.get(..10).map(str::to_owned).filter(|d| ymd(d).is_some())
    });
    let body = match (raw.find("<TEXT>"), raw.find("</TEXT>")) {
        (Some(a), Some(b)) if a + 6 <= b => &raw[a + 6..b],
        _ => "",
    };
    let (text, timexes, events) = strip(body);
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Doc {
        id,
        text,
        dct,
        timexes,
        events,
    })
}

#[derive(Debug, Clone)]
struct Sys {
    start: usize,
    end: usize,
    kind: String,
    value: String,
    text: String,
}

fn sys_expressions(findings: &serde_json::Value) -> Vec<Sys> {
    findings["expressions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| {
            Some(Sys {
                start: x["span"]["start"].as_u64()? as usize,
                end: x["span"]["end"].as_u64()? as usize,
                kind: x["type"].as_str()?.to_owned(),
                value: x["value"].as_str()?.to_owned(),
                text: x["span"]["text"].as_str()?.to_owned(),
            })
        })
        .collect()
}

fn sys_events(findings: &serde_json::Value) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = findings["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            Some((
                e["trigger"]["start"].as_u64()? as usize,
                e["trigger"]["end"].as_u64()? as usize,
            ))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[derive(Default)]
struct Scores {
    docs: usize,
    bytes: usize,
    strict: Counts,
    relaxed: Counts,
    matched: usize,
    type_ok: usize,
    value_ok: usize,
    value: Counts,
    events: Counts,
    time: Duration,
}

impl Scores {
    fn add(&mut self, o: &Scores) {
        self.docs += o.docs;
        self.bytes += o.bytes;
        self.strict.add(o.strict);
        self.relaxed.add(o.relaxed);
        self.matched += o.matched;
        self.type_ok += o.type_ok;
        self.value_ok += o.value_ok;
        self.value.add(o.value);
        self.events.add(o.events);
        self.time += o.time;
    }
}

#[derive(Default)]
struct Errors {
    missed: BTreeMap<String, usize>,
    spurious: BTreeMap<String, usize>,
    wrong_value: BTreeMap<String, usize>,
    boundary: BTreeMap<String, usize>,
    /// Every error with its context, one per line (`TIMELINE_EVAL_DUMP=path`).
    dump: Option<String>,
}

impl Errors {
    fn note(&mut self, doc: &Doc, kind: &str, at: usize, what: std::fmt::Arguments) {
        let Some(out) = self.dump.as_mut() else {
            return;
        };
        let t = &doc.text;
        let mut a = at.saturating_sub(90);
        while !t.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (at + 90).min(t.len());
        while !t.is_char_boundary(b) {
            b += 1;
        }
        let ctx = t[a..b].replace(['\n', '\t'], " ");
        let _ = writeln!(
            out,
            "{kind}\t{}\t{}\t{what}\t{ctx}",
            doc.id,
            doc.dct.as_deref().unwrap_or("-")
        );
    }
}

fn score_doc(doc: &Doc, sys: &[Sys], evs: &[(usize, usize)], errors: &mut Errors) -> Scores {
    let mut s = Scores {
        docs: 1,
        bytes: doc.text.len(),
        ..Scores::default()
    };
    let gold = &doc.timexes;
    let strict_tp = gold
        .iter()
        .filter(|g| sys.iter().any(|x| x.start == g.start && x.end == g.end))
        .count();
    s.strict = Counts {
        tp: strict_tp,
        fp: sys.len() - strict_tp,
        fn_: gold.len() - strict_tp,
    };
    // Relaxed: one-to-one, greedy in text order.
    let mut used = vec![false; sys.len()];
    let mut value_tp = 0;
    for g in gold {
        let hit = sys
            .iter()
            .enumerate()
            .find(|(k, x)| !used[*k] && x.start < g.end && g.start < x.end);
        match hit {
            Some((k, x)) => {
                used[k] = true;
                s.matched += 1;
                if x.start != g.start || x.end != g.end {
                    errors.note(
                        doc,
                        "boundary",
                        g.start,
                        format_args!("{:?} (gold {:?})", x.text, g.text),
                    );
                    *errors
                        .boundary
                        .entry(format!("{:?} (gold {:?})", x.text, g.text))
                        .or_default() += 1;
                }
                s.type_ok += usize::from(x.kind == g.kind);
                if x.value == g.value {
                    s.value_ok += 1;
                    value_tp += 1;
                } else {
                    errors.note(
                        doc,
                        "value",
                        g.start,
                        format_args!(
                            "{:?} {} → {} {} (gold {:?} {} {})",
                            x.text, x.kind, x.value, x.kind, g.text, g.kind, g.value
                        ),
                    );
                    *errors
                        .wrong_value
                        .entry(format!(
                            "{:?} {} → {} (gold {})",
                            g.text, g.kind, x.value, g.value
                        ))
                        .or_default() += 1;
                }
            }
            None => {
                errors.note(
                    doc,
                    "missed",
                    g.start,
                    format_args!("{:?} {} {}", g.text, g.kind, g.value),
                );
                *errors
                    .missed
                    .entry(format!("{:?} {}", g.text.to_lowercase(), g.kind))
                    .or_default() += 1
            }
        }
    }
    for (k, x) in sys.iter().enumerate() {
        if !used[k] {
            errors.note(
                doc,
                "spurious",
                x.start,
                format_args!("{:?} {} {}", x.text, x.kind, x.value),
            );
            *errors
                .spurious
                .entry(format!("{:?} {}", x.text.to_lowercase(), x.kind))
                .or_default() += 1;
        }
    }
    s.relaxed = Counts {
        tp: s.matched,
        fp: sys.len() - s.matched,
        fn_: gold.len() - s.matched,
    };
    s.value = Counts {
        tp: value_tp,
        fp: sys.len() - value_tp,
        fn_: gold.len() - value_tp,
    };
    let ev_tp = doc
        .events
        .iter()
        .filter(|g| evs.iter().any(|e| e.0 == g.start && e.1 == g.end))
        .count();
    s.events = Counts {
        tp: ev_tp,
        fp: evs.len().saturating_sub(ev_tp),
        fn_: doc.events.len() - ev_tp,
    };
    s
}

fn row(out: &mut String, name: &str, s: &Scores) {
    let _ = writeln!(
        out,
        "| {name} | {} | {} / {} / {} | {} / {} / {} | {} | {} | {} / {} / {} | {} / {} / {} |",
        s.docs,
        pct(s.strict.precision()),
        pct(s.strict.recall()),
        pct(s.strict.f1()),
        pct(s.relaxed.precision()),
        pct(s.relaxed.recall()),
        pct(s.relaxed.f1()),
        pct(ratio(s.type_ok, s.matched)),
        pct(ratio(s.value_ok, s.matched)),
        pct(s.value.precision()),
        pct(s.value.recall()),
        pct(s.value.f1()),
        pct(s.events.precision()),
        pct(s.events.recall()),
        pct(s.events.f1()),
    );
}

fn top(map: &BTreeMap<String, usize>, n: usize) -> String {
    let n = std::env::var("TIMELINE_EVAL_TOP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n);
    let mut v: Vec<_> = map.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.iter()
        .take(n)
        .map(|(k, c)| format!("{k} ×{c}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn timebank(engine: &Engine, options: &Options, out: &mut String) -> Result<()> {
    let root = options.data.join("timebank");
    let mut total = Scores::default();
    let mut errors = Errors::default();
    let dump_path = std::env::var_os("TIMELINE_EVAL_DUMP");
    if dump_path.is_some() {
        errors.dump = Some(String::new());
    }
    let _ = writeln!(out, "### TimeBank 1.2 and AQUAINT (TBAQ-cleaned)\n");
    let _ = writeln!(
        out,
        "| corpus | docs | strict span P / R / F1 | relaxed span P / R / F1 | type acc. | value acc. | value P / R / F1 | event trigger P / R / F1 |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for corpus in ["TimeBank", "AQUAINT"] {
        let dir = root.join(corpus);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        paths.sort();
        let paths = options.limited(paths);
        let mut scores = Scores::default();
        for path in paths {
            let doc = read_tml(&path)?;
            let t = Instant::now();
            let findings = engine.findings(
                "timeline",
                engine::document(&doc.id, doc.text.clone(), doc.dct.clone()),
            )?;
            let elapsed = t.elapsed();
            let sys = sys_expressions(&findings);
            let evs = sys_events(&findings);
            let mut s = score_doc(&doc, &sys, &evs, &mut errors);
            s.time = elapsed;
            scores.add(&s);
        }
        row(out, corpus, &scores);
        total.add(&scores);
    }
    row(out, "**all**", &total);
    let _ = writeln!(
        out,
        "\nTime through the host (timeline and the actors plugin it requires, JSON both ways): {:.1} ms for {} documents, {:.0} KB; {:.0} µs per 5 KB.\n",
        total.time.as_secs_f64() * 1000.0,
        total.docs,
        total.bytes as f64 / 1024.0,
        total.time.as_secs_f64() * 1e6 / (total.bytes.max(1) as f64 / 5000.0),
    );
    if let (Some(path), Some(dump)) = (dump_path, errors.dump.take()) {
        std::fs::write(&path, dump).with_context(|| format!("writing {path:?}"))?;
    }
    for (label, counts) in [
        ("Most missed gold expressions", &errors.missed),
        ("Most frequent spurious expressions", &errors.spurious),
        ("Most frequent wrong values", &errors.wrong_value),
        (
            "Most frequent boundary differences (system vs gold)",
            &errors.boundary,
        ),
    ] {
        let _ = writeln!(out, "{label}: {}\n", top(counts, 25));
    }
    Ok(())
}

/// Whether our value fits a Recognizers-Text timex. Their weekday and month-day timexes stay
/// underspecified (`XXXX-WXX-1`, `XXXX-10-02`) where we resolve them against the reference date,
/// so a resolved date with that weekday or month and day fits; `T17` equals `T17:00`.
fn timex_matches(ours: &str, theirs: &str) -> bool {
    let norm = |v: &str| -> String {
        match v.split_once('T') {
            Some((d, t)) if t.len() == 2 && t.bytes().all(|b| b.is_ascii_digit()) => {
                format!("{d}T{t}:00")
            }
            Some((d, t)) if t.len() == 8 && t.ends_with(":00") => format!("{d}T{}", &t[..5]),
            _ => v.to_owned(),
        }
    };
    let (ours, theirs) = (norm(ours), norm(theirs));
    if ours == theirs {
        return true;
    }
    // Equal durations written in other units: `PT1H30M` is their `PT1.5H`, `P6M` their `P0.5Y`.
    if let (Some(a), Some(b)) = (duration_amount(&ours), duration_amount(&theirs)) {
        return (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6;
    }
    let (od, ot) = ours
        .split_once('T')
        .map_or((ours.as_str(), ""), |(a, b)| (a, b));
    let (td, tt) = theirs
        .split_once('T')
        .map_or((theirs.as_str(), ""), |(a, b)| (a, b));
    if ot != tt {
        return false;
    }
    if td.is_empty() && !tt.is_empty() {
        return true; // a time of day alone: ours carries the reference day
    }
    if let Some(wd) = td.strip_prefix("XXXX-WXX-") {
        return ymd(od).is_some_and(|(y, m, d)| weekday(y, m, d).to_string() == wd);
    }
    if let Some(md) = td.strip_prefix("XXXX-") {
        return od.len() == 4 + md.len() + 1 && od.ends_with(md);
    }
    false
}

/// An ISO 8601 duration as (months, seconds), for comparing durations written in other units.
fn duration_amount(v: &str) -> Option<(f64, f64)> {
    let body = v.strip_prefix('P')?;
    let (date, time) = body.split_once('T').unwrap_or((body, ""));
    let (mut months, mut seconds) = (0.0, 0.0);
    for (part, in_time) in [(date, false), (time, true)] {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
                continue;
            }
            let n: f64 = number.parse().ok()?;
            number.clear();
            match (c, in_time) {
                ('Y', false) => months += 12.0 * n,
                ('M', false) => months += n,
                ('W', false) => seconds += 7.0 * 86_400.0 * n,
                ('D', false) => seconds += 86_400.0 * n,
                ('H', true) => seconds += 3_600.0 * n,
                ('M', true) => seconds += 60.0 * n,
                ('S', true) => seconds += n,
                _ => return None,
            }
        }
        if !number.is_empty() {
            return None;
        }
    }
    Some((months, seconds))
}

/// `YYYY-MM-DD` as numbers.
fn ymd(v: &str) -> Option<(i32, u32, u32)> {
    let b = v.as_bytes();
    if v.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        v[..4].parse().ok()?,
        v[5..7].parse().ok()?,
        v[8..10].parse().ok()?,
    );
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// ISO weekday (1 = Monday), Sakamoto's method.
fn weekday(y: i32, m: u32, d: u32) -> u32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d as i32).rem_euclid(7) as u32;
    if w == 0 {
        7
    } else {
        w
    }
}

struct Expected {
    text: String,
    start: Option<usize>,
    timex: Option<String>,
}

fn expected(case: &serde_json::Value) -> Vec<Expected> {
    case["Results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let text = r["Text"].as_str()?.to_lowercase();
            let timex = r["Resolution"]["values"][0]["timex"]
                .as_str()
                .or_else(|| r["Value"]["Timex"].as_str())
                .map(str::to_owned);
            let start = r["Start"].as_u64().map(|s| s as usize);
            Some(Expected { text, start, timex })
        })
        .collect()
}

fn recognizers(engine: &Engine, options: &Options, out: &mut String) -> Result<()> {
    let dir = options.data.join("recognizers/DateTime/English");
    let files = [
        ("DateTimeModel.json", true),
        ("DateExtractor.json", false),
        ("DateParser.json", true),
        ("DatePeriodExtractor.json", false),
        ("DatePeriodParser.json", true),
        ("DurationExtractor.json", false),
        ("DurationParser.json", true),
        ("SetExtractor.json", false),
        ("SetParser.json", true),
        ("TimeExtractor.json", false),
        ("TimeParser.json", true),
        ("DateTimeExtractor.json", false),
        ("DateTimeParser.json", true),
    ];
    let _ = writeln!(out, "### Recognizers-Text DateTime (English specs)\n");
    let _ = writeln!(
        out,
        "| file | inputs | exact span match | exact span + value match | values compared | value matches among exact span matches | overlap match | overlap + value match |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for (file, with_values) in files {
        let path = dir.join(file);
        let raw = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(raw.trim_start_matches('\u{feff}'))?;
        let cases = options.limited(cases);
        let (mut n, mut span_ok, mut both_ok, mut compared, mut value_hits) = (0, 0, 0, 0, 0);
        let (mut relaxed_ok, mut relaxed_both) = (0, 0);
        for case in &cases {
            let Some(input) = case["Input"].as_str() else {
                continue;
            };
            let dct = case["Context"]["ReferenceDateTime"]
                .as_str()
                .and_then(|d| d.get(..10))
                .map(str::to_owned);
            let exp = expected(case);
            n += 1;
            let findings =
                engine.findings("timeline", engine::document("spec", input.to_owned(), dct))?;
            let sys = sys_expressions(&findings);
            let offsets = char_to_byte_offsets(input);
            let found = |e: &Expected| {
                sys.iter().find(|x| {
                    x.text.to_lowercase() == e.text
                        && e.start
                            .and_then(|s| offsets.get(s))
                            .is_none_or(|&b| b == x.start)
                })
            };
            let spans = exp.len() == sys.len() && exp.iter().all(|e| found(e).is_some());
            // Relaxed: each expected expression overlapped by one of ours (theirs include
            // prepositions: `in two weeks`, `since this august`), and none of ours left over.
            let overlapping = |e: &Expected| {
                let start = e.start.and_then(|s| offsets.get(s).copied())?;
                let end = start + e.text.len();
                sys.iter().find(|x| x.start < end && start < x.end)
            };
            let relaxed = exp.iter().all(|e| overlapping(e).is_some())
                && sys.iter().all(|x| {
                    exp.iter()
                        .any(|e| overlapping(e).is_some_and(|y| y.start == x.start))
                });
            let mut relaxed_values = true;
            for e in &exp {
                let (Some(t), Some(x)) = (&e.timex, overlapping(e)) else {
                    continue;
                };
                if with_values && !t.starts_with('(') && !timex_matches(&x.value, t) {
                    relaxed_values = false;
                }
            }
            relaxed_ok += usize::from(relaxed);
            relaxed_both += usize::from(relaxed && (relaxed_values || !with_values));
            let mut values = true;
            for e in &exp {
                let (Some(t), Some(x)) = (&e.timex, found(e)) else {
                    continue;
                };
                if !with_values || t.starts_with('(') {
                    continue; // ranges (start,end,duration): span only
                }
                compared += 1;
                if timex_matches(&x.value, t) {
                    value_hits += 1;
                } else {
                    values = false;
                }
            }
            if std::env::var_os("TIMELINE_EVAL_DEBUG").is_some() && !(spans && values) {
                let want: Vec<String> = exp
                    .iter()
                    .map(|e| format!("{:?}={}", e.text, e.timex.as_deref().unwrap_or("-")))
                    .collect();
                let got: Vec<String> = sys
                    .iter()
                    .map(|x| format!("{:?}={}", x.text, x.value))
                    .collect();
                eprintln!("{file}: {input:?} want {want:?} got {got:?}");
            }
            span_ok += usize::from(spans);
            both_ok += usize::from(spans && (values || !with_values));
        }
        let _ = writeln!(
            out,
            "| {file} | {n} | {} | {} | {compared} | {} | {} | {} |",
            pct(ratio(span_ok, n)),
            if with_values {
                pct(ratio(both_ok, n))
            } else {
                "–".into()
            },
            if with_values {
                pct(ratio(value_hits, compared))
            } else {
                "–".into()
            },
            pct(ratio(relaxed_ok, n)),
            if with_values {
                pct(ratio(relaxed_both, n))
            } else {
                "–".into()
            },
        );
    }
    let _ = writeln!(
        out,
        "\nSkipped: the calendar, complex-calendar, experimental, extended-types, split, tasks modes (other output conventions), holidays, time zones, time and date-time periods, and the merged files. Range timexes `(start,end,duration)` are compared by span only.\n"
    );
    Ok(())
}

pub fn run(engine: &Engine, options: &Options) -> Result<String> {
    let mut out = String::from("## timeline\n\n");
    timebank(engine, options, &mut out)?;
    recognizers(engine, options, &mut out)?;
    Ok(out)
}
