//! Regressions of the fifth dogfood round (budget debate, club takeover, hospital strike,
//! Security Council, tech hearing, planning row) and of items noticed in earlier rounds, on
//! hand-written sentences.

mod common;
use common::*;
use serde_json::json;

fn holds(d: &str, holder: &str, stance: &str, target: &str) -> bool {
    d.lines()
        .any(|l| l.starts_with(&format!("{holder} {stance}")) && l.contains(target))
}

#[test]
fn only_a_harm_noun_is_undone_by_a_noun_of_undoing() {
    // Any cue before `relief`, `waiver`, … is still a stance: only an act of harm is undone.
    let d = dump(
        "Councillor Brennan backed relief for the Dunmore farmers.",
        &["Councillor Brennan", "the Dunmore farmers"],
    );
    assert!(
        holds(
            &d,
            "Councillor Brennan",
            "support",
            "relief for the Dunmore farmers"
        ),
        "{d}"
    );
    let d = dump(
        "Councillor Brennan opposed exemptions for the Ostrava Group.",
        &["Councillor Brennan", "the Ostrava Group"],
    );
    assert!(
        holds(&d, "Councillor Brennan", "oppose", "exemptions"),
        "{d}"
    );
    // A harm noun before one is undone: no sanctions, no stance against Y.
    let d = dump(
        "Councillor Brennan backed sanctions relief for the Ostrava Group.",
        &["Councillor Brennan", "the Ostrava Group"],
    );
    assert!(!holds(&d, "Councillor Brennan", "oppose", "Ostrava"), "{d}");
}

#[test]
fn a_subject_pronoun_after_the_head_ends_the_object() {
    for (text, target) in [
        ("Mayor Okafor praised the work he did.", "the work"),
        ("Mayor Okafor criticised the deal they signed.", "the deal"),
        (
            "Mayor Okafor welcomed the changes we have made.",
            "the changes",
        ),
    ] {
        let d = dump(text, &["Mayor Okafor"]);
        assert!(
            d.lines().any(|l| l.contains(&format!("[{target}]"))),
            "{text}: {d}"
        );
    }
    // A question word's clause is the object itself.
    let d = dump(
        "Mayor Okafor blasted what he views as a stunt.",
        &["Mayor Okafor"],
    );
    assert!(!d.contains("[what]"), "{d}");
}

#[test]
fn a_group_actor_before_in_and_a_place_holds_the_tone_and_the_stance() {
    // Both the group and the place are actors (as the actors plugin makes them).
    let d = dump(
        "Liberals in the Assembly were more critical.",
        &["Liberals", "the Assembly"],
    );
    assert!(d.contains("Liberals tone=critical"), "{d}");
    assert!(!d.contains("the Assembly tone"), "{d}");
    let d = dump(
        "Liberals in the Assembly were critical of the levy.",
        &["Liberals", "the Assembly"],
    );
    assert!(holds(&d, "Liberals", "oppose", "the levy"), "{d}");
    assert!(!holds(&d, "the Assembly", "oppose", "the levy"), "{d}");
}

#[test]
fn a_verb_after_and_shares_the_subject_even_after_an_object_mention() {
    let d = dump(
        "Senator Vance met the dockers and backed Mayor Ruiz.",
        &["Senator Vance", "the dockers", "Mayor Ruiz"],
    );
    assert!(holds(&d, "Senator Vance", "support", "Mayor Ruiz"), "{d}");
    assert!(!holds(&d, "the dockers", "support", "Mayor Ruiz"), "{d}");
    // After a denied clause too: the denied clause's subject does not take the verb.
    let d = dump(
        "Senator Vance rejected claims that Governor Oduya had misled the dockers and sided with Mayor Ruiz.",
        &["Senator Vance", "Governor Oduya", "the dockers", "Mayor Ruiz"],
    );
    assert!(holds(&d, "Senator Vance", "support", "Mayor Ruiz"), "{d}");
    assert!(!holds(&d, "the dockers", "support", "Mayor Ruiz"), "{d}");
    assert!(!holds(&d, "Governor Oduya", "support", "Mayor Ruiz"), "{d}");
    // A coordinated subject still holds with each conjunct.
    let d = dump(
        "Senator Vance and Governor Oduya backed Mayor Ruiz.",
        &["Senator Vance", "Governor Oduya", "Mayor Ruiz"],
    );
    assert!(holds(&d, "Senator Vance", "support", "Mayor Ruiz"), "{d}");
    assert!(holds(&d, "Governor Oduya", "support", "Mayor Ruiz"), "{d}");
}

