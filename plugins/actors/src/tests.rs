//! Unit tests for the rules.

use super::*;

fn actors(text: &str) -> Vec<Actor> {
    Actors::actors(&Document::new("t", text))
}

/// `name (kind) [roles]: mention, mention` per actor, for compact assertions.
fn summary(text: &str) -> Vec<String> {
    actors(text)
        .iter()
        .map(|a| {
            let mentions: Vec<&str> = a.mentions.iter().map(|m| m.text.as_str()).collect();
            format!("{} ({}) [{}]: {}", a.name, a.kind.as_str(), a.roles.join("; "), mentions.join(", "))
        })
        .collect()
}

#[test]
#[ignore]
fn show() {
    let path = std::env::var("SHOW").unwrap_or_else(|_| "/work/shared/examples/zelenskyy-washington-talks.txt".into());
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for line in summary(&text) {
        println!("{line}");
    }
}

/// Speed over the PolNeAR texts; run with
/// `cargo test --release -p analyze-plugin-actors -- --ignored --nocapture speed`.
#[test]
#[ignore]
fn speed() {
    let dir = "/work/shared/data/polnear/dev/text";
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping speed: {dir} not found");
        return;
    };
    let texts: Vec<String> = entries.filter_map(|e| e.ok()).filter_map(|e| std::fs::read_to_string(e.path()).ok()).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new("t", t.as_str())).collect();
    // Segmentation is shared by all plugins; time it apart.
    let started = std::time::Instant::now();
    for d in &docs {
        std::hint::black_box(d.tokens());
        std::hint::black_box(d.sentences());
    }
    let segmentation = started.elapsed();
    let rounds = 5;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for d in &docs {
            std::hint::black_box(Actors::actors(d));
        }
    }
    let each = started.elapsed().as_secs_f64() / rounds as f64;
    let (mut tp, mut ts, mut tr) = (0.0, 0.0, 0.0);
    for _ in 0..rounds {
        for d in &docs {
            let a = std::time::Instant::now();
            let toks = crate::scan::prepare(d);
            let b = std::time::Instant::now();
            let mut raws = crate::scan::Scanner::new(&d.text, &toks).run();
            raws.sort_by_key(|r| (r.start, r.end));
            let c = std::time::Instant::now();
            let mut resolver = crate::resolve::Resolver::new(&toks);
            resolver.run(&raws);
            std::hint::black_box(resolver.actors(&d.text));
            let e = std::time::Instant::now();
            tp += (b - a).as_secs_f64();
            ts += (c - b).as_secs_f64();
            tr += (e - c).as_secs_f64();
        }
    }
    let per = |x: f64| x / rounds as f64 * 5000.0 / bytes as f64 * 1e6;
    eprintln!("prepare {:.0} scan {:.0} resolve {:.0} µs per 5 KB", per(tp), per(ts), per(tr));
    eprintln!(
        "{} documents, {bytes} bytes: actors {:.0} µs per 5 KB (segmentation {:.0} µs per 5 KB, once)",
        docs.len(),
        each * 5000.0 / bytes as f64 * 1e6,
        segmentation.as_secs_f64() * 5000.0 / bytes as f64 * 1e6
    );
}
