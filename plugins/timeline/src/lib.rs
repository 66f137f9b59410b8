//! The `timeline` plugin: time expressions resolved against the publication date, and the events
//! ordered in time.
//!
//! Time expressions follow the TimeML TIMEX3 scheme (`DATE`, `TIME`, `DURATION`, `SET`) with
//! normalised values (`2025-08-18`, `2025-W34`, `P10D`, `PAST_REF`). Relative expressions are
//! resolved against the publication date and the tense of their sentence; without a publication
//! date they stay underspecified (`XXXX-XX-XX`). Events are trigger words from a lexicon
//! (`data/events.txt`), with the actors mentioned in their clause, a modality (actual, planned,
//! hypothetical, negated) and a time that is stated, inferred or unknown. The renderer writes these findings as TimeML
//! (`analyze --format timeml`) for TempEval-style scorers.

mod calendar;
mod events;
mod expr;
mod lexicon;

use analyze_sdk::prelude::*;
use events::Modality;
use lexicon::{FxBuild, Lexicon};
use serde::{Deserialize, Serialize};
// The fixed words of a finding (`DATE`, `before`, `planned`) are borrowed, not allocated per
// expression and event.
use std::borrow::Cow;

/// The plugin's findings, per the `timeline` section of the report JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct TimelineFindings {
    pub expressions: Vec<Expression>,
    /// In chronological order.
    pub events: Vec<TimedEvent>,
}

/// A TIMEX3 time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expression {
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    #[serde(rename = "type")]
    pub kind: Cow<'static, str>,
    pub value: String,
    /// TimeML `mod`: `START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`, `ON_OR_BEFORE`.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The ends of a stated range that `value` leaves vague: `two to three years` is `PXY` in
    /// TimeML, from `min` `P2Y` to `max` `P3Y`; `six to nine months from now` is `FUTURE_REF`,
    /// from `2025-09` to `2025-12`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimedEvent {
    pub trigger: Span,
    pub summary: String,
    pub actors: Vec<String>,
    pub when: When,
    /// `before`, `overlaps`, `after` or `unknown`, relative to the publication date.
    pub relation: Cow<'static, str>,
    /// `actual`, `planned`, `hypothetical` or `negated`. Planned and hypothetical events are
    /// never dated as facts: their `when` is the stated plan or only a bound.
    pub modality: Cow<'static, str>,
    /// Whether the event is planned (the `modality` is `planned`).
    pub planned: bool,
    /// Index of a duration expression describing the event (`a 40-minute call`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    pub start: Option<String>,
    pub end: Option<String>,
    /// Index into `expressions` of the expression that states the time.
    pub expression: Option<usize>,
    /// `stated`, `inferred` or `unknown`.
    pub certainty: Cow<'static, str>,
}

/// What the timeline reads of an actor from the `actors` plugin: its id, name and where it is
/// mentioned (the rest of the actor record is skipped when the findings are read).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ActorRef {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub mentions: Vec<ByteRange>,
}

/// The offsets of a mention.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
pub struct ByteRange {
    pub start: usize,
    pub end: usize,
}

impl From<&Actor> for ActorRef {
    fn from(actor: &Actor) -> ActorRef {
        ActorRef {
            id: actor.id.clone(),
            name: actor.name.clone(),
            mentions: actor
                .mentions
                .iter()
                .map(|m| ByteRange {
                    start: m.start,
                    end: m.end,
                })
                .collect(),
        }
    }
}

#[derive(Default)]
pub struct Timeline {
    lexicon: Lexicon,
}

impl Timeline {
    /// Analyzes a document with the given actors (possibly none).
    pub fn findings(&self, doc: &Document, actors: &[Actor]) -> TimelineFindings {
        let actors: Vec<ActorRef> = actors.iter().map(ActorRef::from).collect();
        self.findings_with(doc, &actors)
    }

