//! Scores the `quotes` plugin against the speech attributions of PolNeAR.
//!
//! Gold: brat standoff files in `polnear/SPLIT/attributions/NAME_ANNOTATOR.ann`, texts in
//! `polnear/SPLIT/text/NAME.txt`; `E` lines join `Attribution`, `Content`, `Cue` and `Source`
//! spans, offsets in code points. A text annotated by several annotators is scored once, against
//! the first annotation file in name order. Only speech attributions count: those whose cue holds
//! a word of [`SPEECH`] (or is a colon before quoted words); a prediction that matches a non-speech
//! attribution (a belief, a poll "showing") is neither right nor wrong.
//!
//! Spans are compared after normalising both sides the same way: white space, quotation marks
//! and the punctuation `. , ; :` are trimmed from both ends of each piece, and a leading `that `
//! is dropped (PolNeAR keeps quotation marks, a final comma inside them and the complementiser
//! `that`; the plugin leaves them out). A quote's extent runs from the start of its first piece to
//! the end of its last. Exact: equal extents. Overlap: the bytes covered by both, over the larger
//! of the two quotes, is at least 50 %. Gold and predicted quotes are paired one to one, best
//! overlap first.

use crate::engine::{self, Engine, Options};
use crate::score::{char_to_byte_offsets, pct, ratio, Counts};
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;
use std::time::{Duration, Instant};

/// Words of a speech cue (compared lowercase, after trimming punctuation).
const SPEECH: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "write",
    "writes",
    "wrote",
    "writing",
    "ask",
    "asks",
    "asked",
    "asking",
    "note",
    "notes",
    "noted",
    "noting",
    "announce",
    "announces",
    "announced",
    "announcing",
    "according",
    "argue",
    "argues",
    "argued",
    "arguing",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "state",
    "states",
    "stated",
    "declare",
    "declares",
    "declared",
    "declaring",
    "explain",
    "explains",
    "explained",
    "explaining",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "warn",
    "warns",
    "warned",
    "warning",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "deny",
    "denies",
    "denied",
    "denying",
    "mention",
    "mentions",
    "mentioned",
    "mentioning",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasise",
    "emphasised",
    "stress",
    "stresses",
    "stressed",
    "predict",
    "predicts",
    "predicted",
    "vow",
    "vows",
    "vowed",
    "promise",
    "promises",
    "promised",
    "admit",
    "admits",
    "admitted",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "continued",
    "recalled",
    "recalls",
    "remarked",
    "statement",
    "interview",
    "suggested",
    "suggests",
    "reiterated",
    "conceded",
    "contended",
    "maintained",
    "asserted",
    "told",
    "pledged",
    "quoted",
    "called",
    "calling",
    "described",
    "describing",
];

const QUOTE_MARKS: &[char] = &['"', '\'', '“', '”', '‘', '’', '«', '»', '„'];

#[derive(Debug, Clone)]
struct GoldQuote {
    pieces: Vec<Range<usize>>,
    cue: Vec<Range<usize>>,
    source: Vec<Range<usize>>,
    speech: bool,
    direct: bool,
}

#[derive(Debug, Clone)]
struct PredQuote {
    pieces: Vec<Range<usize>>,
    cue: Option<Range<usize>>,
    speaker: Option<Range<usize>>,
    actor_mentions: Vec<Range<usize>>,
    direct: bool,
}

#[derive(Default)]
struct Tally {
    exact: [Counts; 3],   // all, direct/mixed, indirect
    overlap: [Counts; 3], // same
    cue_exact: Counts,
    cue_overlap: Counts,
    speaker: [(usize, usize); 3], // (right, matched with a gold source)
    docs: usize,
    bytes: usize,
    time: Duration,
    errors: usize,
    gold_nonspeech: usize,
}

pub fn run(engine: &Engine, options: &Options) -> Result<String> {
    let root = options.data.join("polnear");
    let mut out = String::from("## quotes\n\n");
    writeln!(
        out,
        "PolNeAR speech attributions (cue filter and span normalisation: see `crates/eval/src/quotes.rs` and `docs/evaluation/quotes.md`).\n"
    )?;
    for split in ["dev", "train"] {
        let tally = score_split(engine, options, &root, split)?;
        report(&mut out, split, &tally)?;
    }
    Ok(out)
}

