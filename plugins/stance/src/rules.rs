//! Holder → target stance and tone from cue words and constructions, one pass over the tokens
//! of each sentence.

use crate::lexicon::{
    normalize_cow, word_matches, Element, HashSet, Label, Lexicon, Pattern, PatternSet,
};
use analyze_sdk::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

/// A token of the sentence being read, with its normalised form.
#[derive(Debug, Clone)]
pub struct Word<'t> {
    pub start: usize,
    pub end: usize,
    /// Lowercased, apostrophes straightened; borrowed from the text when it already is.
    pub norm: Cow<'t, str>,
    pub kind: TokenKind,
    /// Whether it starts with a capital letter in the text (a name, not an adverb: `Kelly`).
    pub upper: bool,
}

impl Word<'_> {
    fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// An actor mention, with the index of its actor.
#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub actor: usize,
}

/// A quote from the quotes plugin: where its words are and who said them.
#[derive(Debug, Clone)]
pub struct Quote {
    pub content: Vec<Range<usize>>,
    pub speaker: Holder,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Holder {
    pub actor: Option<String>,
    pub mention: Option<Span>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    pub actor: Option<String>,
    pub span: Span,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StanceFinding {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub holder: Holder,
    pub target: Target,
    pub stance: &'static str,
    pub score: f64,
    pub cue: Option<Span>,
    pub evidence: Span,
    /// How the target was found: `phrase`, `actor`, `clause`, `points_back`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<&'static str>,
    #[serde(skip)]
    pub sentence: usize,
    /// For a target that is someone's stated position: that position's stance.
    #[serde(skip)]
    pub position_of: Option<&'static str>,
}

impl StanceFinding {
    /// A stance of `holder` on `target`: its score is `strength` with the sign of `label` (0 for
    /// neutral), to two decimals.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        holder: Holder,
        target: Target,
        label: Label,
        strength: f64,
        cue: Option<Span>,
        evidence: &Span,
        via: &'static str,
        sentence: usize,
    ) -> StanceFinding {
        let score = match label {
            Label::Support => strength,
            Label::Oppose => -strength,
            Label::Neutral => 0.0,
        };
        StanceFinding {
            kind: "stance",
            holder,
            target,
            stance: label.as_str(),
            score: (score * 100.0).round() / 100.0,
            cue,
            evidence: evidence.clone(),
            via: Some(via),
            sentence,
            position_of: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToneFinding {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub holder: Holder,
    pub tone: String,
    pub cue: Option<Span>,
    pub evidence: Span,
}

/// What the rules read: the document, its actors with their mentions, and its quotes.
pub struct Context<'a> {
    pub doc: &'a Document,
    /// [`lowered`] of the document's text.
    pub lower: &'a str,
    pub actors: &'a [crate::input::Known],
    /// Sorted by start.
    pub mentions: Vec<Mention>,
    pub quotes: &'a [Quote],
    /// `reach[k]`: the furthest end of `mentions[..=k]`, so that whether a mention covers a
    /// stretch takes a binary search, not a scan of the document's mentions.
    reach: Vec<usize>,
    /// Every content range of every quote, sorted by start: (range, quote, content index).
    quote_spans: Vec<(Range<usize>, usize, usize)>,
    /// `quote_reach[k]`: the furthest end of `quote_spans[..=k]`, so that the quotes over an
    /// offset take a binary search, not a scan of the document's quotes.
    quote_reach: Vec<usize>,
}

#[derive(Default)]
pub struct Found {
    pub stances: Vec<StanceFinding>,
    pub tones: Vec<ToneFinding>,
}

const CLAUSE_STOPS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "while", "but", "though", "although", "because",
    "since", "as", "if", "when", "whereas", "saying", "said", "says", "adding", "where", "so",
    "amid", "despite", "after", "yet", "unless",
];
const AUX: &[&str] = &[
    "has", "have", "had", "will", "would", "did", "does", "do", "also", "again", "then", "now",
    "publicly", "openly", "already", "still", "always", "quickly", "has been", "is", "was", "were",
    "are", "be", "been", "to", "should", "must", "can", "shall", "and",
];
const BE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];
const PREPOSITIONS: &[&str] = &[
    "in", "by", "for", "of", "on", "at", "with", "from", "about", "over",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "there"];
const FIRST_PERSON: &[&str] = &["i", "we", "my", "our", "me", "us"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
];
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "both",
];
/// Words that stop a noun phrase because a time phrase starts there (`on Tuesday`, `last week`).
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "overnight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Words that start a time phrase when a time word, month or date follows (`on Tuesday`).
const TIME_LEADS: &[&str] = &[
    "on", "last", "next", "this", "earlier", "later", "early", "late", "in", "since", "until",
    "by", "from", "during",
];
const TIME_NOUNS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];
const PEOPLE_NOUNS: &[&str] = &[
    "leaders",
    "officials",
    "ministers",
    "lawmakers",
    "critics",
    "allies",
    "diplomats",
    "government",
    "administration",
    "opposition",
    "protesters",
    "voters",
    "democrats",
    "republicans",
    "officers",
    "activists",
    "analysts",
    "experts",
    "residents",
    "members",
    "senators",
    "governments",
    "negotiators",
    "delegation",
    "party",
    "president",
    "minister",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];
const VERBISH: &[&str] = &[
    "said",
    "says",
    "say",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "has",
    "have",
    "had",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "does",
    "remains",
    "remain",
    "seems",
    "seem",
    "appears",
    "became",
    "becomes",
    "continues",
    "continue",
    "looks",
];

/// Nouns for people or groups of them that a stance noun before them only modifies (`Opposition
/// leader`, `protest organisers`).
const MODIFIED_PEOPLE: &[&str] = &[
    "leader",
    "leaders",
    "leadership",
    "party",
    "parties",
    "lawmakers",
    "legislators",
    "mps",
    "politicians",
    "figure",
    "figures",
    "group",
    "groups",
    "forces",
    "candidate",
    "candidates",
    "coalition",
    "bloc",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "members",
    "activists",
    "camp",
    "benches",
    "movement",
    "organisers",
    "organizers",
    "staff",
    "fighters",
];

fn any(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether the cue word at `i` is a participle used as an adjective: an `-ed` or `-ing` form
/// after a number or a possessive noun and before a noun (`two protected wetlands`,
/// `the city's proposed budget`), not a verb (`she's backing the plan`).
fn attributive(words: &[Word], i: usize) -> bool {
    let (Some(cue), Some(prev), Some(next)) = (
        words.get(i),
        i.checked_sub(1).and_then(|p| words.get(p)),
        words.get(i + 1),
    ) else {
        return false;
    };
    let participle = cue.norm.len() > 4 && (cue.norm.ends_with("ed") || cue.norm.ends_with("ing"));
    let pronoun_is = matches!(
        prev.norm.as_ref(),
        "he's" | "she's" | "it's" | "that's" | "there's" | "who's" | "what's" | "here's"
    );
    let modifier = prev.kind == TokenKind::Number
        || any(NUMBER_WORDS, &prev.norm)
        || (has_possessive_suffix(&prev.norm) && !pronoun_is);
    let noun_next = next.kind == TokenKind::Word
        && !any(DETERMINERS, &next.norm)
        && !any(PRONOUNS, &next.norm)
        && !any(PREPOSITIONS, &next.norm)
        && !any(CLAUSE_STOPS, &next.norm)
        && !matches!(
            next.norm.as_ref(),
            "to" | "and" | "or" | "him" | "them" | "us"
        );
    participle && modifier && noun_next
}

/// `'s` or `s'`: a possessive noun (`the city's`, `the unions'`), not a possessive pronoun.
fn has_possessive_suffix(norm: &str) -> bool {
    norm.ends_with("'s") || norm.ends_with("s'")
}

/// The document text with the ASCII letters lowercased and backticks made apostrophes: what
/// [`normalize`](crate::lexicon::normalize) makes of an ASCII word, at the same offsets, so that
/// words can borrow their normal form from it.
pub fn lowered(text: &str) -> String {
    let mut lower = text.to_ascii_lowercase();
    if lower.contains('`') {
        lower = lower.replace('`', "'");
    }
    lower
}

/// The words of `range`, normalised. `lower` is [`lowered`] of the document's text.
pub fn words<'t>(doc: &'t Document, lower: &'t str, range: Range<usize>) -> Vec<Word<'t>> {
    doc.tokens_in(range)
        .iter()
        .map(|t| {
            let raw = doc.text.get(t.start..t.end).unwrap_or("");
            let norm = match lower.get(t.start..t.end) {
                Some(l) if raw.is_ascii() => Cow::Borrowed(l),
                _ => normalize_cow(raw),
            };
            Word {
                start: t.start,
                end: t.end,
                norm,
                kind: t.kind,
                upper: raw.starts_with(char::is_uppercase),
            }
        })
        .collect()
}

/// The words of every sentence, computed once for all the rules.
pub fn sentence_words<'t>(doc: &'t Document, lower: &'t str) -> Vec<Vec<Word<'t>>> {
    doc.sentences()
        .iter()
        .map(|s| words(doc, lower, s.range()))
        .collect()
}

/// Matches `pattern` at word `i`: the end (exclusive) and the slot's words if it has one.
fn match_at(pattern: &Pattern, words: &[Word], i: usize) -> Option<(usize, Option<Range<usize>>)> {
    fn go(
        elements: &[Element],
        words: &[Word],
        j: usize,
        slot: Option<Range<usize>>,
    ) -> Option<(usize, Option<Range<usize>>)> {
        let Some((first, rest)) = elements.split_first() else {
            return Some((j, slot));
        };
        match first {
            Element::Word { .. } => {
                let word = words.get(j)?;
                word_matches(first, &word.norm).then_some(())?;
                go(rest, words, j + 1, slot)
            }
            Element::Gap => {
                for k in 0..=8 {
                    if k > 0 {
                        let w = words.get(j + k - 1)?;
                        if !w.is_word() {
                            return None;
                        }
                    }
                    if let Some(found) = go(rest, words, j + k, slot.clone()) {
                        return Some(found);
                    }
                }
                None
            }
            Element::Slot => {
                if rest.is_empty() {
                    return Some((j, None));
                }
                for k in 1..=6 {
                    let w = words.get(j + k - 1)?;
                    if !w.is_word() {
                        return None;
                    }
                    if let Some(found) = go(rest, words, j + k, Some(j..j + k)) {
                        return Some(found);
                    }
                }
                None
            }
        }
    }
    go(&pattern.elements, words, i, None)
}

/// The longest pattern of `set` that matches at `i`.
fn best_match<'l>(
    set: &'l PatternSet,
    words: &[Word],
    i: usize,
    scratch: &mut Vec<usize>,
) -> Option<(&'l Pattern, usize, Option<Range<usize>>)> {
    let word = words.get(i)?;
    if !word.is_word() {
        return None;
    }
    set.candidates(&word.norm, scratch);
    let mut best: Option<(&Pattern, usize, Option<Range<usize>>)> = None;
    for &index in scratch.iter() {
        let Some(pattern) = set.patterns.get(index) else {
            continue;
        };
        if let Some((end, slot)) = match_at(pattern, words, i) {
            if best.as_ref().is_none_or(|(_, e, _)| end > *e) {
                best = Some((pattern, end, slot));
            }
        }
    }
    best
}

impl<'a> Context<'a> {
    /// `mentions` sorted by start (sorted here if they are not).
    pub fn new(
        doc: &'a Document,
        lower: &'a str,
        actors: &'a [crate::input::Known],
        mut mentions: Vec<Mention>,
        quotes: &'a [Quote],
    ) -> Self {
        mentions.sort_by_key(|m| (m.start, m.end));
        let reach = mentions
            .iter()
            .scan(0, |far, m| {
                *far = (*far).max(m.end);
                Some(*far)
            })
            .collect();
        let mut quote_spans: Vec<(Range<usize>, usize, usize)> = quotes
            .iter()
            .enumerate()
            .flat_map(|(q, quote)| {
                quote
                    .content
                    .iter()
                    .enumerate()
                    .map(move |(c, range)| (range.clone(), q, c))
            })
            .collect();
        quote_spans.sort_by_key(|(range, q, c)| (range.start, *q, *c));
        let quote_reach = quote_spans
            .iter()
            .scan(0, |far, (range, _, _)| {
                *far = (*far).max(range.end);
                Some(*far)
            })
            .collect();
        Context {
            doc,
            lower,
            actors,
            mentions,
            quotes,
            reach,
            quote_spans,
            quote_reach,
        }
    }

    /// The quotes one of whose content ranges holds all of `start..end`, with that range's
    /// quote and content indices, in no set order (a quote may come once per such range).
    pub fn quotes_over(
        &self,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let k = self
            .quote_spans
            .partition_point(|(range, _, _)| range.start <= start);
        let spans = self.quote_spans.get(..k).unwrap_or(&[]);
        let reach = self.quote_reach.get(..k).unwrap_or(&[]);
        spans
            .iter()
            .zip(reach)
            .rev()
            .take_while(move |(_, &far)| far >= end)
            .filter(move |((range, _, _), _)| end <= range.end)
            .map(|((_, q, c), _)| (*q, *c))
    }

    /// Whether one mention spans all of `start..end`: the mentions that start by `start` reach
    /// at least `end`.
    fn covered(&self, start: usize, end: usize) -> bool {
        let k = self.mentions.partition_point(|m| m.start <= start);
        k.checked_sub(1)
            .and_then(|last| self.reach.get(last))
            .is_some_and(|&far| far >= end)
    }

    /// Whether a mention ends with the word that ends at `end` (it holds the byte before `end`).
    fn ends_in_mention(&self, end: usize) -> bool {
        end.checked_sub(1)
            .is_some_and(|last| self.covered(last, end))
    }

    fn span(&self, start: usize, end: usize) -> Option<Span> {
        self.doc.span(start, end).ok()
    }

    /// A holder named by the words at `start..end` (`the party's youth wing`, `European
    /// leaders`), no actor's.
    fn phrase_holder(&self, start: usize, end: usize) -> Option<Holder> {
        let span = self.span(start, end)?;
        Some(Holder {
            actor: None,
            name: span.text.clone(),
            mention: Some(span),
        })
    }

    fn holder_of(&self, mention: &Mention) -> Holder {
        let actor = self.actors.get(mention.actor);
        Holder {
            actor: actor.map(|a| a.id.clone()),
            mention: self.span(mention.start, mention.end),
            name: actor.map(|a| a.name.clone()).unwrap_or_default(),
        }
    }

    /// A mention as a target: its actor and words.
    fn target_of(&self, mention: &Mention) -> Option<Target> {
        let span = self.span(mention.start, mention.end)?;
        Some(Target {
            actor: self.actors.get(mention.actor).map(|a| a.id.clone()),
            text: span.text.clone(),
            span,
        })
    }

    /// Mentions that lie inside `range`.
    fn mentions_in(&self, range: Range<usize>) -> &[Mention] {
        let first = self.mentions.partition_point(|m| m.start < range.start);
        let last = self.mentions.partition_point(|m| m.start < range.end);
        let slice = self.mentions.get(first..last.max(first)).unwrap_or(&[]);
        let keep = slice.iter().take_while(|m| m.end <= range.end).count();
        slice.get(..keep).unwrap_or(&[])
    }

    /// The first quote (in the quotes' order) with a content range that holds `offset`, and
    /// its first such range.
    fn quote_at(&self, offset: usize) -> Option<(&Quote, Range<usize>)> {
        let (q, c) = self.quotes_over(offset, offset + 1).min()?;
        let quote = self.quotes.get(q)?;
        Some((quote, quote.content.get(c)?.clone()))
    }
}

/// A finding made earlier in this sentence: its holder and the bytes of its target.
struct Made {
    holder: Holder,
    target: Range<usize>,
}

/// Runs every rule over the document.
/// `sentence_words`: the words of each sentence of the document, from [`sentence_words`].
pub fn run(ctx: &Context, sentence_words: &[Vec<Word>]) -> Found {
    let lexicon = Lexicon::get();
    let mut found = Found::default();
    let mut scratch = Vec::new();
    for si in 0..ctx.doc.sentences().len() {
        let Some(words) = sentence_words.get(si) else {
            continue;
        };
        let words = words.as_slice();
        let Some(evidence) = evidence_span(ctx, words) else {
            continue;
        };
        let mut made: Vec<Made> = Vec::new();
        // This sentence's findings start here, whichever rule pushes them.
        let first_of_sentence = found.stances.len();
        let mut consumed = vec![false; words.len()];

        // `X's position that …`, `X's demand for …`: X supports what follows.
        for i in 0..words.len() {
            if let Some(f) = position_construction(ctx, lexicon, words, i, si, &evidence) {
                if let Some(c) = consumed.get_mut(i + 1) {
                    *c = true;
                }
                record(&mut found, &mut made, f);
            }
        }

        // Stance cues.
        let mut i = 0;
        while i < words.len() {
            if consumed.get(i).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
            let Some((pattern, end, slot)) = best_match(&lexicon.cues, words, i, &mut scratch)
            else {
                i += 1;
                continue;
            };
            if slot.is_none() && pattern.elements.len() == 1 && no_cue_here(ctx, words, i, pattern)
            {
                i = end;
                continue;
            }
            if let Some(f) = cue_finding(
                ctx, lexicon, words, i, end, slot, pattern, si, &evidence, &made, &found,
            ) {
                if !denied_holder(words, i, &f.holder) {
                    record(&mut found, &mut made, f);
                }
            }
            i = end.max(i + 1);
        }

        // `[A] shrugged off [B]'s criticism.`: after the cues, which may have taken the noun
        // phrase as their own target.
        for k in 0..words.len() {
            if let Some(f) = answered_noun(ctx, lexicon, words, k, si, &evidence, &made) {
                record(&mut found, &mut made, f);
            }
        }

        // `X called Y a bigot`, `X described Y's claim as slanderous`.
        for k in 0..words.len() {
            if let Some(f) = naming(ctx, lexicon, words, k, si, &evidence, &made) {
                record(&mut found, &mut made, f);
            }
        }

        // `X, a frequent Y critic`, `X is a longtime Y supporter`.
        for k in 1..words.len() {
            if let Some(f) = role_compound(ctx, words, k, si, &evidence) {
                record(&mut found, &mut made, f);
            }
        }

        if let Some(this_sentence) = found.stances.get_mut(first_of_sentence..) {
            inside_an_action(this_sentence);
        }
        let this_sentence = found.stances.get(first_of_sentence..).unwrap_or(&[]);
        let extra = conjunct_holders(ctx, &evidence, this_sentence);
        found.stances.extend(extra);
        let this_sentence = found.stances.get(first_of_sentence..).unwrap_or(&[]);
        let extra = later_holders(ctx, words, this_sentence);
        found.stances.extend(extra);
        let this_sentence = found.stances.get(first_of_sentence..).unwrap_or(&[]);
        let extra = affiliated_holders(ctx, this_sentence);
        found.stances.extend(extra);
        let this_sentence = found.stances.get(first_of_sentence..).unwrap_or(&[]);
        let extra = supported_harm(ctx, words, this_sentence);
        found.stances.extend(extra);

        let tones = tones(ctx, lexicon, words, &evidence, &made, &mut scratch);
        found.tones.extend(tones);
    }
    dedup(&mut found.stances);
    found.stances.sort_by_key(|f| {
        (
            f.evidence.start,
            f.cue.as_ref().map_or(f.target.span.start, |c| c.start),
        )
    });
    found
}

