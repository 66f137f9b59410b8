//! Reading documents: text files, standard input and JSONL. A document that cannot be read
//! becomes a failed document that names the file (and line), so nothing is silently dropped.

use crate::args::InputFormat;
use analyze_protocol::DocumentData;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// One document, or why it could not be read.
pub type Loaded = Result<DocumentData, analyze_render::FailedDocument>;

/// A JSONL line's document.
#[derive(Debug, Default)]
struct JsonlDocument {
    text: String,
    /// A string, or a whole number as many corpora number their documents (`"id": 3` is `"3"`).
    id: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
}

/// A key of a JSONL line's object.
enum Key {
    Text,
    Id,
    Title,
    Date,
    Source,
    /// A key that is not a document's (a corpus often carries `url`, `author`, …): its value is
    /// skipped, and the key named once per file.
    Other(String),
}

impl Key {
    fn name(&self) -> &str {
        match self {
            Key::Text => "text",
            Key::Id => "id",
            Key::Title => "title",
            Key::Date => "date",
            Key::Source => "source",
            Key::Other(name) => name,
        }
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "text" => Key::Text,
                    "id" => Key::Id,
                    "title" => Key::Title,
                    "date" => Key::Date,
                    "source" => Key::Source,
                    other => Key::Other(other.to_owned()),
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Reads a JSONL line in one pass: the document, the keys that are not a document's (into
/// `ignored`), and in `reading` the key whose value is being read, so that an error names it.
struct Line<'a> {
    ignored: &'a mut BTreeSet<String>,
    reading: Option<Key>,
}

impl<'de> DeserializeSeed<'de> for &mut Line<'_> {
    type Value = JsonlDocument;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsonlDocument, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Line<'_> {
    type Value = JsonlDocument;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object with a `text` string")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonlDocument, A::Error> {
        let mut document = JsonlDocument::default();
        let mut has_text = false;
        while let Some(key) = map.next_key::<Key>()? {
            let seen = match key {
                Key::Text => has_text,
                Key::Id => document.id.is_some(),
                Key::Title => document.title.is_some(),
                Key::Date => document.date.is_some(),
                Key::Source => document.source.is_some(),
                Key::Other(_) => false,
            };
            if seen {
                return Err(de::Error::custom(format_args!(
                    "duplicate key `{}`",
                    key.name()
                )));
            }
            let key = self.reading.insert(key);
            match key {
                Key::Text => {
                    document.text = map.next_value()?;
                    has_text = true;
                }
                Key::Id => document.id = map.next_value::<Id>()?.0,
                Key::Title => document.title = map.next_value()?,
                Key::Date => document.date = map.next_value()?,
                Key::Source => document.source = map.next_value()?,
                Key::Other(_) => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            if let Some(Key::Other(name)) = self.reading.take() {
                self.ignored.insert(name);
            }
        }
        if !has_text {
            return Err(de::Error::custom("missing key `text`"));
        }
        Ok(document)
    }
}

/// A document id: a string, a whole number, or null (none).
struct Id(Option<String>);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Id, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a whole number")
            }
            fn visit_str<E: de::Error>(self, id: &str) -> Result<Id, E> {
                Ok(Id(Some(id.to_owned())))
            }
            fn visit_string<E: de::Error>(self, id: String) -> Result<Id, E> {
                Ok(Id(Some(id)))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Id, E> {
                Ok(Id(Some(n.to_string())))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Id, E> {
                Ok(Id(Some(n.to_string())))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Id, E> {
                Ok(Id(None))
            }
        }
        deserializer.deserialize_any(IdVisitor)
    }
}

/// The keys a JSONL document may have, as the warning about the others lists them.
const JSONL_KEYS: &str = "`text`, `id`, `title`, `date`, `source`";

/// How `path` is read: as `format` if the user gave one, else by its extension.
pub fn format_of(path: &Path, format: Option<InputFormat>) -> InputFormat {
    format.unwrap_or(if path.extension().is_some_and(|e| e == "jsonl") {
        InputFormat::Jsonl
    } else {
        InputFormat::Text
    })
}

/// Whether reading `path` may say something on standard error (a prompt, a warning about the
/// whole input), which the reports of the inputs before it should come before.
pub fn speaks_while_read(path: &Path, format: Option<InputFormat>) -> bool {
    path == Path::new("-") || format_of(path, format) == InputFormat::Jsonl
}

/// Reads every document in `path`, calling `each` on them in order.
pub fn read(path: &Path, format: Option<InputFormat>, each: &mut dyn FnMut(Loaded)) {
    let is_stdin = path == Path::new("-");
    let format = format_of(path, format);
    let id = if is_stdin {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    };
    let reader: std::io::Result<Box<dyn Read>> = if is_stdin {
        use std::io::IsTerminal;
        if std::io::stdin().is_terminal() {
            eprintln!("reading the document from the terminal; end it with Ctrl-D (Ctrl-Z, Enter on Windows)");
        }
        Ok(Box::new(std::io::stdin().lock()))
    } else if path.is_dir() {
        return each(Err(failed(
            &id,
            format!("{id}: is a directory; name the files in it (`{id}/*.txt`)"),
        )));
    } else {
        std::fs::File::open(path).map(|file| Box::new(file) as Box<dyn Read>)
    };
    let mut reader = match reader {
        Ok(reader) => reader,
        Err(e) => return each(Err(failed(&id, format!("{id}: cannot read: {e}")))),
    };
    match format {
        InputFormat::Text => {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return each(Err(failed(&id, format!("{id}: cannot read: {e}"))));
            }
            if is_stdin && looks_like_jsonl(&bytes) {
                eprintln!(
                    "warning: <stdin> looks like JSONL but is read as one text document; pass --input-format jsonl to read one document per line"
                );
            }
            each(text_document(&id, bytes))
        }
        InputFormat::Jsonl => read_jsonl(&id, BufReader::with_capacity(1 << 16, reader), each),
    }
}

