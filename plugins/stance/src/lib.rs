//! The `stance` plugin: who supports or opposes what, and how actors come across, with the words that show it.
//!
//! Findings (see `docs/evaluation/stance.md` and the report spec):
//! - `{"type": "stance", "holder", "target", "stance", "score", "cue", "evidence", "via"}`: `score`
//!   is signed, positive for support and negative for opposition, its size the strength of the cue
//!   after negation (flips, ×0.6), hedges (×0.7) and intensifiers (×1.25, at most 1).
//! - `{"type": "tone", "holder", "tone", "cue", "evidence"}`.
//! - With `targets` in the settings, one `{"type": "position", "holder", "query", "stance",
//!   "evidence"}` per actor and target, where `stance` is `support`, `oppose`, `mixed`,
//!   `neutral` or `none` (no stance found). Readers of `stance` and `tone` findings skip them.
//! - Stance findings with `"via": "model"` and `"cue": null` are the model's guesses for reported
//!   speech and for the subject that opens a sentence (`pair_model`, on by default; see `pairs`).
//! - With `portrayal = true`, one `{"type": "portrayal", "target", "sentiment", "score",
//!   "evidence"}` per actor mention: how the sentence portrays the actor (a small logistic
//!   regression trained on NewsMTSC).

mod fnv;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod pairs;
pub mod rules;

use analyze_sdk::prelude::*;
use rules::{Context, Holder, Mention, StanceFinding, Target, ToneFinding};
use serde::{Deserialize, Serialize};

#[derive(Default)]
pub struct Stance;

/// The plugin's settings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Targets (`ceasefire`) to report every actor's stance on, `none` included.
    pub targets: Vec<String>,
    /// Actors to add to those of the actors plugin (by a caller who knows better, or an
    /// evaluation that gives the entities).
    pub actors: Vec<Actor>,
    /// Also report how each sentence portrays each actor it mentions.
    pub portrayal: bool,
    /// Guess, with the model, the stance of a speaker toward an actor it speaks about (`X said
    /// … Y`, a quote of X that names Y), or of the subject that opens a sentence toward an actor
    /// in its clause, when no cue rule linked them (default on).
    pub pair_model: bool,
    /// Also guess the stance between any two actors of a sentence when the model is at least
    /// this sure (default: never).
    pub pair_threshold: Option<f64>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            targets: Vec::new(),
            actors: Vec::new(),
            portrayal: false,
            pair_model: true,
            pair_threshold: None,
        }
    }
}

#[derive(Debug, Serialize)]
struct PositionFinding {
    #[serde(rename = "type")]
    kind: &'static str,
    holder: Holder,
    query: String,
    stance: &'static str,
    evidence: Vec<Span>,
}

