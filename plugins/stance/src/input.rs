//! Reading the findings of the actors and quotes plugins: only the fields the rules use, in one
//! pass over the JSON, without keeping the text of every span (its hash is enough to check it).

use crate::fnv::fnv1a;
use crate::rules::{Holder, Quote};
use analyze_sdk::prelude::*;
use serde::de::{DeserializeOwned, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;
use std::ops::Range;

/// An actor as the rules know it.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    /// Valid mentions (on char boundaries, with the text they claim), in the order given.
    pub mentions: Vec<Range<usize>>,
}

/// What is known of a span's text: its FNV-1a hash (read by serde, without keeping the string),
/// or whether it equals the document's text there (read by [`scan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextHash {
    Hash(u64),
    Checked(bool),
}

impl<'de> Deserialize<'de> for TextHash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextHash, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = TextHash;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TextHash, E> {
                Ok(TextHash::Hash(fnv1a(s.as_bytes())))
            }
        }
        deserializer.deserialize_str(V)
    }
}

/// A span of another plugin's findings: `{"start", "end", "text"}`.
#[derive(Debug, Deserialize)]
struct SpanIn {
    start: usize,
    end: usize,
    text: TextHash,
}

impl SpanIn {
    /// The range, if the span fits `text` (what `Span::check` says).
    fn valid(&self, text: &str) -> Option<Range<usize>> {
        let covered = text.get(self.start..self.end)?;
        let fits = match self.text {
            TextHash::Hash(h) => fnv1a(covered.as_bytes()) == h,
            TextHash::Checked(equal) => equal,
        };
        fits.then_some(self.start..self.end)
    }
}

#[derive(Debug, Deserialize)]
struct ActorIn {
    id: String,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    mentions: Vec<SpanIn>,
}

#[derive(Debug, Deserialize)]
struct QuoteIn {
    #[serde(default)]
    content: Vec<SpanIn>,
    #[serde(default)]
    speaker: Option<PartyIn>,
}

#[derive(Debug, Deserialize)]
struct PartyIn {
    #[serde(default)]
    actor: Option<String>,
    #[serde(default)]
    mention: Option<SpanIn>,
    #[serde(default)]
    name: Option<String>,
}

/// The findings list of `plugin` read into `T`: in one pass when every item fits, else item by
/// item, skipping those that do not (a newer or odd plugin).
fn each<T: DeserializeOwned>(input: &Input, plugin: &str) -> Vec<T> {
    input
        .prior::<Vec<T>>(plugin)
        .unwrap_or_else(|_| input.prior_each::<T>(plugin))
}

/// The findings list of `plugin` read by `read` from its JSON text (see [`scan`]), or by serde
/// ([`each`]) when `read` does not know the JSON's shape.
fn fast_each<T: DeserializeOwned>(
    input: &Input,
    plugin: &str,
    read: impl Fn(&mut scan::Scan, &str) -> Option<Vec<T>>,
) -> Vec<T> {
    input
        .prior::<Box<serde_json::value::RawValue>>(plugin)
        .ok()
        .and_then(|raw| read(&mut scan::Scan::new(raw.get()), &input.document.text))
        .unwrap_or_else(|| each::<T>(input, plugin))
}

/// A reader of the two findings lists this plugin reads, for valid JSON (the SDK has checked it):
/// a single pass over the bytes, with the span texts compared to the document in place. It gives
/// up (`None`) on anything serde would read differently or reject (a missing or repeated field,
/// a field of another type, an escape in a key, a number that is not a plain `usize`), and then
/// serde reads the list.
mod scan {
    use super::{ActorIn, PartyIn, QuoteIn, SpanIn, TextHash};
    use analyze_sdk::prelude::ActorKind;

