//! The example article of the project (read by path; skipped when absent), with hand-written
//! actors and quotes priors standing in for the actors and quotes plugins.

mod common;
use common::*;
use serde_json::json;

const PATH: &str = "/work/shared/examples/zelenskyy-washington-talks.txt";

#[test]
fn example_article() {
    let Ok(text) = std::fs::read_to_string(PATH) else {
        return;
    };
    let t = text.as_str();
    let mut trump = all(t, "Trump");
    trump.retain(|m| m["start"] != at(t, "Melania Trump", "Trump")["start"]);
    trump.push(at(t, "that he had contacted", "he"));
    trump.push(at(t, "and he did not rule", "he"));
    let mut zelenskyy = all(t, "Zelenskyy");
    zelenskyy.push(at(t, "his last visit", "his"));
    let actors = json!([
        actor("donald-trump", "Donald Trump", "person", trump),
        actor(
            "volodymyr-zelenskyy",
            "Volodymyr Zelenskyy",
            "person",
            zelenskyy
        ),
        actor(
            "vladimir-putin",
            "Vladimir Putin",
            "person",
            all(t, "Putin")
        ),
        actor("friedrich-merz", "Friedrich Merz", "person", all(t, "Merz")),
        actor(
            "emmanuel-macron",
            "Emmanuel Macron",
            "person",
            all(t, "Macron")
        ),
        actor(
            "ukraine",
            "Ukraine",
            "country",
            [all(t, "Ukraine"), all(t, "Ukraine’s")]
                .concat()
                .into_iter()
                .filter(|m| m["text"] == "Ukraine")
                .collect()
        ),
        actor(
            "russia",
            "Russia",
            "country",
            [all(t, "Moscow"), all(t, "Kremlin")].concat()
        ),
        actor(
            "european-leaders",
            "European leaders",
            "group",
            all(t, "European leaders")
        ),
    ]);
    let quotes = json!([
        quote(t, "I think he wants to make a deal. I think he wants to make a deal for me. You understand that? As crazy as that sounds,", "donald-trump", at(t, "Trump was overheard", "Trump")),
        quote(t, "I can’t imagine that the next meeting would take place without a ceasefire.", "friedrich-merz", at(t, "Merz strongly", "Merz")),
    ]);
    let output = run_output(
        t,
        actors,
        quotes,
        json!({"targets": ["ceasefire", "meeting"]}),
    );
    let findings = output.findings.to_value();
    let mut lines = lines(&findings);
    lines.extend(position_lines(&output));
    let has = |needle: &[&str]| lines.iter().any(|l| needle.iter().all(|n| l.contains(n)));
    let dump = lines.join("\n");
    assert!(
        has(&["Donald Trump oppose", "a ceasefire before negotiations"]),
        "{dump}"
    );
    assert!(
        has(&["Ukraine support", "hostilities must cease first"]),
        "{dump}"
    );
    assert!(
        has(&["Friedrich Merz oppose", "Donald Trump's position"]),
        "{dump}"
    );
    assert!(has(&["Friedrich Merz support", "a ceasefire"]), "{dump}");
    assert!(
        has(&["Russia oppose", "meeting between the two presidents"]),
        "{dump}"
    );
    assert!(
        has(&["European leaders support", "target=\"donald-trump\""]),
        "{dump}"
    );
    assert!(has(&["European leaders tone=cautious"]), "{dump}");
    assert!(
        has(&["Donald Trump support", "target=\"volodymyr-zelenskyy\""]),
        "{dump}"
    );
    assert!(has(&["Donald Trump tone=optimistic"]), "{dump}");
    assert!(has(&["Volodymyr Zelenskyy tone=conciliatory"]), "{dump}");
    insta::assert_snapshot!(dump);
}