fn report(out: &mut String, split: &str, t: &Tally) -> Result<()> {
    writeln!(out, "### {split} ({} documents)\n", t.docs)?;
    writeln!(
        out,
        "| quotes | match | gold | predicted | precision | recall | F1 |"
    )?;
    writeln!(out, "|---|---|---:|---:|---:|---:|---:|")?;
    let names = ["all speech", "direct/mixed", "indirect"];
    for (k, name) in names.iter().enumerate() {
        for (label, c) in [("exact", t.exact[k]), ("≥50 % overlap", t.overlap[k])] {
            scores_row(out, name, label, c)?;
        }
    }
    for (label, c) in [
        ("cue (exact)", t.cue_exact),
        ("cue (overlap)", t.cue_overlap),
    ] {
        scores_row(out, label, "", c)?;
    }
    writeln!(out)?;
    for (k, name) in names.iter().enumerate() {
        let (right, all) = t.speaker[k];
        writeln!(
            out,
            "- speaker accuracy on overlap-matched quotes, {name}: {} % ({right}/{all})",
            pct(ratio(right, all))
        )?;
    }
    let per_doc = t.time.as_secs_f64() * 1000.0 / t.docs.max(1) as f64;
    let per_5kb = t.time.as_secs_f64() * 1e6 / (t.bytes.max(1) as f64 / 5000.0);
    writeln!(
        out,
        "- non-speech gold attributions (ignored): {}; documents that failed: {}\n- time through the host (actors + quotes, JSON both ways): {per_doc:.2} ms per document, {per_5kb:.0} µs per 5 KB\n",
        t.gold_nonspeech, t.errors
    )?;
    Ok(())
}

/// One table row: what is counted, how it is matched, and its counts and scores.
fn scores_row(out: &mut String, what: &str, how: &str, c: Counts) -> Result<()> {
    writeln!(
        out,
        "| {what} | {how} | {} | {} | {} | {} | {} |",
        c.tp + c.fn_,
        c.tp + c.fp,
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1())
    )?;
    Ok(())
}

fn score_split(engine: &Engine, options: &Options, root: &Path, split: &str) -> Result<Tally> {
    let dir = root.join(split).join("attributions");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    files.sort();
    // One annotation per text: the first annotator's file in name order.
    let mut by_text: BTreeMap<String, String> = BTreeMap::new();
    for file in files {
        let stem = file.trim_end_matches(".ann");
        let base = stem.rsplit_once('_').map_or(stem, |(b, _)| b).to_owned();
        by_text.entry(base).or_insert(file);
    }
    let texts: Vec<(String, String)> = options.limited(by_text.into_iter().collect());
    let mut t = Tally::default();
    for (base, file) in texts {
        let text_path = root.join(split).join("text").join(format!("{base}.txt"));
        let Ok(text) = std::fs::read_to_string(&text_path) else {
            continue;
        };
        let ann = std::fs::read_to_string(dir.join(&file))?;
        let gold = parse_ann(&ann, &text);
        t.docs += 1;
        t.bytes += text.len();
        let start = Instant::now();
        let results = engine.run(
            "quotes",
            engine::document(&base, text.clone(), None),
            &Default::default(),
        );
        t.time += start.elapsed();
        let results = match results {
            Ok(r) => r,
            Err(_) => {
                t.errors += 1;
                continue;
            }
        };
        let findings = match results.get("quotes") {
            Some(Ok(f)) => f.clone(),
            _ => {
                t.errors += 1;
                continue;
            }
        };
        let actors = match results.get("actors") {
            Some(Ok(a)) => a.clone(),
            _ => serde_json::Value::Null,
        };
        let pred = parse_pred(&findings, &actors);
        // Error analysis of one split (`QUOTES_EVAL_SPLIT`, default train).
        let dump_split = std::env::var("QUOTES_EVAL_SPLIT").unwrap_or_else(|_| "train".into());
        score_doc(&text, &gold, &pred, &mut t, split == dump_split);
    }
    Ok(t)
}

