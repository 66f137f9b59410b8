//! Scores the plugin on the project's own news sentences (`tests/news-times.txt`, written and
//! annotated by hand for this project, each with its own publication date; see the file's header
//! for the format and the conventions) and fails when the scores drop below the floors set here.
//! Run with `--nocapture` to see every miss:
//!
//! ```sh
//! cargo test -p analyze-plugin-timeline --test news -- --nocapture
//! ```

use analyze_plugin_timeline::Timeline;
use analyze_sdk::core::Document;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

/// One expected time expression.
struct Gold {
    text: String,
    kind: String,
    value: String,
}

/// A sentence, its publication date and its expected expressions.
struct Sentence {
    published: String,
    text: String,
    gold: Vec<Gold>,
}

fn parse(data: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    for line in data.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some((text, annotation)) = line.trim().split_once(" => ") {
            let (kind, value) = annotation
                .split_once(' ')
                .unwrap_or_else(|| panic!("malformed line: {line}"));
            assert!(
                ["DATE", "TIME", "DURATION", "SET"].contains(&kind),
                "bad type: {line}"
            );
            let sentence = out
                .last_mut()
                .unwrap_or_else(|| panic!("an expression before any sentence: {line}"));
            assert!(
                sentence.text.contains(text),
                "`{text}` not in: {}",
                sentence.text
            );
            sentence.gold.push(Gold {
                text: text.to_owned(),
                kind: kind.to_owned(),
                value: value.trim().to_owned(),
            });
            continue;
        }
        let (published, text) = line
            .split_once(" | ")
            .unwrap_or_else(|| panic!("malformed line: {line}"));
        let published = published.trim();
        let _: jiff::civil::Date = published
            .parse()
            .unwrap_or_else(|_| panic!("bad date: {line}"));
        out.push(Sentence {
            published: published.to_owned(),
            text: text.trim().to_owned(),
            gold: Vec::new(),
        });
    }
    out
}

/// An expression the plugin found.
struct Found {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: String,
}

fn run(sentence: &Sentence) -> Vec<Found> {
    let doc = Document::new("news", sentence.text.as_str())
        .with_date(sentence.published.parse().expect("date"));
    let prior = BTreeMap::new(); // no actors: only the expressions are scored
    let output = Timeline::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .expect("analyze");
    let findings = output.findings.to_value();
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_owned();
    findings["expressions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|x| Found {
            start: x["span"]["start"].as_u64().expect("start") as usize,
            end: x["span"]["end"].as_u64().expect("end") as usize,
            text: text(&x["span"]["text"]),
            kind: text(&x["type"]),
            value: text(&x["value"]),
        })
        .collect()
}

#[derive(Default)]
struct Prf {
    tp: usize,
    system: usize,
    gold: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        self.tp as f64 / self.system.max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    fn f1(&self) -> f64 {
        let denominator = self.system + self.gold;
        if denominator == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / denominator as f64
        }
    }
    fn line(&self) -> String {
        format!(
            "{:.1} / {:.1} / {:.1}",
            100.0 * self.p(),
            100.0 * self.r(),
            100.0 * self.f1()
        )
    }
}

struct Scores {
    strict: Prf,
    relaxed: Prf,
    value: Prf,
    type_accuracy: f64,
    value_accuracy: f64,
    /// Negative sentences (no gold expression) given no expression, and their number.
    clean_negatives: usize,
    negatives: usize,
}

