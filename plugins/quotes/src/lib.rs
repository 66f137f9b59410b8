//! The `quotes` plugin: who said what, to whom: direct, mixed and reported speech with speaker,
//! cue and addressee.
//!
//! One pass over the document's tokens: quotation marks are paired per paragraph
//! ([`marks::regions`]), then the sentences are read in order. A quotation is attributed through
//! the words around it (`“…,” Name said`, `Name said, “…”`, a colon lead-in, the speaker of the
//! previous sentence); a speech cue outside quotation marks gives reported speech, whose content is
//! the clause it introduces (`said [that] …` up to the end of the sentence, or the clause before
//! `…, officials said`). Speakers and addressees are resolved to actors through the actor
//! mentions that overlap them.

pub mod marks;

use analyze_sdk::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Who spoke or was spoken to.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Party {
    pub actor: Option<String>,
    pub mention: Option<Span>,
    pub name: Option<String>,
}

/// One quotation or piece of reported speech.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub kind: &'static str,
    pub content: Vec<Span>,
    pub cue: Option<Span>,
    pub speaker: Party,
    pub addressee: Option<Party>,
}

/// What the rules read of an actor: the actors' findings are parsed straight into this, skipping
/// the roles and the mentions' text (cheaper than a full [`Actor`]).
#[derive(Debug, Clone, Deserialize)]
pub struct Who {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub mentions: Vec<At>,
}

/// A mention's byte range.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct At {
    pub start: usize,
    pub end: usize,
}

impl From<&Actor> for Who {
    fn from(a: &Actor) -> Who {
        Who {
            id: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            mentions: a
                .mentions
                .iter()
                .map(|m| At {
                    start: m.start,
                    end: m.end,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct CueFlags {
    addressee: bool,
    quoted: bool,
    source: bool,
    clause: bool,
    direct: bool,
    object: bool,
}

struct Lexicon {
    /// First word → (the words, flags), longest first.
    cues: HashMap<String, Vec<(Vec<String>, CueFlags)>>,
    titles: HashSet<String>,
    skip: HashSet<String>,
    adjuncts: HashMap<String, Vec<Vec<String>>>,
    /// The adjuncts of several words by their last word, longest first.
    adjuncts_by_last: HashMap<String, Vec<Vec<String>>>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues: HashMap<String, Vec<(Vec<String>, CueFlags)>> = HashMap::default();
        for line in lines(include_str!("../data/cues.txt")) {
            let mut flags = CueFlags::default();
            let mut words = Vec::new();
            for part in line.split_whitespace() {
                match part {
                    "@addressee" => flags.addressee = true,
                    "@quoted" => flags.quoted = true,
                    "@source" => flags.source = true,
                    "@clause" => flags.clause = true,
                    "@direct" => flags.direct = true,
                    "@object" => flags.object = true,
                    w => words.push(w.to_owned()),
                }
            }
            if let Some(first) = words.first().cloned() {
                cues.entry(first).or_default().push((words, flags));
            }
        }
        for entries in cues.values_mut() {
            entries.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        let mut adjuncts: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for line in lines(include_str!("../data/adjuncts.txt")) {
            let words: Vec<String> = line.split_whitespace().map(str::to_owned).collect();
            if let Some(first) = words.first().cloned() {
                adjuncts.entry(first).or_default().push(words);
            }
        }
        for entries in adjuncts.values_mut() {
            entries.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let mut adjuncts_by_last: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for words in adjuncts.values().flatten().filter(|w| w.len() > 1) {
            if let Some(last) = words.last() {
                adjuncts_by_last
                    .entry(last.clone())
                    .or_default()
                    .push(words.clone());
            }
        }
        for entries in adjuncts_by_last.values_mut() {
            entries.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        }
        Lexicon {
            cues,
            titles: lines(include_str!("../data/titles.txt"))
                .map(str::to_owned)
                .collect(),
            skip: lines(include_str!("../data/skip.txt"))
                .map(str::to_owned)
                .collect(),
            adjuncts,
            adjuncts_by_last,
        }
    }
}

pub struct Quotes {
    lexicon: Lexicon,
}

impl Default for Quotes {
    fn default() -> Quotes {
        Quotes {
            lexicon: Lexicon::load(),
        }
    }
}

impl Analyzer for Quotes {
    fn info(&self) -> Info {
        Info::new(
            "quotes",
            env!("CARGO_PKG_VERSION"),
            "Who said what, to whom: direct, mixed and reported speech with speaker, cue and addressee",
        )
        .requires(&["actors"])
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        input.no_settings()?;
        // Without actors we still find quotes, naming speakers from the text.
        let actors: Vec<Who> = input.prior("actors").unwrap_or_default();
        let quotes = self.find_with(input.document, &actors);
        let rows = quotes.iter().map(row).collect();
        Ok(Output::new(&quotes)?.block(Block::Table {
            title: Some("Quotes".into()),
            columns: ["Kind", "Speaker", "Cue", "Addressee", "Content"]
                .map(String::from)
                .to_vec(),
            rows,
        }))
    }
}

fn row(q: &Quote) -> Vec<Cell> {
    let party = |p: &Party| -> Cell {
        p.name
            .clone()
            .or_else(|| p.mention.as_ref().map(|m| m.text.clone()))
            .map_or(Cell::Empty, Cell::Text)
    };
    let content = if q.content.len() == 1 {
        q.content.first().cloned().map_or(Cell::Empty, Cell::Span)
    } else {
        Cell::Text(
            q.content
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
                .join(" … "),
        )
    };
    vec![
        Cell::Text(q.kind.to_owned()),
        party(&q.speaker),
        q.cue.clone().map_or(Cell::Empty, Cell::Span),
        q.addressee.as_ref().map_or(Cell::Empty, party),
        content,
    ]
}

/// A finding under construction, with what later sentences need to know about it.
struct Found {
    kind: &'static str,
    pieces: Vec<Range<usize>>,
    cue: Option<Range<usize>>,
    speaker: Speaker,
    addressee: Option<Speaker>,
    /// For a direct quote attributed after it (`“…,” he said.`): the token index of the last
    /// token of that attribution, so a quotation right after it continues this one.
    attribution_end: Option<usize>,
    paragraph: usize,
    /// Token index of the end of the finding.
    last_tok: usize,
}

impl Found {
    /// A direct quote whose attribution, if any, stands before it (so nothing after it can
    /// continue it as `“…,” he said. “…”` does).
    fn direct(
        pieces: Vec<Range<usize>>,
        cue: Option<Range<usize>>,
        speaker: Speaker,
        addressee: Option<Speaker>,
        paragraph: usize,
        last_tok: usize,
    ) -> Found {
        Found {
            kind: "direct",
            pieces,
            cue,
            speaker,
            addressee,
            attribution_end: None,
            paragraph,
            last_tok,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Speaker {
    actor: Option<usize>,
    mention: Option<Range<usize>>,
    name: Option<String>,
}

impl Speaker {
    fn is_known(&self) -> bool {
        self.actor.is_some() || self.mention.is_some()
    }
}

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];
const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];
/// Whether the actors plugin gave `actor` only pronouns of the gender other than `pronoun`'s
/// ("he", "his" for Thomas Vance, when the quote's cue follows "she").
fn other_gender(text: &str, actor: &Who, pronoun: &str) -> bool {
    let (same, other): (&[&str], &[&str]) = match pronoun {
        "he" => (
            &["he", "him", "his", "himself"],
            &["she", "her", "hers", "herself"],
        ),
        "she" => (
            &["she", "her", "hers", "herself"],
            &["he", "him", "his", "himself"],
        ),
        _ => return false,
    };
    let has = |list: &[&str]| {
        actor.mentions.iter().any(|m| {
            text.get(m.start..m.end)
                .is_some_and(|t| list.iter().any(|p| t.eq_ignore_ascii_case(p)))
        })
    };
    has(other) && !has(same)
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "another", "one", "two", "three", "several", "many", "some", "other", "both", "each",
    "every",
];
const STOP: &[&str] = &[
    "and", "or", "but", "that", "which", "who", "whom", "whose", "when", "where", "while", "as",
    "if", "because", "although", "though", "after", "before", "since", "than", "of", "in", "on",
    "at", "to", "for", "with", "by", "from", "about", "into", "over", "under", "not", "so", "what",
    "how", "why", "this", "there", "here", "said", "says", "told", "however", "also",
];
/// Words that open a subordinate or relative clause, whose mentions are no main clause's subject.
const SUBORDINATORS: &[&str] = &[
    "as", "while", "when", "whenever", "although", "though", "because", "if", "since", "after",
    "before", "until", "unless", "where", "who", "whom", "whose", "which",
];
/// Prepositions that may stand inside a described speaker (`The union representing workers in
/// Ohio`, `Engineers familiar with the design`).
const PREPOSITIONS_IN_PHRASE: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "with", "from", "about", "over", "under", "into",
];
/// Words for data and documents cited as a source (`according to industry data`). The sources
/// plugin's `is_document` holds the same words: keep the two lists alike.
const DOCUMENT_NOUNS: &[&str] = &[
    "data",
    "figures",
    "statistics",
    "estimates",
    "records",
    "filings",
    "documents",
    "reports",
    "surveys",
    "polls",
    "polling",
    "research",
    "results",
    "returns",
    "tallies",
];
/// Words after a comma that start a new clause, ending reported content (`…, and urged …`).
const CLAUSE_BREAKS: &[&str] = &["where", "who", "whose", "whom", "which", "while"];
/// Determiners that stand alone as a subject (`Several said`, `Many say`).
const QUANTIFIERS: &[&str] = &[
    "several", "many", "some", "both", "others", "most", "few", "all", "each", "one", "two",
    "three",
];
const AUXILIARIES: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may",
    "might", "should", "did", "does", "do", "be", "been",
];
/// Lowercase particles inside names.
const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ter",
];
/// Participle cues that start a second statement after a comma (`…, adding that …`).
const PARTICIPLES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "telling",
    "insisting",
    "arguing",
    "warning",
    "stressing",
    "explaining",
    "claiming",
    "suggesting",
    "acknowledging",
    "emphasising",
    "emphasizing",
];

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Lowercase words (curly apostrophes made straight) in one buffer: `lower_buf[lower[i]]`.
    lower_buf: String,
    lower: Vec<Range<u32>>,
    /// The top-level quotation that covers each token, if any.
    in_quote: Vec<Option<usize>>,
    regions: Vec<marks::Region>,
    /// Actor mentions (byte range, actor index), by start.
    mentions: Vec<(Range<usize>, usize)>,
    actors: &'a [Who],
    /// Token index range of each sentence.
    sentences: Vec<Range<usize>>,
    /// Sentence index of each token.
    sentence_of: Vec<usize>,
    paragraph_of_sentence: Vec<usize>,
    consumed: Vec<bool>,
    /// Whether each token's word starts a cue of the lexicon.
    cue_word: Vec<bool>,
    /// Whether a whole cue starts at the token (`cue_word` only needs its first word).
    cue_start: Vec<bool>,
    /// Per token, one past the latest token at or before it that is in a quotation or a
    /// semicolon (0 if none): built on the first long look-back (`clause_start`).
    barrier_after: std::cell::OnceCell<Vec<usize>>,
}

impl Ctx<'_> {
    /// The top-level quotation covering token `k` (none past the end).
    fn iq(&self, k: usize) -> Option<usize> {
        self.in_quote.get(k).copied().flatten()
    }

    /// The sentence of token `k` (0 past the end).
    fn sof(&self, k: usize) -> usize {
        self.sentence_of.get(k).copied().unwrap_or(0)
    }

    fn tok_start(&self, k: usize) -> usize {
        self.tokens.get(k).map_or(self.text.len(), |t| t.start)
    }

    fn tok_end(&self, k: usize) -> usize {
        self.tokens.get(k).map_or(self.text.len(), |t| t.end)
    }

    fn lexicon_cue(&self, i: usize) -> bool {
        self.cue_word.get(i).copied().unwrap_or(false)
    }

    fn word(&self, i: usize) -> &str {
        self.lower
            .get(i)
            .and_then(|r| self.lower_buf.get(r.start as usize..r.end as usize))
            .unwrap_or("")
    }

    fn raw(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| self.text.get(t.start..t.end).unwrap_or(""))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Token `i` is a quotation mark that opens quoted words: `said the offer “doesn’t…”` has
    /// its object, not an inverted speaker, before the mark.
    fn opens_quotation(&self, i: usize) -> bool {
        matches!(self.raw(i), "“" | "‘" | "\"") && self.iq(i + 1).is_some()
    }

    fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A lower-case word that may go on a bare noun phrase: no function word, no quotation.
    fn plain_word(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_word(i)
            && !self.is_capitalised(i)
            && !STOP.contains(&w)
            && !DETERMINERS.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !PRONOUNS.contains(&w)
            && self.iq(i).is_none()
    }

    /// The token after the latest quotation token or semicolon in `from..i`, else `from`: where
    /// the clause of a cue at `i` starts. Short look-backs scan; long ones (a sentence of
    /// thousands of tokens, text without punctuation) use a table built once.
    fn clause_start(&self, from: usize, i: usize) -> usize {
        let barrier = |k: usize| self.iq(k).is_some() || self.is_punct(k, ";");
        if i <= from + 64 {
            return (from..i)
                .rev()
                .find(|&k| barrier(k))
                .map_or(from, |k| k + 1);
        }
        let table = self.barrier_after.get_or_init(|| {
            let mut after = 0;
            (0..self.tokens.len())
                .map(|k| {
                    if barrier(k) {
                        after = k + 1;
                    }
                    after
                })
                .collect()
        });
        table
            .get(i - 1)
            .copied()
            .filter(|&after| after > from)
            .unwrap_or(from)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Word)
            && self.raw(i) == p
    }