#[derive(Debug, Serialize)]
struct PortrayalFinding {
    #[serde(rename = "type")]
    kind: &'static str,
    target: Target,
    sentiment: &'static str,
    score: f64,
    evidence: Span,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Finding {
    Stance(StanceFinding),
    Tone(ToneFinding),
    Position(PositionFinding),
    Portrayal(PortrayalFinding),
}

impl Analyzer for Stance {
    fn info(&self) -> Info {
        Info::new(
            "stance",
            env!("CARGO_PKG_VERSION"),
            "Who supports or opposes what, and how actors come across, with the words that show it",
        )
        .requires(&["actors", "quotes"])
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        let settings: Settings = input.settings()?;
        let doc = input.document;
        // Actors given in the settings come first and win over overlapping mentions. Spans
        // from elsewhere are checked here: one bad span would void the whole output.
        let actors = input::actors(input, &settings.actors);
        let mut mentions: Vec<Mention> = Vec::new();
        for (index, actor) in actors.iter().enumerate() {
            for m in &actor.mentions {
                if m.start < m.end {
                    mentions.push(Mention {
                        start: m.start,
                        end: m.end,
                        actor: index,
                    });
                }
            }
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        mentions.dedup_by(|b, a| a.start == b.start && a.end == b.end);
        let quotes = input::quotes(input, &actors);

        let lower = rules::lowered(&doc.text);
        let ctx = Context::new(doc, &lower, &actors, mentions, &quotes);
        let sentence_words = rules::sentence_words(doc, &lower);
        let mut found = rules::run(&ctx, &sentence_words);
        if settings.pair_model {
            let guessed = pairs::run(
                &ctx,
                &sentence_words,
                settings.pair_threshold.unwrap_or(f64::INFINITY),
                &found.stances,
            );
            found.stances.extend(guessed);
        }

        let mut presentation = Vec::new();
        if !found.stances.is_empty() {
            presentation.push(Block::Table {
                title: Some("Stance".into()),
                columns: vec![
                    "Holder".into(),
                    "Stance".into(),
                    "Target".into(),
                    "Evidence".into(),
                ],
                rows: found
                    .stances
                    .iter()
                    .map(|f| {
                        vec![
                            Cell::from(f.holder.name.clone()),
                            Cell::from(format!("{} ({:+.2})", f.stance, f.score)),
                            Cell::from(f.target.text.clone()),
                            Cell::from(f.evidence.clone()),
                        ]
                    })
                    .collect(),
            });
        }
        if !found.tones.is_empty() {
            presentation.push(Block::Table {
                title: Some("Tone".into()),
                columns: vec!["Holder".into(), "Tone".into(), "Evidence".into()],
                rows: found
                    .tones
                    .iter()
                    .map(|t| {
                        vec![
                            Cell::from(t.holder.name.clone()),
                            Cell::from(t.tone.clone()),
                            Cell::from(t.evidence.clone()),
                        ]
                    })
                    .collect(),
            });
        }

        let positions = positions(doc, &settings.targets, &actors, &found.stances);
        if !positions.is_empty() {
            let mut columns = vec!["Actor".to_owned()];
            columns.extend(settings.targets.iter().cloned());
            let mut rows = Vec::new();
            for chunk in positions.chunks(settings.targets.len().max(1)) {
                let Some(first) = chunk.first() else { continue };
                let mut row = vec![Cell::from(first.holder.name.clone())];
                row.extend(chunk.iter().map(|p| Cell::from(p.stance)));
                rows.push(row);
            }
            presentation.push(Block::Table {
                title: Some("Positions on the given targets".into()),
                columns,
                rows,
            });
        }

        let mut portrayals = Vec::new();
        if settings.portrayal {
            let model = model::Model::get();
            // The model's words of the last sentence, for its mentions that follow.
            let mut cached: Option<(usize, Vec<model::ModelWord>)> = None;
            for m in &ctx.mentions {
                let Some(si) = doc.sentence_at(m.start) else {
                    continue;
                };
                let Some(sentence) = doc.sentences().get(si) else {
                    continue;
                };
                let (Some(ws), Ok(span), Ok(evidence)) = (
                    sentence_words.get(si),
                    doc.span(m.start, m.end),
                    doc.span(sentence.start, sentence.end),
                ) else {
                    continue;
                };
                let words = match &mut cached {
                    Some((s, words)) if *s == si => words,
                    cached => &mut cached.insert((si, model::model_words(ws))).1,
                };
                let probs = model.predict_words(words, m.start..m.end);
                let (label, p) = model::argmax(&probs);
                portrayals.push(PortrayalFinding {
                    kind: "portrayal",
                    target: Target {
                        actor: actors.get(m.actor).map(|a| a.id.clone()),
                        text: span.text.clone(),
                        span,
                    },
                    sentiment: model::LABELS.get(label).copied().unwrap_or("neutral"),
                    score: (p * 100.0).round() / 100.0,
                    evidence,
                });
            }
        }

        let mut findings: Vec<Finding> = Vec::new();
        findings.extend(found.stances.into_iter().map(Finding::Stance));
        findings.extend(found.tones.into_iter().map(Finding::Tone));
        findings.extend(positions.into_iter().map(Finding::Position));
        findings.extend(portrayals.into_iter().map(Finding::Portrayal));
        let mut output = Output::new(&findings)?;
        output.presentation = presentation;
        Ok(output)
    }
}

/// Whether the target text mentions the query (case-insensitive, words or their plural).
fn mentions_query(target: &str, query: &str) -> bool {
    let target = lexicon::normalize(target);
    let query = lexicon::normalize(query.trim());
    if query.is_empty() {
        return false;
    }
    if target.contains(&query) || target.contains(query.trim_end_matches('s')) {
        return true;
    }
    // Other words for the query (`truce`, `hostilities must cease` for `ceasefire`).
    let words: Vec<&str> = target
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    include_str!("../data/queries.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(q, _)| q.trim() == query)
        .any(|(_, variant)| {
            variant
                .split_whitespace()
                .all(|v| match v.strip_suffix('*') {
                    Some(stem) => words.iter().any(|w| w.starts_with(stem)),
                    None => words.contains(&v),
                })
        })
}

fn positions(
    doc: &Document,
    targets: &[String],
    actors: &[input::Known],
    stances: &[StanceFinding],
) -> Vec<PositionFinding> {
    let mut out = Vec::new();
    if targets.is_empty() {
        return out;
    }
    for actor in actors {
        if actor.mentions.is_empty()
            || !matches!(
                actor.kind,
                ActorKind::Person | ActorKind::Country | ActorKind::Group | ActorKind::Organization
            )
        {
            continue;
        }
        for query in targets {
            let relevant: Vec<&StanceFinding> = stances
                .iter()
                .filter(|f| f.holder.actor.as_deref() == Some(actor.id.as_str()))
                .filter(|f| {
                    mentions_query(&f.target.text, query)
                        || f.target
                            .actor
                            .as_deref()
                            .is_some_and(|a| mentions_query(a, query))
                })
                .collect();
            // Opposing a position that opposes the target is support for it, and so on.
            let effective = |f: &&StanceFinding| match f.position_of {
                Some(position) if f.stance == "oppose" => match position {
                    "support" => "oppose",
                    "oppose" => "support",
                    other => other,
                },
                Some(position) if f.stance == "support" => position,
                _ => f.stance,
            };
            let support = relevant.iter().any(|f| effective(f) == "support");
            let oppose = relevant.iter().any(|f| effective(f) == "oppose");
            let stance = match (support, oppose, relevant.is_empty()) {
                (_, _, true) => "none",
                (true, true, _) => "mixed",
                (true, false, _) => "support",
                (false, true, _) => "oppose",
                _ => "neutral",
            };
            out.push(PositionFinding {
                kind: "position",
                holder: Holder {
                    actor: Some(actor.id.clone()),
                    mention: actor
                        .mentions
                        .first()
                        .and_then(|m| doc.span(m.start, m.end).ok()),
                    name: actor.name.clone(),
                },
                query: query.clone(),
                stance,
                evidence: relevant.iter().map(|f| f.evidence.clone()).collect(),
            });
        }
    }
    out
}

analyze_sdk::export_analyzer!(Stance);

#[cfg(test)]
mod tests {
    use super::mentions_query;

    #[test]
    fn queries_match_other_words_for_them() {
        assert!(mentions_query(
            "a ceasefire before negotiations",
            "ceasefire"
        ));
        assert!(mentions_query("hostilities must cease first", "ceasefire"));
        assert!(mentions_query("a truce", "Ceasefire"));
        assert!(mentions_query("new tariffs on steel", "tariffs"));
        assert!(!mentions_query("the fire service", "ceasefire"));
        assert!(!mentions_query("hostilities continued", "ceasefire"));
    }
}
