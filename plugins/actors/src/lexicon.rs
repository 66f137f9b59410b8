//! The word lists in `data/`, parsed once into hash tables.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Hash tables keyed by short words: `rustc-hash`'s Fx hasher, not SipHash.
pub type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A bit per (length, first byte, last byte) of the keys of a word table: most words of a text
/// are in no list, and this answers "surely not" for them without hashing.
pub struct Filter(Vec<u64>);

impl Filter {
    fn slot(word: &str) -> usize {
        let bytes = word.as_bytes();
        let first = bytes.first().map_or(0, |&b| usize::from(b & 63));
        let last = bytes.last().map_or(0, |&b| usize::from(b & 63));
        (bytes.len() & 15) << 12 | first << 6 | last
    }

    fn new<'a>(keys: impl Iterator<Item = &'a str>) -> Filter {
        let mut bits = vec![0u64; 1 << 10];
        for key in keys {
            let slot = Filter::slot(key);
            if let Some(word) = bits.get_mut(slot >> 6) {
                *word |= 1 << (slot & 63);
            }
        }
        Filter(bits)
    }

    #[inline]
    pub fn may_hold(&self, word: &str) -> bool {
        let slot = Filter::slot(word);
        self.0
            .get(slot >> 6)
            .is_some_and(|w| w & (1 << (slot & 63)) != 0)
    }
}

/// Flags of a lower-case word.
pub const L_TITLE: u16 = 1;
pub const L_PLURAL: u16 = 2;
pub const L_MODIFIER: u16 = 4;
pub const L_GROUP: u16 = 8;
pub const L_STATE: u16 = 16;
pub const L_ORG_CUE: u16 = 32;
/// Flags of a word as written.
pub const X_STOP: u16 = 1;
pub const X_CUE: u16 = 2;
pub const X_GIVEN: u16 = 4;
pub const X_PHRASE: u16 = 8;
pub const X_GROUP: u16 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What a gazetteer phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Country { index: usize, form: CountryForm },
    Organization(usize),
    Place,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountryForm {
    /// The name or an abbreviation: "Ukraine", "U.S.".
    Name,
    /// An adjective: "Ukrainian".
    Demonym,
    /// A plural noun for the people: "Ukrainians".
    People,
    /// A capital or seat of power: "Kyiv", "Kremlin", "White House".
    Seat,
}

#[derive(Debug, Clone, Copy)]
pub struct Title {
    pub gender: Option<Gender>,
    /// Mr., Mrs.: says the gender but is not a role.
    pub courtesy: bool,
    /// Names an unnamed source ("a source") but never stands before a name.
    pub unnamed_only: bool,
}

pub struct Phrase {
    pub words: Vec<&'static str>,
    pub target: Target,
}

