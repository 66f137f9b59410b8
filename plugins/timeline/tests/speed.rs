//! Timing check: `cargo test --release -p analyze-plugin-timeline --test speed -- --ignored --nocapture`.

use analyze_plugin_timeline::Timeline;
use analyze_sdk::core::Document;
use std::time::Instant;

/// The fixtures and the example article joined into one text.
fn joined() -> String {
    let mut text = String::new();
    for name in ["earnings.txt", "storm.txt", "diplomacy.txt"] {
        text.push_str(
            &std::fs::read_to_string(format!(
                "{}/tests/fixtures/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("fixture"),
        );
        text.push('\n');
    }
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/zelenskyy-washington-talks.txt"
    );
    text.push_str(&std::fs::read_to_string(example).unwrap_or_default());
    text
}

#[test]
#[ignore]
fn microseconds_per_5_kb() {
    let text = joined();
    let timeline = Timeline::default();
    let date = "2025-08-18".parse().expect("date");
    // The fastest of many rounds: the machine is shared, and the minimum is what the code costs.
    let rounds = 400;
    let mut best = f64::MAX;
    let mut best_seg = f64::MAX;
    let mut n = 0;
    for _ in 0..rounds {
        // A fresh document each round, so segmentation is timed too.
        let doc = Document::new("t", text.as_str()).with_date(date);
        let start = Instant::now();
        n += timeline.findings(&doc, &[]).events.len();
        best = best.min(start.elapsed().as_secs_f64() * 1e6);
        let doc = Document::new("t", text.as_str()).with_date(date);
        let start = Instant::now();
        n += doc.tokens().len() + doc.sentences().len();
        best_seg = best_seg.min(start.elapsed().as_secs_f64() * 1e6);
    }
    let per_doc = best;
    let per_5kb = per_doc / (text.len() as f64 / 5000.0);
    println!("segmentation alone: {best_seg:.0} µs per document");
    println!(
        "{} bytes: {per_doc:.0} µs per document, {per_5kb:.0} µs per 5 KB ({n} events)",
        text.len()
    );
}

/// The same over the AQUAINT news texts beside the project (tags stripped), when present.
#[test]
#[ignore]
fn microseconds_per_5_kb_on_news() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/timebank/AQUAINT"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut texts = Vec::new();
    for entry in entries.flatten() {
        let raw = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let body = raw
            .split("<TEXT>")
            .nth(1)
            .and_then(|b| b.split("</TEXT>").next())
            .unwrap_or("");
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        texts.push(text);
    }
    let timeline = Timeline::default();
    let date = "1998-08-07".parse().expect("date");
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    for _ in 0..20 {
        let start = Instant::now();
        for text in &texts {
            let doc = Document::new("t", text.as_str()).with_date(date);
            std::hint::black_box(timeline.findings(&doc, &[]));
        }
        best = best.min(start.elapsed().as_secs_f64() * 1e6);
    }
    let mut seg = f64::MAX;
    for _ in 0..20 {
        let start = Instant::now();
        for text in &texts {
            let doc = Document::new("t", text.as_str()).with_date(date);
            std::hint::black_box(doc.tokens().len() + doc.sentences().len());
        }
        seg = seg.min(start.elapsed().as_secs_f64() * 1e6);
    }
    let per = |t: f64| t / (bytes as f64 / 5000.0);
    println!(
        "AQUAINT {} docs, {bytes} bytes: {:.0} µs per 5 KB ({:.0} of it segmentation)",
        texts.len(),
        per(best),
        per(seg)
    );
}

/// What the findings cost to serialize: through a `serde_json::Value` (what `Output::new` does
/// today, then the SDK writes the reply from that tree) against straight to JSON bytes.
#[test]
#[ignore]
fn serialization_via_value() {
    let text = joined();
    let date = "2025-08-18".parse().expect("date");
    let doc = Document::new("t", text.as_str()).with_date(date);
    let findings = Timeline::default().findings(&doc, &[]);
    let (mut via_value, mut direct) = (f64::MAX, f64::MAX);
    for _ in 0..300 {
        let start = Instant::now();
        let value = serde_json::to_value(&findings).expect("value");
        std::hint::black_box(serde_json::to_vec(&value).expect("json"));
        drop(value);
        via_value = via_value.min(start.elapsed().as_secs_f64() * 1e6);
        let start = Instant::now();
        std::hint::black_box(serde_json::to_vec(&findings).expect("json"));
        direct = direct.min(start.elapsed().as_secs_f64() * 1e6);
    }
    let per = |t: f64| t / (text.len() as f64 / 5000.0);
    println!(
        "findings JSON: via Value {:.0} µs per 5 KB, direct {:.0} µs per 5 KB",
        per(via_value),
        per(direct)
    );
}