    fn findings_with(&self, doc: &Document, actors: &[ActorRef]) -> TimelineFindings {
        let lower = expr::lowercase(doc);
        let ws = expr::words(doc, &lower);
        let anns = self.lexicon.annotate(&ws);
        let cues: Vec<Option<bool>> = anns.iter().map(|a| a.tense).collect();
        let exprs = expr::find(doc, &ws, &cues);
        let (mut evs, order) = events::find(doc, &ws, &anns, &cues, &exprs, actors);
        events::sort(&mut evs, &order);
        let text = doc.text.as_str();
        let expressions = exprs
            .iter()
            .filter_map(|e| {
                Some(Expression {
                    span: Span::new(text, e.start, e.end).ok()?,
                    kind: Cow::Borrowed(e.ty.as_str()),
                    value: e.value.clone(),
                    modifier: e.modifier.map(str::to_owned),
                    min: e.range.as_ref().map(|r| r.0.clone()),
                    max: e.range.as_ref().map(|r| r.1.clone()),
                })
            })
            .collect();
        let events = evs
            .into_iter()
            .filter_map(|e| {
                let relation = Cow::Borrowed(e.relation(doc.date));
                Some(TimedEvent {
                    trigger: Span::new(text, e.start_byte, e.end_byte).ok()?,
                    summary: e.summary,
                    actors: e.actors,
                    when: When {
                        start: e.start.map(calendar::day),
                        end: e.end.map(calendar::day),
                        expression: e.expression,
                        certainty: Cow::Borrowed(e.certainty.as_str()),
                    },
                    relation,
                    modality: Cow::Borrowed(e.modality.as_str()),
                    planned: e.modality == Modality::Planned,
                    duration: e.duration,
                })
            })
            .collect();
        TimelineFindings {
            expressions,
            events,
        }
    }
}

/// How to show an event's time: `Mon 18 Aug 2025`, `before 2025-08-18`, `after 2025-08-18 (planned)`.
/// A plan in a stated period (`next month`, `the second half of next year`) shows the period; a
/// plan with a stated deadline (`within ten days`, `by the end of the year`) shows `by` its end.
fn when_label(e: &TimedEvent, expressions: &[Expression]) -> Option<String> {
    let w = &e.when;
    let tail = match &*e.modality {
        "planned" => " (planned)",
        "hypothetical" => " (hypothetical)",
        // A date carried from the sentence or paragraph before, not stated for the event:
        // said so, as a reader could otherwise take it for the event's own.
        _ if w.certainty == "inferred" && w.start.is_some() && w.end.is_some() => " (inferred)",
        _ => "",
    };
    let label = match (&w.start, &w.end) {
        (Some(s), Some(en)) if s == en => calendar::label(s),
        (Some(_), Some(en))
            if e.modality == "planned"
                && w.expression
                    .and_then(|k| expressions.get(k))
                    .is_some_and(|x| {
                        x.kind == "DURATION" || x.modifier.as_deref() == Some("ON_OR_BEFORE")
                    }) =>
        {
            format!("by {en}")
        }
        (Some(s), Some(en)) => format!("{s} to {en}"),
        (None, Some(en)) => format!("before {en}"),
        (Some(s), None) => format!("after {s}"),
        (None, None) => return None,
    };
    Some(format!("{label}{tail}"))
}

/// The sortable date of an event for the timeline block.
fn sort_date(e: &TimedEvent) -> Option<String> {
    e.when.start.clone().or_else(|| e.when.end.clone())
}

