//! Prints the findings on the project's example article (read by path, not copied):
//! `cargo test -p analyze-plugin-quotes --test example -- --ignored --nocapture`.

use analyze_plugin_quotes::Quotes;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

#[test]
#[ignore]
fn example_article() {
    let path = std::env::var("QUOTES_EXAMPLE")
        .unwrap_or_else(|_| "../../../shared/examples/zelenskyy-washington-talks.txt".into());
    let Ok(text) = std::fs::read_to_string(&path) else { return };
    let doc = Document::new("example", text);
    let actors = std::env::var("QUOTES_ACTORS").ok().and_then(|p| std::fs::read_to_string(p).ok());
    let mut prior = BTreeMap::new();
    prior.insert(
        "actors".to_owned(),
        actors.and_then(|a| serde_json::from_str(&a).ok()).unwrap_or(serde_json::json!([])),
    );
    let input = Input::new(&doc, &serde_json::Value::Null, &prior);
    let out = Quotes::default().analyze(&input).unwrap();
    for q in out.findings.as_array().unwrap() {
        println!("{}", serde_json::to_string(q).unwrap());
    }
}