/// `X did not rule out backing Y`, `X opposed backing Y`: a cue that starts the target of the
/// same holder's other finding is the action that finding is about, so it holds only as strongly
/// as that one, and against Y when that one is against the action.
fn inside_an_action(stances: &mut [StanceFinding]) {
    let outer: Vec<Option<f64>> = stances
        .iter()
        .map(|f| {
            let c = f.cue.as_ref()?;
            stances
                .iter()
                .find(|o| {
                    o.score != 0.0
                        && o.target.span.start == c.start
                        && o.holder.name == f.holder.name
                        && o.holder.actor == f.holder.actor
                        && o.cue.as_ref().is_some_and(|oc| oc.start < c.start)
                })
                .map(|o| o.score)
        })
        .collect();
    for (f, o) in stances.iter_mut().zip(outer) {
        let Some(o) = o else { continue };
        if f.score == 0.0 {
            continue;
        }
        let score = f.score.signum() * o.signum() * f.score.abs().min(o.abs());
        f.score = score;
        f.stance = if score > 0.0 {
            Label::Support.as_str()
        } else {
            Label::Oppose.as_str()
        };
    }
}

/// `X rejected claims that Y had sided with Z`, `X denied that he backed Z`: the holder is named
/// inside a denied clause before the cue at `i` (`that` at most three words after a denial
/// verb), so the stance is what X denies, no one's.
fn denied_holder(words: &[Word], i: usize, holder: &Holder) -> bool {
    let Some(h) = holder.mention.as_ref() else {
        return false;
    };
    let Some(before) = words.get(..i) else {
        return false;
    };
    // Only within the holder's clause: `X denied that talks had stalled, but Y backed Z`.
    let start = before
        .iter()
        .rev()
        .filter(|w| w.end <= h.start)
        .find(|w| any(crate::pairs::CLAUSE_BREAKS, &w.norm))
        .map_or(0, |w| w.end);
    crate::pairs::denied_clause(before, start, h.start)
}

/// Keeps a finding of this sentence: among the findings, and in `made` for the rules after it.
fn record(found: &mut Found, made: &mut Vec<Made>, f: StanceFinding) {
    made.push(Made {
        holder: f.holder.clone(),
        target: f.target.span.range(),
    });
    found.stances.push(f);
}

/// Nouns of a text whose content (`a paragraph on …`) is no stance of who handles the text.
const DOCUMENT_NOUNS: &[&str] = &[
    "paragraph",
    "clause",
    "section",
    "passage",
    "sentence",
    "wording",
    "language",
    "draft",
    "text",
    "annex",
    "chapter",
    "provision",
    "provisions",
    "paragraphs",
    "clauses",
];

/// Whether the one-word cue at `i` is used as no stance verb here.
fn no_cue_here(ctx: &Context, words: &[Word], i: usize, pattern: &Pattern) -> bool {
    // A cue word used as a noun after a determiner (`the support`, `a demand`).
    let after_det = i > 0
        && words
            .get(i - 1)
            .is_some_and(|w| any(DETERMINERS, &w.norm) || w.norm == "such");
    // A cue word of noun form right after a preposition, or after a common noun or adjective
    // with no object after it, is the noun: `a barrage of criticism in parliament`, `the
    // longest hospital disputes in the region` (not `to criticise`, `of backing Y`).
    let noun_use = || noun_use(ctx, words, i);
    // `attack` after an adjective or a noun is the noun (`a drone attack on`, `terrorist
    // attacks`); the verb follows `to`, an auxiliary, a pronoun, an adverb or a name.
    let attack_noun = || {
        matches!(
            words.get(i).map(|w| w.norm.as_ref()),
            Some(
                "attack"
                    | "attacks"
                    | "challenge"
                    | "challenges"
                    | "welcome"
                    | "champion"
                    | "champions"
            )
        ) && !verb_context(ctx, words, i)
    };
    // `trust` the body, not the verb: after a noun and before a verb or a person noun (`the
    // hospital trust called off`, `trust chair Helen Marsh`).
    let trust_body = matches!(
        words.get(i).map_or("", |w| w.norm.as_ref()),
        "trust" | "trusts"
    ) && !verb_context(ctx, words, i)
        && words.get(i + 1).is_some_and(|n| {
            n.is_word()
                && (any(VERBISH, &n.norm)
                    || n.norm.len() > 4 && n.norm.ends_with("ed")
                    || !n.upper && (any(MODIFIED_PEOPLE, &n.norm) || has_role_word(&n.norm)))
        });
    // A capitalised cue word between two capitalised words is part of a name: `the Harlow
    // Town Supporters' Trust`, `the International Rescue Committee`.
    let in_name = words.get(i).is_some_and(|w| w.upper)
        && i > 0
        && words
            .get(i - 1)
            .is_some_and(|p| p.is_word() && p.upper && !any(DETERMINERS, &p.norm))
        && words.get(i + 1).is_some_and(|n| n.is_word() && n.upper);
    // The agent noun of a stem cue (`supporters`, `backers`) names people; `X supporters`
    // is no stance of X (`supporter of` is a pattern of its own).
    let word = words.get(i).map_or("", |w| w.norm.as_ref());
    let agent_noun = match pattern.elements.first() {
        Some(Element::Word { text, prefix: true }) => {
            word.len() > text.len() + 1 && (word.ends_with("er") || word.ends_with("ers"))
        }
        _ => false,
    };
    let back_adverb = word == "back" && back_is_adverb(words, i);
    // `charged with murder` (a reduced passive, no agent) and `emotionally charged letters` (an
    // adjective) are no charge someone made.
    let charged_as_adjective = word == "charged"
        && (words.get(i + 1).is_some_and(|w| w.norm == "with")
            || i > 0
                && words
                    .get(i - 1)
                    .is_some_and(|w| w.norm.len() > 4 && w.norm.ends_with("ly")));
    // A stance noun that modifies a noun naming people is part of a name or title, not a
    // stance: `Opposition leader Karen Doyle`, `protest organisers`, `opposition parties`.
    let nominal = word.ends_with("ion")
        || matches!(
            word,
            "protest" | "protests" | "dissent" | "resistance" | "support"
        );
    let names_people = words
        .get(i + 1)
        .is_some_and(|n| any(MODIFIED_PEOPLE, &n.norm));
    // A harm noun that modifies a noun of its undoing names that undoing, and one right after
    // a verb of undoing is undone: no harm done (`sanctions relief for Y`, `a sanctions waiver`,
    // `lifting sanctions on Y`). Another cue before such a noun stays one (`backed relief for Y`).
    let undone = undone_harm(words, i, i.saturating_sub(1));
    // A cue inside what a document is about, or inside what someone fears, is no stance of
    // the one who acts on the document or fears: `refused to sign a paragraph on new
    // sanctions against Y`, `feared retaliation against Y's wine`.
    let within = |lead: &dyn Fn(usize) -> bool| {
        (1..=4).any(|b| {
            i >= b
                && lead(i - b)
                && words.get(i - b + 1..i).is_some_and(|ws| {
                    ws.iter()
                        .all(|w| w.is_word() && !any(CLAUSE_STOPS, &w.norm))
                })
        })
    };
    let about_document = within(&|k| {
        k > 0
            && words
                .get(k)
                .is_some_and(|w| matches!(w.norm.as_ref(), "on" | "about" | "regarding"))
            && words
                .get(k - 1)
                .is_some_and(|w| any(DOCUMENT_NOUNS, &w.norm))
    });
    let feared = within(&|k| {
        words.get(k).is_some_and(|w| {
            matches!(
                w.norm.as_ref(),
                "fear" | "fears" | "feared" | "fearing" | "dreaded" | "dreads"
            )
        })
    });
    // A participle used as an adjective describes its noun, it is no stance on it:
    // `two protected wetlands`, `the agency's proposed rules`.
    about_document
        || feared
        || after_det
        || noun_use()
        || nominal && names_people
        || undone
        || attack_noun()
        || in_name
        || trust_body
        || agent_noun
        || charged_as_adjective
        || back_adverb
        || attributive(words, i)
}

/// Whether the cue word at `i` is used as a noun: a form that is no participle (`criticism`,
/// `disputes`) right after a preposition other than `to` (`a barrage of criticism`), or right
/// after a lower-case word that is no verb, auxiliary, pronoun or adverb (a noun or an
/// adjective: `hospital disputes`, `fierce criticism`), when neither an object nor the noun's
/// own argument follows, only a place or a clause break (`disputes in the region`; `the
/// hospital disputes the figures` stays a verb, `mild criticism of Y` a stance).
fn noun_use(ctx: &Context, words: &[Word], i: usize) -> bool {
    let (Some(cue), Some(prev)) = (words.get(i), i.checked_sub(1).and_then(|p| words.get(p)))
    else {
        return false;
    };
    let participle = cue.norm.ends_with("ed") || cue.norm.ends_with("ing");
    if participle || !prev.is_word() {
        return false;
    }
    // No object, and no preposition of the noun's own argument (`support for Y`, `criticism
    // of Y`, `praise on Y`: a stance noun with its target), only a place or a clause break.
    let no_object = words.get(i + 1).is_none_or(|n| {
        !n.is_word()
            || any(CLAUSE_STOPS, &n.norm)
            || matches!(
                n.norm.as_ref(),
                "in" | "at" | "among" | "across" | "during" | "within" | "around" | "throughout"
            )
    });
    if !no_object || verb_context(ctx, words, i) {
        return false;
    }
    if any(PREPOSITIONS, &prev.norm) {
        return true;
    }
    prev.kind == TokenKind::Word
        && !prev.upper
        && !any(DETERMINERS, &prev.norm)
        && !any(CLAUSE_STOPS, &prev.norm)
        && !any(VERBISH, &prev.norm)
        && !matches!(prev.norm.as_ref(), "and" | "or" | "not" | "to" | "who")
        && !prev.norm.ends_with("ed")
        && !has_possessive_suffix(&prev.norm)
}

/// `back` the adverb, not the verb: `back in the capital`, `back on his feet`, `walked back his
/// claim`, `sit back and`: the word at `i` is `back` and its neighbour says so.
fn back_is_adverb(words: &[Word], i: usize) -> bool {
    let next_says_adverb = words
        .get(i + 1)
        .is_none_or(|w| !w.is_word() || any(AFTER_ADVERB_BACK, &w.norm));
    let prev_says_adverb = i
        .checked_sub(1)
        .and_then(|j| words.get(j))
        .is_some_and(|w| any(VERBS_WITH_ADVERB_BACK, &w.norm));
    next_says_adverb || prev_says_adverb
}

/// Words after `back` that make it an adverb (`back in`, `back home`, `back and forth`).
const AFTER_ADVERB_BACK: &[&str] = &[
    "in", "on", "to", "at", "from", "into", "home", "then", "when", "down", "up", "off", "out",
    "away", "and", "or", "behind", "onto",
];

/// Words before `back` that make it an adverb or a particle (`walked back`, `came back`, `far
/// back`, `a long way back`).
const VERBS_WITH_ADVERB_BACK: &[&str] = &[
    "walk", "walked", "walking", "sit", "sat", "come", "came", "coming", "go", "went", "going",
    "get", "got", "bring", "brought", "put", "pull", "pulled", "step", "stepped", "roll", "rolled",
    "scale", "scaled", "cut", "look", "looked", "way", "fight", "fought", "hit", "pay", "paid",
    "hold", "held", "call", "called", "write", "wrote", "turn", "turned", "give", "gave", "take",
    "took", "send", "sent", "move", "moved", "fall", "fell", "far", "ago", "bounce", "bounced",
    "dial", "dialed", "kick",
];

/// `X and Y criticised Z`: each conjunct holds the stance. The findings for the other
/// conjuncts of the holders of `stances`, this sentence's findings.
fn conjunct_holders(
    ctx: &Context,
    evidence: &Span,
    stances: &[StanceFinding],
) -> Vec<StanceFinding> {
    let mut extra = Vec::new();
    for f in stances {
        let Some(h) = f.holder.mention.as_ref() else {
            continue;
        };
        // Only a subject before the cue can be a list of holders; one after it (`…, X
        // said`, a reversed holder) has the cue's own words before it.
        if f.cue.as_ref().is_none_or(|c| h.end > c.start) {
            continue;
        }
        let mut start = h.start;
        // Walk back over `A, B and` before the holder's mention: the list must close with
        // a conjunction next to the holder (`A, B` alone is no list).
        let mut first_step = true;
        while let Some(m) = ctx.mentions_in(evidence.start..start).last() {
            let gap = ctx.doc.text.get(m.end..start).unwrap_or("");
            let gap = gap.trim_start_matches(['\'', '\u{2019}', 's']).trim();
            let conjunction = matches!(gap, "and" | ", and" | "or" | ", or" | "&");
            if !(conjunction || (gap == "," && !first_step)) {
                break;
            }
            first_step = false;
            let holder = ctx.holder_of(m);
            if holder.actor.is_none() || holder.actor != f.target.actor {
                let mut g = f.clone();
                g.holder = holder;
                extra.push(g);
            }
            start = m.start;
        }
    }
    extra
}

/// Holders named after the holder: the later conjuncts of an agent after its cue (`[A] was
/// praised by B, a Democrat, and Sheriff [C]`, `drew criticism from B and [C]`) and the
/// members a group holder lists (`drew criticism from Republicans, including Senator [C]`,
/// `Several Republicans denounced [A]'s remarks, including Reps. B and [C]`). The findings
/// for them, from `stances`, this sentence's findings.
fn later_holders(ctx: &Context, words: &[Word], stances: &[StanceFinding]) -> Vec<StanceFinding> {
    let mut extra = Vec::new();
    for f in stances {
        let (Some(h), Some(cue)) = (f.holder.mention.as_ref(), f.cue.as_ref()) else {
            continue;
        };
        let after_cue = h.start >= cue.end;
        // Where a list of further holders may start: right after an agent named after its
        // cue, or after `including` that follows the holder or the target phrase.
        let mut starts = Vec::new();
        if after_cue {
            starts.push((h.end, false));
        }
        let mut list_from = vec![h.end];
        if !after_cue {
            list_from.push(f.target.span.end.max(cue.end));
        }
        for from in list_from {
            let mut j = words.partition_point(|w| w.start < from);
            if words.get(j).is_some_and(|w| w.norm == ",") {
                j += 1;
            }
            if let Some(w) = words.get(j).filter(|w| w.norm == "including") {
                starts.push((w.end, true));
            }
        }
        for (from, members) in starts {
            for m in listed_mentions(ctx, words, from, members) {
                extra.extend(also_held_by(ctx, f, m));
            }
        }
    }
    extra
}

/// The finding `f` held also by the actor of mention `m` (a member of the holder's list, the
/// body of the holder's office), at 0.9 of its score; none when `m` has no actor, is the holder
/// or the target already, or lies inside the target.
fn also_held_by(ctx: &Context, f: &StanceFinding, m: &Mention) -> Option<StanceFinding> {
    let holder = ctx.holder_of(m);
    if holder.actor.is_none()
        || holder.actor == f.holder.actor
        || holder.actor == f.target.actor
        || f.target.span.start < m.end && m.start < f.target.span.end
    {
        return None;
    }
    let mut g = f.clone();
    g.holder = holder;
    g.score = (g.score * 0.9 * 100.0).round() / 100.0;
    Some(g)
}

/// The mentions of a list that starts at `from`: after `including` (`members`), every name of
/// `A, B and C`; after a named holder, the names joined to it by `and` (`B, a Democrat, and
/// C`). Up to six words of a title or description (`Sen.`, `his old rival, Senator`) may come
/// before each name, and an appositive between commas after one; the list ends at a clause
/// word, a preposition or a verb.
fn listed_mentions<'c>(
    ctx: &'c Context,
    words: &[Word],
    from: usize,
    members: bool,
) -> Vec<&'c Mention> {
    let mut out = Vec::new();
    // Whether the next name belongs to the list, and the words since the last name.
    let mut joined = members;
    // After `and` or `including` a description may come (`his old rival`); after a comma of
    // a list, only a title (`Sen.`, `Sheriff`).
    let mut loose = true;
    let mut in_appositive = false;
    let mut since = 0;
    let mut k = words.partition_point(|w| w.start < from);
    while let Some(w) = words.get(k) {
        if let Some(m) = ctx.mentions_in(w.start..usize::MAX).first().filter(|m| {
            m.start == w.start && !matches!(w.norm.as_ref(), "his" | "her" | "their" | "its")
        }) {
            if !joined || out.len() >= 6 {
                break;
            }
            out.push(m);
            joined = false;
            in_appositive = false;
            since = 0;
            k = words.partition_point(|x| x.start < m.end);
            continue;
        }
        let norm = w.norm.as_ref();
        since += 1;
        let title = w.upper || any(ROLE_WORDS, norm) || any(HONORIFICS, norm);
        if matches!(norm, "and" | "or" | "&") {
            joined = true;
            loose = true;
            in_appositive = false;
            since = 0;
        } else if norm == "," {
            if members {
                joined = true;
                loose = false;
                since = 0;
            } else if !joined {
                // `B, a Democrat, and C`: an appositive opens or closes.
                in_appositive = !in_appositive;
            }
        } else if !(joined || in_appositive)
            || joined && !loose && !title
            || since > 6
            || !w.is_word()
            || any(CLAUSE_STOPS, norm)
            || any(PREPOSITIONS, norm)
            || any(VERBISH, norm)
            || any(AUX, norm)
        {
            break;
        }
        k += 1;
    }
    out
}

