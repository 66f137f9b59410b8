//! Snapshot tests over fixture articles written for this plugin, with hand-written actors and
//! quotes priors (so the rules are tested apart from the actors and quotes plugins).

mod common;
use common::*;
use serde_json::json;

#[test]
fn negation_and_passive() {
    let text = fixture("negation-passive.txt");
    let t = text.as_str();
    let actors = negation_passive_actors(t);
    let output = run_output(t, actors, json!([]), json!({"targets": ["levy"]}));
    let findings = output.findings.to_value();
    let mut lines = lines(&findings);
    lines.extend(position_lines(&output));
    let dump = lines.join("\n");
    // Passive: the committee holds the stance, the levy is the target.
    assert!(
        dump.contains("the finance committee oppose -0.8 [The harbour levy"),
        "{dump}"
    );
    // Negation flips support into (weaker) opposition.
    assert!(
        dump.contains("Priya Nandakumar oppose -0.48 [the levy]"),
        "{dump}"
    );
    // `did not rule out` is openness, not opposition.
    assert!(
        dump.contains("Dana Whitcombe support 0.3 [a smaller fee for cruise ships]"),
        "{dump}"
    );
    // Intensity raises the score.
    assert!(
        dump.contains("The port authority support 0.88 [the mayor's plan]"),
        "{dump}"
    );
    insta::assert_snapshot!(dump);
    insta::assert_snapshot!(
        "negation_and_passive_json",
        serde_json::to_string_pretty(&findings).unwrap_or_default()
    );
}

#[test]
fn pointing_back() {
    let text = fixture("pointing-back.txt");
    let t = text.as_str();
    let actors = json!([
        actor(
            "tomas-berglund",
            "Tomas Berglund",
            "person",
            [all(t, "Tomas Berglund"), all(t, "Berglund in")]
                .concat()
                .into_iter()
                .map(|m| if m["text"] == "Berglund in" {
                    at(t, "criticised Berglund", "Berglund")
                } else {
                    m
                })
                .collect()
        ),
        actor(
            "ingrid-solheim",
            "Ingrid Solheim",
            "person",
            all(t, "Ingrid Solheim")
        ),
        actor(
            "environmental-groups",
            "Environmental groups",
            "group",
            all(t, "Environmental groups")
        ),
        actor(
            "fishing-industry-association",
            "The fishing industry association",
            "organization",
            vec![
                at(
                    t,
                    "The fishing industry association",
                    "The fishing industry association"
                ),
                at(t, "its chairman", "its chairman")
            ]
        ),
    ]);
    let findings = run(t, actors, json!([]), json!({}));
    let dump = lines(&findings).join("\n");
    assert!(dump.contains("Ingrid Solheim oppose -1.0 [Tomas Berglund's position: called for a two-year freeze on cod quotas]"), "{dump}");
    assert!(
        dump.contains(
            "The fishing industry association oppose -1.0 [a permanent ban on bottom trawling"
        ),
        "{dump}"
    );
    assert!(
        dump.contains("The fishing industry association oppose -0.8 [Berglund]"),
        "{dump}"
    );
    insta::assert_snapshot!(dump);
}

#[test]
fn quoted_support_and_opposition() {
    let text = fixture("quoted.txt");
    let t = text.as_str();
    let mut duda = all(t, "Marek Duda");
    duda.extend(
        all(t, "Duda")
            .into_iter()
            .filter(|m| m["start"] != at(t, "Marek Duda", "Duda")["start"]),
    );
    duda.push(at(t, "” he said", "he"));
    let actors = json!([
        actor(
            "lena-kovac",
            "Lena Kovac",
            "person",
            [all(t, "Lena Kovac"), vec![at(t, "Kovac conveyed", "Kovac")]].concat()
        ),
        actor("marek-duda", "Marek Duda", "person", duda),
        actor("vardania", "Vardania", "country", all(t, "Vardania")),
        actor(
            "ostrel",
            "Ostrel",
            "country",
            [all(t, "Ostrel"), vec![at(t, "Ostrel’s envoy", "Ostrel")]].concat()
        ),
    ]);
    let quotes = json!([
        quote(t, "We fully support the joint commission and we welcome the offer of international monitors,", "lena-kovac", at(t, "Minister Lena Kovac", "Lena Kovac")),
        quote(t, "I cannot accept any map that ignores the 1952 treaty,", "marek-duda", at(t, "” he said", "he")),
    ]);
    let output = run_output(
        t,
        actors,
        quotes,
        json!({"targets": ["monitors", "treaty"]}),
    );
    let findings = output.findings.to_value();
    let dump = [lines(&findings), position_lines(&output)]
        .concat()
        .join("\n");
    assert!(
        dump.contains("Lena Kovac support 1.0 [the joint commission]"),
        "{dump}"
    );
    assert!(
        dump.contains("Lena Kovac support 0.7 [the offer of international monitors]"),
        "{dump}"
    );
    assert!(dump.contains("Marek Duda tone=cautious"), "{dump}");
    assert!(dump.contains("Lena Kovac tone=optimistic"), "{dump}");
    assert!(dump.contains("Marek Duda tone=concerned"), "{dump}");
    assert!(
        dump.contains("Lena Kovac on \"monitors\": support"),
        "{dump}"
    );
    insta::assert_snapshot!(dump);
}

