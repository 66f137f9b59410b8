//! Snapshot tests: the findings of the plugin on fixture articles written for these tests, and on
//! the shared example article.

use analyze_plugin_figures::Figures;
use analyze_sdk::core::Document;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

fn findings(text: &str) -> String {
    let date = "2025-08-18".parse().expect("a valid date");
    let doc = Document::new("fixture", text).with_date(date);
    let prior = BTreeMap::new();
    let settings = serde_json::Value::Null;
    let output = Figures
        .analyze(&Input::new(&doc, &settings, &prior))
        .expect("the analysis runs");
    // Every span must fit the text.
    for f in output
        .findings
        .to_value()
        .as_array()
        .expect("a list of findings")
    {
        for key in ["span", "subject", "number"] {
            if let Ok(span) = serde_json::from_value::<Span>(f[key].clone()) {
                span.check(text).expect("span fits the text");
            }
        }
    }
    serde_json::to_string_pretty(&output.findings.to_value()).expect("JSON")
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("fixture exists")
}

#[test]
fn budget_and_markets() {
    insta::assert_snapshot!(findings(&fixture("budget-and-markets")));
}

#[test]
fn conflict_and_aid() {
    insta::assert_snapshot!(findings(&fixture("conflict-and-aid")));
}

#[test]
fn weather_and_energy() {
    insta::assert_snapshot!(findings(&fixture("weather-and-energy")));
}

#[test]
fn example_article() {
    let path = format!(
        "{}/../../../shared/examples/zelenskyy-washington-talks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the shared example article");
    insta::assert_snapshot!(findings(&text));
}

#[test]
fn example_article_done_when() {
    let path = format!(
        "{}/../../../shared/examples/zelenskyy-washington-talks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the shared example article");
    let found = analyze_plugin_figures::findings(&text).expect("findings");
    let get = |span: &str| {
        found
            .iter()
            .find(|f| f.span.text == span)
            .unwrap_or_else(|| panic!("{span} found"))
    };
    let money = get("$90 billion");
    assert_eq!((money.kind, money.unit.as_deref()), ("money", Some("USD")));
    assert_eq!(money.value, Some(serde_json::json!(90_000_000_000i64)));
    assert_eq!(
        money.subject.as_ref().map(|s| s.text.as_str()),
        Some("arms deal")
    );
    let call = get("40-minute");
    assert_eq!(
        (call.kind, call.unit.as_deref()),
        ("duration", Some("minute"))
    );
    assert_eq!(
        call.subject.as_ref().map(|s| s.text.as_str()),
        Some("phone call")
    );
    let days = get("ten days");
    assert_eq!(
        (days.kind, days.unit.as_deref(), days.qualifier),
        ("duration", Some("day"), Some("at_most"))
    );
    assert_eq!(days.value, Some(serde_json::json!(10)));
    let two = get("two");
    assert_eq!(
        (two.kind, two.subject.as_ref().map(|s| s.text.as_str())),
        ("count", Some("presidents"))
    );
    // Nothing else: no weekday, no ordinal from "First Lady", no adverbial "first".
    assert_eq!(found.len(), 4, "{found:#?}");
}

#[test]
fn presentation_is_a_table() {
    let doc = Document::new(
        "t",
        "Officials said 3 people died and $5 million was pledged.",
    );
    let prior = BTreeMap::new();
    let settings = serde_json::Value::Null;
    let output = Figures
        .analyze(&Input::new(&doc, &settings, &prior))
        .expect("runs");
    match output.presentation.first() {
        Some(Block::Table { columns, rows, .. }) => {
            assert_eq!(columns, &["Figure", "Kind", "Value", "Unit", "Subject"]);
            assert_eq!(rows.len(), 2);
        }
        other => panic!("expected a table, got {other:?}"),
    }
}
