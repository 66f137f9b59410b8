//! How a sentence portrays a person it mentions: a linear model over word n-grams around the
//! mention and valence words (VADER and the news connotation list `data/connotation.txt`) by
//! their distance from it (a multinomial logistic regression and a naive Bayes combined into one
//! weight per feature and class), trained on NewsMTSC (MIT) by `examples/train.rs` and shipped as
//! `data/model.tsv` (`feature <TAB> negative <TAB> neutral <TAB> positive`).
//!
//! At run time the model is read without parsing: `build.rs` turns the table into the sorted
//! FNV-1a hashes of the feature names and their weights, and [`Model::predict_words`] hashes the
//! features of a mention piece by piece instead of building their names. [`features`] builds the
//! names, for training; both make the same features in the same order.

use crate::fnv::{fnv1a, FeatureHash};
use crate::lexicon::{normalize, Label, Lexicon};
use crate::rules::Word;
use analyze_sdk::prelude::TokenKind;
use std::ops::Range;

pub const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

/// Words this close to the mention give positional features.
const WINDOW: usize = 4;

/// The features of `sentence` for the mention at byte range `target` (relative to `sentence`).
pub fn features(sentence: &str, target: Range<usize>) -> Vec<String> {
    let tokens = analyze_sdk::text::tokens(sentence, 0..sentence.len());
    let words: Vec<(usize, usize, String)> = tokens
        .iter()
        .filter(|t| !matches!(t.kind, TokenKind::Quote))
        .map(|t| (t.start, t.end, normalize(t.text(sentence))))
        .collect();
    let mut out = Vec::with_capacity(words.len() * 4);
    let first_in = words
        .iter()
        .position(|w| w.1 > target.start)
        .unwrap_or(words.len());
    let last_in = words
        .iter()
        .rposition(|w| w.0 < target.end)
        .map_or(first_in, |i| i + 1)
        .max(first_in);
    for (i, (_, _, w)) in words.iter().enumerate() {
        let w = if i >= first_in && i < last_in {
            "<t>"
        } else {
            w.as_str()
        };
        out.push(format!("w:{w}"));
        if i + WINDOW >= first_in && i < first_in {
            out.push(format!("l:{w}"));
        }
        if i >= last_in && i < last_in + WINDOW {
            out.push(format!("r:{w}"));
        }
    }
    // Cue words of the lexicon, and where they stand relative to the mention.
    for (i, (_, _, w)) in words.iter().enumerate() {
        for label in cue_labels(w) {
            let side = if i < first_in { "before" } else { "after" };
            out.push(format!("cue:{}:{side}", label.as_str()));
        }
    }
    // Valence words (VADER, and the news connotation words VADER lacks, see [`news_valence`]),
    // in the sentence and near the mention, by distance; the nearest one.
    let mut nearest: Option<(usize, usize, f32)> = None;
    for (i, (_, _, w)) in words.iter().enumerate() {
        if i >= first_in && i < last_in {
            continue;
        }
        let Some(v) = news_valence(w) else {
            continue;
        };
        let before = i.checked_sub(1).and_then(|j| words.get(j));
        let negated = before.is_some_and(|p| is_negator(&p.2));
        let v = if negated { -v } else { v };
        let polarity = if v > 0.0 { "pos" } else { "neg" };
        let strength = if v.abs() >= 2.0 { "strong" } else { "weak" };
        out.push(format!("lex:{polarity}"));
        out.push(format!("lex:{polarity}:{strength}"));
        let near =
            (i + WINDOW >= first_in && i < first_in) || (i >= last_in && i < last_in + WINDOW + 2);
        if near {
            out.push(format!("lexnear:{polarity}"));
        }
        let side = if i < first_in { "before" } else { "after" };
        out.push(format!("lex:{polarity}:{side}"));
        // `without` also flips the distance features.
        let v = if !negated && before.is_some_and(|p| p.2 == "without") {
            -v
        } else {
            v
        };
        let d = distance(i, first_in, last_in);
        let (polarity, side) = (if v > 0.0 { "pos" } else { "neg" }, &side[..1]);
        out.push(format!("vd:{polarity}:{side}:{}", bucket(d)));
        if nearest.is_none_or(|n| d < n.0) {
            nearest = Some((d, i, v));
        }
    }
    if let Some((d, i, v)) = nearest {
        let polarity = if v > 0.0 { "pos" } else { "neg" };
        let strength = if v.abs() >= 2.0 { "s" } else { "w" };
        let side = if i < first_in { "l" } else { "r" };
        out.push(format!("nv:{polarity}:{strength}:{side}:{}", bucket(d)));
        out.push(format!("nw:{}", words[i].2));
    }
    // Where the mention stands, and the words right before and after it.
    let masked = |i: usize| {
        if i >= first_in && i < last_in {
            "<t>"
        } else {
            words[i].2.as_str()
        }
    };
    out.push(format!("pl:{}", bucket(first_in)));
    let before = first_in.checked_sub(1).map_or("<s>", masked);
    let after = if last_in < words.len() {
        masked(last_in)
    } else {
        "</s>"
    };
    out.push(format!("p1:{before}"));
    out.push(format!("n1:{after}"));
    out.push("__bias__".to_owned());
    out
}

