//! Markdown and JSON reports on every fixture article, through the real binary and the real
//! plugin libraries. Review changed snapshots with `cargo insta review`.

use crate::support::{analyze, stable};

/// Fixture articles and their publication dates.
pub const FIXTURES: &[(&str, &str)] = &[
    (crate::support::EXAMPLE, "2025-08-18"),
    ("harbour-budget-dispute.txt", "2025-03-11"),
    ("drought-farmers-two-paragraph-quote.txt", "2025-07-19"),
    ("summit-relative-dates.txt", "2025-06-12"),
    ("same-surname-officials.txt", "2025-09-16"),
    ("hospital-strike-curly-quotes.txt", "2025-11-13"),
];

fn report(fixture: &str, date: &str, format: &str) -> String {
    let path = crate::support::fixture_arg(fixture);
    let run = analyze(&["--date", date, "--format", format, &path]);
    assert_eq!(run.code, 0, "analyze failed on {fixture}:\n{}", run.stderr);
    assert!(
        run.stderr.is_empty(),
        "unexpected messages on {fixture}:\n{}",
        run.stderr
    );
    stable(&run.stdout)
}

#[test]
fn markdown_reports() {
    for (fixture, date) in FIXTURES {
        let name = fixture.trim_end_matches(".txt");
        insta::assert_snapshot!(format!("{name}.md"), report(fixture, date, "markdown"));
    }
}

#[test]
fn json_reports() {
    for (fixture, date) in FIXTURES {
        let name = fixture.trim_end_matches(".txt");
        let text = report(fixture, date, "json");
        let value: serde_json::Value = serde_json::from_str(&text).expect("the JSON report parses");
        check_spec(&value, fixture);
        insta::assert_snapshot!(format!("{name}.json"), text);
    }
}

/// The fields `../shared/spec/report-json.md` promises, and every span true to the text.
fn check_spec(report: &serde_json::Value, fixture: &str) {
    let text =
        std::fs::read_to_string(crate::support::fixture(fixture)).expect("fixture is readable");
    assert_eq!(report["schema"], "analyze.report/1");
    assert_eq!(report["document"]["bytes"], text.len());
    assert!(report["actors"].is_array());
    for name in ["quotes", "stance", "figures", "timeline"] {
        let section = &report["plugins"][name];
        assert!(
            section["version"].is_string(),
            "{fixture}: plugin {name} has no version"
        );
        assert!(
            section.get("findings").is_some(),
            "{fixture}: plugin {name} has no findings: {section}"
        );
    }
    assert!(report["plugins"]["timeline"]["findings"]["expressions"].is_array());
    assert!(report["plugins"]["timeline"]["findings"]["events"].is_array());
    let mut spans = 0;
    visit_spans(report, &mut |start, end, span_text| {
        spans += 1;
        assert_eq!(
            &text[start..end],
            span_text,
            "{fixture}: span {start}..{end}"
        );
    });
    assert!(
        spans > 0,
        "{fixture}: the report quotes nothing from the text"
    );
}

fn visit_spans(value: &serde_json::Value, each: &mut dyn FnMut(usize, usize, &str)) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(start), Some(end), Some(text)) = (
                map.get("start").and_then(|v| v.as_u64()),
                map.get("end").and_then(|v| v.as_u64()),
                map.get("text").and_then(|v| v.as_str()),
            ) {
                each(start as usize, end as usize, text);
            }
            map.values().for_each(|v| visit_spans(v, each));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| visit_spans(v, each)),
        _ => {}
    }
}

#[test]
fn jsonl_gives_one_report_per_document_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("corpus.jsonl");
    let lines = [
        r#"{"id": "a", "date": "2025-08-18", "text": "Trump said on Monday that talks would resume."}"#,
        r#"{"id": "b", "text": "Prices rose 5% last year."}"#,
    ];
    std::fs::write(&input, lines.join("\n")).expect("write input");
    let run = analyze(&["--format", "jsonl", input.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids: Vec<String> = run
        .stdout
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON")["document"]
                ["id"]
                .to_string()
        })
        .collect();
    assert_eq!(ids, vec!["\"a\"", "\"b\""]);
}

#[test]
fn timeml_export_tags_the_text_and_keeps_it() {
    let path = &crate::support::fixture_arg(crate::support::EXAMPLE);
    let run = analyze(&[
        "--date",
        "2025-08-18",
        "--format",
        "timeml",
        "-p",
        "figures",
        path,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let timeml = &run.stdout;
    assert!(
        timeml.contains(r#"functionInDocument="CREATION_TIME">2025-08-18</TIMEX3>"#),
        "{timeml}"
    );
    assert!(
        timeml.contains(r#"value="2025-08-18">Monday</TIMEX3>"#),
        "{timeml}"
    );
    assert!(
        timeml.contains(r#"value="P10D" mod="ON_OR_BEFORE">ten days</TIMEX3>"#),
        "{timeml}"
    );
    // The text between the tags is the article, escaped for XML.
    let body =
        &timeml[timeml.find("<TEXT>").expect("TEXT") + 6..timeml.find("</TEXT>").expect("/TEXT")];
    let mut plain = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let text =
        std::fs::read_to_string(crate::support::fixture(crate::support::EXAMPLE)).expect("fixture");
    assert_eq!(plain, text);
}

#[test]
fn parallel_runs_print_the_same_reports_in_input_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("corpus.jsonl");
    let mut lines = Vec::new();
    for (i, (fixture, date)) in FIXTURES.iter().cycle().take(40).enumerate() {
        let text = std::fs::read_to_string(crate::support::fixture(fixture)).expect("fixture");
        lines.push(
            serde_json::json!({"id": format!("doc-{i}"), "date": date, "text": text}).to_string(),
        );
    }
    std::fs::write(&input, lines.join("\n")).expect("write corpus");
    let path = input.to_str().expect("utf-8 path");
    let serial = analyze(&["-j", "1", "-f", "jsonl", path]);
    let parallel = analyze(&["-j", "2", "-f", "jsonl", path]);
    assert_eq!(serial.code, 0, "{}", serial.stderr);
    assert_eq!(parallel.stdout, serial.stdout);
    assert_eq!(serial.stdout.lines().count(), 40);
}
