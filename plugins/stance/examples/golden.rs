//! A behaviour check for speed work: runs the plugin over many documents with frozen priors and
//! writes every finding and presentation block, so that two versions can be compared with `diff`.
//!
//! ```sh
//! # once: freeze the priors of the actors and quotes plugins (they change as others work on them)
//! cargo run --release -p analyze-plugin-stance --example golden -- freeze ../shared/data /tmp/stance-priors.jsonl
//! # before and after a change
//! cargo run --release -p analyze-plugin-stance --example golden -- run /tmp/stance-priors.jsonl /tmp/before.jsonl
//! ```

use analyze_sdk::core::{Analyzer, Document, Input};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;

fn unbracket(sentence: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::with_capacity(sentence.len());
    let mut pieces = Vec::new();
    let mut open = None;
    for c in sentence.chars() {
        match c {
            '[' => open = Some(text.len()),
            ']' => {
                if let Some(start) = open.take() {
                    pieces.push(start..text.len());
                }
            }
            c => text.push(c),
        }
    }
    (text, pieces)
}

fn span(text: &str, r: &Range<usize>) -> Value {
    json!({"start": r.start, "end": r.end, "text": text.get(r.clone()).unwrap_or("")})
}

fn freeze(data: &str, out: &str) {
    let mut docs: Vec<(String, Value)> = Vec::new();
    // Articles.
    for dir in ["tests/fixtures", "plugins/stance/tests/fixtures"] {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                docs.push((
                    text,
                    json!({"targets": ["ceasefire", "plan"], "portrayal": true}),
                ));
            }
        }
    }
    if let Ok(text) =
        std::fs::read_to_string("/work/shared/examples/zelenskyy-washington-talks.txt")
    {
        docs.push((text.clone(), json!({"targets": ["ceasefire"]})));
        docs.push((text, json!({})));
    }
    // Directed sentiment sentences, with the entities as given actors.
    let directed =
        std::fs::read_to_string(format!("{data}/directed-sentiment/valid.txt")).unwrap_or_default();
    for (n, line) in directed.lines().enumerate() {
        let Some(sentence) = line.split('\t').next() else {
            continue;
        };
        let (text, pieces) = unbracket(sentence);
        let actors: Vec<Value> = pieces
            .iter()
            .enumerate()
            .take(2)
            .map(|(k, r)| {
                json!({"id": format!("ent-{k}"), "name": text.get(r.clone()).unwrap_or(""), "kind": "other",
                    "roles": [], "mentions": [span(&text, r)]})
            })
            .collect();
        let settings = match n % 3 {
            0 => json!({"actors": actors}),
            1 => json!({"actors": actors, "pair_threshold": 0.6, "portrayal": true}),
            _ => json!({"actors": actors, "pair_model": false}),
        };
        docs.push((text, settings));
    }
    // NewsMTSC sentences, portrayal of every actor.
    let mtsc = std::fs::read_to_string(format!("{data}/newsmtsc/train.jsonl")).unwrap_or_default();
    for line in mtsc.lines().take(2500) {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let Some(text) = v["sentence_normalized"].as_str() else {
            continue;
        };
        docs.push((
            text.to_owned(),
            json!({"portrayal": true, "pair_threshold": 0.5}),
        ));
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).expect("create"));
    let null = Value::Null;
    for (text, settings) in docs {
        let doc = Document::new("golden", text.as_str());
        let mut prior = BTreeMap::new();
        let actors = analyze_plugin_actors::Actors
            .analyze(&Input::new(&doc, &null, &prior))
            .map(|o| o.findings.to_value())
            .unwrap_or(Value::Array(Vec::new()));
        prior.insert("actors".to_owned(), actors);
        let quotes = analyze_plugin_quotes::Quotes::default()
            .analyze(&Input::new(&doc, &null, &prior))
            .map(|o| o.findings.to_value())
            .unwrap_or(Value::Array(Vec::new()));
        prior.insert("quotes".to_owned(), quotes);
        let line = json!({"text": text, "settings": settings, "prior": prior});
        let _ = writeln!(file, "{line}");
    }
}

fn run(priors: &str, out: &str) {
    let raw = std::fs::read_to_string(priors).expect("priors");
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).expect("create"));
    let started = std::time::Instant::now();
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let doc = Document::new("golden", text);
        let prior: BTreeMap<String, Value> =
            serde_json::from_value(v["prior"].clone()).unwrap_or_default();
        // Through the raw (request) path too, as the host calls it.
        let raw_prior: BTreeMap<String, Box<serde_json::value::RawValue>> = prior
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), serde_json::value::to_raw_value(v).ok()?)))
            .collect();
        let a = analyze_plugin_stance::Stance.analyze(&Input::new(&doc, &v["settings"], &prior));
        let b = analyze_plugin_stance::Stance.analyze(&Input::from_raw(
            &doc,
            &v["settings"],
            &raw_prior,
        ));
        let show = |r: Result<analyze_sdk::core::Output, analyze_sdk::core::AnalyzeError>| match r {
            Ok(o) => json!({"findings": o.findings.to_value(), "presentation": o.presentation}),
            Err(e) => json!({"error": e.to_string()}),
        };
        let (a, b) = (show(a), show(b));
        if a != b {
            eprintln!("value and raw priors differ on: {text}");
        }
        let _ = writeln!(file, "{}", serde_json::to_string(&a).unwrap_or_default());
    }
    eprintln!("{:.2} s", started.elapsed().as_secs_f64());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("freeze") => freeze(&args[2], &args[3]),
        Some("run") => run(&args[2], &args[3]),
        _ => eprintln!("usage: golden freeze DATA OUT | golden run PRIORS OUT"),
    }
}