/// How many words lie between word `i` and the mention (`first_in..last_in`), plus one.
fn distance(i: usize, first_in: usize, last_in: usize) -> usize {
    if i < first_in {
        first_in - i
    } else {
        i + 1 - last_in
    }
}

/// Distance buckets: next to the mention, close, in the clause, far.
fn bucket(d: usize) -> &'static str {
    match d {
        0..=2 => "1",
        3..=5 => "2",
        6..=10 => "3",
        _ => "4",
    }
}

fn is_negator(word: &str) -> bool {
    matches!(word, "not" | "no" | "never") || word.ends_with("n't")
}

/// The labels of the one-word, non-neutral cue patterns that match `word`, in lexicon order.
fn cue_labels(word: &str) -> Vec<Label> {
    let lexicon = Lexicon::get();
    let mut scratch = Vec::new();
    lexicon.cues.candidates(word, &mut scratch);
    scratch
        .iter()
        .filter_map(|&p| lexicon.cues.patterns.get(p))
        .filter(|p| p.elements.len() == 1 && p.label != Label::Neutral)
        .map(|p| p.label)
        .collect()
}

/// The VADER valence of a (normalised) word.
pub fn valence(word: &str) -> Option<f32> {
    const VADER: Hashed<1> = Hashed {
        keys: include_bytes!(concat!(env!("OUT_DIR"), "/vader.keys")),
        values: include_bytes!(concat!(env!("OUT_DIR"), "/vader.values")),
        buckets: include_bytes!(concat!(env!("OUT_DIR"), "/vader.buckets")),
    };
    VADER.get(fnv1a(word.as_bytes())).map(|[v]| v)
}

/// The valence the model's valence features use: VADER's (−4 … +4), else the word's news
/// connotation doubled to VADER's scale (`indicted` −4, `re-elected` +4).
pub fn news_valence(word: &str) -> Option<f32> {
    valence(word).or_else(|| connotation(word).map(|c| 2.0 * c))
}

/// The news connotation of a (normalised) word (`data/connotation.txt`, −2 … +2): how it
/// portrays the person it is about (indicted, ousted, reinstated, re-elected).
pub fn connotation(word: &str) -> Option<f32> {
    const CONNOTATION: Hashed<1> = Hashed {
        keys: include_bytes!(concat!(env!("OUT_DIR"), "/connotation.keys")),
        values: include_bytes!(concat!(env!("OUT_DIR"), "/connotation.values")),
        buckets: include_bytes!(concat!(env!("OUT_DIR"), "/connotation.buckets")),
    };
    CONNOTATION.get(fnv1a(word.as_bytes())).map(|[v]| v)
}

/// A table made by `build.rs`: the sorted FNV-1a hashes of names (little-endian u64), `N` f32
/// values for each, and for each value of the top 16 bits of a hash the index of its first key
/// (little-endian u32, one more at the end).
struct Hashed<const N: usize> {
    keys: &'static [u8],
    values: &'static [u8],
    buckets: &'static [u8],
}

