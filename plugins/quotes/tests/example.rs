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
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let doc = Document::new("example", text);
    let none = BTreeMap::new();
    let actors = actors_analyzer()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &none))
        .unwrap();
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), actors.findings.to_value());
    let input = Input::new(&doc, &serde_json::Value::Null, &prior);
    let out = Quotes::default().analyze(&input).unwrap();
    for q in out.findings.to_value().as_array().unwrap() {
        let content: Vec<&str> = q["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap())
            .collect();
        println!(
            "{} | cue {} | speaker {} [{}] ({}) | to {} | {}",
            q["kind"],
            q["cue"]["text"],
            q["speaker"]["name"],
            q["speaker"]["actor"],
            q["speaker"]["mention"]["text"],
            q["addressee"]["name"],
            content.join(" … ")
        );
    }
}

/// Release-mode timing over the fixtures repeated to 5 KB:
/// `cargo test --release -p analyze-plugin-quotes --test example -- --ignored --nocapture timing`.
#[test]
#[ignore]
fn timing() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut text = String::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    while text.len() < 5000 {
        for path in &names {
            text.push_str(&std::fs::read_to_string(path).unwrap());
            text.push('\n');
        }
    }
    let quotes = Quotes::default();
    let rounds = 400;
    // The best of five batches, to see past other processes sharing the machine.
    let mut with_segmentation = f64::MAX;
    let mut alone = f64::MAX;
    for _ in 0..5 {
        // Segmentation included (each plugin gets a fresh document in the host).
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            let doc = Document::new("t", text.clone());
            std::hint::black_box(quotes.find(&doc, &[]));
        }
        with_segmentation =
            with_segmentation.min(start.elapsed().as_secs_f64() * 1e6 / rounds as f64);
        let doc = Document::new("t", text.clone());
        let _ = doc.tokens();
        let _ = doc.sentences();
        let _ = doc.paragraphs();
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(quotes.find(&doc, &[]));
        }
        alone = alone.min(start.elapsed().as_secs_f64() * 1e6 / rounds as f64);
    }
    let per_5kb = 5000.0 / text.len() as f64;
    println!(
        "{} bytes: {:.0} µs per 5 KB with segmentation, {:.0} µs per 5 KB for the quotes rules alone",
        text.len(),
        with_segmentation * per_5kb,
        alone * per_5kb
    );
}

/// Runs the plugin (debug build: overflow checks on) over every PolNeAR text, read by path:
/// `cargo test -p analyze-plugin-quotes --test example -- --ignored --nocapture polnear`.
#[test]
#[ignore]
fn polnear_texts_do_not_panic() {
    let quotes = Quotes::default();
    let mut n = 0;
    for split in ["dev", "train"] {
        let dir = format!(
            "{}/../../../shared/data/polnear/{split}/text",
            env!("CARGO_MANIFEST_DIR")
        );
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let doc = Document::new("t", text.clone());
            for q in quotes.find(&doc, &[]) {
                for s in &q.content {
                    s.check(&text).unwrap();
                }
            }
            n += 1;
        }
    }
    println!("polnear: {n} texts");
}

/// The actors analyzer as the host builds it: through `Default`, whatever fields it has.
fn actors_analyzer() -> analyze_plugin_actors::Actors {
    Default::default()
}