impl Analyzer for Timeline {
    fn info(&self) -> Info {
        Info::new("timeline", env!("CARGO_PKG_VERSION"), "Time expressions resolved against the publication date, and the events ordered in time")
            .requires(&["actors"])
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        input.no_settings()?;
        // A missing or unreadable actor list leaves the events without actors.
        let actors: Vec<ActorRef> = input.prior("actors").unwrap_or_default();
        let findings = self.findings_with(input.document, &actors);
        let actor_names: std::collections::HashMap<&str, &str, FxBuild> = actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        // One item per clause and date: the events of one clause (`returned … for talks`) share
        // its summary, so they are listed together (`returned, talks: …`) instead of repeating
        // the clause for each. The triggers lead the label, so no evidence span is added.
        let mut items: Vec<DatedItem> = Vec::new();
        // Per item: its clause summary and the names of its actors, joined in at the end.
        let mut parts: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut index: std::collections::HashMap<(Option<String>, &str), usize, FxBuild> =
            std::collections::HashMap::default();
        for e in findings
            .events
            .iter()
            // The timeline shows what happened or is planned when: negated and undated events
            // stay in the findings (and the TimeML export) only.
            .filter(|e| e.modality != "negated" && (e.when.start.is_some() || e.when.end.is_some()))
        {
            let when = when_label(e, &findings.expressions);
            let people_of_event = e
                .actors
                .iter()
                .filter_map(|id| actor_names.get(id.as_str()).copied());
            match index.get(&(when.clone(), e.summary.as_str())) {
                Some(&k) => {
                    if let (Some(item), Some((_, people))) = (items.get_mut(k), parts.get_mut(k)) {
                        if !item.label.split(", ").any(|t| t == e.trigger.text) {
                            item.label.push_str(", ");
                            item.label.push_str(&e.trigger.text);
                        }
                        for person in people_of_event {
                            if !people.contains(&person) {
                                people.push(person);
                            }
                        }
                    }
                }
                None => {
                    index.insert((when.clone(), e.summary.as_str()), items.len());
                    items.push(DatedItem {
                        date: sort_date(e),
                        when,
                        label: e.trigger.text.clone(),
                        evidence: None,
                    });
                    parts.push((e.summary.as_str(), people_of_event.collect()));
                }
            }
        }
        for (item, (summary, people)) in items.iter_mut().zip(&parts) {
            item.label.push_str(": ");
            item.label.push_str(summary);
            if !people.is_empty() {
                item.label.push_str(" (");
                item.label.push_str(&people.join(", "));
                item.label.push(')');
            }
        }
        let rows = findings
            .expressions
            .iter()
            .map(|x| {
                vec![
                    Cell::Span(x.span.clone()),
                    Cell::from(x.kind.to_string()),
                    Cell::from(readable_value(
                        &x.value,
                        x.modifier.as_deref(),
                        x.min.as_deref().zip(x.max.as_deref()),
                    )),
                ]
            })
            .collect();
        let output = Output::new(&findings)?
            .block(Block::Timeline {
                title: Some("Timeline".into()),
                items,
            })
            .block(Block::Table {
                title: Some("Time expressions".into()),
                columns: vec!["Expression".into(), "Type".into(), "Value".into()],
                rows,
            });
        Ok(output)
    }
}

/// The TIMEX3 value as the table shows it: with its modifier (`2027 (end)` for `the end of
/// 2027`), a decade or century spelled out (`199 (the 1990s)`) and an unstated count said
/// (`PXY (some years)`), so that a reader does not take them for a year or a typo.
fn readable_value(value: &str, modifier: Option<&str>, range: Option<(&str, &str)>) -> String {
    let mut out = value.to_owned();
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    if let Some((min, max)) = range {
        // `two to three years`: the stated ends (`PXY (P2Y to P3Y)`)
        out.push_str(&format!(" ({min} to {max})"));
    } else if digits && value.len() == 3 {
        out.push_str(&format!(" (the {value}0s)"));
    } else if digits && value.len() == 2 {
        out.push_str(&format!(" (the {value}00s)"));
    } else if let Some(unit) = value
        .strip_prefix("PTX")
        .or_else(|| value.strip_prefix("PX"))
    {
        let time = value.starts_with("PT");
        let word = match unit {
            "Y" => "years",
            "M" if time => "minutes",
            "M" => "months",
            "W" => "weeks",
            "D" => "days",
            "H" => "hours",
            "S" => "seconds",
            "WE" => "weekends",
            "Q" => "quarters",
            "DE" | "E" => "decades",
            "CE" | "C" => "centuries",
            _ => "",
        };
        if !word.is_empty() {
            out.push_str(&format!(" (some {word})"));
        }
    }
    // `within ten days` (`P10D`, `ON_OR_BEFORE`): the span's own end, nothing to add
    let span_end = value.starts_with('P') && modifier == Some("ON_OR_BEFORE");
    if let Some(m) = modifier.filter(|_| !span_end) {
        out.push_str(&format!(" ({})", m.to_lowercase().replace('_', " ")));
    }
    out
}

analyze_sdk::export_analyzer!(Timeline);

#[cfg(test)]
mod labels {
    use super::*;

