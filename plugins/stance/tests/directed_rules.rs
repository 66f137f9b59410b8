//! Rules of the directed-recall round, each on hand-written sentences.

mod common;
use common::*;
use serde_json::json;

fn holds(d: &str, holder: &str, stance: &str, target: &str) -> bool {
    d.lines()
        .any(|l| l.starts_with(&format!("{holder} {stance}")) && l.contains(target))
}

#[test]
fn an_office_holder_speaks_for_the_body_of_the_office() {
    // The body before the title.
    let d = dump(
        "Acme spokesman Tom Reed criticised Globex on Monday.",
        &["Acme", "Tom Reed", "Globex"],
    );
    assert!(holds(&d, "Tom Reed", "oppose", "Globex"), "{d}");
    assert!(holds(&d, "Acme", "oppose", "Globex"), "{d}");
    // The body in an appositive between the holder and the cue.
    let d = dump(
        "Mara Lind, the director of the Harbour Trust, praised Councillor Finch.",
        &["Mara Lind", "the Harbour Trust", "Councillor Finch"],
    );
    assert!(holds(&d, "the Harbour Trust", "support", "Finch"), "{d}");
    // A possessor of the holder's title.
    let d = dump(
        "Freedonia's foreign minister condemned Sylvania.",
        &["Freedonia", "Sylvania"],
    );
    assert!(holds(&d, "Freedonia", "oppose", "Sylvania"), "{d}");
}

#[test]
fn no_office_no_body() {
    // No title: a place before a name speaks for nobody.
    let d = dump(
        "In Ohio Tom Reed criticised Globex.",
        &["Ohio", "Tom Reed", "Globex"],
    );
    assert!(!d.lines().any(|l| l.starts_with("Ohio ")), "{d}");
    // An appositive without an office.
    let d = dump(
        "Mara Lind, a friend of Kent Fry, praised Councillor Finch.",
        &["Mara Lind", "Kent Fry", "Councillor Finch"],
    );
    assert!(!d.lines().any(|l| l.starts_with("Kent Fry ")), "{d}");
}

#[test]
fn critiques_endorsements_given_and_charges() {
    let d = dump(
        "In her memoir Hale offers a long critique of Voss.",
        &["Hale", "Voss"],
    );
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
    let d = dump(
        "The governor offered Voss a grudging endorsement on the radio.",
        &["The governor", "Voss"],
    );
    assert!(holds(&d, "The governor", "support", "Voss"), "{d}");
    let d = dump(
        "Prosecutors in Kent charged Voss with fraud.",
        &["Prosecutors", "Voss"],
    );
    assert!(holds(&d, "Prosecutors", "oppose", "Voss"), "{d}");
    // `charged with` has no agent; `emotionally charged` is an adjective.
    let d = dump("The man charged with fraud met Voss.", &["The man", "Voss"]);
    assert!(!d.contains("oppose"), "{d}");
    let d = dump(
        "Hale wrote an emotionally charged letter about Voss.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Hale", "oppose", "Voss"), "{d}");
}

#[test]
fn back_the_adverb_and_a_contest_are_no_stance() {
    let d = dump(
        "Hale put two aides back in Voss within a week.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Hale", "support", "Voss"), "{d}");
    let d = dump("Hale walked back his praise of Voss.", &["Hale", "Voss"]);
    assert!(!holds(&d, "Hale", "support", "his praise"), "{d}");
    // The verb still counts.
    let d = dump("Hale will back Voss in the vote.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "support", "Voss"), "{d}");
    let d = dump(
        "Hale and his team face off against Voss next spring.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Hale", "oppose", "Voss"), "{d}");
    let d = dump(
        "Hale played well in the game against Voss.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Hale", "oppose", "Voss"), "{d}");
    let d = dump("Hale spoke out against Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
}

