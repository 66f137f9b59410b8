//! Scores the `figures` plugin.
//!
//! 1. Microsoft Recognizers-Text English specs (`recognizers/Number/English`,
//!    `recognizers/NumberWithUnit/English`). Each file annotates one type only, so each is
//!    compared with the plugin's findings of the matching kinds (see [`Spec`]):
//!    - `NumberModel*`: every finding, through its `number` span (the numeral alone: `$20` gives
//!      `20`), value only;
//!    - `NumberRangeModel*`: findings with a range (`low`/`high`) or an open qualifier (`more_than`,
//!      `at_least`, `less_than`, `at_most`), compared on their end points (open or closed ends are
//!      not compared);
//!    - `OrdinalModel*`: ordinals; `PercentModel*`: percentages; `CurrencyModel`: money, the unit
//!      being the ISO 4217 code (Recognizers' unit names mapped to codes; cents and pence are
//!      hundredths of the dollar or pound); `DimensionModel`: quantities; `TemperatureModel`:
//!      temperatures; `AgeModel`: durations (an age is a duration).
//!
//!    Skipped, and counted in the table: inputs marked `NotSupported` or `NotSupportedByDesign` for
//!    `dotnet` (the reference implementation fails them). Dropped from the gold: results without a
//!    value (a bare unit word such as `fahrenheit`, `%`) and relative ordinals (`next`, `last`),
//!    which the plugin does not report.
//! 2. quantulum3 (`quantulum3/*.json`): every finding against every expected quantity; the unit
//!    `dimensionless` is a figure without unit, a range is compared by its midpoint (quantulum's
//!    value), and currency names map to ISO codes.
//!
//! For `CurrencyModel` and `DimensionModel`, a second row scores only the inputs that are news
//! sentences (lowercased and tokenised, as taken from news corpora, at least 60 chars) rather
//! than short made-up requests; the total counts each input once. A second table scores the
//! news-like sentences of every file (see [`news_like`]), and a third the project's own
//! hand-annotated news sentences (`plugins/figures/tests/news-sentences.txt`).
//!
//! A gold figure is found (for value F1) when a finding of the mapped kinds overlaps it with the
//! same value (relative difference under 1e-6), and for value+unit F1 also with the same unit.
//! An input is an exact match when its findings and its gold figures pair up one to one with the
//! same span (case-insensitive text), value and unit.

use crate::engine::{self, Engine, Options};
use crate::score::{char_to_byte_offsets, pct, ratio, Counts};
use anyhow::{Context, Result};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spec {
    Number,
    Range,
    Ordinal,
    Percent,
    Currency,
    Dimension,
    Temperature,
    Age,
    Quantulum,
    /// The project's own sentences: every finding, value or low..high, unit as given.
    Own,
}

/// One expected or found figure: byte span, values to compare and unit.
#[derive(Debug, Clone)]
struct Item {
    start: usize,
    end: usize,
    text: String,
    values: Vec<f64>,
    /// The high end of a range finding compared through its low end (`values`): Recognizers
    /// annotates `eight to 10 feet` as `10 feet` alone, which the range covers.
    high: Option<f64>,
    unit: Option<String>,
}

#[derive(Default, Clone, Copy)]
struct FileScore {
    inputs: usize,
    skipped: usize,
    exact: usize,
    value: Counts,
    value_unit: Counts,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9) || (a - b).abs() < 1e-9
}

fn same_values(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| close(*x, *y))
}

/// A found item's values match the gold's, or its range's high end matches a single gold value.
fn matches_values(found: &Item, gold: &Item) -> bool {
    same_values(&found.values, &gold.values)
        || found
            .high
            .is_some_and(|h| gold.values.len() == 1 && close(h, gold.values[0]))
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().trim_end_matches('%').parse().ok(),
        _ => None,
    }
}

