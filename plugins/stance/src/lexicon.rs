//! Word lists and the small pattern language of `data/cues.txt` and `data/tone.txt`.

use std::sync::OnceLock;

/// Word tables: the keys are short words, for which SipHash is several times slower. (The
/// FNV-1a of `fnv.rs` stays hand-written: `build.rs` hashes the model's feature names with it,
/// and the plugin must compute the same values at run time.)
pub type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type HashSet<K> = rustc_hash::FxHashSet<K>;

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
    /// Whether the stance runs from what follows the cue to its subject (`X angered Y`, `X drew
    /// criticism from Y`: Y opposes X).
    pub reverse: bool,
}

/// Patterns indexed by the first bytes of their first word.
#[derive(Debug, Default)]
pub struct PatternSet {
    pub patterns: Vec<Pattern>,
    /// By [`key`] of a first word's first four bytes (or all of it, if shorter): the patterns
    /// whose first word is that word (`exact`) or a stem of four or more bytes (`prefix`); and
    /// under the key of a three-byte stem, the patterns of that stem (`prefix`).
    index: KeyTable,
    /// Patterns whose first word is a stem of one or two bytes.
    short_prefix: Vec<usize>,
    /// A bit for the first two bytes of every first word: most words start no pattern, which a
    /// clear bit shows at once.
    pairs: Vec<u64>,
}

/// A small open-addressing table from [`key`]s to entries: a multiply and a load or two per
/// lookup, cheaper than hashing the word, since most words miss.
#[derive(Debug, Default)]
struct KeyTable {
    /// `(key, index into entries)`; key 0 marks an empty slot. The length is a power of two.
    slots: Vec<(u32, u32)>,
    entries: Vec<Entry>,
}

impl KeyTable {
    #[inline]
    fn slot(&self, k: u32) -> usize {
        // The top bits of the product, masked to the table (a power of two).
        ((u64::from(k).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize) & (self.slots.len() - 1)
    }

    #[inline]
    fn get(&self, k: u32) -> Option<&Entry> {
        if k == 0 || self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        loop {
            let &(key, entry) = self.slots.get(i)?;
            if key == k {
                return self.entries.get(entry as usize);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn entry(&mut self, k: u32) -> &mut Entry {
        // Keep the table at most a quarter full.
        if (self.entries.len() + 1) * 4 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
            for (key, entry) in old.into_iter().filter(|s| s.0 != 0) {
                let i = self.free_slot(key);
                if let Some(s) = self.slots.get_mut(i) {
                    *s = (key, entry);
                }
            }
        }
        let i = self.free_slot(k);
        let index = match self.slots.get(i) {
            Some(&(key, entry)) if key == k => entry as usize,
            _ => {
                self.entries.push(Entry::default());
                let entry = self.entries.len() - 1;
                if let Some(s) = self.slots.get_mut(i) {
                    *s = (k, entry as u32);
                }
                entry
            }
        };
        // The index is that of an entry just found or pushed.
        &mut self.entries[index]
    }

    /// The slot of `k`, or the empty slot where it would go.
    fn free_slot(&self, k: u32) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(k);
        while self.slots.get(i).is_some_and(|s| s.0 != 0 && s.0 != k) {
            i = (i + 1) & mask;
        }
        i
    }
}

#[derive(Debug, Default)]
struct Entry {
    exact: Vec<usize>,
    prefix: Vec<usize>,
}

/// Up to four bytes as a number (words hold no NUL, so a shorter word differs from a longer).
#[inline]
fn key(bytes: &[u8]) -> u32 {
    if let Some(four) = bytes.get(..4).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
        return u32::from_le_bytes(four);
    }
    let mut k = [0u8; 4];
    for (slot, b) in k.iter_mut().zip(bytes) {
        *slot = *b;
    }
    u32::from_le_bytes(k)
}

/// The first two bytes of a word (zero for a missing one), for [`PatternSet::pairs`].
#[inline]
fn pair(bytes: &[u8]) -> usize {
    usize::from(bytes.first().copied().unwrap_or(0))
        | usize::from(bytes.get(1).copied().unwrap_or(0)) << 8
}

fn starts_with_first(pattern: Option<&Pattern>, word: &str) -> bool {
    pattern.is_some_and(|p| matches!(p.elements.first(), Some(Element::Word { text, .. }) if word.starts_with(text.as_str())))
}

impl PatternSet {
    fn add(&mut self, pattern: Pattern) {
        let index = self.patterns.len();
        if let Some(Element::Word { text, prefix }) = pattern.elements.first() {
            let bytes = text.as_bytes();
            if self.pairs.is_empty() {
                self.pairs = vec![0; (1 << 16) / 64];
            }
            let p = pair(bytes);
            if let Some(slot) = self.pairs.get_mut(p / 64) {
                *slot |= 1 << (p % 64);
            }
            if *prefix && bytes.len() < 3 {
                self.short_prefix.push(index);
            } else if !bytes.is_empty() {
                // (An empty word, whose key would be that of an empty slot, matches no token.)
                let entry = self.index.entry(key(bytes.get(..4).unwrap_or(bytes)));
                if *prefix {
                    entry.prefix.push(index);
                } else {
                    entry.exact.push(index);
                }
            }
            self.patterns.push(pattern);
        }
    }