    pub struct Scan<'j> {
        b: &'j [u8],
        i: usize,
    }

    impl<'j> Scan<'j> {
        pub fn new(json: &'j str) -> Scan<'j> {
            Scan {
                b: json.as_bytes(),
                i: 0,
            }
        }

        fn peek(&mut self) -> Option<u8> {
            while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.b.get(self.i) {
                self.i += 1;
            }
            self.b.get(self.i).copied()
        }

        fn eat(&mut self, c: u8) -> Option<()> {
            (self.peek()? == c).then(|| self.i += 1)
        }

        /// A string: what stands between its quotes, with its quotes, and whether it has escapes.
        fn string(&mut self) -> Option<(&'j [u8], &'j [u8], bool)> {
            self.eat(b'"')?;
            let start = self.i;
            let mut escaped = false;
            loop {
                match self.b.get(self.i)? {
                    b'"' => break,
                    b'\\' => {
                        escaped = true;
                        self.i += 2;
                    }
                    _ => self.i += 1,
                }
            }
            let inner = self.b.get(start..self.i)?;
            let quoted = self.b.get(start - 1..self.i + 1)?;
            self.i += 1;
            Some((inner, quoted, escaped))
        }

        fn owned(&mut self) -> Option<String> {
            let (inner, quoted, escaped) = self.string()?;
            if escaped {
                serde_json::from_slice(quoted).ok()
            } else {
                String::from_utf8(inner.to_vec()).ok()
            }
        }

        fn null(&mut self) -> bool {
            if self.peek() == Some(b'n') && self.b.get(self.i..self.i + 4) == Some(b"null") {
                self.i += 4;
                true
            } else {
                false
            }
        }

        fn number(&mut self) -> Option<usize> {
            self.peek()?;
            let mut n: usize = 0;
            let start = self.i;
            while let Some(d @ b'0'..=b'9') = self.b.get(self.i) {
                n = n.checked_mul(10)?.checked_add(usize::from(d - b'0'))?;
                self.i += 1;
            }
            let plain = self.i > start
                && !matches!(self.b.get(self.i), Some(b'.' | b'e' | b'E' | b'-' | b'+'));
            plain.then_some(n)
        }

        /// Skips any value.
        fn skip(&mut self) -> Option<()> {
            match self.peek()? {
                b'"' => self.string().map(|_| ()),
                b'{' | b'[' => {
                    let mut depth = 0usize;
                    loop {
                        match self.peek()? {
                            b'"' => {
                                self.string()?;
                            }
                            b'{' | b'[' => {
                                depth += 1;
                                self.i += 1;
                            }
                            b'}' | b']' => {
                                depth = depth.checked_sub(1)?;
                                self.i += 1;
                                if depth == 0 {
                                    return Some(());
                                }
                            }
                            _ => self.i += 1,
                        }
                    }
                }
                _ => {
                    while !matches!(
                        self.b.get(self.i),
                        None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                    ) {
                        self.i += 1;
                    }
                    Some(())
                }
            }
        }

        /// An object: `field` reads the value of each key (an escaped key gives up).
        fn object(&mut self, mut field: impl FnMut(&mut Self, &[u8]) -> Option<()>) -> Option<()> {
            self.eat(b'{')?;
            if self.peek()? == b'}' {
                self.i += 1;
                return Some(());
            }
            loop {
                let (key, _, escaped) = self.string()?;
                if escaped {
                    return None;
                }
                self.eat(b':')?;
                field(self, key)?;
                match self.peek()? {
                    b',' => self.i += 1,
                    b'}' => {
                        self.i += 1;
                        return Some(());
                    }
                    _ => return None,
                }
            }
        }

        fn array(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
            self.eat(b'[')?;
            if self.peek()? == b']' {
                self.i += 1;
                return Some(());
            }
            loop {
                item(self)?;
                match self.peek()? {
                    b',' => self.i += 1,
                    b']' => {
                        self.i += 1;
                        return Some(());
                    }
                    _ => return None,
                }
            }
        }

        /// `{"start", "end", "text"}`, the text compared with `doc` there.
        fn span(&mut self, doc: &str) -> Option<SpanIn> {
            let (mut start, mut end, mut text) = (None, None, None);
            self.object(|s, key| {
                match key {
                    b"start" if start.is_none() => start = Some(s.number()?),
                    b"end" if end.is_none() => end = Some(s.number()?),
                    b"text" if text.is_none() => {
                        let (inner, quoted, escaped) = s.string()?;
                        text = Some((inner, quoted, escaped));
                    }
                    b"start" | b"end" | b"text" => return None,
                    _ => s.skip()?,
                }
                Some(())
            })?;
            let (start, end, (inner, quoted, escaped)) = (start?, end?, text?);
            let covered = doc.as_bytes().get(start..end);
            let equal = if escaped {
                let decoded: String = serde_json::from_slice(quoted).ok()?;
                covered == Some(decoded.as_bytes())
            } else {
                covered == Some(inner)
            };
            Some(SpanIn {
                start,
                end,
                text: TextHash::Checked(equal),
            })
        }

        fn spans(&mut self, doc: &str) -> Option<Vec<SpanIn>> {
            let mut out = Vec::new();
            self.array(|s| {
                out.push(s.span(doc)?);
                Some(())
            })?;
            Some(out)
        }

        fn optional_string(&mut self) -> Option<Option<String>> {
            if self.null() {
                Some(None)
            } else {
                self.owned().map(Some)
            }
        }
    }

    /// The actors plugin's findings.
    pub fn actors(s: &mut Scan, doc: &str) -> Option<Vec<ActorIn>> {
        let mut out = Vec::new();
        s.array(|s| {
            let (mut id, mut name, mut kind, mut mentions) = (None, None, None, None);
            s.object(|s, key| {
                match key {
                    b"id" if id.is_none() => id = Some(s.owned()?),
                    b"name" if name.is_none() => name = Some(s.owned()?),
                    b"kind" if kind.is_none() => {
                        let (inner, _, _) = s.string()?;
                        kind = Some(match inner {
                            b"person" => ActorKind::Person,
                            b"organization" => ActorKind::Organization,
                            b"country" => ActorKind::Country,
                            b"group" => ActorKind::Group,
                            b"other" => ActorKind::Other,
                            _ => return None,
                        });
                    }
                    b"mentions" if mentions.is_none() => mentions = Some(s.spans(doc)?),
                    b"id" | b"name" | b"kind" | b"mentions" => return None,
                    _ => s.skip()?,
                }
                Some(())
            })?;
            out.push(ActorIn {
                id: id?,
                name: name?,
                kind: kind?,
                mentions: mentions.unwrap_or_default(),
            });
            Some(())
        })?;
        Some(out)
    }

    /// The quotes plugin's findings.
    pub fn quotes(s: &mut Scan, doc: &str) -> Option<Vec<QuoteIn>> {
        let mut out = Vec::new();
        s.array(|s| {
            let (mut content, mut speaker) = (None, None);
            s.object(|s, key| {
                match key {
                    b"content" if content.is_none() => content = Some(s.spans(doc)?),
                    b"speaker" if speaker.is_none() => {
                        speaker = Some(if s.null() {
                            None
                        } else {
                            Some(party(s, doc)?)
                        })
                    }
                    b"content" | b"speaker" => return None,
                    _ => s.skip()?,
                }
                Some(())
            })?;
            out.push(QuoteIn {
                content: content.unwrap_or_default(),
                speaker: speaker.flatten(),
            });
            Some(())
        })?;
        Some(out)
    }

    fn party(s: &mut Scan, doc: &str) -> Option<PartyIn> {
        let (mut actor, mut mention, mut name) = (None, None, None);
        s.object(|s, key| {
            match key {
                b"actor" if actor.is_none() => actor = Some(s.optional_string()?),
                b"name" if name.is_none() => name = Some(s.optional_string()?),
                b"mention" if mention.is_none() => {
                    mention = Some(if s.null() { None } else { Some(s.span(doc)?) })
                }
                b"actor" | b"name" | b"mention" => return None,
                _ => s.skip()?,
            }
            Some(())
        })?;
        Some(PartyIn {
            actor: actor.flatten(),
            mention: mention.flatten(),
            name: name.flatten(),
        })
    }
}

