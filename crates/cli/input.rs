//! Reading documents: text files, standard input and JSONL. A document that cannot be read
//! becomes a failed document that names the file (and line), so nothing is silently dropped.

use crate::args::InputFormat;
use analyze_protocol::DocumentData;
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;

/// One document, or why it could not be read.
pub type Loaded = Result<DocumentData, analyze_render::FailedDocument>;

/// A JSONL line.
#[derive(Debug, Deserialize)]
struct JsonlDocument {
    text: String,
    /// A string, or a whole number as many corpora number their documents (`"id": 3` is `"3"`).
    #[serde(default, deserialize_with = "string_or_integer")]
    id: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

fn string_or_integer<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Signed(i64),
        Unsigned(u64),
    }
    Ok(match Option::<Id>::deserialize(deserializer) {
        Ok(Some(Id::Text(id))) => Some(id),
        Ok(Some(Id::Signed(n))) => Some(n.to_string()),
        Ok(Some(Id::Unsigned(n))) => Some(n.to_string()),
        Ok(None) => None,
        Err(_) => {
            return Err(serde::de::Error::custom(
                "`id` must be a string or a whole number",
            ))
        }
    })
}

/// The keys a JSONL document may have; others (a corpus often carries `url`, `author`, …) are
/// not read, and named once per file.
const JSONL_KEYS: [&str; 5] = ["text", "id", "title", "date", "source"];

/// Reads every document in `path`, calling `each` on them in order. An empty document is
/// analyzed like any other, with a warning: in a corpus it is usually a mistake.
pub fn read(path: &Path, format: Option<InputFormat>, each: &mut dyn FnMut(Loaded)) {
    read_all(path, format, &mut |loaded| {
        if let Ok(document) = &loaded {
            if document.text.trim().is_empty() {
                eprintln!("warning: {}: the document is empty", document.id);
            }
        }
        each(loaded)
    })
}

fn read_all(path: &Path, format: Option<InputFormat>, each: &mut dyn FnMut(Loaded)) {
    let name = path.display().to_string();
    let is_stdin = path == Path::new("-");
    let format = format.unwrap_or(if path.extension().is_some_and(|e| e == "jsonl") {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    });
    let bytes = if is_stdin {
        use std::io::IsTerminal;
        if std::io::stdin().is_terminal() {
            eprintln!("reading the document from the terminal; end it with Ctrl-D (Ctrl-Z, Enter on Windows)");
        }
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
        Err(_) if path.is_dir() => {
            return each(Err(failed(
                &id,
                format!("{id}: is a directory; name the files in it (`{id}/*.txt`)"),
            )))
        }
        Err(e) => return each(Err(failed(&id, format!("{id}: cannot read: {e}")))),
    };
    match format {
        InputFormat::Text => {
            if is_stdin && looks_like_jsonl(&bytes) {
                eprintln!(
                    "warning: <stdin> looks like JSONL but is read as one text document; pass --input-format jsonl to read one document per line"
                );
            }
            each(text_document(&id, bytes))
        }
        InputFormat::Jsonl => {
            // A byte-order mark, as some Windows tools write, is not part of the first document.
            let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(&bytes);
            let mut ignored = BTreeSet::new();
            for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
                let line_number = index + 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                each(jsonl_document(&id, line_number, line, &mut ignored));
            }
            if !ignored.is_empty() {
                let keys: Vec<String> = ignored.iter().map(|k| format!("`{k}`")).collect();
                eprintln!(
                    "warning: {id}: keys not read: {} (a document has `text`, `id`, `title`, `date`, `source`)",
                    keys.join(", ")
                );
            }
        }
    }
}

/// The UTF-8 encoding of U+FEFF, the byte-order mark.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Whether the first line of `bytes` is a JSON object with a `text` string: a JSONL document.
fn looks_like_jsonl(bytes: &[u8]) -> bool {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = first.strip_prefix(UTF8_BOM).unwrap_or(first);
    serde_json::from_slice::<serde_json::Value>(first)
        .is_ok_and(|value| value.get("text").is_some_and(serde_json::Value::is_string))
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
        Err(e) if e.as_bytes().starts_with(b"\xFF\xFE") || e.as_bytes().starts_with(b"\xFE\xFF") => {
            Err(failed(
                id,
                format!("{id}: not valid UTF-8: it is UTF-16 (it starts with a UTF-16 byte-order mark); convert the file to UTF-8"),
            ))
        }
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

fn jsonl_document(file: &str, line: usize, bytes: &[u8], ignored: &mut BTreeSet<String>) -> Loaded {
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
                // serde_json counts lines within the line: point at the file's line instead.
                let message = e.to_string();
                let at = format!(" at line {} column {}", e.line(), e.column());
                let message = message.strip_suffix(&at).unwrap_or(&message);
                return Err(failed(
                    &fallback_id,
                    format!(
                        "{file}:{line}:{}: bad JSONL document: {message}",
                        e.column()
                    ),
                ));
            }
        },
    };
    if let Ok(keys) = serde_json::from_slice::<BTreeMap<String, IgnoredAny>>(bytes) {
        ignored.extend(
            keys.into_keys()
                .filter(|k| !JSONL_KEYS.contains(&k.as_str())),
        );
    }
    if let Some(date) = &document.date {
        if !is_date(date) {
            return Err(failed(
                &fallback_id,
                format!(
                    "{file}:{line}: `date` {date:?} is not a YYYY-MM-DD date{}",
                    date_hint(date)
                ),
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

/// For a timestamp (`2025-08-18T09:30:00Z`, `2025-08-18 09:30`), a hint to give its date part.
pub fn date_hint(value: &str) -> String {
    match value.get(..10) {
        Some(day) if is_date(day) && value[10..].starts_with(['T', 't', ' ']) => {
            format!(" (give the day alone: {day:?})")
        }
        _ => String::new(),
    }
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