/// Acts done against someone: backing such an act opposes its object.
const HARM_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrikes",
    "bombing",
    "invasion",
    "crackdown",
    "sanctions",
    "ban",
    "boycott",
    "expulsion",
    "ouster",
    "removal",
    "impeachment",
    "prosecution",
    "arrest",
    "punishment",
    "war",
    "offensive",
    "expel",
    "oust",
    "remove",
    "impeach",
    "prosecute",
    "punish",
    "block",
    "defeat",
    "topple",
    "overthrow",
    "sanction",
];

/// Nouns for the undoing of an act, after the act's noun: `sanctions relief`, `a sanctions
/// waiver`, `the embargo's lifting`.
const UNDOING_NOUNS: &[&str] = &[
    "relief",
    "waiver",
    "waivers",
    "exemption",
    "exemptions",
    "easing",
    "lifting",
    "rollback",
    "repeal",
];

/// Words before an act that undo it: `lifting sanctions on Y`, `an end to the boycott of Y`.
const UNDOING_VERBS: &[&str] = &[
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "ease",
    "eases",
    "eased",
    "easing",
    "end",
    "ends",
    "ended",
    "ending",
    "relax",
    "relaxed",
    "relaxing",
    "scrap",
    "scrapped",
    "scrapping",
    "halt",
    "halted",
    "halting",
    "suspend",
    "suspended",
    "suspending",
    "repeal",
    "repealed",
    "repealing",
    "waive",
    "waived",
    "waiving",
    "drop",
    "dropped",
    "dropping",
    "stop",
    "stopped",
    "stopping",
    "withdraw",
    "withdrew",
    "withdrawing",
    "withdrawal",
    "cancel",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
];

/// Whether the word at `k` is an act of harm that is undone: a noun of its undoing right after
/// it (`sanctions relief`, `a sanctions waiver`) or a verb of undoing within four words before
/// it, from `first` on (`lifting sanctions on Y`, `an end to the blockade of Y`).
fn undone_harm(words: &[Word], k: usize, first: usize) -> bool {
    let harm = words.get(k).is_some_and(|w| any(HARM_NOUNS, &w.norm));
    let noun_after = || {
        words
            .get(k + 1)
            .is_some_and(|w| any(UNDOING_NOUNS, &w.norm))
    };
    let verb_before = || {
        words
            .get(first.max(k.saturating_sub(4))..k)
            .is_some_and(|ws| ws.iter().any(|w| any(UNDOING_VERBS, &w.norm)))
    };
    harm && (noun_after() || verb_before())
}

/// `X welcomed an attack on Y`, `X backed moves to expel Y`, `X supported sanctions against
/// Y`: supporting an act against Y opposes Y. The findings against those Ys, from `stances`,
/// this sentence's findings.
fn supported_harm(ctx: &Context, words: &[Word], stances: &[StanceFinding]) -> Vec<StanceFinding> {
    let mut extra = Vec::new();
    for f in stances {
        if f.stance != "support" || f.cue.is_none() || f.via == Some("reverse") {
            continue;
        }
        let span = &f.target.span;
        let Some(k) = words
            .iter()
            .position(|w| w.start >= span.start && w.end <= span.end && any(HARM_NOUNS, &w.norm))
        else {
            continue;
        };
        let Some(harm) = words.get(k) else { continue };
        // Backing the undoing of the act is no act against Y: `called for lifting sanctions on
        // [Y]`, `backed sanctions relief for [Y]`, `an end to the blockade of [Y]`.
        let first = words
            .iter()
            .position(|w| w.start >= span.start)
            .unwrap_or(k);
        if undone_harm(words, k, first) {
            continue;
        }
        // The object: a mention within five words after the act, inside the target phrase
        // or right after it (`an attack on the violent [Y] government`).
        let limit = words.get(k + 6).map_or(span.end.max(harm.end), |w| w.start);
        let Some(m) = ctx.mentions_in(harm.end..limit).first() else {
            continue;
        };
        // Not across a clause or a verb, nor the act's agent or beneficiary (`a strike by
        // [Y] workers`, `sanctions relief for [Y]`).
        let crosses = words
            .iter()
            .filter(|w| w.start >= harm.end && w.end <= m.start)
            .any(|w| {
                any(CLAUSE_STOPS, &w.norm)
                    || any(VERBISH, &w.norm)
                    || matches!(w.norm.as_ref(), "," | "by" | "from" | "for" | "with")
            });
        if crosses {
            continue;
        }
        let Some(target) = ctx.target_of(m) else {
            continue;
        };
        if f.holder.actor.is_some() && f.holder.actor == target.actor {
            continue;
        }
        let mut g = f.clone();
        g.stance = Label::Oppose.as_str();
        // Above the support for the act itself, whose phrase names Y too.
        g.score = -((f.score.abs() + 0.1).min(1.0) * 100.0).round() / 100.0;
        g.target = target;
        g.via = Some("actor");
        extra.push(g);
    }
    extra
}

/// Titles written before a name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "prof", "rev", "sir", "dame", "lord", "lady", "judge", "justice", "king", "queen", "prince",
    "princess", "pope", "rabbi", "imam", "father", "sister", "brother", "prime", "former",
];

/// Words naming an office or a role in a body: `[X] spokesman Y`, `Y, the director of [X],`.
const ROLE_WORDS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "vice",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "chief",
    "director",
    "head",
    "leader",
    "leaders",
    "minister",
    "secretary",
    "ambassador",
    "envoy",
    "official",
    "officials",
    "senator",
    "governor",
    "mayor",
    "member",
    "members",
    "founder",
    "executive",
    "commander",
    "adviser",
    "advisor",
    "aide",
    "lawmaker",
    "lawmakers",
    "lawyer",
    "attorney",
    "manager",
    "coach",
    "owner",
    "editor",
    "deputy",
    "premier",
    "chancellor",
    "speaker",
    "whip",
    "diplomat",
    "negotiator",
    "strategist",
    "boss",
    "captain",
    // Plurals: a group in office speaks for its body too (`[X] prosecutors accused Y`,
    // `[X] cabinet ministers rejected Y`).
    "spokesmen",
    "spokeswomen",
    "presidents",
    "chiefs",
    "directors",
    "ministers",
    "secretaries",
    "ambassadors",
    "envoys",
    "senators",
    "governors",
    "mayors",
    "founders",
    "executives",
    "commanders",
    "advisers",
    "advisors",
    "aides",
    "lawyers",
    "attorneys",
    "managers",
    "diplomats",
    "negotiators",
    "prosecutor",
    "prosecutors",
    "legislators",
    "generals",
];

fn has_role_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| any(ROLE_WORDS, &w.to_lowercase()))
}

/// `[X] spokesman Y criticised Z`, `Y, the director of [X], criticised Z`, `[X]'s leaders
/// praise Z`: one who holds an office speaks for the body named in the office, which holds
/// the stance too. The findings for those bodies, from `stances`, this sentence's findings.
fn affiliated_holders(ctx: &Context, stances: &[StanceFinding]) -> Vec<StanceFinding> {
    let mut extra = Vec::new();
    for f in stances {
        let Some(h) = f.holder.mention.as_ref() else {
            continue;
        };
        let Some(cue_start) = f.cue.as_ref().map(|c| c.start) else {
            continue;
        };
        if h.end > cue_start || f.via == Some("reverse") || f.via == Some("passive") {
            continue;
        }
        let before = body_before(ctx, f.evidence.start, h);
        let after = bodies_in_appositive(ctx, h, cue_start);
        for m in before.into_iter().chain(after) {
            extra.extend(also_held_by(ctx, f, m));
        }
    }
    extra
}

/// The body named just before the holder `h` that the holder holds an office of: `[X]
/// spokesman Y`, `[X]'s foreign minister`, `[X]'s leaders` (at most three plain words between),
/// `Secretary of [Commerce] Ann Lowe`. `from` is where the sentence starts.
fn body_before<'c>(ctx: &'c Context, from: usize, h: &Span) -> Option<&'c Mention> {
    let text = &ctx.doc.text;
    let m = ctx.mentions_in(from..h.start).last()?;
    let holder_text = text.get(h.start..h.end).unwrap_or("");
    let gap = text.get(m.end..h.start).unwrap_or("");
    let gap = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix("\u{2019}s"))
        .unwrap_or(gap);
    let gap_words: Vec<&str> = gap.split_whitespace().collect();
    // Plain words of a title, no verb or clause word (`X denied that Governor Y …` names no
    // office of X).
    let plain = gap_words.iter().all(|w| {
        let lower = w.to_lowercase();
        w.chars()
            .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '.')
            && !(any(CLAUSE_STOPS, &lower)
                || any(VERBISH, &lower)
                || any(AUX, &lower)
                || lower.len() > 3 && lower.ends_with("ed"))
    });
    // `Secretary of [Commerce] Ann Lowe`, `the speaker of the [Assembly] Tom Reed`.
    let before = text
        .get(m.start.saturating_sub(30)..m.start)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .skip_while(|w| *w == "the")
        .take(2)
        .collect::<Vec<_>>();
    let office_of = matches!(before.as_slice(), ["of", role] if has_role_word(role));
    let holds_office =
        has_role_word(gap) || has_role_word(holder_text) || office_of && gap_words.is_empty();
    (gap_words.len() <= 3 && plain && holds_office).then_some(m)
}

/// The bodies named in an appositive between the holder `h` and the cue: `Y, the director of
/// [X], criticised` (an appositive with an office, at most twelve words), or names alone (`both
/// senators, [A] and [B], praised`), which are the holders themselves.
fn bodies_in_appositive<'c>(ctx: &'c Context, h: &Span, cue_start: usize) -> &'c [Mention] {
    let text = &ctx.doc.text;
    let between = text.get(h.end..cue_start).unwrap_or("");
    let Some(rest) = between.strip_prefix(',') else {
        return &[];
    };
    let Some(close) = rest.find(',') else {
        return &[];
    };
    let appositive = rest.get(..close).unwrap_or("");
    let start = h.end + 1;
    let inside = ctx.mentions_in(start..start + close);
    let mut rest_words = String::new();
    let mut at = start;
    for m in inside {
        rest_words.push_str(text.get(at..m.start).unwrap_or(""));
        at = m.end;
    }
    rest_words.push_str(text.get(at..start + close).unwrap_or(""));
    let names_only = !inside.is_empty()
        && rest_words
            .split_whitespace()
            .all(|w| matches!(w, "and" | "&" | "," | "s"));
    if names_only || appositive.split_whitespace().count() <= 12 && has_role_word(appositive) {
        inside
    } else {
        &[]
    }
}

/// Verbs that link a subject to a tone word (`the forecasts looked optimistic`).
const LINKING: &[&str] = &[
    "looked", "look", "looks", "seemed", "seem", "seems", "appeared", "appear", "appears",
    "sounded", "was", "were", "is", "are",
];

/// Whether the tone word at `i` describes a thing, not someone's tone: it follows a linking
/// verb whose subject is a common noun, neither an actor's mention, a pronoun nor a people noun
/// (`said the forecasts looked optimistic`; but `Economists were cautious`, `he was critical`).
fn describes_a_thing(ctx: &Context, lexicon: &Lexicon, words: &[Word], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && words.get(k - 1).is_some_and(|w| {
            lexicon.intensifiers.contains(&*w.norm)
                || lexicon.hedges.contains(&*w.norm)
                || matches!(
                    w.norm.as_ref(),
                    "more" | "most" | "too" | "overly" | "rather"
                )
        })
    {
        k -= 1;
    }
    let Some(verb) = k.checked_sub(1).and_then(|j| words.get(j)) else {
        return false;
    };
    if !any(LINKING, &verb.norm) {
        return false;
    }
    let Some(subject) = k.checked_sub(2).and_then(|j| words.get(j)) else {
        return false;
    };
    subject.is_word()
        && !subject.upper
        && !any(PRONOUNS, &subject.norm)
        && !any(PEOPLE_NOUNS, &subject.norm)
        && !any(GROUP_HEADS, &subject.norm)
        && !any(FOLLOWER_NOUNS, &subject.norm)
        && !any(CRITIC_NOUNS, &subject.norm)
        && !any(SUPPORTER_NOUNS, &subject.norm)
        && !any(BODY_NOUNS, &subject.norm)
        && !any(ROLE_WORDS, &subject.norm)
        && !any(MODIFIED_PEOPLE, &subject.norm)
        && !ctx.ends_in_mention(subject.end)
}

/// The tones of a sentence: its tone cues that are not negated and have a holder, once per
/// holder and tone.
fn tones(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    evidence: &Span,
    made: &[Made],
    scratch: &mut Vec<usize>,
) -> Vec<ToneFinding> {
    let mut tones: Vec<ToneFinding> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((pattern, end, _)) = best_match(&lexicon.tones, words, i, scratch) else {
            i += 1;
            continue;
        };
        let negated = modifiers(lexicon, words, i).negated;
        let (Some(first), Some(last)) = (words.get(i), words.get(end.saturating_sub(1))) else {
            break;
        };
        if !negated && !describes_a_thing(ctx, lexicon, words, i) {
            if let Some(holder) = find_holder(ctx, words, i, made) {
                if !tones.iter().any(|t| {
                    t.holder.actor == holder.actor
                        && t.holder.name == holder.name
                        && t.tone == pattern.tone
                }) {
                    tones.push(ToneFinding {
                        kind: "tone",
                        holder,
                        tone: pattern.tone.clone(),
                        cue: ctx.span(first.start, last.end),
                        evidence: evidence.clone(),
                    });
                }
            }
        }
        i = end.max(i + 1);
    }
    tones
}

fn dedup(stances: &mut Vec<StanceFinding>) {
    // The first finding of each holder, target and stance stays.
    let keep: Vec<bool> = {
        let mut seen = HashSet::default();
        stances
            .iter()
            .map(|f| {
                seen.insert((
                    f.holder.actor.as_deref(),
                    f.holder.name.as_str(),
                    f.target.span.range(),
                    f.stance,
                ))
            })
            .collect()
    };
    let mut keep = keep.into_iter();
    stances.retain(|_| keep.next().unwrap_or(true));
}

fn evidence_span(ctx: &Context, words: &[Word]) -> Option<Span> {
    let (first, last) = (words.first()?, words.last()?);
    ctx.span(first.start, last.end)
}

struct Modifiers {
    negated: bool,
    hedged: bool,
    intensified: bool,
}

/// Negation, hedges and intensifiers among the three words before `i` (same clause).
fn modifiers(lexicon: &Lexicon, words: &[Word], i: usize) -> Modifiers {
    let mut m = Modifiers {
        negated: false,
        hedged: false,
        intensified: false,
    };
    for back in 1..=5 {
        let Some(w) = i.checked_sub(back).and_then(|j| words.get(j)) else {
            break;
        };
        if !w.is_word() {
            break;
        }
        // `has yet to endorse`: not done so far, a negation of its own.
        if w.norm == "yet" && words.get(i + 1 - back).is_some_and(|n| n.norm == "to") {
            m.negated = true;
            continue;
        }
        // `refused to back`, `is no longer backing`, `not yet prepared to endorse`: the
        // negation reaches the cue over these.
        if matches!(
            w.norm.as_ref(),
            "to" | "longer" | "ready" | "willing" | "prepared" | "able" | "yet"
        ) {
            continue;
        }
        // `Nobody here is against Y`, `no one else backs Y`: a negative subject negates.
        if matches!(w.norm.as_ref(), "nobody" | "none" | "noone" | "neither") {
            m.negated = true;
            continue;
        }
        if matches!(w.norm.as_ref(), "here" | "there" | "else" | "one")
            && (i + 1)
                .checked_sub(back + 2)
                .and_then(|j| words.get(j))
                .is_some_and(|p| matches!(p.norm.as_ref(), "nobody" | "no" | "none" | "one"))
        {
            continue;
        }
        // `stopped to thank` stops in order to thank: a purpose, no negation.
        let to_follows = words.get(i + 1 - back).is_some_and(|n| n.norm == "to");
        let purpose = w.norm == "stopped" && to_follows;
        // `failing to back` negates; `failing support` is an adjective.
        let adjective = matches!(w.norm.as_ref(), "fail" | "failing") && !to_follows;
        if lexicon.is_negation(&w.norm) && !purpose && !adjective {
            m.negated = true;
        } else if lexicon.hedges.contains(&*w.norm) {
            m.hedged = true;
        } else if lexicon.intensifiers.contains(&*w.norm) {
            m.intensified = true;
        } else if !any(AUX, &w.norm) {
            break;
        }
    }
    m
}