    fn range(&self, from: usize, to: usize) -> Range<usize> {
        // Tokens from..=to as bytes.
        match (self.tokens.get(from), self.tokens.get(to)) {
            (Some(a), Some(b)) if a.start <= b.end => a.start..b.end,
            _ => 0..0,
        }
    }

    /// The mentions (sorted) from the first that ends after `range` starts to the last that
    /// starts before it ends: every mention overlapping `range` is among them; callers keep the
    /// ones they need.
    fn mentions_reaching<'a>(
        &'a self,
        range: &Range<usize>,
    ) -> impl Iterator<Item = &'a (Range<usize>, usize)> + 'a {
        let first = self.mentions.partition_point(|(m, _)| m.end <= range.start);
        let end = range.end;
        self.mentions[first..]
            .iter()
            .take_while(move |(m, _)| m.start < end)
    }

    /// The actor whose mention overlaps `range`, preferring the mention that ends last (the head
    /// of `Kremlin aide Yuri Ushakov` is the person, not the Kremlin).
    fn actor_in(&self, range: &Range<usize>) -> Option<usize> {
        self.mentions_reaching(range)
            .filter(|(m, _)| m.start < range.end && range.start < m.end)
            // In `a source close to him`, `him` is not the speaker.
            .filter(|(m, _)| {
                let inside = m.start > range.start;
                let object = self.text.get(m.clone()).is_some_and(|t| {
                    OBJECT_PRONOUNS.contains(&t.to_lowercase().as_str())
                        || t.eq_ignore_ascii_case("his")
                });
                !(inside && object)
            })
            .max_by_key(|(m, _)| m.end.min(range.end))
            .map(|(_, a)| *a)
    }

    fn speaker(&self, range: Range<usize>) -> Speaker {
        let mut actor = self.actor_in(&range);
        if actor
            .and_then(|a| self.actors.get(a))
            .is_some_and(|a| a.kind != ActorKind::Person)
        {
            // `Judge Mary Stone of the High Court said`: the person before `of` speaks, not
            // the institution after it.
            if let Some(person) = self.person_before_preposition(&range) {
                actor = Some(person);
            }
        }
        let word = self.text.get(range.clone()).unwrap_or("").to_lowercase();
        if actor.is_none() && matches!(word.as_str(), "he" | "she") {
            // The actors plugin left the pronoun unresolved: the last person named outside
            // quotation marks in the last few sentences.
            let s = self
                .sentence_of
                .get(self.tokens.partition_point(|t| t.start < range.start))
                .copied()
                .unwrap_or(0);
            let from = self.sentence(s.saturating_sub(6)).start;
            let from = self.tokens.get(from).map_or(0, |t| t.start);
            let last = self
                .mentions
                .partition_point(|(m, _)| m.start < range.start);
            actor = self.mentions[..last]
                .iter()
                .rev()
                .take_while(|(m, _)| m.start >= from)
                .find(|(m, a)| {
                    self.in_quote_at(m.start).is_none()
                        && self.actors.get(*a).is_some_and(|a| {
                            a.kind == ActorKind::Person
                                && !other_gender(self.text, a, word.as_str())
                        })
                })
                .filter(|(m, _)| !self.unlinked_name_between(m.end, range.start))
                .map(|(_, a)| *a);
        }
        let name = match actor.and_then(|a| self.actors.get(a)) {
            Some(a) => Some(a.name.clone()),
            None => {
                let t = self.text.get(range.clone()).unwrap_or("");
                (!PRONOUNS.contains(&t.to_lowercase().as_str()) && !t.is_empty())
                    .then(|| t.to_owned())
            }
        };
        Speaker {
            actor,
            mention: Some(range),
            name,
        }
    }

    /// A person mentioned in `range` before its first `of`, `at`, `for` or `from`.
    fn person_before_preposition(&self, range: &Range<usize>) -> Option<usize> {
        let first = self.tokens.partition_point(|t| t.start < range.start);
        let prep = (first..self.tokens.len())
            .take_while(|&k| self.tok_start(k) < range.end)
            .find(|&k| self.is_word(k) && matches!(self.word(k), "of" | "at" | "for" | "from"))?;
        let head = range.start..self.tok_start(prep);
        self.mentions_reaching(&head)
            .filter(|(m, a)| {
                m.end <= head.end
                    && self
                        .actors
                        .get(*a)
                        .is_some_and(|a| a.kind == ActorKind::Person)
            })
            .max_by_key(|(m, _)| m.end)
            .map(|(_, a)| *a)
    }

    /// Whether a name the actors plugin did not link (two capitalised words outside quotation
    /// marks and outside every mention) stands between two byte offsets: then a pronoun after it
    /// may well refer to that person, and we do not guess.
    fn unlinked_name_between(&self, from: usize, to: usize) -> bool {
        let a = self.tokens.partition_point(|t| t.start < from);
        let b = self.tokens.partition_point(|t| t.start < to);
        let linked = |t: &Token| {
            let first = self.mentions.partition_point(|(m, _)| m.end <= t.start);
            self.mentions
                .get(first)
                .is_some_and(|(m, _)| m.start <= t.start)
        };
        (a..b.saturating_sub(1)).any(|k| {
            self.iq(k).is_none()
                && self.is_capitalised(k)
                && self.is_capitalised(k + 1)
                && !self.tokens.get(k).is_some_and(&linked)
                && !self.tokens.get(k + 1).is_some_and(&linked)
        })
    }

    fn in_quote_at(&self, byte: usize) -> Option<usize> {
        let t = self.tokens.partition_point(|t| t.end <= byte);
        self.in_quote.get(t).copied().flatten()
    }

    /// The one person the sentence `s` names outside quotation marks, if exactly one.
    fn sole_person(&self, s: usize) -> Option<Range<usize>> {
        let sent = self.sentence(s);
        let range = self.range(sent.start, sent.end.checked_sub(1)?);
        let mut found: Option<(Range<usize>, usize)> = None;
        for (m, a) in self.mentions_reaching(&range) {
            if self.in_quote_at(m.start).is_some()
                || self
                    .actors
                    .get(*a)
                    .is_none_or(|x| x.kind != ActorKind::Person)
            {
                continue;
            }
            match &found {
                Some((_, b)) if b != a => return None,
                Some(_) => {}
                None => found = Some((m.clone(), *a)),
            }
        }
        found.map(|(m, _)| m)
    }

    /// A short title-case quotation: the name of a work or a programme, not speech.
    fn is_title(&self, r: &marks::Region) -> bool {
        let words: Vec<usize> = (r.open_tok..=r.close_tok)
            .filter(|&k| self.is_word(k))
            .collect();
        !words.is_empty()
            && words.len() <= 6
            && words
                .iter()
                .filter(|&&k| self.raw(k).chars().count() > 3)
                .all(|&k| self.is_capitalised(k))
            && words.first().is_some_and(|&k| self.is_capitalised(k))
    }

    /// The sentence's tokens.
    fn sentence(&self, s: usize) -> Range<usize> {
        self.sentences.get(s).cloned().unwrap_or(0..0)
    }

    /// A speech cue at token `i`: its length in tokens and flags.
    fn cue_at(&self, lex: &Lexicon, i: usize) -> Option<(usize, CueFlags)> {
        if self.consumed.get(i).copied().unwrap_or(true) {
            return None;
        }
        self.cue_word_at(lex, i)
    }

    /// [`Ctx::cue_at`], also for a cue already taken up by a finding.
    fn cue_word_at(&self, lex: &Lexicon, i: usize) -> Option<(usize, CueFlags)> {
        if !self.lexicon_cue(i) || !self.is_word(i) || self.iq(i).is_some() {
            return None;
        }
        let entries = lex.cues.get(self.word(i))?;
        let (words, flags) = entries.iter().find(|(words, _)| {
            words.iter().enumerate().all(|(k, w)| {
                self.word(i + k) == w && self.in_quote.get(i + k).is_some_and(Option::is_none)
            })
        })?;
        let len = words.len();
        let raw = self.raw(i);
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        let next = self.word(i + len);
        let sentence_start = self.sentence(self.sof(i)).start == i;
        // Cues are verbs: lowercase (bar `According to` or `Asked` at a sentence start and
        // `Says` in a title-case headline), not after a determiner (`the said agreement`, `his
        // claims`), not an infinitive (`declined to say`), not passive (`was told`, `is said to
        // be`), not in a relative clause on a thing (`which said`).
        let capital_ok = sentence_start && (flags.source || words[0] == "asked");
        if raw.chars().next().is_some_and(char::is_uppercase)
            && !capital_ok
            && !self.headline_cue(i)
        {
            return None;
        }
        let participle =
            words[0].ends_with("ed") || matches!(words[0].as_str(), "said" | "told" | "wrote");
        if i > 0 && self.is_word(i - 1) {
            if (DETERMINERS.contains(&prev) && !QUANTIFIERS.contains(&prev))
                || matches!(prev, "to" | "which" | "so-called")
            {
                return None;
            }
            if participle
                && matches!(
                    prev,
                    "is" | "was" | "were" | "are" | "be" | "been" | "being"
                )
            {
                return None;
            }
        }
        // `his expense claims, according to`, `the weekly reports of`: a plural noun after a
        // determiner and a noun, closed by punctuation or a preposition, is no verb (but `the
        // company reports that` and `his team claims the` still are).
        if len == 1
            && matches!(
                words[0].as_str(),
                "claims" | "reports" | "notes" | "calls" | "comments" | "remarks" | "statements"
            )
            && i > 1
            && self.is_word(i - 1)
            && self.is_word(i - 2)
            && DETERMINERS.contains(&self.word(i - 2))
            && !QUANTIFIERS.contains(&self.word(i - 2))
            && matches!(
                next,
                "," | "."
                    | ";"
                    | ")"
                    | "of"
                    | "for"
                    | "in"
                    | "on"
                    | "about"
                    | "from"
                    | "were"
                    | "are"
            )
        {
            return None;
        }
        if participle && next == "to" && !flags.source && !flags.addressee {
            return None;
        }
        if words[0] == "said" && next == "by" {
            return None;
        }
        // `who asked not to be named`: a request for anonymity, not speech.
        if len == 1 && matches!(words[0].as_str(), "asked" | "asking" | "asks") && next == "not" {
            return None;
        }
        Some((len, *flags))
    }

    /// `Trump Says His Plan Will Work`: a capitalised cue in a title-case headline, after a name.
    fn headline_cue(&self, i: usize) -> bool {
        if !matches!(
            self.word(i),
            "says" | "say" | "said" | "tells" | "warns" | "claims" | "announces" | "vows"
        ) || i == 0
            || !self.is_capitalised(i - 1)
        {
            return false;
        }
        let sent = self.sentence(self.sof(i));
        let words = (sent.start..sent.end).filter(|&k| self.is_word(k) && self.raw(k).len() > 3);
        let (mut caps, mut all) = (0, 0);
        for k in words {
            all += 1;
            caps += usize::from(self.is_capitalised(k));
        }
        all >= 3 && caps * 5 >= all * 4
    }

    /// The length of a phrase of several words from the adjunct list ending at token `j`
    /// (`Trump at the time said`).
    fn adjunct_ending_at(&self, lex: &Lexicon, j: usize) -> Option<usize> {
        lex.adjuncts_by_last
            .get(self.word(j))?
            .iter()
            .filter(|words| j + 1 >= words.len())
            .find(|words| {
                let start = j + 1 - words.len();
                words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.word(start + k) == w)
            })
            .map(Vec::len)
    }

    /// Tokens after `i` that a phrase from the adjunct list covers.
    fn adjunct_len(&self, lex: &Lexicon, i: usize) -> usize {
        let Some(entries) = lex.adjuncts.get(self.word(i)) else {
            return 0;
        };
        entries
            .iter()
            .find(|words| words.iter().enumerate().all(|(k, w)| self.word(i + k) == w))
            .map_or(0, Vec::len)
    }

    /// The noun phrase that ends at token `end` (inclusive), walking left no further than `lo`.
    fn np_left(&self, lex: &Lexicon, end: usize, lo: usize) -> Option<Range<usize>> {
        let mut j = end;
        // Skip adverbs, auxiliaries and time adjuncts between the speaker and the cue
        // (`Merz strongly rejected`, `Ryan on Thursday declared`).
        loop {
            let w = self.word(j);
            if j > lo
                && self.is_word(j)
                && (lex.skip.contains(w)
                    || (w.len() > 4 && w.ends_with("ly") && !self.is_capitalised(j)))
            {
                j -= 1;
            } else if let Some(n) = self.adjunct_ending_at(lex, j).filter(|&n| j >= lo + n) {
                j -= n;
            } else if j > lo + 1 && self.adjunct_len_raw(j) == 1 && self.word(j - 1) == "on" {
                j -= 2;
            } else if j > lo && self.adjunct_len_raw(j) == 1 && self.is_word(j - 1) {
                j -= 1;
            } else {
                break;
            }
        }
        // `Sen. Rand Paul (R-Ky.) said`: skip a parenthesis.
        if self.is_punct(j, ")") && j > lo {
            let mut k = j;
            while k > lo && !self.is_punct(k, "(") && j - k < 8 {
                k -= 1;
            }
            if self.is_punct(k, "(") && k > lo {
                j = k - 1;
            }
        }
        // `Name, 27, a doctor in Ohio, said`: jump over appositions to the name before them.
        if self.is_punct(j, ",") && j > lo {
            // Candidates: the word before each comma; the leftmost name wins, else the leftmost word
            // (`The club's new coach, who is…, said`).
            let mut k = j + 1;
            let mut name = None;
            let mut word = None;
            while k > lo + 1 && j + 1 - k < 25 {
                k -= 1;
                if self.iq(k).is_some() || self.is_punct(k, ";") {
                    break;
                }
                // Not an adjunct (`On Tuesday, …`, `In a panel discussion in Washington, …`,
                // `…, in a statement, …`): the comma's segment opens with a preposition or a
                // participle. A preposition inside a noun phrase does not count (`Officials at
                // Ridgeline Energy, the company behind the project, said`).
                let seg = (lo..k)
                    .rev()
                    .find(|&x| {
                        self.is_punct(x, ",") || self.is_punct(x, ";") || self.iq(x).is_some()
                    })
                    .map_or(lo, |x| x + 1);
                let first = if matches!(self.word(seg), "and" | "but" | "so" | "yet" | "then") {
                    seg + 1
                } else {
                    seg
                };
                let fw = self.word(first);
                let adjunct = self.adjunct_len_raw(k - 1) == 1
                    || matches!(
                        fw,
                        "on" | "in"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "since"
                            | "by"
                            | "from"
                            | "for"
                            | "with"
                            | "of"
                            | "amid"
                            | "despite"
                            | "following"
                            | "over"
                            | "under"
                    )
                    || (fw.len() > 5 && fw.ends_with("ing") && k > first + 1);
                if self.is_punct(k, ",") && self.is_word(k - 1) && !adjunct {
                    if self.is_capitalised(k - 1) {
                        name = Some(k - 1);
                    }
                    word = Some(k - 1);
                }
            }
            j = name.or(word)?;
        }
        if !self.is_word(j) || j < lo {
            return None;
        }
        let w = self.word(j);
        if PRONOUNS.contains(&w) {
            return Some(self.range(j, j));
        }
        if STOP.contains(&w) || DETERMINERS.contains(&w) {
            return None;
        }
        let mut start = j;
        let mut k = j;
        // `a source close to him said`, `a spokesman for them said`: the object of a
        // preposition ends a longer phrase.
        if OBJECT_PRONOUNS.contains(&w)
            && w != "it"
            && j >= lo + 3
            && matches!(self.word(j - 1), "to" | "for" | "with" | "of")
        {
            k = j - 1;
        }
        while k > lo && j - k < 7 {
            let p = k - 1;
            let pw = self.word(p);
            if self.is_word(p) && DETERMINERS.contains(&pw) {
                start = p;
                break;
            }
            if !self.is_word(p)
                || STOP.contains(&pw)
                || lex.skip.contains(pw)
                || (pw.len() > 4 && pw.ends_with("ly") && !self.is_capitalised(p))
            {
                break;
            }
            if lex.cues.contains_key(pw) && !self.is_capitalised(p) {
                break;
            }
            start = p;
            k = p;
        }
        // `Officials at Ridgeline Energy said`, `The head of the agency said`: a noun phrase that
        // opens the clause takes the prepositional phrase after its noun.
        if start >= lo + 2
            && matches!(self.word(start - 1), "at" | "of" | "for" | "from")
            && self.is_word(start - 2)
        {
            let head = start - 2;
            let plain = |p: usize| {
                let pw = self.word(p);
                self.is_word(p)
                    && !STOP.contains(&pw)
                    && !DETERMINERS.contains(&pw)
                    && !PRONOUNS.contains(&pw)
                    && !OBJECT_PRONOUNS.contains(&pw)
                    && !lex.skip.contains(pw)
                    && !lex.cues.contains_key(pw)
                    && !(pw.len() > 4 && pw.ends_with("ly"))
            };
            if plain(head) {
                let mut b = head;
                while b > lo && head - b < 3 && plain(b - 1) {
                    b -= 1;
                }
                if b > lo && self.is_word(b - 1) && DETERMINERS.contains(&self.word(b - 1)) {
                    b -= 1;
                }
                // The phrase must open the clause (or follow punctuation, or a conjunction that
                // opens the sentence: `But Ann Lee of Westmere Capital said`).
                let conjunction = |c: usize| {
                    matches!(self.word(c), "but" | "and" | "yet")
                        && (c == lo || !self.is_word(c - 1))
                };
                if b == lo || !self.is_word(b - 1) || conjunction(b - 1) {
                    start = b;
                }
            }
        }
        Some(self.range(start, j))
    }

    /// The noun phrase that starts at token `start`, up to `hi` (exclusive): a name, a pronoun or a
    /// determiner with its noun.
    fn np_right(&self, start: usize, hi: usize) -> Option<(Range<usize>, usize)> {
        if start >= hi || !self.is_word(start) {
            return None;
        }
        let w = self.word(start);
        if PRONOUNS.contains(&w) || OBJECT_PRONOUNS.contains(&w) {
            return Some((self.range(start, start), start + 1));
        }
        if STOP.contains(&w) && !DETERMINERS.contains(&w) {
            return None;
        }
        let mut end = start;
        let mut k = start + 1;
        let capital = self.is_capitalised(start);
        while k < hi && k - start < 7 && self.is_word(k) {
            let kw = self.word(k);
            if STOP.contains(&kw)
                || DETERMINERS.contains(&kw)
                || AUXILIARIES.contains(&kw)
                || PRONOUNS.contains(&kw)
                || self.iq(k).is_some()
            {
                break;
            }
            // Lowercase words continue a phrase that began with a determiner (`a Kremlin official`);
            // after a name, only capitalised words and name particles (`Pieter de Groot`) do.
            if capital && !self.is_capitalised(k) {
                if PARTICLES.contains(&kw) && self.is_capitalised(k + 1) {
                    k += 1;
                    continue;
                }
                break;
            }
            if !capital && !DETERMINERS.contains(&w) && k - start >= 1 && !self.is_capitalised(k) {
                // `according to industry data`, `campaign finance records`: a bare noun or two
                // before a word for data or documents name them, not a speaker.
                if let Some(doc) = (k..hi.min(k + 2))
                    .take_while(|&n| self.plain_word(n))
                    .find(|&n| DOCUMENT_NOUNS.contains(&self.word(n)))
                {
                    end = doc;
                }
                break;
            }
            end = k;
            k += 1;
        }
        if !capital && DETERMINERS.contains(&w) && end == start {
            return None;
        }
        Some((self.range(start, end), end + 1))
    }

    /// The speaker of a cue at `cue`: the phrase before it, or after it when inverted
    /// (`said Name`), or the subject of the clause for a participle (`Merz rejected this, insisting`).
    fn speaker_of(
        &self,
        lex: &Lexicon,
        cue: usize,
        cue_len: usize,
        lo: usize,
        hi: usize,
        strict: bool,
    ) -> Speaker {
        let w = self.word(cue);
        let before = if cue > lo { self.word(cue - 1) } else { "" };
        let coordinated = matches!(before, "and" | "but")
            || (w.ends_with("ing")
                && matches!(before, "while" | "by" | "after" | "before" | "when" | "in"))
            || (w == "asked" && matches!(before, "when" | "if" | "once"));
        let after_comma = cue > 0
            && (self.is_punct(cue - 1, ",")
                || (cue > 1 && self.iq(cue - 1).is_some() && self.is_punct(cue - 2, ",")));
        if (w.ends_with("ing") && after_comma) || (cue > lo && coordinated) {
            // The subject of the main clause, which may come before an earlier quotation.
            let lo = self.sentence(self.sof(cue)).start;
            let clause = self.range(lo, cue - 1);
            if let Some(a) = self.subject_mention(&clause) {
                return self.speaker(a);
            }
            if let Some((np, _)) = self.np_right(lo, cue) {
                return self.speaker(np);
            }
            // A possessive is the last resort (`Lee's lawyer asked for…, calling`).
            if let Some(a) = self.first_mention(&clause) {
                return self.speaker(a);
            }
            return Speaker::default();
        }
        if cue > lo && QUANTIFIERS.contains(&before) {
            // `Several said …`, `Many say …`
            return self.speaker(self.range(cue - 1, cue - 1));
        }
        if cue > lo + 1 && before == "who" {
            // `… Jane Doe, who said …`: the person the relative clause is about.
            let mut j = cue - 2;
            if self.is_punct(j, ",") && j > lo {
                j -= 1;
            }
            if let Some(np) = self.np_left(lex, j, lo) {
                return self.speaker(np);
            }
        }
        // `The union is divided, said Jane Doe, a teacher.`: after a comma, a cue followed by a
        // name that ends the clause has its subject after it.
        if strict && cue > lo && self.is_punct(cue - 1, ",") {
            let at = cue + cue_len;
            if let Some((np, next)) = self.np_right(at, hi) {
                if (next >= hi || (!self.is_word(next) && !self.opens_quotation(next)))
                    && !PRONOUNS.contains(&self.word(at))
                    && self.adjunct_len_raw(at) == 0
                    && lex_adjunct(lex, self, at) == 0
                    && self.iq(at).is_none()
                {
                    return self.speaker(np);
                }
            }
        }
        if cue > lo {
            if let Some(np) = self.np_left(lex, cue - 1, lo) {
                if let Some(speaker) = self.described_speaker(lex, &np, lo) {
                    return speaker;
                }
                return self.speaker(np);
            }
        }
        if let Some((np, next)) = self.np_right(cue + cue_len, hi) {
            // Inverted only when the name ends the clause: `…, said Name.`, `said Name, a doctor`.
            let pronoun = PRONOUNS.contains(&self.word(cue + cue_len));
            if !strict
                || ((next >= hi || (!self.is_word(next) && !self.opens_quotation(next)))
                    && !pronoun)
            {
                return self.speaker(np);
            }
        }
        Speaker::default()
    }

    /// `The union representing bakery workers in Ohio said`, `Engineers familiar with the design
    /// said`: when the phrase before the cue (`np`) is the object of a preposition inside a longer
    /// noun phrase that opens the clause, the speaker is that longer phrase, and its actor is the
    /// one at the phrase's head (`Engineers`), never the place or noun inside its description.
    fn described_speaker(&self, lex: &Lexicon, np: &Range<usize>, lo: usize) -> Option<Speaker> {
        let start = self.tokens.partition_point(|t| t.start < np.start);
        let last = self.tokens.partition_point(|t| t.end < np.end);
        if start < lo + 2 || !self.is_word(start - 1) {
            return None;
        }
        // `at`, `of`, `for` and `from` are `np_left`'s own (`Officials at Ridgeline Energy`).
        if !matches!(
            self.word(start - 1),
            "in" | "with"
                | "near"
                | "across"
                | "around"
                | "on"
                | "to"
                | "about"
                | "throughout"
                | "within"
                | "inside"
                | "outside"
                | "among"
        ) {
            return None;
        }
        // Back to the start of the clause, through words that are no cue, verb or conjunction.
        let mut b = start - 1;
        while b > lo && start - b < 10 {
            let p = b - 1;
            if !self.is_word(p) || self.iq(p).is_some() {
                break;
            }
            let pw = self.word(p);
            if lex.cues.contains_key(pw)
                || lex.skip.contains(pw)
                || AUXILIARIES.contains(&pw)
                || PRONOUNS.contains(&pw)
                || (STOP.contains(&pw) && !PREPOSITIONS_IN_PHRASE.contains(&pw))
            {
                return None;
            }
            b = p;
        }
        if b > lo && self.is_word(b - 1) {
            return None;
        }
        // The head: from the start up to the first preposition or `-ing` word.
        let first = self.word(b);
        if STOP.contains(&first) || PRONOUNS.contains(&first) || b + 1 >= start {
            return None;
        }
        let mut head_end = b;
        while head_end + 1 < start - 1 {
            let w = self.word(head_end + 1);
            if STOP.contains(&w) || (w.len() > 4 && w.ends_with("ing")) {
                break;
            }
            head_end += 1;
        }
        let head = self.range(b, head_end);
        let whole = self.range(b, last);
        let actor = self.actor_in(&head);
        let name = match actor.and_then(|a| self.actors.get(a)) {
            Some(a) => a.name.clone(),
            None => self.text.get(whole.clone())?.to_owned(),
        };
        Some(Speaker {
            actor,
            mention: Some(whole),
            name: Some(name),
        })
    }

    fn first_mention(&self, range: &Range<usize>) -> Option<Range<usize>> {
        self.mentions_reaching(range)
            .find(|(m, a)| {
                m.end <= range.end
                    && self.actors.get(*a).is_some_and(|a| {
                        matches!(
                            a.kind,
                            ActorKind::Person | ActorKind::Organization | ActorKind::Group
                        )
                    })
            })
            .map(|(m, _)| m.clone())
    }

    /// The first mention of `range` that can be the main clause's subject: not inside a
    /// subordinate clause or a parenthesis of its comma segment (`even as shares of Acme fell, Jo
    /// Lee wrote`, `(where Dr. Hu works)`) nor a possessive (`He criticised the council's plan,
    /// saying`).
    fn subject_mention(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let first = self.tokens.partition_point(|t| t.start < range.start);
        self.mentions_reaching(range)
            .filter(|(m, _)| m.start >= range.start && m.end <= range.end)
            .filter(|(_, a)| {
                self.actors.get(*a).is_some_and(|a| {
                    matches!(
                        a.kind,
                        ActorKind::Person | ActorKind::Organization | ActorKind::Group
                    )
                })
            })
            .find(|(m, _)| {
                let possessive = self.possessive_after(m.end)
                    || self
                        .text
                        .get(..m.end)
                        .is_some_and(|t| t.ends_with("'s") || t.ends_with("’s"));
                let i_before = self.tokens.partition_point(|t| t.start < m.start);
                let mut i = i_before;
                let mut subordinate = false;
                while i > first {
                    i -= 1;
                    let w = self.raw(i);
                    if w == "(" {
                        subordinate = true;
                        break;
                    }
                    if matches!(w, "," | ";" | ")" | "—" | "–") {
                        break;
                    }
                    if SUBORDINATORS.contains(&self.word(i)) {
                        subordinate = true;
                        break;
                    }
                }
                // Only a subordinate clause closed before the cue (`when Rubio thanked the
                // crowd and said` keeps Rubio).
                let closed = self
                    .text
                    .get(m.end..range.end)
                    .is_some_and(|t| t.contains(',') || t.contains(')'));
                let after_preposition = i_before > first
                    && self.word(i_before - 1) != "of"
                    && PREPOSITIONS_IN_PHRASE.contains(&self.word(i_before - 1));
                let skipped = possessive || after_preposition || (subordinate && closed);
                !skipped
            })
            .map(|(m, _)| m.clone())
            .or_else(|| {
                // Else the first mention that is no possessive, as before.
                self.first_mention(range)
                    .filter(|m| !self.possessive_after(m.end))
            })
    }

    /// Whether a possessive ending follows byte `end` (`'s`, `’s`, or a lone apostrophe, then a
    /// space): the mention before it owns something rather than speaks.
    fn possessive_after(&self, end: usize) -> bool {
        let rest = self.text.get(end..).unwrap_or("");
        ["'s ", "’s ", "' ", "’ "]
            .iter()
            .any(|p| rest.starts_with(p))
    }

    /// The addressee right after a cue such as `told`: an actor mention (with its titles), a name,
    /// an object pronoun or a short noun phrase (`reporters`). Returns it and the next token.
    fn addressee_at(&self, start: usize, hi: usize) -> Option<(Speaker, usize)> {
        if start >= hi || !self.is_word(start) {
            return None;
        }
        let w = self.word(start);
        // `warned that bus routes could close`: a that-clause, not an addressee.
        if w == "that" {
            return None;
        }
        if OBJECT_PRONOUNS.contains(&w) {
            let r = self.range(start, start);
            return Some((
                Speaker {
                    actor: self.actor_in(&r),
                    mention: Some(r.clone()),
                    name: None,
                },
                start + 1,
            ));
        }
        if self.is_capitalised(start) || DETERMINERS.contains(&w) {
            let (np, next) = self.np_right(start, hi)?;
            let mut s = self.speaker(np);
            if s.actor.is_none() {
                s.name = s
                    .mention
                    .as_ref()
                    .and_then(|m| self.text.get(m.clone()))
                    .map(str::to_owned);
            }
            return Some((s, next));
        }
        // A bare plural or noun: `told reporters`, `told lawmakers on Monday`.
        if STOP.contains(&w) || PRONOUNS.contains(&w) {
            return None;
        }
        let next = self.word(start + 1);
        let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
        let boundary = STOP.contains(&next)
            || self.adjunct_len_raw(start + 1) == 1
            || (plural
                && (DETERMINERS.contains(&next)
                    || PRONOUNS.contains(&next)
                    || self.is_capitalised(start + 1)));
        if self.is_word(start + 1) && !boundary {
            return None;
        }
        let r = self.range(start, start);
        Some((
            Speaker {
                actor: None,
                mention: Some(r.clone()),
                name: self.text.get(r).map(str::to_owned),
            },
            start + 1,
        ))
    }

    fn adjunct_len_raw(&self, i: usize) -> usize {
        // Weekday-like capitalised time words after a bare noun (`told reporters Monday`).
        let w = self.word(i);
        usize::from(matches!(
            w,
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
        ))
    }
}