pub struct Lexicon {
    pub countries: Vec<&'static str>,
    pub organizations: Vec<&'static str>,
    /// Gazetteer phrases keyed by their first word, longest first.
    pub phrases: FxMap<&'static str, Vec<Phrase>>,
    /// Titles by lower-case word; plurals map to the singular's entry.
    pub titles: FxMap<String, Title>,
    pub title_plurals: HashSet<String>,
    pub modifiers: HashSet<&'static str>,
    /// Given names with their usual gender; `None` for a name given to both sexes ("Lindsey").
    pub given: FxMap<&'static str, Option<Gender>>,
    pub stop: HashSet<&'static str>,
    pub org_cues: HashSet<&'static str>,
    /// Company words of `data/company_cues.txt` ("Energy", "Securities").
    pub company_cues: HashSet<&'static str>,
    pub groups: HashSet<&'static str>,
    pub state_nouns: HashSet<&'static str>,
    /// Every lower-case list in one table: word → `L_*` flags.
    pub lower_flags: FxMap<String, u16>,
    /// Every case-sensitive list in one table: word → `X_*` flags.
    pub exact_flags: FxMap<&'static str, u16>,
    lower_filter: Filter,
    exact_filter: Filter,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn list(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split(',').map(str::trim).filter(|s| !s.is_empty())
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut lexicon = Lexicon {
            countries: Vec::new(),
            organizations: Vec::new(),
            phrases: FxMap::default(),
            titles: FxMap::default(),
            title_plurals: HashSet::new(),
            modifiers: lines(include_str!("../data/modifiers.txt")).collect(),
            given: FxMap::default(),
            stop: lines(include_str!("../data/stopwords.txt")).collect(),
            org_cues: lines(include_str!("../data/org_cues.txt")).collect(),
            company_cues: lines(include_str!("../data/company_cues.txt")).collect(),
            groups: lines(include_str!("../data/groups.txt")).collect(),
            state_nouns: lines(include_str!("../data/state_nouns.txt")).collect(),
            lower_flags: FxMap::default(),
            exact_flags: FxMap::default(),
            lower_filter: Filter(Vec::new()),
            exact_filter: Filter(Vec::new()),
        };
        for line in lines(include_str!("../data/countries.txt")) {
            let mut fields = line.split('|');
            let Some(name) = fields.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let index = lexicon.countries.len();
            lexicon.countries.push(name);
            lexicon.add_phrase(
                name,
                Target::Country {
                    index,
                    form: CountryForm::Name,
                },
            );
            for alias in list(fields.next().unwrap_or("")) {
                lexicon.add_phrase(
                    alias,
                    Target::Country {
                        index,
                        form: CountryForm::Name,
                    },
                );
            }
            for demonym in list(fields.next().unwrap_or("")) {
                let form = if demonym.ends_with('s') && !demonym.ends_with("ss") {
                    CountryForm::People
                } else {
                    CountryForm::Demonym
                };
                lexicon.add_phrase(demonym, Target::Country { index, form });
            }
            for seat in list(fields.next().unwrap_or("")) {
                lexicon.add_phrase(
                    seat,
                    Target::Country {
                        index,
                        form: CountryForm::Seat,
                    },
                );
            }
        }
        for line in lines(include_str!("../data/organizations.txt")) {
            let mut fields = line.split('|');
            let Some(name) = fields.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let index = lexicon.organizations.len();
            lexicon.organizations.push(name);
            lexicon.add_phrase(name, Target::Organization(index));
            for alias in list(fields.next().unwrap_or("")) {
                lexicon.add_phrase(alias, Target::Organization(index));
            }
        }
        for place in lines(include_str!("../data/places.txt")) {
            lexicon.add_phrase(place, Target::Place);
        }
        for line in lines(include_str!("../data/titles.txt")) {
            let mut words = line.split_whitespace();
            let Some(word) = words.next() else { continue };
            let mut title = Title {
                gender: None,
                courtesy: false,
                unnamed_only: false,
            };
            for flag in words {
                match flag {
                    "m" => title.gender = Some(Gender::Male),
                    "f" => title.gender = Some(Gender::Female),
                    "c" => title.courtesy = true,
                    "u" => title.unnamed_only = true,
                    _ => {}
                }
            }
            let plural = match word {
                w if w.ends_with("man") => format!("{}men", &w[..w.len() - 3]),
                w if w.ends_with("woman") => format!("{}women", &w[..w.len() - 5]),
                w if w.ends_with('s') || w.ends_with('x') => format!("{w}es"),
                w => format!("{w}s"),
            };
            if !title.courtesy && word.len() > 3 {
                lexicon.title_plurals.insert(plural);
            }
            lexicon.titles.insert(word.to_owned(), title);
        }
        for line in lines(include_str!("../data/given_names.txt")) {
            let mut words = line.split_whitespace();
            let (Some(name), Some(gender)) = (words.next(), words.next()) else {
                continue;
            };
            let gender = match gender {
                "f" => Some(Gender::Female),
                "m" => Some(Gender::Male),
                _ => None,
            };
            lexicon.given.insert(name, gender);
        }
        for phrases in lexicon.phrases.values_mut() {
            phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut lower: FxMap<String, u16> = FxMap::default();
        let mut exact: FxMap<&'static str, u16> = FxMap::default();
        for word in lexicon.titles.keys() {
            *lower.entry(word.clone()).or_default() |= L_TITLE;
        }
        for word in &lexicon.title_plurals {
            *lower.entry(word.clone()).or_default() |= L_PLURAL;
        }
        for (set, flag) in [
            (&lexicon.modifiers, L_MODIFIER),
            (&lexicon.groups, L_GROUP),
            (&lexicon.state_nouns, L_STATE),
        ] {
            for word in set {
                *lower.entry(word.to_lowercase()).or_default() |= flag;
            }
        }
        for word in &lexicon.org_cues {
            *lower.entry(word.to_lowercase()).or_default() |= L_ORG_CUE;
        }
        for word in [
            "campaign",
            "administration",
            "newspaper",
            "network",
            "company",
            "firm",
        ] {
            *lower.entry(word.to_owned()).or_default() |= L_ORG_CUE;
        }
        for (set, flag) in [
            (&lexicon.stop, X_STOP),
            (&lexicon.org_cues, X_CUE),
            (&lexicon.groups, X_GROUP),
        ] {
            for word in set {
                *exact.entry(word).or_default() |= flag;
            }
        }
        for word in lexicon
            .company_cues
            .iter()
            .chain(crate::scan::CLUB_WORDS.iter())
            .copied()
        {
            *exact.entry(word).or_default() |= X_CUE;
        }
        for word in lexicon.given.keys() {
            *exact.entry(word).or_default() |= X_GIVEN;
        }
        for word in lexicon.phrases.keys() {
            *exact.entry(word).or_default() |= X_PHRASE;
        }
        lexicon.lower_filter = Filter::new(lower.keys().map(String::as_str));
        lexicon.exact_filter = Filter::new(exact.keys().copied());
        lexicon.lower_flags = lower;
        lexicon.exact_flags = exact;
        lexicon
    }

    /// `L_*` flags of a lower-case word.
    #[inline]
    pub fn lower_flags(&self, lower: &str) -> u16 {
        if !self.lower_filter.may_hold(lower) {
            return 0;
        }
        self.lower_flags.get(lower).copied().unwrap_or(0)
    }

    /// `X_*` flags of a word as written.
    #[inline]
    pub fn exact_flags(&self, word: &str) -> u16 {
        if !self.exact_filter.may_hold(word) {
            return 0;
        }
        self.exact_flags.get(word).copied().unwrap_or(0)
    }

    fn add_phrase(&mut self, phrase: &'static str, target: Target) {
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        let Some(first) = words.first().copied() else {
            return;
        };
        let entry = self.phrases.entry(first).or_default();
        // The first entry wins (a country's own name before an organisation alias).
        if !entry.iter().any(|p| p.words == words) {
            entry.push(Phrase { words, target });
        }
    }

    pub fn title(&self, lower: &str) -> Option<&Title> {
        self.titles.get(lower)
    }
}
