//! The whole chain on the example article: the actors and quotes plugins produce the priors.

mod common;
use analyze_sdk::core::{Analyzer, Document, Input};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const PATH: &str = "/work/shared/examples/zelenskyy-washington-talks.txt";

pub fn pipeline(text: &str, settings: &Value) -> Value {
    let doc = Document::new("example", text);
    let mut prior = BTreeMap::new();
    let null = Value::Null;
    let actors = analyze_plugin_actors::Actors
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings.to_value())
        .unwrap_or(Value::Array(Vec::new()));
    prior.insert("actors".to_owned(), actors);
    let quotes = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings.to_value())
        .unwrap_or(Value::Array(Vec::new()));
    prior.insert("quotes".to_owned(), quotes);
    analyze_plugin_stance::Stance
        .analyze(&Input::new(&doc, settings, &prior))
        .map(|o| o.findings.to_value())
        .unwrap_or(Value::Null)
}

#[test]
fn example_with_real_priors() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        return;
    };
    let findings = pipeline(&text, &json!({"targets": ["ceasefire"]}));
    let dump = common::lines(&findings).join("\n");
    println!("{dump}");
    assert!(
        dump.contains("Donald Trump oppose -0.7 [a ceasefire before negotiations]"),
        "{dump}"
    );
}

/// Release-mode timing: `cargo test --release -p analyze-plugin-stance --test pipeline -- --ignored --nocapture`.
/// The best of 20 batches, so that other work on the machine weighs less.
#[test]
#[ignore]
fn timing() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        return;
    };
    let doc = Document::new("example", text.as_str());
    let mut prior = BTreeMap::new();
    let null = Value::Null;
    let actors = analyze_plugin_actors::Actors
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings.to_value())
        .unwrap_or(Value::Null);
    prior.insert("actors".to_owned(), actors);
    let quotes = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings.to_value())
        .unwrap_or(Value::Null);
    prior.insert("quotes".to_owned(), quotes);
    let best = |f: &dyn Fn()| {
        (0..20)
            .map(|_| {
                let started = std::time::Instant::now();
                for _ in 0..100 {
                    f();
                }
                started.elapsed().as_secs_f64() * 1e6 / 100.0
            })
            .fold(f64::MAX, f64::min)
    };
    let per_5kb = |us: f64| us * 5000.0 / text.len() as f64;
    let seg = best(&|| {
        let d = Document::new("example", text.as_str());
        let _ = (d.sentences().len(), d.tokens().len());
    });
    let segmented = Document::new("example", text.as_str());
    let _ = (segmented.sentences().len(), segmented.tokens().len());
    let warm = best(&|| {
        let _ = analyze_plugin_stance::Stance.analyze(&Input::new(&segmented, &null, &prior));
    });
    let full = best(&|| {
        let d = Document::new("example", text.as_str());
        let _ = analyze_plugin_stance::Stance.analyze(&Input::new(&d, &null, &prior));
    });
    println!("{} bytes; segmentation {seg:.1} µs; stance on a segmented document {warm:.1} µs ({:.1} per 5 KB); with segmentation {full:.1} µs ({:.1} per 5 KB)", text.len(), per_5kb(warm), per_5kb(full));
}
