//! Regressions of the third dogfood round (parliament, strikes, summits), on hand-written sentences.

mod common;
use common::*;

fn holds(d: &str, holder: &str, stance: &str, target: &str) -> bool {
    d.lines()
        .any(|l| l.starts_with(&format!("{holder} {stance}")) && l.contains(target))
}

#[test]
fn stopping_short_of_a_stance_takes_none() {
    for text in [
        "Senator Marlow stopped short of endorsing the Hollis plan.",
        "Senator Marlow stopped short of blaming the Hollis union.",
        "Senator Marlow stopped short of openly criticising the Hollis union.",
    ] {
        let d = dump(text, &["Senator Marlow", "the Hollis union", "the Hollis plan"]);
        assert!(!d.lines().any(|l| l.starts_with("Senator Marlow ")), "{text}: {d}");
    }
    // The stance before the `but` still stands.
    let d = dump(
        "Marlow criticised the Hollis union but stopped short of blaming Pell.",
        &["Marlow", "the Hollis union", "Pell"],
    );
    assert!(holds(&d, "Marlow", "oppose", "Hollis union"), "{d}");
    assert!(!holds(&d, "Marlow", "oppose", "Pell"), "{d}");
    assert!(!holds(&d, "Marlow", "support", "Pell"), "{d}");
}
