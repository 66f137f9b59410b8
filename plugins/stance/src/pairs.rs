//! Stance between two actors of one sentence that no cue rule linked, guessed by the portrayal
//! model: the sentiment toward one actor, held by the other. By default only for reported
//! speech, where the holder is clear: the quotes plugin's speaker of a quote that names the other
//! actor, `…, X said`, or `X said/accused/claimed … Y`, at probability ≥ 0.7, and for the
//! subject that opens the sentence toward an actor in its clause, at ≥ 0.9; the agent of a
//! passive (`[A] was denied … by [B]`) toward its subject, at ≥ 0.5. A source of the news
//! (`according to X`) holds no guess, and whom a speaker told is neither speaker nor target. With
//! `pair_threshold` also for any pair (the earlier actor holds the stance) at that probability.
//! These findings carry `"via": "model"` and no cue.

use crate::lexicon::{HashSet, Label};
use crate::model::{argmax, Model};
use crate::rules::{any_prefix, Context, Holder, StanceFinding, Target, Word};

const REPORT: &[&str] = &[
    "accused",
    "claimed",
    "alleged",
    "described",
    "called",
    "argued",
    "suggested",
    "warned",
    "charged",
    "insisted",
    "stated",
    "declared",
    "believes",
    "believed",
    "thinks",
    "views",
];
/// A quoted or reported opinion about someone is a stance of the speaker: a lower threshold.
/// Chosen on `directed-sentiment/train.txt` (0.5 … 0.8; 0.7, 0.75 and 0.8 tie), a selection of
/// one setting, not training.
const SAID_THRESHOLD: f64 = 0.7;
/// The subject that opens the sentence, toward an actor later in its clause: only a confident
/// guess (chosen on the training split as above, among 0.5 … 0.95).
const SUBJECT_THRESHOLD: f64 = 0.9;
/// The agent of a passive toward its subject: the construction names the holder, so a lower
/// threshold (chosen on the training split among 0.4, 0.5, 0.6, 0.7, 0.9: 47.5, 47.5, 47.4,
/// 47.3, 47.1; 0.4 lets nearly every guess through).
const PASSIVE_THRESHOLD: f64 = 0.5;
const SAY: &[&str] = &[
    "said", "says", "told", "added", "wrote", "tweeted", "argued", "insisted",
];

