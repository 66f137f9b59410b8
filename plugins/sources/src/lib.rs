//! The `sources` plugin: how many of an article's sources are named, and how many anonymous.
//!
//! This is the worked example of `docs/writing-plugins.md`: a plugin written only against the
//! public SDK (`analyze-sdk`) that reads another plugin's findings (`quotes`, and `actors` for
//! the kind of each speaker), takes a setting from `analyze.toml` and returns findings for
//! machines plus a table and a summary for people.
//!
//! A quote's source is **named** when its speaker is an actor of kind person, organization or
//! country, or a name the actors plugin did not know (first and last words capitalised), unless it is described rather
//! than named ("a Kremlin official", "Russian officials", "sources familiar with the talks").
//! It is **anonymous** when the speaker is described (by a word of `data/anonymous-words.txt`
//! or the `anonymous_words` setting, or by a first word like "a" or "several"), is a group, or
//! is not known at all.

use analyze_sdk::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The analyzer. Its word lists are read once, when the host first calls the plugin.
pub struct Sources {
    /// Phrases that mark a described speaker, each as lowercase words.
    anonymous_words: Vec<Vec<String>>,
    /// First words that mark an unidentified speaker.
    indefinite: HashSet<String>,
}

impl Default for Sources {
    fn default() -> Sources {
        Sources {
            anonymous_words: lines(include_str!("../data/anonymous-words.txt"))
                .map(words)
                .collect(),
            indefinite: lines(include_str!("../data/indefinite-words.txt"))
                .map(str::to_lowercase)
                .collect(),
        }
    }
}

/// The plugin's table in `analyze.toml`:
///
/// ```toml
/// [settings.sources]
/// anonymous_words = ["insiders", "people briefed on"]
/// ```
///
/// Unknown keys are an error, so a typo in the configuration is reported instead of ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// More words or phrases that make a described speaker anonymous, added to the built-in list.
    pub anonymous_words: Vec<String>,
}

/// One `quotes` finding, as far as this plugin reads it (see the quotes section of the report
/// format). Fields it does not need are ignored, so additions to the quotes findings do not
/// break it.
#[derive(Debug, Deserialize)]
pub struct Quote {
    #[serde(default)]
    pub content: Vec<Span>,
    #[serde(default)]
    pub speaker: Option<Party>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Party {
    #[serde(default)]
    pub actor: Option<String>,
    #[serde(default)]
    pub mention: Option<Span>,
    #[serde(default)]
    pub name: Option<String>,
}

/// The findings: totals and one entry per source, in order of first appearance.
#[derive(Debug, Serialize)]
pub struct Findings {
    pub named: Tally,
    pub anonymous: Tally,
    /// Share of the quotes that are anonymous, 0 to 1; `null` without quotes.
    pub anonymous_share: Option<f64>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Default, Serialize)]
pub struct Tally {
    pub sources: usize,
    pub quotes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Named,
    Anonymous,
}

/// Why a source was classed as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// The speaker is an actor of this kind.
    Person,
    Organization,
    Country,
    /// A capitalised name the actor list does not hold.
    Name,
    /// Described rather than named ("officials", "a diplomat").
    Description,
    /// An actor of kind group or other ("protesters").
    Group,
    /// Data or documents, not a speaker ("industry data", "court records").
    Document,
    /// The quotes plugin found no speaker.
    NoSpeaker,
}

/// One source: every quote attributed to the same actor, name or description.
#[derive(Debug, Serialize)]
pub struct Source {
    pub kind: Kind,
    pub why: Why,
    /// The actor's name, the speaker's name, or the description as written; `null` if unknown.
    pub name: Option<String>,
    /// The actor id, when the speaker is a known actor.
    pub actor: Option<String>,
    pub quotes: usize,
    /// The first attribution: the speaker mention, or the quote when there is none.
    pub first: Option<Span>,
}

impl Analyzer for Sources {
    fn info(&self) -> Info {
        Info::new(
            "sources",
            env!("CARGO_PKG_VERSION"),
            "Named versus anonymous sources: who the quotes are attributed to",
        )
        .requires(&["actors", "quotes"])
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        let settings: Settings = input.settings()?;
        let extra: Vec<Vec<String>> = settings.anonymous_words.iter().map(|w| words(w)).collect();
        let quotes: Vec<Quote> = input.prior("quotes")?;
        let actors = input.actors()?;
        let findings = self.count(&quotes, &actors, &extra);
        let output = Output::new(&findings)?.block(summary(&findings));
        Ok(if findings.sources.is_empty() {
            output
        } else {
            output.block(table(&findings))
        })
    }
}