/// The holder of a cue at word `i`: the quote's speaker for first-person words in a quote, else
/// the nearest actor mention before the cue in its clause (the holder of an earlier cue when that
/// mention is the earlier cue's target), else a subject phrase of names or people nouns.
fn find_holder(ctx: &Context, words: &[Word], i: usize, made: &[Made]) -> Option<Holder> {
    let cue = words.get(i)?;
    let sentence_start = words.first()?.start;
    let quote = ctx.quote_at(cue.start);
    // A dateline (`LONDON, March 3 (Reuters) -`) is no part of the clause: its agency holds
    // nothing.
    let sentence_start = dateline_end(words).unwrap_or(sentence_start);
    let floor = quote
        .as_ref()
        .map_or(sentence_start, |(_, c)| c.start.max(sentence_start));
    let mut before = ctx.mentions_in(floor..cue.start);
    // `X, the head of Y, criticized …`, `X, who met Y, criticized …`: the subject is X, before
    // the appositive or relative clause, not the nearest mention inside it.
    // But `Putin's spokesman, Dmitry Peskov, dismissed …`: a bare name between the commas is in
    // apposition to the subject and names it, so the nearest mention stays the holder.
    let interrupted = interrupted_subject(words, i);
    if let Some(opening) = interrupted.and_then(|k| words.get(k)).map(|w| w.start) {
        let closing = words
            .iter()
            .rev()
            .find(|w| w.end <= cue.start && w.norm == ",")
            .map_or(cue.start, |w| w.start);
        let inside = ctx.mentions_in(opening..closing);
        let bare = |a: usize, b: usize| {
            ctx.doc.text.get(a..b).is_some_and(|g| {
                g.trim_matches(|c: char| c == ',' || c.is_whitespace())
                    .is_empty()
            })
        };
        // A name, not a description of the subject (`Harding, the senator, dismissed …`).
        let is_name = |m: &Mention| {
            let text = ctx.doc.text.get(m.start..m.end).unwrap_or("");
            let first = text.split_whitespace().next().unwrap_or("");
            text.starts_with(char::is_uppercase) && !any(DETERMINERS, &first.to_lowercase())
        };
        let only_name =
            matches!(inside, [m] if is_name(m) && bare(opening, m.start) && bare(m.end, closing));
        let subject = ctx.mentions_in(floor..opening);
        if !subject.is_empty() && !only_name {
            before = subject;
        }
    }
    // `… said it favoured Y`: the subject is a thing, unless the actors plugin made `it` a
    // mention (`the company said it opposes`).
    let mut s = i;
    while s > 0
        && words
            .get(s - 1)
            .is_some_and(|w| w.is_word() && (any(AUX, &w.norm) || w.norm.ends_with("ly")))
    {
        s -= 1;
    }
    if let Some(subject) = s.checked_sub(1).and_then(|j| words.get(j)) {
        if subject.norm == "it" && ctx.mentions_in(subject.start..subject.end).is_empty() {
            // `the trust said it opposed Y`: `it` is the body that said so.
            return said_it(ctx, words, s - 1);
        }
    }
    // `X vetoed a resolution demanding Y`: a participle right after another finding's object
    // is said of that object, not of the sentence's subject.
    if cue.norm.ends_with("ing") && quote.is_none() {
        if let Some(prev) = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .filter(|w| w.is_word())
        {
            if let Some(object) = made.iter().find(|e| e.target.end == prev.end) {
                return match ctx.mentions_in(object.target.clone()) {
                    [m] if m.start == object.target.start && m.end == object.target.end => {
                        Some(ctx.holder_of(m))
                    }
                    _ => ctx.phrase_holder(object.target.start, object.target.end),
                };
            }
        }
    }
    // `X …, endorsing Y`: a participle after a comma has the subject of the main clause.
    let participle_adjunct = cue.norm.ends_with("ing")
        && i.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|w| w.norm == ",");
    if participle_adjunct && quote.is_none() && before.len() > 1 {
        before = before.get(..1).unwrap_or(before);
    }
    // `X told Y that …, and urged Z`: a verb coordinated with an earlier one shares its
    // subject, the first mention of the clause, not the nearest one (an object).
    if shares_subject(words, i) && before.len() > 1 {
        before = before.get(..1).unwrap_or(before);
    }
    // First person inside a quote: the speaker.
    if let Some((q, content)) = &quote {
        let first_person = words
            .iter()
            .rev()
            .filter(|w| w.start >= content.start && w.end <= cue.start)
            .find(|w| any(FIRST_PERSON, &w.norm));
        let nearest_mention = before.last().map(|m| m.start);
        if let Some(fp) = first_person {
            if nearest_mention.is_none_or(|m| m < fp.start) && !q.speaker.name.is_empty() {
                return Some(q.speaker.clone());
            }
        }
    }
    if let Some(h) = relative_antecedent(ctx, words, s) {
        return Some(h);
    }
    if let Some(m) = before.last() {
        // `X … buys Y drones to support Z`: an infinitive of purpose belongs to the subject,
        // unless the mention is its own subject (`urged Turkey to support`).
        let to = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .filter(|w| w.norm == "to");
        if let Some(to) = to {
            let own_subject = ctx
                .doc
                .text
                .get(m.end..to.start)
                .is_some_and(|gap| gap.trim().is_empty());
            if !own_subject && quote.is_none() {
                if let Some(first) = before.first() {
                    return Some(ctx.holder_of(first));
                }
            }
        }
        if let Some(earlier) = made
            .iter()
            .rev()
            .find(|e| e.target.start <= m.start && m.end <= e.target.end)
        {
            return Some(earlier.holder.clone());
        }
        // `Brekke supporters cheered`, `Trump critics said`: the people named after the mention
        // hold the stance, not the one they support or oppose.
        let next = words
            .iter()
            .find(|w| w.start >= m.end && w.end <= cue.start);
        if let Some(noun) = next.filter(|w| {
            any(FOLLOWER_NOUNS, &w.norm)
                && ctx
                    .doc
                    .text
                    .get(m.end..w.start)
                    .is_some_and(|gap| gap.trim().is_empty())
        }) {
            return ctx.phrase_holder(m.start, noun.end);
        }
        if let Some(h) = possessed_head(ctx, words, m, s) {
            return Some(h);
        }
        if before.len() <= 2 {
            if let Some(h) = group_in_place(ctx, words, m, floor) {
                return Some(h);
            }
        }
        return Some(ctx.holder_of(m));
    }
    // `"those who block sanctions help the aggressor"`: a generic subject (`those who`,
    // `anyone who`, `whoever`) holds the cue, not the speaker who describes it.
    if generic_subject(words, floor, cue.start) {
        return None;
    }
    if let Some((q, _)) = &quote {
        if !q.speaker.name.is_empty() {
            return Some(q.speaker.clone());
        }
    }
    // Reported speech whose speaker comes after it (`…, X said.`, `…,” said X.`) and that the
    // quotes plugin did not take as a quote: the speaker holds the stance.
    if let Some(m) = trailing_speaker(ctx, words, i) {
        return Some(ctx.holder_of(m));
    }
    if let Some(h) = subject_phrase(ctx, words, i) {
        return Some(h);
    }
    // `The Unite union, which represents porters, rejected Y`: the subject phrase before the
    // relative clause or appositive.
    let mut k = interrupted?;
    if k > 0
        && words.get(k).is_some_and(|w| w.norm != ",")
        && words.get(k - 1).is_some_and(|w| w.norm == ",")
    {
        k -= 1;
    }
    subject_phrase(ctx, words, k)
}

/// The holder of `X said (that) it …` (`it` the word at `it`): X, when X is a body (an
/// organisation, country or group actor, not a person) whose mention ends right before the verb
/// of saying. None otherwise: `it` is then a thing.
/// Mentions before the verb count even when what follows it is a quote (the cue's clause
/// then starts after the verb).
fn said_it(ctx: &Context, words: &[Word], it: usize) -> Option<Holder> {
    let mut v = it.checked_sub(1)?;
    if words.get(v)?.norm == "that" {
        v = v.checked_sub(1)?;
    }
    // Not `told`: its object is the one told (`X told it …`).
    let verb = words
        .get(v)
        .filter(|w| any(SAY_VERBS, &w.norm) && w.norm != "told")?;
    let from = dateline_end(words).or(words.first().map(|w| w.start))?;
    let m = ctx.mentions_in(from..verb.start).last()?;
    let gap = ctx.doc.text.get(m.end..verb.start)?;
    // Right before it, or with the rest of its name between (`The X Supporters' Trust said`,
    // when the mention stops at the apostrophe).
    let adjacent = gap.trim() == "also"
        || gap.split_whitespace().all(|g| {
            g.trim_start_matches(['\'', '’'])
                .starts_with(char::is_uppercase)
                || g == "'"
                || g == "’"
        });
    let body = ctx
        .actors
        .get(m.actor)
        .is_some_and(|a| !matches!(a.kind, ActorKind::Person));
    (adjacent && body).then(|| ctx.holder_of(m))
}

/// Whether the words from `from` to `to` hold a generic or unnamed subject: `those`, `anyone`,
/// `anybody`, `everyone`, `everybody` or `people` followed by `who`; `whoever`, `someone`,
/// `somebody`; `one` before a common noun (`one member chose to …`). Only the last clause of
/// the stretch counts (`If someone asks, this cabinet backs …` has a named subject).
pub(crate) fn generic_subject(words: &[Word], from: usize, to: usize) -> bool {
    let from = words
        .iter()
        .rev()
        .find(|w| w.start >= from && w.end <= to && matches!(w.norm.as_ref(), "," | ":" | ";"))
        .map_or(from, |w| w.end);
    let span: Vec<&Word> = words
        .iter()
        .filter(|w| w.start >= from && w.end <= to)
        .collect();
    span.iter().enumerate().any(|(k, w)| {
        matches!(w.norm.as_ref(), "whoever" | "someone" | "somebody")
            // `one member chose to …`, `one country has …`: someone unnamed, not the speaker.
            // Only as a subject: first, or after a clause word, a time word or punctuation (not
            // the object of `stabbed one person`).
            || (w.norm == "one"
                && k.checked_sub(1).and_then(|p| span.get(p)).is_none_or(|p| {
                    !p.is_word()
                        || any(CLAUSE_STOPS, &p.norm)
                        || any(TIME_WORDS, &p.norm)
                        || p.norm == "and"
                })
                && span.get(k + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && !n.upper
                        && !any(PREPOSITIONS, &n.norm)
                        && !any(CLAUSE_STOPS, &n.norm)
                        && !any(AUX, &n.norm)
                        && !any(VERBISH, &n.norm)
                        && !any(TIME_NOUNS, &n.norm)
                        && !matches!(n.norm.as_ref(), "another" | "day" | "thing" | "way")
                }))
            || (matches!(
                w.norm.as_ref(),
                "those" | "anyone" | "anybody" | "everyone" | "everybody" | "people"
            ) && span.get(k + 1).is_some_and(|n| n.norm == "who"))
    })
}

/// `the party's youth wing criticised …`: a mention followed by a possessive and a head noun
/// before word `limit` owns the holder and is not it; the holder is the whole phrase (`the
/// party's youth wing`), no actor.
fn possessed_head(ctx: &Context, words: &[Word], m: &Mention, limit: usize) -> Option<Holder> {
    let after = ctx.doc.text.get(m.end..)?;
    // `X's`, or a plural's bare apostrophe before a common noun (`parents' groups`; not inside
    // a name, `the Harlow Supporters' Trust`, whose mention keeps its actor).
    let plural = ctx.doc.text.get(..m.end)?.ends_with('s')
        && ["' ", "\u{2019} "].iter().any(|a| {
            after
                .strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
        });
    if !(after.starts_with("'s") || after.starts_with("\u{2019}s") || plural) {
        return None;
    }
    let p = words
        .iter()
        .position(|w| w.start < m.end && m.end < w.end)
        .or_else(|| {
            words
                .iter()
                .position(|w| w.start >= m.end && matches!(w.norm.as_ref(), "'s" | "s"))
        })?;
    let mut k = p + 1;
    while k < limit && k < p + 6 {
        let w = words.get(k)?;
        if !w.is_word()
            || any(CLAUSE_STOPS, &w.norm)
            || any(PREPOSITIONS, &w.norm)
            || any(VERBISH, &w.norm)
            || any(AUX, &w.norm)
        {
            break;
        }
        // The head ends before its verb (`X's hospital trust called off a strike`): a past form
        // after a head word (not after an adverb: `X's newly elected leader`), or the word
        // before a determiner (`X's chief executive backs the plan`).
        let after_head = k > p + 1
            && words
                .get(k - 1)
                .is_some_and(|prev| !prev.norm.ends_with("ly"));
        if after_head && w.norm.len() > 4 && w.norm.ends_with("ed") {
            break;
        }
        if after_head && any(DETERMINERS, &w.norm) {
            k -= 1;
            break;
        }
        k += 1;
    }
    if k == p + 1 {
        return None;
    }
    let last = words.get(k - 1)?;
    // An office (`X's foreign minister`) speaks for its body: the owner holds (see
    // `affiliated_holders`).
    let head = ctx.doc.text.get(m.end..last.end)?;
    if has_role_word(head) {
        return None;
    }
    ctx.phrase_holder(m.start, last.end)
}

/// `Republicans in the Senate were critical of …`: a mention that only places the subject (after
/// `in`, the subject a group opening the clause: a capitalised or people plural) does not hold;
/// the group does: the group phrase, or the group's own actor when it is a mention.
fn group_in_place(ctx: &Context, words: &[Word], m: &Mention, floor: usize) -> Option<Holder> {
    let b = words
        .iter()
        .position(|w| w.start <= m.start && m.start < w.end)?;
    let prep = words.get(b.checked_sub(1)?)?;
    if prep.norm != "in" {
        return None;
    }
    let c = words.iter().position(|w| w.start >= floor)?;
    if c + 1 > b - 1 || b - 1 - c > 4 {
        return None;
    }
    let phrase = words.get(c..b - 1)?;
    if phrase.iter().any(|w| {
        !w.is_word()
            || any(VERBISH, &w.norm)
            || any(AUX, &w.norm)
            || any(CLAUSE_STOPS, &w.norm)
            || any(PREPOSITIONS, &w.norm)
    }) {
        return None;
    }
    let head = phrase.last()?;
    let group = head.norm.len() > 3
        && head.norm.ends_with('s')
        && (head.upper || any(PEOPLE_NOUNS, &head.norm) || any(GROUP_HEADS, &head.norm));
    if !group {
        return None;
    }
    // The group may be an actor of its own (`Republicans in the Senate`): that actor holds.
    match ctx.mentions_in(phrase.first()?.start..head.end) {
        [] => {}
        [g] if g.end == head.end => return Some(ctx.holder_of(g)),
        _ => return None,
    }
    ctx.phrase_holder(phrase.first()?.start, head.end)
}

/// `praised the backbenchers who had backed the bill`: a cue whose subject (from word `s`,
/// after its auxiliaries) is `who` has the noun before it as its holder, even when that is no
/// actor, and not an earlier actor of the sentence. Only a plural antecedent right before `who`
/// (or `which`, after a noun of a group of people), a comma allowed between, which no mention
/// covers (a mention there is the nearest one anyway).
fn relative_antecedent(ctx: &Context, words: &[Word], s: usize) -> Option<Holder> {
    let who = words.get(s.checked_sub(1)?)?;
    if !matches!(who.norm.as_ref(), "who" | "which") {
        return None;
    }
    let mut head_at = s.checked_sub(2)?;
    // `civil liberties groups, which warned …`: after a comma too.
    if words.get(head_at)?.norm == "," {
        head_at = head_at.checked_sub(1)?;
    }
    let head = words.get(head_at)?;
    if !head.is_word()
        || head.upper
        || !head.norm.ends_with('s')
        || !ctx.mentions_in(head.start..head.end).is_empty()
    {
        return None;
    }
    // `which` stands for people only after a noun of a group of them (not `the rules, which
    // hurt farmers`).
    if who.norm == "which"
        && !(any(GROUP_HEADS, &head.norm)
            || any(PEOPLE_NOUNS, &head.norm)
            || any(BODY_NOUNS, head.norm.trim_end_matches('s')))
    {
        return None;
    }
    // The noun phrase: back to its determiner, at most three words before the head.
    let mut first = head_at;
    while first > 0 && head_at - first < 3 {
        let w = words.get(first - 1)?;
        if !w.is_word() || any(CLAUSE_STOPS, &w.norm) || any(PREPOSITIONS, &w.norm) {
            break;
        }
        first -= 1;
        if any(DETERMINERS, &w.norm) {
            break;
        }
        if !w.norm.ends_with("ed") && any(VERBISH, &w.norm) {
            first += 1;
            break;
        }
    }
    if who.norm == "which"
        && first > 0
        && words
            .get(first - 1)
            .is_some_and(|w| any(PREPOSITIONS, &w.norm) && w.norm != "by")
    {
        return None;
    }
    ctx.phrase_holder(words.get(first)?.start, head.end)
}

/// Verbs of saying: of a speaker named after reported speech (`…, X said.`, `…,” said X.`), and
/// after which `it` is their subject (`the trust said it opposed …`).
const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "told",
    "insisted",
    "argued",
    "complained",
    "declared",
    "stated",
    "warned",
    "explained",
    "noted",
    "thundered",
    "announced",
    "confirmed",
];

/// The speaker named after the words at `i`: `…, X said.` or `…,” said X.` at the end of the
/// sentence (titles allowed: `said RNC chairman X`).
fn trailing_speaker<'c>(ctx: &'c Context, words: &[Word], i: usize) -> Option<&'c Mention> {
    let sentence_end = words.last()?.end;
    for k in i + 1..words.len() {
        let w = words.get(k)?;
        if !matches!(w.norm.as_ref(), "," | "”" | "\"" | "''") {
            continue;
        }
        // The comma of the attribution: the quote mark may follow it.
        let mut from = k + 1;
        while words
            .get(from)
            .is_some_and(|n| matches!(n.norm.as_ref(), "”" | "\"" | "''" | ","))
        {
            from += 1;
        }
        let rest = words.get(from..)?;
        if rest.is_empty() || rest.len() > 12 {
            continue;
        }
        let first = rest.first()?;
        let says_at = rest.iter().position(|r| any(SAY_VERBS, &r.norm));
        let Some(says_at) = says_at else { continue };
        let says = rest.get(says_at)?;
        let mention = if says_at == 0 {
            // `said X …`: the first mention within a few words.
            let limit = rest
                .get(5.min(rest.len() - 1))
                .map_or(sentence_end, |r| r.end);
            ctx.mentions_in(says.end..limit).first()
        } else if says_at <= 6 {
            // `X said`, `Israeli Defence Minister Moshe Yaalon said`: a mention that opens the
            // attribution.
            ctx.mentions_in(first.start..says.start)
                .first()
                .filter(|m| m.start == first.start)
        } else {
            None
        };
        if mention.is_some() {
            return mention;
        }
    }
    None
}

/// Whether the cue at word `i` is a verb coordinated with an earlier one (`…, and urged`),
/// not part of a coordinated subject (`X and Y urged`).
fn shares_subject(words: &[Word], i: usize) -> bool {
    let mut j = i;
    while j > 0
        && words
            .get(j - 1)
            .is_some_and(|w| w.is_word() && w.norm.len() > 4 && w.norm.ends_with("ly"))
    {
        j -= 1;
    }
    let Some(and) = j.checked_sub(1).and_then(|k| words.get(k)) else {
        return false;
    };
    if and.norm != "and" {
        return false;
    }
    // `X criticised Y and backed Z`, `X met the farmers and sided with Z`: whatever ends
    // before `and`, the verb right after it is joined to an earlier verb (a coordinated
    // subject stands between `and` and its verb: `X and Y urged`).
    j >= 2
}

const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "calling",
    "labeled",
    "labelled",
    "labels",
    "branded",
    "brands",
    "dubbed",
    "described",
    "describes",
    "describing",
    "deemed",
    "termed",
];

/// Who or what a naming verb names: an actor's mention, or a thing's noun phrase (bytes).
enum Named {
    Actor(Mention),
    Thing(Range<usize>),
}