pub fn run(
    ctx: &Context,
    sentence_words: &[Vec<Word>],
    threshold: f64,
    stances: &[StanceFinding],
) -> Vec<StanceFinding> {
    let mut out = Vec::new();
    let model = Model::get();
    let linked = Linked::new(stances);
    for (si, sentence) in ctx.doc.sentences().iter().enumerate() {
        // First mention of each actor in the sentence.
        // Mentions are sorted by start: those that start in the sentence, then by end.
        let from = ctx.mentions.partition_point(|m| m.start < sentence.start);
        let to = ctx.mentions.partition_point(|m| m.start < sentence.end);
        let starting = ctx.mentions.get(from..to.max(from)).unwrap_or(&[]);
        let in_sentence: Vec<&crate::rules::Mention> = starting
            .iter()
            .filter(|m| m.start >= sentence.start && m.end <= sentence.end)
            .collect();
        let mut firsts: Vec<&crate::rules::Mention> = Vec::new();
        for &m in &in_sentence {
            if !firsts.iter().any(|f| f.actor == m.actor) {
                firsts.push(m);
            }
        }
        if firsts.len() < 2 {
            continue;
        }
        let Some(ws) = sentence_words.get(si) else {
            continue;
        };
        // A guess needs some evaluative word in the sentence (VADER's, or a news connotation
        // word): a factual sentence (`confirmed a call between X and Y`) holds no stance
        // whatever the model says.
        let evaluative = ws.iter().any(|w| {
            crate::model::news_valence(&w.norm).is_some_and(|v| v.abs() >= 1.5)
                && !in_sentence
                    .iter()
                    .any(|m| m.start <= w.start && w.end <= m.end)
        });
        if !evaluative {
            continue;
        }
        // The model's view of the sentence, made for its first guess.
        let mut model_words = None;
        let mut pairs = 0;
        for (i, a) in firsts.iter().enumerate() {
            for b in firsts.iter().skip(i + 1) {
                if pairs >= 6 {
                    break;
                }
                pairs += 1;
                let (Some(actor_a), Some(actor_b)) =
                    (ctx.actors.get(a.actor), ctx.actors.get(b.actor))
                else {
                    continue;
                };
                if linked.contains(&actor_a.id, &actor_b.id) {
                    continue;
                }
                // Someone quoted about the other: the speaker holds the stance (the quotes
                // plugin's speakers first, then `…, X said`).
                let speaks = |speaker: &crate::rules::Mention, about: &crate::rules::Mention| {
                    ctx.quotes_over(about.start, about.end).any(|(q, _)| {
                        ctx.quotes.get(q).is_some_and(|q| {
                            q.speaker.actor.as_deref()
                                == ctx.actors.get(speaker.actor).map(|x| x.id.as_str())
                                || q.speaker
                                    .mention
                                    .as_ref()
                                    .is_some_and(|m| m.start < speaker.end && speaker.start < m.end)
                        })
                    })
                };
                // `X said/accused/told … Y`: X is the subject of a verb of saying before Y.
                let says_before = |h: &crate::rules::Mention, t: &crate::rules::Mention| {
                    h.end <= t.start
                        && ws
                            .iter()
                            .filter(|w| w.start >= h.end && w.end <= t.start)
                            .take(4)
                            .any(|w| SAY.contains(&&*w.norm) || REPORT.contains(&&*w.norm))
                };
                // `[A] was accused of fraud by [B]`, `[A] was targeted by angry [B] fans`: the
                // subject of a passive undergoes the act of the agent, so the stance runs from
                // the agent to it.
                let patient = passive_patient(ws, a, b);
                let (holder, target, said) = if speaks(b, a) {
                    (b, a, true)
                } else if speaks(a, b) {
                    (a, b, true)
                } else if said_by(ws, b.start, b.end) && !said_by(ws, a.start, a.end) {
                    (b, a, true)
                } else if patient {
                    (b, a, false)
                } else {
                    (a, b, says_before(a, b))
                };
                // `…, according to the sheriff's office`, `…, Reuters reported`: a source of
                // the news, not someone who judges it; `X told Reuters`: whom X spoke to is no
                // target of X's.
                if news_source(ws, holder) || told(ws, target) {
                    continue;
                }
                // `"one member chose to protect its allies," she said`: a generic or unnamed
                // subject of the quote acts on the target, not the speaker.
                let unnamed_subject = said
                    && ctx.quotes_over(target.start, target.end).any(|(q, c)| {
                        ctx.quotes
                            .get(q)
                            .and_then(|q| q.content.get(c))
                            .is_some_and(|r| {
                                crate::rules::generic_subject(ws, r.start, target.start)
                            })
                    });
                if unnamed_subject {
                    continue;
                }
                // `X stopped short of blaming Y`: X holds back from a stance on Y.
                let (first, last) = if holder.start < target.start {
                    (holder, target)
                } else {
                    (target, holder)
                };
                let held_back = ws.iter().enumerate().any(|(k, w)| {
                    w.start >= first.end
                        && w.end <= last.start
                        && crate::rules::stops_short_at(ws, k)
                });
                if held_back {
                    continue;
                }
                // `X denied that Y was siding with Z`, `X rejected claims that Y …`: the clause
                // is what X denies, no view X holds of its subject.
                if holder.start < target.start && denied_clause(ws, holder.end, target.start) {
                    continue;
                }
                let threshold = if said {
                    threshold.min(SAID_THRESHOLD)
                } else if patient {
                    threshold.min(PASSIVE_THRESHOLD)
                } else if subject_of_clause(ws, sentence.start, holder, target) {
                    threshold.min(SUBJECT_THRESHOLD)
                } else {
                    threshold
                };
                if threshold > 1.0 {
                    continue;
                }
                let words = model_words.get_or_insert_with(|| crate::model::model_words(ws));
                let probs = model.predict_words(words, target.start..target.end);
                let (label, p) = argmax(&probs);
                if label == 1 || p < threshold {
                    continue;
                }
                let (Ok(h_span), Ok(t_span), Ok(evidence)) = (
                    ctx.doc.span(holder.start, holder.end),
                    ctx.doc.span(target.start, target.end),
                    ctx.doc.span(sentence.start, sentence.end),
                ) else {
                    continue;
                };
                let (h_actor, t_actor) =
                    (ctx.actors.get(holder.actor), ctx.actors.get(target.actor));
                let holder = Holder {
                    actor: h_actor.map(|x| x.id.clone()),
                    mention: Some(h_span),
                    name: h_actor.map(|x| x.name.clone()).unwrap_or_default(),
                };
                let target = Target {
                    actor: t_actor.map(|x| x.id.clone()),
                    text: t_span.text.clone(),
                    span: t_span,
                };
                let label = if label == 2 {
                    Label::Support
                } else {
                    Label::Oppose
                };
                // A guess counts half: its score is half the model's probability.
                out.push(StanceFinding::new(
                    holder,
                    target,
                    label,
                    p / 2.0,
                    None,
                    &evidence,
                    "model",
                    si,
                ));
            }
        }
    }
    out
}

