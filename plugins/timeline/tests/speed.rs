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
