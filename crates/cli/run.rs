//! The default command: analyze documents and print their reports.

use crate::args::{Common, Format, RunArgs};
use crate::config::Config;
use crate::input;
use crate::plugins::{plugin_dirs, report_problems};
use analyze_host::{run_document_within, run_documents, Outcome, Plugin, Registry, Section};
use analyze_protocol::{Actor, DocumentData};
use analyze_render::{
    DocumentMeta, FailedDocument, PluginSection, Report, SectionFindings, ACTORS_PLUGIN,
};
use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

/// The plugin `--format timeml` exports.
const TIMELINE_PLUGIN: &str = "timeline";

pub fn command(common: &Common, run: &RunArgs) -> Result<ExitCode> {
    let mut config = Config::load(common.config.as_deref())?;
    for assignment in &run.set {
        config.set(assignment)?;
    }
    config.add_targets(&run.targets);
    if let Some(date) = &run.date {
        if !input::is_date(date) {
            bail!(
                "--date {date:?} is not a YYYY-MM-DD date{}",
                input::date_hint(date)
            );
        }
    }
    if run.inputs.is_empty() {
        bail!("no input: name one or more files, or `-` to read standard input (see --help)");
    }
    let format = run.format.or(config.format).unwrap_or(Format::Markdown);
    let limit = match run.timeout {
        Some(limit) => Some(limit),
        None => config.timeout()?,
    };
    let settings = config.plugin_settings()?;

    let discovery = analyze_host::discover(&plugin_dirs(common, &config), &[]);
    let mut failed = !report_problems(&discovery);
    let registry = Registry::new(discovery.plugins);
    config.check_settings(&registry.names())?;
    // Plugins the user named (`--plugins`, `plugins` in the configuration) must all run; when
    // every installed plugin runs, one that cannot (a requirement is missing) is left out.
    let explicit = !run.plugins.is_empty() || config.plugins.is_some();
    let mut requested: Vec<String> = if !run.plugins.is_empty() {
        // `-p "quotes, stance"`: the spaces are not part of the names.
        run.plugins
            .iter()
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .collect()
    } else if let Some(plugins) = &config.plugins {
        plugins.clone()
    } else {
        registry.names()
    };
    if requested.is_empty() && !run.plugins.is_empty() {
        bail!("--plugins names no plugin (for example `--plugins quotes,stance`; see `analyze plugins`)");
    }
    if requested.is_empty() {
        bail!("no plugins found; see `analyze plugins` for where they are looked for");
    }
    // Every report carries the document's actors, so the actor list runs whenever it is installed.
    if registry.get(ACTORS_PLUGIN).is_some() && !requested.iter().any(|p| p == ACTORS_PLUGIN) {
        requested.insert(0, ACTORS_PLUGIN.to_owned());
    }
    if format == Format::Timeml && !requested.iter().any(|p| p == TIMELINE_PLUGIN) {
        requested.push(TIMELINE_PLUGIN.to_owned());
    }
    if !explicit {
        requested.retain(|name| {
            match analyze_host::resolve(&registry, std::slice::from_ref(name)) {
                Ok(_) => true,
                Err(error) => {
                    eprintln!("error: {error}");
                    failed = true;
                    false
                }
            }
        });
    }
    let plan = analyze_host::resolve(&registry, &requested).map_err(|error| {
        // A name from the configuration file is looked for there, not among the arguments.
        match (
            &config.path,
            run.plugins.is_empty() && config.plugins.is_some(),
        ) {
            (Some(path), true) => anyhow::anyhow!(
                "{}{}: `plugins`: {error}",
                path.display(),
                config
                    .line_of("plugins")
                    .map_or(String::new(), |l| format!(":{l}"))
            ),
            _ => anyhow::Error::new(error),
        }
    })?;

    check_settings(&plan, &settings, &config, limit)?;
    if let Some(output) = &run.output {
        // The output file is created (emptied) before the inputs are read.
        if let Some(input) = run.inputs.iter().find(|input| same_file(input, output)) {
            bail!(
                "--output {} is also the input {}: it would be emptied before it is read; write the report to another file",
                output.display(),
                input.display()
            );
        }
    }

    let mut out: Box<dyn Write> = match &run.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut printer = Printer::new(format);
    let mut write_error = None;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(run.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    // Documents are independent: analyze a batch in parallel, print it in input order. A batch
    // is analyzed as soon as it is read, so a JSONL corpus is never held in memory whole.
    let mut analyze_batch = |mut batch: Vec<input::Loaded>| {
        for document in batch.iter_mut().flatten() {
            if document.date.is_none() {
                document.date = run.date.clone();
            }
        }
        // An empty document is analyzed like any other, with a warning (in a corpus it is
        // usually a mistake), said with its report to keep the input order.
        let empty: Vec<Option<String>> = batch
            .iter()
            .map(|loaded| match loaded {
                Ok(document) if document.text.trim().is_empty() => Some(document.id.clone()),
                _ => None,
            })
            .collect();
        // Every worker gets a chunk, also of a short batch.
        let size = batch
            .len()
            .div_ceil(pool.current_num_threads())
            .clamp(1, CHUNK);
        let chunks: Vec<Vec<input::Loaded>> = chunked(batch, size);
        let results: Vec<Result<Report, FailedDocument>> = pool.install(|| {
            chunks
                .into_par_iter()
                .flat_map_iter(|chunk| analyze_chunk(&plan, chunk, &settings, limit))
                .collect()
        });
        let results: Vec<_> = empty.into_iter().zip(results).collect();
        for (empty, result) in &results {
            if let Some(id) = empty {
                eprintln!("warning: {id}: the document is empty");
            }
            failed |= report_failures(result.as_ref(), &plan);
            if write_error.is_none() {
                write_error = printer.print(&mut out, result.as_ref()).err();
            }
        }
    };
    // Batches run across text files, so that a corpus of one-document files uses every core.
    // An input that may say something while it is read (standard input, JSONL) gets batches of
    // its own, so that messages keep the order of the inputs.
    let mut batch = Vec::new();
    for path in &run.inputs {
        let alone = input::speaks_while_read(path, run.input_format);
        if alone && !batch.is_empty() {
            analyze_batch(std::mem::take(&mut batch));
        }
        input::read(path, run.input_format, &mut |document| {
            batch.push(document);
            if batch.len() == BATCH {
                analyze_batch(std::mem::take(&mut batch));
            }
        });
        if alone && !batch.is_empty() {
            analyze_batch(std::mem::take(&mut batch));
        }
    }
    if !batch.is_empty() {
        analyze_batch(batch);
    }
    let written = match write_error {
        Some(error) => Err(error),
        None => printer.finish(&mut out).and_then(|()| out.flush()),
    };
    match written {
        // The reader went away (`analyze … | head`): stop quietly, as other command-line tools do.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(error) => return Err(error).context("cannot write the report"),
        Ok(()) => {}
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Whether two paths name one existing file (through links or another spelling too).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// Runs the plan once on an empty document to find settings a plugin refuses, so that a bad
/// `[settings.NAME]` table stops the run with one message (exit status 2) instead of failing
/// that plugin on every document.
fn check_settings(
    plan: &[&Plugin],
    settings: &BTreeMap<String, serde_json::Value>,
    config: &Config,
    limit: Option<Duration>,
) -> Result<()> {
    for plugin in settings.keys() {
        if config.set_on_command_line(plugin) && !plan.iter().any(|p| p.name() == plugin) {
            eprintln!(
                "warning: {}: plugin `{plugin}` does not run (add it to --plugins)",
                config.settings_origin(plugin)
            );
        }
    }
    let given: Vec<&&Plugin> = plan
        .iter()
        .filter(|p| settings.contains_key(p.name()))
        .collect();
    if given.is_empty() {
        return Ok(());
    }
    let probe = DocumentData {
        id: "settings check".to_owned(),
        title: None,
        date: None,
        source: None,
        text: String::new(),
    };
    for section in run_document_within(plan, &probe, settings, limit) {
        let Outcome::Error(error) = &section.outcome else {
            continue;
        };
        let message = error.to_string();
        if !message.starts_with(SETTINGS_ERROR) || !given.iter().any(|p| p.name() == section.plugin)
        {
            continue;
        }
        bail!(
            "{}: plugin `{}`: {message}",
            config.settings_origin(&section.plugin),
            section.plugin
        );
    }
    Ok(())
}

/// How a plugin's refusal of its settings begins (`AnalyzeError::Settings`).
const SETTINGS_ERROR: &str = "bad settings";

/// Documents analyzed in parallel before their reports are printed.
const BATCH: usize = 64;

/// The most documents one worker runs plugin by plugin at a time.
const CHUNK: usize = 16;

/// Prints what failed on one document to standard error; true if anything did.
/// Each failed plugin is named with the library it was loaded from.
fn report_failures(result: Result<&Report, &FailedDocument>, plan: &[&Plugin]) -> bool {
    match result {
        Ok(report) => {
            for section in &report.sections {
                if let Err(message) = &section.result {
                    let origin = plan
                        .iter()
                        .find(|p| p.name() == section.plugin)
                        .map(|p| format!(" ({})", p.origin))
                        .unwrap_or_default();
                    eprintln!(
                        "error: {}: plugin `{}`{origin}: {message}",
                        report.document.id, section.plugin
                    );
                }
            }
            report.has_errors()
        }
        Err(failure) => {
            eprintln!("error: {}", failure.error);
            true
        }
    }
}

/// Runs the plan on the documents of `chunk` that loaded, each call within `limit` if there is
/// one, and gives the reports and the load failures in the chunk's order. The documents run
/// plugin by plugin ([`run_documents`]), which keeps each plugin's code in the caches.
fn analyze_chunk(
    plan: &[&Plugin],
    chunk: Vec<input::Loaded>,
    settings: &BTreeMap<String, serde_json::Value>,
    limit: Option<Duration>,
) -> Vec<Result<Report, FailedDocument>> {
    let mut documents = Vec::new();
    let mut failures = Vec::new();
    let order: Vec<bool> = chunk
        .into_iter()
        .map(|loaded| match loaded {
            Ok(document) => {
                documents.push(document);
                true
            }
            Err(failure) => {
                failures.push(failure);
                false
            }
        })
        .collect();
    let sections = run_documents(plan, &documents, settings, limit);
    let mut reports = documents
        .into_iter()
        .zip(sections)
        .map(|(document, sections)| report(document, sections));
    let mut failures = failures.into_iter();
    order
        .into_iter()
        .filter_map(|loaded| {
            if loaded {
                reports.next().map(Ok)
            } else {
                failures.next().map(Err)
            }
        })
        .collect()
}

/// `items` cut into runs of at most `size`, in order.
fn chunked<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut chunks = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(size).collect());
    }
    chunks
}