#[test]
fn a_deadly_attack_is_the_noun() {
    let d = dump(
        "Hale wrote the report a year after the costly attack on Voss.",
        &["Hale", "Voss"],
    );
    // (The pair model may still guess; the rule must not take `attack` as Hale's verb.)
    assert!(!d.contains("cue=\"attack"), "{d}");
    let d = dump("Hale openly attacked Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
}

#[test]
fn offices_named_before_and_names_in_apposition() {
    // `Secretary of [X] Y`: the office before the body.
    let d = dump(
        "Secretary of Commerce Ann Lowe thanked Globex for its help.",
        &["Commerce", "Ann Lowe", "Globex"],
    );
    assert!(holds(&d, "Commerce", "support", "Globex"), "{d}");
    // A long appositive with the office.
    let d = dump(
        "Ann Lowe, the deputy speaker of the North Harbour County Assembly, praised Globex.",
        &["Ann Lowe", "the North Harbour County Assembly", "Globex"],
    );
    assert!(
        holds(&d, "the North Harbour County Assembly", "support", "Globex"),
        "{d}"
    );
    // Names alone in apposition to a common-noun subject hold its stance.
    let d = dump(
        "Two senators, Ann Lowe and Tom Reed, criticised Globex.",
        &["Ann Lowe", "Tom Reed", "Globex"],
    );
    assert!(holds(&d, "Ann Lowe", "oppose", "Globex"), "{d}");
    assert!(holds(&d, "Tom Reed", "oppose", "Globex"), "{d}");
    // Not across a clause: `because` between the body and the holder.
    let d = dump(
        "It hurt the Secretary of Commerce because activists criticised Globex.",
        &["Commerce", "activists", "Globex"],
    );
    assert!(holds(&d, "activists", "oppose", "Globex"), "{d}");
    assert!(!d.lines().any(|l| l.starts_with("Commerce ")), "{d}");
}

#[test]
fn a_title_before_a_name_is_no_other_antecedent() {
    let text = "Ms. Lowe withheld her vote, and Mr. Reed then attacked her record.";
    let actors = json!([
        actor("ann-lowe", "Ann Lowe", "person", all(text, "Lowe")),
        actor("tom-reed", "Tom Reed", "person", all(text, "Reed")),
    ]);
    let findings = run(text, actors, json!([]), json!({}));
    let found = findings.as_array().into_iter().flatten().any(|f| {
        f["holder"]["actor"] == "tom-reed"
            && f["target"]["actor"] == "ann-lowe"
            && f["stance"] == "oppose"
    });
    assert!(found, "{findings:#}");
    // Another capitalised name before the pronoun still blocks the guess.
    let text = "Ms. Lowe met Kay Fry, and Mr. Reed then attacked her record.";
    let actors = json!([
        actor("ann-lowe", "Ann Lowe", "person", all(text, "Lowe")),
        actor("tom-reed", "Tom Reed", "person", all(text, "Reed")),
    ]);
    let findings = run(text, actors, json!([]), json!({}));
    let guessed = findings
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["holder"]["actor"] == "tom-reed" && f["target"]["actor"] == "ann-lowe");
    assert!(!guessed, "{findings:#}");
}

#[test]
fn backing_an_act_against_someone_opposes_them() {
    let d = dump(
        "Hale welcomed the airstrikes on Voss and its allies.",
        &["Hale", "Voss"],
    );
    assert!(holds(&d, "Hale", "oppose", "[Voss]"), "{d}");
    let d = dump(
        "Hale backed a motion to expel Voss from the party.",
        &["Hale", "Voss"],
    );
    assert!(holds(&d, "Hale", "oppose", "[Voss]"), "{d}");
    // An act for someone is no act against them.
    let d = dump("Hale welcomed the new funding for Voss.", &["Hale", "Voss"]);
    assert!(!holds(&d, "Hale", "oppose", "Voss"), "{d}");
    // Opposing an act against someone is left alone.
    let d = dump("Hale condemned the attack on Voss.", &["Hale", "Voss"]);
    assert!(!holds(&d, "Hale", "support", "[Voss]"), "{d}");
}