/// Reads JSONL one line at a time, so that a corpus larger than memory can be analyzed: each
/// document is handed on as soon as its line is read.
fn read_jsonl(id: &str, mut reader: impl BufRead, each: &mut dyn FnMut(Loaded)) {
    let mut ignored = BTreeSet::new();
    let mut line = Vec::new();
    let mut line_number = 0;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => line_number += 1,
            Err(e) => {
                let at = format!("{id}:{}", line_number + 1);
                each(Err(failed(&at, format!("{at}: cannot read: {e}"))));
                break;
            }
        }
        let mut bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        if line_number == 1 {
            // A byte-order mark, as some Windows tools write, is not part of the first document.
            bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        each(jsonl_document(id, line_number, bytes, &mut ignored));
    }
    if !ignored.is_empty() {
        let keys: Vec<String> = ignored.iter().map(|k| format!("`{k}`")).collect();
        eprintln!(
            "warning: {id}: keys not read: {} (a document has {JSONL_KEYS})",
            keys.join(", ")
        );
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
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return Err(failed(
                &fallback_id,
                format!(
                    "{file}:{line}: not valid UTF-8 (column {})",
                    e.valid_up_to() + 1
                ),
            ))
        }
    };
    let mut reader = Line {
        ignored,
        reading: None,
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let document = match (&mut reader)
        .deserialize(&mut deserializer)
        .and_then(|document| deserializer.end().map(|()| document))
    {
        Ok(document) => document,
        Err(e) => {
            // serde_json counts lines within the line: point at the file's line instead.
            let message = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&at).unwrap_or(&message);
            let key = reader
                .reading
                .map_or(String::new(), |key| format!("`{}`: ", key.name()));
            // A value of the wrong kind is reported before it is read (column 0): point at it.
            let column = e.column().max(1);
            return Err(failed(
                &fallback_id,
                format!("{file}:{line}:{column}: bad JSONL document: {key}{message}"),
            ));
        }
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn line(json: &str) -> (Result<DocumentData, String>, BTreeSet<String>) {
        let mut ignored = BTreeSet::new();
        let loaded = jsonl_document("in.jsonl", 4, json.as_bytes(), &mut ignored);
        (loaded.map_err(|failure| failure.error), ignored)
    }

    #[test]
    fn a_jsonl_line_gives_the_document_and_the_keys_it_does_not_read() {
        let (document, ignored) = line(
            r#"{"url": {"a": [1, null]}, "id": 12, "text": "Rents rose.", "title": null, "date": "2024-02-29", "author": "B", "url": "c"}"#,
        );
        let document = document.expect("a document");
        assert_eq!(document.id, "12");
        assert_eq!(document.text, "Rents rose.");
        assert_eq!(document.title, None);
        assert_eq!(document.date.as_deref(), Some("2024-02-29"));
        assert_eq!(
            ignored,
            BTreeSet::from(["author".to_owned(), "url".to_owned()])
        );
        let (document, ignored) = line(r#"{"text": "x", "id": null, "source": "S"}"#);
        let document = document.expect("a document");
        assert_eq!(document.id, "in.jsonl:4");
        assert_eq!(document.source.as_deref(), Some("S"));
        assert!(ignored.is_empty());
    }

    /// Lines are handed on as they are read: the documents before a read error are all there,
    /// and the error names the line it stopped at.
    #[test]
    fn jsonl_is_read_line_by_line() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("the disk went away"))
            }
        }
        let lines = "\u{feff}{\"text\": \"a\"}\r\n\n  \n{\"text\": \"b\", \"id\": 9}\n";
        let reader = BufReader::with_capacity(4, std::io::Cursor::new(lines).chain(Broken));
        let mut read = Vec::new();
        read_jsonl("in.jsonl", reader, &mut |loaded| {
            read.push(match loaded {
                Ok(document) => format!("{}: {}", document.id, document.text),
                Err(failure) => format!("{}: {}", failure.id, failure.error),
            })
        });
        assert_eq!(
            read,
            [
                "in.jsonl:1: a",
                "9: b",
                "in.jsonl:5: in.jsonl:5: cannot read: the disk went away"
            ]
        );
    }

    #[test]
    fn a_bad_jsonl_line_is_named_by_line_column_and_key() {
        let cases = [
            (r#"{"id": "a", "text": 7}"#, "in.jsonl:4:21: bad JSONL document: `text`: invalid type: integer `7`, expected a string"),
            (r#"{"id": 2.5, "text": "x"}"#, "in.jsonl:4:10: bad JSONL document: `id`: invalid type: floating point `2.5`, expected a string or a whole number"),
            (r#"{"text": "x", "url": [1,}"#, "in.jsonl:4:25: bad JSONL document: `url`: expected value"),
            (r#"{"text": "x", "text": "y"}"#, "in.jsonl:4:20: bad JSONL document: duplicate key `text`"),
            (r#"{"title": "x"}"#, "in.jsonl:4:14: bad JSONL document: missing key `text`"),
            (r#"["x"]"#, "in.jsonl:4:1: bad JSONL document: invalid type: sequence, expected a JSON object with a `text` string"),
            (r#"{"text": "x"} {}"#, "in.jsonl:4:15: bad JSONL document: trailing characters"),
            (r#"{"text": "x", "date": "2024-02-30"}"#, r#"in.jsonl:4: `date` "2024-02-30" is not a YYYY-MM-DD date"#),
        ];
        for (json, expected) in cases {
            assert_eq!(line(json).0.expect_err(json), expected);
        }
    }
}
