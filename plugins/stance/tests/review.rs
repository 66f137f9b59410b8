//! One-sentence regressions found in review, each with hand-written actors.

mod common;
use common::*;
use serde_json::json;

#[test]
fn appositive_name_after_possessive_subject_holds_the_stance() {
    let d = dump(
        "Putin's spokesman, Dmitry Peskov, dismissed the plan.",
        &["Putin", "Dmitry Peskov"],
    );
    assert!(d.starts_with("Dmitry Peskov oppose"), "{d}");
    assert!(d.lines().all(|l| !l.starts_with("Putin ")), "{d}");
    let d = dump(
        "Obama's successor, Trump, criticised Biden.",
        &["Obama", "Trump", "Biden"],
    );
    assert!(
        d.starts_with("Trump oppose") && d.contains("[Biden]"),
        "{d}"
    );
    assert!(d.lines().all(|l| !l.starts_with("Obama ")), "{d}");
    // A descriptive appositive still gives the subject before it.
    let d = dump(
        "Peskov, the spokesman of Putin, dismissed the plan.",
        &["Putin", "Peskov"],
    );
    assert!(d.starts_with("Peskov oppose"), "{d}");
    // A description of the subject between the commas leaves the name as the holder's mention.
    let text = "Harding, the senator, dismissed the plan.";
    let harding = actor(
        "paul-harding",
        "Paul Harding",
        "person",
        [all(text, "Harding"), all(text, "the senator")].concat(),
    );
    let findings = run(text, json!([harding]), json!([]), json!({}));
    assert_eq!(
        findings[0]["holder"]["mention"]["text"], "Harding",
        "{findings:#}"
    );
}

#[test]
fn reverse_cue_without_a_subject_makes_no_finding() {
    for (text, names) in [
        (
            "The criticism from Democrats angered Trump.",
            &["Democrats", "Trump"][..],
        ),
        (
            "Facing criticism from Democrats, Trump defended the tariffs.",
            &["Democrats", "Trump"][..],
        ),
        (
            "With support from Germany, Kyiv pressed on.",
            &["Germany", "Kyiv"][..],
        ),
    ] {
        let d = dump(text, names);
        for bad in ["[The]", "[Facing]", "[With]", "[The criticism"] {
            assert!(!d.contains(bad), "{text}: {d}");
        }
    }
}

#[test]
fn stance_nouns_take_their_argument_by_preposition() {
    let d = dump(
        "Israel's defense against Hamas continued.",
        &["Israel", "Hamas"],
    );
    assert!(d.contains("Israel oppose -0.6 [Hamas"), "{d}");
    assert!(!d.contains("Israel support"), "{d}");
    let d = dump("Israel's defence of Gaza's border continued.", &["Israel"]);
    assert!(d.contains("Israel support 0.6 [Gaza's border"), "{d}");
    let d = dump("Obama's crusade for reform went on.", &["Obama"]);
    assert!(d.contains("Obama support 0.6 [reform"), "{d}");
    let d = dump("Obama's crusade against corruption went on.", &["Obama"]);
    assert!(d.contains("Obama oppose -0.6 [corruption"), "{d}");
    let d = dump("Obama's war for independence went on.", &["Obama"]);
    assert!(d.contains("Obama support 0.6 [independence"), "{d}");
    // Other opposition nouns keep `for` as their target (`contempt for Y`).
    let d = dump(
        "Obama's contempt for Congress grew.",
        &["Obama", "Congress"],
    );
    assert!(d.contains("Obama oppose -0.6 [Congress"), "{d}");
}

#[test]
fn no_conjunct_walk_back_from_a_holder_after_the_cue() {
    let d = dump(
        "We oppose the deal with Russia, Zelenskyy said.",
        &["Russia", "Zelenskyy"],
    );
    assert!(d.contains("Zelenskyy oppose"), "{d}");
    assert!(d.lines().all(|l| !l.starts_with("Russia ")), "{d}");
    // A list before the cue still gives each conjunct.
    let d = dump(
        "Macron, Scholz and Meloni criticised the deal.",
        &["Macron", "Scholz", "Meloni"],
    );
    for name in ["Macron", "Scholz", "Meloni"] {
        assert!(d.contains(&format!("{name} oppose")), "{d}");
    }
}

