//! Snapshot tests over fixture articles and the example article.

use analyze_plugin_timeline::Timeline;
use analyze_sdk::core::Document;
use analyze_sdk::prelude::*;
use std::collections::BTreeMap;

fn date(value: &str) -> jiff::civil::Date {
    value.parse().expect("test date")
}

/// Hand-written actors: `(id, names)`; every occurrence of a name is a mention. (The actors
/// plugin is developed separately; these tests pin the timeline's own behaviour.)
fn actors(text: &str, list: &[(&str, &[&str])]) -> serde_json::Value {
    let mut out = Vec::new();
    for (id, names) in list {
        let mut mentions = Vec::new();
        for name in *names {
            for (start, _) in text.match_indices(name) {
                mentions.push(
                    serde_json::json!({"start": start, "end": start + name.len(), "text": name}),
                );
            }
        }
        mentions.sort_by_key(|m| m["start"].as_u64());
        out.push(serde_json::json!({"id": id, "name": names[0], "kind": "person", "roles": [], "mentions": mentions}));
    }
    serde_json::Value::Array(out)
}

fn run_with(text: &str, published: Option<&str>, list: &[(&str, &[&str])]) -> serde_json::Value {
    let mut doc = Document::new("test", text);
    if let Some(d) = published {
        doc = doc.with_date(date(d));
    }
    let mut prior = BTreeMap::new();
    prior.insert("actors".to_owned(), actors(text, list));
    let output = Timeline::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .expect("analyze");
    output.findings.to_value()
}

fn run(text: &str, published: Option<&str>) -> serde_json::Value {
    run_with(text, published, &[])
}

/// A compact view: one line per expression and per event.
fn compact(findings: &serde_json::Value) -> String {
    let mut out = String::new();
    for x in findings["expressions"].as_array().into_iter().flatten() {
        let m = x
            .get("mod")
            .and_then(|m| m.as_str())
            .map(|m| format!(" {m}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "X {:?} {} {}{m}\n",
            x["span"]["text"].as_str().unwrap_or(""),
            x["type"].as_str().unwrap_or(""),
            x["value"].as_str().unwrap_or("")
        ));
    }
    for e in findings["events"].as_array().into_iter().flatten() {
        let w = &e["when"];
        out.push_str(&format!(
            "E {:?} [{} {}] {}..{} x={}{} {} | {} | {}\n",
            e["trigger"]["text"].as_str().unwrap_or(""),
            e["relation"].as_str().unwrap_or(""),
            e["modality"].as_str().unwrap_or(""),
            w["start"].as_str().unwrap_or("?"),
            w["end"].as_str().unwrap_or("?"),
            w["expression"],
            e.get("duration")
                .map(|d| format!(" d={d}"))
                .unwrap_or_default(),
            w["certainty"].as_str().unwrap_or(""),
            e["actors"]
                .as_array()
                .map(|a| a
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(","))
                .unwrap_or_default(),
            e["summary"].as_str().unwrap_or(""),
        ));
    }
    out
}

#[test]
fn example_article() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/zelenskyy-washington-talks.txt"
    ))
    .expect("example article");
    let findings = run_with(
        &text,
        Some("2025-08-18"),
        &[
            ("volodymyr-zelenskyy", &["Volodymyr Zelenskyy", "Zelenskyy"]),
            ("donald-trump", &["Donald Trump", "Trump"]),
            ("vladimir-putin", &["Vladimir Putin", "Putin"]),
            ("emmanuel-macron", &["Emmanuel Macron", "Macron"]),
            ("friedrich-merz", &["Friedrich Merz", "Merz"]),
            ("yuri-ushakov", &["Yuri Ushakov"]),
        ],
    );
    insta::assert_snapshot!(compact(&findings));
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

#[test]
fn earnings_fixture() {
    let text = fixture("earnings.txt");
    let findings = run_with(
        &text,
        Some("2025-08-18"),
        &[
            ("harbor-foods", &["Harbor Foods"]),
            ("dana-ruiz", &["Dana Ruiz", "Ruiz"]),
        ],
    );
    insta::assert_snapshot!(compact(&findings));
}