/// `X called Y a bigot`, `X branded Y's plan a disaster`, `X described Y as brilliant`: naming
/// Y with an evaluative word (VADER, |valence| ≥ 1.5, negation-flipped) is a stance toward Y.
fn naming(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    k: usize,
    si: usize,
    evidence: &Span,
    made: &[Made],
) -> Option<StanceFinding> {
    let verb = words.get(k)?;
    if !any(NAMING_VERBS, &verb.norm) {
        return None;
    }
    // The named one: a mention that starts within two words after the verb.
    let limit = words.get(k + 3).map_or(evidence.end, |w| w.start);
    let named = match ctx.mentions_in(verb.end..limit).first() {
        Some(m) => Named::Actor(m.clone()),
        // Else a thing with a determiner (`called the veto "a disgrace"`, `called the remark
        // arrogant`), up to the first word that is no part of its noun phrase.
        None => {
            let det = words.get(k + 1).filter(|w| {
                matches!(
                    w.norm.as_ref(),
                    "the" | "this" | "that" | "his" | "her" | "their" | "its" | "these" | "those"
                )
            })?;
            // Its words: one to three, up to an evaluative word, a quote or a clause word.
            let phrase = noun_phrase(words, k + 1)?;
            let mut e = k + 2;
            while e < phrase.end.min(k + 5)
                && words.get(e).is_some_and(|w| {
                    crate::model::valence(&w.norm).is_none() && !any(DETERMINERS, &w.norm)
                })
            {
                e += 1;
            }
            let end = words.get(e.checked_sub(1)?)?;
            (e > k + 2 && e < words.len()).then_some(())?;
            Named::Thing(det.start..end.end)
        }
    };
    let named_end = match &named {
        Named::Actor(m) => m.end,
        Named::Thing(r) => r.end,
    };
    let from = words.iter().position(|w| w.start >= named_end)?;
    // `called for`, `called on`: other verbs.
    if words
        .get(k + 1)
        .is_some_and(|w| matches!(w.norm.as_ref(), "for" | "on" | "off" | "in" | "up"))
    {
        return None;
    }
    let mut sum = 0.0f32;
    let mut negate = false;
    for w in words.iter().skip(from).take(7) {
        if !w.is_word() && w.norm != "’" && w.norm != "'" {
            // A thing's complement does not run over a comma (`called the election early,
            // citing a terrible crisis`); a named actor's may follow one.
            let clause_ends = matches!(named, Named::Thing(_))
                && matches!(w.norm.as_ref(), "," | ";" | ":" | ".");
            if sum != 0.0 || clause_ends {
                break;
            }
            continue;
        }
        if lexicon.is_negation(&w.norm) {
            negate = true;
            continue;
        }
        if let Some(v) = crate::model::valence(&w.norm) {
            sum += if negate { -v } else { v };
        }
    }
    if sum.abs() < 1.5 {
        return None;
    }
    let holder = find_holder(ctx, words, k, made)?;
    let (target, via) = match named {
        Named::Actor(m) => (ctx.target_of(&m)?, "actor"),
        Named::Thing(r) => {
            let span = ctx.span(r.start, r.end)?;
            let target = Target {
                actor: None,
                text: span.text.clone(),
                span,
            };
            (target, "phrase")
        }
    };
    if holder.actor.is_some() && holder.actor == target.actor {
        return None;
    }
    let label = if sum > 0.0 {
        Label::Support
    } else {
        Label::Oppose
    };
    let cue = ctx.span(verb.start, verb.end);
    Some(StanceFinding::new(
        holder, target, label, 0.6, cue, evidence, via, si,
    ))
}

/// People named by their stance toward the mention before them (`Trump supporters`).
const FOLLOWER_NOUNS: &[&str] = &[
    "supporters",
    "backers",
    "fans",
    "critics",
    "opponents",
    "detractors",
    "voters",
    "followers",
    "loyalists",
    "admirers",
];

const CRITIC_NOUNS: &[&str] = &[
    "critic",
    "critics",
    "opponent",
    "opponents",
    "detractor",
    "detractors",
    "foe",
    "foes",
];
const SUPPORTER_NOUNS: &[&str] = &[
    "supporter",
    "supporters",
    "backer",
    "backers",
    "ally",
    "allies",
    "loyalist",
    "loyalists",
    "admirer",
    "admirers",
    "defender",
    "defenders",
];

/// `X, a frequent Y critic`, `X, a longtime Y ally`, `X is a Y supporter`: X opposes or supports
/// Y. The role noun at `k` follows a mention of Y; X is the mention that the phrase describes,
/// before a comma or a copula and at most a determiner and three lowercase modifiers.
fn role_compound(
    ctx: &Context,
    words: &[Word],
    k: usize,
    si: usize,
    evidence: &Span,
) -> Option<StanceFinding> {
    let noun = words.get(k)?;
    let label = if any(CRITIC_NOUNS, &noun.norm) {
        Label::Oppose
    } else if any(SUPPORTER_NOUNS, &noun.norm) {
        Label::Support
    } else {
        return None;
    };
    let prev = words.get(k.checked_sub(1)?)?;
    let target = ctx
        .mentions_in(evidence.start..noun.start)
        .iter()
        .rev()
        .find(|m| m.end + 3 >= prev.end && m.end <= noun.start)?
        .clone();
    // Back from the target mention to the described one.
    let mut j = words.iter().position(|w| w.start >= target.start)?;
    let mut modifiers = 0;
    while j > 0 {
        let w = words.get(j - 1)?;
        let lower = w.is_word()
            && ctx
                .doc
                .text
                .get(w.start..w.end)
                .is_some_and(|t| !t.starts_with(char::is_uppercase));
        if lower && !any(CLAUSE_STOPS, &w.norm) && modifiers < 5 {
            modifiers += 1;
            j -= 1;
        } else {
            break;
        }
    }
    let link = words.get(j.checked_sub(1)?)?;
    let link_ok = link.norm == ","
        || any(BE, &link.norm)
        || matches!(link.norm.as_ref(), "as" | "became" | "remains");
    if !link_ok {
        return None;
    }
    let described = ctx.mentions_in(evidence.start..link.start).last()?.clone();
    let gap = ctx.doc.text.get(described.end..link.start).unwrap_or("");
    if !gap
        .trim()
        .trim_start_matches(['\'', '\u{2019}'])
        .trim_start_matches('s')
        .split_whitespace()
        .all(|w| matches!(w, "has" | "have" | "had" | "been" | "is" | "was"))
    {
        return None;
    }
    let holder = ctx.holder_of(&described);
    let target = ctx.target_of(&target)?;
    if holder.actor.is_some() && holder.actor == target.actor {
        return None;
    }
    let cue = ctx.span(noun.start, noun.end);
    Some(StanceFinding::new(
        holder, target, label, 0.6, cue, evidence, "actor", si,
    ))
}

/// Whether the word at `i` reads as a verb from what precedes it: `to`, an auxiliary or modal,
/// a negation, a pronoun, an `-ly` adverb, or the end of an actor mention.
fn verb_context(ctx: &Context, words: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|j| words.get(j)) else {
        return false;
    };
    let norm = prev.norm.as_ref();
    any(AUX, norm)
        || matches!(
            norm,
            "may" | "might" | "could" | "who" | "they" | "we" | "i" | "you"
        )
        || any(PRONOUNS, norm)
        || Lexicon::get().is_negation(norm)
        || (norm.len() > 4 && norm.ends_with("ly") && !any(LY_ADJECTIVES, norm))
        || ctx.ends_in_mention(prev.end)
}

/// Adjectives that end in `-ly` like adverbs: `a deadly attack` is the noun. (Only words of
/// more than four letters are taken for adverbs, so shorter ones need no entry.)
const LY_ADJECTIVES: &[&str] = &[
    "deadly",
    "costly",
    "friendly",
    "early",
    "likely",
    "unlikely",
    "elderly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "nightly",
    "timely",
    "cowardly",
    "bloody",
    "lonely",
    "lively",
    "silly",
    "unfriendly",
    "orderly",
    "worldly",
    "brotherly",
    "kindly",
];

/// Where the subject of the cue at word `i` ends when an appositive or a relative clause comes
/// between them (`X, the head of Y, criticized`, `X, who met Y, criticized`, `X who met Y,
/// criticized`): the word index of the opening comma or relative pronoun. The cue must follow a
/// comma, past adverbs and auxiliaries.
fn interrupted_subject(words: &[Word], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        let w = words.get(j - 1)?;
        if w.is_word() && (any(AUX, &w.norm) || w.norm.ends_with("ly")) {
            j -= 1;
        } else {
            break;
        }
    }
    let comma = j.checked_sub(1)?;
    if words.get(comma)?.norm != "," {
        return None;
    }
    // Back to the opening comma or relative pronoun, within a short stretch and one clause.
    for k in (comma.saturating_sub(25)..comma).rev() {
        let w = words.get(k)?;
        match w.norm.as_ref() {
            "," if k > 0 => return Some(k),
            "who" | "which" if k > 0 => return Some(k),
            "." | ";" | ":" | "\"" | "“" | "”" => return None,
            _ => {}
        }
    }
    None
}

