//! Scores the `actors` plugin: how many gold `Source` spans of PolNeAR attributions fall on a
//! mention of a detected actor, exactly or overlapping, by the kind of source (name, pronoun,
//! description), for all attributions and for speech attributions only.

use crate::engine::{document, Engine, Options};
use crate::score::{char_to_byte_offsets, pct, ratio};
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

/// Cue words of speech attributions: a cue counts as speech if one of its words is one of these
/// (or it is "according to"). Written for this evaluation; see docs/evaluation/actors.md.
const SPEECH_CUES: &[&str] = &[
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "telling",
    "added",
    "adding",
    "adds",
    "announced",
    "announces",
    "announcing",
    "stated",
    "states",
    "wrote",
    "writes",
    "write",
    "writing",
    "asked",
    "asks",
    "asking",
    "explained",
    "explains",
    "noted",
    "notes",
    "noting",
    "argued",
    "argues",
    "arguing",
    "claimed",
    "claims",
    "claiming",
    "insisted",
    "insists",
    "insisting",
    "warned",
    "warns",
    "warning",
    "declared",
    "declares",
    "replied",
    "responded",
    "tweeted",
    "posted",
    "commented",
    "remarked",
    "continued",
    "acknowledged",
    "admitted",
    "conceded",
    "suggested",
    "suggests",
    "predicted",
    "promised",
    "vowed",
    "pledged",
    "urged",
    "called",
    "calls",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "reported",
    "reports",
    "testified",
    "recalled",
    "joked",
    "quipped",
    "stressed",
    "emphasized",
    "emphasised",
    "complained",
    "boasted",
    "countered",
    "agreed",
    "echoed",
    "cited",
    "speaking",
    "spoke",
    "statement",
    "interview",
    "according",
];

const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "his",
    "their",
    "i",
    "we",
    "you",
    "it",
    "me",
    "us",
    "himself",
    "herself",
    "themselves",
    "its",
    "my",
    "our",
    "who",
    "which",
    "that",
    "one",
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Name,
    Pronoun,
    Description,
}

