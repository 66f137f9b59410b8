use crate::{FailedDocument, Report};
use analyze_protocol::{Block, Cell, DatedItem, Highlight, Span};
use std::fmt::Write;

/// One report as Markdown: readable as plain text in a terminal, rendered on GitHub.
pub fn markdown(report: Result<&Report, &FailedDocument>) -> String {
    let mut out = String::new();
    match report {
        Ok(report) => write_report(&mut out, report),
        Err(failed) => {
            let _ = writeln!(
                out,
                "# {}\n\n**Error:** {}",
                inline(&failed.id),
                inline(&failed.error)
            );
        }
    }
    out
}

fn write_report(out: &mut String, report: &Report) {
    let doc = &report.document;
    let heading = doc.title.as_deref().unwrap_or(&doc.id);
    let _ = writeln!(out, "# {}\n", inline(heading));
    let mut facts = vec![format!("Document: `{}`", doc.id.replace('`', "'"))];
    facts.push(match &doc.date {
        Some(date) => format!("published {date}"),
        None => "publication date unknown".to_owned(),
    });
    if let Some(source) = &doc.source {
        facts.push(format!("source: {}", inline(source)));
    }
    facts.push(format!("{} bytes", doc.bytes));
    let _ = writeln!(out, "{}", facts.join(" · "));
    for section in &report.sections {
        let _ = writeln!(
            out,
            "\n## {} ({} {})\n",
            title_case(&section.plugin),
            section.plugin,
            section.version
        );
        match &section.result {
            Err(message) => {
                let _ = writeln!(out, "**Error:** {}", inline(message));
            }
            Ok(found) if found.presentation.is_empty() => {
                let _ = writeln!(out, "_No findings._");
            }
            Ok(found) => {
                for (i, block) in found.presentation.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    write_block(out, block, &report.text);
                }
            }
        }
    }
}

fn write_block(out: &mut String, block: &Block, text: &str) {
    match block {
        Block::Text { text } => {
            let _ = writeln!(out, "{}", text.trim_end());
        }
        Block::Table {
            title,
            columns,
            rows,
        } => {
            write_title(out, title);
            if rows.is_empty() {
                let _ = writeln!(out, "_None._");
                return;
            }
            let header: Vec<String> = columns.iter().map(|c| table_text(c)).collect();
            let _ = writeln!(out, "| {} |", header.join(" | "));
            let _ = writeln!(out, "|{}", "---|".repeat(columns.len().max(1)));
            for row in rows {
                let mut cells: Vec<String> =
                    row.iter().map(|c| table_text(&cell_text(c))).collect();
                cells.resize(columns.len().max(cells.len()), String::new());
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
        }
        Block::List { title, items } => {
            write_title(out, title);
            if items.is_empty() {
                let _ = writeln!(out, "_None._");
            }
            for item in items {
                let _ = writeln!(out, "- {}", inline(&cell_text(item)));
            }
        }
        Block::Timeline { title, items } => {
            write_title(out, title);
            if items.is_empty() {
                let _ = writeln!(out, "_None._");
            }
            for item in sorted_by_date(items) {
                let when = item
                    .when
                    .as_deref()
                    .or(item.date.as_deref())
                    .unwrap_or("undated");
                let _ = write!(out, "- **{}** · {}", inline(when), inline(&item.label));
                if let Some(evidence) = &item.evidence {
                    let _ = write!(out, " — “{}”", inline(&evidence.text));
                }
                out.push('\n');
            }
        }
        Block::Highlights { title, items } => {
            write_title(out, title);
            if items.is_empty() {
                let _ = writeln!(out, "_None._");
            }
            for Highlight { span, label } in items {
                let _ = writeln!(out, "- **{}**: {}", inline(label), in_context(text, span));
            }
        }
    }
}

fn write_title(out: &mut String, title: &Option<String>) {
    if let Some(title) = title {
        let _ = writeln!(out, "**{}**\n", inline(title));
    }
}

/// Dated entries first in date order, then undated ones in their given order.
fn sorted_by_date(items: &[DatedItem]) -> Vec<&DatedItem> {
    let mut sorted: Vec<&DatedItem> = items.iter().collect();
    sorted.sort_by(|a, b| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    sorted
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Span(span) => span.text.clone(),
        Cell::Number(n) => format_number(*n),
        Cell::Text(text) => text.clone(),
        Cell::Empty => String::new(),
    }
}

/// Whole numbers without a decimal point; others as Rust prints them (shortest round-trip).
pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A span in its line, shortened to about 80 characters of context on each side, the span in bold.
fn in_context(text: &str, span: &Span) -> String {
    const CONTEXT: usize = 80;
    let line_start = text[..span.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[span.end.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let before = &text[line_start..span.start];
    let after = &text[span.end..line_end];
    let before = tail_chars(before, CONTEXT);
    let after = head_chars(after, CONTEXT);
    format!(
        "{}**{}**{}",
        inline(&before),
        inline(&span.text),
        inline(&after)
    )
}

fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_owned();
    }
    let skipped: String = s.chars().skip(count - n).collect();
    format!("…{}", skipped.trim_start())
}

fn head_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_owned();
    }
    let kept: String = s.chars().take(n).collect();
    format!("{}…", kept.trim_end())
}