#[test]
fn storm_fixture() {
    let text = fixture("storm.txt");
    let findings = run_with(
        &text,
        Some("2025-08-18"),
        &[("storm-lena", &["Storm Lena", "Lena"])],
    );
    insta::assert_snapshot!(compact(&findings));
}

#[test]
fn diplomacy_fixture() {
    let text = fixture("diplomacy.txt");
    // Published on a Friday.
    let findings = run_with(
        &text,
        Some("2024-02-09"),
        &[
            ("clara-voss", &["Clara Voss", "Voss"]),
            ("omar-haddad", &["Omar Haddad", "Haddad"]),
        ],
    );
    insta::assert_snapshot!(compact(&findings));
}

#[test]
fn election_fixture() {
    let text = fixture("election.txt");
    // Published on a Wednesday.
    let findings = run_with(&text, Some("2024-11-06"), &[("governor", &["governor"])]);
    insta::assert_snapshot!(compact(&findings));
}

#[test]
fn without_publication_date_values_stay_underspecified() {
    let text = fixture("storm.txt");
    let findings = run(&text, None);
    insta::assert_snapshot!(compact(&findings));
}

#[test]
fn example_presentation() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/zelenskyy-washington-talks.txt"
    ))
    .expect("example article");
    let doc = Document::new("example", text.as_str()).with_date(date("2025-08-18"));
    let prior = BTreeMap::new(); // no actors: the plugin must still work
    let output = Timeline::default()
        .analyze(&Input::new(&doc, &serde_json::Value::Null, &prior))
        .expect("analyze");
    let mut out = String::new();
    for block in &output.presentation {
        match block {
            Block::Timeline { items, .. } => {
                for item in items {
                    let label: String = item.label.chars().take(60).collect();
                    out.push_str(&format!(
                        "T {} | {} | {}\n",
                        item.date.as_deref().unwrap_or("-"),
                        item.when.as_deref().unwrap_or("-"),
                        label
                    ));
                }
            }
            Block::Table { columns, rows, .. } => {
                out.push_str(&format!(
                    "TABLE {} rows, columns {:?}\n",
                    rows.len(),
                    columns
                ));
            }
            _ => {}
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn odd_input_never_panics() {
    for text in [
        "",
        "Monday",
        "“Monday”—",
        "in the",
        "the 1990s’",
        "Aug.",
        "5 p.m.",
        "every",
        "1999-99-99",
        "Q9 2024",
        "fiscal",
        "—the past",
    ] {
        let doc = Document::new("t", text).with_date(date("2025-08-18"));
        let findings = Timeline::default().findings(&doc, &[]);
        for x in &findings.expressions {
            assert!(x.span.check(text).is_ok());
        }
    }
}

/// The line of `compact` output for the event with this trigger text.
fn event_line<'a>(compact: &'a str, trigger: &str) -> Option<&'a str> {
    let needle = format!("E {trigger:?} ");
    compact.lines().find(|l| l.starts_with(&needle))
}

#[test]
fn modal_event_in_reported_clause_is_not_dated_by_the_saying() {
    let text = "The transport minister said on Tuesday that the ministry would pay for repairs to damaged bridges.";
    let c = compact(&run(text, Some("2024-05-10")));
    let fund = event_line(&c, "pay").expect("pay");
    assert!(fund.contains("[overlaps planned] 2024-05-07..?"), "{fund}");
    assert!(!fund.contains("hypothetical"), "{fund}");
}

#[test]
fn person_relative_clause_takes_no_date_from_the_main_clause() {
    let text = "The mayor announced on Monday that the city would compensate residents who lost their homes.";
    let c = compact(&run(text, Some("2024-05-10")));
    let lost = event_line(&c, "lost").expect("lost");
    assert!(lost.contains("[before actual] ?..2024-05-10"), "{lost}");
}

#[test]
fn should_and_until_make_events_hypothetical() {
    let text = "The union argued that members should postpone a strike ballot until the pay review is published.";
    let c = compact(&run(text, Some("2024-05-10")));
    for trigger in ["strike", "published"] {
        let line = event_line(&c, trigger).expect(trigger);
        assert!(line.contains("[unknown hypothetical] ?..?"), "{line}");
    }
}

