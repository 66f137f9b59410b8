//! TimeML export of the timeline plugin's findings, so standard TempEval scorers can read them.

use crate::Report;
use serde_json::Value;
use std::fmt::Write;

/// The plugin whose findings are exported.
const TIMELINE_PLUGIN: &str = "timeline";

/// The document as TimeML: the text with `TIMEX3` tags around time expressions and `EVENT` tags
/// around event triggers, the publication date as the creation time. `None` when the timeline
/// plugin did not run or failed on this document.
pub fn timeml(report: &Report) -> Option<String> {
    let section = report
        .sections
        .iter()
        .find(|s| s.plugin == TIMELINE_PLUGIN)?;
    let findings = section.result.as_ref().ok()?.findings.to_value();
    let text = &report.text;

    // (start, end, opening tag, closing tag)
    let mut tags: Vec<(usize, usize, String, &str)> = Vec::new();
    let expressions = findings["expressions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (index, expression) in expressions.iter().enumerate() {
        let Some((start, end)) = span(&expression["span"]) else {
            continue;
        };
        // TimeML's `mod` (START, MID, END, APPROX, ON_OR_BEFORE…) where the plugin gives one.
        let modifier = expression["mod"]
            .as_str()
            .map(|m| format!(" mod=\"{}\"", attribute(m)))
            .unwrap_or_default();
        let open = format!(
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"{modifier}>",
            index + 1,
            attribute(expression["type"].as_str().unwrap_or("DATE")),
            attribute(expression["value"].as_str().unwrap_or(""))
        );
        tags.push((start, end, open, "</TIMEX3>"));
    }
    let events = findings["events"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (index, event) in events.iter().enumerate() {
        let Some((start, end)) = span(&event["trigger"]) else {
            continue;
        };
        tags.push((
            start,
            end,
            format!("<EVENT eid=\"e{}\" class=\"OCCURRENCE\">", index + 1),
            "</EVENT>",
        ));
    }
    // Text order; where tags overlap, the earlier (then longer) one wins: TimeML does not nest them.
    tags.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut body = String::with_capacity(text.len() * 5 / 4);
    let mut at = 0;
    for (start, end, open, close) in tags {
        if start < at || end > text.len() {
            continue;
        }
        body.push_str(&escape(&text[at..start]));
        body.push_str(&open);
        body.push_str(&escape(&text[start..end]));
        body.push_str(close);
        at = end;
    }
    body.push_str(&escape(&text[at..]));

    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" ?>\n<TimeML>");
    let _ = writeln!(out, "<DOCID>{}</DOCID>", escape(&report.document.id));
    if let Some(date) = &report.document.date {
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{0}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{0}</TIMEX3></DCT>",
            attribute(date)
        );
    }
    let _ = writeln!(out, "<TEXT>{body}</TEXT>\n</TimeML>");
    Some(out)
}

fn span(value: &Value) -> Option<(usize, usize)> {
    let start = usize::try_from(value["start"].as_u64()?).ok()?;
    let end = usize::try_from(value["end"].as_u64()?).ok()?;
    (start <= end).then_some((start, end))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn attribute(text: &str) -> String {
    escape(text).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocumentMeta, PluginSection, SectionFindings};
    use analyze_protocol::Findings;

    #[test]
    fn tags_expressions_and_events_in_the_text() {
        let text = "Talks <ended> on Monday & resume within ten days.".to_owned();
        let findings = serde_json::json!({
            "expressions": [
                {"span": {"start": 17, "end": 23, "text": "Monday"}, "type": "DATE", "value": "2025-08-18"},
                {"span": {"start": 33, "end": 48, "text": "within ten days"}, "type": "DURATION", "value": "P10D", "mod": "ON_OR_BEFORE"}
            ],
            "events": [{"trigger": {"start": 0, "end": 5, "text": "Talks"}}]
        });
        let report = Report {
            document: DocumentMeta {
                id: "a&b".into(),
                title: None,
                date: Some("2025-08-18".into()),
                source: None,
                bytes: text.len(),
            },
            actors: vec![],
            sections: vec![PluginSection {
                plugin: "timeline".into(),
                version: "0.1.0".into(),
                result: Ok(SectionFindings {
                    findings: Findings::from_value(&findings),
                    presentation: vec![],
                }),
            }],
            text,
        };
        insta::assert_snapshot!(timeml(&report).expect("timeline ran"));
    }
}