fn parse_ann(ann: &str, text: &str) -> Vec<GoldQuote> {
    let offsets = char_to_byte_offsets(text);
    let byte = |c: usize| offsets.get(c).copied().unwrap_or(text.len());
    let mut spans: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    let mut relations: Vec<HashMap<&str, &str>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, ranges)) = body.split_once(' ') else {
                continue;
            };
            let mut list = Vec::new();
            for r in ranges.split(';') {
                let mut it = r.split_whitespace().filter_map(|n| n.parse::<usize>().ok());
                if let (Some(a), Some(b)) = (it.next(), it.next()) {
                    list.push(byte(a)..byte(b));
                }
            }
            spans.insert(id, list);
        } else if id.starts_with('E') {
            relations.push(
                body.split_whitespace()
                    .filter_map(|a| a.split_once(':'))
                    .collect(),
            );
        }
    }
    let mut out = Vec::new();
    for rel in relations {
        let get = |role: &str| {
            rel.get(role)
                .and_then(|id| spans.get(id))
                .cloned()
                .unwrap_or_default()
        };
        let pieces = get("Content");
        if pieces.is_empty() {
            continue;
        }
        let cue = get("Cue");
        let cue_text: String = cue
            .iter()
            .filter_map(|r| text.get(r.clone()))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let content_text = pieces
            .first()
            .and_then(|r| text.get(r.clone()))
            .unwrap_or("")
            .trim();
        let last_text = pieces
            .last()
            .and_then(|r| text.get(r.clone()))
            .unwrap_or("")
            .trim();
        let direct = content_text.starts_with(QUOTE_MARKS)
            || last_text
                .trim_end_matches(['.', ','])
                .ends_with(QUOTE_MARKS);
        let speech = cue_text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| SPEECH.contains(&w))
            || (cue_text.trim() == ":" && direct);
        out.push(GoldQuote {
            pieces,
            cue,
            source: get("Source"),
            speech,
            direct,
        });
    }
    out
}

fn span_range(v: &serde_json::Value) -> Option<Range<usize>> {
    let s = v.get("start")?.as_u64()? as usize;
    let e = v.get("end")?.as_u64()? as usize;
    Some(s..e)
}

fn parse_pred(findings: &serde_json::Value, actors: &serde_json::Value) -> Vec<PredQuote> {
    let mut mentions: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    for a in actors.as_array().into_iter().flatten() {
        let id = a.get("id").and_then(|v| v.as_str()).unwrap_or("");
        let list = a
            .get("mentions")
            .and_then(|m| m.as_array())
            .into_iter()
            .flatten()
            .filter_map(span_range)
            .collect();
        mentions.insert(id, list);
    }
    findings
        .as_array()
        .into_iter()
        .flatten()
        .map(|q| {
            let speaker = q.get("speaker");
            let actor = speaker
                .and_then(|s| s.get("actor"))
                .and_then(|a| a.as_str());
            PredQuote {
                pieces: q
                    .get("content")
                    .and_then(|c| c.as_array())
                    .into_iter()
                    .flatten()
                    .filter_map(span_range)
                    .collect(),
                cue: q.get("cue").and_then(span_range),
                speaker: speaker.and_then(|s| s.get("mention")).and_then(span_range),
                actor_mentions: actor
                    .and_then(|a| mentions.get(a))
                    .cloned()
                    .unwrap_or_default(),
                direct: q.get("kind").and_then(|k| k.as_str()) != Some("indirect"),
            }
        })
        .collect()
}