#[test]
fn quote_speaker_of_a_merged_actor_takes_the_given_id() {
    let text = "Zelenskyy arrived. \"We support the plan,\" he said.";
    // The actors plugin names him `zelenskyy`; the settings give him as `given-1`.
    let prior = json!([actor(
        "zelenskyy",
        "Volodymyr Zelenskyy",
        "person",
        [all(text, "Zelenskyy"), all(text, "he")].concat()
    )]);
    let given = actor("given-1", "Zelenskyy", "other", all(text, "Zelenskyy"));
    let quotes = json!([quote(
        text,
        "We support the plan,",
        "zelenskyy",
        at(text, "he said", "he")
    )]);
    let findings = run(text, prior, quotes, json!({"actors": [given]}));
    let holders: Vec<_> = findings
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["type"] == "stance")
        .map(|f| f["holder"]["actor"].clone())
        .collect();
    assert!(!holders.is_empty(), "{findings:#}");
    assert!(holders.iter().all(|a| a == "given-1"), "{findings:#}");
}

/// A long article with many mentions: time it with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn long_article_timing() {
    let mut text = String::new();
    for k in 0..3000 {
        text.push_str(&format!(
            "Smith{k} met Jones{k} and Brown{k}, and urged Lee{k} to drop his criticism of Ward{k} and attack Kent{k}. "
        ));
    }
    let mut actors = Vec::new();
    for k in 0..3000 {
        for n in ["Smith", "Jones", "Brown", "Lee", "Ward", "Kent"] {
            let name = format!("{n}{k}");
            actors.push(actor(
                &name.to_lowercase(),
                &name,
                "person",
                all(&text, &name),
            ));
        }
    }
    let t = std::time::Instant::now();
    let findings = run(&text, json!(actors), json!([]), json!({}));
    eprintln!(
        "{} findings in {:?}",
        findings.as_array().map_or(0, Vec::len),
        t.elapsed()
    );
}

#[test]
fn urging_someone_to_act_supports_the_action() {
    for (text, want) in [
        ("Cole urged the union to return to talks.", "support"),
        ("Cole called on the union to return to talks.", "support"),
        ("Cole pressed the union to return to talks.", "support"),
        ("Cole appealed to the union to return to talks.", "support"),
        (
            "Cole urged Britain and France to return to talks.",
            "support",
        ),
        ("Cole urged the union not to return to talks.", "oppose"),
        ("Cole called on the union not to return to talks.", "oppose"),
    ] {
        let d = dump(text, &["Cole"]);
        assert!(
            d.starts_with(&format!("Cole {want} ")) && d.contains("[return to talks]"),
            "{text}\n{d}"
        );
        assert_eq!(d.lines().count(), 1, "{text}\n{d}");
    }
    // No addressee, or no action after `to`: no directive.
    for text in [
        "Cole was urged to return to talks.",
        "Cole urged restraint in response to the strike.",
        "Cole told a press conference to loud applause.",
    ] {
        let d = dump(text, &["Cole"]);
        assert!(
            d.lines()
                .all(|l| !l.contains("support") && !l.contains("oppose")),
            "{text}\n{d}"
        );
    }
}

#[test]
fn a_stance_noun_without_argument_is_about_the_actor_that_meets_it() {
    // `[A] … responding to [B]'s attacks`: B's attacks were on A.
    let d = dump(
        "Navarro has declined to answer Pike's attacks, though she read them.",
        &["Navarro", "Pike"],
    );
    assert!(d.contains("Pike oppose -0.3 [Navarro]"), "{d}");
    let d = dump(
        "Goodger has not yet heard Charlotte's criticism.",
        &["Goodger", "Charlotte"],
    );
    assert!(d.contains("Charlotte oppose -0.3 [Goodger]"), "{d}");
    // A cue that takes the noun phrase keeps the stance its own: A opposes B's criticism.
    let d = dump(
        "Clinton dismissed Trump's criticisms.",
        &["Clinton", "Trump"],
    );
    assert!(!d.contains("Trump oppose"), "{d}");
    // An argument of its own (`of Y`), two candidate actors, or a team's `attack`: nothing.
    let d = dump(
        "Kelly answered Trump's criticism of Obama.",
        &["Kelly", "Trump", "Obama"],
    );
    assert!(!d.contains("[Kelly]"), "{d}");
    let d = dump(
        "Kelly told Pence about Trump's attacks.",
        &["Kelly", "Pence", "Trump"],
    );
    assert!(!d.contains("Trump oppose"), "{d}");
    let d = dump("Anderson leads England's attack.", &["Anderson", "England"]);
    assert!(!d.contains("England oppose"), "{d}");
}

