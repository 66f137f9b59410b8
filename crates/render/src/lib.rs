//! The report model and its printers.
//!
//! [`Report`] is what the host produced for one document. [`markdown`] draws it for people from
//! the plugins' presentation blocks; [`json`] and [`jsonl_line`] write the documented JSON
//! format from the plugins' findings; [`timeml`] exports the timeline as TimeML.

mod json;
mod markdown;
mod timeml;

pub use json::{json, jsonl_line, to_value, value};
pub use markdown::{markdown, title_case};
pub use timeml::timeml;

use analyze_protocol::{Actor, Block, Findings};

/// The name of the plugin whose findings are the document's actor list. Its findings are
/// lifted to the report's top-level `actors`.
pub const ACTORS_PLUGIN: &str = "actors";

/// The analysis of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub document: DocumentMeta,
    /// The document text, for drawing highlights in context. Not printed.
    pub text: String,
    pub actors: Vec<Actor>,
    /// One section per plugin that ran, in run order.
    pub sections: Vec<PluginSection>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentMeta {
    pub id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    pub bytes: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PluginSection {
    pub plugin: String,
    pub version: String,
    pub result: Result<SectionFindings, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionFindings {
    pub findings: Findings,
    pub presentation: Vec<Block>,
}

impl Report {
    /// Whether any plugin failed on this document.
    pub fn has_errors(&self) -> bool {
        self.sections.iter().any(|s| s.result.is_err())
    }
}

/// A report for a document that could not be analyzed at all (unreadable, not UTF-8, a bad
/// JSONL line): printed in its place so that nothing is silently lost.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedDocument {
    pub id: String,
    pub error: String,
}
