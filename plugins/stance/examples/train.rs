//! Trains the portrayal model (`data/model.tsv`) on NewsMTSC (MIT licence) only.
//!
//! `cargo run --release -p analyze-plugin-stance --example train -- ../shared/data/newsmtsc/train.jsonl plugins/stance/data/model.tsv`
//!
//! Sentences are split 80/20 by a hash of their text; the model trains on the 80 % and prints
//! its macro-F1 on the 20 %, which the evaluation (`analyze-eval stance`) also scores alone.
//! The features use `data/cues.txt` and `data/vader.txt`: retrain after changing them.
//! Arguments after the paths: epochs (8) and L2 (1e-4), the settings of the shipped model.
//! With `STANCE_TRAIN_DEV=0` (to 4) a fifth of the 80 % (by another digit of the same hash) is set
//! aside as a development split: settings are chosen on it, never on the held-out 20 %. The
//! class offsets that are added to the bias (to balance the classes for macro-F1) are chosen
//! on that split and printed; `STANCE_TRAIN_OFFSETS=neg,pos` applies them to the final model.

use analyze_plugin_stance::model::{argmax, features, softmax};
use std::collections::HashMap;
use std::io::Write;

/// FNV-1a, fixed so the split never changes.
fn hash(sentence: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in sentence.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

pub fn held_out(sentence: &str) -> bool {
    hash(sentence) % 5 == 0
}

/// The development split: a fifth of the training part (`fold` 0–4 picks which fifth).
fn dev(sentence: &str, fold: u64) -> bool {
    !held_out(sentence) && (hash(sentence) / 5) % 5 == fold
}

fn char_to_byte(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(i, _)| i)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let input = args.get(1).ok_or("usage: train NEWSMTSC.jsonl OUT.tsv")?;
    let out = args.get(2).ok_or("usage: train NEWSMTSC.jsonl OUT.tsv")?;
    let epochs: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(8);
    let l2: f64 = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(1e-5);
    let dev_mode = std::env::var_os("STANCE_TRAIN_DEV").is_some();
    let fold: u64 = std::env::var("STANCE_TRAIN_DEV")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let offsets: Option<[f64; 2]> = std::env::var("STANCE_TRAIN_OFFSETS").ok().and_then(|v| {
        let (a, b) = v.split_once(',')?;
        Some([a.parse().ok()?, b.parse().ok()?])
    });
    let split = if dev_mode { "dev" } else { "held-out" };
    let mut train = Vec::new();
    let mut test = Vec::new();
    for line in std::fs::read_to_string(input)?.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let sentence = v["sentence_normalized"].as_str().unwrap_or("").to_owned();
        for t in v["targets"].as_array().into_iter().flatten() {
            let (Some(from), Some(to), Some(p)) =
                (t["from"].as_u64(), t["to"].as_u64(), t["polarity"].as_f64())
            else {
                continue;
            };
            let label = match p as i64 {
                2 => 0,
                4 => 1,
                6 => 2,
                _ => continue,
            };
            let range =
                char_to_byte(&sentence, from as usize)..char_to_byte(&sentence, to as usize);
            let f = features(&sentence, range);
            if dev_mode {
                if dev(&sentence, fold) {
                    test.push((f, label))
                } else if !held_out(&sentence) {
                    train.push((f, label))
                }
            } else if held_out(&sentence) {
                test.push((f, label))
            } else {
                train.push((f, label))
            }
        }
    }
    eprintln!("train {} test {}", train.len(), test.len());
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (f, _) in &train {
        for x in f {
            *counts.entry(x.clone()).or_default() += 1;
        }
    }
    let mut w: HashMap<String, [f64; 3]> = HashMap::new();
    let mut g2: HashMap<String, [f64; 3]> = HashMap::new();
    let lr = 0.1;
    let mut avg: HashMap<String, [f64; 3]> = HashMap::new();
    let mut averaged = 0usize;
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed: u64 = 42;
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &i in &order {
            let (f, y) = &train[i];
            let f: Vec<&String> = f
                .iter()
                .filter(|x| counts.get(*x).copied().unwrap_or(0) >= 2)
                .collect();
            let mut z = [0f64; 3];
            for x in &f {
                if let Some(wx) = w.get(*x) {
                    for k in 0..3 {
                        z[k] += wx[k];
                    }
                }
            }
            let p = softmax(z);
            for x in &f {
                let wx = w.entry((*x).clone()).or_insert([0.0; 3]);
                let gx = g2.entry((*x).clone()).or_insert([1e-8; 3]);
                for k in 0..3 {
                    let g = p[k] - if k == *y { 1.0 } else { 0.0 } + l2 * wx[k];
                    gx[k] += g * g;
                    wx[k] -= lr * g / gx[k].sqrt();
                }
            }
        }
        let f1 = macro_f1(&w, &test);
        eprintln!("epoch {epoch}: {split} macro-F1 {:.1}", f1 * 100.0);
        // Average the weights of the epochs after the first: steadier than the last epoch.
        if epoch > 0 {
            for (name, v) in &w {
                let a = avg.entry(name.clone()).or_insert([0.0; 3]);
                for k in 0..3 {
                    a[k] += v[k];
                }
            }
            averaged += 1;
        }
    }
    if averaged > 0 {
        w = avg
            .into_iter()
            .map(|(n, v)| (n, v.map(|x| x / averaged as f64)))
            .collect();
    }
    eprintln!(
        "averaged: {split} macro-F1 {:.1}",
        macro_f1(&w, &test) * 100.0
    );
    if dev_mode {
        // Class offsets on the bias, chosen on the development split.
        let mut best = (macro_f1(&w, &test), [0.0, 0.0]);
        for a in -10..=10 {
            for b in -10..=10 {
                let o = [f64::from(a) * 0.1, f64::from(b) * 0.1];
                let mut shifted = w.clone();
                let bias = shifted.entry("__bias__".to_owned()).or_insert([0.0; 3]);
                bias[0] += o[0];
                bias[2] += o[1];
                let f1 = macro_f1(&shifted, &test);
                if f1 > best.0 + 1e-9 {
                    best = (f1, o);
                }
            }
        }
        eprintln!(
            "best offsets on dev: STANCE_TRAIN_OFFSETS={:.1},{:.1} (macro-F1 {:.1})",
            best.1[0],
            best.1[1],
            best.0 * 100.0
        );
    }
    if let Some(o) = offsets {
        let bias = w.entry("__bias__".to_owned()).or_insert([0.0; 3]);
        bias[0] += o[0];
        bias[2] += o[1];
        eprintln!(
            "with offsets: {split} macro-F1 {:.1}",
            macro_f1(&w, &test) * 100.0
        );
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    let mut names: Vec<&String> = w.keys().collect();
    names.sort();
    let mut kept = 0;
    for name in names {
        let v = w[name];
        if v.iter().map(|x| x.abs()).fold(0.0, f64::max) < 0.02 {
            continue;
        }
        kept += 1;
        writeln!(file, "{name}\t{:.3}\t{:.3}\t{:.3}", v[0], v[1], v[2])?;
    }
    eprintln!("kept {kept} features");
    Ok(())
}

fn macro_f1(w: &HashMap<String, [f64; 3]>, data: &[(Vec<String>, usize)]) -> f64 {
    let mut tp = [0usize; 3];
    let mut fp = [0usize; 3];
    let mut fn_ = [0usize; 3];
    for (f, y) in data {
        let mut z = [0f64; 3];
        for x in f {
            if let Some(wx) = w.get(x) {
                for k in 0..3 {
                    z[k] += wx[k];
                }
            }
        }
        let (pred, _) = argmax(&softmax(z));
        if pred == *y {
            tp[pred] += 1
        } else {
            fp[pred] += 1;
            fn_[*y] += 1;
        }
    }
    (0..3)
        .map(|k| {
            let p = tp[k] as f64 / (tp[k] + fp[k]).max(1) as f64;
            let r = tp[k] as f64 / (tp[k] + fn_[k]).max(1) as f64;
            if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            }
        })
        .sum::<f64>()
        / 3.0
}
