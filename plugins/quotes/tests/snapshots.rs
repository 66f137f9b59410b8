//! Snapshot tests over fixture articles written for this plugin. The actors come from the
//! `actors` plugin, as they do when the host runs both.

use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

fn findings(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let doc = Document::new(name, text);
    let none = BTreeMap::new();
    let actors = analyze_plugin_actors::Actors::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &none))
        .unwrap();
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), actors.findings);
    let out = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .unwrap();
    // Compact: one line per quote.
    let quotes = out.findings.as_array().unwrap();
    let mut lines = Vec::new();
    for q in quotes {
        let party = |p: &serde_json::Value| -> String {
            if p.is_null() {
                return "-".into();
            }
            let actor = p["actor"].as_str().unwrap_or("-");
            let mention = p["mention"]["text"].as_str().unwrap_or("-");
            let name = p["name"].as_str().unwrap_or("-");
            format!("{name} [{actor}] ({mention})")
        };
        let content: Vec<&str> = q["content"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
        lines.push(format!(
            "{} | cue: {} | speaker: {} | to: {}\n    {}",
            q["kind"].as_str().unwrap(),
            q["cue"]["text"].as_str().unwrap_or("-"),
            party(&q["speaker"]),
            party(&q["addressee"]),
            content.join("\n    … ")
        ));
    }
    lines.join("\n")
}

#[test]
fn direct_layouts() {
    insta::assert_snapshot!(findings("direct-layouts"));
}

#[test]
fn multi_paragraph() {
    insta::assert_snapshot!(findings("multi-paragraph"));
}

#[test]
fn unbalanced_marks() {
    insta::assert_snapshot!(findings("unbalanced-marks"));
}

#[test]
fn reported_speech() {
    insta::assert_snapshot!(findings("reported-speech"));
}

/// The JSON form of one small article, spans and all.
#[test]
fn json_shape() {
    let text = "“We will sign on Friday,” the minister told reporters.";
    let doc = Document::new("json", text);
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), serde_json::json!([]));
    let out = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&out.findings).unwrap());
}