#[test]
fn negation_reaches_the_cue_over_to_and_longer() {
    let d = dump("Hale is no longer backing Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
    let d = dump(
        "Hale told us that she was not yet prepared to back Voss.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Hale", "support", "Voss"), "{d}");
    let d = dump("Hale seems unwilling to welcome Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
    // Without a negation the cue keeps its stance.
    let d = dump("Hale is ready to endorse Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "support", "Voss"), "{d}");
}

#[test]
fn an_act_by_someone_is_no_act_against_them() {
    let d = dump("Hale backed the strike by Voss workers.", &["Hale", "Voss"]);
    assert!(!holds(&d, "Hale", "oppose", "[Voss]"), "{d}");
}

#[test]
fn stopped_to_is_a_purpose_not_a_negation() {
    // `stopped to thank` is stopping in order to thank; `stopped thanking` negates.
    let d = dump(
        "On her way out Hale stopped to thank Voss for the flowers.",
        &["Hale", "Voss"],
    );
    assert!(holds(&d, "Hale", "support", "Voss"), "{d}");
    let d = dump("Hale has stopped backing Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
}

#[test]
fn backing_the_undoing_of_a_harm_is_no_opposition() {
    // Support for relief from sanctions is no opposition to the one relieved.
    let d = dump(
        "The envoy backed sanctions relief for Freedonia on Tuesday.",
        &["The envoy", "Freedonia"],
    );
    assert!(!holds(&d, "The envoy", "oppose", "Freedonia"), "{d}");
    let d = dump(
        "The senator called for lifting sanctions on Freedonia.",
        &["The senator", "Freedonia"],
    );
    assert!(!holds(&d, "The senator", "oppose", "Freedonia"), "{d}");
    let d = dump(
        "The council supported a sanctions waiver for Globex.",
        &["The council", "Globex"],
    );
    assert!(!d.contains("oppose"), "{d}");
    // The harm itself still opposes.
    let d = dump(
        "The senator called for sanctions on Freedonia.",
        &["The senator", "Freedonia"],
    );
    assert!(holds(&d, "The senator", "oppose", "Freedonia"), "{d}");
}

#[test]
fn a_group_in_office_speaks_for_its_body() {
    let d = dump(
        "Freedonian prosecutors accused Voss of bribery.",
        &["Freedonian", "prosecutors", "Voss"],
    );
    assert!(holds(&d, "Freedonian", "oppose", "Voss"), "{d}");
    let d = dump(
        "Sylvania's cabinet ministers rejected Hale's plan.",
        &["Sylvania", "ministers", "Hale"],
    );
    assert!(holds(&d, "Sylvania", "oppose", "Hale"), "{d}");
    // A group that holds no office speaks for nobody (the cue's finding is the fishermen's
    // alone; the model may still guess for the opening subject).
    let d = dump(
        "Freedonian fishermen accused Voss of bribery.",
        &["Freedonian", "fishermen", "Voss"],
    );
    assert!(
        !d.lines()
            .any(|l| l.starts_with("Freedonian oppose") && l.contains("cue=\"accused\"")),
        "{d}"
    );
}

#[test]
fn support_given_to_someone_and_doubt_cast_on_them() {
    let d = dump(
        "Freedonia has given military support to Sylvania since May.",
        &["Freedonia", "Sylvania"],
    );
    assert!(holds(&d, "Freedonia", "support", "Sylvania"), "{d}");
    let d = dump(
        "Senator Hale questioned Voss's account of the meeting.",
        &["Senator Hale", "Voss"],
    );
    assert!(holds(&d, "Senator Hale", "oppose", "Voss"), "{d}");
    // Being asked about something is no doubt cast on it.
    let d = dump(
        "Hale was questioned about Voss at the hearing.",
        &["Hale", "Voss"],
    );
    assert!(!d.contains("oppose"), "{d}");
}

#[test]
fn later_conjuncts_of_an_agent_and_members_of_a_group_hold_its_stance() {
    // Both agents of a passive, with an appositive after the first.
    let d = dump(
        "Councillor Voss was praised by Ann Fry, a fisherman, and Mayor Tom Reed on Sunday.",
        &["Voss", "Ann Fry", "Tom Reed"],
    );
    assert!(holds(&d, "Ann Fry", "support", "Voss"), "{d}");
    assert!(holds(&d, "Tom Reed", "support", "Voss"), "{d}");
    // Members listed after a group holder, after the holder or after the target.
    let d = dump(
        "Voss's levy drew fire from farmers, including her cousin, Councillor Ann Fry.",
        &["Voss", "farmers", "Ann Fry"],
    );
    assert!(holds(&d, "Ann Fry", "oppose", "Voss"), "{d}");
    let d = dump(
        "Many councillors rejected Voss's levy, including Ann Fry and Tom Reed.",
        &["councillors", "Voss", "Ann Fry", "Tom Reed"],
    );
    assert!(holds(&d, "Ann Fry", "oppose", "Voss"), "{d}");
    assert!(holds(&d, "Tom Reed", "oppose", "Voss"), "{d}");
    // A name after the agent that is not joined to it holds nothing.
    let d = dump(
        "Councillor Voss was praised by Ann Fry on Sunday before Tom Reed spoke.",
        &["Voss", "Ann Fry", "Tom Reed"],
    );
    assert!(holds(&d, "Ann Fry", "support", "Voss"), "{d}");
    assert!(!holds(&d, "Tom Reed", "support", "Voss"), "{d}");
}

#[test]
fn to_before_a_noun_phrase_ends_the_object() {
    // The refugees are welcomed, not the country they come to.
    let d = dump(
        "Hale welcomed more refugees into Freedonia last year.",
        &["Hale", "Freedonia"],
    );
    assert!(!holds(&d, "Hale", "support", "Freedonia"), "{d}");
    assert!(holds(&d, "Hale", "support", "more refugees"), "{d}");
    let d = dump(
        "Hale praised the return of the statue to the Voss family.",
        &["Hale", "the Voss family"],
    );
    assert!(!holds(&d, "Hale", "support", "Voss"), "{d}");
    // `to` before a verb goes on.
    let d = dump(
        "Hale endorsed the plan to punish Voss for the leak.",
        &["Hale", "Voss"],
    );
    assert!(holds(&d, "Hale", "support", "to punish Voss"), "{d}");
}

#[test]
fn challenge_welcome_and_champion_as_nouns_are_no_cues() {
    // Nouns after an adjective or a noun.
    let d = dump(
        "Globex faces a slew of legal challenges in Freedonian courts.",
        &["Globex", "Freedonian"],
    );
    assert!(!d.contains("oppose"), "{d}");
    let d = dump(
        "Hale gave the team a warm welcome in Sylvania.",
        &["Hale", "Sylvania"],
    );
    assert!(!d.contains("support"), "{d}");
    let d = dump(
        "Hale beat defending champion Tom Reed in the final.",
        &["Hale", "Tom Reed"],
    );
    assert!(!holds(&d, "Hale", "support", "Tom Reed"), "{d}");
    // The verbs after a name, a pronoun or an auxiliary stay cues.
    let d = dump("Hale will challenge Voss for the seat.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "oppose", "Voss"), "{d}");
    let d = dump("Hale champions Voss at every turn.", &["Hale", "Voss"]);
    assert!(holds(&d, "Hale", "support", "Voss"), "{d}");
}

#[test]
fn an_inquiry_is_no_stance() {
    let d = dump(
        "The harbour committee is investigating Globex and its ties to Voss.",
        &["The harbour committee", "Globex", "Voss"],
    );
    assert!(!d.contains("oppose"), "{d}");
    let d = dump(
        "Hale opened an investigation into Globex last spring.",
        &["Hale", "Globex"],
    );
    assert!(!d.contains("oppose"), "{d}");
}

#[test]
fn support_asked_for_or_lacking_is_no_support_given() {
    let d = dump(
        "Hale said he needs more support from Voss before the vote.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Voss", "support", "Hale"), "{d}");
    let d = dump(
        "The poll found Hale winning zero support from Voss voters.",
        &["Hale", "Voss"],
    );
    assert!(!holds(&d, "Voss", "support", "Hale"), "{d}");
    // Support received still counts.
    let d = dump("Hale won strong support from Voss.", &["Hale", "Voss"]);
    assert!(holds(&d, "Voss", "support", "Hale"), "{d}");
}
