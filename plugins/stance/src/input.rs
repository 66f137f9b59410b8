//! Reading the findings of the actors and quotes plugins: only the fields the rules use, in one
//! pass over the JSON, without keeping the text of every span (its hash is enough to check it).

use crate::fnv::fnv1a;
use crate::lexicon::HashMap;
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
    /// Ids of the actors plugin's actors merged into this one: other findings (a quote's
    /// speaker) still name them.
    pub aliases: Vec<String>,
}

/// The FNV-1a hash of a JSON string, read without keeping the string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextHash(u64);

impl<'de> Deserialize<'de> for TextHash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TextHash, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = TextHash;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<TextHash, E> {
                Ok(TextHash(fnv1a(s.as_bytes())))
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
        (fnv1a(covered.as_bytes()) == self.text.0).then_some(self.start..self.end)
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

/// The index of the first actor of each id, keyed by the id's hash (no copy of the id).
#[derive(Default)]
struct IdIndex(HashMap<u64, usize>);

impl IdIndex {
    fn add(&mut self, id: &str, index: usize) {
        self.0.entry(fnv1a(id.as_bytes())).or_insert(index);
    }

    /// The first of `actors` with `id`.
    fn find(&self, actors: &[Known], id: &str) -> Option<usize> {
        let index = *self.0.get(&fnv1a(id.as_bytes()))?;
        if actors.get(index).is_some_and(|a| a.id == id) {
            Some(index)
        } else {
            // Another id with the same hash.
            actors.iter().position(|a| a.id == id)
        }
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
            aliases: Vec::new(),
        })
        .collect();
    let mut by_id = IdIndex::default();
    for (index, a) in actors.iter().enumerate() {
        by_id.add(&a.id, index);
    }
    for actor in each::<ActorIn>(input, "actors") {
        // An actor one of whose mentions is a given one is that given actor: its other
        // mentions (`he`, `the senator`) become the given actor's.
        let same_as_given = given.len().min(actors.len());
        let merged_into = actor
            .mentions
            .iter()
            .filter_map(|m| m.valid(text))
            .find_map(|m| {
                actors.get(..same_as_given)?.iter().position(|a| {
                    a.mentions
                        .iter()
                        .any(|g| g.start < m.end && m.start < g.end)
                })
            });
        let mentions = actor
            .mentions
            .iter()
            .filter(|m| {
                !given_spans
                    .iter()
                    .any(|g| g.start < m.end && m.start < g.end)
            })
            .filter_map(|m| m.valid(text));
        let existing = match merged_into {
            Some(index) => actors.get_mut(index),
            None => by_id
                .find(&actors, &actor.id)
                .and_then(|index| actors.get_mut(index)),
        };
        match existing {
            Some(a) => {
                a.mentions.extend(mentions);
                if a.id != actor.id && !a.aliases.contains(&actor.id) {
                    a.aliases.push(actor.id);
                }
            }
            None => {
                let mentions = mentions.collect();
                by_id.add(&actor.id, actors.len());
                actors.push(Known {
                    id: actor.id,
                    name: actor.name,
                    kind: actor.kind,
                    mentions,
                    aliases: Vec::new(),
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
    // The first actor of each id or alias, made for the first speaker that names one.
    let mut by_id: Option<HashMap<&str, &Known>> = None;
    each::<QuoteIn>(input, "quotes")
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
                    // The speaker's actor, also when it was merged into a given one.
                    let known = s.actor.as_deref().and_then(|id| {
                        let by_id = by_id.get_or_insert_with(|| {
                            let mut by_id = HashMap::default();
                            for a in actors {
                                for id in std::iter::once(&a.id).chain(&a.aliases) {
                                    by_id.entry(id.as_str()).or_insert(a);
                                }
                            }
                            by_id
                        });
                        by_id.get(id).copied()
                    });
                    let name = known
                        .map(|a| a.name.clone())
                        .or(s.name)
                        .or_else(|| mention.as_ref().map(|m| m.text.clone()))
                        .unwrap_or_default();
                    Holder {
                        actor: known.map(|a| a.id.clone()).or(s.actor),
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
