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