/// The words of the clause before the cue at `i` (at most six), as a stand-in holder.
fn subject_before(ctx: &Context, words: &[Word], i: usize) -> Option<Holder> {
    let mut j = i;
    while j > 0 && i - j < 6 {
        let w = words.get(j - 1)?;
        if !w.is_word() || any(CLAUSE_STOPS, &w.norm) {
            break;
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    let (first, last) = (words.get(j)?, words.get(i.checked_sub(1)?)?);
    // Only a noun phrase is a subject: after a determiner the cue is a noun (`The criticism
    // from X`), and a stretch opened by a preposition or an `-ing` word is an adjunct (`With
    // support from X`, `Facing criticism from X`).
    let adjunct = any(PREPOSITIONS, &first.norm)
        || matches!(
            first.norm.as_ref(),
            "without" | "against" | "under" | "amid"
        )
        || (first.norm.len() > 4 && first.norm.ends_with("ing"));
    if any(DETERMINERS, &last.norm) || adjunct {
        return None;
    }
    ctx.phrase_holder(first.start, last.end)
}

/// Common nouns for a body that holds a stance as a subject (`the parish council has opposed`).
const BODY_NOUNS: &[&str] = &[
    "council",
    "committee",
    "union",
    "board",
    "association",
    "commission",
    "federation",
    "assembly",
    "parliament",
    "senate",
    "cabinet",
];

/// `the parish council` ending before word `end`: a determiner, at most two lower-case words and
/// a body noun.
fn body_subject(ctx: &Context, words: &[Word], end: usize) -> Option<Holder> {
    let head = words.get(end.checked_sub(1)?)?;
    if !any(BODY_NOUNS, &head.norm) {
        return None;
    }
    let mut j = end - 1;
    while j > 0 && end - j <= 3 {
        let w = words.get(j - 1)?;
        if any(&["the", "its", "their", "our", "this"], &w.norm) {
            // Not the object of a preposition (`a report for the district council`).
            let object = j >= 2
                && words
                    .get(j - 2)
                    .is_some_and(|p| any(PREPOSITIONS, &p.norm) || p.norm == "to");
            return (!object).then(|| ctx.phrase_holder(w.start, head.end))?;
        }
        if !w.is_word()
            || any(AUX, &w.norm)
            || any(CLAUSE_STOPS, &w.norm)
            || any(PREPOSITIONS, &w.norm)
        {
            return None;
        }
        j -= 1;
    }
    None
}

/// Names or people nouns right before the cue (`European leaders`), skipping auxiliaries.
fn subject_phrase(ctx: &Context, words: &[Word], i: usize) -> Option<Holder> {
    let lexicon = Lexicon::get();
    let mut j = i;
    while j > 0 {
        let w = words.get(j - 1)?;
        if w.is_word()
            && (any(AUX, &w.norm)
                || lexicon.hedges.contains(&*w.norm)
                || lexicon.intensifiers.contains(&*w.norm)
                || lexicon.is_negation(&w.norm)
                || w.norm == "more"
                || w.norm == "most")
        {
            j -= 1;
        } else if any(TIME_NOUNS, &w.norm) && j >= 2 && starts_time_phrase(words, j - 2) {
            // `Senators … on Thursday accused`: a time phrase is no subject.
            j -= 2;
        } else if any(TIME_WORDS, &w.norm) {
            j -= 1;
        } else {
            break;
        }
    }
    let end = j;
    if let Some(h) = from_phrase_subject(ctx, words, end) {
        return Some(h);
    }
    while j > 0 {
        let w = words.get(j - 1)?;
        let capital = w.is_word()
            && ctx
                .doc
                .text
                .get(w.start..w.end)
                .is_some_and(|t| t.starts_with(char::is_uppercase));
        if capital || (w.is_word() && any(PEOPLE_NOUNS, &w.norm)) {
            j -= 1;
        } else {
            break;
        }
    }
    if j == end {
        return body_subject(ctx, words, end);
    }
    // A subject has a people noun or is all names; a lone sentence-initial word is not enough
    // unless it is capitalised mid-sentence.
    let (first, last) = (words.get(j)?, words.get(end - 1)?);
    if j == 0 && end == 1 && !any(PEOPLE_NOUNS, &last.norm) {
        return None;
    }
    ctx.phrase_holder(first.start, last.end)
}

/// `Senators from both parties accused …`, `some lawmakers from the region said …`: a plural
/// people noun with a `from` phrase of at most three words, ending before word `end`, with
/// the capitalised words, numbers and quantifiers before the noun.
fn from_phrase_subject(ctx: &Context, words: &[Word], end: usize) -> Option<Holder> {
    let from = (end.saturating_sub(4)..end.saturating_sub(1))
        .rev()
        .find(|&k| words.get(k).is_some_and(|w| w.norm == "from"))?;
    let inner_ok = words.get(from + 1..end)?.iter().all(|w| {
        w.is_word()
            && !any(CLAUSE_STOPS, &w.norm)
            && !any(AUX, &w.norm)
            && !any(VERBISH, &w.norm)
            && !any(PREPOSITIONS, &w.norm)
    });
    let noun = words.get(from.checked_sub(1)?)?;
    let people =
        noun.norm.ends_with('s') && (any(PEOPLE_NOUNS, &noun.norm) || any(GROUP_HEADS, &noun.norm));
    if !inner_ok || !people {
        return None;
    }
    let mut j = from - 1;
    while j > 0
        && words.get(j - 1).is_some_and(|w| {
            w.is_word()
                && (w.upper
                    || any(NUMBER_WORDS, &w.norm)
                    || matches!(w.norm.as_ref(), "some" | "many" | "most" | "the"))
        })
    {
        j -= 1;
    }
    let (first, last) = (words.get(j)?, words.get(end - 1)?);
    ctx.phrase_holder(first.start, last.end)
}

/// The noun phrase starting at word `j`: up to a clause boundary, at most 12 words.
fn noun_phrase(words: &[Word], j: usize) -> Option<Range<usize>> {
    let mut k = j;
    while k < words.len() && k < j + 12 {
        let Some(w) = words.get(k) else { break };
        if !w.is_word() {
            break;
        }
        if k > j && any(CLAUSE_STOPS, &w.norm) {
            break;
        }
        // An intransitive cue (`cheered outside the hall`) has no object.
        if k == j
            && matches!(
                w.norm.as_ref(),
                "to" | "outside"
                    | "inside"
                    | "near"
                    | "around"
                    | "across"
                    | "through"
                    | "into"
                    | "onto"
                    | "up"
                    | "down"
                    | "off"
                    | "away"
                    | "during"
                    | "after"
                    | "before"
            )
        {
            return None;
        }
        // A time phrase or an agent right after the cue is no object: `agreed new sanctions in
        // June`, `was upheld by a court`.
        if k == j && (w.norm == "by" || starts_time_phrase(words, j)) {
            return None;
        }
        // A verb right after the cue means it had no object: `Tusk's criticism was cautious`
        // (the noun `criticism` read by the stem cue `criticis*`). Not `may` or `will`, which
        // can be names (`praised May`).
        if k == j
            && (any(CLAUSE_STOPS, &w.norm) && w.norm != "that"
                || any(PRONOUNS, &w.norm) && w.norm != "it"
                || any(VERBISH, &w.norm) && !matches!(w.norm.as_ref(), "may" | "will"))
        {
            return None;
        }
        if k > j && any(VERBISH, &w.norm) {
            break;
        }
        // A subject pronoun after the head opens a clause (a relative clause without `that`,
        // or reported speech): the object ends before it (`admired the work he did`).
        if k > j && relative_subject(words, k) {
            break;
        }
        // A manner adverb after the object ends it: `clashed with Doyle repeatedly over …`
        // (not `the deeply unpopular plan`, where an adjective follows, nor the name `Kelly`).
        if k > j && manner_adverb(w) {
            let next = words.get(k + 1);
            let closes = next.is_none_or(|n| {
                !n.is_word()
                    || any(PREPOSITIONS, &n.norm)
                    || any(CLAUSE_STOPS, &n.norm)
                    || any(VERBISH, &n.norm)
                    || matches!(n.norm.as_ref(), "and" | "or" | "to" | "during")
            });
            if closes {
                break;
            }
        }
        let after_det = k > 0
            && words
                .get(k - 1)
                .is_some_and(|p| any(DETERMINERS, &p.norm) || has_possessive_suffix(&p.norm));
        if k > j && !after_det && starts_time_phrase(words, k) {
            break;
        }
        // A participial clause: `the plan saying it would…`, `the deal giving them…`.
        if k > j + 1 && w.norm.len() > 5 && w.norm.ends_with("ing") {
            let next = words.get(k + 1).map(|n| n.norm.as_ref()).unwrap_or("");
            if any(DETERMINERS, next)
                || any(PRONOUNS, next)
                || matches!(next, "that" | "him" | "them" | "us" | "me")
            {
                break;
            }
        }
        if (w.norm == "and" || w.norm == "or") && k > j {
            let next = words.get(k + 1).map(|n| n.norm.as_ref()).unwrap_or("");
            if any(PRONOUNS, next) || any(VERBISH, next) || next.ends_with("ed") {
                break;
            }
        }
        // `to` with a noun phrase after it ends the object: `welcomed more refugees into the
        // country`, `sent a letter to Y` (the letter, not Y); `to` before a verb (`plans to
        // punish Y`) goes on.
        if k > j + 1 && matches!(w.norm.as_ref(), "to" | "into" | "toward" | "towards") {
            let next = words.get(k + 1);
            if next.is_some_and(|n| any(DETERMINERS, &n.norm) || n.upper) {
                break;
            }
        }
        if k > j && (any(PREPOSITIONS, &w.norm) || w.norm == "during") {
            let next_norm = words.get(k + 1).map(|n| n.norm.as_ref()).unwrap_or("");
            // `the government led by X` keeps its agent; other `by` phrases end the target.
            let participle_by = w.norm == "by"
                && words
                    .get(k - 1)
                    .is_some_and(|p| p.norm.ends_with("ed") && k > j + 1);
            if next_norm.ends_with("ing")
                || (matches!(w.norm.as_ref(), "by" | "at" | "during") && !participle_by)
                || (w.norm == "in"
                    && matches!(
                        next_norm,
                        "a" | "an" | "the" | "their" | "his" | "her" | "its"
                    ))
            {
                break;
            }
        }
        k += 1;
    }
    // Drop trailing function words.
    while k > j {
        let Some(w) = words.get(k - 1) else { break };
        if any(DETERMINERS, &w.norm)
            || any(PREPOSITIONS, &w.norm)
            || w.norm == "and"
            || w.norm == "or"
            || w.norm == "to"
        {
            k -= 1;
        } else {
            break;
        }
    }
    (k > j).then_some(j..k)
}

/// Whether the word at `k` is a subject pronoun that opens a clause after a noun: `the work
/// [he] did`, `the plan [they] unveiled` (not after a determiner, a preposition, `and`, or a
/// question word, whose clause is the object: `blasted what he called …`).
fn relative_subject(words: &[Word], k: usize) -> bool {
    let subject = words
        .get(k)
        .is_some_and(|w| matches!(w.norm.as_ref(), "he" | "she" | "they" | "we" | "i" | "you"));
    let after_head = k > 0
        && words.get(k - 1).is_some_and(|p| {
            p.is_word()
                && !any(DETERMINERS, &p.norm)
                && !any(PREPOSITIONS, &p.norm)
                && !matches!(
                    p.norm.as_ref(),
                    "and"
                        | "or"
                        | "to"
                        | "than"
                        | "what"
                        | "whatever"
                        | "how"
                        | "why"
                        | "where"
                        | "when"
                )
        });
    let verb_after = words.get(k + 1).is_some_and(|n| n.is_word());
    subject && after_head && verb_after
}

/// Where the sentence's dateline ends, if it opens with one: a dash right after a closing
/// parenthesis within its first dozen tokens (`LONDON, March 3 (Reuters) - …`, `WASHINGTON
/// (AP) — …`).
fn dateline_end(words: &[Word]) -> Option<usize> {
    let head = words.get(..words.len().min(12))?;
    head.windows(3).find_map(|w| match w {
        [close, dash, next]
            if close.norm == ")"
                && matches!(dash.norm.as_ref(), "-" | "--" | "\u{2014}" | "\u{2013}") =>
        {
            Some(next.start)
        }
        _ => None,
    })
}

/// Whether `w` is a lowercase adverb in `-ly` (`repeatedly`, `sharply`), not a noun in `-ly`.
fn manner_adverb(w: &Word) -> bool {
    const NOUNS: &[&str] = &[
        "family",
        "assembly",
        "monopoly",
        "anomaly",
        "supply",
        "rally",
        "ally",
        "reply",
        "bully",
        "italy",
        "july",
        "belly",
        "jelly",
        "lily",
        "folly",
        "melancholy",
        "homily",
        "panoply",
    ];
    // Manner adverbs without `-ly` (`rejected the bill outright`).
    const BARE: &[&str] = &["outright", "altogether", "wholesale"];
    !w.upper
        && (w.norm.len() > 4 && w.norm.ends_with("ly") && !any(NOUNS, &w.norm)
            || any(BARE, &w.norm))
}

/// Whether a time phrase starts at word `k`: `yesterday`, `on Tuesday`, `last week`,
/// `in March`, `on 12 May`, `this morning`.
fn starts_time_phrase(words: &[Word], k: usize) -> bool {
    let Some(w) = words.get(k) else { return false };
    if any(TIME_WORDS, &w.norm) {
        return true;
    }
    if !any(TIME_LEADS, &w.norm) {
        return false;
    }
    let Some(next) = words.get(k + 1) else {
        return false;
    };
    let next_norm = next.norm.trim_end_matches('.');
    if any(TIME_NOUNS, next_norm) {
        // `this may …` is a modal verb, not the month.
        return !(w.norm == "this" && next_norm == "may");
    }
    // `on 12 May`, `in 2024`, `since 2019`.
    next.kind == TokenKind::Number
        && (matches!(w.norm.as_ref(), "on" | "since" | "until")
            || (w.norm == "in" && next.norm.len() == 4))
        && !words
            .get(k + 2)
            .is_some_and(|a| a.is_word() && !any(TIME_NOUNS, a.norm.trim_end_matches('.')))
}

fn range_of(words: &[Word], r: &Range<usize>) -> Option<Range<usize>> {
    let first = words.get(r.start)?;
    let last = words.get(r.end.checked_sub(1)?)?;
    Some(first.start..last.end)
}

/// The actor a target phrase names: a mention in its first three words.
fn target_actor(ctx: &Context, words: &[Word], phrase: &Range<usize>) -> Option<String> {
    let bytes = range_of(words, phrase)?;
    let head_end = words
        .get((phrase.start + 3).min(phrase.end).checked_sub(1)?)?
        .end;
    let text = &ctx.doc.text;
    let m = ctx.mentions_in(bytes.start..bytes.end).iter().find(|m| {
        let after = text.get(m.end..).unwrap_or("");
        // `praised X for …`: a phrase that opens with the mention, then a preposition.
        let opens_before_preposition = m.start == bytes.start
            && after
                .strip_prefix(' ')
                .and_then(|a| a.split(' ').next())
                .is_some_and(|w| any(PREPOSITIONS, w) || matches!(w, "over" | "as" | "after"));
        m.start < head_end
            && (m.end == bytes.end
                || opens_before_preposition
                || after.starts_with("\u{2019}s")
                || after.starts_with("'s")
                || after.starts_with(" and ")
                || after.starts_with(", "))
    })?;
    ctx.actors.get(m.actor).map(|a| a.id.clone())
}

fn make_target(ctx: &Context, words: &[Word], phrase: &Range<usize>) -> Option<Target> {
    let bytes = range_of(words, phrase)?;
    let span = ctx.span(bytes.start, bytes.end)?;
    Some(Target {
        actor: target_actor(ctx, words, phrase),
        text: span.text.clone(),
        span,
    })
}

/// A proposal named before byte `before`: this sentence first, then up to two sentences back.
fn earlier_proposal(
    ctx: &Context,
    lexicon: &Lexicon,
    before: usize,
    head: Option<&str>,
) -> Option<Target> {
    let index = ctx.doc.sentence_at(before.saturating_sub(1))?;
    for s in (index.saturating_sub(2)..=index).rev() {
        let sentence = ctx.doc.sentences().get(s)?;
        let words = words(ctx.doc, ctx.lower, sentence.start..sentence.end.min(before));
        for (k, w) in words.iter().enumerate().rev() {
            let fits = match head {
                Some(h) => w.norm.trim_end_matches('s') == h.trim_end_matches('s'),
                None => lexicon.proposals.contains(&*w.norm),
            };
            if !fits || k == 0 {
                continue;
            }
            let prev = words.get(k - 1).map(|p| p.norm.as_ref()).unwrap_or("");
            if prev == "such" || prev == "these" || prev == "this" {
                continue;
            }
            // Back over determiners and modifiers, forward over a prepositional phrase.
            let mut start = k;
            while start > 0 && start + 3 > k {
                let Some(p) = words.get(start - 1) else { break };
                if !p.is_word()
                    || any(CLAUSE_STOPS, &p.norm)
                    || any(VERBISH, &p.norm)
                    || p.norm.ends_with("ing") && !any(DETERMINERS, &p.norm)
                {
                    break;
                }
                start -= 1;
                if any(DETERMINERS, &p.norm) {
                    break;
                }
            }
            let mut end = k + 1;
            if words.get(end).is_some_and(|n| {
                matches!(
                    n.norm.as_ref(),
                    "between" | "with" | "on" | "for" | "of" | "before"
                )
            }) {
                if let Some(np) = noun_phrase(&words, end + 1) {
                    end = np.end;
                }
            }
            return make_target(ctx, &words, &(start..end));
        }
    }
    None
}

/// `X's position that …`, `X's call for …`.
fn position_construction(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    i: usize,
    si: usize,
    evidence: &Span,
) -> Option<StanceFinding> {
    let owner = words.get(i)?;
    let noun = words.get(i + 1)?;
    let link = words.get(i + 2)?;
    let pronoun = matches!(owner.norm.as_ref(), "his" | "her" | "their" | "its");
    if !pronoun && !has_possessive_suffix(&owner.norm) {
        return None;
    }
    let stance_noun = lexicon.stance_nouns.get(&*noun.norm).copied();
    if !lexicon.positions.contains(&*noun.norm) && stance_noun.is_none() {
        return None;
    }
    // `his praise of Y`: a possessive pronoun without a mention of its own stands for the
    // subject, the first mention of the sentence.
    let own = ctx.mentions_in(owner.start..owner.end).first();
    let mention = match own {
        Some(m) => m.clone(),
        None if pronoun && !other_name_before(ctx, words, i) => ctx
            .mentions_in(words.first()?.start..owner.start)
            .first()?
            .clone(),
        None => return None,
    };
    let phrase = match link.norm.as_ref() {
        _ if stance_noun.is_some() => match link.norm.as_ref() {
            "for" | "of" | "on" | "against" | "to" | "toward" | "towards" | "with" | "at" => {
                noun_phrase(words, i + 3)?
            }
            _ => return None,
        },
        "that" => {
            let mut k = i + 3;
            while words.get(k).is_some_and(|w| {
                w.is_word()
                    && !(k > i + 3
                        && any(&["but", "while", "though", "although", "which"], &w.norm))
            }) {
                k += 1;
            }
            (k > i + 3).then_some(i + 3..k)?
        }
        "for" | "on" | "of" => noun_phrase(words, i + 3)?,
        _ => return None,
    };
    let target = make_target(ctx, words, &phrase)?;
    // The preposition picks the argument: `defence against Y` opposes Y, `crusade for Y`
    // supports it.
    let stance_noun = match (stance_noun, link.norm.as_ref()) {
        (Some(_), "against") => Some(Label::Oppose),
        (Some(_), "for") if lexicon.for_support.contains(&*noun.norm) => Some(Label::Support),
        (label, _) => label,
    };
    let via = if link.norm == "that" {
        "clause"
    } else {
        "phrase"
    };
    Some(StanceFinding::new(
        ctx.holder_of(&mention),
        target,
        stance_noun.unwrap_or(Label::Support),
        0.6,
        ctx.span(noun.start, noun.end),
        evidence,
        via,
        si,
    ))
}

/// `[A] declined to respond to [B]'s charges.`: B's stance noun with no argument of its own
/// (no `of Y`, `against Y`) is B's stance toward the actor that meets it, when no cue of the
/// sentence took the noun phrase as its target (`[A] dismissed [B]'s criticism` is A's stance).
/// Weaker than a cue's finding.
fn answered_noun(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    i: usize,
    si: usize,
    evidence: &Span,
    made: &[Made],
) -> Option<StanceFinding> {
    let owner = words.get(i)?;
    let noun = words.get(i + 1)?;
    if !has_possessive_suffix(&owner.norm) {
        return None;
    }
    let label = lexicon.stance_nouns.get(&*noun.norm).copied()?;
    // A team's or an army's `attack` and `defence` are its players or forces, and `X's
    // defense attorney` holds no stance.
    if matches!(noun.norm.as_ref(), "attack" | "defence" | "defense") {
        return None;
    }
    let argument = words.get(i + 2).is_some_and(|w| {
        any(PREPOSITIONS, &w.norm)
            || matches!(
                w.norm.as_ref(),
                "against" | "toward" | "towards" | "that" | "to"
            )
    });
    let taken = made
        .iter()
        .any(|m| m.target.start <= noun.start && noun.end <= m.target.end);
    if argument || taken {
        return None;
    }
    let mention = ctx.mentions_in(owner.start..owner.end).first()?;
    let target = answered_actor(ctx, words, i, mention)?;
    Some(StanceFinding::new(
        ctx.holder_of(mention),
        target,
        label,
        0.3,
        ctx.span(noun.start, noun.end),
        evidence,
        "phrase",
        si,
    ))
}

/// `[A] declined to respond to [B]'s charges`, `[A] shrugged off [B]'s criticism.`: a stance
/// noun of B's with no argument of its own is about the one other actor the clause names before
/// it, which answers or meets it. Only when that actor opens the clause before `owner` (at `i`)
/// and no other name could be meant.
fn answered_actor(ctx: &Context, words: &[Word], i: usize, owner: &Mention) -> Option<Target> {
    let owner_word = words.get(i)?;
    let own_id = ctx.actors.get(owner.actor).map(|a| a.id.as_str());
    // Back to the start of the clause: a clause word or a comma ends the search.
    let mut start = i;
    while start > 0
        && words
            .get(start - 1)
            .is_some_and(|w| !matches!(w.norm.as_ref(), ";" | ":" | "but" | "while" | "and"))
    {
        start -= 1;
    }
    let from = words.get(start)?.start;
    let earlier = ctx.mentions_in(from..owner_word.start);
    let mut ids: Vec<&str> = Vec::new();
    for m in earlier {
        let id = ctx.actors.get(m.actor).map(|a| a.id.as_str())?;
        if Some(id) != own_id && !ids.contains(&id) {
            ids.push(id);
        }
    }
    let [only] = ids[..] else {
        return None;
    };
    let first = earlier
        .iter()
        .find(|m| ctx.actors.get(m.actor).map(|a| a.id.as_str()) == Some(only))?;
    // The actor is the subject: nothing but a determiner or title words before it.
    let lead = ctx.doc.text.get(from..first.start)?;
    if lead.split_whitespace().count() > 2 || other_name_before(ctx, words, i) {
        return None;
    }
    ctx.target_of(first)
}

#[allow(clippy::too_many_arguments)]
fn cue_finding(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    i: usize,
    end: usize,
    slot: Option<Range<usize>>,
    pattern: &Pattern,
    si: usize,
    evidence: &Span,
    made: &[Made],
    found: &Found,
) -> Option<StanceFinding> {
    if !directive_fits(words, i, end, pattern) || stopped_short(words, i) {
        return None;
    }
    let first = words.get(i)?;
    let last = words.get(end.checked_sub(1)?)?;
    let cue = ctx.span(first.start, last.end)?;
    let (label, strength) = graded(lexicon, words, i, pattern);

    // Passive: `X was rejected by Y`.
    let Passive { aux, after_be, by } = passive(lexicon, words, i, end, slot.is_none());
    // A reduced passive (`the plan, backed by …`, `X, criticised by …`) needs `by` right after.
    let has_agent = by.is_some();
    // Passive without an agent (`was criticised for …`): the holder is not said.
    if !has_agent && after_be && last.norm.ends_with("ed") {
        return None;
    }
    let slotted = slot.is_some();
    let (holder, target, via) = if let Some(by) = by {
        let (holder, target, relative) =
            passive_parties(ctx, words, evidence, &cue, aux, after_be, by)?;
        if relative {
            return finish_passive(holder, target, label, strength, cue, evidence, si);
        }
        (holder, target, "passive")
    } else {
        // A reverse cue's subject need not be an actor (`The contract angered X`).
        let holder = match find_holder(ctx, words, i, made) {
            // A reverse cue's subject becomes the target: the possessed phrase, naming the
            // owner's actor as a target after a cue does (`X's decision drew criticism from
            // Y`: Y opposes `X's decision`, X's).
            Some(h) if pattern.reverse && h.actor.is_none() => {
                let owner = h
                    .mention
                    .as_ref()
                    .filter(|m| m.text.contains("'s ") || m.text.contains("\u{2019}s "))
                    .and_then(|m| ctx.mentions_in(m.start..m.end).first());
                // Not a phrase that runs on over a verb (`X's budget prompted an attack
                // from Y`): the owner alone then.
                let runs_on = |owner: &Mention| {
                    h.mention.as_ref().is_some_and(|m| {
                        words
                            .iter()
                            .filter(|w| w.start > owner.end + 1 && w.end <= m.end)
                            .skip(1)
                            .any(|w| any(DETERMINERS, &w.norm) || w.norm.ends_with("ed"))
                    })
                };
                match owner {
                    Some(owner) if runs_on(owner) => ctx.holder_of(owner),
                    Some(owner) => Holder {
                        actor: ctx.holder_of(owner).actor,
                        ..h
                    },
                    None => h,
                }
            }
            Some(h) => h,
            None if pattern.reverse => subject_before(ctx, words, i)?,
            None => return None,
        };
        let directive = is_directive(pattern);
        let relative = if slot.is_none() && !pattern.reverse && !directive {
            relative_object(ctx, words, i, &holder)
        } else {
            None
        };
        let (target, via) = match (slot, relative) {
            (_, Some(t)) => (t, "actor"),
            (Some(r), None) => (make_target(ctx, words, &r)?, "phrase"),
            (None, None) if directive => (directive_action(ctx, lexicon, words, end)?, "phrase"),
            (None, None) => after_cue_target(ctx, lexicon, words, end, found, &holder)?,
        };
        // `charged the batteries`, `charged a fee`: a charge is a stance only against someone
        // named in its object.
        let charged =
            pattern.elements.len() == 1 && words.get(i).is_some_and(|w| w.norm == "charged");
        if charged
            && ctx
                .mentions_in(target.span.start..target.span.end)
                .is_empty()
        {
            return None;
        }
        (holder, target, via)
    };
    // `X angered Y`, `X drew criticism from Y`, `Y was angered by X`: Y holds the stance on X.
    let (holder, target, via) = if pattern.reverse {
        // `criticism from members of Congress`, `from many in the Muslim world`: a group named
        // by a common noun is part of the named body after it, which holds the stance.
        let inside = ctx.mentions_in(target.span.start..target.span.end);
        let named = |m: &&Mention| {
            ctx.doc
                .text
                .get(m.start..m.end)
                .is_some_and(|t| t.starts_with(char::is_uppercase))
        };
        let first = inside.first()?;
        let part_of = named(&first) || {
            let after: Vec<&Word> = words
                .iter()
                .filter(|w| w.start >= first.end && w.end <= target.span.end)
                .take(3)
                .collect();
            !after
                .first()
                .is_some_and(|w| matches!(w.norm.as_ref(), "of" | "in" | "from"))
        };
        let who = if part_of {
            first.clone()
        } else {
            inside.iter().find(named).unwrap_or(first).clone()
        };
        let subject = holder.mention.clone()?;
        (
            ctx.holder_of(&who),
            Target {
                actor: holder.actor.clone(),
                text: subject.text.clone(),
                span: subject,
            },
            "reverse",
        )
    } else {
        (holder, target, via)
    };
    let position_of = (via == "points_back")
        .then(|| {
            // A finding with its cue there is one of that sentence's, among the last findings
            // (they come in sentence order).
            let s = ctx.doc.sentence_at(target.span.start).unwrap_or(0);
            since(&found.stances, s).iter().find(|f| {
                f.holder.actor == target.actor
                    && f.cue.as_ref().is_some_and(|c| c.start == target.span.start)
            })
        })
        .flatten()
        .map(|f| f.stance);
    if holder.actor.is_some() && holder.actor == target.actor {
        return None;
    }
    if !has_agent && !slotted && target.span.overlaps(&cue) {
        return None;
    }
    Some(StanceFinding {
        position_of,
        ..StanceFinding::new(
            holder,
            target,
            label,
            strength,
            Some(cue),
            evidence,
            via,
            si,
        )
    })
}

/// Whether the cue at `i` follows `stopped short of` (`stopped short of endorsing X`, `fell short
/// of openly blaming Y`): the holder holds back from the stance and takes none, neither the cue's
/// nor its reverse.
fn stopped_short(words: &[Word], i: usize) -> bool {
    let mut j = i;
    // One manner adverb may come between (`stopped short of openly endorsing`).
    if j > 0 && words[j - 1].norm.ends_with("ly") && words[j - 1].is_word() {
        j -= 1;
    }
    j >= 2 && words.get(j - 1).is_some_and(|w| w.norm == "of") && stops_short_at(words, j - 2)
}

/// Whether word `k` is the `short` of `stopped short of` (or `fell short of`).
pub fn stops_short_at(words: &[Word], k: usize) -> bool {
    words.get(k).is_some_and(|w| w.norm == "short")
        && words.get(k + 1).is_some_and(|w| w.norm == "of")
        && k.checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|w| {
                matches!(
                    w.norm.as_ref(),
                    "stop"
                        | "stops"
                        | "stopped"
                        | "stopping"
                        | "fall"
                        | "falls"
                        | "fell"
                        | "falling"
                )
            })
}

/// Whether a directive cue (`urged … to`, `called on … not to`: a gap, then `to` at the end)
/// has its shape here: an addressee in the gap (`urged the union to return`, not `was urged to`),
/// no clause boundary in it, and a verb after `to` (`urged restraint in response to the
/// crisis` has none). Its target is then the action after `to`, which the holder supports, or
/// opposes after `not`. Other cues always fit.
fn directive_fits(words: &[Word], i: usize, end: usize, pattern: &Pattern) -> bool {
    if !is_directive(pattern) {
        return true;
    }
    let negated_cue = matches!(
        pattern.elements.iter().rev().nth(1),
        Some(Element::Word { text, .. }) if text == "not"
    );
    if negated_cue {
        return directive_shape(words, i, end - 2, end, pattern);
    }
    // `urged X not to Y` is for the `not to` cue.
    let negated = end >= 2 && words.get(end - 2).is_some_and(|w| w.norm == "not");
    !negated && directive_shape(words, i, end - 1, end, pattern)
}

/// Whether `pattern` is a directive cue: a gap, then `to` or `not to` at the end.
fn is_directive(pattern: &Pattern) -> bool {
    let to = |e: &Element| matches!(e, Element::Word { text, .. } if text == "to");
    let not = |e: &Element| matches!(e, Element::Word { text, .. } if text == "not");
    match pattern.elements.as_slice() {
        [.., Element::Gap, n, t] if not(n) && to(t) => true,
        [.., Element::Gap, t] => to(t),
        _ => false,
    }
}

/// The action a directive cue urges, from word `j` (after `to`): `return to talks`, up to a
/// place or time (`stand firm in Mosul`: the place is no part of the act). None when the action
/// has a stance cue of its own (`urged them to attack X`, `not to vote for X`): that cue gives
/// the holder's stance, not support for the act.
fn directive_action(ctx: &Context, lexicon: &Lexicon, words: &[Word], j: usize) -> Option<Target> {
    if best_match(&lexicon.cues, words, j, &mut Vec::new()).is_some() {
        return None;
    }
    let mut phrase = noun_phrase(words, j)?;
    if let Some(k) = (phrase.start + 1..phrase.end).find(|&k| {
        words
            .get(k)
            .is_some_and(|w| matches!(w.norm.as_ref(), "in" | "at"))
    }) {
        phrase.end = k;
    }
    let mut target = make_target(ctx, words, &phrase)?;
    // An act, not an actor.
    target.actor = None;
    Some(target)
}

/// `gap_end`: the word after the addressee; `end`: the word after `to`.
fn directive_shape(
    words: &[Word],
    i: usize,
    gap_end: usize,
    end: usize,
    pattern: &Pattern,
) -> bool {
    let verb_words = pattern
        .elements
        .iter()
        .take_while(|e| matches!(e, Element::Word { .. }))
        .count();
    let gap = i + verb_words..gap_end;
    // The cue word as a noun or adjective (`a press conference to`, `a pressing need to`).
    let noun_use = i > 0 && words.get(i - 1).is_some_and(|w| any(DETERMINERS, &w.norm));
    let addressee = words.get(gap.clone()).unwrap_or(&[]);
    let action = words.get(end).filter(|w| w.is_word());
    // `was urged by X to …`: a passive, not an addressee.
    !noun_use
        && addressee.first().is_some_and(|w| w.norm != "by")
        && addressee
            .iter()
            .all(|w| !any(CLAUSE_STOPS, &w.norm) && w.norm != "to")
        // `urged them and then went to …`: a second verb ends the addressee.
        && addressee.windows(2).all(|pair| {
            let [w, next] = pair else { return true };
            !(matches!(w.norm.as_ref(), "and" | "or")
                && (any(VERBISH, &next.norm) || next.norm.ends_with("ed") || next.norm == "then"))
        })
        && action.is_some_and(|w| {
            !(any(DETERMINERS, &w.norm)
                || any(PRONOUNS, &w.norm)
                || any(PREPOSITIONS, &w.norm)
                || any(NUMBER_WORDS, &w.norm)
                || any(TIME_WORDS, &w.norm)
                || w.norm.chars().next().is_some_and(|c| c.is_ascii_digit()))
        })
}

/// The label and strength of a cue after the negation, hedge or intensifier before it.
fn graded(lexicon: &Lexicon, words: &[Word], i: usize, pattern: &Pattern) -> (Label, f64) {
    let m = modifiers(lexicon, words, i);
    let mut label = pattern.label;
    let mut strength = pattern.strength;
    if m.negated && !pattern.negated {
        label = label.flip();
        strength *= 0.6;
    }
    if m.hedged {
        strength *= 0.7;
    }
    if m.intensified {
        strength = (strength * 1.25).min(1.0);
    }
    (label, strength)
}

/// Where a cue at `i..end` reads as a passive.
struct Passive {
    /// The first of the adverbs right before the cue (the cue itself if none).
    aux: usize,
    /// A form of `be` comes before `aux`.
    after_be: bool,
    /// The agent's `by`.
    by: Option<usize>,
}

fn passive(lexicon: &Lexicon, words: &[Word], i: usize, end: usize, unslotted: bool) -> Passive {
    let mut aux = i;
    while aux > 0
        && words.get(aux - 1).is_some_and(|w| {
            lexicon.intensifiers.contains(&*w.norm)
                || lexicon.hedges.contains(&*w.norm)
                || (w.norm.len() > 4 && w.norm.ends_with("ly"))
                // `was also criticised by`, `has since been praised by`.
                || matches!(w.norm.as_ref(), "also" | "again" | "since" | "even" | "already")
        })
    {
        aux -= 1;
    }
    let mut after_be = aux > 0 && words.get(aux - 1).is_some_and(|w| any(BE, &w.norm));
    // `X was praised by Y but criticised by Z`: a participle coordinated with an earlier passive
    // of the clause shares its be-verb, and so its subject.
    if !after_be && words.get(end).is_some_and(|w| w.norm == "by") {
        if let Some(k) = coordinated_passive(words, aux) {
            aux = k;
            after_be = true;
        }
    }
    let participle = end
        .checked_sub(1)
        .and_then(|l| words.get(l))
        .is_some_and(|w| w.norm.ends_with("ed"));
    // The agent's `by`: right after the participle, or after a short complement of the same
    // clause (`was accused of fraud by …`, `was criticised sharply by …`).
    let by = (participle && unslotted)
        .then(|| {
            (end..end + 7)
                .take_while(|&k| {
                    words
                        .get(k)
                        .is_some_and(|w| w.is_word() && (k == end || !any(CLAUSE_STOPS, &w.norm)))
                })
                .find(|&k| words.get(k).is_some_and(|w| w.norm == "by"))
                .filter(|&k| after_be || k == end)
        })
        .flatten();
    Passive { aux, after_be, by }
}

/// The first participle of a passive (`was praised by Y`) that the participle at `aux`
/// (`… but criticised by Z`, `… and condemned by Z`) is coordinated with: `but` or `and` right
/// before `aux`, and before it, in the same clause, a be-verb, a participle and its `by`.
fn coordinated_passive(words: &[Word], aux: usize) -> Option<usize> {
    let conj = aux.checked_sub(1)?;
    if !matches!(words.get(conj)?.norm.as_ref(), "but" | "and") {
        return None;
    }
    let mut by_seen = false;
    for k in (conj.saturating_sub(12)..conj).rev() {
        let w = words.get(k)?;
        if k + 1 == conj && w.norm == "," {
            continue;
        }
        if any(CLAUSE_STOPS, &w.norm)
            || matches!(w.norm.as_ref(), "," | ";" | ":" | "." | "\"" | "“" | "”")
        {
            return None;
        }
        if w.norm == "by" {
            by_seen = true;
            continue;
        }
        let be_before = k > 0 && words.get(k - 1).is_some_and(|b| any(BE, &b.norm));
        if by_seen && w.norm.len() > 4 && w.norm.ends_with("ed") && be_before {
            return Some(k);
        }
    }
    None
}

/// The holder (the agent after `by`) and the target (the subject) of a passive cue, and whether
/// the target is the antecedent of a relative pronoun (`France, which has been targeted by X`),
/// a finding as it stands.
fn passive_parties(
    ctx: &Context,
    words: &[Word],
    evidence: &Span,
    cue: &Span,
    aux: usize,
    after_be: bool,
    by_index: usize,
) -> Option<(Holder, Target, bool)> {
    let by = words.get(by_index)?;
    let agent_end = words.get(by_index + 5).map_or(evidence.end, |w| w.end);
    let agent = ctx.mentions_in(by.end..agent_end).first().cloned();
    // `was condemned by business groups`: an agent named by a group noun, no actor.
    let group = agent_group(ctx, words, by_index)
        .filter(|(_, end)| agent.as_ref().is_none_or(|a| a.start >= *end));
    let holder = match (group, agent) {
        (Some((group, _)), _) => group,
        (None, Some(agent)) => {
            // `by the man in Crewe`: a place after the agent is not the agent.
            if words.iter().any(|w| {
                w.start >= by.end
                    && w.end <= agent.start
                    && matches!(w.norm.as_ref(), "in" | "at" | "from")
            }) {
                return None;
            }
            possessed_head(ctx, words, &agent, words.len()).unwrap_or_else(|| ctx.holder_of(&agent))
        }
        (None, None) => return None,
    };
    if !after_be {
        // Reduced passive: what the participle describes is the mention right before it.
        let from = words
            .get(aux.saturating_sub(4))
            .map_or(cue.start, |w| w.start);
        let subject = ctx.mentions_in(from..cue.start).last()?;
        let target = ctx.target_of(subject)?;
        Some((holder, target, false))
    } else {
        let subject_end = aux - 1;
        // The subject: the noun phrase that opens the clause before the auxiliary.
        let mut s = subject_end;
        while s > 0
            && subject_end - s < 12
            && words
                .get(s - 1)
                .is_some_and(|w| w.is_word() && !any(CLAUSE_STOPS, &w.norm))
        {
            s -= 1;
        }
        // `France, which has been targeted by X`: the subject is the relative pronoun's
        // antecedent, the mention right before it.
        let relative = s
            .checked_sub(1)
            .and_then(|r| words.get(r))
            .filter(|w| matches!(w.norm.as_ref(), "which" | "who" | "that"));
        let only_aux = words.get(s..subject_end).is_some_and(|ws| {
            ws.iter()
                .all(|w| any(AUX, &w.norm) || any(BE, &w.norm) || w.norm.ends_with("ly"))
        });
        if let (Some(rel), true) = (relative, only_aux) {
            let from = words
                .get(s.saturating_sub(6))
                .map_or(rel.start, |w| w.start);
            let antecedent = ctx.mentions_in(from..rel.start).last()?.clone();
            let gap = ctx.doc.text.get(antecedent.end..rel.start).unwrap_or("");
            if !matches!(gap.trim(), "" | ",") {
                return None;
            }
            let target = ctx.target_of(&antecedent)?;
            return Some((holder, target, true));
        }
        let mut phrase = noun_phrase(words, s)?;
        phrase.end = phrase.end.min(subject_end);
        while phrase.end > phrase.start + 1
            && words
                .get(phrase.end - 1)
                .is_some_and(|w| w.norm.ends_with("ed"))
        {
            phrase.end -= 1;
        }
        let target = make_target(ctx, words, &phrase)?;
        Some((holder, target, false))
    }
}

/// Heads of a group that can be the agent of a passive cue without being an actor
/// (`was condemned by business groups`, `was praised by some MPs`).
const GROUP_HEADS: &[&str] = &[
    "groups",
    "unions",
    "mps",
    "campaigners",
    "businesses",
    "employers",
    "economists",
    "scholars",
    "commentators",
    "conservatives",
    "liberals",
    "environmentalists",
    "rivals",
    "opponents",
    "supporters",
    "backbenchers",
    "colleagues",
    "workers",
    "farmers",
    "teachers",
    "doctors",
    "nurses",
    "parents",
    "students",
    "fans",
    "commuters",
    "organisations",
    "organizations",
    "charities",
];

/// The agent of a passive named by a group noun phrase right after `by` (`by business groups`,
/// `by some MPs`, `by civil rights groups across the South`): a determiner or quantifier, up to
/// three modifiers, and a plural people head, which ends the phrase. The holder and the end of
/// the phrase (a byte offset).
fn agent_group(ctx: &Context, words: &[Word], by_index: usize) -> Option<(Holder, usize)> {
    let mut k = by_index + 1;
    let first = words.get(k)?;
    if matches!(
        first.norm.as_ref(),
        "some" | "many" | "several" | "other" | "the" | "most" | "fellow"
    ) {
        k += 1;
    }
    for _ in 0..4 {
        let w = words.get(k)?;
        if !w.is_word() || any(CLAUSE_STOPS, &w.norm) || any(PREPOSITIONS, &w.norm) {
            return None;
        }
        if any(GROUP_HEADS, &w.norm)
            || any(BODY_NOUNS, &w.norm)
            || (w.norm.ends_with('s') && any(PEOPLE_NOUNS, &w.norm))
        {
            // The head ends the phrase: `groups of …` names a part of something else.
            if words.get(k + 1).is_some_and(|n| n.norm == "of") {
                return None;
            }
            return Some((ctx.phrase_holder(first.start, w.end)?, w.end));
        }
        k += 1;
    }
    None
}

/// The actor a pronoun at word `j` stands for (`endorsed him`, `rebuffed his approaches`), when
/// that is unambiguous: exactly one actor other than the holder is named earlier in the
/// sentence, and no other capitalised name comes before the pronoun (it could be the antecedent).
fn pronoun_antecedent(ctx: &Context, words: &[Word], j: usize, holder: &Holder) -> Option<String> {
    let w = words.get(j)?;
    if !matches!(w.norm.as_ref(), "him" | "his" | "her" | "them" | "their") {
        return None;
    }
    let sentence_start = words.first()?.start;
    let earlier = ctx.mentions_in(sentence_start..w.start);
    let holder_span = holder.mention.as_ref().map(|m| m.range());
    let mut candidates: Vec<&str> = Vec::new();
    for m in earlier {
        let id = ctx.actors.get(m.actor).map(|a| a.id.as_str());
        let is_holder = id.is_some() && id == holder.actor.as_deref()
            || holder_span
                .as_ref()
                .is_some_and(|h| h.start < m.end && m.start < h.end);
        if let (Some(id), false) = (id, is_holder) {
            if !candidates.contains(&id) {
                candidates.push(id);
            }
        }
    }
    let [only] = candidates[..] else {
        return None;
    };
    (!other_name_before(ctx, words, j)).then(|| only.to_owned())
}

/// Whether a capitalised name that is no actor mention comes before word `j` (past the first
/// word of the sentence): it could be what a pronoun at `j` stands for.
fn other_name_before(ctx: &Context, words: &[Word], j: usize) -> bool {
    words.iter().take(j).skip(1).any(|x| {
        x.is_word()
            && !any(TIME_NOUNS, &x.norm)
            // A title before a name (`Mr. [Trump]`, `President [Obama]`) names nobody else.
            && !any(HONORIFICS, x.norm.trim_end_matches('.'))
            && !any(ROLE_WORDS, &x.norm)
            && ctx
                .doc
                .text
                .get(x.start..x.end)
                .is_some_and(|t| t.starts_with(char::is_uppercase))
            && !ctx.covered(x.start, x.end)
    })
}

/// `Y, whom X attacked`, `Y, which X has derided as …`: the cue's object is the relative
/// pronoun, so the target is its antecedent, the mention right before it. The holder must be a
/// mention between the pronoun and the cue.
fn relative_object(ctx: &Context, words: &[Word], i: usize, holder: &Holder) -> Option<Target> {
    let h = holder.mention.as_ref()?;
    let cue = words.get(i)?;
    // The relative pronoun right before the holder's mention.
    let rel = words
        .iter()
        .rev()
        .find(|w| w.end <= h.start)
        .filter(|w| matches!(w.norm.as_ref(), "whom" | "who" | "which"))?;
    // Between the holder and the cue only auxiliaries and adverbs.
    if !words
        .iter()
        .filter(|w| w.start >= h.end && w.end <= cue.start)
        .all(|w| {
            any(AUX, &w.norm)
                || any(BE, &w.norm)
                || w.norm.ends_with("ly")
                || matches!(
                    w.norm.as_ref(),
                    "often" | "long" | "once" | "even" | "never"
                )
        })
    {
        return None;
    }
    let sentence_start = words.first()?.start;
    let antecedent = ctx.mentions_in(sentence_start..rel.start).last()?.clone();
    let gap = ctx.doc.text.get(antecedent.end..rel.start).unwrap_or("");
    if !matches!(gap.trim(), "" | "," | "and" | ", and") {
        return None;
    }
    let target = ctx.target_of(&antecedent)?;
    if target.actor.is_some() && target.actor == holder.actor {
        return None;
    }
    Some(target)
}

/// A passive finding whose target is already known.
#[allow(clippy::too_many_arguments)]
fn finish_passive(
    holder: Holder,
    target: Target,
    label: Label,
    strength: f64,
    cue: Span,
    evidence: &Span,
    si: usize,
) -> Option<StanceFinding> {
    if holder.actor.is_some() && holder.actor == target.actor {
        return None;
    }
    Some(StanceFinding::new(
        holder,
        target,
        label,
        strength,
        Some(cue),
        evidence,
        "passive",
        si,
    ))
}

/// The target after a cue: a noun phrase, or what `this` / `such proposals` points back to.
fn after_cue_target(
    ctx: &Context,
    lexicon: &Lexicon,
    words: &[Word],
    j: usize,
    found: &Found,
    holder: &Holder,
) -> Option<(Target, &'static str)> {
    let mut j = j;
    // Skip `the`-less fillers like `to` after `agreed`.
    let first = words.get(j)?;
    if lexicon.anaphors.contains(&*first.norm) {
        let next = words.get(j + 1);
        let next_norm = next.filter(|w| w.is_word()).map(|w| w.norm.as_ref());
        match next_norm {
            Some(n) if lexicon.proposals.contains(n) || lexicon.positions.contains(n) => {
                let point = first.start;
                // `this position` points to a stated position; `such proposals` to a proposal.
                if lexicon.positions.contains(n) && !lexicon.proposals.contains(n) {
                    if let Some(t) = earlier_position(ctx, found, holder, point, Some(n)) {
                        return Some((t, "points_back"));
                    }
                }
                let head = if n.starts_with("proposal")
                    || n.starts_with("idea")
                    || n.starts_with("plan")
                {
                    None
                } else {
                    Some(n)
                };
                if let Some(t) = earlier_proposal(ctx, lexicon, point, head) {
                    return Some((t, "points_back"));
                }
                return None;
            }
            Some(n)
                if !(any(CLAUSE_STOPS, n) || any(PREPOSITIONS, n))
                    && first.norm != "it"
                    && first.norm != "such" =>
            {
                // `this week`, `that the …`: not a pointer.
                if first.norm == "that" {
                    return None;
                }
                j += 1;
            }
            _ => {
                if first.norm == "such" {
                    return None;
                }
                // `condemned it`: the thing just named, not its holder's position.
                if first.norm == "it" {
                    if let Some(t) = earlier_target(ctx, found, first.start) {
                        let via = if t.actor.is_some() { "actor" } else { "phrase" };
                        return Some((t, via));
                    }
                }
                let t = earlier_position(ctx, found, holder, first.start, None)
                    .or_else(|| earlier_quote(ctx, holder, first.start))?;
                return Some((t, "points_back"));
            }
        }
    }
    let mut phrase = noun_phrase(words, j)?;
    // `the mogul's daughter, Shari Redstone,` and `the Department of Homeland Security (DHS)`:
    // a name in apposition belongs to the target.
    if let (Some(open), Some(next)) = (words.get(phrase.end), words.get(phrase.end + 1)) {
        if matches!(open.norm.as_ref(), "," | "(") {
            if let Some(m) = ctx
                .mentions_in(next.start..words.last()?.end)
                .first()
                .filter(|m| m.start == next.start)
            {
                let last = words.iter().rposition(|w| w.end <= m.end)?;
                let close = words.get(last + 1).map(|w| w.norm.as_ref());
                if matches!(close, None | Some("," | ")" | "." | "of" | "for")) {
                    phrase.end = last + 1;
                }
            }
        }
    }
    // `blamed the operator for the walkout`, `accused Freedonia of dumping`: the reason after
    // the object is no part of the target.
    if let Some(cue) = j.checked_sub(1).and_then(|c| words.get(c)) {
        let reason_word = reason_preposition(&cue.norm);
        if let Some(k) = (phrase.start + 1..phrase.end).find(|&k| {
            words.get(k).is_some_and(|w| {
                reason_word.is_some_and(|r| r.contains(&w.norm.as_ref()))
                    && ctx.mentions_in(w.start..w.end).is_empty()
            })
        }) {
            phrase.end = k;
        }
    }
    let mut target = make_target(ctx, words, &phrase)?;
    if target.actor.is_none() {
        target.actor = pronoun_antecedent(ctx, words, phrase.start, holder);
    }
    let via = if target.actor.is_some() {
        "actor"
    } else {
        "phrase"
    };
    Some((target, via))
}

/// The prepositions that bring the reason after a cue's object (`blamed X for Y`, `accused X
/// of Y`, `credited X with Y`), by the cue word.
fn reason_preposition(cue: &str) -> Option<&'static [&'static str]> {
    const FOR: &[&str] = &[
        "blam",
        "thank",
        "prais",
        "criticis",
        "criticiz",
        "condemn",
        "commend",
        "congratulat",
        "applaud",
        "fault",
        "slam",
        "rebuk",
        "chastis",
        "censur",
        "lambast",
        "hail",
        "salut",
        "scold",
        "berat",
        "reprimand",
        "attack",
    ];
    if any_prefix(&["accus", "suspect", "convict"], cue) {
        Some(&["of"])
    } else if any_prefix(&["credit"], cue) {
        Some(&["with", "for"])
    } else if any_prefix(FOR, cue) {
        Some(&["for", "over"])
    } else {
        None
    }
}

