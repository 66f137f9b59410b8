//! Word lists and the small pattern language of `data/cues.txt` and `data/tone.txt`.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the keys are short words, for which SipHash is several times slower.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

/// One element of a cue pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Element {
    /// A word; `prefix` when written `word*`.
    Word { text: String, prefix: bool },
    /// `…`: 0 to 8 words of the same clause.
    Gap,
    /// `{T}`: where the target is.
    Slot,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Label {
    Support,
    Oppose,
    Neutral,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Support => "support",
            Label::Oppose => "oppose",
            Label::Neutral => "neutral",
        }
    }

    pub fn flip(self) -> Label {
        match self {
            Label::Support => Label::Oppose,
            Label::Oppose => Label::Support,
            Label::Neutral => Label::Neutral,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub elements: Vec<Element>,
    /// The stance label, or the tone for tone patterns.
    pub label: Label,
    pub tone: String,
    pub strength: f64,
    /// Whether the pattern has its own negation (`did not rule out`).
    pub negated: bool,
}

/// Patterns indexed by their first word (exact) or first prefix.
#[derive(Debug, Default)]
pub struct PatternSet {
    pub patterns: Vec<Pattern>,
    exact: HashMap<String, Vec<usize>>,
    prefix: HashMap<String, Vec<usize>>,
    short_prefix: Vec<usize>,
}

const PREFIX_KEY: usize = 3;

impl PatternSet {
    fn add(&mut self, pattern: Pattern) {
        let index = self.patterns.len();
        if let Some(Element::Word { text, prefix }) = pattern.elements.first() {
            if *prefix && text.len() >= PREFIX_KEY {
                let key = text.get(..PREFIX_KEY).unwrap_or(text).to_owned();
                self.prefix.entry(key).or_default().push(index);
            } else if *prefix {
                // Too short to index by three bytes: index every word it could start.
                self.short_prefix.push(index);
            } else {
                self.exact.entry(text.clone()).or_default().push(index);
            }
            self.patterns.push(pattern);
        }
    }

    /// The patterns whose first word can match `word` (lowercased).
    pub fn candidates(&self, word: &str, out: &mut Vec<usize>) {
        out.clear();
        if let Some(list) = self.exact.get(word) {
            out.extend_from_slice(list);
        }
        for &i in &self.short_prefix {
            if self.patterns.get(i).is_some_and(|p| matches!(p.elements.first(), Some(Element::Word { text, .. }) if word.starts_with(text.as_str()))) {
                out.push(i);
            }
        }
        // Prefix patterns are indexed by their first three bytes; check the rest here.
        if let Some(list) = word.get(..PREFIX_KEY).and_then(|k| self.prefix.get(k)) {
            out.extend(list.iter().copied().filter(|&i| {
                self.patterns.get(i).is_some_and(|p| matches!(p.elements.first(), Some(Element::Word { text, .. }) if word.starts_with(text.as_str())))
            }));
        }
    }
}

pub fn word_matches(element: &Element, word: &str) -> bool {
    match element {
        Element::Word { text, prefix: true } => word.starts_with(text.as_str()),
        Element::Word {
            text,
            prefix: false,
        } => word == text,
        _ => false,
    }
}

pub struct Lexicon {
    pub cues: PatternSet,
    pub tones: PatternSet,
    pub negations: HashSet<String>,
    pub hedges: HashSet<String>,
    pub intensifiers: HashSet<String>,
    pub proposals: HashSet<String>,
    pub positions: HashSet<String>,
    pub anaphors: HashSet<String>,
    /// Nouns whose owner holds a stance (`X's criticism of Y`).
    pub stance_nouns: HashMap<String, Label>,
}

/// [`normalize`] without an allocation for words that already are normal.
pub fn normalize_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| {
        b.is_ascii_lowercase() || b == b'-' || b == b'\'' || b.is_ascii_digit() || b == b'.'
    }) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(normalize(word))
    }
}