impl Sources {
    /// Classes every quote's source and groups quotes by source.
    pub fn count(
        &self,
        quotes: &[Quote],
        actors: &[Actor],
        extra_words: &[Vec<String>],
    ) -> Findings {
        let by_id: BTreeMap<&str, &Actor> = actors.iter().map(|a| (a.id.as_str(), a)).collect();
        let mut sources: Vec<Source> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for quote in quotes {
            let (kind, why, name, actor) =
                self.classify(quote.speaker.as_ref(), &by_id, extra_words);
            let key = match (&actor, &name) {
                (Some(id), _) if kind == Kind::Named => format!("actor:{id}"),
                (_, Some(name)) => format!("{kind:?}:{}", name.to_lowercase()),
                _ => format!("{kind:?}:{why:?}"),
            };
            let first = quote
                .speaker
                .as_ref()
                .and_then(|s| s.mention.clone())
                .or_else(|| quote.content.first().cloned());
            match keys.iter().position(|k| *k == key) {
                Some(at) => {
                    if let Some(source) = sources.get_mut(at) {
                        source.quotes += 1;
                    }
                }
                None => {
                    keys.push(key);
                    sources.push(Source {
                        kind,
                        why,
                        name,
                        actor,
                        quotes: 1,
                        first,
                    });
                }
            }
        }
        let mut named = Tally::default();
        let mut anonymous = Tally::default();
        for source in &sources {
            let tally = if source.kind == Kind::Named {
                &mut named
            } else {
                &mut anonymous
            };
            tally.sources += 1;
            tally.quotes += source.quotes;
        }
        let total = named.quotes + anonymous.quotes;
        let anonymous_share = (total > 0).then(|| anonymous.quotes as f64 / total as f64);
        Findings {
            named,
            anonymous,
            anonymous_share,
            sources,
        }
    }

    fn classify(
        &self,
        speaker: Option<&Party>,
        actors: &BTreeMap<&str, &Actor>,
        extra_words: &[Vec<String>],
    ) -> (Kind, Why, Option<String>, Option<String>) {
        let Some(speaker) = speaker else {
            return (Kind::Anonymous, Why::NoSpeaker, None, None);
        };
        // How the text refers to the speaker: "a Kremlin official", "Zelenskyy", "officials".
        let written = speaker
            .mention
            .as_ref()
            .map(|m| m.text.trim())
            .filter(|t| !t.is_empty())
            .or(speaker
                .name
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty()));
        let described = written.is_some_and(|w| self.is_description(w, extra_words));
        let actor = speaker
            .actor
            .as_deref()
            .and_then(|id| actors.get(id).copied());
        if let Some(actor) = actor {
            let why = match actor.kind {
                ActorKind::Person => Some(Why::Person),
                ActorKind::Organization => Some(Why::Organization),
                ActorKind::Country => Some(Why::Country),
                ActorKind::Group | ActorKind::Other => None,
            };
            return match why {
                // An unnamed person the actor list tracks ("a Kremlin official", later "the
                // official"; "a spokeswoman for the council", kept as "spokeswoman") is still
                // described, not named: its name is a description or has no capitalised ends.
                Some(Why::Person)
                    if self.is_description(&actor.name, extra_words)
                        || !looks_like_a_name(&actor.name) =>
                {
                    (
                        Kind::Anonymous,
                        Why::Description,
                        written.map(str::to_owned),
                        Some(actor.id.clone()),
                    )
                }
                // A person the actor list knows is named however the quote refers to them ("he").
                Some(Why::Person) => (
                    Kind::Named,
                    Why::Person,
                    Some(actor.name.clone()),
                    Some(actor.id.clone()),
                ),
                // "a Kremlin official" is tied to Russia but is not Russia speaking; "the police",
                // "the campaign" (an organisation the actors plugin names by its common noun)
                // are described, not named.
                Some(_)
                    if described
                        || (actor.kind == ActorKind::Organization
                            && (actor.name.starts_with(|c: char| c.is_lowercase())
                                || is_common_body(&actor.name))) =>
                {
                    (
                        Kind::Anonymous,
                        Why::Description,
                        written.map(str::to_owned),
                        Some(actor.id.clone()),
                    )
                }
                Some(why) => (
                    Kind::Named,
                    why,
                    Some(actor.name.clone()),
                    Some(actor.id.clone()),
                ),
                None => (
                    Kind::Anonymous,
                    Why::Group,
                    Some(actor.name.clone()),
                    Some(actor.id.clone()),
                ),
            };
        }
        let name = speaker
            .name
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        match (name.or(written), described) {
            (None, _) => (Kind::Anonymous, Why::NoSpeaker, None, None),
            // "according to industry data": no one speaks, and no one is named.
            (Some(text), _) if is_document(text) => {
                (Kind::Anonymous, Why::Document, Some(text.to_owned()), None)
            }
            (Some(text), true) => (
                Kind::Anonymous,
                Why::Description,
                Some(text.to_owned()),
                None,
            ),
            (Some(text), false) if looks_like_a_name(text) && !is_common_body(text) => {
                (Kind::Named, Why::Name, Some(text.to_owned()), None)
            }
            (Some(text), false) => (
                Kind::Anonymous,
                Why::Description,
                Some(text.to_owned()),
                None,
            ),
        }
    }

    /// Whether `text` describes a speaker instead of naming one.
    pub fn is_description(&self, text: &str, extra_words: &[Vec<String>]) -> bool {
        let words = words(text);
        if words.first().is_some_and(|w| self.indefinite.contains(w)) {
            return true;
        }
        self.anonymous_words
            .iter()
            .chain(extra_words)
            .filter(|phrase| !phrase.is_empty())
            .any(|phrase| {
                words
                    .windows(phrase.len())
                    .any(|window| window == phrase.as_slice())
            })
    }
}

