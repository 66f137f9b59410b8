//! Regressions of the sixth dogfood pass (what the fifth round's articles still showed), on
//! hand-written sentences.

mod common;
use common::*;

fn holds(d: &str, holder: &str, stance: &str, target: &str) -> bool {
    d.lines()
        .any(|l| l.starts_with(&format!("{holder} {stance}")) && l.contains(target))
}

#[test]
fn a_cue_word_after_a_preposition_or_a_noun_is_the_noun() {
    let d = dump(
        "Treasurer Ana Moreau on Monday defended the levy amid a wave of criticism in the assembly.",
        &["Ana Moreau"],
    );
    assert!(holds(&d, "Ana Moreau", "support", "the levy"), "{d}");
    assert!(!holds(&d, "Ana Moreau", "oppose", ""), "{d}");
    let d = dump(
        "The Farlow dockers union ended one of the longest harbour disputes in the county.",
        &["The Farlow dockers union"],
    );
    assert!(!d.contains("oppose"), "{d}");
    // With an object after it, the word after a noun is still the verb.
    let d = dump(
        "The harbour board disputes the figures.",
        &["The harbour board"],
    );
    assert!(
        holds(&d, "The harbour board", "oppose", "the figures"),
        "{d}"
    );
    // And after `to`, or as a gerund after a preposition.
    let d = dump(
        "Senator Vale was censured for criticising the judges.",
        &["Senator Vale"],
    );
    assert!(holds(&d, "Senator Vale", "oppose", "the judges"), "{d}");
}

#[test]
fn a_possessed_holder_phrase_ends_before_its_verb() {
    // `Farlow` is the mention; the holder is the body it owns, without the verb and object.
    let d = dump(
        "Cleaners at Farlow's county health board called off a strike after the board agreed to a pay rise.",
        &["Farlow"],
    );
    assert!(
        d.lines()
            .any(|l| l.starts_with("Farlow's county health board support")),
        "{d}"
    );
    assert!(!d.contains("called off"), "{d}");
    let d = dump(
        "Dunmore's planning office sends a letter opposing the scheme.",
        &["Dunmore"],
    );
    assert!(
        d.lines()
            .any(|l| l.starts_with("Dunmore's planning office oppose")),
        "{d}"
    );
}

#[test]
fn a_second_passive_agent_after_but_holds_the_second_cue() {
    let d = dump(
        "The Harbour Levy was praised by Mayor Okafor but criticised by Councillor Brennan.",
        &["The Harbour Levy", "Mayor Okafor", "Councillor Brennan"],
    );
    assert!(
        holds(&d, "Mayor Okafor", "support", "The Harbour Levy"),
        "{d}"
    );
    assert!(
        holds(&d, "Councillor Brennan", "oppose", "The Harbour Levy"),
        "{d}"
    );
    assert!(!holds(&d, "Mayor Okafor", "oppose", ""), "{d}");
    // A group noun as the second agent.
    let d = dump(
        "The Harbour Levy was welcomed by Mayor Okafor, but condemned by several fishing organisations.",
        &["The Harbour Levy", "Mayor Okafor"],
    );
    assert!(
        holds(
            &d,
            "several fishing organisations",
            "oppose",
            "The Harbour Levy"
        ),
        "{d}"
    );
}

#[test]
fn failing_to_negates_the_inner_cue_as_refused_to_does() {
    for text in [
        "Councillor Brennan refused to back the levy.",
        "Councillor Brennan failed to back the levy.",
        "Councillor Brennan, failing to back the levy, left the chamber.",
        "Councillor Brennan may fail to back the levy.",
    ] {
        let d = dump(text, &["Councillor Brennan"]);
        assert!(
            holds(&d, "Councillor Brennan", "oppose", "the levy"),
            "{text}: {d}"
        );
        assert!(
            !holds(&d, "Councillor Brennan", "support", ""),
            "{text}: {d}"
        );
    }
    // Accused of failing to protect: no support of the children from the accused.
    let d = dump(
        "Senators accused Farlow Media of failing to protect children.",
        &["Farlow Media"],
    );
    assert!(!holds(&d, "Farlow Media", "support", "children"), "{d}");
}