fn report(document: DocumentData, sections: Vec<Section>) -> Report {
    let mut actors = Vec::new();
    let sections = sections
        .into_iter()
        .map(|section| {
            let result = match section.outcome {
                Outcome::Error(error) => Err(error.to_string()),
                Outcome::Findings {
                    findings,
                    presentation,
                } => {
                    if section.plugin == ACTORS_PLUGIN {
                        match findings.parse::<Vec<Actor>>() {
                            Ok(list) => {
                                actors = list;
                                Ok(SectionFindings {
                                    findings,
                                    presentation,
                                })
                            }
                            Err(e) => Err(format!("the actor list is malformed: {e}")),
                        }
                    } else {
                        Ok(SectionFindings {
                            findings,
                            presentation,
                        })
                    }
                }
            };
            PluginSection {
                plugin: section.plugin,
                version: section.version,
                result,
            }
        })
        .collect();
    Report {
        document: DocumentMeta {
            id: document.id,
            title: document.title,
            date: document.date,
            source: document.source,
            bytes: document.text.len(),
        },
        text: document.text,
        actors,
        sections,
    }
}

/// Prints reports one after another in the chosen format.
struct Printer {
    format: Format,
    /// For `json`: reports are printed as one value, or as an array when there are several. The
    /// first waits here until a second one shows it is an array; then each report is written
    /// as it comes, so a long run does not hold every report in memory.
    first_json: Option<String>,
    printed: usize,
}