/// Recognizers' currency unit names to ISO 4217 codes, with the factor for subunits.
fn currency_code(unit: &str, iso: Option<&str>) -> (Option<String>, f64) {
    if let Some(code) = iso.filter(|c| !c.is_empty()) {
        return (Some(code.to_uppercase()), 1.0);
    }
    let (code, factor) = match unit.to_lowercase().as_str() {
        "dollar" | "united states dollar" => ("USD", 1.0),
        "cent" => ("USD", 0.01),
        "pound" | "british pound" | "pound sterling" => ("GBP", 1.0),
        "pence" | "penny" => ("GBP", 0.01),
        "euro" => ("EUR", 1.0),
        "franc" | "swiss franc" => ("CHF", 1.0),
        "peseta" => ("ESP", 1.0),
        "finnish markka" => ("FIM", 1.0),
        "netherlands guilder" => ("NLG", 1.0),
        "rupee" => ("INR", 1.0),
        "bitcoin" => ("BTC", 1.0),
        "japanese yen" | "yen" => ("JPY", 1.0),
        "chinese yuan" => ("CNY", 1.0),
        "canadian dollar" => ("CAD", 1.0),
        "australian dollar" => ("AUD", 1.0),
        "hong kong dollar" => ("HKD", 1.0),
        other => return (Some(other.to_owned()), 1.0),
    };
    (Some(code.to_owned()), factor)
}

/// Unit names compared loosely: lowercase, `meter` as `metre`, singular, tons as tonnes.
fn unit_key(unit: &str) -> String {
    let mut u = unit
        .to_lowercase()
        .replace("meter", "metre")
        .replace("liter", "litre")
        .replace("-mass", "");
    for (from, to) in [
        ("metric ton", "tonne"),
        ("kilometre per hour", "kilometre per hour"),
    ] {
        if u == from {
            u = to.to_owned();
        }
    }
    if u == "ton" {
        u = "tonne".to_owned();
    }
    if u.ends_with('s') && !u.ends_with("ss") && u != "celsius" && !u.ends_with("us") {
        u.pop();
    }
    u
}

fn temperature_unit(unit: &str) -> String {
    match unit {
        "C" => "degree celsius".to_owned(),
        "F" => "degree fahrenheit".to_owned(),
        other => unit_key(other),
    }
}

fn quantulum_unit(unit: &str) -> Option<String> {
    Some(match unit {
        "dimensionless" => return None,
        "pound sterling" => "GBP".to_owned(),
        "dollar" => "USD".to_owned(),
        "euro" => "EUR".to_owned(),
        "percentage" => "percent".to_owned(),
        "pound-mass" => "pound".to_owned(),
        // The same unit under two names.
        "cubic centimetre" => "millilitre".to_owned(),
        // A price per unit (`dollar per hour`) and a frequency (`count per week`) under the
        // plugin's names: `USD per hour`, `time per week`.
        other => match other.split_once(" per ") {
            Some(("dollar", per)) => format!("USD per {}", unit_key(per)),
            Some(("euro", per)) => format!("EUR per {}", unit_key(per)),
            Some(("pound sterling", per)) => format!("GBP per {}", unit_key(per)),
            Some(("count", per)) => format!("time per {}", unit_key(per)),
            _ => unit_key(other),
        },
    })
}

fn spec_of(name: &str) -> Option<Spec> {
    Some(if name.starts_with("NumberRange") {
        Spec::Range
    } else if name.starts_with("NumberModel") {
        Spec::Number
    } else if name.starts_with("Ordinal") {
        Spec::Ordinal
    } else if name.starts_with("Percent") {
        Spec::Percent
    } else if name.starts_with("Currency") {
        Spec::Currency
    } else if name.starts_with("Dimension") {
        Spec::Dimension
    } else if name.starts_with("Temperature") {
        Spec::Temperature
    } else if name.starts_with("Age") {
        Spec::Age
    } else {
        return None;
    })
}