const BUCKET_SHIFT: u32 = 48;

impl<const N: usize> Hashed<N> {
    /// The values of the name whose hash is `hash`.
    #[inline]
    fn get(&self, hash: u64) -> Option<[f32; N]> {
        let bucket = (hash >> BUCKET_SHIFT) as usize;
        let at = |b: usize| {
            self.buckets
                .get(b * 4..b * 4 + 4)
                .and_then(|x| x.try_into().ok())
                .map(|x| u32::from_le_bytes(x) as usize)
        };
        let (from, to) = (at(bucket)?, at(bucket + 1)?);
        for index in from..to {
            let key = self.keys.get(index * 8..index * 8 + 8)?;
            let key = u64::from_le_bytes(key.try_into().ok()?);
            if key == hash {
                let w = self.values.get(index * 4 * N..(index + 1) * 4 * N)?;
                let mut out = [0f32; N];
                for (k, slot) in out.iter_mut().enumerate() {
                    *slot = w
                        .get(k * 4..k * 4 + 4)
                        .and_then(|b| b.try_into().ok())
                        .map_or(0.0, f32::from_le_bytes);
                }
                return Some(out);
            }
            if key > hash {
                break;
            }
        }
        None
    }
}

/// A word of a sentence as the model sees it, with what the features need of it computed once
/// for all the mentions of the sentence.
pub struct ModelWord<'w> {
    pub start: usize,
    pub end: usize,
    norm: &'w str,
    cues: Vec<Label>,
    /// [`news_valence`].
    valence: Option<f32>,
    negator: bool,
}