/// The pairs of actors that a rule finding already links (as holder and target, either way).
struct Linked<'a> {
    /// Each finding's two actor ids, the smaller first.
    pairs: HashSet<(&'a str, &'a str)>,
    /// Every actor id of a holder or a target: an actor is linked to itself by any finding of
    /// it (two actors can share an id).
    ids: HashSet<&'a str>,
}

impl<'a> Linked<'a> {
    fn new(stances: &'a [StanceFinding]) -> Linked<'a> {
        let mut linked = Linked {
            pairs: HashSet::default(),
            ids: HashSet::default(),
        };
        for f in stances {
            let (h, t) = (f.holder.actor.as_deref(), f.target.actor.as_deref());
            linked.ids.extend(h);
            linked.ids.extend(t);
            if let (Some(h), Some(t)) = (h, t) {
                linked.pairs.insert((h.min(t), h.max(t)));
            }
        }
        linked
    }

    /// Whether some finding's holder and target are the actors `a` and `b`.
    fn contains(&self, a: &str, b: &str) -> bool {
        if a == b {
            self.ids.contains(a)
        } else {
            self.pairs.contains(&(a.min(b), a.max(b)))
        }
    }
}

/// Stems of the verbs that deny or dismiss what follows them (`denied that`, `rejected claims
/// that`, `refuting suggestions that`), matched by prefix as the cue rules match their stems.
const DENIALS: &[&str] = &["deni", "deny", "reject", "dismiss", "refut", "disput"];

/// Whether the words between `start` and `end` hold a denied clause: `that` after a denial
/// verb, at most two words (`claims`, `the suggestion`) between them.
pub(crate) fn denied_clause(ws: &[Word], start: usize, end: usize) -> bool {
    let between: Vec<&Word> = ws
        .iter()
        .filter(|w| w.start >= start && w.end <= end)
        .collect();
    between.iter().enumerate().any(|(k, w)| {
        w.norm == "that"
            && between
                .get(k.saturating_sub(3)..k)
                .is_some_and(|ps| ps.iter().any(|p| any_prefix(DENIALS, &p.norm)))
    })
}

/// Words that end the holder's clause before the target: the target is no longer in it.
pub(crate) const CLAUSE_BREAKS: &[&str] =
    &[";", ":", "but", "while", "whereas", "although", "though"];

/// `holder` opens the sentence, so it is the subject of the main verb (allowing a word or two
/// before it, `The X administration`, was worse on the training split), and `target` comes
/// after it in the same clause.
fn subject_of_clause(
    ws: &[Word],
    sentence_start: usize,
    holder: &crate::rules::Mention,
    target: &crate::rules::Mention,
) -> bool {
    let before = ws
        .iter()
        .filter(|w| w.start >= sentence_start && w.end <= holder.start)
        .count();
    if before > 0 || holder.end > target.start {
        return false;
    }
    let between: Vec<&Word> = ws
        .iter()
        .filter(|w| w.start >= holder.end && w.end <= target.start)
        .collect();
    between.len() <= 15 && !between.iter().any(|w| CLAUSE_BREAKS.contains(&&*w.norm))
}

/// Whether the words at `start..end` are a speaker right after or before a verb of saying
/// (`X said`, `said X`).
fn said_by(ws: &[Word], start: usize, end: usize) -> bool {
    let before = ws
        .iter()
        .rposition(|w| w.end <= start)
        .and_then(|i| ws.get(i));
    let after = ws
        .iter()
        .position(|w| w.start >= end)
        .and_then(|i| ws.get(i));
    // `told X` names the one spoken to (`told Reuters`), not the speaker.
    before.is_some_and(|w| SAY.contains(&&*w.norm) && w.norm != "told")
        || after.is_some_and(|w| SAY.contains(&&*w.norm))
}

/// Whether `m` is the one spoken to: `told [the] m`, `tells m`.
fn told(ws: &[Word], m: &crate::rules::Mention) -> bool {
    ws.iter()
        .rev()
        .filter(|w| w.end <= m.start)
        .find(|w| w.norm != "the")
        .is_some_and(|w| matches!(w.norm.as_ref(), "told" | "tells"))
}

/// Whether `m` is named as the source of the news: `according to [the] (…) m`, or `m
/// (has) reported`.
fn news_source(ws: &[Word], m: &crate::rules::Mention) -> bool {
    let before: Vec<&Word> = ws.iter().filter(|w| w.end <= m.start).collect();
    let according = before
        .iter()
        .rev()
        .take(5)
        .take_while(|w| w.norm != "," && w.norm != ".")
        .collect::<Vec<_>>()
        .windows(2)
        .any(|p| matches!(p, [to, according] if to.norm == "to" && according.norm == "according"));
    let reported = ws
        .iter()
        .filter(|w| w.start >= m.end)
        .take(2)
        .find(|w| !matches!(w.norm.as_ref(), "has" | "had" | "s" | "'s"))
        .is_some_and(|w| matches!(w.norm.as_ref(), "reported" | "reports"));
    according || reported
}

/// Words that may stand between a subject and its passive participle (`has also been`,
/// `was reportedly`).
const PASSIVE_FILLERS: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "also",
    "now",
    "already",
    "since",
    "long",
    "repeatedly",
    "not",
    "never",
    "then",
];
const PASSIVE_BE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];
/// Past participles that do not end in `-ed`, of verbs news uses of what is done to someone.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "hit",
    "beaten",
    "shot",
    "taken",
    "held",
    "given",
    "sold",
    "caught",
    "told",
    "thrown",
    "struck",
    "brought",
    "sent",
    "sought",
    "overthrown",
    "bitten",
    "stung",
    "forgiven",
    "chosen",
    "driven",
    "won",
    "slain",
    "hurt",
    "upheld",
    "withheld",
    "forbidden",
];