    /// The patterns whose first word can match `word` (lowercased): those of the word itself,
    /// then those of stems, each in the order of the lexicon.
    pub fn candidates(&self, word: &str, out: &mut Vec<usize>) {
        out.clear();
        let bytes = word.as_bytes();
        if self.short_prefix.is_empty() {
            let p = pair(bytes);
            if self
                .pairs
                .get(p / 64)
                .is_none_or(|slot| slot & (1 << (p % 64)) == 0)
            {
                return;
            }
        }
        let four = self.index.get(key(bytes.get(..4).unwrap_or(bytes)));
        if let Some(entry) = four {
            out.extend(entry.exact.iter().copied().filter(|&i| {
                matches!(self.patterns.get(i).and_then(|p| p.elements.first()), Some(Element::Word { text, .. }) if text == word)
            }));
        }
        for &i in &self.short_prefix {
            if starts_with_first(self.patterns.get(i), word) {
                out.push(i);
            }
        }
        let first_prefix = out.len();
        // Stems of four or more bytes, then stems of three (the same entry for a three-byte word).
        if bytes.len() >= 4 {
            if let Some(entry) = four {
                out.extend(
                    entry
                        .prefix
                        .iter()
                        .copied()
                        .filter(|&i| starts_with_first(self.patterns.get(i), word)),
                );
            }
        }
        if let Some(three) = bytes.get(..3) {
            if let Some(entry) = self.index.get(key(three)) {
                out.extend(
                    entry
                        .prefix
                        .iter()
                        .copied()
                        .filter(|&i| starts_with_first(self.patterns.get(i), word)),
                );
            }
        }
        if out.len() > first_prefix + 1 {
            if let Some(stems) = out.get_mut(first_prefix..) {
                stems.sort_unstable();
            }
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
    /// Stance nouns whose `for` names what the owner fights for (`crusade for reform`), unlike
    /// `contempt for Y`.
    pub for_support: HashSet<String>,
    /// Other words for a user's target (`data/queries.txt`): the query and the words of one
    /// variant each (`ceasefire` → `hostilit*`, `cease*`).
    pub queries: Vec<(String, Vec<String>)>,
}

/// [`normalize`] without an allocation for words that already are normal.
pub fn normalize_cow(word: &str) -> std::borrow::Cow<'_, str> {
    // For ASCII, `normalize` only lowercases and straightens backticks.
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
    {
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
            let (pattern, label, strength, reverse) = match fields[..] {
                [p, l, s] => (p, l, s, false),
                [p, l, s, r] => (p, l, s, r == "reverse"),
                _ => continue,
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
                reverse,
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
                reverse: false,
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
        let mut for_support = HashSet::default();
        for fields in lines(include_str!("../data/nouns.txt")) {
            let (kind, word, flag) = match fields[..] {
                [kind, word] => (kind, word, None),
                [kind, word, flag] => (kind, word, Some(flag)),
                _ => continue,
            };
            let set = match kind {
                "support_noun" | "oppose_noun" => {
                    let label = if kind == "support_noun" {
                        Label::Support
                    } else {
                        Label::Oppose
                    };
                    stance_nouns.insert(normalize(word), label);
                    if flag == Some("for=support") {
                        for_support.insert(normalize(word));
                    }
                    continue;
                }
                "proposal" => &mut proposals,
                "position" => &mut positions,
                _ => &mut anaphors,
            };
            set.insert(normalize(word));
        }
        let queries = lines(include_str!("../data/queries.txt"))
            .filter_map(|fields| match fields[..] {
                [query, variant] => Some((
                    query.to_owned(),
                    variant.split_whitespace().map(str::to_owned).collect(),
                )),
                _ => None,
            })
            .collect();
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
            for_support,
            queries,
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
