//! Reading documents: text files, standard input and JSONL. A document that cannot be read
//! becomes a failed document that names the file (and line), so nothing is silently dropped.

use crate::args::InputFormat;
use analyze_protocol::DocumentData;
use serde::Deserialize;
use std::io::Read;
use std::path::Path;

/// One document, or why it could not be read.
pub type Loaded = Result<DocumentData, analyze_render::FailedDocument>;

/// A JSONL line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonlDocument {
    text: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// Reads every document in `path`, calling `each` on them in order.
pub fn read(path: &Path, format: Option<InputFormat>, each: &mut dyn FnMut(Loaded)) {
    let name = path.display().to_string();
    let is_stdin = path == Path::new("-");
    let format = format.unwrap_or(if path.extension().is_some_and(|e| e == "jsonl") {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    });
    let bytes = if is_stdin {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let id = if is_stdin {
        "<stdin>".to_owned()
    } else {
        name.clone()
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => return each(Err(failed(&id, format!("{id}: cannot read: {e}")))),
    };
    match format {
        InputFormat::Text => each(text_document(&id, bytes)),
        InputFormat::Jsonl => {
            for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let line_number = index + 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                each(jsonl_document(&id, line_number, line));
            }
        }
    }
}

fn text_document(id: &str, bytes: Vec<u8>) -> Loaded {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(DocumentData {
            id: id.to_owned(),
            title: None,
            date: None,
            source: None,
            text,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let (line, column) = line_column(e.as_bytes(), at);
            Err(failed(
                id,
                format!(
                    "{id}:{line}:{column}: not valid UTF-8 (byte {at}); convert the file to UTF-8"
                ),
            ))
        }
    }
}

fn jsonl_document(file: &str, line: usize, bytes: &[u8]) -> Loaded {
    let fallback_id = format!("{file}:{line}");
    let document: JsonlDocument = match std::str::from_utf8(bytes) {
        Err(e) => {
            return Err(failed(
                &fallback_id,
                format!(
                    "{file}:{line}: not valid UTF-8 (column {})",
                    e.valid_up_to() + 1
                ),
            ))
        }
        Ok(text) => match serde_json::from_str(text) {
            Ok(document) => document,
            Err(e) => {
                return Err(failed(
                    &fallback_id,
                    format!("{file}:{line}: bad JSONL document: {e}"),
                ))
            }
        },
    };
    if let Some(date) = &document.date {
        if !is_date(date) {
            return Err(failed(
                &fallback_id,
                format!("{file}:{line}: `date` {date:?} is not a YYYY-MM-DD date"),
            ));
        }
    }
    Ok(DocumentData {
        id: document.id.unwrap_or(fallback_id),
        title: document.title,
        date: document.date,
        source: document.source,
        text: document.text,
    })
}

/// Whether `value` is a real `YYYY-MM-DD` date.
pub fn is_date(value: &str) -> bool {
    value.len() == 10 && value.parse::<jiff::civil::Date>().is_ok()
}

fn failed(id: &str, error: String) -> analyze_render::FailedDocument {
    analyze_render::FailedDocument {
        id: id.to_owned(),
        error,
    }
}

fn line_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}