impl Quotes {
    /// Every quote of the document, in text order.
    pub fn find(&self, doc: &Document, actors: &[Actor]) -> Vec<Quote> {
        let actors: Vec<Who> = actors.iter().map(Who::from).collect();
        self.find_with(doc, &actors)
    }

    /// [`Quotes::find`] over actors as the rules read them.
    pub fn find_with(&self, doc: &Document, actors: &[Who]) -> Vec<Quote> {
        let text = doc.text.as_str();
        let tokens = doc.tokens();
        let regions = marks::regions(text, tokens, doc.paragraphs());
        let mut in_quote = vec![None; tokens.len()];
        for (r, region) in regions.iter().enumerate() {
            for slot in in_quote
                .iter_mut()
                .take(region.close_tok + 1)
                .skip(region.open_tok)
            {
                *slot = Some(r);
            }
        }
        let mut mentions: Vec<(Range<usize>, usize)> = actors
            .iter()
            .enumerate()
            .flat_map(|(a, actor)| actor.mentions.iter().map(move |m| (m.start..m.end, a)))
            .collect();
        mentions.sort_by_key(|(m, _)| (m.start, m.end));
        let mut sentences = Vec::with_capacity(doc.sentences().len());
        let mut paragraph_of_sentence = Vec::with_capacity(doc.sentences().len());
        let mut sentence_of = vec![0; tokens.len()];
        let mut first = 0;
        for (s, sentence) in doc.sentences().iter().enumerate() {
            let a = first + tokens[first..].partition_point(|t| t.start < sentence.start);
            let b = a + tokens[a..].partition_point(|t| t.end <= sentence.end);
            for slot in sentence_of.iter_mut().take(b).skip(a) {
                *slot = s;
            }
            sentences.push(a..b);
            paragraph_of_sentence.push(sentence.paragraph);
            first = b;
        }
        let mut lower_buf = String::with_capacity(text.len());
        let mut lower = Vec::with_capacity(tokens.len());
        for t in tokens {
            let start = lower_buf.len() as u32;
            let word = text.get(t.start..t.end).unwrap_or("");
            if word.is_ascii() {
                lower_buf.push_str(word);
                if let Some(w) = lower_buf.get_mut(start as usize..) {
                    w.make_ascii_lowercase();
                }
                lower.push(start..lower_buf.len() as u32);
                continue;
            }
            for c in word.chars() {
                match c {
                    '’' => lower_buf.push('\''),
                    c if c.is_ascii() => lower_buf.push(c.to_ascii_lowercase()),
                    c => lower_buf.extend(c.to_lowercase()),
                }
            }
            lower.push(start..lower_buf.len() as u32);
        }
        let cue_word: Vec<bool> = lower
            .iter()
            .map(|r: &Range<u32>| {
                lower_buf
                    .get(r.start as usize..r.end as usize)
                    .is_some_and(|w| self.lexicon.cues.contains_key(w))
            })
            .collect();
        // A token starts a cue when one of the cues of its first word matches there in full: not
        // the `estimated` of `an estimated $10 trillion`, whose cue is `estimated that`.
        let word_at = |k: usize| {
            lower
                .get(k)
                .and_then(|r: &Range<u32>| lower_buf.get(r.start as usize..r.end as usize))
        };
        let cue_start = (0..lower.len())
            .map(|k| {
                cue_word.get(k).copied().unwrap_or(false)
                    && word_at(k)
                        .and_then(|w| self.lexicon.cues.get(w))
                        .is_some_and(|entries| {
                            entries.iter().any(|(words, _)| {
                                words
                                    .iter()
                                    .enumerate()
                                    .all(|(n, w)| word_at(k + n) == Some(w.as_str()))
                            })
                        })
            })
            .collect();
        let ctx = Ctx {
            cue_word,
            cue_start,
            text,
            tokens,
            lower_buf,
            lower,
            in_quote,
            regions,
            mentions,
            actors,
            sentences,
            sentence_of,
            paragraph_of_sentence,
            consumed: vec![false; tokens.len()],
            barrier_after: std::cell::OnceCell::new(),
        };
        let found = self.run(ctx);
        found
            .into_iter()
            .filter_map(|f| {
                let content: Vec<Span> = f
                    .pieces
                    .iter()
                    .filter_map(|p| Span::new(text, p.start, p.end).ok())
                    .collect();
                if content.is_empty() {
                    return None;
                }
                let party = |s: &Speaker| Party {
                    actor: s.actor.and_then(|a| actors.get(a)).map(|a| a.id.clone()),
                    mention: s
                        .mention
                        .as_ref()
                        .and_then(|m| Span::new(text, m.start, m.end).ok()),
                    name: s.name.clone(),
                };
                Some(Quote {
                    kind: f.kind,
                    content,
                    cue: f.cue.and_then(|c| Span::new(text, c.start, c.end).ok()),
                    speaker: party(&f.speaker),
                    addressee: f.addressee.as_ref().map(party),
                })
            })
            .collect()
    }