#[test]
fn past_event_after_until_stays_actual() {
    let text = "Negotiators stayed in the building until the ministers signed the deal on Friday.";
    let c = compact(&run(text, Some("2024-05-10")));
    let line = event_line(&c, "signed").expect("signed");
    assert!(line.contains("actual"), "{line}");
}

#[test]
fn open_as_particle_or_adjective_is_no_event() {
    let text = "By August the riverbed had split open, the ferry terminal will remain open, and campaigners sent an open letter. The new bridge will open in June.";
    let c = compact(&run(text, Some("2024-05-10")));
    let opens = c.lines().filter(|l| l.starts_with("E \"open\"")).count();
    assert_eq!(opens, 1, "{c}");
}

#[test]
fn rate_after_a_quantity_is_no_time() {
    // TimeBank leaves a rate after a quantity unannotated 7 times of 9.
    // The date in the same sentence must still be found, so an analyzer that finds nothing
    // fails; `a day` must be neither a duration nor a set.
    let text =
        "The refinery will process 120,000 barrels of crude a day once it reopens on Monday.";
    let c = compact(&run(text, Some("2024-05-10")));
    let times: Vec<&str> = c.lines().filter(|l| l.starts_with("X ")).collect();
    assert_eq!(times, ["X \"Monday\" DATE 2024-05-13"], "{c}");
}

#[test]
fn a_date_clause_with_its_own_verb_does_not_date_the_event_before_it() {
    let text = "A diplomat, speaking on condition of anonymity, said the alliance was unlikely to act before the winter.";
    let c = compact(&run(text, Some("2024-05-10")));
    let line = event_line(&c, "speaking").expect("speaking");
    assert!(line.contains("?..2024-05-10 x=null"), "{line}");
}

#[test]
fn a_span_in_a_past_clause_ends_at_the_publication_date() {
    let text = "Exports fell 9% in the six months to May. The court ordered the firm to repay the \
                money within 12 months.";
    let c = compact(&run(text, Some("2024-06-20")));
    let fell = event_line(&c, "fell").expect("fell");
    // the six months that end with May, not with the publication date
    assert!(fell.contains("2023-12-01..2024-05-31"), "{fell}");
    let ordered = event_line(&c, "ordered").expect("ordered");
    assert!(ordered.contains("2024-06-20..2025-06-20"), "{ordered}");
}

#[test]
fn a_modal_said_on_a_day_without_that_is_planned_from_that_day() {
    let text = "The bakery chain said on Tuesday it would cut 400 jobs.";
    let c = compact(&run(text, Some("2024-05-09")));
    let cut = event_line(&c, "cut").expect("cut");
    assert!(cut.contains("[overlaps planned] 2024-05-07..?"), "{cut}");
}

#[test]
fn an_event_noun_before_a_modal_verb_is_the_plan() {
    let text = "The mayor said hearings on the plan would begin on Monday.";
    let c = compact(&run(text, Some("2024-06-20")));
    let hearings = event_line(&c, "hearings").expect("hearings");
    assert!(
        hearings.contains("[after planned] 2024-06-24..2024-06-24"),
        "{hearings}"
    );
}

#[test]
fn a_plural_event_noun_before_a_modal_verb_is_the_plan_and_the_present_perfect_takes_no_anchor() {
    let text = "Rovers beat United 3-1 on Saturday. \"We have won nothing yet,\" the coach said. \
                A club spokesman said talks with the players would begin on Monday.";
    let c = compact(&run(text, Some("2024-06-20")));
    let talks = event_line(&c, "talks").expect("talks");
    assert!(talks.contains("planned] 2024-06-24..2024-06-24"), "{talks}");
    let won = event_line(&c, "won").expect("won");
    assert!(won.contains("?..2024-06-20"), "{won}");
}

#[test]
fn what_is_expected_to_happen_is_planned() {
    let text = "The brewer expects 2025 sales to fall. Officials expected the strike to last \
                three days.";
    let c = compact(&run(text, Some("2024-06-20")));
    for trigger in ["fall", "strike", "last"] {
        if let Some(line) = event_line(&c, trigger) {
            assert!(line.contains("planned"), "{line}");
        }
    }
    assert!(event_line(&c, "fall").is_some(), "{c}");
}