/// The words of a sentence for [`Model::predict_words`]: `words` are the sentence's tokens (see
/// `rules::words`); quotation marks are left out, as in [`features`].
pub fn model_words<'w>(words: &'w [Word<'_>]) -> Vec<ModelWord<'w>> {
    words
        .iter()
        .filter(|w| !matches!(w.kind, TokenKind::Quote))
        .map(|w| ModelWord {
            start: w.start,
            end: w.end,
            norm: &w.norm,
            cues: cue_labels(&w.norm),
            valence: news_valence(&w.norm),
            negator: is_negator(&w.norm),
        })
        .collect()
}

/// The portrayal model: the weights of `data/model.tsv`, by the hash of the feature name.
pub struct Model {
    weights: Hashed<3>,
}

impl Model {
    pub fn get() -> &'static Model {
        static MODEL: Model = Model {
            weights: Hashed {
                keys: include_bytes!(concat!(env!("OUT_DIR"), "/model.keys")),
                values: include_bytes!(concat!(env!("OUT_DIR"), "/model.values")),
                buckets: include_bytes!(concat!(env!("OUT_DIR"), "/model.buckets")),
            },
        };
        &MODEL
    }

    /// The weights of the feature whose name hashes to `hash`.
    #[inline]
    fn weight(&self, hash: u64) -> Option<[f32; 3]> {
        self.weights.get(hash)
    }

    /// Class probabilities (negative, neutral, positive) for the mention at byte range `target`
    /// of `sentence` (relative to it). Tokenizes the sentence; prefer [`Model::predict_words`].
    pub fn predict(&self, sentence: &str, target: Range<usize>) -> [f64; 3] {
        let mut z = [0f64; 3];
        for f in features(sentence, target) {
            if let Some(w) = self.weight(fnv1a(f.as_bytes())) {
                for (zk, wk) in z.iter_mut().zip(w) {
                    *zk += f64::from(wk);
                }
            }
        }
        softmax(z)
    }

    /// Class probabilities (negative, neutral, positive) for the mention at byte range `target`
    /// (document offsets) among `words` (from [`model_words`]): the features of [`features`],
    /// hashed without building their names, added in the same order.
    pub fn predict_words(&self, words: &[ModelWord], target: Range<usize>) -> [f64; 3] {
        let mut z = [0f64; 3];
        let mut add = |hash: FeatureHash| {
            if let Some(w) = self.weight(hash.finish()) {
                for (zk, wk) in z.iter_mut().zip(w) {
                    *zk += f64::from(wk);
                }
            }
        };
        let first_in = words
            .iter()
            .position(|w| w.end > target.start)
            .unwrap_or(words.len());
        let last_in = words
            .iter()
            .rposition(|w| w.start < target.end)
            .map_or(first_in, |i| i + 1)
            .max(first_in);
        let h = FeatureHash::new();
        let masked = |i: usize| {
            if i >= first_in && i < last_in {
                "<t>"
            } else {
                words[i].norm
            }
        };
        for i in 0..words.len() {
            let w = masked(i);
            add(h.str("w:").str(w));
            if i + WINDOW >= first_in && i < first_in {
                add(h.str("l:").str(w));
            }
            if i >= last_in && i < last_in + WINDOW {
                add(h.str("r:").str(w));
            }
        }
        for (i, word) in words.iter().enumerate() {
            let side = if i < first_in { "before" } else { "after" };
            for label in &word.cues {
                add(h.str("cue:").str(label.as_str()).str(":").str(side));
            }
        }
        let mut nearest: Option<(usize, usize, f32)> = None;
        for (i, word) in words.iter().enumerate() {
            if i >= first_in && i < last_in {
                continue;
            }
            let Some(v) = word.valence else {
                continue;
            };
            let before = i.checked_sub(1).and_then(|j| words.get(j));
            let negated = before.is_some_and(|p| p.negator);
            let v = if negated { -v } else { v };
            let polarity = if v > 0.0 { "pos" } else { "neg" };
            let strength = if v.abs() >= 2.0 { "strong" } else { "weak" };
            let lex = h.str("lex:").str(polarity);
            add(lex);
            add(lex.str(":").str(strength));
            let near = (i + WINDOW >= first_in && i < first_in)
                || (i >= last_in && i < last_in + WINDOW + 2);
            if near {
                add(h.str("lexnear:").str(polarity));
            }
            let side = if i < first_in { "before" } else { "after" };
            add(lex.str(":").str(side));
            // `without` also flips the distance features.
            let v = if !negated && before.is_some_and(|p| p.norm == "without") {
                -v
            } else {
                v
            };
            let d = distance(i, first_in, last_in);
            let (polarity, side) = (if v > 0.0 { "pos" } else { "neg" }, &side[..1]);
            add(h
                .str("vd:")
                .str(polarity)
                .str(":")
                .str(side)
                .str(":")
                .str(bucket(d)));
            if nearest.is_none_or(|n| d < n.0) {
                nearest = Some((d, i, v));
            }
        }
        if let Some((d, i, v)) = nearest {
            let polarity = if v > 0.0 { "pos" } else { "neg" };
            let strength = if v.abs() >= 2.0 { "s" } else { "w" };
            let side = if i < first_in { "l" } else { "r" };
            add(h
                .str("nv:")
                .str(polarity)
                .str(":")
                .str(strength)
                .str(":")
                .str(side)
                .str(":")
                .str(bucket(d)));
            add(h.str("nw:").str(words[i].norm));
        }
        add(h.str("pl:").str(bucket(first_in)));
        let before = first_in.checked_sub(1).map_or("<s>", masked);
        let after = if last_in < words.len() {
            masked(last_in)
        } else {
            "</s>"
        };
        add(h.str("p1:").str(before));
        add(h.str("n1:").str(after));
        add(h.str("__bias__"));
        softmax(z)
    }
}

pub fn softmax(z: [f64; 3]) -> [f64; 3] {
    let max = z.iter().cloned().fold(f64::MIN, f64::max);
    let e = z.map(|v| (v - max).exp());
    let sum: f64 = e.iter().sum();
    e.map(|v| v / sum)
}

