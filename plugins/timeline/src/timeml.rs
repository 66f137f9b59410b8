//! TimeML export.

use crate::TimelineFindings;

fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// Writes `text` as a TimeML document: the publication date `dct` (`YYYY-MM-DD`) as the
/// `CREATION_TIME` `TIMEX3` in `<DCT>`, and the text in `<TEXT>` with a `TIMEX3` tag around every
/// time expression (`tid` `t1`, `t2`… in the order of `findings.expressions`, with `type`,
/// `value` and `mod`) and an `EVENT` tag around every event trigger (`eid` `e1`, `e2`… in the
/// order of `findings.events`, `class="OCCURRENCE"`). Tags never overlap: an event trigger inside
/// a time expression is left untagged. Spans that do not fit `text` are skipped. Standard
/// TempEval-3 scorers read the result.
pub fn to_timeml(text: &str, dct: Option<&str>, findings: &TimelineFindings) -> String {
    // (start, end, open tag)
    let mut tags: Vec<(usize, usize, String)> = Vec::new();
    for (k, x) in findings.expressions.iter().enumerate() {
        if x.span.check(text).is_err() {
            continue;
        }
        let mut open = format!("<TIMEX3 tid=\"t{}\" type=\"", k + 1);
        escape(&mut open, &x.kind);
        open.push_str("\" value=\"");
        escape(&mut open, &x.value);
        open.push('"');
        if let Some(m) = &x.modifier {
            open.push_str(" mod=\"");
            escape(&mut open, m);
            open.push('"');
        }
        open.push('>');
        tags.push((x.span.start, x.span.end, open));
    }
    for (k, e) in findings.events.iter().enumerate() {
        if e.trigger.check(text).is_err() {
            continue;
        }
        tags.push((
            e.trigger.start,
            e.trigger.end,
            format!("<EVENT eid=\"e{}\" class=\"OCCURRENCE\">", k + 1),
        ));
    }
    // TIMEX3 first at equal starts, so an event inside an expression is the one dropped.
    tags.sort_by_key(|(s, e, tag)| (*s, std::cmp::Reverse(*e), !tag.starts_with("<TIMEX3")));
    let mut out = String::with_capacity(text.len() + tags.len() * 60 + 400);
    out.push_str("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    if let Some(d) = dct {
        out.push_str("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"");
        escape(&mut out, d);
        out.push_str("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">");
        escape(&mut out, d);
        out.push_str("</TIMEX3></DCT>\n");
    }
    out.push_str("<TEXT>");
    let mut pos = 0;
    for (start, end, open) in tags {
        if start < pos || end <= start {
            continue;
        }
        let (Some(before), Some(inner)) = (text.get(pos..start), text.get(start..end)) else {
            continue;
        };
        escape(&mut out, before);
        out.push_str(&open);
        escape(&mut out, inner);
        out.push_str(if open.starts_with("<TIMEX3") {
            "</TIMEX3>"
        } else {
            "</EVENT>"
        });
        pos = end;
    }
    escape(&mut out, text.get(pos..).unwrap_or(""));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}