#[test]
fn an_event_told_before_a_dated_one_ends_by_it() {
    let text = "The minister resigned on Friday. The general was convicted in March after a \
                two-week hearing.";
    let c = compact(&run(text, Some("2024-06-20")));
    let hearing = event_line(&c, "hearing").expect("hearing");
    assert!(hearing.contains("?..2024-03-31"), "{hearing}");
    // another clause (the quote) is not what the order word ties the event to
    let text = "The envoy arrived on Monday. \"We lost the vote in May,\" she said after the \
                meeting.";
    let c = compact(&run(text, Some("2024-06-20")));
    let meeting = event_line(&c, "meeting").expect("meeting");
    assert!(!meeting.contains("2024-05-31"), "{meeting}");
}

#[test]
fn quoted_ratings_and_bare_stretch_ends_are_no_events_and_beat_is_one() {
    let text = "The broker has a \"sell\" rating on the shares. She called the report nonsense \
                from start to finish. The envoy flew from Rome to meet the rebels. Rovers beat \
                United 3-1 on Saturday.";
    let c = compact(&run(text, Some("2024-06-20")));
    for trigger in ["sell", "start", "finish"] {
        assert!(event_line(&c, trigger).is_none(), "{trigger}: {c}");
    }
    assert!(event_line(&c, "meet").is_some(), "{c}");
    let beat = event_line(&c, "beat").expect("beat");
    assert!(beat.contains("2024-06-15..2024-06-15"), "{beat}");
}

#[test]
fn a_comparison_with_the_expected_or_a_preposition_to_is_no_plan() {
    let text = "Turnout was higher than expected and the mayor lost to a newcomer on Sunday. \
                Police expected the rioters to a man to stay away. Sales rose faster than \
                forecast to reach a record on Friday.";
    let c = compact(&run(text, Some("2024-06-20")));
    let lost = event_line(&c, "lost").expect("lost");
    assert!(lost.contains("actual] 2024-06-16..2024-06-16"), "{lost}");
    // the expecting verb itself still makes the verb after `to` a plan
    let text = "The brewer expects the strike to end soon.";
    let c = compact(&run(text, Some("2024-06-20")));
    let end = event_line(&c, "end").expect("end");
    assert!(end.contains("planned"), "{end}");
}

#[test]
fn only_the_events_own_have_makes_a_present_perfect() {
    let text = "The plant was sold on Monday. Unions have said police arrested two men. The \
                owners have not yet released the workers.";
    let c = compact(&run(text, Some("2024-06-20")));
    let arrested = event_line(&c, "arrested").expect("arrested");
    assert!(arrested.contains("2024-06-17..2024-06-17"), "{arrested}");
    let released = event_line(&c, "released").expect("released");
    assert!(!released.contains("2024-06-17"), "{released}");
}

#[test]
fn the_present_perfect_skips_the_adverbs_of_the_story_going_on_test() {
    // one adverb list for both: `again`, `only`, `all`, `long` between `have` and the verb
    for perfect in [
        "have again raised",
        "have only raised",
        "have all raised",
        "have long raised",
    ] {
        let text = format!(
            "The plant was sold on Monday. The owners {perfect} the prices of their goods."
        );
        let c = compact(&run(&text, Some("2024-06-20")));
        let raised = event_line(&c, "raised").unwrap_or_else(|| panic!("raised: {c}"));
        assert!(!raised.contains("2024-06-17"), "{perfect}: {raised}");
    }
}

#[test]
fn an_event_that_lasts_longer_than_a_date_is_not_dated_by_it() {
    // the year belongs to the charity, not to two years served on its board: neither the
    // event's date nor, with `had`, the scene it happened before
    let text = "The coach was sacked on Monday. He had served two years on the board of a \
                charity founded in 2019.";
    let c = compact(&run(text, Some("2024-06-20")));
    let served = event_line(&c, "served").unwrap_or_else(|| panic!("served: {c}"));
    assert!(!served.contains("2019-"), "{served}");
    assert!(served.contains("?..2024-06-20"), "{served}");
    // a stretch that fits in the year keeps it
    let text = "The coach was sacked on Monday. He had served three months on the board in 2019.";
    let c = compact(&run(text, Some("2024-06-20")));
    let served = event_line(&c, "served").unwrap_or_else(|| panic!("served: {c}"));
    assert!(served.contains("2019-01-01..2019-12-31"), "{served}");
}

