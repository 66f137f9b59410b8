//! Events: trigger words from the lexicon, their clause, actors, modality and time, and the
//! chronological order.

use crate::calendar;
use crate::expr::{self, Expr, Ty, W};
use crate::lexicon::{Ann, Cue, Trigger};
use crate::ActorRef;
use analyze_sdk::prelude::*;
use jiff::civil::Date;
use std::cell::OnceCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Actual,
    Planned,
    Hypothetical,
    Negated,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Actual => "actual",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    Stated,
    Inferred,
    Unknown,
}

impl Certainty {
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Stated => "stated",
            Certainty::Inferred => "inferred",
            Certainty::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub token: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub sentence: usize,
    pub clause: (usize, usize),
    pub summary: String,
    pub actors: Vec<String>,
    pub modality: Modality,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub expression: Option<usize>,
    pub duration: Option<usize>,
    pub certainty: Certainty,
    /// Sort key: day, phase within the day, text order.
    pub key: (Option<Date>, i32),
}

impl Event {
    pub fn relation(&self, dct: Option<Date>) -> &'static str {
        let Some(dct) = dct else { return "unknown" };
        if matches!(self.modality, Modality::Planned | Modality::Hypothetical) {
            // Plans are never facts: they lie ahead unless the text dates them earlier.
            return match (self.start, self.end) {
                (_, Some(e)) if e < dct => "before",
                (Some(s), _) if s >= dct => "after",
                (None, None) => "unknown",
                _ => "overlaps",
            };
        }
        match (self.start, self.end) {
            (_, Some(e)) if e < dct => "before",
            (None, Some(e)) if e == dct => "before",
            (Some(s), _) if s > dct => "after",
            (Some(s), None) if s == dct && self.modality != Modality::Actual => "after",
            (Some(s), Some(e)) if s <= dct && dct <= e => "overlaps",
            (Some(s), None) if s <= dct => "overlaps",
            _ => "unknown",
        }
    }
}

fn is_boundary(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "—"
            | "–"
            | "("
            | ")"
            | "which"
            | "who"
            | "but"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "because"
            | "\""
            | "“"
            | "”"
    )
}