/// A piece without surrounding white space, quotation marks, `. , ; :` and a leading `that`.
fn normalise(text: &str, r: &Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else {
        return r.start..r.start;
    };
    let strip = |c: char| {
        c.is_whitespace() || QUOTE_MARKS.contains(&c) || matches!(c, '.' | ',' | ';' | ':')
    };
    let t = s.trim_start_matches(strip);
    let mut start = r.start + (s.len() - t.len());
    let t = t.trim_end_matches(strip);
    let mut end = start + t.len();
    // `that` as the complementiser: followed by a space or punctuation (`that, given …`).
    let that = t.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("that"))
        && t[4..].starts_with(|c: char| c.is_whitespace() || c == ',');
    if that {
        let rest = t[4..].trim_start_matches(strip);
        start += 4 + (t[4..].len() - rest.len());
        end = end.max(start);
    }
    start..end
}

fn pieces(text: &str, list: &[Range<usize>]) -> Vec<Range<usize>> {
    list.iter()
        .map(|r| normalise(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

fn extent(list: &[Range<usize>]) -> Option<Range<usize>> {
    Some(list.first()?.start..list.last()?.end)
}

fn covered(list: &[Range<usize>]) -> usize {
    list.iter().map(|r| r.len()).sum()
}

fn intersection(a: &[Range<usize>], b: &[Range<usize>]) -> usize {
    let mut n = 0;
    for x in a {
        for y in b {
            let lo = x.start.max(y.start);
            let hi = x.end.min(y.end);
            n += hi.saturating_sub(lo);
        }
    }
    n
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn score_doc(text: &str, gold: &[GoldQuote], pred: &[PredQuote], t: &mut Tally, dump: bool) {
    let g: Vec<Vec<Range<usize>>> = gold.iter().map(|q| pieces(text, &q.pieces)).collect();
    let p: Vec<Vec<Range<usize>>> = pred.iter().map(|q| pieces(text, &q.pieces)).collect();
    // Overlap scores of every pair, best first.
    let mut pairs = Vec::new();
    for (i, gp) in g.iter().enumerate() {
        for (j, pp) in p.iter().enumerate() {
            let inter = intersection(gp, pp);
            if inter == 0 {
                continue;
            }
            let score = inter as f64 / covered(gp).max(covered(pp)).max(1) as f64;
            let exact = extent(gp) == extent(pp);
            pairs.push((exact, score, i, j));
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
    let mut gold_match: Vec<Option<(usize, bool)>> = vec![None; gold.len()];
    let mut pred_match: Vec<Option<usize>> = vec![None; pred.len()];
    for (exact, score, i, j) in pairs {
        if gold_match[i].is_some() || pred_match[j].is_some() || score < 0.5 {
            continue;
        }
        gold_match[i] = Some((j, exact));
        pred_match[j] = Some(i);
    }
    let cat = |direct: bool| if direct { 1 } else { 2 };
    for (i, q) in gold.iter().enumerate() {
        if !q.speech {
            t.gold_nonspeech += 1;
            continue;
        }
        let c = cat(q.direct);
        match gold_match[i] {
            Some((j, exact)) => {
                for k in [0, c] {
                    t.overlap[k].tp += 1;
                    if exact {
                        t.exact[k].tp += 1;
                    } else {
                        t.exact[k].fn_ += 1;
                    }
                }
                if !exact {
                    // The prediction counts as wrong for exact match.
                    for k in [0, cat(pred[j].direct)] {
                        t.exact[k].fp += 1;
                    }
                }
                if !q.source.is_empty() {
                    let pq = &pred[j];
                    let right = q.source.iter().any(|s| {
                        pq.speaker.as_ref().is_some_and(|m| overlaps(m, s))
                            || pq.actor_mentions.iter().any(|m| overlaps(m, s))
                    });
                    if !right && dump && std::env::var("QUOTES_EVAL_DUMP").is_ok() {
                        let src = q
                            .source
                            .iter()
                            .filter_map(|r| text.get(r.clone()))
                            .collect::<Vec<_>>()
                            .join(" ");
                        let said = pq
                            .speaker
                            .as_ref()
                            .and_then(|r| text.get(r.clone()))
                            .unwrap_or("-");
                        eprintln!(
                            "SPEAKER\t{}\tgold={src}\tpred={said}\t{}",
                            q.direct,
                            g[i].first()
                                .and_then(|r| text.get(r.start.saturating_sub(60)..r.start))
                                .unwrap_or("")
                                .replace('\n', "/")
                        );
                    }
                    for k in [0, c] {
                        t.speaker[k].1 += 1;
                        t.speaker[k].0 += usize::from(right);
                    }
                }
            }
            None => {
                for k in [0, c] {
                    t.overlap[k].fn_ += 1;
                    t.exact[k].fn_ += 1;
                }
            }
        }
    }
    if let Some(path) = std::env::var("QUOTES_EVAL_DUMP").ok().filter(|_| dump) {
        // Error analysis (train only): every unmatched or inexact gold and prediction, as JSON lines.
        let show = |list: &[Range<usize>]| {
            list.iter()
                .filter_map(|r| text.get(r.clone()))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let mut lines = String::new();
        for (i, q) in gold.iter().enumerate().filter(|(_, q)| q.speech) {
            let (status, pred_text) = match gold_match[i] {
                Some((_, true)) => continue,
                Some((j, false)) => (
                    "inexact",
                    format!(
                        "{} [cue {}]",
                        show(&p[j]),
                        pred[j]
                            .cue
                            .as_ref()
                            .and_then(|c| text.get(c.clone()))
                            .unwrap_or("")
                    ),
                ),
                None => (
                    "missed",
                    text.get(
                        q.pieces.first().map_or(0, |r| r.start).saturating_sub(80)
                            ..q.pieces.first().map_or(0, |r| r.start),
                    )
                    .unwrap_or("")
                    .to_owned(),
                ),
            };
            let cue = show(&q.cue);
            // A prediction overlapping a missed quote (too little for a match), if any.
            let near = p
                .iter()
                .find(|pp| {
                    pp.iter()
                        .any(|a| g[i].iter().any(|b| a.start < b.end && b.start < a.end))
                })
                .map(|pp| show(pp))
                .unwrap_or_default();
            let _ = writeln!(
                lines,
                "{}",
                serde_json::json!({"status": status, "direct": q.direct, "gold": show(&g[i]), "pred": pred_text, "cue": cue, "near": near})
            );
        }
        for (j, q) in pred.iter().enumerate() {
            if pred_match[j].is_none() {
                let cue = q
                    .cue
                    .as_ref()
                    .and_then(|c| text.get(c.clone()))
                    .unwrap_or("");
                let _ = writeln!(
                    lines,
                    "{}",
                    serde_json::json!({"status": "spurious", "direct": q.direct, "pred": show(&p[j]), "cue": cue})
                );
            }
        }
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            use std::io::Write as _;
            let _ = f.write_all(lines.as_bytes());
        }
    }
    for (j, q) in pred.iter().enumerate() {
        match pred_match[j] {
            Some(i) if !gold[i].speech => {} // a non-speech attribution: neither right nor wrong
            Some(_) => {}
            None => {
                for k in [0, cat(q.direct)] {
                    t.overlap[k].fp += 1;
                    t.exact[k].fp += 1;
                }
            }
        }
    }
    // Cues of speech attributions against predicted cues.
    let gold_cues: Vec<Range<usize>> = gold
        .iter()
        .filter(|q| q.speech)
        .filter_map(|q| extent(&pieces(text, &q.cue)))
        .collect();
    let pred_cues: Vec<Range<usize>> = pred
        .iter()
        .enumerate()
        .filter(|(j, _)| pred_match[*j].is_none_or(|i| gold[i].speech))
        .filter_map(|(_, q)| q.cue.clone())
        .collect();
    for (counts, exact) in [(&mut t.cue_exact, true), (&mut t.cue_overlap, false)] {
        let mut used = vec![false; pred_cues.len()];
        let mut tp = 0;
        for g in &gold_cues {
            let hit = pred_cues
                .iter()
                .enumerate()
                .find(|(k, p)| !used[*k] && if exact { *p == g } else { overlaps(p, g) });
            if let Some((k, _)) = hit {
                used[k] = true;
                tp += 1;
            }
        }
        counts.add(Counts {
            tp,
            fp: pred_cues.len() - tp,
            fn_: gold_cues.len() - tp,
        });
    }
}