/// `(20,35]` → `[20, 35]`; `(30,)` → `[30]`; `(,100]` → `[100]`.
fn interval(value: &str) -> Vec<f64> {
    let inner = value.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']'));
    inner
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn gold_recognizers(spec: Spec, input: &str, results: &[Value]) -> Vec<Item> {
    let offsets = char_to_byte_offsets(input);
    let mut out = Vec::new();
    for r in results {
        let type_name = r["TypeName"].as_str().unwrap_or("");
        if type_name.contains("relative") {
            continue;
        }
        let res = &r["Resolution"];
        let (Some(s), Some(e)) = (r["Start"].as_u64(), r["End"].as_u64()) else {
            continue;
        };
        let (Some(&start), Some(&end)) = (offsets.get(s as usize), offsets.get(e as usize + 1))
        else {
            continue;
        };
        let text = input.get(start..end).unwrap_or("").to_owned();
        let (values, unit) = match spec {
            Spec::Range => (interval(res["value"].as_str().unwrap_or("")), None),
            Spec::Ordinal => (num(&res["value"]).into_iter().collect(), None),
            Spec::Currency => {
                let Some(v) = num(&res["value"]) else {
                    continue;
                };
                let (code, factor) = currency_code(
                    res["unit"].as_str().unwrap_or(""),
                    res["isoCurrency"].as_str(),
                );
                (vec![v * factor], code)
            }
            Spec::Temperature => {
                let Some(v) = num(&res["value"]) else {
                    continue;
                };
                (
                    vec![v],
                    Some(temperature_unit(res["unit"].as_str().unwrap_or(""))),
                )
            }
            Spec::Dimension | Spec::Age => {
                let Some(v) = num(&res["value"]) else {
                    continue;
                };
                (vec![v], Some(unit_key(res["unit"].as_str().unwrap_or(""))))
            }
            Spec::Percent => {
                let Some(v) = num(&res["value"]) else {
                    continue;
                };
                (vec![v], Some("percent".to_owned()))
            }
            Spec::Number | Spec::Quantulum | Spec::Own => {
                let Some(v) = num(&res["value"]) else {
                    continue;
                };
                (vec![v], None)
            }
        };
        if values.is_empty() {
            continue;
        }
        out.push(Item {
            start,
            end,
            text,
            values,
            high: None,
            unit,
        });
    }
    out
}

fn span_of(v: &Value) -> Option<(usize, usize, String)> {
    Some((
        v["start"].as_u64()? as usize,
        v["end"].as_u64()? as usize,
        v["text"].as_str()?.to_owned(),
    ))
}