#[test]
fn an_unnamed_subject_in_a_quote_holds_its_verb_not_the_speaker() {
    let text = "Envoy Ruiz spoke after the vote. \"Today one delegation chose to protect its partners,\" she said.";
    let content = "Today one delegation chose to protect its partners,";
    let actors = serde_json::json!([actor(
        "ruiz",
        "Envoy Ruiz",
        "person",
        all(text, "Envoy Ruiz")
    )]);
    let quotes = serde_json::json!([quote(text, content, "ruiz", at(text, "she said", "she"))]);
    let d = lines(&run(text, actors, quotes, serde_json::json!({}))).join("\n");
    assert!(!holds(&d, "Envoy Ruiz", "support", "partners"), "{d}");
    // The speaker's own verb still counts.
    let text2 =
        "Envoy Ruiz spoke after the vote. \"Today we chose to protect our partners,\" she said.";
    let content2 = "Today we chose to protect our partners,";
    let actors2 = serde_json::json!([actor(
        "ruiz",
        "Envoy Ruiz",
        "person",
        all(text2, "Envoy Ruiz")
    )]);
    let quotes2 = serde_json::json!([quote(text2, content2, "ruiz", at(text2, "she said", "she"))]);
    let d = lines(&run(text2, actors2, quotes2, serde_json::json!({}))).join("\n");
    assert!(holds(&d, "Envoy Ruiz", "support", "our partners"), "{d}");
}

#[test]
fn a_plural_people_noun_with_a_from_phrase_holds() {
    let d = dump(
        "DUBLIN, May 3 - Senators from both parties on Monday accused Farlow Media of negligence.",
        &["Farlow Media"],
    );
    assert!(
        holds(&d, "Senators from both parties", "oppose", "Farlow Media"),
        "{d}"
    );
    let d = dump(
        "Some lawmakers from the coast criticised Farlow Media.",
        &["Farlow Media"],
    );
    assert!(
        holds(
            &d,
            "Some lawmakers from the coast",
            "oppose",
            "Farlow Media"
        ),
        "{d}"
    );
}

#[test]
fn a_subject_phrase_before_a_relative_clause_holds() {
    // No actor is named: the body noun phrase before the relative clause is the subject.
    let d = dump(
        "The Farlow dockers union, which represents crane drivers and pilots, rejected the offer for its members.",
        &[],
    );
    assert!(
        holds(&d, "The Farlow dockers union", "oppose", "the offer"),
        "{d}"
    );
    let d = dump(
        "The harbour board, the port's owner, rejected the offer.",
        &[],
    );
    assert!(holds(&d, "The harbour board", "oppose", "the offer"), "{d}");
}

#[test]
fn pointing_back_to_a_quote_takes_its_first_content() {
    let text = "\"The levy is a disgrace to the harbour,\" Senator Halvorsen told the council. \
                \"It taxes the fishing fleet twice.\" Minister Ebbeson rejected this.";
    let range = |content: &str| {
        let s = text.find(content).expect("content in text");
        serde_json::json!({"start": s, "end": s + content.len(), "text": content})
    };
    let quotes = serde_json::json!([{
        "kind": "direct",
        "content": [range("The levy is a disgrace to the harbour,"), range("It taxes the fishing fleet twice.")],
        "cue": null,
        "speaker": {"actor": "senator-halvorsen", "mention": at(text, "Senator Halvorsen told", "Senator Halvorsen"), "name": null},
        "addressee": null
    }]);
    let actors = serde_json::json!([
        actor(
            "senator-halvorsen",
            "Senator Halvorsen",
            "person",
            all(text, "Senator Halvorsen")
        ),
        actor(
            "minister-ebbeson",
            "Minister Ebbeson",
            "person",
            all(text, "Minister Ebbeson")
        ),
    ]);
    let d = lines(&run(text, actors, quotes, serde_json::json!({}))).join("\n");
    assert!(
        d.lines().any(|l| l.starts_with("Minister Ebbeson oppose")
            && l.contains("Senator Halvorsen's position: The levy is a disgrace")),
        "{d}"
    );
}

#[test]
fn a_plural_possessive_owns_the_head_after_it() {
    // `parents` is an actor; the agent is the groups they own.
    let d = dump(
        "The curfew was praised by parents' groups but criticised by shopkeepers.",
        &["parents"],
    );
    assert!(holds(&d, "parents' groups", "support", "The curfew"), "{d}");
    assert!(!holds(&d, "parents", "support", "The curfew"), "{d}");
}

