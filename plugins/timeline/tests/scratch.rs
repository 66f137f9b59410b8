use analyze_plugin_timeline::Timeline;
use analyze_sdk::core::Document;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

#[test]
#[ignore]
fn scratch() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e=="txt")).collect();
    paths.sort();
    let text = paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n");
    let doc = Document::new("t", text.as_str()).with_date("2025-08-18".parse().unwrap());
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), serde_json::json!([]));
    let out = Timeline::default().analyze(&Input::new(&doc, &serde_json::Value::Null, &prior)).unwrap();
    let f = serde_json::to_string(&out.findings).unwrap();
    let p = serde_json::to_string(&out.presentation).unwrap();
    println!("text {} findings {} presentation {} exprs {} events {}", text.len(), f.len(), p.len(), out.findings["expressions"].as_array().unwrap().len(), out.findings["events"].as_array().unwrap().len());
    println!("{}", serde_json::to_string_pretty(&out.findings["events"][0]).unwrap());
    let t = std::time::Instant::now();
    let mut best = f64::MAX;
    for _ in 0..200 { let doc = Document::new("t", text.as_str()).with_date("2025-08-18".parse().unwrap()); let t = std::time::Instant::now(); std::hint::black_box(Timeline::default().analyze(&Input::new(&doc, &serde_json::Value::Null, &prior)).unwrap()); best = best.min(t.elapsed().as_secs_f64()*1e6); }
    let _ = t;
    println!("best analyze {best:.0} us");
}