#[test]
fn the_story_day_does_not_date_an_event_that_lasts_longer() {
    let text = "Rebels attacked the town on Tuesday.\n\nThe governor served for 18 months.";
    let c = compact(&run(text, Some("2024-06-20")));
    let served = event_line(&c, "served").unwrap_or_else(|| panic!("served: {c}"));
    assert!(!served.contains("2024-06-18"), "{served}");
}

#[test]
fn a_clause_right_after_a_past_date_takes_that_date() {
    // the date's noun (`the flood of 2012, which`) or the date itself (`since 2018, when`)
    let text = "The river rose on Monday to its highest level since the flood of 2012, which \
                destroyed 400 homes. The mill has made losses since 2018, when it was sold to a \
                fund.";
    let c = compact(&run(text, Some("2024-06-20")));
    let destroyed = event_line(&c, "destroyed").unwrap_or_else(|| panic!("destroyed: {c}"));
    assert!(destroyed.contains("2012-01-01..2012-12-31"), "{destroyed}");
    let sold = event_line(&c, "sold").unwrap_or_else(|| panic!("sold: {c}"));
    assert!(sold.contains("2018-01-01..2018-12-31"), "{sold}");
    // the date's noun told of as an event (`Typhoon Haiyan in 2013, which killed`)
    let text = "Flooding on Monday was the worst since Storm Ada in 2015, which killed nine.";
    let c = compact(&run(text, Some("2024-06-20")));
    let killed = event_line(&c, "killed").unwrap_or_else(|| panic!("killed: {c}"));
    assert!(killed.contains("2015-01-01..2015-12-31"), "{killed}");
}

#[test]
fn a_date_after_the_modal_of_a_reported_clause_is_not_the_saying_s() {
    let text = "The mayor resigned on Monday. The treasurer told councillors the city would \
                borrow less in the next fiscal year.";
    let c = compact(&run(text, Some("2024-06-20")));
    let told = event_line(&c, "told").unwrap_or_else(|| panic!("told: {c}"));
    assert!(!told.contains("2025"), "{told}");
    // a date before the modal still dates the saying
    let text = "The treasurer told councillors on Tuesday that the city would borrow less.";
    let c = compact(&run(text, Some("2024-06-20")));
    let told = event_line(&c, "told").unwrap_or_else(|| panic!("told: {c}"));
    assert!(told.contains("2024-06-18..2024-06-18"), "{told}");
}

#[test]
fn a_date_a_noun_phrase_is_for_does_not_date_the_verb() {
    // what the forecast is for, not when it was cut or raised
    let text = "Exports slumped on Monday. The central bank cut its growth forecast for next year \
                to 0.8%. The airline raised its profit target for the year ending in March.";
    let c = compact(&run(text, Some("2024-06-20")));
    let cut = event_line(&c, "cut").unwrap_or_else(|| panic!("cut: {c}"));
    assert!(!cut.contains("2025-"), "{cut}");
    let raised = event_line(&c, "raised").unwrap_or_else(|| panic!("raised: {c}"));
    assert!(!raised.contains("-03-"), "{raised}");
    // a period noun that is no expression
    let text = "Exports slumped on Monday. The airline raised its profit target for the period \
                ending in March.";
    let c = compact(&run(text, Some("2024-06-20")));
    let raised = event_line(&c, "raised").unwrap_or_else(|| panic!("raised: {c}"));
    assert!(!raised.contains("-03-"), "{raised}");
    // a date after a verb's own `for` still dates it
    let text = "The vote was set for Friday.";
    let c = compact(&run(text, Some("2024-06-20")));
    let vote = event_line(&c, "vote").unwrap_or_else(|| panic!("vote: {c}"));
    assert!(vote.contains("2024-06-21"), "{vote}");
}

