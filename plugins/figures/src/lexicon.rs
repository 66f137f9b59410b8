//! The word lists in `data/`, read once into lookup tables.

use crate::atoms::{atoms, Atom, Kind};
use std::sync::OnceLock;

/// Fast hash tables for short word keys (the word lists are fixed, so no flooding concern).
pub type Map<K, V> = rustc_hash::FxHashMap<K, V>;
pub type Set<K> = rustc_hash::FxHashSet<K>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumClass {
    Ones,
    Teen,
    Tens,
    Hundred,
    Scale,
    Ordinal,
    PluralFraction,
    Fraction,
    Half,
    Dozen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    Duration,
    Temperature,
    Other,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub class: UnitClass,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Currency {
    pub code: &'static str,
    pub factor: f64,
}

/// A phrase of one or more atoms, compared lowercased (or exactly, for case-sensitive aliases).
#[derive(Debug, Clone)]
pub struct Phrase<T> {
    /// Lowercased atom texts.
    parts: Vec<String>,
    /// Original atom texts when the phrase is case-sensitive.
    exact: Option<Vec<String>>,
    /// Whether each atom after the first is glued to the one before it in the alias.
    glued: Vec<bool>,
    /// The phrase may only stand glued to what precedes it (`5m`, not `5 m`).
    pub glued_only: bool,
    pub value: T,
}

/// Phrases indexed by their first (forward matching) or last (backward matching) atom.
#[derive(Debug)]
pub struct Table<T> {
    by_first: Map<String, Vec<Phrase<T>>>,
    by_last: Map<String, Vec<Phrase<T>>>,
}

impl<T: Clone> Table<T> {
    fn new() -> Table<T> {
        Table {
            by_first: Map::default(),
            by_last: Map::default(),
        }
    }

    fn insert(&mut self, alias: &str, value: T) {
        let (mut alias, mut exact, mut glued_only) = (alias, false, false);
        loop {
            if let Some(rest) = alias.strip_prefix('=') {
                (alias, exact) = (rest, true);
            } else if let Some(rest) = alias.strip_prefix('~') {
                (alias, glued_only) = (rest, true);
            } else {
                break;
            }
        }
        let pieces = atoms(alias);
        if pieces.is_empty() {
            return;
        }
        let parts: Vec<String> = pieces
            .iter()
            .map(|a| alias[a.start..a.end].to_lowercase())
            .collect();
        let exact = exact.then(|| {
            pieces
                .iter()
                .map(|a| alias[a.start..a.end].to_owned())
                .collect()
        });
        let glued = pieces.iter().map(|a| a.glued).collect();
        let phrase = Phrase {
            parts,
            exact,
            glued,
            glued_only,
            value,
        };
        let first = phrase.parts[0].clone();
        let last = phrase.parts[phrase.parts.len() - 1].clone();
        self.by_first.entry(first).or_default().push(phrase.clone());
        self.by_last.entry(last).or_default().push(phrase);
    }

    fn sort(&mut self) {
        for list in self.by_first.values_mut().chain(self.by_last.values_mut()) {
            list.sort_by_key(|p| std::cmp::Reverse(p.parts.len()));
        }
    }

    /// Whether some phrase starts with this (lowercased) atom text.
    pub fn starts_with(&self, atom: &str) -> bool {
        self.by_first.contains_key(atom)
    }

    /// The longest phrase starting at atom `i`, and the index after it.
    pub fn forward(&self, text: &Text, i: usize) -> Option<(&Phrase<T>, usize)> {
        let list = self.by_first.get(text.low(i)?)?;
        list.iter()
            .find(|p| p.matches(text, i))
            .map(|p| (p, i + p.parts.len()))
    }

    /// The longest phrase ending just before atom `end`, and the index where it starts.
    pub fn backward(&self, text: &Text, end: usize) -> Option<(&Phrase<T>, usize)> {
        let last = end.checked_sub(1)?;
        let list = self.by_last.get(text.low(last)?)?;
        list.iter()
            .find(|p| end >= p.parts.len() && p.matches(text, end - p.parts.len()))
            .map(|p| (p, end - p.parts.len()))
    }
}

impl<T> Phrase<T> {
    fn matches(&self, text: &Text, i: usize) -> bool {
        for (k, part) in self.parts.iter().enumerate() {
            let Some(atom) = text.atoms.get(i + k) else {
                return false;
            };
            if k > 0 && (atom.line_break || (self.glued[k] && !atom.glued)) {
                return false;
            }
            let ok = match &self.exact {
                Some(exact) => text.raw(i + k) == Some(exact[k].as_str()),
                None => text.low(i + k) == Some(part.as_str()),
            };
            if !ok {
                return false;
            }
        }
        true
    }
}

/// The document text with its atoms and an ASCII-lowercased copy (same byte offsets).
pub struct Text<'t> {
    pub raw: &'t str,
    pub lower: String,
    pub atoms: Vec<Atom>,
}