/// The plugin's findings that compare with `spec`, as items.
fn predicted(spec: Spec, findings: &Value) -> Vec<Item> {
    let mut out = Vec::new();
    for f in findings.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let kind = f["kind"].as_str().unwrap_or("");
        let unit = f["unit"].as_str().map(str::to_owned);
        let value = num(&f["value"]);
        let (low, high) = (num(&f["low"]), num(&f["high"]));
        let qualifier = f["qualifier"].as_str().unwrap_or("");
        let Some((start, end, text)) = span_of(&f["span"]) else {
            continue;
        };
        let item = |values: Vec<f64>, unit: Option<String>| Item {
            start,
            end,
            text: text.clone(),
            values,
            high: None,
            unit,
        };
        // A range compared through its low end, its high end also matching.
        let ranged = |unit: Option<String>| Item {
            high: value.is_none().then_some(high).flatten(),
            ..item(value.or(low).into_iter().collect(), unit)
        };
        match spec {
            Spec::Number => {
                let Some((s, e, t)) = span_of(&f["number"]) else {
                    continue;
                };
                let values: Vec<f64> = value.or(low).into_iter().collect();
                out.push(Item {
                    start: s,
                    end: e,
                    text: t,
                    values,
                    high: None,
                    unit: None,
                });
            }
            Spec::Range => {
                if let (Some(l), Some(h)) = (low, high) {
                    out.push(item(vec![l, h], None));
                } else if matches!(
                    qualifier,
                    "more_than" | "less_than" | "at_least" | "at_most"
                ) {
                    out.push(item(value.into_iter().collect(), None));
                }
            }
            Spec::Ordinal if kind == "ordinal" => out.push(item(value.into_iter().collect(), None)),
            Spec::Percent if kind == "percent" => out.push(item(value.into_iter().collect(), unit)),
            Spec::Currency if kind == "money" => out.push(ranged(unit)),
            Spec::Dimension
                if kind == "quantity"
                    && !unit.as_deref().is_some_and(|u| u.starts_with("degree")) =>
            {
                out.push(ranged(unit.as_deref().map(unit_key)))
            }
            Spec::Temperature
                if kind == "quantity"
                    && unit.as_deref().is_some_and(|u| u.starts_with("degree")) =>
            {
                out.push(item(
                    value.into_iter().collect(),
                    unit.as_deref().map(unit_key),
                ))
            }
            Spec::Age if kind == "duration" => out.push(item(
                value.into_iter().collect(),
                unit.as_deref().map(unit_key),
            )),
            Spec::Own => {
                let values = match (value, low, high) {
                    (Some(v), _, _) => vec![v],
                    (None, Some(l), Some(h)) => vec![l, h],
                    _ => Vec::new(),
                };
                out.push(item(values, unit));
            }
            // quantulum3 never annotates ordinals (`21st-century`, `second Lagrangian point`).
            Spec::Quantulum if kind == "ordinal" => {}
            Spec::Quantulum => {
                let v = value.or_else(|| Some((low? + high?) / 2.0));
                let unit = match kind {
                    // A frequency (`four times per week`) is a number with a unit.
                    "count" | "number" | "ordinal" => unit.as_deref().map(unit_key),
                    _ => unit.as_deref().map(|u| {
                        if u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) {
                            // A price per something: `$15.4/hour` is `USD per hour`.
                            match f["per"].as_str() {
                                Some(per) => format!("{u} per {}", unit_key(per)),
                                None => u.to_owned(),
                            }
                        } else {
                            unit_key(u)
                        }
                    }),
                };
                out.push(item(v.into_iter().collect(), unit));
            }
            _ => {}
        }
    }
    out
}

/// Counts for one input, and whether it matched exactly.
fn compare(gold: &[Item], found: &[Item]) -> (Counts, Counts, bool) {
    let pair = |with_unit: bool| -> Counts {
        let mut used = vec![false; found.len()];
        let mut tp = 0;
        for g in gold {
            let hit = found.iter().enumerate().position(|(k, f)| {
                !used[k]
                    && f.start < g.end
                    && g.start < f.end
                    && matches_values(f, g)
                    && (!with_unit || f.unit == g.unit)
            });
            if let Some(k) = hit {
                used[k] = true;
                tp += 1;
            }
        }
        Counts {
            tp,
            fp: found.len() - tp,
            fn_: gold.len() - tp,
        }
    };
    let exact = gold.len() == found.len() && {
        let mut used = vec![false; found.len()];
        gold.iter().all(|g| {
            let hit = found.iter().enumerate().position(|(k, f)| {
                !used[k]
                    && f.text.trim().eq_ignore_ascii_case(g.text.trim())
                    && matches_values(f, g)
                    && f.unit == g.unit
            });
            hit.map(|k| used[k] = true).is_some()
        })
    };
    (pair(false), pair(true), exact)
}

fn add(score: &mut FileScore, value: Counts, value_unit: Counts, exact: bool) {
    score.inputs += 1;
    score.value.add(value);
    score.value_unit.add(value_unit);
    if exact {
        score.exact += 1;
    }
}