/// The actors: those `given` in the settings first, then the actors plugin's, whose mentions
/// that overlap a given one are dropped (an actor of both gets the mentions of both).
pub fn actors(input: &Input, given: &[Actor]) -> Vec<Known> {
    let text = &input.document.text;
    let given_spans: Vec<Range<usize>> = given
        .iter()
        .flat_map(|a| a.mentions.iter().map(Span::range))
        .collect();
    let mut actors: Vec<Known> = given
        .iter()
        .map(|a| Known {
            id: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            mentions: a
                .mentions
                .iter()
                .filter(|m| m.check(text).is_ok())
                .map(Span::range)
                .collect(),
        })
        .collect();
    for actor in fast_each(input, "actors", scan::actors) {
        let mentions = actor
            .mentions
            .iter()
            .filter(|m| {
                !given_spans
                    .iter()
                    .any(|g| g.start < m.end && m.start < g.end)
            })
            .filter_map(|m| m.valid(text));
        match actors.iter_mut().find(|a| a.id == actor.id) {
            Some(a) => a.mentions.extend(mentions),
            None => {
                let mentions = mentions.collect();
                actors.push(Known {
                    id: actor.id,
                    name: actor.name,
                    kind: actor.kind,
                    mentions,
                });
            }
        }
    }
    actors
}