    fn run(&self, mut ctx: Ctx) -> Vec<Found> {
        let lex = &self.lexicon;
        let mut found: Vec<Found> = Vec::new();
        let mut used_quote = vec![false; ctx.regions.len()];
        let mut next_region = 0;
        for s in 0..ctx.sentences.len() {
            let sent = ctx.sentence(s);
            let paragraph = ctx.paragraph_of_sentence.get(s).copied().unwrap_or(0);
            // 1. Quotations that open in this sentence.
            while next_region < ctx.regions.len() && ctx.regions[next_region].open_tok < sent.end {
                let r = next_region;
                next_region += 1;
                if ctx.regions[r].open_tok < sent.start || used_quote[r] {
                    continue;
                }
                if let Some(f) = self.direct(&mut ctx, r, s, paragraph, &found) {
                    used_quote[r] = true;
                    match f {
                        Direct::New(f) => found.push(f),
                        Direct::LeadIn(f) => {
                            found.retain(|g| g.cue != f.cue);
                            found.push(f);
                        }
                        Direct::Continues(idx, pieces, last_tok) => {
                            if let Some(prev) = found.get_mut(idx) {
                                prev.pieces.extend(pieces);
                                prev.last_tok = last_tok;
                                prev.attribution_end = None;
                            }
                        }
                    }
                }
            }
            // 2. A headline attribution: `Joe Scarborough: Trump's Silence Is ‘Disqualifying’`.
            if let Some(f) = self.headline_colon(&ctx, s, paragraph, &mut used_quote) {
                found.push(f);
                continue;
            }
            // 3. Reported speech: cues outside quotation marks.
            let mut i = sent.start;
            while i < sent.end {
                let Some((len, flags)) = ctx.cue_at(lex, i) else {
                    i += 1;
                    continue;
                };
                match self.reported(&ctx, i, len, flags, s, paragraph, &mut used_quote) {
                    Some(mut f) => {
                        if let Some(sp) = same_sentence_speaker(&ctx, &found, i) {
                            f.speaker = sp;
                        }
                        let last = f.last_tok;
                        for k in i..i + len {
                            if let Some(c) = ctx.consumed.get_mut(k) {
                                *c = true;
                            }
                        }
                        found.push(f);
                        // Cues inside the reported clause belong to it (`said Trump told him…`),
                        // but a participle after a comma starts a new statement.
                        let mut k = i + len;
                        while k <= last && k < sent.end {
                            if ctx.is_punct(k, ",") && PARTICIPLES.contains(&ctx.word(k + 1)) {
                                break;
                            }
                            k += 1;
                        }
                        i = k.max(i + len);
                    }
                    None => i += len,
                }
            }
        }
        found.sort_by_key(|f| f.pieces.first().map_or(0, |p| p.start));
        found
    }