pub(crate) fn any_prefix(stems: &[&str], word: &str) -> bool {
    stems.iter().any(|s| word.starts_with(s))
}

/// The findings of sentence `s` and after. Findings are made in sentence order, so they are the
/// last ones (a binary search, not a scan of the whole document's findings for each pointer).
fn since(stances: &[StanceFinding], s: usize) -> &[StanceFinding] {
    stances
        .get(stances.partition_point(|f| f.sentence < s)..)
        .unwrap_or(&[])
}

/// The last position stated before `point` (this sentence or the one before) by someone other
/// than `holder`: what `this` refers to.
///
/// `head`: the pointer's noun (`that call`); a finding whose cue shares its stem is the one
/// pointed to (`backed X and called for Y. Z supported that call`: Y).
fn earlier_position(
    ctx: &Context,
    found: &Found,
    holder: &Holder,
    point: usize,
    head: Option<&str>,
) -> Option<Target> {
    let index = ctx.doc.sentence_at(point)?;
    let fits = |f: &&StanceFinding| {
        f.target.span.end <= point
            && !(f.holder.actor.is_some() && f.holder.actor == holder.actor)
            && f.holder.name != holder.name
    };
    // Those of this sentence and the one before.
    let recent = since(&found.stances, index.saturating_sub(1));
    let named = |f: &&StanceFinding| {
        head.is_some_and(|h| {
            let stem = h.trim_end_matches('s');
            stem.len() >= 4
                && f.cue
                    .as_ref()
                    .is_some_and(|c| c.text.to_lowercase().starts_with(stem))
        })
    };
    let first = |f: &&StanceFinding| f.cue.as_ref().map_or(f.target.span.start, |c| c.start);
    // The main position of the nearest sentence that states one: its first finding (the one
    // the pointer's noun names, if any).
    let f = recent
        .iter()
        .filter(fits)
        .filter(named)
        .max_by_key(first)
        .or_else(|| {
            recent
                .iter()
                .filter(|f| f.sentence == index)
                .filter(fits)
                .min_by_key(first)
        })
        .or_else(|| {
            recent
                .iter()
                .filter(|f| f.sentence + 1 == index)
                .filter(fits)
                .min_by_key(first)
        })?;
    // The stated position: from its cue to the end of its target.
    let start = f
        .cue
        .as_ref()
        .map_or(f.target.span.start, |c| c.start.min(f.target.span.start));
    let span = ctx.span(start, f.target.span.end)?;
    Some(position(f.holder.actor.clone(), &f.holder.name, span))
}