pub fn argmax(p: &[f64; 3]) -> (usize, f64) {
    let mut best = (1, p[1]);
    for (i, v) in p.iter().enumerate() {
        if *v > best.1 {
            best = (i, *v);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use analyze_sdk::core::Document;

    /// The hashed features are those of [`features`], and the model knows most of them.
    #[test]
    fn hashed_features_match_named_ones() {
        let model = Model::get();
        let text = "Critics said Merz didn\u{2019}t praise \u{201c}the plan\u{201d}, but embattled \
                    Trump never condemned the terrible attack and warmly welcomed Ukraine\u{2019}s offer \
                    without support from Kyiv.";
        let doc = Document::new("t", text);
        let lower = crate::rules::lowered(text);
        let words = crate::rules::words(&doc, &lower, 0..text.len());
        let mwords = model_words(&words);
        for target in [
            "Critics", "Merz", "the plan", "Trump", "Ukraine", "offer", "Kyiv.",
        ] {
            let start = text.find(target).unwrap();
            let range = start..start + target.len();
            let named = model.predict(text, range.clone());
            let hashed = model.predict_words(&mwords, range);
            assert_eq!(named, hashed, "{target}");
        }
        let known = features(text, 13..17)
            .iter()
            .filter(|f| model.weight(fnv1a(f.as_bytes())).is_some())
            .count();
        assert!(known > 20, "{known}");
    }

    #[test]
    fn valences_are_those_of_the_lexicon() {
        let mut last = std::collections::HashMap::new();
        for line in include_str!("../data/vader.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let (word, value) = line.split_once('\t').unwrap();
            last.insert(word, value.trim().parse::<f32>().unwrap());
        }
        assert!(last.len() > 7000);
        for (word, value) in last {
            assert_eq!(valence(word), Some(value), "{word}");
        }
        assert_eq!(valence("ceasefire-talks"), None);
    }

    #[test]
    fn connotations_are_those_of_the_list() {
        let mut last = std::collections::HashMap::new();
        for line in include_str!("../data/connotation.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let (word, value) = line.split_once('\t').unwrap();
            let value = value.trim().parse::<f32>().unwrap();
            assert!((-2.0..=2.0).contains(&value), "{word}");
            assert_eq!(word, word.to_lowercase(), "{word}");
            last.insert(word, value);
        }
        assert!(last.len() > 1500, "{}", last.len());
        for (word, value) in last {
            assert_eq!(connotation(word), Some(value), "{word}");
            // `news_valence` reads VADER first: an entry VADER has would never be read.
            assert_eq!(valence(word), None, "{word} is in VADER");
        }
        assert_eq!(connotation("table"), None);
    }

    /// VADER's valence first; a connotation word VADER lacks counts double, on VADER's scale.
    #[test]
    fn news_valence_adds_the_connotation_words() {
        assert_eq!(news_valence("indicted"), Some(-4.0));
        assert_eq!(news_valence("re-elected"), Some(4.0));
        assert_eq!(news_valence("acquitted"), valence("acquitted"));
        assert_eq!(news_valence("table"), None);
        // The valence features of a mention next to a connotation word, and not without it.
        let text = "The mayor was indicted on Tuesday.";
        let f = features(text, 4..9);
        assert!(f.iter().any(|x| x == "vd:neg:a:1"), "{f:?}");
        assert!(f.iter().any(|x| x == "nw:indicted"), "{f:?}");
        let f = features("The mayor was seen on Tuesday.", 4..9);
        assert!(!f.iter().any(|x| x.starts_with("vd:")), "{f:?}");
    }

    /// Words whose everyday sense is no portrayal (`delivered a speech`, `the oversight
    /// committee`, `three years in a row`) are no connotation words.
    #[test]
    fn plain_words_carry_no_connotation() {
        for word in [
            "delivered",
            "oversight",
            "row",
            "experience",
            "passed",
            "traffic",
            "exit",
        ] {
            assert_eq!(news_valence(word), None, "{word}");
        }
        let f = features(
            "The mayor delivered a speech on the oversight report.",
            4..9,
        );
        assert!(!f.iter().any(|x| x.starts_with("vd:")), "{f:?}");
    }

    #[test]
    fn weights_are_those_of_the_table() {
        let model = Model::get();
        for line in include_str!("../data/model.tsv").lines().step_by(97) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap();
            let w: Vec<f32> = fields.map(|f| f.parse().unwrap()).collect();
            assert_eq!(
                model.weight(fnv1a(name.as_bytes())).map(Vec::from),
                Some(w),
                "{name}"
            );
        }
        assert_eq!(model.weight(fnv1a(b"w:no-such-feature-here")), None);
    }
}