/// A news-like sentence: a statement of at least eight words that reports something, as opposed
/// to a short request to an assistant (`set the temperature to 30 degrees`), a question, or a
/// sentence about numbers themselves (`3 hundred and 21 is a valid number`, `x is larger than 10`,
/// `His score is equal to 5000 or less`). Decided on the input alone, never on the plugin's output.
fn news_like(input: &str) -> bool {
    const REQUEST: [&str; 24] = [
        "show", "find", "set", "convert", "book", "delete", "give", "let", "lets", "keep",
        "rotate", "turn", "make", "send", "put", "how", "can", "could", "do", "is", "what",
        "please", "where", "why",
    ];
    const ABOUT_NUMBERS: [&str; 12] = [
        "number", "numbers", "value", "values", "equal", "equals", "equaling", "valid", "answer",
        "fraction", "x", "y",
    ];
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    words.len() >= 8
        && !input.trim_end().ends_with('?')
        && !words.first().is_some_and(|w| REQUEST.contains(&w.as_str()))
        && !words.iter().any(|w| ABOUT_NUMBERS.contains(&w.as_str()))
        && !input.contains(['^', '×', '=', '<', '>'])
        && !input.contains("+/-")
}

struct Run<'e> {
    engine: &'e Engine,
    elapsed: Duration,
    bytes: usize,
    misses: Vec<String>,
}

impl Run<'_> {
    fn findings(&mut self, id: &str, text: &str) -> Result<Value> {
        let started = Instant::now();
        let findings = self
            .engine
            .findings("figures", engine::document(id, text.to_owned(), None))?;
        self.elapsed += started.elapsed();
        self.bytes += text.len();
        Ok(findings)
    }

    /// Keeps an input whose figures did not all match, for the misses listing (the first 2000).
    fn miss(&mut self, source: &str, input: &str, gold: &[Item], found: &[Item]) {
        if self.misses.len() < 2000 {
            self.misses.push(format!(
                "{source}: {input:?}\n  gold: {}\n  found: {}",
                show(gold),
                show(found)
            ));
        }
    }
}