/// Whether `agent` is the agent of a passive whose subject is `subject` (`[A] was denied … by
/// [B]`); not when A is itself an agent (`The levy proposed by [A] was rejected by [B]`: the levy
/// is the subject).
fn passive_patient(
    ws: &[Word],
    subject: &crate::rules::Mention,
    agent: &crate::rules::Mention,
) -> bool {
    agent_of_passive(ws, agent)
        && !agent_of_passive(ws, subject)
        && passive_between(ws, subject, agent)
}

/// Whether a passive verb comes after `subject` and before `agent` in one clause (`X was
/// accused`, `X has been widely criticised`, `X, who was denied … by`).
fn passive_between(
    ws: &[Word],
    subject: &crate::rules::Mention,
    agent: &crate::rules::Mention,
) -> bool {
    let between: Vec<&Word> = ws
        .iter()
        .filter(|w| w.start >= subject.end && w.end <= agent.start)
        .collect();
    if between.len() > 15 || between.iter().any(|w| CLAUSE_BREAKS.contains(&&*w.norm)) {
        return false;
    }
    between.iter().enumerate().any(|(k, w)| {
        PASSIVE_BE.contains(&&*w.norm)
            && between
                .iter()
                .skip(k + 1)
                .find(|n| {
                    !(PASSIVE_BE.contains(&&*n.norm)
                        || PASSIVE_FILLERS.contains(&&*n.norm)
                        || (n.norm.len() > 4 && n.norm.ends_with("ly")))
                })
                .is_some_and(|n| {
                    n.norm.chars().all(char::is_alphabetic)
                        && ((n.norm.len() > 3 && n.norm.ends_with("ed"))
                            || IRREGULAR_PARTICIPLES.contains(&&*n.norm))
                })
    })
}