    #[test]
    fn table_values_show_their_modifier_decade_and_vague_count() {
        assert_eq!(readable_value("2027", Some("END"), None), "2027 (end)");
        assert_eq!(readable_value("199", None, None), "199 (the 1990s)");
        assert_eq!(readable_value("PXY", None, None), "PXY (some years)");
        assert_eq!(readable_value("PTXH", None, None), "PTXH (some hours)");
        assert_eq!(readable_value("P3M", Some("ON_OR_BEFORE"), None), "P3M");
        assert_eq!(
            readable_value("P200Y", Some("MORE_THAN"), None),
            "P200Y (more than)"
        );
        assert_eq!(
            readable_value("2025-06", Some("MID"), None),
            "2025-06 (mid)"
        );
        assert_eq!(readable_value("2026-03-04", None, None), "2026-03-04");
    }

    fn planned(start: &str, end: &str, kind: &str, modifier: Option<&str>) -> String {
        let x: Expression = serde_json::from_value(serde_json::json!({
            "span": {"start": 0, "end": 1, "text": "x"},
            "type": kind,
            "value": "x",
            "mod": modifier,
        }))
        .expect("expression");
        let e: TimedEvent = serde_json::from_value(serde_json::json!({
            "trigger": {"start": 0, "end": 1, "text": "x"},
            "summary": "x",
            "actors": [],
            "when": {"start": start, "end": end, "expression": 0, "certainty": "stated"},
            "relation": "after",
            "modality": "planned",
            "planned": true,
        }))
        .expect("event");
        when_label(&e, &[x]).unwrap_or_default()
    }

    #[test]
    fn a_plan_in_a_period_shows_the_period_and_a_deadline_shows_by() {
        // `results in the second half of next year`, `talks next month`
        assert_eq!(
            planned("2027-07-01", "2027-12-31", "DATE", None),
            "2027-07-01 to 2027-12-31 (planned)"
        );
        // `within ten days`, `by the end of the year`
        assert_eq!(
            planned("2026-03-04", "2026-03-14", "DURATION", None),
            "by 2026-03-14 (planned)"
        );
        assert_eq!(
            planned("2026-03-04", "2026-12-31", "DATE", Some("ON_OR_BEFORE")),
            "by 2026-12-31 (planned)"
        );
    }
}

#[cfg(test)]
mod timing {
    use super::*;
    use std::time::Instant;

    /// Where the time goes: `cargo test --release -p analyze-plugin-timeline --lib timing -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn stages() {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/timebank/AQUAINT"
        );
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut texts = Vec::new();
        for entry in entries.flatten() {
            let raw = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let body = raw
                .split("<TEXT>")
                .nth(1)
                .and_then(|b| b.split("</TEXT>").next())
                .unwrap_or("");
            let mut text = String::new();
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            texts.push(text);
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        let lex = Lexicon::default();
        let date = "1998-08-07".parse().ok();
        let mut best = [f64::MAX; 5];
        for _ in 0..15 {
            let mut t = [0.0; 5];
            for text in &texts {
                let mut doc = Document::new("t", text.as_str());
                doc.date = date;
                let a = Instant::now();
                let _ = (doc.tokens().len(), doc.sentences().len());
                let b = Instant::now();
                let lower = expr::lowercase(&doc);
                let ws = expr::words(&doc, &lower);
                let c = Instant::now();
                let anns = lex.annotate(&ws);
                let cues: Vec<Option<bool>> = anns.iter().map(|a| a.tense).collect();
                let d = Instant::now();
                let exprs = expr::find(&doc, &ws, &cues);
                let e = Instant::now();
                let (mut evs, order) = events::find(&doc, &ws, &anns, &cues, &exprs, &[]);
                events::sort(&mut evs, &order);
                let f = Instant::now();
                t[0] += (b - a).as_secs_f64();
                t[1] += (c - b).as_secs_f64();
                t[2] += (d - c).as_secs_f64();
                t[3] += (e - d).as_secs_f64();
                t[4] += (f - e).as_secs_f64();
            }
            for k in 0..5 {
                best[k] = best[k].min(t[k]);
            }
        }
        let per = |x: f64| x * 1e6 / (bytes as f64 / 5000.0);
        println!(
            "per 5 KB: segmentation {:.0} µs, words {:.0}, lexicon {:.0}, expressions {:.0}, events {:.0}",
            per(best[0]),
            per(best[1]),
            per(best[2]),
            per(best[3]),
            per(best[4])
        );
    }
}
