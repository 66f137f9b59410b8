//! Hand-written priors: actors and quotes given by context strings.
#![allow(dead_code)]

use analyze_plugin_stance::Stance;
use analyze_sdk::core::{Analyzer, Document, Input};
use analyze_sdk::prelude::{Block, Cell, Output};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The span of `word` inside the first occurrence of `context` in `text`.
pub fn at(text: &str, context: &str, word: &str) -> Value {
    let c = text
        .find(context)
        .unwrap_or_else(|| panic!("context {context:?} not in text"));
    let w = text[c..]
        .find(word)
        .unwrap_or_else(|| panic!("{word:?} not in {context:?}"))
        + c;
    json!({"start": w, "end": w + word.len(), "text": word})
}

/// Every whole-word occurrence of `word`.
pub fn all(text: &str, word: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let s = from + i;
        let e = s + word.len();
        let before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            out.push(json!({"start": s, "end": e, "text": word}));
        }
        from = e;
    }
    out
}

pub fn actor(id: &str, name: &str, kind: &str, mentions: Vec<Value>) -> Value {
    let mut mentions = mentions;
    mentions.sort_by_key(|m| m["start"].as_u64());
    json!({"id": id, "name": name, "kind": kind, "roles": [], "mentions": mentions})
}

pub fn quote(text: &str, content: &str, speaker: &str, mention: Value) -> Value {
    let s = text
        .find(content)
        .unwrap_or_else(|| panic!("{content:?} not in text"));
    json!({"kind": "direct", "content": [{"start": s, "end": s + content.len(), "text": content}],
        "cue": null, "speaker": {"actor": speaker, "mention": mention, "name": null}, "addressee": null})
}

pub fn run(text: &str, actors: Value, quotes: Value, settings: Value) -> Value {
    run_output(text, actors, quotes, settings)
        .findings
        .to_value()
}

/// The whole output: findings and presentation.
pub fn run_output(text: &str, actors: Value, quotes: Value, settings: Value) -> Output {
    let doc = Document::new("fixture", text);
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), actors);
    prior.insert("quotes".to_owned(), quotes);
    let input = Input::new(&doc, &settings, &prior);
    Stance.analyze(&input).expect("stance runs")
}

/// The rows of the "Positions on the given targets" table, one line per actor and target.
pub fn position_lines(output: &Output) -> Vec<String> {
    let mut out = Vec::new();
    for block in &output.presentation {
        if let Block::Table {
            title: Some(title),
            columns,
            rows,
        } = block
        {
            if title != "Positions on the given targets" {
                continue;
            }
            for row in rows {
                let cell = |c: &Cell| match c {
                    Cell::Text(t) => t.clone(),
                    other => format!("{other:?}"),
                };
                let name = row.first().map(cell).unwrap_or_default();
                for (query, stance) in columns.iter().skip(1).zip(row.iter().skip(1)) {
                    out.push(format!("{name} on {query:?}: {}", cell(stance)));
                }
            }
        }
    }
    out
}

/// One line per finding, for compact snapshots and assertions.
pub fn lines(findings: &Value) -> Vec<String> {
    findings
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| match f["type"].as_str() {
            Some("stance") => format!(
                "{} {} {} [{}] target={} via={} cue={:?}{}",
                f["holder"]["name"].as_str().unwrap_or(""),
                f["stance"].as_str().unwrap_or(""),
                f["score"],
                f["target"]["text"].as_str().unwrap_or(""),
                f["target"]["actor"],
                f["via"].as_str().unwrap_or(""),
                f["cue"]["text"].as_str().unwrap_or(""),
                match f.get("query") {
                    Some(q) => format!(" query={q} query_stance={}", f["query_stance"]),
                    None => String::new(),
                },
            ),
            Some("tone") => format!(
                "{} tone={} cue={:?}",
                f["holder"]["name"].as_str().unwrap_or(""),
                f["tone"].as_str().unwrap_or(""),
                f["cue"]["text"].as_str().unwrap_or(""),
            ),
            _ => f.to_string(),
        })
        .collect()
}

/// A fixture article of this plugin's `tests/fixtures`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture exists")
}

/// The hand-written actors of `negation-passive.txt` (the mayor is also `the mayor`).
pub fn negation_passive_actors(t: &str) -> Value {
    let mut mayor = all(t, "Whitcombe");
    mayor.push(at(t, "the mayor's plan", "the mayor"));
    serde_json::json!([
        actor("dana-whitcombe", "Dana Whitcombe", "person", mayor),
        actor(
            "priya-nandakumar",
            "Priya Nandakumar",
            "person",
            all(t, "Priya Nandakumar")
        ),
        actor(
            "finance-committee",
            "the finance committee",
            "organization",
            all(t, "the finance committee")
        ),
        actor(
            "port-authority",
            "The port authority",
            "organization",
            all(t, "The port authority")
        ),
    ])
}

/// The finding lines for `text` with one person per name (id = lower-case name, dashes).
pub fn dump(text: &str, names: &[&str]) -> String {
    let people: Vec<(&str, &str)> = names.iter().map(|n| (*n, "person")).collect();
    dump_kinds(text, &people)
}

/// The finding lines for `text` with one actor per name, of the kind given with it (id =
/// lower-case name, dashes).
pub fn dump_kinds(text: &str, actors: &[(&str, &str)]) -> String {
    let actors: Vec<_> = actors
        .iter()
        .map(|(n, kind)| actor(&n.to_lowercase().replace(' ', "-"), n, kind, all(text, n)))
        .collect();
    lines(&run(text, json!(actors), json!([]), json!({}))).join("\n")
}