fn summary(findings: &Findings) -> Block {
    let Findings {
        named,
        anonymous,
        anonymous_share,
        sources,
    } = findings;
    let text = match anonymous_share {
        None => "No quotes, so no sources to count.".to_owned(),
        Some(share) => format!(
            "{} from {}: {} named ({}), {} anonymous ({}). {:.0}% of the quotes are anonymous.",
            plural(named.quotes + anonymous.quotes, "quote"),
            plural(sources.len(), "source"),
            named.sources,
            plural(named.quotes, "quote"),
            anonymous.sources,
            plural(anonymous.quotes, "quote"),
            share * 100.0,
        ),
    };
    Block::Text { text }
}

fn table(findings: &Findings) -> Block {
    let rows = findings
        .sources
        .iter()
        .map(|source| {
            vec![
                Cell::from(
                    source
                        .name
                        .clone()
                        .unwrap_or_else(|| "(unknown)".to_owned()),
                ),
                Cell::from(match source.kind {
                    Kind::Named => "named",
                    Kind::Anonymous => "anonymous",
                }),
                Cell::Number(source.quotes as f64),
                Cell::from(why_text(source.why)),
                Cell::from(source.first.clone()),
            ]
        })
        .collect();
    Block::Table {
        title: Some("Sources".to_owned()),
        columns: ["Source", "Kind", "Quotes", "Why", "First attribution"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

fn why_text(why: Why) -> &'static str {
    match why {
        Why::Person => "a person",
        Why::Organization => "an organization",
        Why::Country => "a country",
        Why::Name => "a name",
        Why::Description => "described, not named",
        Why::Group => "a group",
        Why::Document => "data or documents, not a speaker",
        Why::NoSpeaker => "no speaker found",
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Whether `text` is one common noun for a body of people, capitalised only because it opens a
/// sentence ("Police said", "Prosecutors say"): a description, like "police said".
fn is_common_body(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && matches!(
            text.to_lowercase().as_str(),
            "police"
                | "authorities"
                | "prosecutors"
                | "investigators"
                | "officers"
                | "detectives"
                | "firefighters"
                | "rescuers"
                | "witnesses"
                | "residents"
                | "doctors"
                | "officials"
                | "regulators"
                | "lawmakers"
                | "economists"
                | "analysts"
                | "experts"
                | "researchers"
                | "scientists"
                | "organizers"
                | "organisers"
                | "troops"
                | "medics"
        )
}

/// Whether `text` reads like a proper name: it starts and ends with a capitalised word ("Marieke
/// Jansen", "Jan de Vries", "Reuters"), unlike a description ("Harbour watchers"), and every
/// word between is capitalised or a short particle ("Bank of England"), unlike a described group
/// ("The union representing bakery workers in Ohio").
fn looks_like_a_name(text: &str) -> bool {
    // "al-Assad", "el-Sisi": a particle joined to a capitalised name.
    let capitalised = |word: &str| {
        word.chars().next().is_some_and(char::is_uppercase)
            || word
                .split_once('-')
                .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_uppercase))
    };
    let mut words = text.split_whitespace();
    let first = words.next();
    let last = words.clone().last().or(first);
    first.is_some_and(capitalised)
        && last.is_some_and(capitalised)
        && words.all(|w| {
            capitalised(w)
                || !w.chars().any(char::is_alphabetic)
                || matches!(
                    w,
                    "of" | "the"
                        | "and"
                        | "for"
                        | "de"
                        | "da"
                        | "di"
                        | "du"
                        | "le"
                        | "la"
                        | "el"
                        | "al"
                        | "bin"
                        | "ibn"
                        | "von"
                        | "van"
                        | "der"
                        | "den"
                        | "del"
                        | "della"
                        | "y"
                )
        })
}

/// Whether a described source is data or documents: its last word is one ("industry data",
/// "government figures", "court records"), written in lower case, so that "Pew Research" stays
/// a name. The quotes plugin's `DOCUMENT_NOUNS` hold the same words: keep the two lists alike.
fn is_document(text: &str) -> bool {
    text.split_whitespace().last().is_some_and(|w| {
        matches!(
            w.trim_end_matches(['.', ',']),
            "data"
                | "figures"
                | "statistics"
                | "estimates"
                | "records"
                | "filings"
                | "documents"
                | "reports"
                | "surveys"
                | "polls"
                | "polling"
                | "research"
                | "results"
                | "returns"
                | "tallies"
        )
    })
}

/// The entries of a word list: one per line, `#` starts a comment.
fn lines(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Lowercase words, punctuation dropped: "Sources familiar with" -> ["sources", "familiar", "with"].
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

analyze_sdk::export_analyzer!(Sources);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_anonymous() {
        let sources = Sources::default();
        for text in [
            "officials",
            "a Kremlin official",
            "Sources familiar with the talks",
            "several lawmakers",
            "one person briefed on the call",
        ] {
            assert!(sources.is_description(text, &[]), "{text}");
        }
        for text in [
            "Volodymyr Zelenskyy",
            "the Kremlin",
            "Mark Rutte",
            "he",
            "Official Records Office",
        ] {
            let expected = text == "Official Records Office";
            assert_eq!(sources.is_description(text, &[]), expected, "{text}");
        }
        assert!(sources.is_description("party insiders", &[]));
        assert!(!sources.is_description("Western capitals", &[]));
        assert!(sources.is_description("western capitals", &[words("Western capitals")]));
    }

    #[test]
    fn an_unnamed_person_is_anonymous() {
        // The actors plugin keeps an unnamed source as a person actor named by its description
        // ("a spokeswoman for the council" -> "spokeswoman"); that is no name.
        let sources = Sources::default();
        let person = |id: &str, name: &str| Actor {
            id: id.to_owned(),
            name: name.to_owned(),
            kind: ActorKind::Person,
            roles: vec![name.to_owned()],
            mentions: Vec::new(),
        };
        let unnamed = [
            person("spokeswoman", "spokeswoman"),
            person("union-spokesman", "union spokesman"),
            person("x", "former director of the Riverside Clinic"),
        ];
        let named = person("jane-doe", "Jane Doe");
        let mut actors = BTreeMap::new();
        for a in unnamed.iter().chain([&named]) {
            actors.insert(a.id.as_str(), a);
        }
        for a in &unnamed {
            let speaker = Party {
                actor: Some(a.id.clone()),
                mention: None,
                name: Some(a.name.clone()),
            };
            let (kind, why, _, _) = sources.classify(Some(&speaker), &actors, &[]);
            assert_eq!(
                (kind, why),
                (Kind::Anonymous, Why::Description),
                "{}",
                a.name
            );
        }
        let speaker = Party {
            actor: Some(named.id.clone()),
            mention: None,
            name: Some(named.name.clone()),
        };
        let (kind, why, _, _) = sources.classify(Some(&speaker), &actors, &[]);
        assert_eq!((kind, why), (Kind::Named, Why::Person));
    }

    #[test]
    fn a_body_named_by_its_common_noun_is_described() {
        // The actors plugin keeps "the police" or "the campaign" as an organisation named
        // "police"; that is a description, while "Harbor Police Department" is a name.
        let sources = Sources::default();
        let org = |id: &str, name: &str| Actor {
            id: id.to_owned(),
            name: name.to_owned(),
            kind: ActorKind::Organization,
            roles: Vec::new(),
            mentions: Vec::new(),
        };
        let (police, department) = (
            org("police", "police"),
            org("hpd", "Harbor Police Department"),
        );
        let actors: BTreeMap<&str, &Actor> = [("police", &police), ("hpd", &department)]
            .into_iter()
            .collect();
        let classify = |a: &Actor| {
            let speaker = Party {
                actor: Some(a.id.clone()),
                mention: None,
                name: Some(a.name.clone()),
            };
            let (kind, why, _, _) = sources.classify(Some(&speaker), &actors, &[]);
            (kind, why)
        };
        assert_eq!(classify(&police), (Kind::Anonymous, Why::Description));
        assert_eq!(classify(&department), (Kind::Named, Why::Organization));
    }

    #[test]
    fn a_capitalised_common_noun_opening_a_sentence_is_described() {
        // "Police said …" at a sentence start, with no actor: as anonymous as "police said".
        let sources = Sources::default();
        let actors = BTreeMap::new();
        let classify = |name: &str| {
            let speaker = Party {
                actor: None,
                mention: None,
                name: Some(name.to_owned()),
            };
            let (kind, why, _, _) = sources.classify(Some(&speaker), &actors, &[]);
            (kind, why)
        };
        assert_eq!(classify("Police"), (Kind::Anonymous, Why::Description));
        assert_eq!(classify("Prosecutors"), (Kind::Anonymous, Why::Description));
        assert_eq!(classify("Dorset Police"), (Kind::Named, Why::Name));
        assert_eq!(classify("Halvorsen"), (Kind::Named, Why::Name));
    }

    #[test]
    fn data_is_no_speaker() {
        // "according to harbour data": the source is data, not a described person.
        let sources = Sources::default();
        let speaker = Party {
            actor: None,
            mention: None,
            name: Some("harbour data".to_owned()),
        };
        let (kind, why, name, _) = sources.classify(Some(&speaker), &BTreeMap::new(), &[]);
        assert_eq!((kind, why), (Kind::Anonymous, Why::Document));
        assert_eq!(name.as_deref(), Some("harbour data"));
        assert_eq!(why_text(why), "data or documents, not a speaker");
        let speaker = Party {
            actor: None,
            mention: None,
            name: Some("port officials".to_owned()),
        };
        let (_, why, _, _) = sources.classify(Some(&speaker), &BTreeMap::new(), &[]);
        assert_eq!(why, Why::Description);
        let speaker = Party {
            actor: None,
            mention: None,
            name: Some("Harbour Research".to_owned()),
        };
        let (kind, why, _, _) = sources.classify(Some(&speaker), &BTreeMap::new(), &[]);
        assert_eq!((kind, why), (Kind::Named, Why::Name));
    }

    #[test]
    fn names_start_and_end_with_a_capital() {
        assert!(looks_like_a_name("Marieke Jansen"));
        assert!(looks_like_a_name("Jan de Vries"));
        assert!(looks_like_a_name("Reuters"));
        assert!(!looks_like_a_name("Harbour watchers"));
        assert!(!looks_like_a_name("residents"));
        assert!(!looks_like_a_name(""));
        assert!(looks_like_a_name("Bank of England"));
        assert!(looks_like_a_name("Abu Bakr al-Baghdadi"));
        assert!(!looks_like_a_name(
            "The union representing bakery workers in Ohio"
        ));
        assert!(!looks_like_a_name("Staff at Riverside"));
    }

    #[test]
    fn word_lists_load() {
        let sources = Sources::default();
        assert!(sources
            .anonymous_words
            .contains(&vec!["familiar".to_owned(), "with".to_owned()]));
        assert!(sources.indefinite.contains("a"));
        assert!(!sources
            .anonymous_words
            .iter()
            .any(|w| w.iter().any(|w| w.starts_with('#'))));
    }
}
