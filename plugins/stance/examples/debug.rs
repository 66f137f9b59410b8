//! Prints the findings for a sentence whose two entities are in brackets (a debugging aid).
//! `cargo run -p analyze-plugin-stance --example debug -- "[Merz] rejected [Trump]'s plan."`
use analyze_plugin_stance::Stance;
use analyze_sdk::core::{Analyzer, Document, Input};
use serde_json::json;
use std::collections::BTreeMap;

fn main() {
    for arg in std::env::args().skip(1) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut open = 0;
        for c in arg.chars() {
            match c {
                '[' => open = text.len(),
                ']' => spans.push(open..text.len()),
                c => text.push(c),
            }
        }
        let actors: Vec<_> = spans
            .iter()
            .enumerate()
            .map(|(i, r)| {
                json!({"id": format!("e{}", i + 1), "name": &text[r.clone()], "kind": "other",
                "mentions": [{"start": r.start, "end": r.end, "text": &text[r.clone()]}]})
            })
            .collect();
        let settings = json!({"actors": actors, "portrayal": true});
        let doc = Document::new("debug", text.clone());
        let prior = BTreeMap::new();
        let input = Input::new(&doc, &settings, &prior);
        match Stance.analyze(&input) {
            Ok(out) => println!(
                "{}",
                serde_json::to_string_pretty(&out.findings.to_value()).unwrap_or_default()
            ),
            Err(e) => println!("error: {e}"),
        }
        for s in doc.sentences() {
            println!("SENTENCE {:?}", &text[s.range()]);
        }
    }
}