#[test]
fn reverse_passive_roles_and_conjuncts() {
    let text = fixture("reverse-and-roles.txt");
    let t = text.as_str();
    let mut brekke = all(t, "Brekke");
    brekke.retain(|m| m["start"] != at(t, "Jonas Brekke", "Brekke")["start"]);
    brekke.push(at(t, "Mayor Jonas Brekke", "Jonas Brekke"));
    let actors = json!([
        actor("jonas-brekke", "Jonas Brekke", "person", brekke),
        actor(
            "ilse-marten",
            "Ilse Marten",
            "person",
            all(t, "Ilse Marten")
        ),
        actor(
            "petra-solli",
            "Petra Solli",
            "person",
            all(t, "Petra Solli")
        ),
        actor(
            "per-aasen",
            "Per Aasen",
            "person",
            [all(t, "Per Aasen"), vec![at(t, "Aasen told", "Aasen")]].concat()
        ),
        actor(
            "orvik-ferry-company",
            "the Orvik Ferry Company",
            "organization",
            all(t, "the Orvik Ferry Company")
        ),
        actor(
            "union",
            "the harbour workers' union",
            "organization",
            all(t, "the harbour workers' union")
        ),
    ]);
    let findings = run(t, actors, json!([]), json!({}));
    let dump = lines(&findings).join("\n");
    // `X angered Y`: Y opposes X.
    assert!(
        dump.contains("Ilse Marten oppose -0.7 [The ferry contract]"),
        "{dump}"
    );
    // `X's decision drew criticism from Y`: Y opposes X's decision, X's actor.
    assert!(
        dump.contains(
            "the harbour workers' union oppose -0.7 [Jonas Brekke's decision] target=\"jonas-brekke\""
        ),
        "{dump}"
    );
    // Passive with the agent after a complement (`accused of secrecy by`).
    assert!(dump.contains("Ilse Marten oppose -0.7 [Brekke]"), "{dump}");
    // Role compound: `a frequent Brekke critic`.
    assert!(dump.contains("Ilse Marten oppose -0.6 [Brekke]"), "{dump}");
    // Both conjuncts hold the stance.
    assert!(
        dump.contains("Petra Solli oppose -0.9 [the tender process]"),
        "{dump}"
    );
    assert!(
        dump.contains("Ilse Marten oppose -0.9 [the tender process]"),
        "{dump}"
    );
    // The subject before the appositive holds the stance, not the company inside it.
    assert!(dump.contains("Per Aasen support 0.8 [Brekke"), "{dump}");
    assert!(!dump.contains("Orvik Ferry Company support 0.8"), "{dump}");
    // The company the chairman speaks for holds it too, below him.
    assert!(
        dump.contains("Orvik Ferry Company support 0.72 [Brekke"),
        "{dump}"
    );
    // A verb coordinated with `told reporters` has Aasen as subject.
    assert!(dump.contains("Per Aasen support 0.6 [Brekke"), "{dump}");
    // `him`: the one actor other than the holder named before it in the sentence.
    assert!(
        dump.contains("Petra Solli support 0.6 [him] target=\"jonas-brekke\""),
        "{dump}"
    );
    // A passive relative clause: the antecedent is the target.
    assert!(
        dump.contains(
            "the harbour workers' union oppose -0.8 [Brekke] target=\"jonas-brekke\" via=passive"
        ),
        "{dump}"
    );
    // `Y, whom X attacked`: the relative pronoun's antecedent is the target.
    assert!(
        dump.contains(
            "Ilse Marten oppose -0.6 [Brekke] target=\"jonas-brekke\" via=actor cue=\"attacked\""
        ),
        "{dump}"
    );
    // `Brekke supporters` are people, not a stance of Brekke, and they hold stances of their own.
    assert!(
        dump.lines().all(|l| !l.starts_with("Jonas Brekke ")),
        "{dump}"
    );
    assert!(
        dump.lines()
            .any(|l| l.starts_with("Brekke supporters oppose") && l.contains("[Ilse Marten]")),
        "{dump}"
    );
    // The speaker named after reported speech.
    assert!(
        dump.contains("Petra Solli oppose -0.42 [contract]"),
        "{dump}"
    );
    insta::assert_snapshot!(dump);
}