/// Clause ranges (token indices) for the tokens of one sentence `lo..hi`.
fn clauses(ws: &[W<'_>], lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = lo;
    for j in lo..hi {
        let w = ws.get(j).map_or("", |t| &*t.low);
        if is_boundary(w) && j > start {
            // `a debate in early October in which…`: the preposition opens the relative clause.
            let at = if matches!(w, "which" | "who")
                && j > start + 1
                && ws.get(j - 1).is_some_and(|p| {
                    matches!(
                        &*p.low,
                        "in" | "at"
                            | "on"
                            | "of"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "to"
                            | "under"
                            | "during"
                            | "after"
                            | "through"
                    )
                }) {
                j - 1
            } else {
                j
            };
            out.push((start, at));
            start = at;
        }
    }
    if start < hi {
        out.push((start, hi));
    }
    out
}

/// What the text says about the order of two events: `(earlier, later)` by event index.
pub type Order = Vec<(usize, usize)>;

/// Every event of the document with its time, and what the text says about their order.
pub fn find(
    doc: &Document,
    ws: &[W<'_>],
    anns: &[Ann],
    tcues: &[Option<bool>],
    exprs: &[Expr],
    actors: &[ActorRef],
) -> (Vec<Event>, Order) {
    let dct = doc.date;
    let mentions = Mentions::new(actors).with_quotes(&doc.text);
    let masks: Vec<u8> = anns.iter().map(|a| a.mask).collect();
    let in_expr = expression_tokens(ws.len(), exprs);
    let order_words = OrderWords::new(ws);
    let tallies = Tallies::new(ws, &masks, exprs);
    let mut events: Vec<Event> = Vec::new();
    let mut order: Order = Vec::new();
    // The narrative anchor: the latest stated past date of the paragraph (a day, a month, a
    // year), carried to its past events without a date.
    let mut anchor: Option<(Date, Date)> = None;
    let mut background = false;
    let text = doc.text.as_str();
    let mut i = 0;
    while i < ws.len() {
        let s = ws.get(i).map_or(0, |t| t.sentence);
        let mut hi = i;
        while ws.get(hi).is_some_and(|t| t.sentence == s) {
            hi += 1;
        }
        // The story's days (the week before publication) carry from paragraph to paragraph; an
        // older date sets the scene of its own paragraph only. Once the story has gone back in
        // time, a new paragraph (a line break before the sentence) without a date of its own is
        // background nothing dates (`Her marriage … ended in divorce`, after the paragraph of
        // her career): no longer the day of the story nor of the paragraph before.
        let recent = |(_, en): (Date, Date)| {
            dct.is_none_or(|d| {
                d.checked_sub(jiff::Span::new().days(7))
                    .is_ok_and(|w| en >= w)
            })
        };
        // A new paragraph that opens with a state in the present, no tense cue and no date
        // (`The yard employs 900 people and is the town's largest employer.`) is background:
        // the story's day does not date its past events (`It was bought by a Dutch group.`)
        // unless one states a day, and returns with the next paragraph.
        if paragraph_starts(text, ws, i) {
            if anchor.is_some_and(|a| !recent(a)) {
                anchor = None;
            }
            background = anchor.is_some()
                && exprs_in(exprs, i, hi).is_empty()
                && (i..hi).all(|k| tcues.get(k).copied().flatten().is_none())
                && (i..hi).any(|k| {
                    // a state (`is the largest employer`), not the story going on (`Police
                    // are still investigating`): the first word after the verb and its
                    // adverbs is no `-ing` form
                    ws.get(k).is_some_and(|w| matches!(&*w.low, "is" | "are"))
                        && ws
                            .get(k + 1..hi)
                            .and_then(|rest| rest.iter().find(|n| !is_adverb(&n.low)))
                            .is_none_or(|n| !n.low.ends_with("ing"))
                });
        }
        let first_event = events.len();
        // `In 2021, the company cut 4,000 jobs`, `She was the first woman to receive the medal,
        // in 1981`: the sentence's scene dates its events that have no date of their own, and
        // what the paragraph goes on to tell (`The river last came this high in 2019. That
        // flood closed …`), a year or a month as well as a day; a stated day of an event of the
        // sentence then takes over, as before.
        let scene = scene_of_sentence(&mentions, ws, exprs, (i, hi), dct);
        if scene.is_some() {
            anchor = scene;
            background = false;
        }
        let sentence_clauses = clauses(ws, i, hi);
        // `In the first quarter, …`: a first clause that is only the scene's date and its
        // preposition, and the token where it ends.
        let fronted_scene = sentence_clauses.first().and_then(|&(a, b)| {
            let e = expr_at(exprs, a + 1)?;
            let opens = ws
                .get(a)
                .is_some_and(|w| matches!(&*w.low, "in" | "on" | "during" | "throughout"));
            let comma = ws.get(b).is_some_and(|w| w.low == ",");
            (opens && comma && e.tokens.1 == b && date_range(e) == scene && scene.is_some())
                .then_some((a, b))
        });
        let first_order = order.len();
        // The actors of an event are those of its clause, else those of its sentence: asked
        // for once each, as the clause and the sentence may hold thousands of mentions.
        let mut sentence_actors: Option<Vec<String>> = None;
        for &(clo, chi) in &sentence_clauses {
            let clause_exprs = exprs_in(exprs, clo, chi);
            // `since Typhoon Haiyan in 2013, which killed…`, `since 2019, when the club was
            // bought`: right after a past date and its comma, the clause tells of that date's
            // noun or of the date itself.
            let date_before = clause_after_a_date(ws, exprs, clo, dct);
            let first_in_clause = events.len();
            let mut clause_actors: Option<Vec<String>> = None;
            for j in clo..chi {
                if in_expr.get(j).copied().unwrap_or(false) {
                    continue;
                }
                let Some(kind) = anns.get(j).and_then(|a| a.trigger) else {
                    continue;
                };
                if !is_event_trigger(ws, anns, i, j, kind) {
                    continue;
                }
                // `farmers who lost…`: a clause about a person, not about the event before it.
                let personal = matches!(ws.get(clo).map(|t| &*t.low), Some("who" | "whom"));
                // `In the first quarter, the division had lost ¥12bn`: the sentence's own fronted
                // date is when the past perfect happened, not a time it came before (unless a
                // saying comes between: `On Monday, police said the man had fled`).
                let fronted = fronted_scene.is_some_and(|(_, end)| {
                    scene == anchor && tallies.last_saying(end, j).is_none()
                });
                // in a background paragraph, no anchor until an event states a day of its own
                let given = if background { None } else { anchor };
                let mut sentence_anchor = given;
                let ev = build(
                    doc,
                    ws,
                    tcues,
                    &masks,
                    &tallies,
                    exprs,
                    &mentions,
                    &clause_exprs,
                    (clo, chi),
                    (i, hi),
                    j,
                    dct,
                    &mut sentence_anchor,
                    (personal, fronted),
                );
                if sentence_anchor != given {
                    anchor = sentence_anchor;
                    background = false;
                }
                if let Some(mut ev) = ev {
                    let actors_in = |stretch| {
                        bytes_of(ws, stretch).map_or_else(Vec::new, |r| mentions.actors_in(r))
                    };
                    let actors = clause_actors.get_or_insert_with(|| {
                        let in_clause = actors_in((clo, chi));
                        if in_clause.is_empty() {
                            sentence_actors
                                .get_or_insert_with(|| actors_in((i, hi)))
                                .clone()
                        } else {
                            in_clause
                        }
                    });
                    ev.actors = actors.clone();
                    // `…summit, which ended without…`: a relative clause tells of the event before it.
                    let relative = matches!(ws.get(clo).map(|t| &*t.low), Some("which"));
                    if let Some(range) = date_before {
                        infer_day(&mut ev, range);
                    } else if relative && undated_actual(&ev) {
                        let before = events.get(first_event..first_in_clause).unwrap_or(&[]);
                        relative_takes_time(&mut ev, before, clo);
                    }
                    let k = events.len();
                    order_by_words(ws, &order_words, (clo, j), first_event..k, &mut order);
                    events.push(ev);
                }
            }
        }
        date_by_date_clauses(
            ws,
            exprs,
            &sentence_clauses,
            &mut events[first_event..],
            dct,
        );
        counted_from_the_day_before(ws, exprs, (i, hi), &mut events[first_event..]);
        subject_takes_the_plan(ws, anns, &mut events[first_event..]);
        // Resolve the ties to the next event of the sentence (only the sentence's own order
        // entries have ties, and the earlier ones were kept already).
        let mut sentence_order = order.split_off(first_order.min(order.len()));
        for o in sentence_order.iter_mut() {
            if o.0 == usize::MAX && o.1 >= first_event {
                *o = (o.1 + 1, o.1);
            } else if o.1 == usize::MAX && o.0 >= first_event {
                *o = (o.0, o.0 + 1);
            }
        }
        sentence_order.retain(|(a, b)| a != b && *a < events.len() && *b < events.len());
        order.append(&mut sentence_order);
        i = hi.max(i + 1);
    }
    planned_passes_on(&order, &mut events);
    earlier_ends_by_the_later(&order, &mut events);
    (events, order)
}

/// `talks with the union would begin on Monday`: an event noun that is the subject of a modal
/// verb event just after it is that plan (its modality and time), not a fact of its own.
fn subject_takes_the_plan(ws: &[W<'_>], anns: &[Ann], events: &mut [Event]) {
    for k in 1..events.len() {
        let (before, after) = events.split_at_mut(k);
        let (Some(a), Some(b)) = (before.last_mut(), after.first()) else {
            continue;
        };
        // `talks` may be a verb too: not after a pronoun subject (`she talks`)
        let after_pronoun = a
            .token
            .checked_sub(1)
            .and_then(|p| ws.get(p))
            .is_some_and(|p| matches!(&*p.low, "he" | "she" | "it" | "who" | "that" | "which"));
        let noun = match anns.get(a.token).and_then(|x| x.trigger) {
            Some(Trigger::Noun) => true,
            Some(Trigger::Either) => !after_pronoun,
            _ => false,
        };
        let modal = (a.token + 1..b.token).any(|m| {
            ws.get(m).is_some_and(|t| {
                matches!(
                    &*t.low,
                    "would" | "will" | "could" | "might" | "may" | "shall" | "should"
                )
            })
        });
        if noun
            && modal
            && a.clause == b.clause
            && b.token - a.token <= 6
            && a.modality == Modality::Actual
            && matches!(b.modality, Modality::Planned | Modality::Hypothetical)
        {
            a.modality = b.modality;
            a.start = b.start;
            a.end = b.end;
            a.certainty = b.certainty;
            a.expression = b.expression;
            a.key = b.key;
        }
    }
}

/// Which tokens lie inside a time expression: a word of `next week` is no event trigger.
fn expression_tokens(len: usize, exprs: &[Expr]) -> Vec<bool> {
    let mut in_expr = vec![false; len];
    for e in exprs {
        for k in e.tokens.0..e.tokens.1 {
            if let Some(f) = in_expr.get_mut(k) {
                *f = true;
            }
        }
    }
    in_expr
}

/// Whether the trigger word at `j` (of `kind`, in the sentence starting at `i`) stands for an
/// event here: not inside a name, not a verb read as a noun after a determiner, not a particle or
/// adjective, not `end of`.
fn is_event_trigger(ws: &[W<'_>], anns: &[Ann], i: usize, j: usize, kind: Trigger) -> bool {
    let Some(t) = ws.get(j) else { return false };
    if t.cap
        && (j > i
            || ws
                .get(j + 1)
                .is_some_and(|n| n.cap && n.sentence == t.sentence))
    {
        return false; // part of a name: Summit Partners, Call of Duty, Storm Lena
    }
    let word = |k: usize| {
        if k >= i && k < j {
            ws.get(k).map_or("", |p| &*p.low)
        } else {
            ""
        }
    };
    let prev = j.checked_sub(1).map_or("", word);
    // `a "hold" rating`: a quoted word after a determiner names a thing too
    let quoted = matches!(prev, "\"" | "“" | "'" | "‘");
    let before_quote = if quoted {
        j.checked_sub(2).map_or("", word)
    } else {
        prev
    };
    if kind == Trigger::Verb && matches!(before_quote, "a" | "an" | "the" | "this" | "that") {
        return false;
    }
    // `from start to finish`: two verbs used bare as the ends of a stretch are no events
    // (`flew from Rome to meet` stays one)
    let verb_at = |k: usize| {
        anns.get(k).and_then(|a| a.trigger) == Some(Trigger::Verb)
            && ws.get(k).is_some_and(|w| w.sentence == t.sentence)
    };
    let next = ws
        .get(j + 1)
        .filter(|n| n.sentence == t.sentence)
        .map_or("", |n| &*n.low);
    if kind == Trigger::Verb
        && (prev == "from" && next == "to" && verb_at(j + 2)
            || prev == "to"
                && j.checked_sub(3).map_or("", word) == "from"
                && j.checked_sub(2).is_some_and(verb_at))
    {
        return false;
    }
    // `the year ending in March`, `the quarter ended Sept. 30`, `the six months ending June`:
    // the end of a reporting period names the period, no event.
    if kind == Trigger::Verb && matches!(&*t.low, "ending" | "ended") && expr::period_noun(prev) {
        return false;
    }
    // `too close to call`, `too early to say`: what cannot be done (yet) is no event.
    if prev == "to" && j.checked_sub(3).map_or("", word) == "too" {
        return false;
    }
    // `cracking open`, `remain open`, `an open letter`: a particle or adjective after a
    // verb of motion or state, or before a noun, is no event.
    if anns.get(j).is_some_and(|a| a.adjectival)
        && !verbal_context(prev)
        && (adjectival_context(prev)
            || ws
                .get(j + 1)
                .is_some_and(|n| n.sentence == t.sentence && n.low.ends_with("ing")))
    {
        return false;
    }
    // `is due in court`, `due back on Monday`: a date someone is due at; not `due to fog` (a
    // cause) nor `union dues`.
    if t.low.starts_with("due")
        && (t.low != "due" || !matches!(next, "in" | "at" | "on" | "back" | "before" | "by"))
    {
        return false;
    }
    // `Election officials`, `strike organizers`: an event noun before a plural noun of people
    // names who they are, not a happening.
    // (A verb heading its sentence reads as that noun: `Strike leaders met`.)
    if (kind == Trigger::Noun || j == i) && !t.low.ends_with('s') && is_people_plural(next) {
        return false;
    }
    !(kind == Trigger::Noun
        && matches!(ws.get(j + 1).map(|n| &*n.low), Some("of"))
        && t.low == "end")
}

/// A plural noun of people or groups (`officials`, `organizers`, `workers`, `analysts`).
fn is_people_plural(w: &str) -> bool {
    matches!(
        w,
        "officials"
            | "authorities"
            | "staff"
            | "volunteers"
            | "leaders"
            | "victims"
            | "monitors"
            | "teams"
            | "crews"
            | "squads"
            | "troops"
    ) || w.len() > 5
        && ["ers", "ors", "ists", "ians", "ants", "ents"]
            .iter()
            .any(|s| w.ends_with(s))
        && !matches!(
            w,
            "orders"
                | "numbers"
                | "letters"
                | "centers"
                | "papers"
                | "matters"
                | "members"
                | "results"
                | "events"
                | "comments"
                | "payments"
                | "agreements"
                | "statements"
                | "elements"
                | "governments"
                | "parliaments"
                | "documents"
        )
}

/// The `for` that governs the expression `e`: right before it (`for next year`), or before the
/// span it ends (`for the year ending in March`, `for the three months to June`), or before a
/// period noun and its determiner that `ending`/`ended` closes (`for the period ending in March`).
fn for_of(ws: &[W<'_>], exprs: &[Expr], e: &Expr) -> Option<usize> {
    let low = |k: usize| ws.get(k).map_or("", |t| &*t.low);
    let b = e.tokens.0.checked_sub(1)?;
    if low(b) == "for" {
        return Some(b);
    }
    // back over `ending in`, `ended`, `to`, `through` to the span before them
    let mut k = b;
    if low(k) == "in" && k > 0 && matches!(low(k - 1), "ending" | "ended") {
        k -= 1;
    } else if !matches!(low(k), "ending" | "ended" | "to" | "through") {
        return None;
    }
    let span = exprs
        .get(exprs.partition_point(|x| x.tokens.1 < k))
        .filter(|x| x.tokens.1 == k && x.ty == Ty::Duration);
    let start = match span {
        Some(x) => x.tokens.0,
        None if matches!(low(k), "ending" | "ended") && k > 0 && expr::period_noun(low(k - 1)) => {
            let noun = k - 1;
            if noun > 0 && is_determiner(low(noun - 1)) {
                noun - 1
            } else {
                noun
            }
        }
        None => return None,
    };
    let f = start.checked_sub(1)?;
    (low(f) == "for").then_some(f)
}

/// Whether the event happened (actual) with no time stated of its own: a time found for it
/// elsewhere may be given to it.
fn undated_actual(ev: &Event) -> bool {
    ev.certainty != Certainty::Stated && ev.modality == Modality::Actual
}

/// Gives the event the range `(start, end)`, inferred, when it has no time stated of its own
/// and happened (see `undated_actual`).
fn infer_day(ev: &mut Event, (start, end): (Date, Date)) {
    if undated_actual(ev) {
        ev.start = Some(start);
        ev.end = Some(end);
        ev.certainty = Certainty::Inferred;
        ev.key = (Some(start), 0);
    }
}

/// The range of the past date that ends right before the comma before a clause opening with
/// `which` or `when` at `clo` (`in 2013, which killed`, `since 2019, when the club was bought`).
fn clause_after_a_date(
    ws: &[W<'_>],
    exprs: &[Expr],
    clo: usize,
    dct: Option<Date>,
) -> Option<(Date, Date)> {
    let low = |k: usize| ws.get(k).map_or("", |t| &*t.low);
    let opener = |k: usize| matches!(low(k), "which" | "when");
    // a clause opens at `which`, or at the comma before `when`
    let comma = if low(clo) == "," && opener(clo + 1) {
        clo
    } else if opener(clo) && clo > 0 && low(clo - 1) == "," {
        clo - 1
    } else {
        return None;
    };
    let e = exprs
        .get(exprs.partition_point(|e| e.tokens.1 < comma))
        .filter(|e| e.tokens.1 == comma && matches!(e.ty, Ty::Date))?;
    date_range(e).filter(|&(_, end)| dct.is_none_or(|d| end <= d))
}

/// `…summit, which ended without…`: the event of a relative clause starting at `clo` takes the
/// time of the sentence's last event before the clause, which it tells more of.
fn relative_takes_time(ev: &mut Event, before: &[Event], clo: usize) {
    if let Some(p) = before.iter().rev().find(|p| p.clause.1 <= clo) {
        ev.start = p.start;
        ev.end = p.end;
        ev.certainty = if p.certainty == Certainty::Unknown {
            Certainty::Unknown
        } else {
            Certainty::Inferred
        };
        ev.key = (p.key.0, p.key.1 + 1);
    }
}

/// Orders the event about to be pushed (index `earlier.end`) against the sentence's events so far
/// (`earlier`) by the order words between its clause start and its trigger (`clo`, `j`): `X,
/// followed by Y`, `X followed Y`, `ahead of X`, `after X`, `before X`. With no event before it
/// in the sentence, a tie to the sentence's next event (`usize::MAX`) is resolved later.
fn order_by_words(
    ws: &[W<'_>],
    order_words: &OrderWords,
    (clo, j): (usize, usize),
    mut earlier: std::ops::Range<usize>,
    order: &mut Order,
) {
    let k = earlier.end;
    let prev2 = if j >= 2 {
        ws.get(j - 2).map_or("", |p| &*p.low)
    } else {
        ""
    };
    // Order words between the clause start and the trigger.
    let later_than_prev = order_words.any(OrderWord::Later, clo, j);
    let mut earlier_than_prev = order_words.any(OrderWord::Earlier, clo, j);
    let ahead = order_words.any(OrderWord::Ahead, clo, j);
    if later_than_prev {
        earlier_than_prev = false;
    }
    let last_in_sentence = earlier.next_back();
    if let Some(p) = last_in_sentence {
        if later_than_prev || ahead {
            order.push((p, k));
        } else if earlier_than_prev {
            order.push((k, p));
        }
    } else if ahead || prev2 == "ahead" {
        // `Ahead of talks, Trump was overheard`: tie it to the sentence's next event.
        order.push((usize::MAX, k));
    } else if earlier_than_prev {
        order.push((k, usize::MAX));
    }
}

/// What an order word between a clause start and a trigger says of the event.
#[derive(Clone, Copy)]
enum OrderWord {
    /// `X, followed by Y`, `then`: later than the sentence's event before it.
    Later = 0,
    /// `X followed Y`, `after`, `since`, `following`: earlier than it.
    Earlier = 1,
    /// `ahead of`, `before`, `prior to`.
    Ahead = 2,
}

/// The order word at token `x` (with the token after it), if it is one.
fn order_word(ws: &[W<'_>], x: usize) -> Option<OrderWord> {
    let w = ws.get(x).map_or("", |t| &*t.low);
    let n = ws.get(x + 1).map_or("", |t| &*t.low);
    match w {
        "followed" if n == "by" => Some(OrderWord::Later),
        "then" => Some(OrderWord::Later),
        "followed" | "after" | "since" | "following" => Some(OrderWord::Earlier),
        "ahead" if n == "of" => Some(OrderWord::Ahead),
        "before" => Some(OrderWord::Ahead),
        "prior" if n == "to" => Some(OrderWord::Ahead),
        _ => None,
    }
}

/// How many tokens of each of `N` kinds come before each token, so that whether a stretch holds
/// one is a subtraction, not a scan of the stretch for each event (quadratic in a clause of
/// thousands of words).
struct PrefixCounts<const N: usize> {
    before: Vec<[u32; N]>,
}

impl<const N: usize> PrefixCounts<N> {
    /// The counts over `len` tokens; `count(x, counts)` adds token `x`'s kinds.
    fn new(len: usize, count: impl Fn(usize, &mut [u32; N])) -> PrefixCounts<N> {
        let mut before = Vec::with_capacity(len + 1);
        let mut counts = [0u32; N];
        before.push(counts);
        for x in 0..len {
            count(x, &mut counts);
            before.push(counts);
        }
        PrefixCounts { before }
    }

    /// Whether tokens `from..to` hold one of kind `kind`.
    fn any(&self, kind: usize, from: usize, to: usize) -> bool {
        let count = |x: usize| {
            self.before
                .get(x.min(self.before.len().saturating_sub(1)))
                .map_or(0, |c| c[kind])
        };
        to > from && count(to) > count(from)
    }
}

/// The order words of a text, by kind.
struct OrderWords(PrefixCounts<3>);

impl OrderWords {
    fn new(ws: &[W<'_>]) -> OrderWords {
        OrderWords(PrefixCounts::new(ws.len(), |x, counts| {
            if let Some(word) = order_word(ws, x) {
                counts[word as usize] += 1;
            }
        }))
    }

    /// Whether tokens `from..to` hold an order word of kind `word`.
    fn any(&self, word: OrderWord, from: usize, to: usize) -> bool {
        self.0.any(word as usize, from, to)
    }
}

/// A kind of token that clause-wide tests look for.
#[derive(Clone, Copy)]
enum Kind {
    /// `had`: a pluperfect somewhere before the trigger in its clause.
    Had = 0,
    /// `took`, `take`…: `it took years for the plan to work`.
    Taking = 1,
    /// A hypothetical cue (`if`, `could`…) in the main clause before an `until`.
    Hypothetical = 2,
    /// A modal cue (future, planned or hypothetical) after a saying.
    Modal = 3,
    /// A word an expression does not date an event across (`after`, `and`…).
    Across = 4,
}

impl Kind {
    /// Every kind, in the order of their counts.
    const ALL: [Kind; 5] = [
        Kind::Had,
        Kind::Taking,
        Kind::Hypothetical,
        Kind::Modal,
        Kind::Across,
    ];
}

/// Stretches of a clause tested for a kind of token, or for its last saying, once per event: a
/// short stretch is scanned, a long one (a clause of thousands of words, in a text without
/// sentence punctuation) is answered from counts made once for the document, on first need, so
/// that its events cost no scan of the clause each (quadratic).
struct Tallies<'a, 'w> {
    ws: &'a [W<'w>],
    masks: &'a [u8],
    /// How many tokens of each kind come before each token.
    before: OnceCell<PrefixCounts<5>>,
    /// For each token, the last saying (`said`, `that`) before it.
    last_saying: OnceCell<Vec<Option<usize>>>,
    /// The expressions that can date an event wherever it stands in their clause (not a set, a
    /// plain duration, a `since` start or `recent`), in text order.
    dating: Vec<usize>,
}

/// A stretch longer than this is answered from the counts rather than scanned.
const SCANNED: usize = 48;

impl<'a, 'w> Tallies<'a, 'w> {
    fn new(ws: &'a [W<'w>], masks: &'a [u8], exprs: &[Expr]) -> Tallies<'a, 'w> {
        let dating = (0..exprs.len())
            .filter(|&k| exprs.get(k).is_some_and(|e| dates_anywhere(ws, e)))
            .collect();
        Tallies {
            ws,
            masks,
            before: OnceCell::new(),
            last_saying: OnceCell::new(),
            dating,
        }
    }

    /// Whether token `x` is of the kind.
    fn is(&self, kind: Kind, x: usize) -> bool {
        let low = self.ws.get(x).map_or("", |w| &*w.low);
        let mask = |cues: &[Cue]| {
            self.masks
                .get(x)
                .is_some_and(|&m| cues.iter().any(|&c| m & (1 << c as u8) != 0))
        };
        match kind {
            Kind::Had => low == "had",
            Kind::Taking => matches!(low, "took" | "take" | "takes" | "taken" | "taking"),
            Kind::Hypothetical => mask(&[Cue::Hypothetical]),
            Kind::Modal => mask(&[Cue::Future, Cue::Planned, Cue::Hypothetical]),
            Kind::Across => is_across(low),
        }
    }

    /// Whether tokens `from..to` hold one of the kind.
    fn any(&self, kind: Kind, from: usize, to: usize) -> bool {
        if to <= from {
            return false;
        }
        if to - from <= SCANNED {
            return (from..to).any(|x| self.is(kind, x));
        }
        let before = self.before.get_or_init(|| {
            PrefixCounts::new(self.ws.len().max(self.masks.len()), |x, counts| {
                for kind in Kind::ALL {
                    if self.is(kind, x) {
                        counts[kind as usize] += 1;
                    }
                }
            })
        });
        before.any(kind as usize, from, to)
    }

    /// The last saying (`said`, `that`) among tokens `from..to`.
    fn last_saying(&self, from: usize, to: usize) -> Option<usize> {
        let saying = |x: usize| {
            self.ws
                .get(x)
                .is_some_and(|t| t.low == "that" || is_reporting(&t.low))
        };
        if to.saturating_sub(from) <= SCANNED {
            return (from..to).rfind(|&x| saying(x));
        }
        let last = self.last_saying.get_or_init(|| {
            let mut last = None;
            let mut out = Vec::with_capacity(self.ws.len() + 1);
            for x in 0..self.ws.len() {
                out.push(last);
                if saying(x) {
                    last = Some(x);
                }
            }
            out.push(last);
            out
        });
        last.get(to.min(last.len().saturating_sub(1)))
            .copied()
            .flatten()
            .filter(|&m| m >= from)
    }
}

/// `rose to 143 on Friday, five days after the storm made landfall`, `resigned on Monday, two
/// days before the vote`: the events of a clause that a duration and `after` (`before`) open
/// lie that long before (after) the day of the sentence's last event stated before it, when
/// they have no stated time of their own. Only a stated single day counts from.
fn counted_from_the_day_before(
    ws: &[W<'_>],
    exprs: &[Expr],
    (lo, hi): (usize, usize),
    events: &mut [Event],
) {
    for k in exprs_in(exprs, lo, hi) {
        let Some(d) = exprs
            .get(k)
            .filter(|e| e.ty == Ty::Duration && e.modifier.is_none())
        else {
            continue;
        };
        let sign = match ws.get(d.tokens.1).map(|w| &*w.low) {
            Some("after") => -1,
            Some("before") => 1,
            _ => continue,
        };
        // not a stretch of its own (`the biggest gain in two weeks after the rate cut`)
        let governed = d
            .tokens
            .0
            .checked_sub(1)
            .and_then(|p| ws.get(p))
            .is_some_and(|w| matches!(&*w.low, "in" | "for" | "over" | "within" | "during"));
        if governed {
            continue;
        }
        // the day counted from: the last event stated on a single day before the duration,
        // within a short stretch (a text without punctuation may make the sentence huge)
        let first = events.partition_point(|e| e.token + SCANNED < d.tokens.0);
        let before = events.partition_point(|e| e.token < d.tokens.0);
        let Some(day) = events
            .get(first..before)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(|e| e.certainty == Certainty::Stated)
            .and_then(|e| e.start.filter(|&s| Some(s) == e.end))
        else {
            continue;
        };
        let Some(shifted) = expr::shift_by_duration(day, &d.value, sign) else {
            continue;
        };
        // the events of the duration's clause after it
        let limit = hi.min(d.tokens.1 + SCANNED);
        let clause_end = (d.tokens.1..limit)
            .find(|&m| {
                ws.get(m)
                    .is_some_and(|w| is_boundary(&w.low) && w.low != "which")
            })
            .unwrap_or(limit);
        let after = events.partition_point(|e| e.token <= d.tokens.1);
        for ev in events.get_mut(after..).unwrap_or(&mut []).iter_mut() {
            if ev.token >= clause_end {
                break;
            }
            infer_day(ev, (shifted, shifted));
        }
    }
}

/// `her last visit, in 2022, ended…`: a clause holding only a date dates the event just before
/// it (among the sentence's `events`), when that one has no stated time.
fn date_by_date_clauses(
    ws: &[W<'_>],
    exprs: &[Expr],
    sentence_clauses: &[(usize, usize)],
    events: &mut [Event],
    dct: Option<Date>,
) {
    for &(clo, chi) in sentence_clauses {
        // The events are in text order.
        let first_after = events.partition_point(|e| e.token < clo);
        let has_event = events.get(first_after).is_some_and(|e| e.token < chi);
        if has_event {
            continue;
        }
        let Some((k, x)) = exprs_in(exprs, clo, chi)
            .into_iter()
            .filter_map(|k| Some((k, exprs.get(k)?)))
            .find(|(_, e)| matches!(e.ty, Ty::Date | Ty::Time))
        else {
            continue;
        };
        // Only a clause that holds little besides the date (`, in 2022,`): in `, said the
        // cabinet was unlikely to decide before the autumn` the date belongs to its own verb.
        let words = (clo..chi)
            .filter(|&m| m < x.tokens.0 || m >= x.tokens.1)
            .filter(|&m| {
                ws.get(m)
                    .is_some_and(|t| t.low.chars().any(char::is_alphanumeric))
            })
            .count();
        if words > 2 {
            continue;
        }
        if let Some(ev) = first_after.checked_sub(1).and_then(|p| events.get_mut(p)) {
            if undated_actual(ev) && ev.token + 8 >= clo {
                let (start, end, phase) = stated_time(x, dct);
                if start.is_some() || end.is_some() {
                    ev.start = start;
                    ev.end = end;
                    ev.expression = Some(k);
                    ev.certainty = Certainty::Stated;
                    ev.key = (start.or(end), phase);
                }
            }
        }
    }
}

/// `followed by` passes on the modality of the earlier event: a planned meeting followed by a
/// session makes the session planned too.
fn planned_passes_on(order: &Order, events: &mut [Event]) {
    for &(a, b) in order {
        let (Some(ea), Some(eb)) = (events.get(a), events.get(b)) else {
            continue;
        };
        if ea.sentence == eb.sentence
            && ea.modality == Modality::Planned
            && eb.modality == Modality::Actual
            && eb.expression.is_none()
        {
            let (start, key) = (ea.start, ea.key);
            if let Some(eb) = events.get_mut(b) {
                eb.modality = Modality::Planned;
                eb.start = start;
                eb.end = None;
                eb.certainty = Certainty::Inferred;
                eb.key = key;
            }
        }
    }
}

/// `was convicted in January after a six-week trial`: an event of the same clause told as
/// earlier than a dated one, and inferred (from the story's day) to lie after it, ends by the
/// dated one's end instead.
fn earlier_ends_by_the_later(order: &Order, events: &mut [Event]) {
    for &(a, b) in order {
        let (Some(ea), Some(eb)) = (events.get(a), events.get(b)) else {
            continue;
        };
        let later_end = eb.end.or(eb.start);
        if ea.clause == eb.clause
            && ea.certainty == Certainty::Inferred
            && ea.modality == Modality::Actual
            && eb.certainty == Certainty::Stated
            // not after the later one's start (`convicted in March after a two-week hearing`:
            // the hearing, given March by the sentence, ends by the end of March)
            && ea.start.is_some_and(|s| eb.start.or(later_end).is_some_and(|e| s >= e))
        {
            if let Some(ea) = events.get_mut(a) {
                ea.start = None;
                ea.end = later_end;
                ea.key = (later_end, -1);
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    doc: &Document,
    ws: &[W<'_>],
    tcues: &[Option<bool>],
    masks: &[u8],
    tallies: &Tallies<'_, '_>,
    exprs: &[Expr],
    mentions: &Mentions<'_>,
    clause_exprs: &[usize],
    clause: (usize, usize),
    sentence: (usize, usize),
    j: usize,
    dct: Option<Date>,
    anchor: &mut Option<(Date, Date)>,
    (personal, fronted): (bool, bool),
) -> Option<Event> {
    let t = ws.get(j)?;
    let clo = clause.0;
    let (cues, negated) = modal_cues(ws, masks, tallies, j, clause);
    let (last_like, next_like) = shift_words(ws, j);
    let nearest = nearest_dating(ws, exprs, tallies, clause, j);
    // `said on Thursday that the government would pay`: the date is the saying's; a modal event
    // of the reported clause is at most planned after it.
    let mut reported_from = None;
    let nearest = nearest.filter(|&k| {
        let Some(e) = exprs.get(k) else { return true };
        if e.tokens.1 > j || cues.is_empty() {
            return true;
        }
        let modal_after = modal_after_saying(ws, tallies, e.tokens, j);
        if modal_after {
            reported_from = calendar::range(&e.value).map(|(s, _)| s);
        }
        !modal_after
    });
    // `told parliament the budget would cut borrowing … this fiscal year`: a date after a modal
    // that follows a saying is the reported event's, not the saying's.
    let nearest = nearest.filter(|&k| {
        !(is_reporting(&t.low)
            && exprs
                .get(k)
                .is_some_and(|e| e.tokens.0 > j && tallies.any(Kind::Modal, j + 1, e.tokens.0)))
    });
    // `cut its growth forecast for next year`, `raised its forecast for the year ending in
    // March`: a date after `for` that follows a noun phrase is the noun's (what the forecast,
    // the budget, the target is for), not the verb's before them.
    let nearest = nearest.filter(|&k| {
        exprs
            .get(k)
            .and_then(|e| for_of(ws, exprs, e))
            .is_none_or(|f| {
                // a noun phrase between (looked for in a short stretch only)
                f <= j
                    || f - j > SCANNED
                    || !ws
                        .get(j + 1..f)
                        .is_some_and(|between| between.iter().any(|w| is_determiner(&w.low)))
            })
    });
    let until_modal = until_modality(ws, tcues, tallies, clo, j);
    // A set nearer than any date (`pays a dividend annually`) makes the event recurring: no
    // single date.
    // The clause's expressions before `j` are `clause_exprs[..split]` (none holds `j`).
    let split = clause_exprs.partition_point(|&k| exprs.get(k).is_some_and(|e| e.tokens.0 < j));
    let (before, after) = clause_exprs.split_at(split);
    let (left, right) = (
        before.last().and_then(|&k| exprs.get(k)),
        after.first().and_then(|&k| exprs.get(k)),
    );
    let recurring = nearer(j, left, right, |e| e.tokens.0).is_some_and(|e| e.ty == Ty::Set);
    let nearest = nearest.filter(|_| !recurring);
    // `had served 18 months in prison for a burglary in 2014`: an event that lasts the duration
    // right after it (`served 18 months`, `lasted for two years`) does not fit in a date shorter
    // than that duration: the date is another word's (the burglary's), not the event's.
    let lasting = right
        .filter(|e| {
            let at = if ws.get(j + 1).is_some_and(|w| w.low == "for") {
                j + 2
            } else {
                j + 1
            };
            e.tokens.0 == at
                && e.ty == Ty::Duration
                && !matches!(e.modifier, Some("LESS_THAN" | "ON_OR_BEFORE"))
        })
        .map(|e| e.value.as_str());
    let too_short = |span: (Date, Date)| {
        lasting.is_some_and(|lasts| {
            expr::add_duration(span.0, lasts).is_some_and(|end| {
                span.1
                    .checked_add(jiff::Span::new().days(1))
                    .is_ok_and(|after| end > after)
            })
        })
    };
    let nearest = nearest.filter(|&k| {
        exprs
            .get(k)
            .and_then(|e| calendar::range(&e.value))
            .is_none_or(|span| !too_short(span))
    });
    // nor, as the sentence's scene, the anchor it would be (then before it, by `had`)
    let scene = anchor.filter(|&span| !too_short(span));
    // Expressions do not overlap: the ends before `j` fall going back.
    let duration = before
        .iter()
        .rev()
        .copied()
        .take_while(|&k| exprs.get(k).is_some_and(|e| e.tokens.1 + 3 >= j))
        .find(|&k| {
            exprs
                .get(k)
                .is_some_and(|e| e.ty == Ty::Duration && e.modifier.is_none() && e.tokens.1 <= j)
        });
    let future_expr = nearest.and_then(|k| exprs.get(k)).is_some_and(|e| {
        e.value == "FUTURE_REF"
            || e.modifier == Some("ON_OR_BEFORE")
            || (dct.is_some() && calendar::range(&e.value).is_some_and(|(s, _)| Some(s) > dct))
    });
    let modality = modality_of(
        ws,
        tcues,
        (clo, j),
        &cues,
        negated,
        until_modal,
        reported_from.is_some(),
        next_like,
        future_expr,
    );

    let mut expression = None;
    let Dating {
        start,
        end,
        certainty,
        phase,
    } = if let Some(k) = nearest.filter(|_| modality != Modality::Negated) {
        let e = exprs.get(k)?;
        expression = Some(k);
        // `Revenue fell 14% in the three months to December`, `the third truce in a decade`,
        // `rose over the past two years`: a span in a past clause ends at the publication date.
        let before_word = e.tokens.0.checked_sub(1).and_then(|b| ws.get(b));
        let words = || (e.tokens.0..e.tokens.1).filter_map(|k| ws.get(k));
        let looks_back = e.ty == Ty::Duration
            && modality == Modality::Actual
            && (before_word.is_some_and(|w| matches!(&*w.low, "in" | "over" | "during"))
                || words().any(|w| matches!(&*w.low, "past" | "last" | "previous")))
            && !words().any(|w| matches!(&*w.low, "next" | "coming"))
            && expr::tense(ws, tcues, j) == Some(true);
        // `in the three months to December`: such a span ends with the date after it.
        let span_end = looks_back
            .then(|| {
                let to = ws.get(e.tokens.1)?;
                if !matches!(&*to.low, "to" | "through" | "ending" | "ended") {
                    return None;
                }
                let d = expr_at(exprs, e.tokens.1 + 1).filter(|d| d.ty == Ty::Date)?;
                calendar::range(&d.value).map(|(_, end)| end)
            })
            .flatten();
        let mut dating = stated_dating(e, dct, modality, anchor, looks_back.then_some(span_end));
        // `fell by half between 2016 and 2022`, `from 1963 to 1989`: the stretch runs to the
        // end of the second date.
        let stretch_end = stretch(ws, exprs, e)
            .and_then(|(_, second)| calendar::range(&second.value).map(|(_, end)| end));
        if let Some(until) = stretch_end {
            if dating.start.is_some_and(|s| s <= until) {
                dating.end = Some(until);
            }
        }
        dating
    } else if recurring {
        // dated by nothing but its rhythm
        Dating::UNKNOWN
    } else {
        let past = expr::tense(ws, tcues, j);
        inferred_dating(
            ws,
            tallies,
            (clo, j),
            modality,
            (last_like, next_like),
            past,
            (personal, fronted),
            reported_from.or(dct),
            dct,
            scene,
        )
    };
    let key_day = start.or(end);

    let summary = summary_of(doc.text.as_str(), ws, mentions, clause, sentence)?;

    Some(Event {
        token: j,
        start_byte: t.start,
        end_byte: t.end,
        sentence: t.sentence,
        clause,
        summary,
        // the clause's or sentence's, set by the caller
        actors: Vec::new(),
        modality,
        start,
        end,
        expression,
        duration,
        certainty,
        key: (key_day, phase),
    })
}

/// The event's modality, from the strongest sign down: a negation, an `until` clause, `would`
/// after a reported saying, modal cues and shift words, then a time ahead in a clause not past.
#[allow(clippy::too_many_arguments)]
fn modality_of(
    ws: &[W<'_>],
    tcues: &[Option<bool>],
    (clo, j): (usize, usize),
    cues: &[Cue],
    negated: bool,
    until_modal: Option<bool>,
    reported: bool,
    next_like: bool,
    future_expr: bool,
) -> Modality {
    let would = (j.saturating_sub(7).max(clo)..j).any(|m| {
        ws.get(m)
            .is_some_and(|t| matches!(&*t.low, "would" | "will"))
    });
    if negated {
        Modality::Negated
    } else if until_modal == Some(true) {
        Modality::Hypothetical
    } else if until_modal == Some(false) {
        Modality::Planned
    } else if reported && would && !cues.contains(&Cue::Planned) && !cues.contains(&Cue::Future) {
        // `would` after a past saying: the future of then.
        Modality::Planned
    } else if cues.contains(&Cue::Planned)
        || cues.contains(&Cue::Future)
        || next_like && !cues.contains(&Cue::Hypothetical)
    {
        Modality::Planned
    } else if cues.contains(&Cue::Hypothetical) {
        if future_expr {
            Modality::Planned
        } else {
            Modality::Hypothetical
        }
    } else if future_expr && expr::tense(ws, tcues, j) != Some(true) {
        Modality::Planned
    } else {
        Modality::Actual
    }
}

/// The event's summary: its clause, or its sentence when the clause is only a few words.
fn summary_of(
    text: &str,
    ws: &[W<'_>],
    mentions: &Mentions<'_>,
    (clo, chi): (usize, usize),
    sentence: (usize, usize),
) -> Option<String> {
    let clause_range = bytes_of(ws, (clo, chi))?;
    let sentence_range = bytes_of(ws, sentence)?;
    let (mut a, mut b) = clause_range;
    if chi - clo < 5 {
        (a, b) = sentence_range;
    }
    let clause = text.get(a..b);
    let odd_quotes = clause.is_some() && mentions.odd_quotes((a, b));
    Some(summarize_with(clause.unwrap_or(""), odd_quotes))
}

/// The bytes of the tokens `lo..hi` (of the token `lo` when the stretch is empty).
fn bytes_of(ws: &[W<'_>], (lo, hi): (usize, usize)) -> Option<(usize, usize)> {
    Some((ws.get(lo)?.start, ws.get(hi.saturating_sub(1).max(lo))?.end))
}

/// The modal cues in a window around the trigger at `j`, within its clause (a cue after the
/// trigger only on an auxiliary), and whether a negation closely precedes it.
fn modal_cues(
    ws: &[W<'_>],
    masks: &[u8],
    tallies: &Tallies<'_, '_>,
    j: usize,
    (clo, chi): (usize, usize),
) -> (Vec<Cue>, bool) {
    let mut cues = Vec::new();
    let mut negated = false;
    for k in j.saturating_sub(7).max(clo)..(j + 4).min(chi) {
        let mask = masks.get(k).copied().unwrap_or(0);
        for cue in [Cue::Future, Cue::Planned, Cue::Hypothetical, Cue::Negated] {
            if mask & (1 << (cue as u8)) == 0 {
                continue;
            }
            if cue == Cue::Negated {
                if k < j && j - k <= 4 {
                    negated = true;
                }
            } else if k < j || is_auxiliary(ws.get(k).map_or("", |t| &*t.low)) {
                cues.push(cue);
            }
        }
    }
    // `expects 2026 sales to fall`, `expected the talks to last`: what is expected to happen,
    // the verb after `to` and the noun before it (the cue list has only `expected to` side by
    // side). Not a comparison (`higher than expected`, `as forecast`), and not a `to` that
    // opens a noun phrase (`lost to a newcomer`): that `to` is a preposition.
    let to_at = |k: usize| ws.get(k).is_some_and(|p| p.low == "to" && k < chi);
    let to_a_noun_phrase = ws
        .get(j + 2)
        .is_some_and(|w| is_determiner(&w.low) && j + 2 < chi);
    let expects_it = |k: usize| {
        let compared = k
            .checked_sub(1)
            .and_then(|p| ws.get(p))
            .is_some_and(|p| matches!(&*p.low, "than" | "as"));
        !compared && ws.get(k).is_some_and(|w| is_expecting(&w.low))
    };
    let expecting = (j.checked_sub(1).is_some_and(to_at) || to_at(j + 1) && !to_a_noun_phrase)
        && (j.saturating_sub(7).max(clo)..j).any(expects_it);
    // `wait … for this to pay off`, `called for wages to rise`: what is awaited or asked for
    // has not happened (not `it took years for the plan to work`, which did).
    let awaited = j.checked_sub(1).is_some_and(to_at)
        && (j.saturating_sub(5).max(clo)..j.saturating_sub(1)).any(|k| {
            ws.get(k).is_some_and(|w| w.low == "for") && !tallies.any(Kind::Taking, clo, k)
        });
    if awaited && !cues.contains(&Cue::Hypothetical) {
        cues.push(Cue::Hypothetical);
    }
    // `had been expected to win`: an expectation of the past tells nothing of what came of it.
    let past_expectation = expecting
        && (j.saturating_sub(7).max(clo)..j).any(|k| {
            ws.get(k).is_some_and(|w| w.low == "had")
                && (k + 1..j).any(|m| ws.get(m).is_some_and(|w| is_expecting(&w.low)))
        });
    if past_expectation {
        cues.retain(|c| *c != Cue::Planned);
        cues.push(Cue::Hypothetical);
    } else if expecting {
        cues.push(Cue::Planned);
    }
    (cues, negated)
}

/// Whether the words just before the trigger at `j` put the event in the past (`the last
/// summit`, `his previous visit`) or ahead (`the next round`, `a planned vote`).
fn shift_words(ws: &[W<'_>], j: usize) -> (bool, bool) {
    let before = |k: usize| {
        if j >= k {
            ws.get(j - k).map_or("", |p| &*p.low)
        } else {
            ""
        }
    };
    let last_like = matches!(
        before(1),
        "last" | "previous" | "earlier" | "former" | "prior" | "past"
    ) || matches!(before(2), "last" | "previous" | "prior");
    let next_like = matches!(
        before(1),
        "next" | "upcoming" | "coming" | "planned" | "proposed" | "potential" | "future"
    ) || matches!(
        before(2),
        "next" | "upcoming" | "planned" | "proposed" | "potential"
    );
    (last_like, next_like)
}

/// The time expression of the clause nearest the trigger at `j` that can date it: not a set,
/// not a plain duration, not `recent` beside another noun, not a `since` start, not across an
/// order word. At equal distance the earlier one.
fn nearest_dating(
    ws: &[W<'_>],
    exprs: &[Expr],
    tallies: &Tallies<'_, '_>,
    (clo, chi): (usize, usize),
    j: usize,
) -> Option<usize> {
    let start = |k: usize| exprs.get(k).map_or(usize::MAX, |e| e.tokens.0);
    let across = |k: usize| {
        exprs
            .get(k)
            .is_none_or(|e| across_order_word(tallies, j, e.tokens))
    };
    // Expressions do not overlap and none holds `j`: on each side, the nearest one that can date
    // anywhere is the side's answer, unless it is across an order word, and then so is every one
    // beyond it.
    let split = tallies.dating.partition_point(|&k| start(k) < j);
    let left = split
        .checked_sub(1)
        .and_then(|p| tallies.dating.get(p))
        .copied()
        .filter(|&k| start(k) >= clo && !across(k));
    let right = tallies
        .dating
        .get(split)
        .copied()
        .filter(|&k| {
            exprs
                .get(k)
                .is_some_and(|e| e.tokens.0 < chi && e.tokens.1 <= chi)
        })
        .filter(|&k| !across(k));
    // `recent` dates the noun just after it (`recent summit`): one of the last three
    // expressions before `j`, ending at most two words before it.
    let before = exprs.partition_point(|e| e.tokens.0 < j);
    let recent = (before.saturating_sub(3)..before).rev().find(|&k| {
        exprs.get(k).is_some_and(|e| {
            e.tokens.0 >= clo
                && e.tokens.1 <= j
                && j <= e.tokens.1 + 2
                && ws.get(e.tokens.0).is_some_and(|t| t.low == "recent")
                && can_date(ws, e)
                && !across(k)
        })
    });
    let left = match (left, recent) {
        (Some(l), Some(r)) => Some(l.max(r)),
        (l, r) => l.or(r),
    };
    nearer(j, left, right, start)
}

/// Of an expression `left` of token `j` and one `right` of it, the one that starts nearer `j`
/// (the left one on a tie), by `start`.
fn nearer<T: Copy>(
    j: usize,
    left: Option<T>,
    right: Option<T>,
    start: impl Fn(T) -> usize,
) -> Option<T> {
    match (left, right) {
        (Some(l), Some(r)) if start(r) - j < j - start(l) => Some(r),
        (Some(l), _) => Some(l),
        (None, r) => r,
    }
}

/// Whether the expression `e` can date an event, `recent` aside: not a set, not a plain
/// duration, not a `since` start.
fn can_date(ws: &[W<'_>], e: &Expr) -> bool {
    e.ty != Ty::Set
        && !(e.ty == Ty::Duration && e.modifier != Some("ON_OR_BEFORE"))
        // `since the spring` starts a span; it does not date the event
        && !(e.tokens.0 > 0 && ws.get(e.tokens.0 - 1).is_some_and(|t| t.low == "since"))
}

/// Whether the expression `e` can date an event wherever the event stands in its clause:
/// it can date one and is not `recent`, which dates only the noun it qualifies (`recent summit`).
fn dates_anywhere(ws: &[W<'_>], e: &Expr) -> bool {
    can_date(ws, e)
        && ws.get(e.tokens.0).is_none_or(|t| t.low != "recent")
        && !period_adjective(ws, e)
}

/// `third-quarter results`, `first-half profit`, `full-year sales`: a hyphenated period before
/// a noun tells what the noun covers, not when an event of the clause happens (`will report
/// third-quarter results on Feb. 10`).
fn period_adjective(ws: &[W<'_>], e: &Expr) -> bool {
    let words: Vec<&str> = ws
        .get(e.tokens.0..e.tokens.1)
        .unwrap_or(&[])
        .iter()
        .map(|w| &*w.low)
        .collect();
    let hyphenated = words.concat();
    let noun_after = ws.get(e.tokens.1).is_some_and(|w| {
        w.low.chars().all(char::is_alphabetic)
            && !is_determiner(&w.low)
            && !matches!(
                &*w.low,
                "and" | "or" | "to" | "of" | "in" | "on" | "at" | "for" | "from" | "by" | "with"
            )
    });
    ["-quarter", "-half", "-year"]
        .iter()
        .any(|end| hyphenated.ends_with(end))
        && noun_after
}

/// The expression starting at token `t`, if one does (expressions are in text order).
fn expr_at(exprs: &[Expr], t: usize) -> Option<&Expr> {
    exprs
        .get(exprs.partition_point(|e| e.tokens.0 < t))
        .filter(|e| e.tokens.0 == t)
}

/// Whether the trigger at `j` is a present perfect (`have won`, `has not yet won`): `have` or
/// `has` just before it, with only adverbs between; not the `have` of another verb (`unions
/// have said police arrested`).
fn present_perfect(ws: &[W<'_>], clo: usize, j: usize) -> bool {
    let mut k = j;
    while k > clo && j - k < 3 {
        k -= 1;
        let Some(w) = ws.get(k) else { return false };
        if matches!(&*w.low, "have" | "has") {
            return true;
        }
        if !is_adverb(&w.low) {
            return false;
        }
    }
    false
}

/// A verb that looks ahead to what is to happen (`expects`, `forecast`).
fn is_expecting(w: &str) -> bool {
    matches!(
        w,
        "expect"
            | "expects"
            | "expected"
            | "expecting"
            | "predict"
            | "predicts"
            | "predicted"
            | "forecast"
            | "forecasts"
    )
}

/// A word that opens a noun phrase: after it, a `to` before it was a preposition.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
    )
}

/// Whether a saying (`said`, `that`) between the expression (`from`, `to`) and the trigger
/// at `j`, or just before the expression (`said on Tuesday it would cut`), is followed by a
/// modal cue: then the trigger is a reported, modal event.
fn modal_after_saying(
    ws: &[W<'_>],
    tallies: &Tallies<'_, '_>,
    (from, to): (usize, usize),
    j: usize,
) -> bool {
    let said_before =
        || (from.saturating_sub(2)..from).any(|m| ws.get(m).is_some_and(|t| is_reporting(&t.low)));
    let Some(b) = tallies
        .last_saying(to, j)
        .or_else(|| said_before().then(|| to.saturating_sub(1)))
    else {
        return false;
    };
    tallies.any(Kind::Modal, b + 1, j)
}

/// For an event after `until`/`unless`/`once` in the present (`delay a vote until an audit is
/// finished`), whether the main clause before it is hypothetical (`Some(true)`) or planned
/// (`Some(false)`); `None` when the event is no such `until` event.
fn until_modality(
    ws: &[W<'_>],
    tcues: &[Option<bool>],
    tallies: &Tallies<'_, '_>,
    clo: usize,
    j: usize,
) -> Option<bool> {
    // `delay a vote until an audit is finished`: the `until` event lies ahead of the main one.
    let until = (clo..j).rev().take(8).find(|&m| {
        ws.get(m)
            .is_some_and(|t| matches!(&*t.low, "until" | "unless" | "once"))
    });
    // Present (`until the audit is finished`, `once it reopens`), not past (`until talks ended`,
    // `until the audit was finished`).
    let past_form = tcues.get(j).copied().flatten() == Some(true)
        && !(j > 0
            && ws
                .get(j - 1)
                .is_some_and(|t| matches!(&*t.low, "is" | "are" | "be" | "been" | "has" | "have")));
    let until_future = !past_form
        && until.is_some_and(|u| {
            !(u + 1..j).any(|m| {
                ws.get(m)
                    .is_some_and(|t| matches!(&*t.low, "was" | "were" | "had"))
            })
        });
    until
        .filter(|_| until_future)
        .map(|u| tallies.any(Kind::Hypothetical, clo, u))
}

/// When an event happened, as far as the text tells: its first and last day, how it is known,
/// and a phase that orders events of the same day.
struct Dating {
    start: Option<Date>,
    end: Option<Date>,
    certainty: Certainty,
    phase: i32,
}

impl Dating {
    /// Nothing known about the time.
    const UNKNOWN: Dating = Dating {
        start: None,
        end: None,
        certainty: Certainty::Unknown,
        phase: 0,
    };
}

/// The time an expression `e` gives its event. A single day of an actual event, not after the
/// publication date, becomes the narrative `anchor` for the undated past events after it. A span
/// that looks back (`looks_back`) ends on the date it runs to, if one is given, else on the
/// publication date.
fn stated_dating(
    e: &Expr,
    dct: Option<Date>,
    modality: Modality,
    anchor: &mut Option<(Date, Date)>,
    looks_back: Option<Option<Date>>,
) -> Dating {
    let mut dating = Dating {
        certainty: Certainty::Stated,
        ..Dating::UNKNOWN
    };
    match e.value.as_str() {
        "PAST_REF" => {
            dating.end = dct;
            dating.phase = -10;
        }
        "PRESENT_REF" => {
            dating.start = dct;
            dating.end = dct;
        }
        "FUTURE_REF" => {
            dating.start = dct;
            dating.phase = 10;
        }
        v if e.ty == Ty::Duration && looks_back.is_some() => {
            // ends at the publication date, or with the date the span runs to (then it
            // starts the day after the same span before that end)
            let bound = looks_back.flatten();
            let end = bound.or(dct);
            dating.start = end.and_then(|d| expr::shift_by_duration(d, v, -1));
            if bound.is_some() {
                dating.start = dating.start.and_then(|d| d.tomorrow().ok());
            }
            dating.end = end;
            dating.phase = -10;
        }
        v if e.ty == Ty::Duration => {
            dating.start = dct;
            dating.end = dct.and_then(|d| expr::add_duration(d, v));
            dating.phase = 10;
        }
        _ => {
            if let Some((s, en)) = date_range(e) {
                dating.start = Some(s);
                dating.end = Some(en);
                if s == en && modality == Modality::Actual && dct.is_none_or(|d| s <= d) {
                    *anchor = Some((s, en));
                }
            }
        }
    }
    dating
}

/// The time of an event without an expression of its own (trigger at `j`, clause from `clo`),
/// inferred from its modality, the shift words before it (`(last_like, next_like)`), its tense
/// and the narrative `anchor`: planned events start at `planned_from`, past ones fall on the
/// anchor day (or end there, in the pluperfect) or before the publication date `dct`.
#[allow(clippy::too_many_arguments)]
fn inferred_dating(
    ws: &[W<'_>],
    tallies: &Tallies<'_, '_>,
    (clo, j): (usize, usize),
    modality: Modality,
    (last_like, next_like): (bool, bool),
    past: Option<bool>,
    (personal, fronted): (bool, bool),
    planned_from: Option<Date>,
    dct: Option<Date>,
    anchor: Option<(Date, Date)>,
) -> Dating {
    // Told from the publication date: inferred, or unknown without one.
    let from_dct = if dct.is_some() {
        Certainty::Inferred
    } else {
        Certainty::Unknown
    };
    let inferred = |start, end, phase| Dating {
        start,
        end,
        certainty: Certainty::Inferred,
        phase,
    };
    let from_publication = |start, end, phase| Dating {
        start,
        end,
        certainty: from_dct,
        phase,
    };
    match modality {
        Modality::Planned => from_publication(planned_from, None, 10),
        Modality::Hypothetical if next_like => from_publication(dct, None, 20),
        Modality::Actual if last_like => from_publication(None, dct, -20),
        // A relative clause about a person is not dated by the main clause.
        Modality::Actual if past == Some(true) && personal => from_publication(None, dct, -10),
        Modality::Actual if past == Some(true) => {
            let pluperfect = tallies.any(Kind::Had, clo, j);
            // `we have won nothing yet`: the present perfect tells no time of the story
            let perfect = present_perfect(ws, clo, j);
            match anchor {
                _ if perfect && !pluperfect && dct.is_some() => inferred(None, dct, -10),
                Some((a, b)) if !pluperfect || fronted => inferred(Some(a), Some(b), 0),
                Some((a, _)) => inferred(None, Some(a), -1),
                None if dct.is_some() => inferred(None, dct, -10),
                None => Dating::UNKNOWN,
            }
        }
        _ => Dating::UNKNOWN,
    }
}

/// The second date of a stretch that the date `e` opens, with the word that opens it:
/// `between 2016 and 2022`, `from May to July` (the second date directly after `and`/`to`).
fn stretch<'x>(ws: &'x [W<'_>], exprs: &'x [Expr], e: &Expr) -> Option<(&'x str, &'x Expr)> {
    let opener = ws.get(e.tokens.0.checked_sub(1)?).map(|w| &*w.low)?;
    let joiner = ws.get(e.tokens.1).map(|w| &*w.low)?;
    if !matches!(
        (opener, joiner),
        ("between", "and") | ("from", "to" | "through")
    ) {
        return None;
    }
    let second = expr_at(exprs, e.tokens.1 + 1).filter(|d| matches!(d.ty, Ty::Date | Ty::Time))?;
    Some((opener, second))
}

/// The first past date of the sentence `lo..hi` that sets the scene (`in 2019`; `between 1963
/// and 1989` from the start of the one to the end of the other): the main clause's, mostly,
/// rather than a subordinate one's (`met on Thursday, the first contact since the truce
/// collapsed in January`).
fn scene_of_sentence(
    mentions: &Mentions,
    ws: &[W<'_>],
    exprs: &[Expr],
    (lo, hi): (usize, usize),
    dct: Option<Date>,
) -> Option<(Date, Date)> {
    // not a date inside a quote (`"We lost the vote in May," she said after the meeting`)
    let from = ws.get(lo).map_or(0, |w| w.start);
    let quoted = |e: &Expr| mentions.odd_quotes((from, e.start));
    let dated: Vec<&Expr> = exprs_in(exprs, lo, hi)
        .into_iter()
        .filter_map(|k| exprs.get(k))
        .filter(|e| matches!(e.ty, Ty::Date | Ty::Time) && !quoted(e))
        .collect();
    let past = |e: &Expr| date_range(e).filter(|&(_, en)| dct.is_none_or(|d| en <= d));
    dated.iter().enumerate().find_map(|(k, e)| {
        // `between 1963 and 1989`, the second date the sentence's next one
        let between = stretch(ws, exprs, e).filter(|&(opener, last)| {
            opener == "between" && dated.get(k + 1).is_some_and(|l| l.tokens == last.tokens)
        });
        if let Some((_, last)) = between {
            let (a, _) = past(e)?;
            let (_, b) = past(last)?;
            return Some((a, b));
        }
        past(e).filter(|_| sets_the_scene(ws, e))
    })
}

/// Whether the date expression `e` sets the scene of what follows (`in 2019`, `on Wednesday`,
/// `during the war`), rather than a point of comparison (`up from 55 percent four years ago`,
/// `since 1994`, `a year earlier`): only such a date, or a single day, anchors the undated past
/// events after it.
fn sets_the_scene(ws: &[W<'_>], e: &Expr) -> bool {
    let word = |back: usize| {
        e.tokens
            .0
            .checked_sub(back)
            .and_then(|p| ws.get(p))
            .map_or("", |w| &*w.low)
    };
    // not the day of a saying (`Nimbus said on Wednesday that revenue rose`), nor the end of a
    // span (`its forecast for the year ending in March`)
    matches!(word(1), "in" | "on" | "during" | "at" | "throughout")
        && !is_reporting(word(2))
        && !matches!(word(2), "ending" | "ended")
}

/// Whether the sentence starting at token `i` opens a paragraph: a line break between it and
/// the token before.
fn paragraph_starts(text: &str, ws: &[W<'_>], i: usize) -> bool {
    let (Some(prev), Some(t)) = (i.checked_sub(1).and_then(|p| ws.get(p)), ws.get(i)) else {
        return false;
    };
    text.get(prev.end..t.start)
        .is_some_and(|gap| gap.contains('\n'))
}

/// Indices of the expressions inside tokens `lo..hi` (expressions are in text order).
fn exprs_in(exprs: &[Expr], lo: usize, hi: usize) -> Vec<usize> {
    let first = exprs.partition_point(|e| e.tokens.0 < lo);
    (first..exprs.len())
        .take_while(|&k| exprs.get(k).is_some_and(|e| e.tokens.0 < hi))
        .filter(|&k| exprs.get(k).is_some_and(|e| e.tokens.1 <= hi))
        .collect()
}

/// Whether an order word (`followed`, `after`, `before`…) stands between token `j` and an
/// expression: the expression then dates the other side.
fn across_order_word(tallies: &Tallies<'_, '_>, j: usize, (a, b): (usize, usize)) -> bool {
    let (lo, hi) = if j < a { (j + 1, a) } else { (b, j) };
    tallies.any(Kind::Across, lo, hi)
}

/// A word an expression does not date an event across.
fn is_across(w: &str) -> bool {
    matches!(
        w,
        "followed" | "after" | "before" | "following" | "preceded" | "since" | "ahead" | "and"
    )
}

/// The days a date expression covers: its stated range where it has one whose ends are dates
/// (`the last four months of 2024`: September to December, not the year), else its value's.
fn date_range(e: &Expr) -> Option<(Date, Date)> {
    if let Some((lo, hi)) = &e.range {
        if let (Some((a, _)), Some((_, b))) = (calendar::range(lo), calendar::range(hi)) {
            return Some((a, b));
        }
    }
    calendar::range(&e.value)
}

/// The time a stated expression gives an event: start, end, phase within the day.
pub fn stated_time(e: &Expr, dct: Option<Date>) -> (Option<Date>, Option<Date>, i32) {
    match e.value.as_str() {
        "PAST_REF" => (None, dct, -10),
        "PRESENT_REF" => (dct, dct, 0),
        "FUTURE_REF" => (dct, None, 10),
        v if e.ty == Ty::Duration => (dct, dct.and_then(|d| expr::add_duration(d, v)), 10),
        _ => match date_range(e) {
            Some((s, en)) => (Some(s), Some(en), 0),
            None => (None, None, 0),
        },
    }
}

/// Reporting verbs: a clause after them is what was said, dated apart from the saying.
fn is_reporting(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "argued"
            | "announced"
            | "added"
            | "noted"
            | "warned"
            | "stated"
            | "insisted"
            | "claimed"
            | "suggested"
            | "promised"
            | "predicted"
            | "confirmed"
            | "explained"
            | "reported"
    )
}

/// Whether the word before an adjectival trigger (`open`) makes it a verb.
fn verbal_context(prev: &str) -> bool {
    matches!(
        prev,
        "to" | "will"
            | "would"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "did"
            | "does"
            | "do"
            | "not"
            | "never"
            | "i"
            | "we"
            | "they"
            | "you"
    ) || prev.ends_with("n't")
        || prev.ends_with("'ll")
}

/// Whether the word before an adjectival trigger makes it a particle or adjective: `cracking
/// open`, `burst open`, `remain open`, `wide open`, `an open letter`.
fn adjectival_context(prev: &str) -> bool {
    (prev.len() > 4 && (prev.ends_with("ing") || prev.ends_with("ed")))
        || matches!(
            prev,
            "a" | "an"
                | "the"
                | "remain"
                | "remains"
                | "stay"
                | "stays"
                | "keep"
                | "keeps"
                | "kept"
                | "left"
                | "leave"
                | "leaves"
                | "wide"
                | "broke"
                | "burst"
                | "swung"
                | "split"
                | "tore"
                | "torn"
                | "fell"
                | "slid"
                | "hung"
                | "held"
                | "ran"
        )
}

/// Cue words that mark the trigger before them (`the next meeting would take place`).
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "could"
            | "might"
            | "may"
            | "will"
            | "shall"
            | "scheduled"
            | "expected"
            | "planned"
            | "due"
    ) || w.ends_with("'ll")
}

/// The actors' mentions in text order, to find the actors of a stretch of text without going
/// through every actor for every event.
pub struct Mentions<'a> {
    /// `(start, end, actor)`, sorted by start.
    spans: Vec<(usize, usize, usize)>,
    /// The largest end among `spans[..=k]`.
    max_end: Vec<usize>,
    actors: &'a [ActorRef],
    /// The byte offsets of the quotation marks in the text, in order: whether a clause holds an
    /// odd number of them is then two binary searches, not a scan of the clause for each of its
    /// events (quadratic in a clause of thousands of words).
    quotes: Vec<usize>,
}

impl<'a> Mentions<'a> {
    pub fn new(actors: &'a [ActorRef]) -> Mentions<'a> {
        let mut spans: Vec<(usize, usize, usize)> = actors
            .iter()
            .enumerate()
            .flat_map(|(k, a)| a.mentions.iter().map(move |m| (m.start, m.end, k)))
            .collect();
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut top = 0;
        for &(_, end, _) in &spans {
            top = top.max(end);
            max_end.push(top);
        }
        Mentions {
            spans,
            max_end,
            actors,
            quotes: Vec::new(),
        }
    }

    /// Notes where `text` has quotation marks, for [`Mentions::odd_quotes`].
    pub fn with_quotes(mut self, text: &str) -> Mentions<'a> {
        // By bytes, not chars (decoding every char of the text cost more than the rest of this):
        // `"` is one byte, `“` and `”` are E2 80 9C and E2 80 9D, and no other char holds these
        // sequences.
        let bytes = text.as_bytes();
        self.quotes = bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| {
                b == b'"'
                    || (b == 0xE2
                        && bytes.get(i + 1) == Some(&0x80)
                        && matches!(bytes.get(i + 2), Some(0x9C | 0x9D)))
            })
            .map(|(i, _)| i)
            .collect();
        self
    }

    /// Whether bytes `a..b` hold an odd number of quotation marks.
    fn odd_quotes(&self, (a, b): (usize, usize)) -> bool {
        let before = |offset: usize| self.quotes.partition_point(|&q| q < offset);
        (before(b) - before(a).min(before(b))) % 2 == 1
    }

    /// The ids of the actors mentioned in bytes `a..b`, in the order of their first mention there.
    fn actors_in(&self, (a, b): (usize, usize)) -> Vec<String> {
        // Each actor once, with its first mention: a clause of thousands of words (a text
        // without sentence punctuation) holds thousands of mentions of a few actors, and a list
        // of every mention for each of its events took memory and time quadratic in its length.
        let mut found: Vec<(usize, &str)> = Vec::new();
        let mut k = self.spans.partition_point(|m| m.0 < b);
        while k > 0 {
            k -= 1;
            if self.max_end.get(k).is_none_or(|&e| e <= a) {
                break;
            }
            let Some(&(start, end, actor)) = self.spans.get(k) else {
                break;
            };
            if a < end {
                if let Some(actor) = self.actors.get(actor) {
                    let id = actor.id.as_str();
                    match found.iter_mut().find(|(_, x)| *x == id) {
                        Some(first) => first.0 = first.0.min(start),
                        None => found.push((start, id)),
                    }
                }
            }
        }
        found.sort_unstable();
        found.into_iter().map(|(_, id)| id.to_owned()).collect()
    }
}

/// The quotation marks a summary balances (as [`Mentions::with_quotes`] finds them in bytes).
#[cfg(test)]
fn is_summary_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

#[cfg(test)]
fn summarize(clause: &str) -> String {
    summarize_with(
        clause,
        clause.chars().filter(|&c| is_summary_quote(c)).count() % 2 == 1,
    )
}

/// The summary of `clause`; `odd_quotes`: whether it holds an odd number of quotation marks.
fn summarize_with(clause: &str, odd_quotes: bool) -> String {
    // Look at no more of the clause than the summary can hold.
    let mut cut = clause.len().min(120);
    while !clause.is_char_boundary(cut) {
        cut -= 1;
    }
    let long = cut < clause.len();
    let head = clause.get(..cut).unwrap_or("");
    let punct =
        |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '.' | '(' | ')');
    let mut trimmed = head.trim_matches(punct);
    // A dateline's dash before the clause: `(Reuters) - Norvale said`.
    if let Some(rest) = trimmed
        .strip_prefix(['-', '—', '–'])
        .filter(|r| r.starts_with(char::is_whitespace))
    {
        trimmed = rest.trim_matches(punct);
    }
    // A quotation mark the clause does not close or open: a stray closing mark at its start
    // (the clause begins after a quote ends) or opening mark at its end is dropped; a quote that
    // opens in the clause and closes after it is closed at the end of the summary.
    let mut close = None;
    if odd_quotes {
        let mut chars = trimmed.chars();
        let first = chars.next();
        let opening = chars.next().is_some_and(|c| !c.is_whitespace());
        match first {
            Some('”') => trimmed = trimmed['”'.len_utf8()..].trim_matches(punct),
            Some('"') if !opening => trimmed = trimmed[1..].trim_matches(punct),
            Some('“') => close = Some('”'),
            Some('"') => close = Some('"'),
            _ => {
                let mut rev = trimmed.chars().rev();
                let last = rev.next();
                let spaced = rev.next().is_some_and(char::is_whitespace);
                if last == Some('“') || (last == Some('"') && spaced) {
                    trimmed = trimmed[..trimmed.len() - last.map_or(0, char::len_utf8)]
                        .trim_matches(punct);
                }
            }
        }
    }
    // The words of the clause joined by single spaces; a cut clause loses its last (partial) word.
    let mut out = String::with_capacity(trimmed.len() + 3);
    let mut last_start = 0;
    let mut words = 0;
    for word in trimmed.split(|c: char| c.is_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        last_start = out.len();
        out.push_str(word);
        words += 1;
    }
    if long && words > 1 {
        out.truncate(last_start.saturating_sub(1));
    }
    if long {
        out.push('…');
    }
    out.extend(close);
    out
}

/// Orders events chronologically: by day, then phase, with the text's `order` constraints
/// applied to events whose time is not stated, then text order. Undated events come last.
pub fn sort(events: &mut [Event], order: &Order) {
    for _ in 0..3 {
        for &(a, b) in order {
            let (Some(ea), Some(eb)) = (events.get(a), events.get(b)) else {
                continue;
            };
            if ea.key.0.is_none() || eb.key.0.is_none() {
                continue;
            }
            if ea.key >= eb.key {
                if eb.certainty != Certainty::Stated {
                    let key = (ea.key.0, ea.key.1 + 1);
                    if let Some(eb) = events.get_mut(b) {
                        eb.key = key;
                    }
                } else if ea.certainty != Certainty::Stated {
                    let key = (eb.key.0, eb.key.1 - 1);
                    if let Some(ea) = events.get_mut(a) {
                        ea.key = key;
                    }
                }
            }
        }
    }
    events.sort_by(|x, y| {
        let kx = (x.key.0.is_none(), x.key.0, x.key.1, x.token);
        let ky = (y.key.0.is_none(), y.key.0, y.key.1, y.token);
        kx.cmp(&ky)
    });
}

/// Whether `low` is an adverb that may stand between an auxiliary and its verb (`are still
/// investigating`, `is now working`, `are not expected`, `have all resigned`, `has long argued`,
/// `has only won`): the present perfect's and the story-going-on test's one list. A word in
/// `-ly` counts from five letters (not `July`, `ally`, `ugly`), but for `only`, `duly`, `idly`,
/// and not `early`, `family` (`have early elections`).
fn is_adverb(low: &str) -> bool {
    matches!(
        low,
        "still"
            | "also"
            | "now"
            | "not"
            | "n't"
            | "never"
            | "already"
            | "yet"
            | "just"
            | "again"
            | "since"
            | "ever"
            | "all"
            | "long"
            | "only"
            | "duly"
            | "idly"
    ) || low.len() > 4 && low.ends_with("ly") && !matches!(low, "early" | "family")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ByteRange;

    fn actor(id: &str, mentions: &[(usize, usize)]) -> ActorRef {
        ActorRef {
            id: id.to_owned(),
            name: id.to_owned(),
            mentions: mentions
                .iter()
                .map(|&(start, end)| ByteRange { start, end })
                .collect(),
        }
    }

    /// Words with no place in a text (every position 0, all in sentence 0), for the tests of the
    /// word tables.
    fn plain_words(text: &str) -> Vec<W<'_>> {
        text.split_whitespace()
            .map(|w| W {
                start: 0,
                end: 0,
                low: w.into(),
                cap: false,
                number: false,
                sentence: 0,
                content_end: 0,
            })
            .collect()
    }

    #[test]
    fn one_adverb_list_for_the_perfect_and_the_story_going_on() {
        for w in [
            "still",
            "never",
            "just",
            "again",
            "all",
            "long",
            "only",
            "duly",
            "currently",
            "closely",
        ] {
            assert!(is_adverb(w), "{w}");
        }
        for w in [
            "july",
            "ally",
            "ugly",
            "early",
            "family",
            "the",
            "investigating",
        ] {
            assert!(!is_adverb(w), "{w}");
        }
    }

    #[test]
    fn a_summary_has_no_stray_quotation_mark_or_dateline_dash() {
        assert_eq!(
            summarize("\" the chief executive told reporters on a call"),
            "the chief executive told reporters on a call"
        );
        assert_eq!(
            summarize("\"We will not pay more"),
            "\"We will not pay more\""
        );
        assert_eq!(summarize("“We will not pay more"), "“We will not pay more”");
        assert_eq!(summarize("” the judge told him"), "the judge told him");
        assert_eq!(
            summarize("- The firm said on Tuesday it would cut 300 jobs"),
            "The firm said on Tuesday it would cut 300 jobs"
        );
        assert_eq!(
            summarize("She called the plan \"a disgrace.\""),
            "She called the plan \"a disgrace.\""
        );
        assert_eq!(summarize("“We stay,” he said"), "“We stay,” he said");
    }

    #[test]
    fn actors_of_a_stretch_in_order_of_first_mention() {
        let actors = [
            actor("b", &[(40, 45), (5, 10)]),
            actor("a", &[(20, 60)]),
            actor("c", &[(100, 105)]),
        ];
        let mentions = Mentions::new(&actors);
        // `a` starts before the range and reaches into it; `b` is mentioned twice.
        assert_eq!(mentions.actors_in((30, 50)), ["a", "b"]);
        assert_eq!(mentions.actors_in((0, 50)), ["b", "a"]);
        assert!(mentions.actors_in((60, 100)).is_empty());
        assert_eq!(mentions.actors_in((104, 200)), ["c"]);
    }

    #[test]
    fn tallied_stretches_answer_as_a_scan_of_them_does() {
        // Long enough that the stretches over `SCANNED` words are answered from the counts.
        let words = "officials had said that the board took the vote after talks and then \
                     could have met before the deadline which it had set for the plan to take \
                     effect taking weeks that critics said would pass "
            .repeat(4);
        let ws = plain_words(&words);
        assert!(ws.len() > 2 * SCANNED);
        // every third word a hypothetical cue, every fifth a planned one
        let masks: Vec<u8> = (0..ws.len())
            .map(|x| {
                u8::from(x % 3 == 0) << Cue::Hypothetical as u8
                    | u8::from(x % 5 == 0) << Cue::Planned as u8
            })
            .collect();
        let tallies = Tallies::new(&ws, &masks, &[]);
        let saying = |x: usize| {
            ws.get(x)
                .is_some_and(|t| t.low == "that" || is_reporting(&t.low))
        };
        for from in 0..=ws.len() + 1 {
            for to in from..=ws.len() + 1 {
                for kind in Kind::ALL {
                    let scanned = (from..to).any(|x| tallies.is(kind, x));
                    assert_eq!(tallies.any(kind, from, to), scanned, "{from}..{to}");
                }
                let last = (from..to).rfind(|&x| saying(x));
                assert_eq!(tallies.last_saying(from, to), last, "{from}..{to}");
            }
        }
        // the counts were made and asked
        assert!(tallies.before.get().is_some() && tallies.last_saying.get().is_some());
        assert!(tallies.any(Kind::Had, 0, ws.len()) && !tallies.any(Kind::Had, 0, 1));
    }

    #[test]
    fn order_words_are_found_in_any_stretch_as_a_scan_finds_them() {
        let words = "talks then followed by a meeting followed the vote ahead of talks prior to \
                     it before after since following ahead prior";
        let ws = plain_words(words);
        let order_words = OrderWords::new(&ws);
        for from in 0..=ws.len() + 1 {
            for to in 0..=ws.len() + 1 {
                for kind in [OrderWord::Later, OrderWord::Earlier, OrderWord::Ahead] {
                    let scanned = (from..to)
                        .any(|x| order_word(&ws, x).is_some_and(|w| w as usize == kind as usize));
                    assert_eq!(order_words.any(kind, from, to), scanned, "{from}..{to}");
                }
            }
        }
    }

    #[test]
    fn odd_quotes_counts_the_marks_in_a_stretch() {
        let text = "He said “we stay” and \"go\" now, ” she said";
        let mentions = Mentions::new(&[]).with_quotes(text);
        for a in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for b in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let count = text[a..b].chars().filter(|&c| is_summary_quote(c)).count();
                assert_eq!(mentions.odd_quotes((a, b)), count % 2 == 1, "{a}..{b}");
            }
        }
    }
}
