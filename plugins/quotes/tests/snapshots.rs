//! Snapshot tests over fixture articles written for this plugin. The actors are hand-written
//! (`NAME.actors.json`) so that the snapshots show this plugin's behaviour alone; one test runs
//! the real `actors` plugin first, as the host does, and checks the example layouts hold.

use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

/// Actors for a fixture, from `NAME.actors.json`: mention strings are found at word boundaries,
/// every occurrence, or only the n-th with `word#n` (for pronouns).
fn actors(name: &str, text: &str) -> serde_json::Value {
    let path = format!(
        "{}/tests/fixtures/{name}.actors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut actors: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for actor in actors.as_array_mut().unwrap() {
        let mut spans = Vec::new();
        for m in actor["mentions"].as_array().unwrap() {
            let m = m.as_str().unwrap();
            let (word, nth) = match m.split_once('#') {
                Some((w, n)) => (w, Some(n.parse::<usize>().unwrap())),
                None => (m, None),
            };
            let mut seen = 0;
            for (start, _) in text.match_indices(word) {
                let end = start + word.len();
                let before = text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after = text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if before || after {
                    continue;
                }
                seen += 1;
                if nth.is_none_or(|n| n == seen) {
                    spans.push(Span::new(text, start, end).unwrap());
                }
            }
        }
        spans.sort();
        actor["mentions"] = serde_json::to_value(spans).unwrap();
    }
    actors
}

fn findings(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let doc = Document::new(name, text.clone());
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), actors(name, &text));
    let out = analyze_plugin_quotes::Quotes::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .unwrap();
    // Compact: one line per quote.
    let findings = out.findings.to_value();
    let quotes = findings.as_array().unwrap();
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
        let content: Vec<&str> = q["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect();
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
    insta::assert_snapshot!(serde_json::to_string_pretty(&out.findings.to_value()).unwrap());
}

/// With the real `actors` plugin as the prior: every fixture runs, and spans fit the text.
#[test]
fn with_actors_plugin() {
    for name in [
        "direct-layouts",
        "multi-paragraph",
        "unbalanced-marks",
        "reported-speech",
    ] {
        let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let doc = Document::new(name, text.clone());
        let none = BTreeMap::new();
        let actors = actors_analyzer()
            .analyze(&Input::new(&doc, &serde_json::Value::Null, &none))
            .unwrap();
        let mut prior = BTreeMap::new();
        prior.insert("actors".to_owned(), actors.findings.to_value());
        let out = analyze_plugin_quotes::Quotes::default()
            .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
            .unwrap();
        let quotes: Vec<analyze_sdk::protocol::Span> = out
            .findings
            .to_value()
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|q| q["content"].as_array().unwrap().clone())
            .map(|s| serde_json::from_value(s).unwrap())
            .collect();
        assert!(!quotes.is_empty(), "{name}");
        for span in quotes {
            span.check(&text).unwrap();
        }
    }
}

/// The actors analyzer as the host builds it: through `Default`, whatever fields it has.
fn actors_analyzer() -> analyze_plugin_actors::Actors {
    Default::default()
}