#[test]
fn a_verb_between_two_names_is_no_office() {
    // `X denied that Governor Y …`: X is no body whose office Y holds.
    let d = dump(
        "Senator Vance denied that Governor Oduya backed the levy.",
        &["Senator Vance", "Governor Oduya"],
    );
    assert!(!holds(&d, "Senator Vance", "support", "the levy"), "{d}");
    // `X spokesman Y` still speaks for X.
    let d = dump(
        "Harbour Board spokesman Ian Tully criticised the levy.",
        &["Harbour Board", "Ian Tully"],
    );
    assert!(holds(&d, "Harbour Board", "oppose", "the levy"), "{d}");
}

#[test]
fn a_reverse_cue_keeps_the_possessed_phrase_as_its_target() {
    // The target is what the owner did, naming the owner's actor (as after a cue).
    let d = dump(
        "Mayor Ruiz's decision drew criticism from Senator Vance.",
        &["Mayor Ruiz", "Senator Vance"],
    );
    assert!(
        d.contains("Senator Vance oppose -0.7 [Mayor Ruiz's decision] target=\"mayor-ruiz\""),
        "{d}"
    );
    let d = dump(
        "The Tarn Party's youth wing angered Senator Vance.",
        &["The Tarn Party", "Senator Vance"],
    );
    assert!(
        d.contains("[The Tarn Party's youth wing] target=\"the-tarn-party\""),
        "{d}"
    );
}

#[test]
fn a_cue_word_inside_a_name_is_no_cue() {
    let d = dump(
        "The Dunmore Supporters' Trust urged the league to act.",
        &["Dunmore"],
    );
    assert!(!d.contains("cue=\"Supporters'\""), "{d}");
    let d = dump(
        "The Coastal Rescue Committee called the ruling a disgrace.",
        &["Coastal"],
    );
    assert!(!d.contains("cue=\"Rescue\""), "{d}");
    // A capitalised cue at the start of a sentence or after a name alone stays a cue.
    let d = dump("Senator Vance Backed the levy.", &["Senator Vance"]);
    assert!(holds(&d, "Senator Vance", "support", "the levy"), "{d}");
}

#[test]
fn trust_the_body_is_no_cue() {
    let d = dump(
        "The Kestrel hospital trust called off the talks, trust chair Ian Tully said.",
        &["Ian Tully"],
    );
    assert!(!d.contains("cue=\"trust\""), "{d}");
    // The verb stays a cue.
    let d = dump(
        "Mayor Ruiz said voters trust Senator Vance.",
        &["Mayor Ruiz", "Senator Vance"],
    );
    assert!(d.contains("cue=\"trust\""), "{d}");
}

#[test]
fn unless_ends_the_object() {
    let d = dump(
        "Councillor Brennan will vote against the scheme unless the flood concerns are met.",
        &["Councillor Brennan"],
    );
    assert!(d.contains("[the scheme]"), "{d}");
}

/// Findings with the given actors and one quote (`content` said by `speaker`, named by
/// `speaker_word` in `context`).
fn dump_quoted(
    text: &str,
    names: &[&str],
    content: &str,
    speaker: &str,
    context: &str,
    speaker_word: &str,
) -> String {
    let actors: Vec<_> = names
        .iter()
        .map(|n| {
            actor(
                &n.to_lowercase().replace(' ', "-"),
                n,
                "person",
                all(text, n),
            )
        })
        .collect();
    let quotes = json!([quote(
        text,
        content,
        &speaker.to_lowercase().replace(' ', "-"),
        at(text, context, speaker_word)
    )]);
    lines(&run(text, json!(actors), quotes, json!({}))).join("\n")
}

#[test]
fn this_points_back_to_the_last_quote_when_no_finding_is_there() {
    // The sentence before states no stance by cue, only a quote: `this` is the quoted claim,
    // with its speaker.
    let t = "Senator Halvorsen said the tariff would ruin the orchard growers. \
             Minister Ebbeson rejected this.";
    let d = dump_quoted(
        t,
        &["Senator Halvorsen", "Minister Ebbeson"],
        "the tariff would ruin the orchard growers",
        "Senator Halvorsen",
        "Senator Halvorsen said",
        "Senator Halvorsen",
    );
    assert!(
        d.lines().any(|l| l.starts_with("Minister Ebbeson oppose")
            && l.contains("Senator Halvorsen's position: the tariff would ruin")
            && l.contains("target=\"senator-halvorsen\"")
            && l.contains("via=points_back")),
        "{d}"
    );
    // The holder's own words are no position pointed back to.
    let t = "Minister Ebbeson said the tariff would help the orchard growers. \
             Minister Ebbeson later rejected this.";
    let d = dump_quoted(
        t,
        &["Minister Ebbeson"],
        "the tariff would help the orchard growers",
        "Minister Ebbeson",
        "Minister Ebbeson said",
        "Minister Ebbeson",
    );
    assert!(!d.contains("rejected") && !d.contains("position"), "{d}");
}