fn show(items: &[Item]) -> String {
    items
        .iter()
        .map(|i| {
            let values: Vec<String> = i.values.iter().map(|v| format!("{v}")).collect();
            format!(
                "`{}`={}{}",
                i.text,
                values.join(".."),
                i.unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn recognizers(run: &mut Run, options: &Options, dir: &Path, rows: &mut Rows) -> Result<()> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for path in files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_owned();
        let Some(spec) = spec_of(&name) else { continue };
        let raw = std::fs::read_to_string(&path)?;
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
            .with_context(|| format!("parsing {}", path.display()))?;
        let mut score = FileScore::default();
        // The lowercased, tokenised sentences (`$ 75 million of general obligation , series b`)
        // come from news corpora; the rest are short made-up requests.
        let mut news = FileScore::default();
        let mut like = FileScore::default();
        for (n, case) in options.limited(cases).iter().enumerate() {
            let unsupported = ["NotSupported", "NotSupportedByDesign"].iter().any(|k| {
                case[*k]
                    .as_str()
                    .is_some_and(|s| s.to_lowercase().contains("dotnet"))
            });
            if unsupported {
                score.skipped += 1;
                continue;
            }
            let input = case["Input"].as_str().unwrap_or("");
            let results = case["Results"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            let gold = gold_recognizers(spec, input, results);
            let findings = run.findings(&format!("{name}-{n}"), input)?;
            let found = predicted(spec, &findings);
            let (v, vu, exact) = compare(&gold, &found);
            let news_like = news_like(input);
            if !exact {
                let mark = if news_like { " [news-like]" } else { "" };
                run.miss(&format!("{name}{mark}"), input, &gold, &found);
            }
            add(&mut score, v, vu, exact);
            if input.chars().count() >= 60 && !input.chars().any(char::is_uppercase) {
                add(&mut news, v, vu, exact);
            }
            if news_like {
                add(&mut like, v, vu, exact);
            }
        }
        rows.all.push((format!("recognizers/{name}"), score));
        if news.inputs >= 20 {
            rows.all.push((
                format!("recognizers/{name} (news-corpus sentences only)"),
                news,
            ));
        }
        rows.news_like.push((format!("recognizers/{name}"), like));
    }
    Ok(())
}

fn quantulum(run: &mut Run, options: &Options, dir: &Path, rows: &mut Rows) -> Result<()> {
    for name in ["quantities", "quantities.ambiguity"] {
        let path = dir.join(format!("{name}.json"));
        let raw = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let cases: Vec<Value> = serde_json::from_str(&raw)?;
        let mut score = FileScore::default();
        let mut like = FileScore::default();
        for (n, case) in options.limited(cases).iter().enumerate() {
            let input = case["req"].as_str().unwrap_or("");
            let mut gold = Vec::new();
            let mut from = 0;
            for r in case["res"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
                let surface = r["surface"].as_str().unwrap_or("");
                let Some(v) = num(&r["value"]) else { continue };
                let start = input
                    .get(from..)
                    .and_then(|rest| rest.find(surface))
                    .map(|k| k + from)
                    .or_else(|| input.find(surface));
                let Some(start) = start else { continue };
                from = start + surface.len();
                let unit = quantulum_unit(r["unit"].as_str().unwrap_or(""));
                // `a dozen` is 1 dozen to quantulum3 and the number 12 to the plugin.
                let (v, unit) = match unit.as_deref() {
                    Some("dozen") => (v * 12.0, None),
                    _ => (v, unit),
                };
                gold.push(Item {
                    start,
                    end: start + surface.len(),
                    text: surface.to_owned(),
                    values: vec![v],
                    high: None,
                    unit,
                });
            }
            let findings = run.findings(&format!("{name}-{n}"), input)?;
            let found = predicted(Spec::Quantulum, &findings);
            let (v, vu, exact) = compare(&gold, &found);
            let news_like = news_like(input);
            if !exact {
                let mark = if news_like { " [news-like]" } else { "" };
                run.miss(&format!("quantulum3/{name}{mark}"), input, &gold, &found);
            }
            add(&mut score, v, vu, exact);
            if news_like {
                add(&mut like, v, vu, exact);
            }
        }
        rows.all.push((format!("quantulum3/{name}"), score));
        rows.news_like.push((format!("quantulum3/{name}"), like));
    }
    Ok(())
}

/// The project's own news sentences (`plugins/figures/tests/news-sentences.txt`, written and
/// annotated by hand for the project; format in its header), one input per sentence.
fn own(run: &mut Run, options: &Options) -> Result<FileScore> {
    let data = include_str!("../../../plugins/figures/tests/news-sentences.txt");
    let mut cases: Vec<(&str, Vec<Item>)> = Vec::new();
    for line in data.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(rest) = line.strip_prefix('=') else {
            cases.push((line, Vec::new()));
            continue;
        };
        let fields: Vec<&str> = rest.split('|').map(str::trim).collect();
        let ([_kind, text, value, unit], Some((sentence, gold))) = (&fields[..], cases.last_mut())
        else {
            anyhow::bail!("malformed line in the own news sentences: {line}");
        };
        let values = value
            .split("..")
            .map(|v| v.parse::<f64>())
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("bad value in the own news sentences: {line}"))?;
        let from = gold.last().map_or(0, |g| g.end);
        let start = sentence
            .get(from..)
            .and_then(|rest| rest.find(text))
            .map(|k| k + from)
            .or_else(|| sentence.find(text))
            .with_context(|| format!("`{text}` is not in: {sentence}"))?;
        gold.push(Item {
            start,
            end: start + text.len(),
            text: (*text).to_owned(),
            values,
            high: None,
            unit: (*unit != "-").then(|| (*unit).to_owned()),
        });
    }
    let mut score = FileScore::default();
    for (n, (sentence, gold)) in options.limited(cases).iter().enumerate() {
        let findings = run.findings(&format!("own-{n}"), sentence)?;
        let found = predicted(Spec::Own, &findings);
        let (v, vu, exact) = compare(gold, &found);
        if !exact {
            run.miss("own news sentences", sentence, gold, &found);
        }
        add(&mut score, v, vu, exact);
    }
    Ok(score)
}

/// Score rows: every input of each file, and the news-like sentences of each file.
#[derive(Default)]
struct Rows {
    all: Vec<(String, FileScore)>,
    news_like: Vec<(String, FileScore)>,
}

fn row(out: &mut String, name: &str, s: &FileScore) {
    let _ = writeln!(
        out,
        "| {name} | {} | {} | {} | {} | {} | {} | {} |",
        s.inputs,
        s.skipped,
        pct(ratio(s.exact, s.inputs)),
        pct(s.value.precision()),
        pct(s.value.recall()),
        pct(s.value.f1()),
        pct(s.value_unit.f1()),
    );
}

fn header(out: &mut String) {
    out.push_str("| file | inputs | skipped | all figures match | value P | value R | value F1 | value+unit F1 |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|\n");
}

/// A row that scores a subset of another row's inputs (`… (news-corpus sentences only)`), left
/// out of the totals.
fn subset(name: &str) -> bool {
    name.ends_with("only)")
}

/// The rows, then a total over the rows not marked as a subset.
fn table(out: &mut String, rows: &[(String, FileScore)], total_name: &str) {
    header(out);
    let mut total = FileScore::default();
    for (name, s) in rows {
        row(out, name, s);
        if subset(name) {
            continue;
        }
        total.inputs += s.inputs;
        total.skipped += s.skipped;
        total.exact += s.exact;
        total.value.add(s.value);
        total.value_unit.add(s.value_unit);
    }
    row(out, &format!("**{total_name}**"), &total);
}

pub fn run(engine: &Engine, options: &Options) -> Result<String> {
    let mut run = Run {
        engine,
        elapsed: Duration::ZERO,
        bytes: 0,
        misses: Vec::new(),
    };
    let mut rows = Rows::default();
    let rec = options.data.join("recognizers");
    recognizers(&mut run, options, &rec.join("Number/English"), &mut rows)?;
    recognizers(
        &mut run,
        options,
        &rec.join("NumberWithUnit/English"),
        &mut rows,
    )?;
    quantulum(
        &mut run,
        options,
        &options.data.join("quantulum3"),
        &mut rows,
    )?;

    let mut out = String::from("## figures\n\n");
    table(&mut out, &rows.all, "all");
    out.push_str(
        "\nNews-like sentences of the same files (a statement of 8+ words; no question, request \
         to an assistant or sentence about numbers themselves; chosen on the input alone):\n\n",
    );
    let news_like: Vec<_> = rows
        .news_like
        .iter()
        .filter(|(_, s)| s.inputs > 0)
        .cloned()
        .collect();
    table(&mut out, &news_like, "all news-like");
    let own = own(&mut run, options)?;
    out.push_str(
        "\nThe project's own news sentences (`plugins/figures/tests/news-sentences.txt`, written \
         and annotated for the project by the people who tune it: a regression check, not \
         independent evidence):\n\n",
    );
    header(&mut out);
    row(&mut out, "own news sentences", &own);
    let per_kb = if run.bytes > 0 {
        run.elapsed.as_secs_f64() * 1e6 / (run.bytes as f64 / 1024.0)
    } else {
        0.0
    };
    let inputs: usize = rows
        .all
        .iter()
        .filter(|(n, _)| !subset(n))
        .map(|(_, s)| s.inputs)
        .sum();
    let _ = writeln!(
        out,
        "\n{inputs} inputs, {} bytes, {:.0} ms through the host ({per_kb:.0} µs per KB, including the host's JSON round trip).",
        run.bytes,
        run.elapsed.as_secs_f64() * 1e3
    );
    if std::env::var_os("FIGURES_MISSES").is_some() {
        out.push_str("\n### Misses\n\n");
        for m in &run.misses {
            let _ = writeln!(out, "{m}");
        }
    }
    Ok(out)
}
