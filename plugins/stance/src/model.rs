//! How a sentence portrays a person it mentions: a multinomial logistic regression over word
//! n-grams around the mention, trained on NewsMTSC (MIT) by `examples/train.rs` and shipped as
//! `data/model.tsv` (`feature <TAB> negative <TAB> neutral <TAB> positive`).

use crate::lexicon::{normalize, HashMap, Label, Lexicon};
use analyze_sdk::prelude::TokenKind;
use std::ops::Range;
use std::sync::OnceLock;

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
    let mut prev = "<s>".to_owned();
    for (i, (_, _, w)) in words.iter().enumerate() {
        let w = if i >= first_in && i < last_in {
            "<t>"
        } else {
            w.as_str()
        };
        out.push(format!("w:{w}"));
        out.push(format!("b:{prev}_{w}"));
        if i + WINDOW >= first_in && i < first_in {
            out.push(format!("l:{w}"));
        }
        if i >= last_in && i < last_in + WINDOW {
            out.push(format!("r:{w}"));
        }
        prev = w.to_owned();
    }
    // Cue words of the lexicon, and where they stand relative to the mention.
    let lexicon = Lexicon::get();
    let mut scratch = Vec::new();
    for (i, (_, _, w)) in words.iter().enumerate() {
        lexicon.cues.candidates(w, &mut scratch);
        for &p in &scratch {
            let Some(pattern) = lexicon.cues.patterns.get(p) else {
                continue;
            };
            if pattern.elements.len() != 1 || pattern.label == Label::Neutral {
                continue;
            }
            let side = if i < first_in { "before" } else { "after" };
            out.push(format!("cue:{}:{side}", pattern.label.as_str()));
        }
    }
    // Valence words (VADER), in the sentence and near the mention.
    let valence = valence();
    for (i, (_, _, w)) in words.iter().enumerate() {
        if i >= first_in && i < last_in {
            continue;
        }
        let Some(&v) = valence.get(w.as_str()) else {
            continue;
        };
        let negated = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|p| {
                matches!(p.2.as_str(), "not" | "no" | "never") || p.2.ends_with("n't")
            });
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
    }
    out.push("__bias__".to_owned());
    out
}

/// VADER valences of words.
pub fn valence() -> &'static HashMap<&'static str, f32> {
    static VALENCE: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    VALENCE.get_or_init(|| {
        include_str!("../data/vader.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (word, value) = l.split_once('\t')?;
                Some((word, value.trim().parse().ok()?))
            })
            .collect()
    })
}

pub struct Model {
    weights: HashMap<String, [f32; 3]>,
}

impl Model {
    pub fn parse(text: &str) -> Model {
        let mut weights = HashMap::default();
        for line in text.lines() {
            let mut fields = line.split('\t');
            let Some(name) = fields.next() else { continue };
            let mut w = [0f32; 3];
            for slot in &mut w {
                *slot = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0.0);
            }
            weights.insert(name.to_owned(), w);
        }
        Model { weights }
    }

    pub fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(include_str!("../data/model.tsv")))
    }

    /// Class probabilities (negative, neutral, positive).
    pub fn predict(&self, sentence: &str, target: Range<usize>) -> [f64; 3] {
        let mut z = [0f64; 3];
        for f in features(sentence, target) {
            if let Some(w) = self.weights.get(&f) {
                for (zk, wk) in z.iter_mut().zip(w) {
                    *zk += f64::from(*wk);
                }
            }
        }
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