/// Whether `agent` is named in the `by` phrase of a passive (`by [B]`, `by angry [B] fans`,
/// `by the actor [B]`): `by` at most four words before it.
fn agent_of_passive(ws: &[Word], agent: &crate::rules::Mention) -> bool {
    let Some(at) = ws.iter().rposition(|w| w.end <= agent.start) else {
        return false;
    };
    ws.iter()
        .take(at + 1)
        .rev()
        .take(4)
        .take_while(|w| w.norm != "," && w.norm != "and")
        .any(|w| w.norm == "by")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{lowered, words, Mention, Word};
    use analyze_sdk::prelude::Document;

    /// Runs `check` on the words of `text` and the mentions of the first occurrence of each
    /// name, the actor being the name's index.
    fn on_mentions(
        text: &str,
        names: &[&str],
        check: impl Fn(&[Word], &[Mention]) -> bool,
    ) -> bool {
        let doc = Document::new("t", text);
        let lower = lowered(&doc.text);
        let ws = words(&doc, &lower, 0..doc.text.len());
        let mentions: Vec<Mention> = names
            .iter()
            .enumerate()
            .map(|(actor, name)| {
                let start = text.find(name).unwrap_or(0);
                Mention {
                    start,
                    end: start + name.len(),
                    actor,
                }
            })
            .collect();
        check(&ws, &mentions)
    }

    /// Whether the passive swap applies to the first and second occurrence of `a` and `b`.
    fn swapped(text: &str, a: &str, b: &str) -> bool {
        on_mentions(text, &[a, b], |ws, m| passive_patient(ws, &m[0], &m[1]))
    }

    /// Whether the first occurrence of `name` in `text` is named as a source of the news.
    fn source(text: &str, name: &str) -> bool {
        on_mentions(text, &[name], |ws, m| news_source(ws, &m[0]))
    }

    #[test]
    fn a_denial_verb_in_any_form_opens_a_denied_clause() {
        let denied = |text: &str| {
            on_mentions(text, &["Ames", "Bryce"], |ws, m| {
                denied_clause(ws, m[0].end, m[1].start)
            })
        };
        assert!(denied("Ames denied that Bryce sided with them."));
        assert!(denied(
            "Ames is refuting claims that Bryce sided with them."
        ));
        assert!(denied(
            "Ames, rejecting the idea that Bryce sided with them, left."
        ));
        assert!(!denied("Ames said that Bryce sided with them."));
        assert!(!denied(
            "Ames rejected the plan, saying that Bryce sided with them."
        ));
    }

    #[test]
    fn the_one_told_is_no_speaker() {
        let speaker = |text: &str, name: &str| {
            on_mentions(text, &[name], |ws, m| said_by(ws, m[0].start, m[0].end))
        };
        assert!(speaker("The plan is a disgrace, said Smith.", "Smith"));
        assert!(speaker(
            "The plan is a disgrace, Smith told reporters.",
            "Smith"
        ));
        assert!(!speaker(
            "The plan is a disgrace, he told Reuters.",
            "Reuters"
        ));
        let addressee =
            |text: &str, name: &str| on_mentions(text, &[name], |ws, m| told(ws, &m[0]));
        assert!(addressee(
            "Smith told the BBC the plan was a disgrace.",
            "BBC"
        ));
        assert!(addressee(
            "Smith tells Reuters the plan was a disgrace.",
            "Reuters"
        ));
        assert!(!addressee(
            "Smith told reporters the BBC was biased.",
            "BBC"
        ));
    }

    #[test]
    fn a_source_of_the_news_holds_no_stance() {
        assert!(source(
            "Marsh was charged with fraud, according to the Ohio Attorney General.",
            "Ohio Attorney"
        ));
        assert!(source(
            "Chile has halted exports of copper wire, Reuters has reported.",
            "Reuters"
        ));
        assert!(!source(
            "Marsh was charged with fraud, the prosecutor Smith said.",
            "Smith"
        ));
        // `according to` of an earlier clause does not reach past a comma.
        assert!(!source(
            "According to the police, Smith denounced Jones.",
            "Smith"
        ));
    }

    #[test]
    fn the_agent_of_a_passive_holds_the_stance() {
        assert!(swapped(
            "Okafor was refused a licence by the Harbour Board in 2011.",
            "Okafor",
            "Harbour Board",
        ));
        assert!(swapped(
            "Dunmore, who had just signed, was jeered by angry Wanderers fans.",
            "Dunmore",
            "Wanderers",
        ));
        assert!(swapped(
            "Jenson has also been charged by the SEC.",
            "Jenson",
            "SEC"
        ));
        // An active verb, or a `by` that is no agent of a passive of the subject.
        assert!(!swapped(
            "The levy proposed by Smith was rejected by Jones.",
            "Smith",
            "Jones"
        ));
        assert!(!swapped(
            "Smith criticised the plan backed by Jones.",
            "Smith",
            "Jones"
        ));
        assert!(!swapped(
            "Smith was accused of fraud, and Jones was cleared.",
            "Smith",
            "Jones"
        ));
        assert!(!swapped(
            "Smith was praised, but the plan was drafted by Jones.",
            "Smith",
            "Jones"
        ));
        assert!(!swapped(
            "Smith was sued in a court run by Jones and his allies.",
            "Smith",
            "allies"
        ));
    }
}
