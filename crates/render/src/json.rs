use crate::{DocumentMeta, FailedDocument, PluginSection, Report, ACTORS_PLUGIN};
use analyze_protocol::{Actor, REPORT_SCHEMA};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{json, Value};

/// The report as documented in `docs/report-format.md`. Findings are embedded as the JSON text
/// the plugins returned, so a JSONL line is written without parsing them.
#[derive(Serialize)]
struct ReportJson<'a> {
    schema: &'static str,
    document: &'a DocumentMeta,
    actors: &'a [Actor],
    plugins: Plugins<'a>,
}

/// `{"quotes": {"version": …, "findings": …}, …}` in run order.
struct Plugins<'a>(&'a [PluginSection]);

#[derive(Serialize)]
struct Entry<'a> {
    version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<&'a RawValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

impl Serialize for Plugins<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for section in self.0 {
            let entry = match &section.result {
                // The actor list is printed once, at the top level.
                Ok(_) if section.plugin == ACTORS_PLUGIN => Entry {
                    version: &section.version,
                    findings: None,
                    error: None,
                },
                Ok(found) => Entry {
                    version: &section.version,
                    findings: Some(found.findings.raw()),
                    error: None,
                },
                Err(message) => Entry {
                    version: &section.version,
                    findings: None,
                    error: Some(message),
                },
            };
            map.serialize_entry(&section.plugin, &entry)?;
        }
        map.end()
    }
}

fn report_json(report: &Report) -> ReportJson<'_> {
    ReportJson {
        schema: REPORT_SCHEMA,
        document: &report.document,
        actors: &report.actors,
        plugins: Plugins(&report.sections),
    }
}

/// The report as a JSON value.
pub fn to_value(report: &Report) -> Value {
    serde_json::to_value(report_json(report)).unwrap_or_default()
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
    let mut out = match report {
        Ok(report) => {
            // The findings are most of the line and are copied in whole: a buffer with room for
            // them (and the actors and names around them) does not grow and copy itself over
            // again as the line is written.
            let findings: usize = report
                .sections
                .iter()
                .map(|s| {
                    s.result
                        .as_ref()
                        .map_or(0, |f| f.findings.raw().get().len())
                        + 64
                })
                .sum();
            let mut bytes = Vec::with_capacity(findings + 256 * report.actors.len() + 1024);
            serde_json::to_writer(&mut bytes, &report_json(report))
                .ok()
                .and_then(|()| String::from_utf8(bytes).ok())
        }
        Err(failed) => serde_json::to_string(&failed_value(failed)).ok(),
    }
    .unwrap_or_default();
    out.push('\n');
    out
}