#[test]
fn a_hyphenated_period_before_a_noun_does_not_date_the_verb() {
    let text = "The brewer will publish first-half results on Aug. 2.";
    let c = compact(&run(text, Some("2024-06-20")));
    let publish = event_line(&c, "publish").unwrap_or_else(|| panic!("publish: {c}"));
    assert!(publish.contains("2024-08-02..2024-08-02"), "{publish}");
    // the period itself, after a preposition, still does
    let text = "The brewer will publish results in the first half.";
    let c = compact(&run(text, Some("2024-03-20")));
    let publish = event_line(&c, "publish").unwrap_or_else(|| panic!("publish: {c}"));
    assert!(publish.contains("2024-01-01..2024-06-30"), "{publish}");
}

#[test]
fn a_fronted_date_is_when_its_sentence_s_past_perfect_happened() {
    let text = "Profit rose on Monday. In the first quarter, the unit had lost $4m.";
    let c = compact(&run(text, Some("2024-06-20")));
    let lost = event_line(&c, "lost").unwrap_or_else(|| panic!("lost: {c}"));
    assert!(lost.contains("2024-01-01..2024-03-31"), "{lost}");
    // a saying between: what was said had happened before that day
    let text = "On Monday, police said the man had attacked a guard.";
    let c = compact(&run(text, Some("2024-06-20")));
    let attacked = event_line(&c, "attacked").unwrap_or_else(|| panic!("attacked: {c}"));
    assert!(attacked.contains("?..2024-06-17"), "{attacked}");
}

#[test]
fn a_clause_counted_from_a_stated_day_is_that_long_before_or_after_it() {
    let text = "The bridge collapsed on Thursday, three days after the two firms signed the \
                repair deal.";
    let c = compact(&run(text, Some("2024-06-20")));
    let signed = event_line(&c, "signed").unwrap_or_else(|| panic!("signed: {c}"));
    assert!(signed.contains("2024-06-17..2024-06-17"), "{signed}");
    let text = "The minister resigned on Monday, two weeks before the vote.";
    let c = compact(&run(text, Some("2024-06-20")));
    let vote = event_line(&c, "vote").unwrap_or_else(|| panic!("vote: {c}"));
    assert!(vote.contains("2024-07-01..2024-07-01"), "{vote}");
    // a stretch of its own counts from nothing
    let text = "The minister resigned on Monday for two weeks after the two firms signed a deal.";
    let c = compact(&run(text, Some("2024-06-20")));
    let signed = event_line(&c, "signed").unwrap_or_else(|| panic!("signed: {c}"));
    assert!(!signed.contains("2024-06-03"), "{signed}");
}

#[test]
fn the_end_of_a_reporting_period_is_no_event() {
    let text = "Profit fell 8% in the quarter ended June 30, and the brewer cut its outlook for \
                the year ending in December.";
    let c = compact(&run(text, Some("2024-08-20")));
    assert!(event_line(&c, "ended").is_none(), "{c}");
    assert!(event_line(&c, "ending").is_none(), "{c}");
    let text = "The brewer cut its outlook for the period ending in December.";
    let c = compact(&run(text, Some("2024-08-20")));
    assert!(event_line(&c, "ending").is_none(), "{c}");
    // a verb that ends something still is one
    let text = "The strike ended on Monday.";
    let c = compact(&run(text, Some("2024-08-20")));
    assert!(event_line(&c, "ended").is_some(), "{c}");
}

#[test]
fn an_event_noun_before_a_team_names_who_they_are() {
    let text = "Rescue teams reached the village on Monday. Strike crews left.";
    let c = compact(&run(text, Some("2024-08-20")));
    for noun in ["Rescue", "Strike"] {
        assert!(event_line(&c, noun).is_none(), "{noun}: {c}");
    }
}