impl<'t> Text<'t> {
    pub fn new(raw: &'t str) -> Text<'t> {
        Text {
            raw,
            lower: raw.to_ascii_lowercase(),
            atoms: atoms(raw),
        }
    }

    pub fn low(&self, i: usize) -> Option<&str> {
        let a = self.atoms.get(i)?;
        self.lower.get(a.start..a.end)
    }

    pub fn raw(&self, i: usize) -> Option<&'t str> {
        let a = self.atoms.get(i)?;
        self.raw.get(a.start..a.end)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.atoms.get(i).map(|a| a.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    pub fn is_sym(&self, i: usize, symbols: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Sym) && self.raw(i).is_some_and(|s| symbols.contains(&s))
    }

    /// Atom `i` is glued to atom `i - 1`.
    pub fn glued(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| a.glued)
    }

    pub fn capitalised(&self, i: usize) -> bool {
        self.raw(i)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Atom `i` opens a sentence: first of its line, or after `.`, `!`, `?`, `:` (and any quotes
    /// or brackets between).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let mut k = i;
        loop {
            let Some(atom) = self.atoms.get(k) else {
                return true;
            };
            if atom.line_break || k == 0 {
                return true;
            }
            let prev = k - 1;
            match self.raw(prev) {
                Some("." | "!" | "?" | ":" | ";" | "…") => return true,
                Some(s)
                    if self.kind(prev) == Some(Kind::Sym)
                        && (s.chars().all(analyze_sdk::text::is_quote)
                            || matches!(s, "(" | "[" | "—" | "–")) =>
                {
                    k = prev
                }
                _ => return false,
            }
        }
    }
}

pub struct Lexicon {
    /// Words and symbols at which a figure can start: a quick filter for the scanner.
    pub starters: Set<String>,
    pub numbers: Map<&'static str, (f64, NumClass)>,
    pub pre_currency: Table<Currency>,
    pub post_currency: Table<Currency>,
    pub units: Table<usize>,
    pub unit_list: Vec<Unit>,
    pub qualifiers: Table<&'static str>,
    pub change_before: Map<&'static str, &'static str>,
    pub change_after: Map<&'static str, &'static str>,
    pub months: Set<&'static str>,
    pub clock: Table<()>,
    pub year_before: Set<&'static str>,
    pub identifier_before: Set<&'static str>,
    pub title_after_ordinal: Set<&'static str>,
    /// Verbs of saying after `one` + noun: `one official said` names a source, not a count.
    pub speech_verbs: Set<&'static str>,
    pub street: Set<&'static str>,
    pub subject_stop: Set<&'static str>,
    pub subject_nouns: Set<&'static str>,
    /// Words after which `over` names a topic (`splits over`, `concerns over`), not a bound.
    pub topic_over: Set<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

fn build() -> Lexicon {
    let mut numbers = Map::default();
    for f in lines(include_str!("../data/numbers.txt")) {
        let (Some(word), Some(value), Some(class)) = (f.first(), f.get(1), f.get(2)) else {
            continue;
        };
        let class = match *class {
            "ones" => NumClass::Ones,
            "teen" => NumClass::Teen,
            "tens" => NumClass::Tens,
            "hundred" => NumClass::Hundred,
            "scale" => NumClass::Scale,
            "ordinal" => NumClass::Ordinal,
            "plural-fraction" => NumClass::PluralFraction,
            "fraction" => NumClass::Fraction,
            "half" => NumClass::Half,
            "dozen" => NumClass::Dozen,
            _ => continue,
        };
        if let Ok(value) = value.parse::<f64>() {
            numbers.insert(*word, (value, class));
        }
    }

    let mut pre_currency = Table::new();
    let mut post_currency = Table::new();
    for f in lines(include_str!("../data/currencies.txt")) {
        let (Some(code), Some(place), Some(alias)) = (f.first(), f.get(1), f.get(2)) else {
            continue;
        };
        let factor = f.get(3).and_then(|s| s.parse().ok()).unwrap_or(1.0);
        let currency = Currency { code, factor };
        if matches!(*place, "pre" | "both") {
            pre_currency.insert(alias, currency);
        }
        if matches!(*place, "post" | "both") {
            post_currency.insert(alias, currency);
        }
    }
    pre_currency.sort();
    post_currency.sort();

    let mut units = Table::new();
    let mut unit_list = Vec::new();
    for f in lines(include_str!("../data/units.txt")) {
        let (Some(name), Some(class), Some(aliases)) = (f.first(), f.get(1), f.get(2)) else {
            continue;
        };
        let class = match *class {
            "duration" => UnitClass::Duration,
            "temperature" => UnitClass::Temperature,
            _ => UnitClass::Other,
        };
        let index = unit_list.len();
        unit_list.push(Unit {
            name: (*name).to_owned(),
            class,
        });
        units.insert(name, index);
        for alias in aliases.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            units.insert(alias, index);
        }
    }
    units.sort();