    fn direct(
        &self,
        ctx: &mut Ctx,
        r: usize,
        s: usize,
        paragraph: usize,
        found: &[Found],
    ) -> Option<Direct> {
        let lex = &self.lexicon;
        let region = ctx.regions.get(r)?.clone();
        let sent = ctx.sentence(s);
        let words = (region.open_tok..=region.close_tok)
            .filter(|&k| ctx.is_word(k))
            .count();
        let inner = ctx.text.get(region.extent.clone()).unwrap_or("");
        let sentence_like = inner.contains(['.', '?', '!'])
            || (words > 3
                && inner
                    .trim_end_matches(['”', '"', '\'', '’', '»'])
                    .ends_with(','));
        let fragment = words <= 3 && !sentence_like;
        let pieces = region.pieces.clone();
        let last_char = pieces
            .last()
            .and_then(|p| ctx.text.get(p.clone()))
            .and_then(|t| t.chars().next_back());

        // Title of a work: `the film “Dark Waters”`, `a report titled “Left Behind”`.
        let prev_word = if region.open_tok > sent.start {
            ctx.word(region.open_tok - 1)
        } else {
            ""
        };
        let title_case = (region.open_tok + 1..region.close_tok)
            .filter(|&k| ctx.is_word(k) && ctx.raw(k).chars().count() > 3)
            .all(|k| ctx.is_capitalised(k));
        if words <= 8
            && title_case
            && !sentence_like
            && (lex.titles.contains(prev_word)
                || words <= 6 && ctx.is_capitalised(region.open_tok + 1) && prev_word != ",")
        {
            let cued_before =
                prev_word.is_empty() || ctx.is_punct(region.open_tok.wrapping_sub(1), ":");
            if !cued_before || lex.titles.contains(prev_word) {
                return None;
            }
        }

        // A quotation inside a reported clause (`said the process could be “messy,” adding`) is
        // left to the reported speech that takes it up.
        let lo = (sent.start..region.open_tok)
            .rev()
            .find(|&k| ctx.iq(k).is_some())
            .map_or(sent.start, |k| k + 1);
        let hi = region.open_tok;
        let lead = if hi > lo { ctx.raw(hi - 1) } else { "" };
        if hi > lo && !matches!(lead, "," | ":" | "—" | "–") && ctx.cue_in(lex, lo, hi).is_some()
        {
            return None;
        }
        // A short quotation that opens its sentence can still be a whole statement (`“No,” he said.`).
        let fragment = fragment && hi > lo;

        // a) Attribution after the quotation: `“…,” Name said` / `“…,” said Name`.
        let close_paragraph = ctx
            .paragraph_of_sentence
            .get(ctx.sentence_of.get(region.close_tok).copied().unwrap_or(0))
            .copied();
        let paragraph = close_paragraph.unwrap_or(paragraph);
        let after_start = region.close_tok + 1;
        let mut after_end = after_start;
        while after_end < ctx.tokens.len()
            && after_end - after_start < 30
            && !matches!(ctx.raw(after_end), "." | "?" | "!" | ";")
            && ctx.paragraph_of_sentence.get(ctx.sof(after_end)).copied() == close_paragraph
        {
            // A title in the attribution (`said on NBC's “Meet the Press.”`) is part of it.
            if let Some(q) = ctx.iq(after_end) {
                match ctx.regions.get(q).filter(|t| ctx.is_title(t)) {
                    Some(t) => {
                        after_end = t.close_tok + 1;
                        continue;
                    }
                    None => break,
                }
            }
            after_end += 1;
        }
        let new_sentence_after = last_char.is_some_and(|c| matches!(c, '.' | '?' | '!'))
            && ctx.is_capitalised(after_start)
            && after_end - after_start > 8;
        let (frame_lo, frame_hi) = (lo, hi);
        let lead_in = frame_hi > frame_lo
            && !matches!(lead, "," | ":" | "—" | "–" | "(")
            && region.pieces.len() == 1;
        if !fragment && !new_sentence_after {
            let lo = if ctx.is_punct(after_start, ",") {
                after_start + 1
            } else {
                after_start
            };
            let mut k = lo;
            while k < after_end && k - lo <= 15 {
                if let Some((len, flags)) = ctx.cue_at(lex, k).filter(|(_, f)| !f.quoted) {
                    // Nothing but a speaker and adjuncts around the cue.
                    let speaker = ctx.speaker_of(lex, k, len, lo, after_end, false);
                    let mut next = k + len;
                    if speaker
                        .mention
                        .as_ref()
                        .is_some_and(|m| m.start >= ctx.tok_end(k))
                    {
                        next = ctx
                            .tokens
                            .get(next..after_end)
                            .unwrap_or(&[])
                            .iter()
                            .position(|t| t.start >= speaker.mention.as_ref().map_or(0, |m| m.end))
                            .map_or(after_end, |p| next + p);
                    }
                    let mut addressee = None;
                    if flags.addressee {
                        if let Some((a, n)) = ctx.addressee_at(next, after_end) {
                            addressee = Some(a);
                            next = n;
                        }
                    }
                    if ctx.word(next) == "that" {
                        break;
                    }
                    for c in k..k + len {
                        if let Some(c) = ctx.consumed.get_mut(c) {
                            *c = true;
                        }
                    }
                    let attribution_end = (after_end < ctx.tokens.len()
                        && ctx.is_punct(after_end, "."))
                    .then_some(after_end);
                    // `“…,” Name said, “…”`: the next quotation continues this one.
                    let comma_continues = after_end > 0
                        && ctx.is_punct(after_end - 1, ",")
                        && ctx.in_quote.get(after_end).copied().flatten().is_some();
                    // `The program “is gaining traction,” she said.`: the words before the
                    // quotation belong to what was said.
                    let (kind, pieces) = if lead_in {
                        (
                            "mixed",
                            vec![trim_content(
                                ctx.text,
                                ctx.range(frame_lo, region.close_tok),
                            )],
                        )
                    } else {
                        ("direct", pieces)
                    };
                    return Some(Direct::New(Found {
                        kind,
                        pieces,
                        cue: Some(ctx.range(k, k + len - 1)),
                        speaker,
                        addressee,
                        attribution_end: if comma_continues {
                            Some(after_end - 1)
                        } else {
                            attribution_end
                        },
                        paragraph,
                        last_tok: after_end.saturating_sub(1),
                    }));
                }
                k += 1;
            }
        }

        // b) A quotation continuing the previous one after its attribution: `“…,” he said. “…”`,
        // also a sentence or two later in the same paragraph, or at the start of the next
        // paragraph, when no other statement came between.
        // An indirect statement inside the attribution (`said Jane Roe, an aide who said she…`)
        // does not come between.
        let prev_idx = match found {
            [.., d, i]
                if d.kind == "direct"
                    && i.kind != "direct"
                    && i.cue.as_ref().is_some_and(|c| {
                        d.cue.as_ref().is_some_and(|dc| dc.start < c.start)
                            && ctx.tokens.partition_point(|t| t.start < c.start) <= d.last_tok
                    }) =>
            {
                found.len() - 2
            }
            _ => found.len().wrapping_sub(1),
        };
        // A cue already taken up counts only when it gave reported speech, which the quotation
        // then replaces.
        let lead_sentence = if hi == lo {
            self.lead_sentence(ctx, region.open_tok)
                .filter(|&(k, len, _)| {
                    let cue = Some(ctx.range(k, k + len - 1));
                    !ctx.consumed.get(k).copied().unwrap_or(true)
                        || found.iter().any(|g| g.kind != "direct" && g.cue == cue)
                })
        } else {
            None
        };
        if let Some(prev) = found.get(prev_idx).filter(|_| lead_sentence.is_none()) {
            let this_sentence = ctx.sof(region.open_tok);
            let prev_sentence = ctx.sentence_of.get(prev.last_tok).copied().unwrap_or(0);
            let starts_sentence = hi == lo && (after_start..after_end).all(|k| !ctx.is_word(k));
            let next_paragraph = prev.paragraph + 1 == paragraph
                && ctx.sentence(this_sentence).start == region.open_tok
                && this_sentence == prev_sentence + 1;
            // Nobody else is named between the two (`Kok was careful. “…”` is Kok's).
            let gap_start = ctx.tokens.get(prev.last_tok + 1).map_or(0, |t| t.start);
            let gap_end = ctx.tokens.get(region.open_tok).map_or(0, |t| t.start);
            let others = ctx.unlinked_name_between(gap_start, gap_end)
                || ctx.mentions.iter().any(|(m, a)| {
                    m.start >= gap_start
                        && m.end <= gap_end
                        && Some(*a) != prev.speaker.actor
                        && ctx
                            .actors
                            .get(*a)
                            .is_some_and(|x| x.kind == ActorKind::Person)
                });
            let starts_sentence = starts_sentence && !others;
            if prev.kind == "direct"
                && prev.cue.is_some()
                && (prev
                    .attribution_end
                    .is_some_and(|e| e + 1 == region.open_tok && prev.paragraph == paragraph)
                    || (starts_sentence
                        && ((prev.paragraph == paragraph && this_sentence <= prev_sentence + 3)
                            || next_paragraph)))
            {
                return Some(Direct::Continues(prev_idx, pieces, region.close_tok));
            }
        }

        // c) Attribution before: `Name said, “…”`, `telling Name, “…”`, `Name said: “…”`.
        if hi > lo && matches!(lead, "," | ":" | "—" | "–") {
            // The last cue of the frame.
            let mut k = hi - 1;
            while k > lo {
                k -= 1;
                let Some((len, flags)) = ctx.cue_at(lex, k) else {
                    continue;
                };
                let mut next = k + len;
                let mut addressee = None;
                if flags.addressee {
                    if let Some((a, n)) = ctx.addressee_at(next, hi - 1) {
                        addressee = Some(a);
                        next = n;
                    }
                }
                let mut speaker = ctx.speaker_of(lex, k, len, lo, hi - 1, true);
                // Allow adjuncts (`said on Monday,`) or an inverted speaker (`said Name:`).
                loop {
                    let a = lex_adjunct(lex, ctx, next);
                    if a == 0 {
                        break;
                    }
                    next += a;
                }
                if next < hi - 1 {
                    if speaker.mention.is_none() {
                        if let Some((np, n)) = ctx.np_right(next, hi - 1) {
                            speaker = ctx.speaker(np);
                            next = n;
                        }
                    } else if let Some(m) = speaker.mention.clone() {
                        if m.start >= ctx.tok_start(next) {
                            next = ctx
                                .tokens
                                .get(next..hi)
                                .unwrap_or(&[])
                                .iter()
                                .position(|t| t.start >= m.end)
                                .map_or(hi - 1, |p| next + p);
                        }
                    }
                }
                if flags.addressee && addressee.is_none() && next + 1 < hi && hi - next <= 9 {
                    // `told Breitbart News Daily host Matt Boyle, “…”`: all before the comma is the addressee.
                    let gap = next..hi - 1;
                    if gap.clone().all(|g| {
                        ctx.is_word(g)
                            && !AUXILIARIES.contains(&ctx.word(g))
                            && ctx.word(g) != "that"
                    }) {
                        let r = ctx.range(next, hi - 2);
                        let mut a = ctx.speaker(r);
                        if a.actor.is_none() {
                            a.name = ctx.text.get(ctx.range(next, hi - 2)).map(str::to_owned);
                        }
                        addressee = Some(a);
                        next = hi - 1;
                    }
                }
                if next + 1 < hi || (fragment && flags.quoted) {
                    break; // words between the cue and the quotation: reported speech with a quoted part
                }
                for c in k..k + len {
                    if let Some(c) = ctx.consumed.get_mut(c) {
                        *c = true;
                    }
                }
                let speaker = same_sentence_speaker(ctx, found, k).unwrap_or(speaker);
                return Some(Direct::New(Found::direct(
                    pieces,
                    Some(ctx.range(k, k + len - 1)),
                    speaker,
                    addressee,
                    paragraph,
                    region.close_tok,
                )));
            }
            if lead == ":" && !fragment && ctx.cue_in(lex, lo, hi).is_none() {
                // A colon lead-in without a cue: `Merz put it bluntly: “…”`.
                let frame = ctx.range(lo, hi - 1);
                let speaker = match ctx.first_mention(&frame) {
                    Some(m) => ctx.speaker(m),
                    None => ctx
                        .np_right(lo, hi - 1)
                        .map(|(np, _)| ctx.speaker(np))
                        .unwrap_or_default(),
                };
                return Some(Direct::New(Found::direct(
                    pieces,
                    None,
                    speaker,
                    None,
                    paragraph,
                    region.close_tok,
                )));
            }
        }
        if fragment || hi > lo {
            // A fragment or a quotation inside a sentence: reported speech may take it up (mixed),
            // otherwise it is a scare quote or a name.
            return None;
        }

        // d) A quotation standing alone. It must read as speech: a few words starting with a
        // capital, not a title-case name or headline (`“Orange Is the New Black”`, `“Related”`).
        let first_upper = pieces
            .first()
            .and_then(|p| ctx.text.get(p.clone()))
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase);
        if words < 4 || !first_upper || title_case {
            return None;
        }
        // A colon lead-in in the previous sentence: the colon lead-in of the previous sentence
        // (`Caddell continued:`), or the speaker of the quote or statement just before.
        let prev_tok = region.open_tok.checked_sub(1);
        if let Some(p) = prev_tok.filter(|&p| ctx.is_punct(p, ":")) {
            let ps = ctx.sentence(ctx.sof(p));
            let lo = (ps.start..p)
                .rev()
                .find(|&k| ctx.iq(k).is_some())
                .map_or(ps.start, |k| k + 1);
            let cue = ctx.cue_in(lex, lo, p);
            let speaker = match cue {
                Some((k, len)) => ctx.speaker_of(lex, k, len, lo, p, true),
                None => match ctx.first_mention(&ctx.range(lo, p)) {
                    Some(m) => ctx.speaker(m),
                    None => ctx
                        .np_right(lo, p)
                        .map(|(np, _)| ctx.speaker(np))
                        .unwrap_or_default(),
                },
            };
            if let Some((k, len)) = cue {
                for c in k..k + len {
                    if let Some(c) = ctx.consumed.get_mut(c) {
                        *c = true;
                    }
                }
            }
            return Some(Direct::New(Found::direct(
                pieces,
                cue.map(|(k, len)| ctx.range(k, k + len - 1)),
                speaker,
                None,
                paragraph,
                region.close_tok,
            )));
        }
        // `She described the season in blunt terms. “…”`: the sentence before leads it in.
        if let Some((k, len, lo)) = lead_sentence {
            let p = region.open_tok.saturating_sub(1);
            let speaker = ctx.speaker_of(lex, k, len, lo, p, true);
            for c in k..k + len {
                if let Some(c) = ctx.consumed.get_mut(c) {
                    *c = true;
                }
            }
            return Some(Direct::LeadIn(Found {
                kind: "direct",
                pieces,
                cue: Some(ctx.range(k, k + len - 1)),
                speaker,
                addressee: None,
                attribution_end: None,
                paragraph,
                last_tok: region.close_tok,
            }));
        }
        // The sentence goes on after the quotation without a cue we know (`“…,” read a banner`):
        // the quotation is kept, its speaker is not guessed.
        let continues = (after_start..after_end).any(|k| ctx.is_word(k));
        let speaker = found
            .last()
            .filter(|_| !continues)
            .filter(|f| {
                f.speaker.is_known() && (f.paragraph == paragraph || f.paragraph + 1 == paragraph)
            })
            .filter(|f| {
                // Only the sentence just before: the quote or statement it continues.
                let gap = ctx
                    .sof(region.open_tok)
                    .saturating_sub(ctx.sof(f.last_tok.min(ctx.tokens.len() - 1)));
                gap <= 1
            })
            .map(|f| Speaker {
                actor: f.speaker.actor,
                mention: None,
                name: f.speaker.name.clone(),
            })
            .filter(|sp| sp.actor.is_some() || sp.name.is_some())
            .or_else(|| {
                if continues {
                    return None;
                }
                // The one person named in the sentence before (`Kok was careful. “…”`).
                let s = ctx.sof(region.open_tok).checked_sub(1)?;
                let m = ctx.sole_person(s)?;
                let sp = ctx.speaker(m);
                Some(Speaker {
                    actor: sp.actor,
                    mention: None,
                    name: sp.name,
                })
            })
            .unwrap_or_default();
        Some(Direct::New(Found::direct(
            pieces,
            None,
            speaker,
            None,
            paragraph,
            region.close_tok,
        )))
    }

    /// A one-sentence paragraph `Name: claim`, as headlines attribute: the name is two to five
    /// capitalised words (or an actor mention), the claim at least three words.
    fn headline_colon(
        &self,
        ctx: &Ctx,
        s: usize,
        paragraph: usize,
        used: &mut [bool],
    ) -> Option<Found> {
        let sent = ctx.sentence(s);
        let alone = ctx.paragraph_of_sentence.get(s.wrapping_sub(1)).copied() != Some(paragraph)
            && ctx.paragraph_of_sentence.get(s + 1).copied() != Some(paragraph);
        if !alone {
            return None;
        }
        let colon = (sent.start..sent.end.min(sent.start + 7)).find(|&k| ctx.is_punct(k, ":"))?;
        let name = sent.start..colon;
        if name.len() < 2
            || !name.clone().all(|k| ctx.is_capitalised(k))
            || ctx.iq(sent.start).is_some()
        {
            return None;
        }
        let end = sentence_end(ctx, sent.clone());
        if end <= colon + 3 {
            return None;
        }
        let speaker = ctx.speaker(ctx.range(name.start, name.end - 1));
        let mut f = self.reported_found(
            ctx,
            colon + 1,
            end - 1,
            None,
            speaker,
            None,
            paragraph,
            used,
        )?;
        if f.pieces.len() == 1 {
            // Quotation marks around the whole claim are not part of it.
            if let Some(p) = f.pieces.first_mut() {
                let t = ctx.text.get(p.clone()).unwrap_or("");
                let inner = t.trim_matches(|c: char| marks::is_mark(c));
                let lead = t.len() - t.trim_start_matches(|c: char| marks::is_mark(c)).len();
                *p = p.start + lead..p.start + lead + inner.len();
            }
        }
        Some(f)
    }

    /// Reported speech introduced by the cue at `i`.
    #[allow(clippy::too_many_arguments)]
    fn reported(
        &self,
        ctx: &Ctx,
        i: usize,
        len: usize,
        flags: CueFlags,
        s: usize,
        paragraph: usize,
        used: &mut [bool],
    ) -> Option<Found> {
        let lex = &self.lexicon;
        if flags.direct {
            return None;
        }
        let sent = ctx.sentence(s);
        let end = sentence_end(ctx, sent.clone());
        let cue = Some(ctx.range(i, i + len - 1));
        if flags.source {
            // `according to X, …` or `…, according to X`.
            // Clause-initial: at the start of the sentence, after a colon or a semicolon, or
            // after a conjunction that opens it (`But according to …`).
            let initial = i == sent.start
                || (i > sent.start && matches!(ctx.raw(i - 1), ":" | ";"))
                || (i > sent.start
                    && matches!(ctx.word(i - 1), "and" | "but" | "yet" | "so")
                    && (i - 1 == sent.start || !ctx.is_word(i - 2)));
            // A source without a plain noun phrase (`according to a 2013 study by …,`) is
            // still read up to its comma when the phrase opens the clause.
            let (np, next) = match ctx.np_right(i + len, end) {
                Some(found) => found,
                None if initial && i + len < end => (ctx.range(i + len, i + len), i + len + 1),
                None => return None,
            };
            let speaker = ctx.speaker(np);
            let (from, to) = if initial {
                let comma = (next..end.min(next + 20)).find(|&k| ctx.is_punct(k, ","));
                let from = match comma {
                    Some(c) => c + 1,
                    None => next,
                };
                let speaker = if comma.is_some() {
                    ctx.speaker(ctx.range(i + len, from - 2))
                } else {
                    speaker.clone()
                };
                let to = clause_end(ctx, from, end);
                return self.reported_found(ctx, from, to, cue, speaker, None, paragraph, used);
            } else if false {
                let from = next;
                (from, clause_end(ctx, from, end))
            } else if i > sent.start && ctx.is_punct(i - 1, ",") {
                (sent.start, i - 1)
            } else {
                return None;
            };
            return self.reported_found(ctx, from, to, cue, speaker, None, paragraph, used);
        }
        // `Asked about the vote, Kerry said …` / `… when asked about the vote`: the question is
        // the content, the speaker is the subject of the main clause.
        if ctx.word(i) == "asked"
            && (i == sent.start || (i > 0 && matches!(ctx.word(i - 1), "when" | "if" | "once")))
        {
            let from = i + len;
            let comma = (from..end).find(|&k| ctx.is_punct(k, ",") && ctx.iq(k).is_none());
            let to = comma.map_or_else(|| clause_end(ctx, from, end), |c| c.saturating_sub(1));
            // Only when the main clause reports what the person said (`Asked about X, Kok said …`).
            if i == sent.start && comma.is_none_or(|c| ctx.cue_in(lex, c + 1, sent.end).is_none()) {
                return None;
            }
            let speaker = if i == sent.start {
                comma
                    .and_then(|c| {
                        let subject = ctx.range(c + 1, end.saturating_sub(1));
                        ctx.first_mention(&subject)
                            .map(|m| ctx.speaker(m))
                            .or_else(|| ctx.np_right(c + 1, end).map(|(np, _)| ctx.speaker(np)))
                    })
                    .unwrap_or_default()
            } else {
                ctx.speaker_of(lex, i, len, sent.start, end, true)
            };
            if to >= from {
                return self.reported_found(ctx, from, to, cue, speaker, None, paragraph, used);
            }
            return None;
        }
        // Clause start for the speaker: after a quotation or a semicolon.
        let lo = ctx.clause_start(sent.start, i);
        let mut next = i + len;
        let mut addressee = None;
        if flags.addressee {
            if let Some((a, n)) = ctx.addressee_at(next, end) {
                addressee = Some(a);
                next = n;
            }
        }
        let mut speaker = ctx.speaker_of(lex, i, len, lo, end, true);
        if speaker
            .mention
            .as_ref()
            .is_some_and(|m| m.start >= ctx.tok_end(i))
        {
            // Inverted: `…, said Name.` The speaker is after the cue: skip it.
            let m_end = speaker.mention.as_ref().map_or(0, |m| m.end);
            next = ctx
                .tokens
                .get(next..end)
                .unwrap_or(&[])
                .iter()
                .position(|t| t.start >= m_end)
                .map_or(end, |p| next + p);
        }
        loop {
            let a = lex_adjunct(lex, ctx, next);
            if a == 0 {
                break;
            }
            next += a;
        }
        // `announced on social media that …`: a that-clause within a few words.
        let mut from = next;
        // After `told`, an unparsed addressee may stand before `that` (`told the Sun newspaper
        // on Tuesday that`).
        let tell = matches!(ctx.word(i), "told" | "tell" | "tells" | "telling");
        let reach = if tell { 12 } else { 8 };
        for k in next..(next + reach).min(end) {
            if ctx.word(k) == "that" && ctx.iq(k).is_none() {
                // Only adjuncts or a name may stand between the cue and `that` (`announced on
                // social media that`, `told CNN that`), not a noun (`called the assault that killed`).
                let opener = ctx.word(next);
                let adjunct_start = k == next
                    || tell
                    || matches!(
                        opener,
                        "on" | "in"
                            | "at"
                            | "during"
                            | "via"
                            | "through"
                            | "to"
                            | "with"
                            | "last"
                            | "this"
                            | "earlier"
                            | "later"
                            | "again"
                            | "also"
                            | "repeatedly"
                            | "publicly"
                            | "privately"
                            | "recently"
                            | "previously"
                            | "here"
                            | "there"
                            | "after"
                            | "before"
                            | "while"
                            | "today"
                            | "yesterday"
                            | "tonight"
                    )
                    || ctx.is_capitalised(next)
                    || lex_adjunct(lex, ctx, next) > 0;
                let adjunct_only = !flags.quoted
                    && adjunct_start
                    && (next..k).all(|j| {
                        let w = ctx.word(j);
                        (ctx.is_word(j) || ctx.is_number(j))
                            && !PRONOUNS.contains(&w)
                            && !matches!(
                                w,
                                "and"
                                    | "but"
                                    | "is"
                                    | "was"
                                    | "are"
                                    | "were"
                                    | "has"
                                    | "had"
                                    | "will"
                                    | "would"
                                    | "be"
                            )
                    });
                if adjunct_only {
                    from = k + 1;
                }
                break;
            }
            if !ctx.is_word(k) && !ctx.is_number(k) {
                break;
            }
        }
        // `said, while testifying before Congress, that …`: a parenthetical before `that`.
        if from == next && ctx.is_punct(next, ",") {
            let limit = (next + 16).min(end);
            if let Some(k) = (next + 1..limit)
                .find(|&k| ctx.word(k) == "that" && ctx.is_punct(k - 1, ",") && ctx.iq(k).is_none())
            {
                if (next + 1..k).all(|j| ctx.iq(j).is_none() && !ctx.is_punct(j, ";")) {
                    from = k + 1;
                }
            }
        }
        // `told The Daily Courier of Dayton last week she would…`: a longer addressee with its
        // adjuncts, then the reported clause with a pronoun subject.
        if from == next
            && matches!(ctx.word(i), "told" | "tell" | "tells" | "telling")
            && !PRONOUNS.contains(&ctx.word(from))
        {
            let limit = (next + 12).min(end);
            if let Some(k) = (next + 1..limit)
                .take_while(|&k| {
                    ctx.iq(k).is_none()
                        && (ctx.is_word(k) || ctx.is_punct(k, "-") || ctx.is_number(k))
                })
                .find(|&k| matches!(ctx.word(k), "he" | "she" | "they" | "we" | "i"))
            {
                from = k;
            }
        }
        let preposition = matches!(
            ctx.word(from),
            "of" | "about"
                | "on"
                | "for"
                | "to"
                | "with"
                | "at"
                | "by"
                | "from"
                | "in"
                | "into"
                | "as"
                | "up"
                | "out"
                | "before"
                | "after"
                | "during"
                | "because"
                | "while"
                | "since"
                | "so"
                | "and"
                | "but"
                | "or"
        );
        let commits = matches!(
            ctx.word(i),
            "promised"
                | "promises"
                | "promise"
                | "promising"
                | "vowed"
                | "vows"
                | "vowing"
                | "pledged"
                | "pledging"
                | "threatened"
                | "threatens"
                | "urged"
                | "urges"
        );
        // `said about 4,000 staff had joined`: `about` before a number is a qualifier.
        let approximate = ctx.word(from) == "about" && starts_number(ctx, from + 1);
        if from == next && preposition && !approximate && !(commits && ctx.word(from) == "to") {
            return None;
        }
        if from > next || (from < end && !ctx.is_punct(from, ",") && !ctx.is_punct(from, ":")) {
            let to = clause_end(ctx, from, end);
            if flags.quoted {
                // `called the plan “dead on arrival”`: only with a quoted fragment.
                let q = (from..=to.min(end.saturating_sub(1)))
                    .find_map(|k| ctx.in_quote.get(k).copied().flatten())?;
                let _ = q;
                speaker.mention.as_ref()?;
                return self
                    .reported_found(ctx, from, to, cue, speaker, addressee, paragraph, used);
            }
            let clause_start = from > next
                || PRONOUNS.contains(&ctx.word(from))
                || ctx.iq(from).is_some()
                || ctx.is_capitalised(from);
            if flags.clause && !clause_start {
                return None;
            }
            if to >= from
                && ((from..=to).filter(|&k| ctx.is_word(k)).count() >= 2
                    || short_answer(ctx, from, to))
            {
                if speaker.mention.is_none() {
                    // Reported speech needs a speaker named in the clause.
                    speaker = Speaker::default();
                    if lo == i {
                        return None;
                    }
                }
                let relative = (from == next)
                    .then(|| relative_pronoun(ctx, &speaker, i))
                    .flatten();
                let mut f =
                    self.reported_found(ctx, from, to, cue, speaker, addressee, paragraph, used)?;
                if let Some(r) = relative {
                    f.pieces.insert(0, r);
                }
                return Some(f);
            }
        }
        // `The deal is close, officials said.`: the clause before the cue.
        if flags.quoted {
            return None;
        }
        // `That will not be enough, said Ann Lowe, a senior analyst, who …`: with the
        // speaker after the cue, the content is the clause before it.
        let inverted = speaker
            .mention
            .as_ref()
            .is_some_and(|m| m.start >= ctx.tok_end(i));
        if inverted && i > lo + 1 && ctx.is_punct(i - 1, ",") && !flags.quoted {
            let to = i - 2;
            if ctx.iq(to).is_some() {
                return None; // a quotation, attributed as direct
            }
            return self.reported_found(ctx, lo, to, cue, speaker, addressee, paragraph, used);
        }
        let tail_ok = next >= end
            || matches!(ctx.raw(next), "." | "!" | "?" | ";")
            || (ctx.is_punct(next, ",") && PARTICIPLES.contains(&ctx.word(next + 1)));
        let sm = speaker.mention.clone()?;
        let sp_start = ctx
            .tokens
            .partition_point(|t| t.start < sm.start.min(ctx.tok_start(i)));
        let comma_before = sp_start > lo + 1 && ctx.is_punct(sp_start - 1, ",");
        if tail_ok && comma_before {
            let to = sp_start - 2;
            if ctx.iq(to).is_some() && ctx.regions.get(ctx.iq(to)?)?.open_tok <= lo {
                return None; // a quotation, attributed as direct
            }
            return self.reported_found(ctx, lo, to, cue, speaker, addressee, paragraph, used);
        }
        let quote_follows = ctx.in_quote.get(next + 1).copied().flatten().is_some();
        if ctx.is_punct(next, ",") && !quote_follows && next + 1 < end {
            let to = clause_end(ctx, next + 1, end);
            if comma_before {
                // `In several cases, they said, the content stays online.`: two pieces.
                let mut f = self.reported_found(
                    ctx,
                    next + 1,
                    to,
                    cue,
                    speaker,
                    addressee,
                    paragraph,
                    used,
                )?;
                let first = trim_content(ctx.text, ctx.range(lo, sp_start - 2));
                if (lo..sp_start - 1).any(|k| ctx.iq(k).is_some()) || first.is_empty() {
                    return Some(f);
                }
                f.pieces.insert(0, first);
                return Some(f);
            }
            // `Rubio says, win or lose, he is staying in the race.`
            return self.reported_found(
                ctx,
                next + 1,
                to,
                cue,
                speaker,
                addressee,
                paragraph,
                used,
            );
        }
        None
    }

    /// A sentence that leads in the quotation opening at `open_tok`, the next sentence: its verb is
    /// a cue taking a noun-phrase object (`She described the season in blunt terms.`) and no
    /// clause follows it. Returns the cue, its length and the clause start for the speaker.
    fn lead_sentence(&self, ctx: &Ctx, open_tok: usize) -> Option<(usize, usize, usize)> {
        let lex = &self.lexicon;
        let p = open_tok.checked_sub(1)?;
        if !ctx.is_punct(p, ".") || ctx.sof(p) == ctx.sof(open_tok) {
            return None;
        }
        let region = ctx.regions.get(ctx.iq(open_tok)?)?;
        if region.open_tok != open_tok || ctx.sentence(ctx.sof(open_tok)).start != open_tok {
            return None;
        }
        let words = (region.open_tok..=region.close_tok)
            .filter(|&k| ctx.is_word(k))
            .count();
        let first_upper = region
            .pieces
            .first()
            .and_then(|r| ctx.text.get(r.clone()))
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase);
        if words < 4 || !first_upper {
            return None;
        }
        // A sentence of its own: an attribution after a quotation (`“…,” she explained in an
        // interview. “…”`) is that quotation's.
        let ps = ctx.sentence(ctx.sof(p));
        let lo = ps.start;
        if (lo..p).any(|k| ctx.iq(k).is_some()) {
            return None;
        }
        let (k, len) = (lo..p)
            .rev()
            .find_map(|k| ctx.cue_word_at(lex, k).map(|(len, f)| (k, len, f)))
            .filter(|(_, _, f)| f.object)
            .map(|(k, len, _)| (k, len))?;
        // Nothing but a noun phrase and adjuncts after the cue: no clause, no second verb.
        let object_only = (k + len..p).all(|j| {
            let w = ctx.word(j);
            (ctx.is_word(j) || ctx.is_number(j))
                && !matches!(w, "he" | "she" | "they" | "we" | "i")
                && !AUXILIARIES.contains(&w)
                && !CLAUSE_BREAKS.contains(&w)
                && !matches!(
                    w,
                    "that" | "how" | "what" | "why" | "whether" | "if" | "as" | "when" | "because"
                )
                && !ctx.cue_word.get(j).copied().unwrap_or(false)
        });
        object_only.then_some((k, len, lo))
    }

    #[allow(clippy::too_many_arguments)]
    fn reported_found(
        &self,
        ctx: &Ctx,
        from: usize,
        to: usize,
        cue: Option<Range<usize>>,
        speaker: Speaker,
        addressee: Option<Speaker>,
        paragraph: usize,
        used: &mut [bool],
    ) -> Option<Found> {
        let mut from = from;
        let mut to = to;
        // Leading discourse words (`Meanwhile, …`) frame the reported words rather than belong to them.
        if matches!(
            ctx.word(from),
            "meanwhile"
                | "however"
                | "still"
                | "moreover"
                | "nonetheless"
                | "instead"
                | "now"
                | "also"
        ) && ctx.is_punct(from + 1, ",")
        {
            from += 2;
        }
        if to < from
            || ((from..=to).filter(|&k| ctx.is_word(k)).count() < 2 && !short_answer(ctx, from, to))
        {
            return None;
        }
        let mut kind = "indirect";
        let mut quoted = Vec::new();
        for k in from..=to {
            if let Some(q) = ctx.iq(k) {
                if used.get(q).copied().unwrap_or(true) {
                    return None; // overlaps a direct quotation
                }
                kind = "mixed";
                if !quoted.contains(&q) {
                    quoted.push(q);
                }
            }
        }
        // A quotation opened inside the content runs to its closing mark.
        for &q in &quoted {
            if let Some(u) = used.get_mut(q) {
                *u = true;
            }
            if let Some(r) = ctx.regions.get(q) {
                to = to.max(r.close_tok);
            }
        }
        let range = ctx.range(from, to);
        let piece = trim_content(ctx.text, range);
        if piece.is_empty() {
            return None;
        }
        Some(Found {
            kind,
            pieces: vec![piece],
            cue,
            speaker,
            addressee,
            attribution_end: None,
            paragraph,
            last_tok: to,
        })
    }
}

