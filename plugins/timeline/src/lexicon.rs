//! Word lists from `data/*.txt`, built once.

use crate::expr::W;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// FxHash (`rustc-hash`): the lexicon is looked up for every token, and SipHash's DoS resistance
/// buys nothing for a fixed word list.
pub type FxBuild = rustc_hash::FxBuildHasher;

/// What an event word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Verb,
    Noun,
    /// Both (`talks`, `calls`, `visit`): decided by the word before it.
    Either,
}

/// The modality of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Future,
    Planned,
    Hypothetical,
    Negated,
}

pub struct Lexicon {
    /// Cue phrases by first word: the rest of the phrase and the kind.
    cues: HashMap<String, Vec<(Vec<String>, Cue)>, FxBuild>,
    /// Every word of the lists (past forms, inflected triggers, cue starts), so each token needs one lookup: listed past form, trigger,
    /// starts a cue.
    index: HashMap<String, (bool, Option<Trigger>, bool), FxBuild>,
    /// Trigger forms that are also adjectives or particles (`adj:` lines of `events.txt`).
    adjectival: HashSet<String, FxBuild>,
}

/// What the lexicon says about one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ann {
    /// `Some(true)` a past-tense cue, `Some(false)` a future one.
    pub tense: Option<bool>,
    /// Modality cues starting here (bit `Cue as u8`).
    pub mask: u8,
    pub trigger: Option<Trigger>,
    /// The word is also an adjective or particle (`open`): an event only in verbal context.
    pub adjectival: bool,
}

/// The irregular past forms of `data/past_verbs.txt`.
fn listed_past() -> &'static HashSet<&'static str, FxBuild> {
    static LISTED: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    LISTED.get_or_init(|| lines(include_str!("../data/past_verbs.txt")).collect())
}

/// Whether `w` has the form of a past tense or participle: a listed irregular form or a regular
/// one (`-ed`), whatever its use here (the tense of a token is [`Ann::tense`]). Unlike
/// [`Lexicon::past_shape`] it keeps the `-ed` words that are mostly adjectives (`used`,
/// `based`): after `last` they are verbs (`was last used on 9 March`).
pub(crate) fn past_form(w: &str) -> bool {
    listed_past().contains(w) || ed_shape(w)
}

/// Whether `w` ends like a regular past form: `-ed`, longer than four letters.
fn ed_shape(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        let past = listed_past();
        let mut cues: HashMap<String, Vec<(Vec<String>, Cue)>, FxBuild> = HashMap::default();
        for line in lines(include_str!("../data/cues.txt")) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let kind = match kind {
                "future" => Cue::Future,
                "planned" => Cue::Planned,
                "hypothetical" => Cue::Hypothetical,
                "negated" => Cue::Negated,
                _ => continue,
            };
            let mut words = phrase.split(' ').map(str::to_owned);
            let Some(first) = words.next() else { continue };
            cues.entry(first).or_default().push((words.collect(), kind));
        }
        let mut triggers: HashMap<String, Trigger, FxBuild> = HashMap::default();
        let mut adjectival: HashSet<String, FxBuild> = HashSet::default();
        for line in lines(include_str!("../data/events.txt")) {
            if let Some(word) = line.strip_prefix("adj:") {
                adjectival.insert(word.to_owned());
                continue;
            }
            if let Some(noun) = line.strip_prefix("noun:") {
                for form in [noun.to_owned(), plural(noun)] {
                    let kind = match triggers.get(&form) {
                        Some(Trigger::Verb) | Some(Trigger::Either) => Trigger::Either,
                        _ => Trigger::Noun,
                    };
                    triggers.insert(form, kind);
                }
                continue;
            }
            let (lemma, irregular) = match line.split_once('=') {
                Some((l, irr)) => (l, irr.split(',').collect::<Vec<_>>()),
                None => (line, Vec::new()),
            };
            let mut forms = verb_forms(lemma);
            forms.extend(irregular.iter().map(|s| (*s).to_owned()));
            for form in forms {
                let kind = match triggers.get(&form) {
                    Some(Trigger::Noun) | Some(Trigger::Either) => Trigger::Either,
                    _ => Trigger::Verb,
                };
                triggers.insert(form, kind);
            }
        }
        let mut index: HashMap<String, (bool, Option<Trigger>, bool), FxBuild> = HashMap::default();
        for &w in past {
            index.entry(w.to_owned()).or_default().0 = true;
        }
        for (w, t) in &triggers {
            index.entry(w.clone()).or_default().1 = Some(*t);
        }
        for w in cues.keys() {
            index.entry(w.clone()).or_default().2 = true;
        }
        Lexicon {
            cues,
            index,
            adjectival,
        }
    }
}

