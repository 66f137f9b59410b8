//! Regressions of the fifth dogfood round (budget debate, club takeover, hospital strike,
//! Security Council, tech hearing, planning row) and of items noticed in earlier rounds, on
//! hand-written sentences.

mod common;
use common::*;

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