/// For a participle cue after a comma (`“…,” he said, adding that …`), the speaker of the
/// statement just before it in the same sentence.
fn same_sentence_speaker(ctx: &Ctx, found: &[Found], cue: usize) -> Option<Speaker> {
    let w = ctx.word(cue);
    let after_comma = cue > 0
        && (ctx.is_punct(cue - 1, ",")
            || (cue > 1 && ctx.iq(cue - 1).is_some() && ctx.is_punct(cue - 2, ",")));
    // `said … but warned that …`, `said … and added`: the subject of the first cue.
    let coordinated = cue > 0 && ctx.is_word(cue - 1) && matches!(ctx.word(cue - 1), "and" | "but");
    if !((w.ends_with("ing") && after_comma) || coordinated) {
        return None;
    }
    let prev = found.last()?;
    let s = ctx.sof(cue);
    let same = prev
        .cue
        .as_ref()
        .is_some_and(|c| ctx.sof(ctx.tokens.partition_point(|t| t.start < c.start)) == s);
    (same && prev.speaker.is_known()).then(|| prev.speaker.clone())
}

enum Direct {
    New(Found),
    /// A quotation led in by the sentence before (`She described the season in blunt terms.
    /// “…”`): it replaces the reported speech read from that sentence's cue.
    LeadIn(Found),
    /// More pieces for the finding at this index, and its new last token.
    Continues(usize, Vec<Range<usize>>, usize),
}

