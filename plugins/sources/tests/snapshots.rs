//! The plugin run in this process through the host's request/reply path, on a fixture article
//! with hand-written prior findings; the findings and the report are snapshotted.

mod common;

use analyze_plugin_sources::Sources;
use analyze_test_support::{Case, Failure};
use serde_json::json;

#[test]
fn port_strike_findings() {
    let run = common::port_strike().run(&Sources::default()).unwrap();
    insta::assert_snapshot!(run.findings_pretty());
}

#[test]
fn port_strike_markdown() {
    let run = common::port_strike().run(&Sources::default()).unwrap();
    insta::assert_snapshot!(run.markdown());
}

#[test]
fn port_strike_json_report_carries_the_findings() {
    let run = common::port_strike().run(&Sources::default()).unwrap();
    let report: serde_json::Value = serde_json::from_str(&run.json()).unwrap();
    assert_eq!(report["plugins"]["sources"]["findings"], run.findings);
    assert_eq!(report["actors"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        report["plugins"]["sources"]["findings"]["named"],
        json!({"sources": 3, "quotes": 4})
    );
}

#[test]
fn settings_add_anonymous_words() {
    let linked = |settings| {
        common::port_strike()
            .settings(settings)
            .run(&Sources::default())
            .unwrap()
    };
    // "Dutch negotiators" speak for the Netherlands: a named source by default…
    let run = linked(json!({}));
    assert_eq!(run.findings["sources"][7]["name"], "the Netherlands");
    assert_eq!(run.findings["sources"][7]["kind"], "named");
    // …and an anonymous one for a newsroom that counts unnamed negotiators as anonymous.
    let run = linked(json!({"anonymous_words": ["negotiators"]}));
    assert_eq!(run.findings["sources"][7]["name"], "Dutch negotiators");
    assert_eq!(run.findings["sources"][7]["kind"], "anonymous");
    assert_eq!(run.findings["sources"][7]["why"], "description");
}

#[test]
fn a_typo_in_the_settings_is_an_error() {
    let error = common::port_strike()
        .settings(json!({"anonymous_word": ["watchers"]}))
        .run(&Sources::default())
        .unwrap_err();
    insta::assert_snapshot!(error.to_string(), @"bad settings: unknown field `anonymous_word`, expected `anonymous_words`");
}

#[test]
fn no_quotes_no_sources() {
    let run = Case::new("The port was quiet on Sunday.")
        .prior("actors", json!([]))
        .prior("quotes", json!([]))
        .run(&Sources::default())
        .unwrap();
    insta::assert_snapshot!(run.markdown(), @r"
    # test.txt

    Document: `test.txt` · publication date unknown · 29 bytes

    ## Sources (sources 0.1.0)

    No quotes, so no sources to count.
    ");
}

#[test]
fn needs_the_quotes() {
    let error = Case::new("text")
        .prior("actors", json!([]))
        .run(&Sources::default())
        .unwrap_err();
    assert!(
        matches!(error, Failure::MissingPrior { ref requirement, .. } if requirement == "quotes"),
        "{error}"
    );
}

#[test]
fn malformed_quotes_are_reported() {
    let error = Case::new("text")
        .prior("actors", json!([]))
        .prior("quotes", json!({"not": "a list"}))
        .run(&Sources::default())
        .unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("cannot read findings of plugin `quotes`"),
        "{error}"
    );
}

/// `cargo test --release -p analyze-plugin-sources -- --ignored --nocapture timing`
#[test]
#[ignore]
fn timing() {
    use analyze_sdk::core::Analyzer;
    let sources = Sources::default();
    let document = analyze_sdk::core::Document::new("port-strike.txt", common::PORT_STRIKE);
    let settings = serde_json::Value::Null;
    let prior = [
        ("actors".to_owned(), common::actors()),
        ("quotes".to_owned(), common::quotes()),
    ]
    .into();
    let input = analyze_sdk::core::Input::new(&document, &settings, &prior);
    let runs = 20_000;
    let start = std::time::Instant::now();
    for _ in 0..runs {
        assert!(sources.analyze(&input).is_ok());
    }
    let per_doc = start.elapsed() / runs;
    println!(
        "sources: {per_doc:?} per document ({} bytes, 10 quotes)",
        common::PORT_STRIKE.len()
    );
}