/// Strict span, relaxed span (one-to-one overlap, greedy in text order), type and value accuracy
/// on the relaxed matches, and value P / R / F1 (TempEval-3: an overlapping match with the same
/// value), printing every miss.
fn score(sentences: &[Sentence]) -> Scores {
    let (mut strict, mut relaxed, mut value) = (Prf::default(), Prf::default(), Prf::default());
    let (mut type_ok, mut value_ok) = (0, 0);
    let (mut clean_negatives, mut negatives) = (0, 0);
    for sentence in sentences {
        let found = run(sentence);
        let s = &sentence.text;
        // Gold spans, located in order.
        let mut from = 0;
        let spans: Vec<(usize, usize)> = sentence
            .gold
            .iter()
            .map(|g| {
                let start = s[from..]
                    .find(&g.text)
                    .map(|k| k + from)
                    .or_else(|| s.find(&g.text))
                    .expect("gold text in the sentence");
                from = start + g.text.len();
                (start, start + g.text.len())
            })
            .collect();
        for prf in [&mut strict, &mut relaxed, &mut value] {
            prf.system += found.len();
            prf.gold += spans.len();
        }
        if sentence.gold.is_empty() {
            negatives += 1;
            clean_negatives += usize::from(found.is_empty());
        }
        let head = format!("{} | {s}", sentence.published);
        let mut used = vec![false; found.len()];
        for (g, &(start, end)) in sentence.gold.iter().zip(&spans) {
            // Prefer the exact span, then the first unused overlapping one.
            let hit = found
                .iter()
                .enumerate()
                .position(|(k, f)| !used[k] && f.start == start && f.end == end)
                .or_else(|| {
                    found
                        .iter()
                        .enumerate()
                        .position(|(k, f)| !used[k] && f.start < end && start < f.end)
                });
            let Some(k) = hit else {
                println!("missed:   {head}\n  `{}` {} {}", g.text, g.kind, g.value);
                continue;
            };
            used[k] = true;
            let f = &found[k];
            relaxed.tp += 1;
            if f.start == start && f.end == end {
                strict.tp += 1;
            } else {
                println!(
                    "boundary: {head}\n  `{}` for `{}` ({} {})",
                    f.text, g.text, g.kind, g.value
                );
            }
            type_ok += usize::from(f.kind == g.kind);
            if f.value == g.value {
                value_ok += 1;
                value.tp += 1;
            }
            if f.kind != g.kind || f.value != g.value {
                println!(
                    "value:    {head}\n  `{}` {} {} ≠ {} {}",
                    g.text, f.kind, f.value, g.kind, g.value
                );
            }
        }
        for (k, f) in found.iter().enumerate() {
            if !used[k] {
                println!("spurious: {head}\n  `{}` {} {}", f.text, f.kind, f.value);
            }
        }
    }
    let matched = relaxed.tp.max(1) as f64;
    Scores {
        type_accuracy: type_ok as f64 / matched,
        value_accuracy: value_ok as f64 / matched,
        strict,
        relaxed,
        value,
        clean_negatives,
        negatives,
    }
}

fn report(name: &str, sentences: &[Sentence], scores: &Scores) {
    println!(
        "{name}: {} sentences, {} expressions, {} negatives ({} without any expression)\n  \
         strict span P / R / F1 {}\n  relaxed span P / R / F1 {}\n  type accuracy {:.1}, \
         value accuracy {:.1}\n  value P / R / F1 {}",
        sentences.len(),
        scores.strict.gold,
        scores.negatives,
        scores.clean_negatives,
        scores.strict.line(),
        scores.relaxed.line(),
        100.0 * scores.type_accuracy,
        100.0 * scores.value_accuracy,
        scores.value.line(),
    );
}

/// Scores another file in the same format, for a new batch of sentences scored once before it
/// joins the set: `TIMELINE_NEWS_FILE=PATH cargo test -p analyze-plugin-timeline --test news --
/// --ignored --nocapture` (a relative PATH is read from `plugins/timeline`, where tests run).
#[test]
#[ignore]
fn news_file() {
    let Ok(path) = std::env::var("TIMELINE_NEWS_FILE") else {
        println!("news_file: skipped, TIMELINE_NEWS_FILE is not set");
        return;
    };
    let data = std::fs::read_to_string(&path).expect("the file reads");
    let sentences = parse(&data);
    assert!(!sentences.is_empty(), "no sentences in {path}");
    let scores = score(&sentences);
    report(&path, &sentences, &scores);
}

#[test]
fn own_news_sentences() {
    let sentences = parse(include_str!("news-times.txt"));
    assert!(sentences.len() >= 950, "{} sentences", sentences.len());
    let scores = score(&sentences);
    report("news-times.txt", &sentences, &scores);
    // Floors just under the scores of the whole set with batch 6 added, before any fix against
    // it: all six batches, strict span F1 0.984, type accuracy 0.999, value F1 0.977, 152 of 154
    // negatives clean. Batches 1 to 5 have been fixed against, so these scores are no evidence of
    // accuracy on unseen news (batch 6's first score, strict span F1 0.963 and value F1 0.916,
    // is; see docs/evaluation/timeline.md, "Own news sentences (scored once)"): the floors only
    // catch a regression.
    let floors = [
        ("strict span F1", scores.strict.f1(), 0.982),
        ("type accuracy", scores.type_accuracy, 0.997),
        ("value F1", scores.value.f1(), 0.975),
        (
            "clean negatives",
            scores.clean_negatives as f64 / scores.negatives.max(1) as f64,
            0.98,
        ),
    ];
    for (name, measured, floor) in floors {
        assert!(measured >= floor, "{name} {measured:.3} < floor {floor}");
    }
}
