//! The public report contract (`report-json.md`, stance section): every finding of the plugin
//! has `"type": "stance"` or `"type": "tone"`, whatever the settings.

mod common;
use common::*;
use serde_json::{json, Value};

fn assert_only_stance_and_tone(findings: &Value, settings: &Value) {
    let findings = findings.as_array().expect("findings are a list");
    assert!(!findings.is_empty(), "no findings with {settings}");
    for f in findings {
        assert!(
            matches!(f["type"].as_str(), Some("stance" | "tone")),
            "a finding of another type with {settings}: {f}"
        );
    }
}

#[test]
fn every_finding_is_a_stance_or_a_tone() {
    let text = fixture("negation-passive.txt");
    let t = text.as_str();
    let actors = negation_passive_actors(t);
    for settings in [
        json!({}),
        json!({"targets": ["levy", "plan", "nothing-of-the-kind"]}),
        json!({"portrayal": true}),
        json!({"targets": ["levy", "plan"], "portrayal": true, "pair_threshold": 0.0}),
    ] {
        let findings = run(t, actors.clone(), json!([]), settings.clone());
        assert_only_stance_and_tone(&findings, &settings);
        let all = findings.as_array().into_iter().flatten();
        if settings.get("targets").is_some() {
            assert!(
                all.clone().any(|f| f["query"] == json!(["levy"])),
                "no stance on the levy with {settings}"
            );
        }
        if settings.get("portrayal").is_some() {
            let portrayals: Vec<&Value> = all.filter(|f| f["via"] == "portrayal").collect();
            assert!(!portrayals.is_empty(), "no portrayal with {settings}");
            for p in portrayals {
                assert_eq!(
                    p["holder"],
                    json!({"actor": null, "mention": null, "name": "the article"})
                );
                assert!(p["cue"].is_null(), "{p}");
                assert!(p["target"]["actor"].is_string(), "{p}");
                let score = p["score"].as_f64().expect("a score");
                let expected = match p["stance"].as_str() {
                    Some("support") => p["probability"].as_f64(),
                    Some("oppose") => p["probability"].as_f64().map(|x| -x),
                    Some("neutral") => Some(0.0),
                    _ => None,
                };
                assert_eq!(Some(score), expected, "{p}");
            }
        }
    }
}