fn lex_adjunct(lex: &Lexicon, ctx: &Ctx, i: usize) -> usize {
    let w = ctx.word(i);
    if ctx.is_word(i) && w.len() > 4 && w.ends_with("ly") && !ctx.is_capitalised(i) {
        return 1;
    }
    ctx.adjunct_len(lex, i)
}

impl Ctx<'_> {
    /// The first valid cue in tokens `lo..hi`.
    fn cue_in(&self, lex: &Lexicon, lo: usize, hi: usize) -> Option<(usize, usize)> {
        (lo..hi).find_map(|k| {
            self.cue_at(lex, k)
                .filter(|(_, f)| !f.quoted)
                .map(|(len, _)| (k, len))
        })
    }
}

/// The token index one past the last token of the sentence that is not its final punctuation.
fn sentence_end(ctx: &Ctx, sent: Range<usize>) -> usize {
    let mut end = sent.end;
    while end > sent.start
        && ctx.iq(end - 1).is_none()
        && matches!(ctx.raw(end - 1), "." | "!" | "?" | "…")
    {
        end -= 1;
    }
    end
}

/// The last token of a reported clause starting at `from`: the end of the sentence, or before
/// `, according to` / `, adding …` / a semicolon.
fn clause_end(ctx: &Ctx, from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end {
        // `could be “messy,” adding …`: the comma before the participle is inside the marks.
        if let Some(q) = ctx.iq(k) {
            if ctx.regions.get(q).is_some_and(|r| r.close_tok == k)
                && k > 0
                && ctx.is_punct(k - 1, ",")
                && PARTICIPLES.contains(&ctx.word(k + 1))
            {
                return k;
            }
        }
        if ctx.iq(k).is_none() {
            if ctx.is_punct(k, ";") {
                break;
            }

            if k > from && matches!(ctx.word(k), "and" | "but") && ctx.is_word(k) {
                // `… and noted that …`: a second statement by the same speaker.
                let n = if ctx.word(k + 1) == "also" {
                    k + 2
                } else {
                    k + 1
                };
                if ctx.lexicon_cue(n) {
                    break;
                }
                // `… and other GOP leaders said …`: a second statement with its own speaker.
                if new_statement(ctx, n, end) {
                    break;
                }
                // `said the offer “doesn’t cover it” and rejected …`: after quoted words, a past
                // tense is the speaker's next act, not more of what was said.
                if matches!(ctx.raw(k - 1), "”" | "\"") && ctx.word(n).ends_with("ed") {
                    break;
                }
            }
            if ctx.is_punct(k, ",") {
                let w = ctx.word(k + 1);
                let w2 = ctx.word(k + 2);
                // `…, 39 have said …`: another statement with its own subject.
                if new_statement(ctx, k + 1, end) && !matches!(w, "and" | "but") {
                    break;
                }
                // `Roe, who estimated that costs would double, said …`: the main clause's cue
                // ends the relative clause's content.
                if ctx.cue_start.get(k + 1).copied().unwrap_or(false) && !ctx.is_capitalised(k + 1)
                {
                    break;
                }
                // `…, adding …`, `…, according to …`, `…, where …`, `…, and urged …`; other
                // participles (`…, including …`) stay in the content.
                if PARTICIPLES.contains(&w)
                    || (w == "according" && w2 == "to")
                    || matches!((w, w2), ("compared", _) | ("a", _) | ("an", _))
                    || matches!(w2, "which" | "whom")
                    || CLAUSE_BREAKS.contains(&w)
                    || (matches!(w, "and" | "but")
                        && (w2.ends_with("ed")
                            || w2 == "also"
                            || w2 == "said"
                            || matches!(w2, "he" | "she" | "they")))
                {
                    break;
                }
            }
        }
        k += 1;
    }
    k.saturating_sub(1).max(from)
}

