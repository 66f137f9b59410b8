//! The document, its segmentation and the analyzer interface.
//!
//! A plugin implements [`Analyzer`]; the SDK (`analyze-sdk`) exports it across the C ABI and the
//! host calls it once per document with an [`Input`].

mod analyzer;
mod document;
pub mod text;

/// The date library of [`Document::date`] (`jiff::civil::Date`), so that a plugin names that
/// type without depending on jiff itself, and on the very version the SDK uses.
pub use jiff;

pub use analyzer::{AnalyzeError, Analyzer, Info, Input, Output};
pub use document::{Document, DocumentError};

pub use analyze_protocol::{
    Actor, ActorKind, Block, Cell, DatedItem, Findings, Highlight, Span, SpanError,
};
