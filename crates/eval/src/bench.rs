//! Throughput of the plugins on the fixture articles: a benchmark, not a test. Run it on a
//! release build; it reports microseconds per document and per 5 KB, per plugin and for the
//! whole pipeline (including the JSON round trip through the plugin ABI and span checks).

use crate::engine::{Engine, Options};
use analyze_host::{run_document, run_documents, Outcome};
use analyze_protocol::{DocumentData, Findings, RequestRef, API_VERSION};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PLUGINS: [&str; 5] = ["actors", "quotes", "stance", "figures", "timeline"];

/// What to time.
pub struct Setup<'a> {
    pub fixtures: &'a [PathBuf],
    pub rounds: usize,
    /// All articles joined into one.
    pub joined: bool,
    /// Time only these plugins (`all`: the whole pipeline end to end); empty for every plugin
    /// alone, then the whole pipeline.
    pub only: &'a [String],
}

pub fn run(engine: &Engine, options: &Options, setup: &Setup) -> Result<String> {
    let rounds = setup.rounds;
    let mut documents = options.limited(load(setup.fixtures)?);
    if setup.joined {
        let text = documents
            .iter()
            .map(|d| d.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        documents = vec![crate::engine::document(
            "joined fixtures",
            text,
            Some("2025-08-18".to_owned()),
        )];
    }
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let names: Vec<String> = PLUGINS.iter().map(|p| (*p).to_owned()).collect();
    let plan = engine.plan(&names)?;
    let settings = BTreeMap::new();

    // Prior findings for each document, so each plugin can be timed alone.
    let mut priors: Vec<BTreeMap<String, Findings>> = Vec::new();
    for document in &documents {
        let mut prior = BTreeMap::new();
        for section in run_document(&plan, document, &settings) {
            if let Outcome::Findings { findings, .. } = section.outcome {
                prior.insert(section.plugin, findings);
            }
        }
        priors.push(prior);
    }

    let mut out = String::new();
    let kb = bytes as f64 / 1024.0;
    let _ = writeln!(out, "## Throughput\n");
    let _ = writeln!(
        out,
        "{} fixture documents, {:.1} KB in all, {} rounds, one thread.\n",
        documents.len(),
        kb,
        rounds
    );
    let _ = writeln!(
        out,
        "| plugin | µs per document | µs per 5 KB |\n|---|---:|---:|"
    );
    let per_5kb = |elapsed: Duration| elapsed.as_secs_f64() * 1e6 / (rounds as f64) / kb * 5.0;
    let per_doc =
        |elapsed: Duration| elapsed.as_secs_f64() * 1e6 / (rounds * documents.len()) as f64;
    // Each plugin's requests, built once (a request borrows the document and prior findings).
    let no_settings = serde_json::Value::Object(Default::default());
    let requests: Vec<Vec<RequestRef>> = plan
        .iter()
        .map(|plugin| {
            documents
                .iter()
                .zip(&priors)
                .map(|(document, prior)| RequestRef {
                    api_version: API_VERSION,
                    document,
                    settings: &no_settings,
                    prior: plugin
                        .info
                        .requires
                        .iter()
                        .filter_map(|r| prior.get(r).map(|f| (r.as_str(), f.raw())))
                        .collect(),
                })
                .collect()
        })
        .collect();
    for (plugin, requests) in plan.iter().zip(&requests) {
        if !(setup.only.is_empty() || setup.only.contains(&plugin.info.name)) {
            continue;
        }
        let start = Instant::now();
        for _ in 0..rounds {
            for request in requests {
                let _ = plugin.call(request);
            }
        }
        let elapsed = start.elapsed();
        let _ = writeln!(
            out,
            "| {} | {:.0} | {:.0} |",
            plugin.info.name,
            per_doc(elapsed),
            per_5kb(elapsed)
        );
    }
    if setup.only.iter().any(|o| o == "interleaved") {
        // The plugins alone (no span check, requests written afresh as above), but one call of
        // each in turn, as the pipeline makes them: what the switching between plugins costs.
        let start = Instant::now();
        for _ in 0..rounds {
            for (d, _) in documents.iter().enumerate() {
                for (plugin, requests) in plan.iter().zip(&requests) {
                    let _ = plugin.call(&requests[d]);
                }
            }
        }
        let elapsed = start.elapsed();
        let _ = writeln!(
            out,
            "| all alone, interleaved | {:.0} | {:.0} |",
            per_doc(elapsed),
            per_5kb(elapsed)
        );
    }
    if setup.only.iter().any(|o| o == "batch") {
        // The pipeline end to end, plugin by plugin over batches of BATCH copies of the
        // documents (`analyze_host::run_documents`), as a corpus could be run.
        const BATCH: usize = 16;
        let batch: Vec<DocumentData> = (0..BATCH).flat_map(|_| documents.clone()).collect();
        let batches = rounds.div_ceil(BATCH).max(1);
        let start = Instant::now();
        for _ in 0..batches {
            let _ = run_documents(&plan, &batch, &settings, None);
        }
        let elapsed = start.elapsed();
        // Per round of the documents, as in the other rows.
        let elapsed = elapsed.mul_f64(rounds as f64 / (batches * BATCH) as f64);
        let _ = writeln!(
            out,
            "| all, end to end, plugin by plugin over {BATCH} copies | {:.0} | {:.0} |",
            per_doc(elapsed),
            per_5kb(elapsed)
        );
    }
    if !setup.only.is_empty() && !setup.only.iter().any(|o| o == "all") {
        return Ok(out);
    }
    let start = Instant::now();
    for _ in 0..rounds {
        for document in &documents {
            let _ = run_document(&plan, document, &settings);
        }
    }
    let elapsed = start.elapsed();
    let _ = writeln!(
        out,
        "| **all, end to end** | {:.0} | {:.0} |",
        per_doc(elapsed),
        per_5kb(elapsed)
    );
    let _ = writeln!(
        out,
        "\nEnd to end: {:.2} ms per 5 KB article per core (target: under 1 ms), {:.0} articles of 5 KB per second per core.",
        per_5kb(elapsed) / 1000.0,
        1e6 / per_5kb(elapsed)
    );
    Ok(out)
}

fn load(folders: &[PathBuf]) -> Result<Vec<DocumentData>> {
    let mut paths = Vec::new();
    for folder in folders {
        paths.extend(
            std::fs::read_dir(folder)
                .with_context(|| format!("cannot read fixtures in {}", folder.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    // By file name, whatever the folder, so that the joined article keeps its order.
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Ok(crate::engine::document(
                &path.display().to_string(),
                text,
                Some("2025-08-18".to_owned()),
            ))
        })
        .collect()
}