fn plural(noun: &str) -> String {
    if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") {
        format!("{noun}es")
    } else if let Some(stem) = noun
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// `visit` → visit, visits, visited, visiting; `arrive` → arrives, arrived, arriving.
fn verb_forms(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_owned(), plural(lemma)];
    if let Some(stem) = lemma.strip_suffix('e') {
        out.push(format!("{lemma}d"));
        out.push(format!("{stem}ing"));
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        out.push(format!("{stem}ied"));
        out.push(format!("{lemma}ing"));
    } else {
        out.push(format!("{lemma}ed"));
        out.push(format!("{lemma}ing"));
        // Short verbs double their last consonant: ban → banned, stop → stopped.
        let chars: Vec<char> = lemma.chars().collect();
        if let [.., a, b, c] = chars.as_slice() {
            if !is_vowel(*a)
                && is_vowel(*b)
                && !is_vowel(*c)
                && !matches!(c, 'w' | 'x' | 'y')
                && chars.len() <= 4
            {
                out.push(format!("{lemma}{c}ed"));
                out.push(format!("{lemma}{c}ing"));
            }
        }
    }
    out
}

impl Lexicon {
    /// One pass over the tokens: tense cue, modality cues and trigger of each, one lookup each.
    pub fn annotate(&self, ws: &[W<'_>]) -> Vec<Ann> {
        (0..ws.len())
            .map(|j| {
                let Some(w) = ws.get(j).map(|t| &*t.low) else {
                    return Ann::default();
                };
                let (listed_past, trigger, cue) = self.index.get(w).copied().unwrap_or_default();
                let contracted = w.ends_with("n't") || w.ends_with("'ll");
                Ann {
                    tense: self.tense_of(ws, j, w, listed_past),
                    mask: if cue || contracted {
                        self.cue_mask(ws, j)
                    } else {
                        0
                    },
                    trigger,
                    adjectival: trigger.is_some() && self.adjectival.contains(w),
                }
            })
            .collect()
    }

    #[cfg(test)]
    pub fn trigger(&self, word: &str) -> Option<Trigger> {
        self.index.get(word).and_then(|e| e.1)
    }

    pub(crate) fn past_shape(word: &str) -> bool {
        ed_shape(word)
            && !matches!(
                word,
                "need"
                    | "speed"
                    | "indeed"
                    | "proceed"
                    | "exceed"
                    | "succeed"
                    | "breed"
                    | "hundred"
                    | "united"
                    | "based"
                    | "related"
                    | "limited"
                    | "armed"
                    | "concerned"
                    | "interested"
                    | "supposed"
                    | "used"
                    | "advanced"
                    | "detailed"
                    | "undisclosed"
                    | "divided"
                    | "unprecedented"
                    // Adjectives and nouns with the shape of a past form: `visible to the naked
                    // eye in October` is no past.
                    | "naked"
                    | "wicked"
                    | "sacred"
                    | "rugged"
                    | "ragged"
                    | "jagged"
                    | "crooked"
                    | "wretched"
                    | "beloved"
                    | "hatred"
                    | "kindred"
                    | "greed"
            )
    }

    /// Whether token `j` marks the past (`Some(true)`) or the future (`Some(false)`).
    fn tense_of(&self, ws: &[W<'_>], j: usize, w: &str, listed_past: bool) -> Option<bool> {
        let next = ws.get(j + 1).map_or("", |n| &*n.low);
        // `had been due to expire Friday`: a schedule that already lay in the past.
        if matches!(w, "due" | "scheduled" | "expected" | "slated" | "set")
            && j > 1
            && ws.get(j - 1).is_some_and(|p| p.low == "been")
            && ws.get(j - 2).is_some_and(|p| p.low == "had")
        {
            return Some(true);
        }
        if matches!(w, "will" | "shall" | "won't" | "upcoming" | "would") || w.ends_with("'ll") {
            return Some(false);
        }
        if possibility_ahead(ws, j, w, next) {
            return Some(false);
        }
        if w == "going" && ws.get(j + 1).is_some_and(|n| n.low == "to") {
            return Some(false);
        }
        if scheduled_present(ws, j, w, next) || fixture_or_entry_into_force(ws, j, w, next) {
            return Some(false);
        }
        // `is to resume trading Tuesday`, `was to leave on Friday`: an arrangement ahead; not the
        // idiom `was to blame`.
        if w == "to"
            && j > 0
            && ws.get(j + 1).is_none_or(|n| n.low != "blame")
            && ws
                .get(j - 1)
                .is_some_and(|p| matches!(&*p.low, "is" | "are" | "was" | "were"))
        {
            return Some(false);
        }
        if matches!(
            w,
            "plans"
                | "plan"
                | "planned"
                | "aims"
                | "intends"
                | "expects"
                | "scheduled"
                | "expected"
                | "agreed"
                | "agreement"
                | "agrees"
                // A forecast or readiness points ahead: `is forecast to make landfall Friday`,
                // `is poised to win Sunday`.
                | "forecast"
                | "projected"
                | "predicted"
                | "poised"
        ) && next == "to"
        {
            return Some(false);
        }
        if matches!(
            w,
            "scheduled" | "slated" | "due" | "upcoming" | "payable" | "effective"
        ) || (w == "set"
            && ws
                .get(j + 1)
                .is_some_and(|n| matches!(&*n.low, "for" | "to")))
        {
            return Some(false);
        }
        // An intention or schedule points ahead even in the past tense (`planned to leave on
        // Thursday`, `were planning a march on Saturday`), as does a date given as the earliest
        // one (`as soon as Tuesday`, `as early as Tuesday`).
        if w == "planning"
            || (w == "planned" && matches!(next, "a" | "an"))
            || (matches!(w, "soon" | "early")
                && j > 0
                && ws.get(j - 1).is_some_and(|p| p.low == "as")
                && ws.get(j + 1).is_some_and(|n| n.low == "as"))
        {
            return Some(false);
        }
        // `were planning a march on Saturday`, `was scheduled to`, `was due Friday`: the
        // auxiliary's past is the time of the plan; the word after it tells where the date lies.
        if matches!(w, "was" | "were")
            && matches!(
                next,
                "planning" | "scheduled" | "due" | "slated" | "expected" | "set" | "supposed"
            )
        {
            return None;
        }
        if matches!(w, "has" | "have") {
            return Some(true);
        }
        if listed_past || Self::past_shape(w) {
            // `is expected`, `will be formalised`: a participle after an auxiliary is not past;
            // nor after a verb of state (`will remain closed`, `stays shut`).
            if j > 0
                && ws.get(j - 1).is_some_and(|p| {
                    matches!(
                        &*p.low,
                        "be" | "is"
                            | "are"
                            | "being"
                            | "will"
                            // A plain verb after a modal (`could spread`, `may cut`) only
                            // shares its shape with a past form.
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "to"
                            | "remain"
                            | "remains"
                            | "stay"
                            | "stays"
                    )
                })
            {
                return None;
            }
            // `a still unspecified date`, `the proposed merger`, `an undisclosed sum`: after a
            // determiner (and an adverb) the participle is an adjective, no past.
            let det = |k: usize| {
                ws.get(k).is_some_and(|p| {
                    matches!(
                        &*p.low,
                        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "this"
                    )
                })
            };
            if j > 0
                && (det(j - 1)
                    || (j > 1
                        && det(j - 2)
                        && ws.get(j - 1).is_some_and(|p| {
                            matches!(
                                &*p.low,
                                "still" | "yet" | "newly" | "previously" | "recently"
                            )
                        })))
            {
                return None;
            }
            return Some(true);
        }
        None
    }

    /// The cues starting at token `j` as a bit set (bit `Cue as u8`).
    fn cue_mask(&self, ws: &[W<'_>], j: usize) -> u8 {
        let Some(t) = ws.get(j) else {
            return 0;
        };
        let w = &*t.low;
        // `born on May 9`, `in May`: a capital `May` inside its sentence is the month, not the
        // modal.
        let month =
            t.cap && w == "may" && j > 0 && ws.get(j - 1).is_some_and(|p| p.sentence == t.sentence);
        if month {
            return 0;
        }
        let key = if w.ends_with("n't") {
            "n't"
        } else if w.ends_with("'ll") {
            "'ll"
        } else {
            w
        };
        let Some(list) = self.cues.get(key) else {
            return 0;
        };
        let mut mask = 0;
        for (rest, kind) in list {
            if rest
                .iter()
                .enumerate()
                .all(|(k, r)| ws.get(j + 1 + k).is_some_and(|t| &t.low == r))
            {
                mask |= 1 << (*kind as u8);
            }
        }
        mask
    }
}

/// `could reach the coast late Sunday`, `may rule on Friday`, `might resign next week`: a modal
/// of possibility before a plain verb points ahead as `will` does (what is possible has not
/// happened yet). Not before `have` (`could have left on Monday` looks back), not `could not` or
/// `could be` (`could` is also the past of `can`, and these tell a past inability as often:
/// `could not be reached on Tuesday`, `could be located Wednesday` in a story of what failed),
/// and not the month `May`.
fn possibility_ahead(ws: &[W<'_>], j: usize, w: &str, next: &str) -> bool {
    if !matches!(w, "could" | "may" | "might") || ws.get(j).is_some_and(|t| t.cap && w == "may") {
        return false;
    }
    if w == "could" && matches!(next, "not" | "be") {
        return false;
    }
    let verb = if next == "not" {
        ws.get(j + 2).map_or("", |t| &*t.low)
    } else {
        next
    };
    !verb.is_empty()
        && !matches!(verb, "have" | "not" | "n't")
        && verb.bytes().all(|b| b.is_ascii_lowercase())
}

/// A schedule told in the present with a time after it lies ahead: `the season ends Nov. 30`,
/// `the deal expires Friday`, `Applications open on Wednesday and close on March 1`, `Ticket
/// sales open at 10 a.m.`, `the ministers meet on Friday`, `the leases, which expire Friday`. One
/// table, one condition. The plural forms double as adjectives and nouns (`were open on
/// Sunday`, `the close on Friday`), so they count only after a subject, not after a form of `be`,
/// a determiner, `to` or a modal.
fn scheduled_present(ws: &[W<'_>], j: usize, w: &str, next: &str) -> bool {
    // `meet again on Friday`, `meets separately next week`: an adverb before the time.
    let timed = |next: &str| {
        matches!(
            next,
            "on" | "at" | "next" | "this" | "tomorrow" | "again" | "separately" | "later"
        ) || crate::expr::weekday(next).is_some()
            || crate::expr::month(next).is_some()
    };
    // `the tournament tips off Thursday`, `the festival kicks off on Friday`, `talks wrap up
    // Monday`: a present verb with its particle before a time; the particle tells the `-s`
    // word is a verb, not a plural noun (`officials Thursday said`).
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && matches!(next, "off" | "up")
        && ws.get(j + 2).is_some_and(|t| timed(&t.low))
    {
        return true;
    }
    // Only the verbs below make a schedule: any other word is out before the (dearer) look for a
    // time after it, which every token of the text would otherwise pay.
    let plural = matches!(
        w,
        // A side's fixture is told in the present too: `hosts Kansas City at 8:20 p.m. Sunday`.
        "hosts"
            | "visits"
            | "faces"
            | "ends"
            | "closes"
            | "starts"
            | "expires"
            | "concludes"
            | "reopens"
            | "finishes"
            | "meets"
            | "begins"
            | "opens"
            | "resumes"
            | "convenes"
            | "arrives"
            | "departs"
    );
    let plain = matches!(
        w,
        "open" | "close" | "begin" | "start" | "end" | "reopen" | "expire" | "meet"
            // `voters go to the polls on Tuesday`: an election day ahead.
            | "go"
    );
    if !(plural || plain) || (!timed(next) && !dated_later_in_clause(ws, j)) {
        return false;
    }
    if plural {
        return true;
    }
    let prev = j
        .checked_sub(1)
        .and_then(|p| ws.get(p))
        .map_or("", |p| &*p.low);
    !prev.is_empty()
        && !matches!(
            prev,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "remain"
                | "remained"
                | "stay"
                | "stayed"
                | "the"
                | "a"
                | "an"
                | "to"
                | "not"
                | "did"
                | "do"
                | "does"
                | "would"
                | "could"
                | "should"
                | "might"
                | "may"
                | "must"
                | "can"
                | "will"
                | "and"
                | "or"
        )
}

/// `ends in Vancouver on Sunday`, `go to the polls on Tuesday`: a weekday or month within a few
/// words after the verb, in the same clause (a place or an object may stand between the
/// schedule's verb and its day).
fn dated_later_in_clause(ws: &[W<'_>], j: usize) -> bool {
    for t in ws.iter().skip(j + 2).take(5) {
        let w = &*t.low;
        if matches!(
            w,
            "," | ";" | ":" | "." | "?" | "!" | "and" | "but" | "that" | "which" | "who" | "when"
        ) {
            return false;
        }
        if crate::expr::weekday(w).is_some() || crate::expr::month(w).is_some() {
            return t.cap;
        }
    }
    false
}

/// A present copula before `on` / `at` + a weekday or noon gives a fixture (`the semi-finals are
/// on Saturday`, `the vote is at noon`; before a month and day, `is on April 24`, the year is left
/// to the distance, as likely a report of the date as a fixture); a rule that `comes into force` or `takes effect` is one
/// ahead. Only the present forms: the past ones (`was on Saturday`, `came into force`) look back.
fn fixture_or_entry_into_force(ws: &[W<'_>], j: usize, w: &str, next: &str) -> bool {
    let after = |k: usize| ws.get(j + k).map_or("", |t| &*t.low);
    let time_after = |k: usize| {
        let t = after(k);
        crate::expr::weekday(t).is_some() || matches!(t, "noon" | "midnight")
    };
    match w {
        "is" | "are" => matches!(next, "on" | "at") && time_after(2),
        "come" | "comes" => next == "into" && after(2) == "force",
        "take" | "takes" => next == "effect",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_present_verb_with_its_particle_before_a_day_points_ahead() {
        let lex = Lexicon::default();
        let doc = analyze_sdk::core::Document::new("t", "The tournament tips off Thursday.");
        let lower = crate::expr::lowercase(&doc);
        let ws = crate::expr::words(&doc, &lower);
        let tenses: Vec<Option<bool>> = lex.annotate(&ws).iter().map(|a| a.tense).collect();
        assert_eq!(tenses.get(2).copied().flatten(), Some(false), "{tenses:?}");
    }

    #[test]
    fn a_schedule_looks_for_its_day_only_in_its_own_sentence() {
        let lex = Lexicon::default();
        let tense_of_ends = |text: &str| {
            let doc = analyze_sdk::core::Document::new("t", text);
            let lower = crate::expr::lowercase(&doc);
            let ws = crate::expr::words(&doc, &lower);
            let at = ws.iter().position(|w| &*w.low == "ends");
            at.and_then(|i| lex.annotate(&ws).get(i).and_then(|a| a.tense))
        };
        assert_eq!(
            tense_of_ends("The fair ends in Leeds on Sunday."),
            Some(false)
        );
        assert_eq!(
            tense_of_ends("The fair ends in Leeds. Sunday was quiet."),
            None
        );
    }

    #[test]
    fn inflects_verbs() {
        let lex = Lexicon::default();
        for w in [
            "returned",
            "returns",
            "announced",
            "arriving",
            "met",
            "banned",
            "talks",
            "summit",
            "summits",
            "bought",
        ] {
            assert!(lex.trigger(w).is_some(), "{w}");
        }
        assert_eq!(lex.trigger("summit"), Some(Trigger::Noun));
        assert_eq!(lex.trigger("talks"), Some(Trigger::Either));
        assert!(lex.trigger("table").is_none());
    }
}