/// The quotes plugin's quotes with content, their speakers named after `actors` where known.
pub fn quotes(input: &Input, actors: &[Known]) -> Vec<Quote> {
    let doc = input.document;
    let text = &doc.text;
    fast_each(input, "quotes", scan::quotes)
        .into_iter()
        .filter_map(|q| {
            let content: Vec<Range<usize>> =
                q.content.iter().filter_map(|c| c.valid(text)).collect();
            if content.is_empty() {
                return None;
            }
            let speaker = match q.speaker {
                Some(s) => {
                    let mention = s
                        .mention
                        .as_ref()
                        .and_then(|m| m.valid(text))
                        .and_then(|r| doc.span(r.start, r.end).ok());
                    let name = s
                        .actor
                        .as_ref()
                        .and_then(|id| actors.iter().find(|a| &a.id == id))
                        .map(|a| a.name.clone())
                        .or(s.name)
                        .or_else(|| mention.as_ref().map(|m| m.text.clone()))
                        .unwrap_or_default();
                    Holder {
                        actor: s.actor,
                        mention,
                        name,
                    }
                }
                None => Holder {
                    actor: None,
                    mention: None,
                    name: String::new(),
                },
            };
            Some(Quote { content, speaker })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[test]
    fn the_scanner_reads_what_serde_reads() {
        let doc = "Merz met \"Trump\". He smiled.";
        let actors = r#" [ {"id": "merz", "name": "Friedrich \u004derz", "kind": "person",
            "roles": ["Chancellor", {"x": [1, 2.5e3, null, "]}"]}],
            "mentions": [{"start": 0, "end": 4, "text": "Merz"}, {"text": "\"Trump", "end": 15, "start": 9},
                         {"start": 0, "end": 4, "text": "Merx"}]} ] "#;
        let read = scan::actors(&mut scan::Scan::new(actors), doc).unwrap();
        let serde: Vec<ActorIn> = serde_json::from_str(actors).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].name, "Friedrich Merz");
        assert_eq!(read[0].name, serde[0].name);
        let valid = |v: &[SpanIn]| v.iter().map(|m| m.valid(doc)).collect::<Vec<_>>();
        assert_eq!(valid(&read[0].mentions), vec![Some(0..4), Some(9..15), None]);
        assert_eq!(valid(&read[0].mentions), valid(&serde[0].mentions));
        let quotes = r#"[{"kind": "direct", "content": [{"start": 10, "end": 15, "text": "Trump"}],
            "cue": null, "speaker": {"actor": "merz", "mention": null, "name": null}, "addressee": null},
            {"content": [], "speaker": null}]"#;
        let read = scan::quotes(&mut scan::Scan::new(quotes), doc).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].speaker.as_ref().and_then(|s| s.actor.as_deref()), Some("merz"));
        assert_eq!(valid(&read[0].content), vec![Some(10..15)]);
        // What serde would reject or read otherwise, the scanner leaves to serde.
        for odd in [
            r#"[{"id": "a", "name": "A", "kind": "person", "id": "b"}]"#,
            r#"[{"id": "a", "name": "A", "kind": "robot"}]"#,
            r#"[{"id": "a", "name": "A", "kind": "person", "mentions": [{"start": 1.0, "end": 2, "text": "e"}]}]"#,
            r#"[{"id": "a", "name": "A", "kind": "person", "mentions": null}]"#,
            r#"[{"id": "a", "name": "A"}]"#,
            r#"{"id": "a"}"#,
        ] {
            assert!(scan::actors(&mut scan::Scan::new(odd), doc).is_none(), "{odd}");
        }
    }

    #[test]
    fn reads_actors_and_checks_their_spans() {
        let doc = analyze_sdk::core::Document::new("t", "Merz met Trump. He smiled.");
        let mut prior = BTreeMap::new();
        prior.insert(
            "actors".to_owned(),
            json!([
                {"id": "merz", "name": "Friedrich Merz", "kind": "person", "roles": ["Chancellor"],
                 "mentions": [{"start": 0, "end": 4, "text": "Merz"},
                              {"start": 16, "end": 18, "text": "Xe"},
                              {"start": 16, "end": 99, "text": "He"}]},
                {"id": "trump", "name": "Donald Trump", "kind": "person",
                 "mentions": [{"start": 9, "end": 14, "text": "Trump"}]}
            ]),
        );
        prior.insert("quotes".to_owned(), json!([]));
        let null = serde_json::Value::Null;
        let input = Input::new(&doc, &null, &prior);
        let actors = actors(&input, &[]);
        assert_eq!(actors.len(), 2);
        assert_eq!(actors[0].mentions, vec![0..4]);
        assert_eq!(actors[1].name, "Donald Trump");
        // One odd actor does not hide the others.
        prior.insert(
            "actors".to_owned(),
            json!([{"id": "x"}, {"id": "trump", "name": "Donald Trump", "kind": "person",
                 "mentions": [{"start": 9, "end": 14, "text": "Trump"}]}]),
        );
        let input = Input::new(&doc, &null, &prior);
        let actors = super::actors(&input, &[]);
        assert_eq!(actors.len(), 1);
        assert_eq!(actors[0].mentions, vec![9..14]);
    }
}