#[test]
fn it_points_back_to_the_thing_just_named_not_its_holders_position() {
    let d = dump(
        "The levy was welcomed by the Farmers Guild. The Dock Workers Union condemned it.",
        &["Farmers Guild", "Dock Workers Union"],
    );
    assert!(
        d.lines().any(|l| l.starts_with("Dock Workers Union oppose")
            && l.contains("[The levy]")
            && l.contains("target=null")),
        "{d}"
    );
    assert!(!d.contains("Farmers Guild's position"), "{d}");
}

#[test]
fn that_call_points_back_to_the_call() {
    let d = dump(
        "The Tenants Federation backed the mayor and called for a rent freeze. \
         Councillor Draper said she supported that call.",
        &["Tenants Federation", "Councillor Draper"],
    );
    assert!(
        d.lines().any(|l| l.starts_with("Councillor Draper support")
            && l.contains("position: called for a rent freeze")),
        "{d}"
    );
}

#[test]
fn it_after_a_body_said_is_the_body() {
    let t = "The Ferndale Tenants Association said it opposed the merger.";
    let actors = json!([actor(
        "fta",
        "Ferndale Tenants Association",
        "organization",
        all(t, "The Ferndale Tenants Association")
    )]);
    let d = lines(&run(t, actors, json!([]), json!({}))).join("\n");
    assert!(
        holds(&d, "Ferndale Tenants Association", "oppose", "[the merger]"),
        "{d}"
    );
    // What it said is a quote of the body's.
    let t = "The Ferndale Tenants Association said it opposed the merger.";
    let actors = json!([actor(
        "fta",
        "Ferndale Tenants Association",
        "organization",
        all(t, "The Ferndale Tenants Association")
    )]);
    let quotes = json!([quote(
        t,
        "it opposed the merger",
        "fta",
        at(t, "The Ferndale", "The Ferndale Tenants Association")
    )]);
    let d = lines(&run(t, actors, quotes, json!({}))).join("\n");
    assert!(
        holds(&d, "Ferndale Tenants Association", "oppose", "[the merger]"),
        "{d}"
    );
    // The mention stops before the rest of the name (`… Supporters' Trust`).
    let t = "The Ferndale Renters' Trust said it opposed the merger.";
    let actors = json!([actor(
        "frt",
        "Ferndale Renters",
        "group",
        vec![at(t, "The Ferndale Renters", "The Ferndale Renters")]
    )]);
    let d = lines(&run(t, actors, json!([]), json!({}))).join("\n");
    assert!(
        holds(&d, "Ferndale Renters", "oppose", "[the merger]"),
        "{d}"
    );
    // A person said it: `it` is a thing, no holder.
    let t = "Councillor Brandt said it opposed the merger.";
    let d = dump(t, &["Councillor Brandt"]);
    assert!(!d.contains("oppose"), "{d}");
}

#[test]
fn a_common_noun_body_is_a_subject() {
    let d = dump("The parish council has also opposed the bypass.", &[]);
    assert!(
        holds(&d, "The parish council", "oppose", "[the bypass]"),
        "{d}"
    );
    // Not after a preposition: `the report by the district council criticised`.
    let d = dump(
        "A report for the district council criticised the bypass.",
        &[],
    );
    assert!(!d.contains("district council"), "{d}");
}

#[test]
fn a_time_phrase_is_no_holder() {
    let d = dump(
        "Lawmakers from both chambers on Thursday accused the chief executive of Zentro of hiding losses.",
        &[],
    );
    assert!(!d.contains("Thursday"), "{d}");
}

#[test]
fn a_cue_inside_a_hedged_action_is_as_weak_as_it() {
    let d = dump(
        "Senator Halvorsen did not rule out backing the tariff.",
        &["Senator Halvorsen"],
    );
    let inner = d
        .lines()
        .find(|l| l.contains("cue=\"backing\""))
        .unwrap_or_else(|| panic!("{d}"));
    assert!(inner.contains("support 0.3 [the tariff]"), "{d}");
}

#[test]
fn a_stance_inside_a_denied_clause_is_no_ones() {
    let d = dump(
        "Mayor Okafor rejected claims that Councillor Brandt had sided with the developers.",
        &["Mayor Okafor", "Councillor Brandt"],
    );
    assert!(
        !holds(&d, "Councillor Brandt", "support", "developers"),
        "{d}"
    );
    assert!(holds(&d, "Mayor Okafor", "oppose", "claims"), "{d}");
    // Not denied: the stance stands.
    let d = dump(
        "Mayor Okafor said that Councillor Brandt had sided with the developers.",
        &["Mayor Okafor", "Councillor Brandt"],
    );
    assert!(
        holds(&d, "Councillor Brandt", "support", "developers"),
        "{d}"
    );
}