/// Number words that can follow `about` (`said about four thousand staff…`).
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "half",
];

/// Token `k` starts a number: digits, a number word, or `a` before a scale (`a dozen`).
fn starts_number(ctx: &Ctx, k: usize) -> bool {
    let digits = ctx.is_number(k);
    let scale = ctx.word(k) == "a"
        && matches!(
            ctx.word(k + 1),
            "dozen" | "hundred" | "thousand" | "million" | "third" | "quarter" | "half"
        );
    digits || scale || NUMBER_WORDS.contains(&ctx.word(k))
}

/// A one-word answer as the whole reported clause: `46 percent said yes`, `he said so`.
fn short_answer(ctx: &Ctx, from: usize, to: usize) -> bool {
    from == to && ctx.is_word(from) && matches!(ctx.word(from), "yes" | "no" | "so")
}

/// `a rule change that he said would…`, `which Smith says had…`: the relative pronoun before
/// the speaker stands for the subject of the reported words, so it is their first piece.
fn relative_pronoun(ctx: &Ctx, speaker: &Speaker, cue: usize) -> Option<Range<usize>> {
    let m = speaker.mention.as_ref()?;
    let first = ctx.tokens.partition_point(|t| t.start < m.start);
    if first >= cue || cue - first > 3 {
        return None;
    }
    let p = first.checked_sub(1)?;
    let w = ctx.word(p);
    if !matches!(w, "which" | "that" | "what")
        || !ctx.is_word(p)
        || ctx.iq(p).is_some()
        || (p > 0 && ctx.lexicon_cue(p - 1))
    {
        return None;
    }
    Some(ctx.range(p, p))
}

/// Whether a subject of a few words starting at `k` is followed by a speech cue (`other GOP
/// leaders said`, `one in four said`).
fn new_statement(ctx: &Ctx, k: usize, end: usize) -> bool {
    let mut n = k;
    while n < end && n < k + 6 {
        let number = ctx.is_number(n);
        if !(ctx.is_word(n) || number) || ctx.iq(n).is_some() {
            return false;
        }
        if n > k && ctx.cue_start.get(n).copied().unwrap_or(false) && !ctx.is_capitalised(n) {
            return true;
        }
        n += 1;
    }
    false
}

/// Reported content without trailing punctuation or white space.
fn trim_content(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '—' | '–')
    });
    let lead = t.len() - t.trim_start().len();
    let lead = lead + dateline_len(&t[lead..]);
    range.start + lead..range.start + t.len()
}

/// The length of a dateline opening a lede's content (`MILLBROOK, Pa. — `, `OSLO — `): a place
/// in capitals, maybe a comma and a state or country, then a dash. 0 when there is none.
fn dateline_len(s: &str) -> usize {
    // The place is at most 40 bytes, so the dash ends within the first 45 (" — " is 5): the
    // rest of the content (a long clause) is not searched.
    let mut window = s.len().min(45);
    while !s.is_char_boundary(window) {
        window += 1;
    }
    let s = &s[..window];
    if !s.contains(['—', '–', '-']) {
        return 0;
    }
    let Some((head, end)) = [" — ", " – ", " -- "]
        .iter()
        .filter_map(|d| s.find(d).map(|p| (p, d.len())))
        .min()
        .map(|(p, n)| (p, p + n))
    else {
        return 0;
    };
    let place = &s[..head];
    if place.len() > 40 {
        return 0;
    }
    let (city, region) = place.split_once(',').unwrap_or((place, ""));
    let caps = city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    // A region or a date after the place: `MILLBROOK, Pa. —`, `GENEVA, Nov. 20 —`.
    let region_ok = region.split_whitespace().all(|w| {
        (w.chars().next().is_some_and(char::is_uppercase) && w.len() <= 12)
            || (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
    });
    if caps && city.chars().filter(|c| c.is_alphabetic()).count() >= 2 && region_ok {
        end
    } else {
        0
    }
}

analyze_sdk::export_analyzer!(Quotes);

#[cfg(test)]
mod tests;
