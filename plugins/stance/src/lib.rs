//! The `stance` plugin: who supports or opposes what, and how actors come across, with the words that show it.
//!
//! Findings (see `docs/evaluation/stance.md` and the report spec):
//! - `{"type": "stance", "holder", "target", "stance", "score", "cue", "evidence", "via"}`: `score`
//!   is signed, positive for support and negative for opposition, its size the strength of the cue
//!   after negation (flips, ×0.6), hedges (×0.7) and intensifiers (×1.25, at most 1).
//! - `{"type": "tone", "holder", "tone", "cue", "evidence"}`.
//! - With `targets` in the settings, the stance findings of actors on a target carry `"query":
//!   ["ceasefire", …]` (the targets they count for) and `"query_stance"` (their stance on those
//!   targets once a position pointed back to is resolved: opposing a position against the
//!   ceasefire supports it). The Markdown table "Positions on the given targets" sums them up
//!   per actor and target: `support`, `oppose`, `mixed`, `neutral` or `none` (no stance found).
//! - Stance findings with `"via": "model"` and `"cue": null` are the model's guesses for reported
//!   speech and for the subject that opens a sentence (`pair_model`, on by default; see `pairs`).
//! - With `portrayal = true`, one stance finding per actor mention held by the article itself
//!   (`{"actor": null, "mention": null, "name": "the article"}`, `"cue": null`, `"via":
//!   "portrayal"`): how the sentence portrays the actor (a small logistic regression trained on
//!   NewsMTSC), with `sentiment` and `probability` as the model gave them.
//!
//! Every finding has `"type": "stance"` or `"type": "tone"` (the public report contract).

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

/// One actor's position on one of the given targets, for the Markdown table.
#[derive(Debug)]
struct Position {
    name: String,
    stance: &'static str,
}

/// A stance finding, with the given targets it counts for.
#[derive(Debug, Serialize)]
struct QueriedStance {
    #[serde(flatten)]
    finding: StanceFinding,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    query: Vec<String>,
    /// The stance on the queries: `stance`, unless the target is a position pointed back to.
    #[serde(skip_serializing_if = "Option::is_none")]
    query_stance: Option<&'static str>,
}

/// How a sentence portrays an actor, as a stance of the article on the actor.
#[derive(Debug, Serialize)]
struct PortrayalFinding {
    #[serde(rename = "type")]
    kind: &'static str,
    holder: Holder,
    target: Target,
    stance: &'static str,
    /// The model's probability of its sentiment, signed like a stance (0 for neutral).
    score: f64,
    cue: Option<Span>,
    evidence: Span,
    via: &'static str,
    sentiment: &'static str,
    probability: f64,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum Finding {
    Stance(QueriedStance),
    Tone(ToneFinding),
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

        let (positions, queries) = positions(&settings.targets, &actors, &found.stances);
        if !positions.is_empty() {
            let mut columns = vec!["Actor".to_owned()];
            columns.extend(settings.targets.iter().cloned());
            let mut rows = Vec::new();
            for chunk in positions.chunks(settings.targets.len().max(1)) {
                let Some(first) = chunk.first() else { continue };
                let mut row = vec![Cell::from(first.name.clone())];
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
                let sentiment = model::LABELS.get(label).copied().unwrap_or("neutral");
                let (stance, sign) = match sentiment {
                    "positive" => ("support", 1.0),
                    "negative" => ("oppose", -1.0),
                    _ => ("neutral", 0.0),
                };
                let probability = (p * 100.0).round() / 100.0;
                portrayals.push(PortrayalFinding {
                    kind: "stance",
                    holder: Holder {
                        actor: None,
                        mention: None,
                        name: "the article".into(),
                    },
                    target: Target {
                        actor: actors.get(m.actor).map(|a| a.id.clone()),
                        text: span.text.clone(),
                        span,
                    },
                    stance,
                    score: sign * probability,
                    cue: None,
                    evidence,
                    via: "portrayal",
                    sentiment,
                    probability,
                });
            }
        }

        let mut findings: Vec<Finding> = Vec::new();
        findings.extend(found.stances.into_iter().zip(queries).map(
            |(finding, (query, query_stance))| {
                Finding::Stance(QueriedStance {
                    finding,
                    query,
                    query_stance,
                })
            },
        ));
        findings.extend(found.tones.into_iter().map(Finding::Tone));
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
    lexicon::Lexicon::get()
        .queries
        .iter()
        .filter(|(q, _)| *q == query)
        .any(|(_, variant)| {
            variant.iter().all(|v| match v.strip_suffix('*') {
                Some(stem) => words.iter().any(|w| w.starts_with(stem)),
                None => words.contains(&v.as_str()),
            })
        })
}

/// Each actor's position on each target (actors in order, then targets), and for each stance
/// finding the targets it counts for with its stance on them.
#[allow(clippy::type_complexity)]
fn positions(
    targets: &[String],
    actors: &[input::Known],
    stances: &[StanceFinding],
) -> (Vec<Position>, Vec<(Vec<String>, Option<&'static str>)>) {
    let mut out = Vec::new();
    let mut queries: Vec<(Vec<String>, Option<&'static str>)> =
        vec![(Vec::new(), None); stances.len()];
    if targets.is_empty() {
        return (out, queries);
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
            let relevant: Vec<(usize, &StanceFinding)> = stances
                .iter()
                .enumerate()
                .filter(|(_, f)| f.holder.actor.as_deref() == Some(actor.id.as_str()))
                .filter(|(_, f)| {
                    mentions_query(&f.target.text, query)
                        || f.target
                            .actor
                            .as_deref()
                            .is_some_and(|a| mentions_query(a, query))
                })
                .collect();
            // Opposing a position that opposes the target is support for it, and so on.
            let effective = |f: &StanceFinding| match f.position_of {
                Some(position) if f.stance == "oppose" => match position {
                    "support" => "oppose",
                    "oppose" => "support",
                    other => other,
                },
                Some(position) if f.stance == "support" => position,
                _ => f.stance,
            };
            for (i, f) in &relevant {
                if let Some((query_list, query_stance)) = queries.get_mut(*i) {
                    if !query_list.contains(query) {
                        query_list.push(query.clone());
                    }
                    *query_stance = Some(effective(f));
                }
            }
            let support = relevant.iter().any(|(_, f)| effective(f) == "support");
            let oppose = relevant.iter().any(|(_, f)| effective(f) == "oppose");
            let stance = match (support, oppose, relevant.is_empty()) {
                (_, _, true) => "none",
                (true, true, _) => "mixed",
                (true, false, _) => "support",
                (false, true, _) => "oppose",
                _ => "neutral",
            };
            out.push(Position {
                name: actor.name.clone(),
                stance,
            });
        }
    }
    (out, queries)
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
