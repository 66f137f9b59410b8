//! What a plugin asks the shared renderer to draw. A plugin returns its findings (any JSON, for
//! machines) and a list of [`Block`]s (for people); the renderer knows how to draw every block,
//! so a plugin written anywhere renders well without a change to the renderer.

use crate::Span;
use serde::{Deserialize, Serialize};

/// In JSON, externally tagged (`{"table": {…}}`): serde reads internally tagged and untagged
/// enums through a slow buffer, and presentation crosses the ABI with every reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A short piece of prose.
    Text { text: String },
    /// A table; every row has one cell per column.
    Table {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        columns: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// A bulleted list.
    List {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        items: Vec<Cell>,
    },
    /// Entries with a date, drawn in date order (undated entries last, in their given order).
    Timeline {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        items: Vec<DatedItem>,
    },
    /// Places in the text, each drawn with its surrounding sentence and a label.
    Highlights {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        items: Vec<Highlight>,
    },
}

/// One table cell or list item: `{"text": "…"}`, `{"span": SPAN}`, `{"number": 2.5}`, `"empty"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    /// A quotation of the document.
    Span(Span),
    Number(f64),
    Text(String),
    Empty,
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<Span> for Cell {
    fn from(span: Span) -> Cell {
        Cell::Span(span)
    }
}

impl From<Option<Span>> for Cell {
    fn from(span: Option<Span>) -> Cell {
        span.map_or(Cell::Empty, Cell::Span)
    }
}

impl From<Option<String>> for Cell {
    fn from(text: Option<String>) -> Cell {
        text.map_or(Cell::Empty, Cell::Text)
    }
}

impl From<f64> for Cell {
    fn from(value: f64) -> Cell {
        Cell::Number(value)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatedItem {
    /// An ISO 8601 date or TimeML value (`2025-08-18`, `2025-W34`); sorting is by this string,
    /// so values of the same precision sort chronologically.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How to show the date (`Mon 18 Aug 2025`, `before 2025-08-18`), defaulting to `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    pub span: Span,
    pub label: String,
}