/// The position of `name` (`someone` when unnamed) stated in `span`, as a target.
fn position(actor: Option<String>, name: &str, span: Span) -> Target {
    let who = if name.is_empty() { "someone" } else { name };
    Target {
        actor,
        text: format!("{who}'s position: {}", span.text),
        span,
    }
}

/// What `it` points back to: the target of the first finding of this sentence before `point`,
/// else of the sentence before (`The levy was welcomed by X. Y condemned it.`: the levy).
fn earlier_target(ctx: &Context, found: &Found, point: usize) -> Option<Target> {
    let index = ctx.doc.sentence_at(point)?;
    let recent = since(&found.stances, index.saturating_sub(1));
    let first = |f: &&StanceFinding| f.cue.as_ref().map_or(f.target.span.start, |c| c.start);
    // `it` is no person (`X praised Y. Z condemned it.`: X's position, not Y).
    let thing = |f: &&StanceFinding| {
        !f.target.actor.as_ref().is_some_and(|id| {
            ctx.actors
                .iter()
                .any(|a| &a.id == id && matches!(a.kind, ActorKind::Person))
        })
    };
    let f = recent
        .iter()
        .filter(|f| f.sentence == index && f.target.span.end <= point)
        .filter(thing)
        .min_by_key(first)
        .or_else(|| {
            recent
                .iter()
                .filter(|f| f.sentence + 1 == index)
                .filter(thing)
                .min_by_key(first)
        })?;
    // A position pointed back to is no thing named.
    (f.via != Some("points_back")).then(|| f.target.clone())
}

/// What `this` points back to when no finding is there: the last quote before `point` that
/// ends in this sentence or the one before, by someone other than `holder` (`X said the tariff
/// would ruin the growers. Y rejected this.`: X's claim).
fn earlier_quote(ctx: &Context, holder: &Holder, point: usize) -> Option<Target> {
    let index = ctx.doc.sentence_at(point)?;
    let from = ctx
        .doc
        .sentences()
        .get(index.saturating_sub(1))
        .map(|s| s.start)?;
    // The content ranges that start before `point`, back to the first whose furthest end so
    // far does not pass `from` (a binary search and the last ranges, as `quotes_over`).
    let k = ctx
        .quote_spans
        .partition_point(|(range, _, _)| range.start < point);
    let spans = ctx.quote_spans.get(..k).unwrap_or(&[]);
    let reach = ctx.quote_reach.get(..k).unwrap_or(&[]);
    let (quote, range) = spans
        .iter()
        .zip(reach)
        .rev()
        .take_while(|(_, &far)| far > from)
        .filter(|((r, _, _), _)| r.end <= point && r.end > from)
        .filter_map(|((r, q, _), _)| Some((ctx.quotes.get(*q)?, r)))
        .filter(|(q, _)| {
            q.speaker.name != holder.name
                && !(q.speaker.actor.is_some() && q.speaker.actor == holder.actor)
        })
        .max_by_key(|(_, r)| r.end)?;
    // The quote as a reader sees it: from its first content range (`"This budget is a
    // betrayal …," he told the chamber. "It cuts …"`: the betrayal), not the last one in reach.
    let range = quote
        .content
        .iter()
        .min_by_key(|r| r.start)
        .unwrap_or(range);
    let span = ctx.span(range.start, range.end)?;
    Some(position(
        quote.speaker.actor.clone(),
        &quote.speaker.name,
        span,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new("t", text)
    }

    #[test]
    fn a_verb_right_after_the_cue_is_no_object() {
        let d = doc("criticism was cautious, praised May.");
        let lower = lowered(&d.text);
        let w = words(&d, &lower, 0..d.text.len());
        assert!(noun_phrase(&w, 1).is_none());
        let np = noun_phrase(&w, 5).unwrap();
        assert_eq!(range_of(&w, &np).map(|r| &d.text[r]), Some("May"));
    }

    #[test]
    fn noun_phrase_stops_at_clause() {
        let d = doc("praised the plan in convening the talks, but left.");
        let lower = lowered(&d.text);
        let w = words(&d, &lower, 0..d.text.len());
        let np = noun_phrase(&w, 1).unwrap();
        assert_eq!(range_of(&w, &np).map(|r| &d.text[r]), Some("the plan"));
    }

    #[test]
    fn noun_phrase_stops_at_time_and_participle() {
        for (text, want) in [
            ("defended the harbour plan on Tuesday", "the harbour plan"),
            ("defended the plan last week", "the plan"),
            ("defended the plan yesterday", "the plan"),
            ("defended the plan in March", "the plan"),
            ("defended the deal giving them more time", "the deal"),
            (
                "defended the last year of the plan",
                "the last year of the plan",
            ),
            ("defended the housing plan", "the housing plan"),
        ] {
            let d = doc(text);
            let lower = lowered(&d.text);
            let w = words(&d, &lower, 0..d.text.len());
            let np = noun_phrase(&w, 1).unwrap();
            assert_eq!(range_of(&w, &np).map(|r| &d.text[r]), Some(want), "{text}");
        }
    }

    #[test]
    fn attributive_participles_are_no_cue() {
        let d = doc("the route crosses two protected wetlands and she's backing the plan");
        let lower = lowered(&d.text);
        let w = words(&d, &lower, 0..d.text.len());
        let at = |word: &str| w.iter().position(|x| x.norm == word).unwrap();
        assert!(attributive(&w, at("protected")));
        assert!(!attributive(&w, at("backing")));
    }

    #[test]
    fn role_compound_at_the_first_word_is_none() {
        let d = doc("critics said so.");
        let lower = lowered(&d.text);
        let w = words(&d, &lower, 0..d.text.len());
        let ctx = Context::new(&d, &lower, &[], Vec::new(), &[]);
        let evidence = d.span(0, d.text.len()).unwrap();
        assert!(role_compound(&ctx, &w, 0, 0, &evidence).is_none());
    }

    #[test]
    fn covered_agrees_with_a_scan_of_every_mention() {
        let d = doc("Ukrainian President Volodymyr Zelenskyy met Trump in Washington today.");
        let lower = lowered(&d.text);
        let at = |word: &str| {
            let s = d.text.find(word).unwrap();
            (s, s + word.len())
        };
        let spans = [
            at("Ukrainian President Volodymyr Zelenskyy"),
            at("Ukrainian"),
            at("Zelenskyy"),
            at("Trump"),
            at("Washington"),
        ];
        let mentions = spans
            .iter()
            .map(|&(start, end)| Mention {
                start,
                end,
                actor: 0,
            })
            .collect();
        let ctx = Context::new(&d, &lower, &[], mentions, &[]);
        for start in 0..d.text.len() {
            for end in start + 1..=d.text.len() {
                let scan = spans.iter().any(|&(s, e)| s <= start && end <= e);
                assert_eq!(ctx.covered(start, end), scan, "{start}..{end}");
            }
            let scan = spans.iter().any(|&(s, e)| s < start + 1 && start < e);
            assert_eq!(ctx.ends_in_mention(start + 1), scan, "end {start}");
        }
    }

    #[test]
    fn quotes_over_agree_with_a_scan_of_every_quote() {
        let d =
            doc("Ames said the port was dying and the fund, she added, was a sham, not a plan.");
        let lower = lowered(&d.text);
        let speaker = |name: &str| Holder {
            actor: None,
            mention: None,
            name: name.into(),
        };
        // Overlapping, nested and split contents, out of text order.
        let quotes = vec![
            Quote {
                content: vec![40..60, 10..30],
                speaker: speaker("a"),
            },
            Quote {
                content: vec![5..70, 6..8],
                speaker: speaker("b"),
            },
            Quote {
                content: vec![12..20, 50..52],
                speaker: speaker("c"),
            },
            Quote {
                content: vec![],
                speaker: speaker("d"),
            },
        ];
        let ctx = Context::new(&d, &lower, &[], Vec::new(), &quotes);
        for start in 0..d.text.len() {
            let scan = quotes.iter().find_map(|q| {
                q.content
                    .iter()
                    .find(|c| c.start <= start && start < c.end)
                    .map(|c| (q.speaker.name.clone(), c.clone()))
            });
            let got = ctx
                .quote_at(start)
                .map(|(q, c)| (q.speaker.name.clone(), c));
            assert_eq!(got, scan, "at {start}");
            for end in start..=d.text.len() {
                let mut scan: Vec<usize> = (0..quotes.len())
                    .filter(|&q| {
                        quotes[q]
                            .content
                            .iter()
                            .any(|c| c.start <= start && end <= c.end)
                    })
                    .collect();
                let mut got: Vec<usize> = ctx.quotes_over(start, end).map(|(q, _)| q).collect();
                got.sort_unstable();
                got.dedup();
                scan.sort_unstable();
                assert_eq!(got, scan, "{start}..{end}");
            }
        }
    }

    #[test]
    fn directive_cues_need_an_addressee_and_an_action() {
        let lexicon = Lexicon::get();
        let mut scratch = Vec::new();
        for (text, at, want) in [
            (
                "he urged the union to return to talks",
                1,
                Some(Label::Support),
            ),
            ("he urged the union not to strike", 1, Some(Label::Oppose)),
            ("he called on ministers to act", 1, Some(Label::Support)),
            ("he was urged to return", 2, None),
            ("he urged restraint in response to the strike", 1, None),
            ("he urged them and then went to Paris", 1, None),
        ] {
            let d = doc(text);
            let lower = lowered(&d.text);
            let w = words(&d, &lower, 0..d.text.len());
            let (p, end, _) = best_match(&lexicon.cues, &w, at, &mut scratch).unwrap();
            let got = directive_fits(&w, at, end, p).then_some(p.label);
            let got = got.filter(|_| w[end - 1].norm == "to");
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn gap_patterns_match() {
        let d = doc("I can’t imagine that the next meeting would take place without a ceasefire.");
        let lower = lowered(&d.text);
        let w = words(&d, &lower, 0..d.text.len());
        let lexicon = Lexicon::get();
        let mut scratch = Vec::new();
        let (p, end, _) = best_match(&lexicon.cues, &w, 1, &mut scratch).unwrap();
        assert_eq!(p.label, Label::Support);
        assert_eq!(w[end - 1].norm, "without");
    }
}