#[test]
fn reactions_from_a_body_are_its_stance() {
    // `prompted an attack from Y`: Y opposes the subject, the possessed phrase naming its
    // owner's actor (it ended at the owner while the phrase ran on over the verb).
    let d = dump(
        "Holt's budget prompted an attack from Maria Esteban.",
        &["Holt", "Maria Esteban"],
    );
    assert!(
        d.contains("Maria Esteban oppose") && d.contains("[Holt's budget] target=\"holt\""),
        "{d}"
    );
    // `criticism from members of Congress`: Congress holds it, not the common noun before it.
    let d = dump(
        "The RIAA filed lawsuits, prompting criticism from members of Congress.",
        &["RIAA", "members", "Congress"],
    );
    assert!(d.contains("Congress oppose") && d.contains("[RIAA]"), "{d}");
    assert!(!d.contains("members oppose"), "{d}");
    // A named first holder stays the holder (`from Germany and members of Congress`).
    let d = dump(
        "The plan drew criticism from Germany and members of Congress.",
        &["Germany", "members", "Congress"],
    );
    assert!(d.contains("Germany oppose"), "{d}");
    let d = dump(
        "Ian said he had the support of Jacqui Smith.",
        &["Ian", "Jacqui Smith"],
    );
    assert!(
        d.contains("Jacqui Smith support") && d.contains("[Ian]"),
        "{d}"
    );
}

#[test]
fn a_stance_noun_before_a_noun_for_people_is_a_title_not_a_stance() {
    let d = dump(
        "Opposition leader Karen Doyle defended her housing plan.",
        &["Karen Doyle"],
    );
    assert!(d.lines().all(|l| !l.contains("oppose")), "{d}");
    assert!(d.contains("Karen Doyle support"), "{d}");
    // The noun is still a cue where it names no people: `opposition to the plan`.
    let d = dump(
        "Karen Doyle voiced opposition to the bypass.",
        &["Karen Doyle"],
    );
    assert!(d.contains("Karen Doyle oppose"), "{d}");
}

#[test]
fn a_dateline_agency_holds_nothing() {
    let text =
        "LONDON, March 3 (Reuters) - Criticised by Mark Ellison, Karen Doyle defended the plan.";
    let d = dump(text, &["Reuters", "Mark Ellison", "Karen Doyle"]);
    assert!(d.lines().all(|l| !l.starts_with("Reuters ")), "{d}");
    assert!(d.contains("Karen Doyle support"), "{d}");
}

#[test]
fn a_manner_adverb_after_the_object_is_not_part_of_it() {
    let d = dump(
        "Ellison has clashed with Doyle repeatedly over planning reform.",
        &["Ellison", "Doyle"],
    );
    assert!(d.contains("[Doyle] target=\"doyle\""), "{d}");
    // A name in `-ly` stays whole, and an adverb before an adjective stays inside the phrase.
    let d = dump(
        "Ellison praised Megyn Kelly over the report.",
        &["Ellison", "Megyn Kelly"],
    );
    assert!(d.contains("[Megyn Kelly"), "{d}");
    let d = dump(
        "Ellison criticised the deeply unpopular levy.",
        &["Ellison"],
    );
    assert!(d.contains("[the deeply unpopular levy]"), "{d}");
}

#[test]
fn yet_to_is_a_negation() {
    let d = dump(
        "Senator Ames has yet to endorse Governor Pike.",
        &["Senator Ames", "Governor Pike"],
    );
    assert!(
        d.lines().all(|l| !l.contains("support")) && d.contains("oppose"),
        "{d}"
    );
    // `yet` elsewhere is no negation.
    let d = dump(
        "Senator Ames praised Governor Pike yet again.",
        &["Senator Ames", "Governor Pike"],
    );
    assert!(d.contains("Senator Ames support"), "{d}");
}

#[test]
fn a_charge_is_a_stance_only_against_someone() {
    let d = dump(
        "Mayor Ruiz charged the city's new buses overnight.",
        &["Mayor Ruiz"],
    );
    assert!(d.is_empty(), "{d}");
    let d = dump(
        "Prosecutor Ana Ruiz charged Tom Blake with fraud.",
        &["Ana Ruiz", "Tom Blake"],
    );
    assert!(
        d.contains("Ana Ruiz oppose") && d.contains("[Tom Blake"),
        "{d}"
    );
}