/// Lowercases a word and straightens curly apostrophes.
pub fn normalize(word: &str) -> String {
    if word.is_ascii() {
        let mut out = word.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    word.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c.to_ascii_lowercase(),
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

pub fn parse_pattern(text: &str) -> Vec<Element> {
    text.split_whitespace()
        .map(|w| match w {
            "…" | "..." => Element::Gap,
            "{T}" => Element::Slot,
            w => match w.strip_suffix('*') {
                Some(stem) => Element::Word {
                    text: normalize(stem),
                    prefix: true,
                },
                None => Element::Word {
                    text: normalize(w),
                    prefix: false,
                },
            },
        })
        .collect()
}

fn is_negation_word(word: &str) -> bool {
    matches!(word, "not" | "never" | "no" | "cannot") || word.ends_with("n't")
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues = PatternSet::default();
        for fields in lines(include_str!("../data/cues.txt")) {
            let [pattern, label, strength] = fields[..] else {
                continue;
            };
            let label = match label {
                "support" => Label::Support,
                "oppose" => Label::Oppose,
                _ => Label::Neutral,
            };
            let elements = parse_pattern(pattern);
            let negated = elements
                .iter()
                .any(|e| matches!(e, Element::Word { text, .. } if is_negation_word(text)));
            cues.add(Pattern {
                elements,
                label,
                tone: String::new(),
                strength: strength.parse().unwrap_or(0.5),
                negated,
            });
        }
        let mut tones = PatternSet::default();
        for fields in lines(include_str!("../data/tone.txt")) {
            let [pattern, tone] = fields[..] else {
                continue;
            };
            tones.add(Pattern {
                elements: parse_pattern(pattern),
                label: Label::Neutral,
                tone: tone.to_owned(),
                strength: 1.0,
                negated: false,
            });
        }
        let (mut negations, mut hedges, mut intensifiers) =
            (HashSet::default(), HashSet::default(), HashSet::default());
        for fields in lines(include_str!("../data/modifiers.txt")) {
            let [word, kind] = fields[..] else { continue };
            let set = match kind {
                "negation" => &mut negations,
                "hedge" => &mut hedges,
                _ => &mut intensifiers,
            };
            set.insert(normalize(word));
        }
        let (mut proposals, mut positions, mut anaphors) =
            (HashSet::default(), HashSet::default(), HashSet::default());
        let mut stance_nouns = HashMap::default();
        for fields in lines(include_str!("../data/nouns.txt")) {
            let [kind, word] = fields[..] else { continue };
            let set = match kind {
                "support_noun" | "oppose_noun" => {
                    let label = if kind == "support_noun" {
                        Label::Support
                    } else {
                        Label::Oppose
                    };
                    stance_nouns.insert(normalize(word), label);
                    continue;
                }
                "proposal" => &mut proposals,
                "position" => &mut positions,
                _ => &mut anaphors,
            };
            set.insert(normalize(word));
        }
        Lexicon {
            cues,
            tones,
            negations,
            hedges,
            intensifiers,
            proposals,
            positions,
            anaphors,
            stance_nouns,
        }
    }

    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    pub fn is_negation(&self, word: &str) -> bool {
        self.negations.contains(word) || word.ends_with("n't")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_parse_and_index() {
        let lexicon = Lexicon::get();
        let mut out = Vec::new();
        lexicon.cues.candidates("supported", &mut out);
        assert!(out
            .iter()
            .any(|&i| lexicon.cues.patterns[i].label == Label::Support));
        lexicon.cues.candidates("rejected", &mut out);
        assert!(out
            .iter()
            .any(|&i| lexicon.cues.patterns[i].label == Label::Oppose));
        lexicon.cues.candidates("table", &mut out);
        assert!(out.is_empty());
        assert_eq!(
            parse_pattern("can't imagine … without {T}"),
            vec![
                Element::Word {
                    text: "can't".into(),
                    prefix: false
                },
                Element::Word {
                    text: "imagine".into(),
                    prefix: false
                },
                Element::Gap,
                Element::Word {
                    text: "without".into(),
                    prefix: false
                },
                Element::Slot,
            ]
        );
        assert_eq!(normalize("Can\u{2019}t"), "can't");
    }
}