impl Class {
    fn label(self) -> &'static str {
        match self {
            Class::Name => "names",
            Class::Pronoun => "pronouns",
            Class::Description => "descriptions",
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    exact: usize,
    overlap: usize,
}

struct Gold {
    start: usize,
    end: usize,
    class: Class,
    speech: bool,
}

pub fn run(engine: &Engine, options: &Options) -> Result<String> {
    let root = options.data.join("polnear");
    let dates = read_dates(&root.join("metadata.tsv"));
    let mut out = String::from(
        "## actors\n\nCoverage of PolNeAR attribution sources by detected actor mentions.\n\n",
    );
    let mut all_docs = 0;
    let mut all_time = Duration::ZERO;
    let mut all_bytes = 0;
    let mut actor_count = 0;
    let mut mention_count = 0;
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut tables = String::new();
    // `ACTORS_DUMP=FILE`: every document's findings, one line each, to compare two builds.
    let mut dump = match std::env::var_os("ACTORS_DUMP") {
        Some(path) => Some(std::io::BufWriter::new(std::fs::File::create(path)?)),
        None => None,
    };
    for split in ["train", "dev"] {
        let docs = documents(&root.join(split))?;
        let docs = options.limited(docs);
        // (speech only?, class) → tally
        let mut tally: BTreeMap<(bool, Class), Tally> = BTreeMap::new();
        let mut misses: HashMap<String, usize> = HashMap::new();
        for (stem, text_path, ann_path) in &docs {
            let text = std::fs::read_to_string(text_path)
                .with_context(|| text_path.display().to_string())?;
            let ann = std::fs::read_to_string(ann_path)
                .with_context(|| ann_path.display().to_string())?;
            let gold = parse_sources(&text, &ann);
            let started = Instant::now();
            let findings = engine.findings(
                "actors",
                document(stem, text.clone(), dates.get(stem.as_str()).cloned()),
            )?;
            all_time += started.elapsed();
            if let Some(dump) = &mut dump {
                use std::io::Write as _;
                writeln!(dump, "{stem}\t{findings}")?;
            }
            all_bytes += text.len();
            all_docs += 1;
            let mut mentions: Vec<(usize, usize)> = Vec::new();
            for actor in findings.as_array().into_iter().flatten() {
                actor_count += 1;
                *kinds
                    .entry(actor["kind"].as_str().unwrap_or("?").to_owned())
                    .or_insert(0usize) += 1;
                mention_count += actor["mentions"].as_array().map_or(0, Vec::len);
                for m in actor["mentions"].as_array().into_iter().flatten() {
                    if let (Some(s), Some(e)) = (m["start"].as_u64(), m["end"].as_u64()) {
                        mentions.push((s as usize, e as usize));
                    }
                }
            }
            for g in &gold {
                let exact = mentions.iter().any(|&(s, e)| s == g.start && e == g.end);
                let overlap = mentions.iter().any(|&(s, e)| s < g.end && g.start < e);
                for speech_only in [false, true] {
                    if speech_only && !g.speech {
                        continue;
                    }
                    let t = tally.entry((speech_only, g.class)).or_default();
                    t.gold += 1;
                    t.exact += exact as usize;
                    t.overlap += overlap as usize;
                }
                if g.speech
                    && overlap
                    && !exact
                    && std::env::var_os("ACTORS_EVAL_PARTIAL").is_some()
                {
                    let covering: Vec<&str> = mentions
                        .iter()
                        .filter(|&&(s, e)| s < g.end && g.start < e)
                        .filter_map(|&(s, e)| text.get(s..e))
                        .collect();
                    let key = format!(
                        "{:?} {} <= {:?}",
                        g.class,
                        text.get(g.start..g.end).unwrap_or(""),
                        covering
                    );
                    *misses.entry(key).or_default() += 1;
                }
                if g.speech && !overlap && std::env::var_os("ACTORS_EVAL_MISSES").is_some() {
                    let mut key = text.get(g.start..g.end).unwrap_or("").to_owned();
                    if std::env::var_os("ACTORS_EVAL_CONTEXT").is_some()
                        && g.class == Class::Pronoun
                    {
                        let mut from = g.start.saturating_sub(250);
                        while !text.is_char_boundary(from) {
                            from -= 1;
                        }
                        let mut to = (g.end + 40).min(text.len());
                        while !text.is_char_boundary(to) {
                            to += 1;
                        }
                        key = format!(
                            "{stem}: …{}[[{key}]]{}…",
                            text.get(from..g.start).unwrap_or(""),
                            text.get(g.end..to).unwrap_or("")
                        )
                        .replace('\n', " ");
                    }
                    *misses.entry(format!("{:?} {}", g.class, key)).or_default() += 1;
                }
            }
        }
        let _ = writeln!(tables, "### {split} ({} documents)\n", docs.len());
        tables.push_str("| attributions | source kind | gold sources | exact | overlap |\n|---|---|---:|---:|---:|\n");
        for speech_only in [true, false] {
            let mut total = Tally::default();
            for class in [Class::Name, Class::Pronoun, Class::Description] {
                let t = tally
                    .get(&(speech_only, class))
                    .copied()
                    .unwrap_or_default();
                total.gold += t.gold;
                total.exact += t.exact;
                total.overlap += t.overlap;
                let _ = writeln!(
                    tables,
                    "| {} | {} | {} | {} |",
                    row_head(speech_only, class.label()),
                    t.gold,
                    cell(t.exact, t.gold),
                    cell(t.overlap, t.gold)
                );
            }
            let _ = writeln!(
                tables,
                "| {} | {} | {} | {} |",
                row_head(speech_only, "**all**"),
                total.gold,
                cell(total.exact, total.gold),
                cell(total.overlap, total.gold)
            );
        }
        tables.push('\n');
        if !misses.is_empty() {
            let mut misses: Vec<_> = misses.into_iter().collect();
            misses.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            for (key, n) in misses.iter().take(usize::MAX) {
                eprintln!("{split} miss {n:>3} {key}");
            }
        }
    }
    out.push_str(&tables);
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(
        out,
        "Detected: {actor_count} actors ({}), {mention_count} mentions.\n",
        kinds.join(", ")
    );
    let per_doc = if all_docs > 0 {
        all_time / all_docs as u32
    } else {
        Duration::ZERO
    };
    let per_5kb = if all_bytes > 0 {
        all_time.as_secs_f64() * 5000.0 / all_bytes as f64
    } else {
        0.0
    };
    let _ = writeln!(
        out,
        "{all_docs} documents; through the host: {:.0} µs per document, {:.0} µs per 5 KB (JSON round trip and host included).",
        per_doc.as_secs_f64() * 1e6,
        per_5kb * 1e6
    );
    Ok(out)
}

fn row_head(speech_only: bool, label: &str) -> String {
    format!("{} | {}", if speech_only { "speech" } else { "all" }, label)
}

fn cell(part: usize, whole: usize) -> String {
    format!("{part} ({}%)", pct(ratio(part, whole)))
}

/// (stem, text path, attribution path) for every text with an attribution file; where several
/// annotators annotated a text, the first file in name order is used.
fn documents(split: &Path) -> Result<Vec<(String, std::path::PathBuf, std::path::PathBuf)>> {
    let mut anns: Vec<String> = std::fs::read_dir(split.join("attributions"))
        .with_context(|| format!("{}: PolNeAR not found", split.display()))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut out: Vec<(String, std::path::PathBuf, std::path::PathBuf)> = Vec::new();
    for ann in anns {
        let Some(stem) = ann
            .strip_suffix(".ann")
            .and_then(|s| s.rsplit_once('_'))
            .map(|(s, _)| s.to_owned())
        else {
            continue;
        };
        if out.last().is_some_and(|(s, _, _)| *s == stem) {
            continue;
        }
        let text = split.join("text").join(format!("{stem}.txt"));
        if text.exists() {
            out.push((stem, text, split.join("attributions").join(&ann)));
        }
    }
    Ok(out)
}

fn read_dates(path: &Path) -> HashMap<String, String> {
    let Ok(tsv) = std::fs::read_to_string(path) else {
        return HashMap::new();
    };
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let (Some(name), Some(date)) = (
        header.iter().position(|h| *h == "filename"),
        header.iter().position(|h| *h == "publication_date"),
    ) else {
        return HashMap::new();
    };
    lines
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let date = fields.get(date)?;
            let name = fields.get(name)?;
            (date.len() == 10).then(|| (name.to_string(), date.to_string()))
        })
        .collect()
}