#[test]
fn a_decade_dates_its_events() {
    let text = "The mill was sold in the 1980s. It was bought by a bank.\n\nThe yard will be \
                sold by the end of this decade.";
    let c = compact(&run(text, Some("2024-06-20")));
    let lines: Vec<&str> = c.lines().filter(|l| l.starts_with("E \"sold\"")).collect();
    assert_eq!(lines.len(), 2, "{c}");
    assert!(lines[0].contains("1980-01-01..1989-12-31"), "{c}");
    assert!(lines[1].contains("2020-01-01..2029-12-31"), "{c}");
    let bought = event_line(&c, "bought").unwrap_or_else(|| panic!("bought: {c}"));
    assert!(bought.contains("1980-01-01..1989-12-31"), "{bought}");
}

#[test]
fn background_takes_the_scene_of_its_paragraph_and_says_so() {
    let text = "The mayor resigned on Tuesday, aides said.\n\
                She was first elected in 2009, when turnout was low. That race ended in a \
                recount.\n\
                Her partnership with the banker ended in acrimony.\n\
                In 2015, the council cut its budget.";
    let findings = run(text, Some("2024-06-20"));
    let c = compact(&findings);
    let resigned = event_line(&c, "resigned").expect("resigned");
    assert!(resigned.contains("2024-06-18..2024-06-18"), "{resigned}");
    // the paragraph's year, not the story's day
    let lines: Vec<&str> = c
        .lines()
        .filter(|l| l.starts_with("E \"ended\" "))
        .collect();
    assert_eq!(lines.len(), 2, "{c}");
    assert!(
        lines[0].contains("2009-01-01..2009-12-31 x=null inferred"),
        "{}",
        lines[0]
    );
    // a new paragraph after an older date: background nothing dates (before publication)
    assert!(lines[1].contains("?..2024-06-20"), "{}", lines[1]);
    // a fronted date clause dates its sentence
    let cut = event_line(&c, "cut").expect("cut");
    assert!(cut.contains("2015-01-01..2015-12-31"), "{cut}");
    // the timeline says which dates are carried over
    let output = Timeline::default()
        .analyze(&Input::new(
            &Document::new("test", text).with_date(date("2024-06-20")),
            &serde_json::Value::Null,
            &{
                let mut prior = BTreeMap::new();
                prior.insert("actors".to_owned(), actors(text, &[]));
                prior
            },
        ))
        .expect("analyze");
    let shown = format!("{:?}", output.presentation);
    assert!(
        shown.contains("2009-01-01 to 2009-12-31 (inferred)"),
        "{shown}"
    );
}

#[test]
fn an_event_between_two_dates_spans_both() {
    let text = "Exports fell by a third between 2011 and 2014. Prices rose from March to May.";
    let c = compact(&run(text, Some("2024-06-20")));
    let fell = event_line(&c, "fell").expect("fell");
    assert!(fell.contains("2011-01-01..2014-12-31"), "{fell}");
    let rose = event_line(&c, "rose").expect("rose");
    assert!(rose.contains("2024-03-01..2024-05-31"), "{rose}");
}

#[test]
fn declared_crested_graduated_and_retired_are_events() {
    let text = "The governor declared an emergency on Monday. The river crested on Tuesday. \
                He graduated in 1990 and retired in 2020.";
    let c = compact(&run(text, Some("2024-06-20")));
    for (trigger, day) in [
        ("declared", "2024-06-17"),
        ("crested", "2024-06-18"),
        ("graduated", "1990-01-01"),
        ("retired", "2020-01-01"),
    ] {
        let line = event_line(&c, trigger).unwrap_or_else(|| panic!("{trigger}: {c}"));
        assert!(line.contains(day), "{line}");
    }
}

#[test]
fn births_sentences_and_court_dates_are_events_and_modifiers_are_not() {
    let text = "The painter was born on May 9, 1941, in Leeds. He served 18 months in prison \
                for fraud in 1975. His nephew is due in court on June 30. \
                Strike organizers said on Monday that ballots would be posted.";
    let c = compact(&run(text, Some("2024-06-20")));
    let born = event_line(&c, "born").unwrap_or_else(|| panic!("born: {c}"));
    assert!(born.contains("1941-05-09"), "{born}");
    let served = event_line(&c, "served").unwrap_or_else(|| panic!("served: {c}"));
    assert!(served.contains("1975"), "{served}");
    let due = event_line(&c, "due").unwrap_or_else(|| panic!("due: {c}"));
    assert!(due.contains("2024-06-30"), "{due}");
    assert!(event_line(&c, "Strike").is_none(), "{c}");
    // `due to` is a cause, no event
    let c = compact(&run(
        "Flights were cancelled due to fog.",
        Some("2024-06-20"),
    ));
    assert!(event_line(&c, "due").is_none(), "{c}");
}