#[test]
fn a_participle_after_an_object_is_said_of_the_object() {
    let d = dump(
        "Delvania on Tuesday vetoed a resolution demanding a halt to the shelling.",
        &["Delvania"],
    );
    assert!(holds(&d, "Delvania", "oppose", "[a resolution]"), "{d}");
    assert!(!holds(&d, "Delvania", "support", "a halt"), "{d}");
    // After a comma the participle is the subject's.
    let d = dump(
        "Delvania vetoed the resolution, demanding a halt to the shelling.",
        &["Delvania"],
    );
    assert!(holds(&d, "Delvania", "support", "a halt"), "{d}");
}

#[test]
fn a_tone_word_about_a_thing_is_no_ones_tone() {
    let d = dump(
        "Mayor Okafor said the forecasts looked optimistic.",
        &["Mayor Okafor"],
    );
    assert!(!d.contains("tone=optimistic"), "{d}");
    // Said of people, it is their tone.
    let d = dump("Mayor Okafor was optimistic.", &["Mayor Okafor"]);
    assert!(d.contains("Mayor Okafor tone=optimistic"), "{d}");
    let d = dump("Mayor Okafor said he was optimistic.", &["Mayor Okafor"]);
    assert!(d.contains("Mayor Okafor tone=optimistic"), "{d}");
}

#[test]
fn a_negative_subject_negates() {
    for text in [
        "Nobody here is against the bypass, Mayor Okafor said.",
        "No one is against the bypass, Mayor Okafor said.",
        "Nobody opposes the bypass, Mayor Okafor said.",
    ] {
        let d = dump(text, &["Mayor Okafor"]);
        assert!(!d.contains(" oppose "), "{text}: {d}");
    }
}

#[test]
fn naming_a_thing_with_an_evaluative_word_is_a_stance_on_it() {
    let d = dump(
        "The Harbour Relief Agency called the decision \"a disgrace\" and urged the board to think again.",
        &["Harbour Relief Agency"],
    );
    assert!(
        holds(&d, "Harbour Relief Agency", "oppose", "[the decision]"),
        "{d}"
    );
    let d = dump(
        "Mayor Okafor called the remark arrogant.",
        &["Mayor Okafor"],
    );
    assert!(holds(&d, "Mayor Okafor", "oppose", "[the remark]"), "{d}");
    // A neutral word names nothing.
    let d = dump(
        "Mayor Okafor called the meeting a briefing.",
        &["Mayor Okafor"],
    );
    assert!(!d.contains("[the meeting]"), "{d}");
}

#[test]
fn a_common_noun_body_is_a_passive_agent() {
    let d = dump(
        "Mayor Okafor had earlier been criticised by the union for refusing to meet its negotiators.",
        &["Mayor Okafor"],
    );
    assert!(holds(&d, "the union", "oppose", "[Mayor Okafor]"), "{d}");
}

#[test]
fn a_denied_clause_ends_at_a_clause_break() {
    // The holder after `but` is in a clause of its own: its stance stands.
    let d = dump(
        "Minister Varga denied that the talks had stalled, but Senator Holm backed the deal.",
        &["Minister Varga", "Senator Holm"],
    );
    assert!(holds(&d, "Senator Holm", "support", "the deal"), "{d}");
}

#[test]
fn it_points_back_to_no_person() {
    let d = dump_kinds(
        "Mayor Obi praised Councillor Lund. The Residents Union condemned it.",
        &[
            ("Mayor Obi", "person"),
            ("Councillor Lund", "person"),
            ("The Residents Union", "organization"),
        ],
    );
    // Mayor Obi's position, not Councillor Lund.
    assert!(
        holds(
            &d,
            "The Residents Union",
            "oppose",
            "target=\"mayor-obi\" via=points_back"
        ),
        "{d}"
    );
}

#[test]
fn a_thing_named_takes_no_evaluation_past_a_comma() {
    let d = dump(
        "Governor Pike called the election early, citing a terrible crisis.",
        &["Governor Pike"],
    );
    assert!(!holds(&d, "Governor Pike", "oppose", "election"), "{d}");
}

#[test]
fn said_it_needs_the_body_right_before_the_verb() {
    // Another body named earlier in a relative clause is not who said it.
    let d = dump_kinds(
        "The Tarn Council, which the Acme Trust had criticised, also said it opposed the plan.",
        &[
            ("The Tarn Council", "organization"),
            ("the Acme Trust", "organization"),
        ],
    );
    assert!(!holds(&d, "the Acme Trust", "oppose", "the plan"), "{d}");
}

#[test]
fn a_role_noun_subject_is_a_person_whose_tone_counts() {
    let d = dump(
        "Brannock executives were upbeat about the merger.",
        &["Brannock"],
    );
    assert!(d.contains("tone=optimistic"), "{d}");
}
