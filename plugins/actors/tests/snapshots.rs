//! Snapshot tests of the findings on fixture articles written for this crate, and on the shared
//! example article.

use analyze_plugin_actors::Actors;
use analyze_sdk::core::Document;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

fn findings(id: &str, text: &str) -> String {
    let date = "2025-08-18".parse().ok();
    let mut doc = Document::new(id, text);
    doc.date = date;
    let prior = BTreeMap::new();
    let settings = serde_json::Value::Null;
    let output = Actors
        .analyze(&Input::new(&doc, &settings, &prior))
        .expect("analysis runs");
    for actor in output.findings.to_value().as_array().into_iter().flatten() {
        for mention in actor["mentions"].as_array().into_iter().flatten() {
            let span: Span = serde_json::from_value(mention.clone()).expect("a span");
            assert!(span.check(text).is_ok(), "bad span {span:?}");
        }
    }
    compact(&output.findings.to_value())
}

/// One line per actor and one per mention keeps the snapshots short and readable.
fn compact(findings: &serde_json::Value) -> String {
    let mut out = String::new();
    for actor in findings.as_array().into_iter().flatten() {
        let mut head = actor.clone();
        head.as_object_mut().map(|o| o.remove("mentions"));
        out.push_str(&serde_json::to_string(&head).unwrap_or_default());
        out.push('\n');
        for m in actor["mentions"].as_array().into_iter().flatten() {
            out.push_str(&format!("    {}..{} {}\n", m["start"], m["end"], m["text"]));
        }
    }
    out
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn same_surname() {
    insta::assert_snapshot!(findings("same-surname", &fixture("same-surname")));
}

#[test]
fn woman_and_man() {
    insta::assert_snapshot!(findings("woman-and-man", &fixture("woman-and-man")));
}

#[test]
fn unnamed_official() {
    insta::assert_snapshot!(findings("unnamed-official", &fixture("unnamed-official")));
}

/// The shared example article, read from beside the repository (CI has `../shared` there).
#[test]
fn example_article() {
    let path = format!(
        "{}/../../../shared/examples/zelenskyy-washington-talks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping example_article: {path} not found");
        return;
    };
    insta::assert_snapshot!(findings("zelenskyy-washington-talks", &text));
}

#[test]
fn council_and_company() {
    insta::assert_snapshot!(findings(
        "council-and-company",
        &fixture("council-and-company")
    ));
}