/// The `Source` spans of the attributions in a brat file, as byte ranges, classified.
fn parse_sources(text: &str, ann: &str) -> Vec<Gold> {
    let offsets = char_to_byte_offsets(text);
    let mut spans: HashMap<&str, (&str, usize, usize)> = HashMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(info)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let mut parts = info.splitn(2, ' ');
            let (Some(label), Some(ranges)) = (parts.next(), parts.next()) else {
                continue;
            };
            // Discontinuous spans ("10 20;25 30") are taken from the first start to the last end.
            let numbers: Vec<usize> = ranges
                .split([' ', ';'])
                .filter_map(|n| n.parse().ok())
                .collect();
            let (Some(&s), Some(&e)) = (numbers.first(), numbers.last()) else {
                continue;
            };
            let (Some(&s), Some(&e)) = (offsets.get(s), offsets.get(e)) else {
                continue;
            };
            spans.insert(id, (label, s, e));
        } else if id.starts_with('E') {
            relations.push(info);
        }
    }
    let mut out = Vec::new();
    for relation in relations {
        let mut source = None;
        let mut cue = None;
        for arg in relation.split_whitespace() {
            if let Some(t) = arg.strip_prefix("Source:") {
                source = spans.get(t).copied();
            } else if let Some(t) = arg.strip_prefix("Cue:") {
                cue = spans.get(t).copied();
            }
        }
        let Some((_, start, end)) = source else {
            continue;
        };
        let Some(source_text) = text.get(start..end) else {
            continue;
        };
        let speech = cue
            .and_then(|(_, s, e)| text.get(s..e))
            .is_some_and(is_speech_cue);
        out.push(Gold {
            start,
            end,
            class: classify(source_text),
            speech,
        });
    }
    out
}

fn is_speech_cue(cue: &str) -> bool {
    cue.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| SPEECH_CUES.contains(&w.to_lowercase().as_str()))
}

/// A source is a pronoun if it is one word from the pronoun list; a name if its last word
/// (possessive and punctuation stripped) is capitalised ("Trump", "Sen. Bernie Sanders",
/// "Republican candidate Donald Trump"); otherwise a description ("officials", "a spokesman",
/// "the Trump campaign").
fn classify(source: &str) -> Class {
    let words: Vec<&str> = source
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '"' | '“' | '”'))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if let [only] = words.as_slice() {
        if PRONOUNS.contains(&only.to_lowercase().as_str()) {
            return Class::Pronoun;
        }
    }
    let last = words
        .iter()
        .rev()
        .map(|w| {
            w.trim_end_matches("’s")
                .trim_end_matches("'s")
                .trim_matches(|c: char| !c.is_alphanumeric())
        })
        .find(|w| !w.is_empty() && !matches!(*w, "Jr" | "Sr" | "D-Mass" | "R" | "D" | "I"));
    match last {
        Some(w) if w.chars().next().is_some_and(char::is_uppercase) => Class::Name,
        _ => Class::Description,
    }
}