    let mut qualifiers = Table::new();
    for f in lines(include_str!("../data/qualifiers.txt")) {
        if let (Some(q), Some(phrase)) = (f.first(), f.get(1)) {
            qualifiers.insert(phrase, *q);
        }
    }
    qualifiers.sort();

    let mut change_before = Map::default();
    let mut change_after = Map::default();
    for f in lines(include_str!("../data/changes.txt")) {
        let (Some(direction), Some(place), Some(word)) = (f.first(), f.get(1), f.get(2)) else {
            continue;
        };
        match *place {
            "before" => change_before.insert(*word, *direction),
            _ => change_after.insert(*word, *direction),
        };
    }

    let mut months = Set::default();
    let mut clock = Table::new();
    let mut year_before = Set::default();
    let mut identifier_before = Set::default();
    let mut title_after_ordinal = Set::default();
    let mut speech_verbs = Set::default();
    let mut street = Set::default();
    for f in lines(include_str!("../data/context.txt")) {
        let (Some(role), Some(word)) = (f.first(), f.get(1)) else {
            continue;
        };
        match *role {
            "month" => {
                months.insert(*word);
            }
            "clock" => clock.insert(word, ()),
            "year" => {
                year_before.insert(*word);
            }
            "identifier" => {
                identifier_before.insert(*word);
            }
            "title" => {
                title_after_ordinal.insert(*word);
            }
            "street" => {
                street.insert(*word);
            }
            "speech" => {
                speech_verbs.insert(*word);
            }
            _ => {}
        }
    }
    clock.sort();

    let mut starters: Set<String> = numbers.keys().map(|w| (*w).to_owned()).collect();
    starters.extend(pre_currency.by_first.keys().cloned());
    for w in [
        "a",
        "an",
        "minus",
        "negative",
        "next",
        "past",
        "last",
        "coming",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "-",
        "−",
    ] {
        starters.insert(w.to_owned());
    }
    for w in ["½", "⅓", "⅔", "¼", "¾", "⅕", "⅙", "⅛", "⅜", "⅝", "⅞"] {
        starters.insert(w.to_owned());
    }

    let words = |data: &'static str| -> Set<&'static str> {
        data.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    };

    Lexicon {
        starters,
        numbers,
        pre_currency,
        post_currency,
        units,
        unit_list,
        qualifiers,
        change_before,
        change_after,
        months,
        clock,
        year_before,
        identifier_before,
        title_after_ordinal,
        speech_verbs,
        street,
        subject_stop: words(include_str!("../data/subject-stop.txt")),
        subject_nouns: words(include_str!("../data/subject-nouns.txt")),
        topic_over: words(include_str!("../data/topic-over.txt")),
    }
}