#[test]
fn past_expectations_and_too_hard_to_do_are_no_plans() {
    let text = "The senator lost two counties she had been expected to win easily. \
                Nine races were too close to call on Wednesday. \
                The vote followed a hearing in late May at which the minister resigned.";
    let c = compact(&run(text, Some("2024-06-20")));
    let win = event_line(&c, "win").unwrap_or_else(|| panic!("win: {c}"));
    assert!(!win.contains("planned"), "{win}");
    assert!(
        event_line(&c, "call").is_none_or(|l| !l.contains("planned")),
        "{c}"
    );
    let hearing = event_line(&c, "hearing").unwrap_or_else(|| panic!("hearing: {c}"));
    assert!(!hearing.ends_with(" at"), "{hearing}");
}

#[test]
fn an_event_in_the_last_months_of_a_year_spans_those_months() {
    let text = "The bank raised rates three times over the last five months of 2023.";
    let c = compact(&run(text, Some("2024-06-20")));
    let raised = event_line(&c, "raised").unwrap_or_else(|| panic!("raised: {c}"));
    assert!(raised.contains("2023-08-01..2023-12-31"), "{raised}");
}

#[test]
fn what_is_waited_for_has_not_happened() {
    let text = "Growers must wait five years for the new orchards to pay off. \
                It took a decade for the scheme to pay off.";
    let c = compact(&run(text, Some("2024-06-20")));
    let line = |who: &str| {
        c.lines()
            .find(|l| l.starts_with("E \"pay\"") && l.contains(who))
            .unwrap_or_else(|| panic!("{who}: {c}"))
    };
    assert!(line("Growers").contains("hypothetical"), "{c}");
    assert!(!line("It took").contains("hypothetical"), "{c}");
}

#[test]
fn the_month_may_is_no_modal_before_until() {
    // `in May` is the month: the main clause before `until` holds no hypothetical cue, so the
    // `until` event is what is planned to come, as without the month.
    for text in [
        "The board put off the vote in May until the audit is finished.",
        "The board put off the vote in June until the audit is finished.",
    ] {
        let c = compact(&run(text, Some("2024-06-20")));
        let finished = event_line(&c, "finished").unwrap_or_else(|| panic!("finished: {c}"));
        assert!(finished.contains("planned"), "{text}\n{c}");
    }
}

#[test]
fn a_background_paragraph_in_the_present_does_not_take_the_story_day() {
    let text = "The union met the company on Friday to discuss wages.\n\n\
                The yard employs 900 people and is the largest employer in the town. It was \
                bought by a Dutch group.\n\n\
                Workers walked out after the meeting.";
    let c = compact(&run(text, Some("2025-08-18")));
    let bought = event_line(&c, "bought").unwrap_or_else(|| panic!("bought: {c}"));
    assert!(!bought.contains("2025-08-15"), "{c}");
    // the story's day returns with the next paragraph
    let meeting = event_line(&c, "meeting").unwrap_or_else(|| panic!("meeting: {c}"));
    assert!(meeting.contains("2025-08-15"), "{c}");
}

#[test]
fn a_paragraph_of_the_story_going_on_keeps_the_story_day() {
    // an adverb between the auxiliary and the `-ing` form changes nothing
    for going_on in [
        "are investigating",
        "are still investigating",
        "are now closely examining",
        // the present perfect's adverbs too (one list for both)
        "are just starting to examine",
        "are all examining",
        "are only now examining",
    ] {
        let text = format!(
            "Gunmen attacked a bus station on Friday.\n\n\
             Police {going_on} the attack. Two men were arrested at the scene."
        );
        let c = compact(&run(&text, Some("2025-08-18")));
        let arrested = event_line(&c, "arrested").unwrap_or_else(|| panic!("arrested: {c}"));
        assert!(arrested.contains("2025-08-15"), "{going_on}: {c}");
    }
}