/// Text on one line, with the characters that would start Markdown markup escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '*' | '_' | '`' | '<' | '>' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn table_text(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// The heading of a plugin's section: `anonymous-sources` → `Anonymous sources`.
pub fn title_case(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars)
            .collect::<String>()
            .replace(['-', '_'], " "),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocumentMeta, PluginSection, SectionFindings};

    fn report(presentation: Vec<Block>) -> Report {
        let text = "Merz said “no”.\nTrump | Putin met.".to_owned();
        Report {
            document: DocumentMeta {
                id: "a.txt".into(),
                title: None,
                date: Some("2025-08-18".into()),
                source: None,
                bytes: text.len(),
            },
            actors: vec![],
            sections: vec![
                PluginSection {
                    plugin: "demo".into(),
                    version: "1.0.0".into(),
                    result: Ok(SectionFindings {
                        findings: analyze_protocol::Findings::from_value(&serde_json::json!([])),
                        presentation,
                    }),
                },
                PluginSection {
                    plugin: "broken".into(),
                    version: "0.1.0".into(),
                    result: Err("plugin panicked: boom".into()),
                },
            ],
            text,
        }
    }

    #[test]
    fn draws_every_block_kind() {
        let text = "Merz said “no”.\nTrump | Putin met.";
        let span = |s: usize, e: usize| Span::new(text, s, e).unwrap();
        let blocks = vec![
            Block::Text {
                text: "Two findings.".into(),
            },
            Block::Table {
                title: Some("Who".into()),
                columns: vec!["name".into(), "n".into()],
                rows: vec![vec![Cell::Span(span(20, 33)), Cell::Number(2.0)]],
            },
            Block::List {
                title: None,
                items: vec![Cell::Text("a_b".into())],
            },
            Block::Timeline {
                title: None,
                items: vec![
                    DatedItem {
                        date: None,
                        when: None,
                        label: "undated".into(),
                        evidence: None,
                    },
                    DatedItem {
                        date: Some("2025-08-18".into()),
                        when: Some("Mon 18 Aug".into()),
                        label: "later".into(),
                        evidence: Some(span(34, 37)),
                    },
                    DatedItem {
                        date: Some("2025-08-15".into()),
                        when: None,
                        label: "earlier".into(),
                        evidence: None,
                    },
                ],
            },
            Block::Highlights {
                title: None,
                items: vec![Highlight {
                    span: span(5, 9),
                    label: "cue".into(),
                }],
            },
        ];
        insta::assert_snapshot!(markdown(Ok(&report(blocks))));
    }

    #[test]
    fn numbers_print_without_noise() {
        assert_eq!(format_number(90000000000.0), "90000000000");
        assert_eq!(format_number(2.5), "2.5");
    }
}
