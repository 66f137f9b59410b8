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
    let actors = analyze_plugin_actors::Actors::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings)
        .unwrap_or(Value::Array(Vec::new()));
    prior.insert("actors".to_owned(), actors);
    let quotes = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings)
        .unwrap_or(Value::Array(Vec::new()));
    prior.insert("quotes".to_owned(), quotes);
    analyze_plugin_stance::Stance
        .analyze(&Input::new(&doc, settings, &prior))
        .map(|o| o.findings)
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
#[test]
#[ignore]
fn timing() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        return;
    };
    let doc = Document::new("example", text.as_str());
    let mut prior = BTreeMap::new();
    let null = Value::Null;
    let actors = analyze_plugin_actors::Actors::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings)
        .unwrap_or(Value::Null);
    prior.insert("actors".to_owned(), actors);
    let quotes = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &null, &prior))
        .map(|o| o.findings)
        .unwrap_or(Value::Null);
    prior.insert("quotes".to_owned(), quotes);
    let runs = 2000;
    let _ = analyze_plugin_stance::Stance.analyze(&Input::new(
        &Document::new("w", text.as_str()),
        &null,
        &prior,
    ));
    let started = std::time::Instant::now();
    for _ in 0..runs {
        let doc = Document::new("example", text.as_str());
        let _ = analyze_plugin_stance::Stance.analyze(&Input::new(&doc, &null, &prior));
    }
    let per = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
    let started = std::time::Instant::now();
    for _ in 0..runs {
        let doc = Document::new("example", text.as_str());
        let _ = (doc.sentences().len(), doc.tokens().len());
    }
    let seg = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("segmentation alone: {seg:.1} µs per run");
    let empty = BTreeMap::new();
    let started = std::time::Instant::now();
    for _ in 0..runs {
        let doc = Document::new("example", text.as_str());
        let _ = analyze_plugin_stance::Stance.analyze(&Input::new(&doc, &null, &empty));
    }
    let bare = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("stance without priors: {bare:.1} µs per run");
    println!(
        "stance: {per:.1} µs per run on {} bytes ({:.1} µs per 5 KB), segmentation included",
        text.len(),
        per * 5000.0 / text.len() as f64
    );
}