impl Printer {
    fn new(format: Format) -> Printer {
        Printer {
            format,
            first_json: None,
            printed: 0,
        }
    }

    fn print(
        &mut self,
        out: &mut dyn Write,
        report: Result<&Report, &FailedDocument>,
    ) -> std::io::Result<()> {
        self.printed += 1;
        match self.format {
            Format::Markdown => {
                if self.printed > 1 {
                    out.write_all(b"\n---\n\n")?;
                }
                out.write_all(analyze_render::markdown(report).as_bytes())
            }
            Format::Jsonl => out.write_all(analyze_render::jsonl_line(report).as_bytes()),
            Format::Timeml => match report.map(analyze_render::timeml) {
                Ok(Some(timeml)) => out.write_all(timeml.as_bytes()),
                // The failure itself was already reported on standard error.
                Ok(None) | Err(_) => Ok(()),
            },
            Format::Json => {
                let text = pretty(&analyze_render::value(report));
                match self.printed {
                    1 => {
                        self.first_json = Some(text);
                        Ok(())
                    }
                    2 => {
                        let first = self.first_json.take().unwrap_or_default();
                        out.write_all(b"[\n")?;
                        out.write_all(array_item(&first).as_bytes())?;
                        out.write_all(b",\n")?;
                        out.write_all(array_item(&text).as_bytes())
                    }
                    _ => {
                        out.write_all(b",\n")?;
                        out.write_all(array_item(&text).as_bytes())
                    }
                }
            }
        }
    }

    fn finish(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.format != Format::Json {
            return Ok(());
        }
        match self.printed {
            0 => Ok(()),
            1 => {
                let mut text = self.first_json.take().unwrap_or_default();
                text.push('\n');
                out.write_all(text.as_bytes())
            }
            _ => out.write_all(b"\n]\n"),
        }
    }
}

/// A report as pretty-printed JSON.
fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// A pretty-printed value as an item of a pretty-printed array: every line indented two more
/// spaces (strings hold no raw line breaks), which is what `to_string_pretty` of the array gives.
fn array_item(pretty: &str) -> String {
    let mut item = String::with_capacity(pretty.len() + pretty.len() / 8);
    for (i, line) in pretty.split('\n').enumerate() {
        if i > 0 {
            item.push('\n');
        }
        item.push_str("  ");
        item.push_str(line);
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The streamed array is byte for byte what pretty-printing the whole array gives.
    #[test]
    fn streamed_json_array_is_the_pretty_array() {
        let values = [
            serde_json::json!({"a": [1, {"b": "x\ny"}], "c": {}, "d": [], "e": null}),
            serde_json::json!({"error": "bad", "document": {"id": "z"}}),
            serde_json::json!([]),
        ];
        let mut streamed = String::from("[\n");
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                streamed.push_str(",\n");
            }
            streamed.push_str(&array_item(&pretty(value)));
        }
        streamed.push_str("\n]");
        assert_eq!(
            streamed,
            serde_json::to_string_pretty(&serde_json::Value::Array(values.to_vec())).unwrap()
        );
    }
}