#[test]
fn empty_priors_and_bad_settings() {
    let findings = run(
        "Nobody supports anything here. It rained.",
        json!(null),
        json!(null),
        json!(null),
    );
    assert!(findings.as_array().is_some());
    let doc = analyze_sdk::core::Document::new("x", "A text.");
    let settings = json!({"targetz": ["x"]});
    let prior = std::collections::BTreeMap::new();
    let input = analyze_sdk::core::Input::new(&doc, &settings, &prior);
    use analyze_sdk::core::Analyzer;
    assert!(analyze_plugin_stance::Stance.analyze(&input).is_err());
}

#[test]
fn spans_from_priors_that_do_not_fit_are_dropped() {
    let text = "Kyiv welcomed the plan.";
    let actors = json!([
        {"id": "kyiv", "name": "Kyiv", "kind": "country", "mentions": [
            {"start": 0, "end": 4, "text": "Kyiv"},
            {"start": 3, "end": 99, "text": "bogus"},
            {"start": 0, "end": 4, "text": "Kiev"}
        ]}
    ]);
    let output = run_output(
        text,
        actors,
        json!([{"content": [{"start": 1, "end": 500, "text": "x"}]}]),
        json!({"targets": ["plan"]}),
    );
    let findings = output.findings.to_value();
    let dump = [lines(&findings), position_lines(&output)]
        .concat()
        .join("\n");
    assert_eq!(dump, "Kyiv support 0.7 [the plan] target=null via=phrase cue=\"welcomed\" query=[\"plan\"] query_stance=\"support\"\nKyiv on \"plan\": support");
    for f in findings.as_array().into_iter().flatten() {
        for span in [
            &f["holder"]["mention"],
            &f["target"]["span"],
            &f["cue"],
            &f["evidence"],
        ] {
            if let (Some(s), Some(e)) = (span["start"].as_u64(), span["end"].as_u64()) {
                assert_eq!(
                    &text[s as usize..e as usize],
                    span["text"].as_str().unwrap_or("")
                );
            }
        }
    }
}

#[test]
fn odd_texts_do_not_panic() {
    let texts = [
        "",
        "“",
        "He said “we reject",
        "rejected by",
        "Such proposals were rejected by.",
        "X strongly rejected this. Y opposed such proposals, it, that, these.",
        "Ünïcödé — „Zitat“ «guillemets» rejected this… and welcomed ‘it’.",
        "can’t imagine without",
        "was was was rejected by by by",
    ];
    for text in texts {
        let actors = json!([
            actor("x", "X", "person", all(text, "X")),
            actor("y", "Y", "person", all(text, "Y"))
        ]);
        let findings = run(
            text,
            actors,
            json!([]),
            json!({"targets": ["proposals"], "portrayal": true, "pair_threshold": 0.0}),
        );
        assert!(findings.is_array(), "{text}");
    }
}

#[test]
fn opposing_a_position_against_a_target_supports_it() {
    // The position pointed back to is in the sentence before, or earlier in the same sentence,
    // after other sentences with findings of their own.
    for text in [
        "Marlow praised the harbour plan. Ostrander rejected the ceasefire. Pellegrini opposed this position.",
        "Marlow praised the harbour plan. Ostrander rejected the ceasefire, and Pellegrini opposed this position.",
    ] {
        let names = ["Marlow", "Ostrander", "Pellegrini"];
        let actors = json!(names
            .iter()
            .map(|n| actor(&n.to_lowercase(), n, "person", all(text, n)))
            .collect::<Vec<_>>());
        let output = run_output(
            text,
            actors,
            json!([]),
            json!({"targets": ["ceasefire"]}),
        );
        let positions = position_lines(&output).join("\n");
        assert_eq!(
            positions,
            "Marlow on \"ceasefire\": none\nOstrander on \"ceasefire\": oppose\nPellegrini on \"ceasefire\": support",
            "{text}\n{}",
            lines(&output.findings.to_value()).join("\n")
        );
    }
}
