use super::*;
use analyze_sdk::core::Document;

fn actor(id: &str, name: &str, kind: ActorKind, text: &str, words: &[&str]) -> Actor {
    let mut mentions = Vec::new();
    for w in words {
        let mut from = 0;
        while let Some(p) = text[from..].find(w) {
            let start = from + p;
            let end = start + w.len();
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                mentions.push(Span::new(text, start, end).unwrap());
            }
            from = end;
        }
    }
    mentions.sort();
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        roles: vec![],
        mentions,
    }
}

fn run(text: &str, actors: &[Actor]) -> Vec<Quote> {
    let doc = Document::new("t", text);
    Quotes::default().find(&doc, actors)
}

fn contents(q: &Quote) -> Vec<&str> {
    q.content.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn reported_speech_takes_the_clause_after_the_cue() {
    let t = "Zelenskyy said security guarantees would likely be formalised within ten days.";
    let a = [actor(
        "zelenskyy",
        "Volodymyr Zelenskyy",
        ActorKind::Person,
        t,
        &["Zelenskyy"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, "indirect");
    assert_eq!(
        contents(&q[0]),
        vec!["security guarantees would likely be formalised within ten days"]
    );
    assert_eq!(q[0].speaker.actor.as_deref(), Some("zelenskyy"));
    assert_eq!(q[0].cue.as_ref().unwrap().text, "said");
}

#[test]
fn that_clause_starts_after_that() {
    let q = run(
        "The minister announced on Tuesday that the border would reopen.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["the border would reopen"]);
    assert_eq!(q[0].speaker.name.as_deref(), Some("The minister"));
}

#[test]
fn said_as_adjective_or_passive_is_not_a_cue() {
    assert!(run("The said agreement expired in May.", &[]).is_empty());
    assert!(run("The deal, said to be worth $5 billion, collapsed.", &[]).is_empty());
    assert!(run("She declined to say whether the talks would go on.", &[]).is_empty());
}

#[test]
fn split_quote_has_two_pieces() {
    let t = "“We are ready,” Novak said. “The rest is up to them.”";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        contents(&q[0]),
        vec!["We are ready", "The rest is up to them."]
    );
    assert_eq!(q[0].speaker.name.as_deref(), Some("Novak"));
}

#[test]
fn according_to_before_and_after() {
    let q = run("According to the ministry, prices fell by half.", &[]);
    assert_eq!(contents(&q[0]), vec!["prices fell by half"]);
    assert_eq!(q[0].speaker.name.as_deref(), Some("the ministry"));
    let q = run("Prices fell by half, according to the ministry.", &[]);
    assert_eq!(contents(&q[0]), vec!["Prices fell by half"]);
}

#[test]
fn clause_before_the_cue() {
    let q = run("The talks will resume next week, officials said.", &[]);
    assert_eq!(contents(&q[0]), vec!["The talks will resume next week"]);
    assert_eq!(q[0].speaker.name.as_deref(), Some("officials"));
}

#[test]
fn pronoun_resolves_through_actor_mentions() {
    let t = "Anna Berg arrived late. “We will not sign this,” she said.";
    let mut a = actor(
        "anna-berg",
        "Anna Berg",
        ActorKind::Person,
        t,
        &["Anna Berg"],
    );
    a.mentions
        .push(Span::new(t, t.find("she").unwrap(), t.find("she").unwrap() + 3).unwrap());
    let q = run(t, &[a]);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("anna-berg"));
    assert_eq!(q[0].speaker.name.as_deref(), Some("Anna Berg"));
    assert_eq!(q[0].speaker.mention.as_ref().unwrap().text, "she");
}

#[test]
fn told_takes_an_addressee() {
    let q = run(
        "Mayor Lina Ortiz told reporters that the bridge was safe.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["the bridge was safe"]);
    assert_eq!(
        q[0].addressee.as_ref().unwrap().name.as_deref(),
        Some("reporters")
    );
    assert_eq!(q[0].speaker.name.as_deref(), Some("Mayor Lina Ortiz"));
}

#[test]
fn title_and_scare_quotes_are_not_speech() {
    assert!(run("She starred in the film “Silent Harbour” last year.", &[]).is_empty());
    assert!(run("The so-called “reform” cost millions.", &[]).is_empty());
}

#[test]
fn called_with_quoted_fragment_is_mixed() {
    let q = run(
        "Senator Hale called the plan \"dead on arrival\" on Friday.",
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, "mixed");
    assert_eq!(q[0].speaker.name.as_deref(), Some("Senator Hale"));
}

#[test]
fn unknown_speaker_is_not_guessed() {
    let q = run("“Nobody knows what comes next.”", &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, Party::default());
}

#[test]
fn quoted_word_inside_reported_speech_then_participle_quote() {
    let t =
        "In an interview, Sanders said the process could be “messy,” adding, “Democracy is messy.”";
    let a = [actor(
        "sanders",
        "Bernie Sanders",
        ActorKind::Person,
        t,
        &["Sanders"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 2);
    assert_eq!(
        (q[0].kind, contents(&q[0])),
        ("mixed", vec!["the process could be “messy,”"])
    );
    assert_eq!(
        (q[1].kind, contents(&q[1])),
        ("direct", vec!["Democracy is messy."])
    );
    assert_eq!(q[1].speaker.actor.as_deref(), Some("sanders"));
    assert_eq!(q[1].cue.as_ref().unwrap().text, "adding");
}

#[test]
fn relative_that_after_a_noun_is_not_a_that_clause() {
    let t = "Trump called the attack that killed five officers \"an assault on our country.\"";
    let q = run(t, &[]);
    assert_eq!(
        contents(&q[0]),
        vec!["the attack that killed five officers \"an assault on our country.\""]
    );
}

#[test]
fn quotation_continues_after_a_titled_attribution_and_into_the_next_paragraph() {
    let t = "“We are ready,” Novak said on NBC’s “Meet the Press.” “The rest is up to them.”\n\n“Nobody will stop us now.”";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        contents(&q[0]),
        vec![
            "We are ready",
            "The rest is up to them.",
            "Nobody will stop us now."
        ]
    );
}

#[test]
fn quotation_after_another_named_person_is_not_merged() {
    let t =
        "“We are ready,” Novak said. Asked about it, Kok was careful. “I spoke to them on Monday.”";
    let a = [
        actor("novak", "Ana Novak", ActorKind::Person, t, &["Novak"]),
        actor("kok", "Johan Kok", ActorKind::Person, t, &["Kok"]),
    ];
    let q = run(t, &a);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.actor.as_deref(), Some("kok"));
}

#[test]
fn odd_inputs_never_panic_and_spans_fit() {
    let inputs = [
        "",
        "\"",
        "“",
        "''",
        "' ' \" \" “ ” ‘ ’ « »",
        "He said \"",
        "said",
        "According to",
        "“Unclosed, he said.\n\nNext paragraph “also unclosed",
        "Ünïcödé said “naïve café”, the 5'11\" man told reporters — “done.”",
        ":\n:\n“x”:",
        "X: “”",
        "Asked,",
        "told told told said said, “”",
    ];
    for t in inputs {
        for q in run(t, &[]) {
            for s in q.content.iter().chain(q.cue.iter()) {
                s.check(t).unwrap();
            }
        }
    }
}

#[test]
fn a_source_close_to_him_is_not_him() {
    let t = "Cruz will rethink his approach, a source close to him said.";
    let mut a = actor("cruz", "Ted Cruz", ActorKind::Person, t, &["Cruz", "him"]);
    a.mentions.sort();
    let q = run(t, &[a]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.mention.as_ref().unwrap().text,
        "a source close to him"
    );
    assert_eq!(q[0].speaker.actor, None);
    assert_eq!(contents(&q[0]), vec!["Cruz will rethink his approach"]);
}

#[test]
fn a_second_subject_with_its_own_cue_ends_the_clause() {
    let t = "Half said the party does not care about them, and one in four said it was hostile.";
    let q = run(t, &[]);
    let all: Vec<Vec<&str>> = q.iter().map(contents).collect();
    assert_eq!(
        all,
        vec![
            vec!["the party does not care about them"],
            vec!["it was hostile"]
        ]
    );
    let t = "Of the delegates, 120 said they back Lee, 39 have said they back Ortiz.";
    let q = run(t, &[]);
    assert_eq!(contents(&q[0]), vec!["they back Lee"]);
    assert_eq!(contents(&q[1]), vec!["they back Ortiz"]);
}

#[test]
fn a_relative_pronoun_before_the_speaker_is_the_first_piece() {
    let q = run(
        "Voters rejected a plan that the mayor said would cut bus routes.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["that", "would cut bus routes"]);
    // A complementiser after a cue is not a relative pronoun.
    let q = run("Lee said that she said the vote was close.", &[]);
    assert_eq!(q[0].content.len(), 1);
}

#[test]
fn inverted_speaker_after_a_comma() {
    let q = run(
        "The union is divided, said Jane Doe, a teacher at the school.",
        &[],
    );
    assert_eq!(q.len(), 1);
    assert_eq!(contents(&q[0]), vec!["The union is divided"]);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Jane Doe"));
    // `said Monday` is a time, not a speaker.
    let q = run(
        "Jane Doe, a teacher, said Monday the union is divided.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["the union is divided"]);
}

#[test]
fn told_with_a_long_addressee_then_a_pronoun_subject() {
    let q = run(
        "Lopez told The Daily Courier of Dayton last week she would rather vote for Greene.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["she would rather vote for Greene"]);
    let q = run(
        "Calabrese told the National Post he has received hundreds of emails.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["he has received hundreds of emails"]);
}

#[test]
fn according_to_a_long_source_opens_the_sentence() {
    let q = run(
        "According to a 2013 study by two economists, the recession cost many jobs.",
        &[],
    );
    assert_eq!(contents(&q[0]), vec!["the recession cost many jobs"]);
    assert_eq!(q[0].cue.as_ref().unwrap().text, "According to");
}

#[test]
fn a_statement_inside_the_attribution_does_not_break_a_quotation() {
    let t = "“We will march,” said Ann Lee, an organiser who said she expected a crowd. \
             “Nobody can stop us.”";
    let q = run(t, &[]);
    let direct: Vec<&Quote> = q.iter().filter(|q| q.kind == "direct").collect();
    assert_eq!(direct.len(), 1);
    assert_eq!(
        contents(direct[0]),
        vec!["We will march", "Nobody can stop us."]
    );
}

#[test]
fn apposition_before_the_cue_does_not_hold_the_speaker() {
    let t = "Officials at Ridgeline Energy, the company behind the project, said the pipeline would carry more oil.";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.mention.as_ref().unwrap().text,
        "Officials at Ridgeline Energy"
    );
    let t =
        "Jane Roe, a spokeswoman for the Harbour Authority, said the port would reopen on Monday.";
    let q = run(t, &[]);
    assert_eq!(q[0].speaker.mention.as_ref().unwrap().text, "Jane Roe");
    // An introductory adjunct is still skipped, however long.
    let t = "In a panel discussion this weekend in Lisbon, Ana Costa, the head of the union, told reporters that the strike would go on.";
    let q = run(t, &[]);
    assert_eq!(q[0].speaker.mention.as_ref().unwrap().text, "Ana Costa");
}

#[test]
fn a_describe_sentence_leads_in_the_next_quotation() {
    let t = "Standing by the dock on Friday, Jane Roe described the season in blunt terms.\n\
             “We have never had a winter like this one. Half the boats stayed in port.”";
    let a = [actor(
        "roe",
        "Jane Roe",
        ActorKind::Person,
        t,
        &["Jane Roe"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].kind, "direct");
    assert_eq!(q[0].cue.as_ref().unwrap().text, "described");
    assert_eq!(q[0].speaker.actor.as_deref(), Some("roe"));
    // With its own attribution, the quotation is not led in: the sentence stays reported speech.
    let t = "Jane Roe described the plan in terms of lost income.\n\
             “If the boats stay in port, the town has nothing,” she said.";
    let q = run(t, &a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].kind, "indirect");
    assert_eq!(q[1].cue.as_ref().unwrap().text, "said");
    // A clause after the cue is what was said.
    let t = "Jane Roe explained that the boats would stay in port.\n\
             “We cannot risk the crews in this weather,” she said.";
    let q = run(t, &a);
    assert_eq!(q[0].kind, "indirect");
}

#[test]
fn about_before_a_number_is_a_qualifier_not_a_topic() {
    let t = "The college said about four thousand staff had joined the strike.";
    let a = [actor(
        "c",
        "The college",
        ActorKind::Organization,
        t,
        &["The college"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        contents(&q[0]),
        vec!["about four thousand staff had joined the strike"]
    );
    // `said about the plan` stays a topic, not reported words.
    let t = "The college said little about the plan.";
    let a = [actor(
        "c",
        "The college",
        ActorKind::Organization,
        t,
        &["The college"],
    )];
    assert!(run(t, &a)
        .iter()
        .all(|q| contents(q) != vec!["about the plan"]));
}

#[test]
fn a_phrase_before_quoted_words_is_their_object_not_an_inverted_speaker() {
    let t = "Its secretary, Joanne Ellis, said the offer “doesn’t even cover inflation” and rejected the claim.";
    let a = [actor(
        "e",
        "Joanne Ellis",
        ActorKind::Person,
        t,
        &["Joanne Ellis"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.actor.as_deref(), Some("e"));
    assert_eq!(
        contents(&q[0]),
        vec!["the offer “doesn’t even cover inflation”"]
    );
}

#[test]
fn a_place_inside_a_described_group_is_no_speaker() {
    // The speaker is the described group; the place or noun inside its description is not.
    let t = "The union representing bakery workers in Ohio said it would fight the closures.";
    let ohio = actor("ohio", "Ohio", ActorKind::Person, t, &["Ohio"]);
    let workers = actor("workers", "workers", ActorKind::Group, t, &["workers"]);
    let q = run(t, &[workers, ohio]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.mention.as_ref().unwrap().text,
        "The union representing bakery workers in Ohio"
    );
    assert_eq!(q[0].speaker.actor, None);
    assert_eq!(contents(&q[0]), vec!["it would fight the closures"]);

    let t = "Engineers familiar with the design said the bridge was safe.";
    let engineers = actor(
        "engineers",
        "engineers",
        ActorKind::Group,
        t,
        &["Engineers"],
    );
    let q = run(t, &[engineers]);
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.mention.as_ref().unwrap().text,
        "Engineers familiar with the design"
    );
    assert_eq!(q[0].speaker.actor.as_deref(), Some("engineers"));

    // A named person with a place after the name keeps the name.
    let t = "Mayor Jane Doe in Springfield said the budget was balanced.";
    let doe = actor(
        "jane-doe",
        "Jane Doe",
        ActorKind::Person,
        t,
        &["Mayor Jane Doe"],
    );
    let q = run(t, &[doe]);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("jane-doe"));
}

#[test]
fn a_person_before_of_their_institution_is_the_speaker() {
    let t = "Judge Mary Stone of the High Court said the appeal had no merit.";
    let stone = actor(
        "mary-stone",
        "Mary Stone",
        ActorKind::Person,
        t,
        &["Judge Mary Stone"],
    );
    let court = actor(
        "high-court",
        "High Court",
        ActorKind::Organization,
        t,
        &["High Court"],
    );
    let q = run(t, &[stone, court]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("mary-stone"));
    // Staff of a firm with no person named stay with the firm.
    let t = "Officials at Ridgeline Energy said the plant would reopen.";
    let ridgeline = actor(
        "ridgeline",
        "Ridgeline Energy",
        ActorKind::Organization,
        t,
        &["Ridgeline Energy"],
    );
    let q = run(t, &[ridgeline]);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("ridgeline"));
}

#[test]
fn a_cue_after_but_shares_the_subject() {
    let t = "The mayor's aide, Tom Reid, said the city would cut costs but warned that bus routes could close.";
    let reid = actor("tom-reid", "Tom Reid", ActorKind::Person, t, &["Tom Reid"]);
    let q = run(t, &[reid]);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].speaker.actor.as_deref(), Some("tom-reid"));
    assert_eq!(contents(&q[1]), vec!["bus routes could close"]);
}

#[test]
fn a_coordinated_cue_keeps_the_speaker_of_the_first() {
    let t = "Mayor Ann Lee spoke first. Her aide, Tom Reid, said the city would cut costs but warned that bus routes could close.";
    let mut lee = actor(
        "ann-lee",
        "Ann Lee",
        ActorKind::Person,
        t,
        &["Mayor Ann Lee", "Her"],
    );
    lee.mentions.sort();
    let reid = actor("tom-reid", "Tom Reid", ActorKind::Person, t, &["Tom Reid"]);
    let q = run(t, &[lee, reid]);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].speaker.actor.as_deref(), Some("tom-reid"));
    assert_eq!(q[1].speaker.actor.as_deref(), Some("tom-reid"));
}

#[test]
fn estimated_with_a_clause_is_reported_speech() {
    // "She estimated that …" reports what she said; "estimated 40,000 people" and "estimated
    // the drive would…" (a guess, not a statement) do not.
    let t = "Ingrid Moss is a port economist. She estimated that the yard was half empty.";
    let a = [actor(
        "ingrid-moss",
        "Ingrid Moss",
        ActorKind::Person,
        t,
        &["Ingrid Moss", "She"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(contents(&q[0]), vec!["the yard was half empty"]);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("ingrid-moss"));
    let q = run("The organisers estimated 40,000 people at the march.", &[]);
    assert!(q.is_empty(), "{q:#?}");
    let q = run("The coach estimated the drive would take nine hours.", &[]);
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn a_relative_clause_report_ends_at_the_main_cue() {
    // "Roe, who said A, said B": A ends before ", said", B is a second quote; and a cue of
    // several words ("estimated that") does not end a clause at its first word alone ("an
    // estimated 300 homes").
    let t = "Ines Porter, who said the dam was safe, said she would not resign.";
    let a = [actor(
        "ines-porter",
        "Ines Porter",
        ActorKind::Person,
        t,
        &["Ines Porter", "she"],
    )];
    let q = run(t, &a);
    let all: Vec<Vec<&str>> = q.iter().map(contents).collect();
    assert!(all.contains(&vec!["the dam was safe"]), "{all:?}");
    assert!(all.contains(&vec!["she would not resign"]), "{all:?}");
    let q = run(
        "The mayor said the storm was over and, worse still, had flooded an estimated 300 homes.",
        &[],
    );
    assert_eq!(
        contents(&q[0]),
        vec!["the storm was over and, worse still, had flooded an estimated 300 homes"]
    );
}

#[test]
fn according_to_data_keeps_the_whole_source() {
    // "according to industry data": the source is the data, not "industry".
    let q = run(
        "Fares on the route rose 8% in May, according to industry data.",
        &[],
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker.name.as_deref(), Some("industry data"));
    let q = run(
        "According to government figures, exports fell for a third month.",
        &[],
    );
    assert_eq!(q[0].speaker.name.as_deref(), Some("government figures"));
    // Two bare nouns before the word for documents belong to it too.
    let q = run(
        "Donations doubled in a year, according to campaign finance records.",
        &[],
    );
    assert_eq!(
        q[0].speaker.name.as_deref(),
        Some("campaign finance records")
    );
}

#[test]
fn a_plural_noun_after_a_determiner_and_a_noun_is_no_cue() {
    // "his travel claims, according to …": the source is the `according to` phrase, and
    // "claims" is a noun; "The council claims that" is still a cue.
    let text = "Mr. Dunn resigned in 2020 after a review of his travel claims, according to two former aides.";
    let q = run(text, &[]);
    assert!(
        q.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "claims")),
        "{q:#?}"
    );
    assert!(
        q.iter().any(|q| q
            .cue
            .as_ref()
            .is_some_and(|c| c.text.eq_ignore_ascii_case("according to"))),
        "{q:#?}"
    );
    let text = "The council claims that the budget is balanced.";
    let q = run(text, &[]);
    assert!(
        q.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "claims")),
        "{q:#?}"
    );
}

#[test]
fn an_unresolved_she_skips_a_man_the_actors_plugin_knows_as_he() {
    // The actors plugin left "she" unresolved; the last person named is a man it tracked with
    // "He", so the speaker is the woman named before him.
    let text = "Ruth Kemp ran the lab for years. She married Paul Kemp in 1960. He died in 2010. Asked about her work, she said: \"Keep looking.\"";
    let ruth = actor(
        "ruth-kemp",
        "Ruth Kemp",
        ActorKind::Person,
        text,
        &["Ruth Kemp", "She"],
    );
    let paul = actor(
        "paul-kemp",
        "Paul Kemp",
        ActorKind::Person,
        text,
        &["Paul Kemp", "He"],
    );
    let q = run(text, &[ruth, paul]);
    let quote = q
        .iter()
        .find(|q| contents(q) == ["Keep looking."])
        .expect("the quote");
    assert_eq!(quote.speaker.actor.as_deref(), Some("ruth-kemp"), "{q:#?}");
}

#[test]
fn a_participle_cue_skips_an_object_of_a_preposition_and_a_possessive() {
    let t = "As shares of Norland Mining slid, Mr. Kestrel wrote to clients, telling them \"the worst is over.\"";
    let a = [
        actor(
            "norland",
            "Norland Mining",
            ActorKind::Organization,
            t,
            &["Norland Mining"],
        ),
        actor(
            "kestrel",
            "Paul Kestrel",
            ActorKind::Person,
            t,
            &["Mr. Kestrel"],
        ),
    ];
    let q = run(t, &a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("kestrel"));

    let t = "She attacked the council's budget, saying that \"nobody asked the parents.\"";
    let a = [actor(
        "council",
        "the council",
        ActorKind::Organization,
        t,
        &["the council"],
    )];
    let q = run(t, &a);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.actor.as_deref(), None);
    assert_eq!(
        q[0].speaker.mention.as_ref().map(|m| m.text.as_str()),
        Some("She")
    );
}

#[test]
fn a_dateline_is_no_part_of_the_content() {
    let t = "ELMHURST, Ore. — The dam held through the night, officials said.";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(contents(&q[0]), vec!["The dam held through the night"]);
    let t = "The dam — the oldest in the county — held, officials said.";
    let q = run(t, &[]);
    assert_eq!(
        contents(&q[0]),
        vec!["The dam — the oldest in the county — held"]
    );
}

#[test]
fn according_to_results_names_the_results() {
    let t = "Ortiz had 52 percent of the vote, according to preliminary results from the Lane County Clerk.";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.name.as_deref(), Some("preliminary results"));
}

#[test]
fn a_person_of_a_firm_after_an_opening_conjunction_is_the_speaker() {
    let t = "Rates may fall. But Oren Talby of Quarry Hill Partners said the bank would wait.";
    let talby = actor(
        "oren-talby",
        "Oren Talby",
        ActorKind::Person,
        t,
        &["Oren Talby"],
    );
    let firm = actor(
        "quarry-hill",
        "Quarry Hill Partners",
        ActorKind::Organization,
        t,
        &["Quarry Hill Partners"],
    );
    let q = run(t, &[talby, firm]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.actor.as_deref(), Some("oren-talby"));
}

#[test]
fn asked_not_to_be_named_is_no_speech() {
    let t = "One trader, who asked not to be named because he was not allowed to speak, said the desk would close.";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].cue.as_ref().unwrap().text, "said");
    assert_eq!(contents(&q[0]), ["the desk would close"]);
}

#[test]
fn a_dateline_with_a_date_is_no_part_of_the_content() {
    let t = "OSTRAVA, Dec. 3 — The runner was banned for two years, the federation said.";
    let q = run(t, &[]);
    assert_eq!(q.len(), 1);
    assert_eq!(contents(&q[0]), ["The runner was banned for two years"]);
}
