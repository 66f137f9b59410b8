use crate::{FailedDocument, Report, ACTORS_PLUGIN};
use analyze_protocol::REPORT_SCHEMA;
use serde_json::{json, Map, Value};

/// The report as the JSON value documented in `docs/report-format.md`.
pub fn to_value(report: &Report) -> Value {
    let mut plugins = Map::new();
    for section in &report.sections {
        let mut entry = Map::new();
        entry.insert("version".into(), Value::String(section.version.clone()));
        match &section.result {
            // The actor list is printed once, at the top level.
            Ok(_) if section.plugin == ACTORS_PLUGIN => {}
            Ok(found) => {
                entry.insert("findings".into(), found.findings.clone());
            }
            Err(message) => {
                entry.insert("error".into(), Value::String(message.clone()));
            }
        }
        plugins.insert(section.plugin.clone(), Value::Object(entry));
    }
    json!({
        "schema": REPORT_SCHEMA,
        "document": report.document,
        "actors": report.actors,
        "plugins": plugins,
    })
}

/// The value printed for a document that could not be analyzed.
fn failed_value(failed: &FailedDocument) -> Value {
    json!({
        "schema": REPORT_SCHEMA,
        "document": {"id": failed.id},
        "error": failed.error,
    })
}

/// The JSON value of a report, or of a document that could not be analyzed.
pub fn value(report: Result<&Report, &FailedDocument>) -> Value {
    match report {
        Ok(report) => to_value(report),
        Err(failed) => failed_value(failed),
    }
}

/// One report as pretty JSON, ending in a newline.
pub fn json(report: Result<&Report, &FailedDocument>) -> String {
    let mut out = serde_json::to_string_pretty(&value(report)).unwrap_or_default();
    out.push('\n');
    out
}

/// One report as a single JSON line, ending in a newline.
pub fn jsonl_line(report: Result<&Report, &FailedDocument>) -> String {
    let mut out = serde_json::to_string(&value(report)).unwrap_or_default();
    out.push('\n');
    out
}