#[test]
fn a_group_noun_before_which_holds_the_relative_clause() {
    // `shopkeepers` would be the nearest mention: the groups before `which` hold the warning.
    let d = dump(
        "The curfew was backed by shopkeepers but opposed by youth organisations, which criticised the police.",
        &["shopkeepers"],
    );
    assert!(
        holds(&d, "youth organisations", "oppose", "the police"),
        "{d}"
    );
    assert!(!holds(&d, "shopkeepers", "oppose", "the police"), "{d}");
    // A thing before `which` holds nothing.
    let d = dump(
        "Councillor Brennan drafted the rules, which punished farmers.",
        &["Councillor Brennan"],
    );
    assert!(!holds(&d, "the rules", "oppose", ""), "{d}");
}

#[test]
fn a_plural_possessive_inside_a_name_keeps_the_actor() {
    let d = dump(
        "The Dunmore Anglers' Club backed the curfew.",
        &["Dunmore Anglers"],
    );
    assert!(holds(&d, "Dunmore Anglers", "support", "the curfew"), "{d}");
}

#[test]
fn one_as_an_object_is_no_unnamed_subject() {
    // `one delegate` is the object here: the speaker's first-person-free quote stays hers.
    let text = "Envoy Ruiz spoke after the vote. \"The council thanked one delegate and condemned the blockade,\" she said.";
    let content = "The council thanked one delegate and condemned the blockade,";
    let actors = serde_json::json!([actor(
        "ruiz",
        "Envoy Ruiz",
        "person",
        all(text, "Envoy Ruiz")
    )]);
    let quotes = serde_json::json!([quote(text, content, "ruiz", at(text, "she said", "she"))]);
    let d = lines(&run(text, actors, quotes, serde_json::json!({}))).join("\n");
    assert!(d.contains("oppose") && d.contains("[the blockade]"), "{d}");
}

#[test]
fn the_model_gives_the_speaker_no_stance_on_what_an_unnamed_subject_does() {
    let text = "Envoy Ruiz condemned the veto. \"Today one member chose to protect its allies rather than innocent civilians,\" she said.";
    let content = "Today one member chose to protect its allies rather than innocent civilians,";
    let actors = serde_json::json!([
        actor(
            "ruiz",
            "Envoy Ruiz",
            "person",
            vec![
                at(text, "Envoy Ruiz", "Envoy Ruiz"),
                at(text, "she said", "she")
            ]
        ),
        actor("allies", "allies", "group", all(text, "allies")),
    ]);
    let quotes = serde_json::json!([quote(text, content, "ruiz", at(text, "she said", "she"))]);
    let d = lines(&run(text, actors, quotes, serde_json::json!({}))).join("\n");
    assert!(!holds(&d, "Envoy Ruiz", "support", "allies"), "{d}");
}

// The review of the sixth pass: what its rules took too widely.

#[test]
fn an_active_verb_after_a_passive_keeps_its_stance() {
    let d = dump(
        "Mira Castell was elected by delegates in June and attacked Oren Blake in her first address.",
        &["Mira Castell", "Oren Blake"],
    );
    assert!(holds(&d, "Mira Castell", "oppose", "Oren Blake"), "{d}");
}

#[test]
fn one_before_a_time_word_or_an_earlier_clause_is_no_unnamed_subject() {
    for content in [
        "One year on, this cabinet still firmly backs the accord,",
        "If someone asks, this cabinet firmly backs the accord,",
    ] {
        let text = format!("Mira Castell spoke at the summit. \"{content}\" Castell said.");
        let actors = serde_json::json!([actor(
            "castell",
            "Mira Castell",
            "person",
            all(&text, "Castell")
        )]);
        let quotes = serde_json::json!([quote(
            &text,
            content,
            "castell",
            at(&text, "Castell said", "Castell")
        )]);
        let d = lines(&run(&text, actors, quotes, serde_json::json!({}))).join("\n");
        assert!(
            holds(&d, "Mira Castell", "support", "the accord"),
            "{content}: {d}"
        );
    }
}

#[test]
fn which_after_a_prepositional_object_is_the_whole_clause() {
    let d = dump(
        "Mira Castell cut grants for the charities, which drew criticism from Oren Blake.",
        &["Mira Castell", "Oren Blake"],
    );
    assert!(holds(&d, "Oren Blake", "oppose", "Mira Castell"), "{d}");
    assert!(!holds(&d, "Oren Blake", "oppose", "the charities"), "{d}");
}

#[test]
fn failing_as_an_adjective_negates_nothing() {
    let d = dump(
        "Oren Blake faces failing support from Mira Castell.",
        &["Mira Castell", "Oren Blake"],
    );
    assert!(!holds(&d, "Mira Castell", "oppose", "Oren Blake"), "{d}");
}
