//! One pass over the atoms: at each place a number can start, read the currency before it, the
//! number, a range, the unit after it, then decide what kind of figure it is (or that it is a
//! year, a date, a clock time or a code and no figure), its qualifier, change and subject.

use crate::atoms::Kind;
use crate::lexicon::{lexicon, Currency, NumClass, Text, Unit, UnitClass};
use crate::number::{self, glued_hyphen, scale_word, Num, Parsed};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figure {
    pub kind: &'static str,
    /// Byte range of the figure (currency, number or range, unit).
    pub start: usize,
    pub end: usize,
    /// Byte range of the numeral (or both numerals of a range) alone.
    pub number: (usize, usize),
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<&'static str>,
    pub change: Option<&'static str>,
    pub subject: Option<(usize, usize)>,
    /// The unit a price or frequency is per (`$90 a barrel` → `barrel`, `£12 an hour` → `hour`).
    pub per: Option<String>,
}

enum Step {
    Found(Figure, usize),
    Skip(usize),
}

/// Byte ranges of web addresses, whose digits are no figures: sorted, overlaps merged.
fn urls(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for marker in ["http://", "https://", "www."] {
        let mut from = 0;
        while let Some(k) = text.get(from..).and_then(|rest| rest.find(marker)) {
            let start = from + k;
            let end = text[start..]
                .find(char::is_whitespace)
                .map_or(text.len(), |e| start + e);
            out.push((start, end));
            from = end.max(start + marker.len());
        }
    }
    out.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

pub fn scan(text: &str) -> Vec<Figure> {
    let t = Text::new(text);
    let urls = urls(text);
    // The scan only moves forward, so one cursor into the sorted addresses keeps it linear.
    let mut url = 0;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(a) = t.atoms.get(i) {
        while urls.get(url).is_some_and(|&(_, e)| e <= a.start) {
            url += 1;
        }
        if urls.get(url).is_some_and(|&(s, _)| s <= a.start) {
            i += 1;
            continue;
        }
        match figure_at(&t, i) {
            Step::Found(figure, next) => {
                out.push(figure);
                i = next.max(i + 1);
            }
            Step::Skip(next) => i = next.max(i + 1),
        }
    }
    join_bounds(text, &mut out);
    elided_nouns(text, &mut out);
    local_currencies(text, &mut out);
    out
}

/// The currencies a bare name stands for in several countries (`pesos`, `rupees`): the name,
/// its default code (the most traded), and each country's code with the names that place a
/// story there.
type CurrencyFamily = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

const CURRENCY_FAMILIES: [CurrencyFamily; 2] = [
    (
        "peso",
        "MXN",
        &[
            ("MXN", &["Mexico", "Mexican"]),
            ("PHP", &["Philippines", "Philippine", "Filipino", "Manila"]),
            ("ARS", &["Argentina", "Argentine", "Buenos Aires"]),
            ("COP", &["Colombia", "Colombian", "Bogota", "Bogotá"]),
            ("CLP", &["Chile", "Chilean"]),
        ],
    ),
    (
        "rupee",
        "INR",
        &[
            ("INR", &["India", "Indian", "New Delhi", "Mumbai"]),
            ("PKR", &["Pakistan", "Pakistani", "Islamabad", "Karachi"]),
        ],
    ),
];

/// `12.8bn pesos` in a story from Manila: a bare currency name several countries use is the
/// currency of the one such country the text names (by its name, adjective or capital, as
/// written or in capitals); with
/// none or several named it keeps its default. A named currency (`Mexican pesos`) stays.
fn local_currencies(text: &str, out: &mut [Figure]) {
    for (name, default, countries) in CURRENCY_FAMILIES {
        let bare = |f: &Figure| {
            f.kind == "money"
                && f.unit.as_deref() == Some(default)
                && text.get(f.start..f.end).is_some_and(|span| {
                    let words: Vec<&str> = span.split_whitespace().collect();
                    words.len() >= 2
                        && words[words.len() - 1].to_lowercase().trim_end_matches('s') == name
                        && !words[words.len() - 2].starts_with(char::is_uppercase)
                })
        };
        if !out.iter().any(bare) {
            continue;
        }
        let named: Vec<&str> = countries
            .iter()
            // as written, or in capitals (`MANILA, Nov 20 (Wire) -`)
            .filter(|(_, names)| {
                names
                    .iter()
                    .any(|n| names_word(text, n) || names_word(text, &n.to_uppercase()))
            })
            .map(|(code, _)| *code)
            .collect();
        let [code] = named[..] else { continue };
        for f in out.iter_mut() {
            if bare(f) {
                f.unit = Some(code.to_owned());
            }
        }
    }
}

/// Whether `text` holds `word` as a whole word (not inside a longer one).
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(k, _)| {
        let before = text[..k].chars().next_back();
        let after = text[k + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `Ramirez had 412,380 votes, to Whitcomb's 344,905`, `Of the 33 counties, she carried 19`,
/// `3,400 people were evacuated and about 1,200 were in shelters`: a bare whole number whose
/// noun is left out counts what the nearest count before it counts, in the same sentence or
/// the one before and in the same paragraph (no line break between). The subject is that
/// count's noun, earlier in the text, which is how the report says where the noun came from.
/// Not after `by` (`won by 15`: a margin, often in points the text does not name), nor past a
/// measure (`40 people … 8 kg … more than 40`).
fn elided_nouns(text: &str, out: &mut [Figure]) {
    let mut antecedent: Option<usize> = None;
    for j in 0..out.len() {
        let f = &out[j];
        if f.kind == "count" && f.subject.is_some() {
            // `2.1 million people in 14 provinces … and about 430,000 remain`: a count in a
            // phrase right after another count's noun (`in`, `across`, `from`, `at`) places that
            // count; the count before stays what a bare number after them counts.
            let placing = antecedent
                .and_then(|a| out[a].subject)
                .and_then(|(_, e)| text.get(e..f.start))
                .is_some_and(|gap| {
                    matches!(
                        gap.trim().to_lowercase().as_str(),
                        "in" | "across" | "from" | "at"
                    )
                });
            if !placing {
                antecedent = Some(j);
            }
            continue;
        }
        // A measure in between (`5 to 8 kg`, `$40`, `three weeks`) is what a bare number after
        // it would more likely share; no count noun reaches past it.
        if matches!(f.kind, "quantity" | "money" | "duration") {
            antecedent = None;
            continue;
        }
        let bare = f.kind == "number"
            && f.subject.is_none()
            && f.unit.is_none()
            && f.per.is_none()
            && f.change.is_none()
            && [f.value, f.low, f.high]
                .into_iter()
                .flatten()
                .all(|v| v >= 1.0 && v.fract() == 0.0)
            && (f.value.is_some() || f.low.is_some());
        if !bare {
            continue;
        }
        if let Some(np) = estimate_in_apposition(text, f.start) {
            let f = &mut out[j];
            f.kind = "count";
            f.subject = Some(np);
            continue;
        }
        let Some(a) = antecedent else { continue };
        // `three times as high`: a multiple, no count.
        if text
            .get(f.start..f.end)
            .unwrap_or("")
            .to_lowercase()
            .contains("times")
        {
            continue;
        }
        let before = text.get(out[a].end..f.start).unwrap_or("");
        let sentence_ends = before
            .match_indices(['.', '?', '!'])
            .filter(|&(k, _)| {
                before[k + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace)
            })
            .count();
        let previous_word = text
            .get(..f.start)
            .unwrap_or("")
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        if before.contains('\n') || sentence_ends > 1 || before.len() > 400 || previous_word == "by"
        {
            continue;
        }
        let subject = out[a].subject;
        let f = &mut out[j];
        f.kind = "count";
        f.subject = subject;
    }
}

/// `provisional ballots, estimated at 6,000 to 8,000`: a number in an apposition that estimates
/// or totals the plural noun before the comma counts it. The noun's byte span.
fn estimate_in_apposition(text: &str, start: usize) -> Option<(usize, usize)> {
    let head = text.get(..start)?;
    let mut rest = head.trim_end();
    let last_word = |r: &mut &str| -> Option<String> {
        let t = r.trim_end();
        let k = t
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
            .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        let w = t.get(k..)?.to_lowercase();
        *r = t.get(..k)?;
        (!w.is_empty()).then_some(w)
    };
    let mut w = last_word(&mut rest)?;
    if matches!(
        w.as_str(),
        "about" | "around" | "roughly" | "some" | "nearly" | "almost"
    ) {
        w = last_word(&mut rest)?;
    }
    if w == "at" {
        w = last_word(&mut rest)?;
    }
    if !matches!(
        w.as_str(),
        "estimated" | "put" | "numbering" | "totaling" | "totalling" | "totaled" | "totalled"
    ) {
        return None;
    }
    let before = rest.trim_end().strip_suffix(',')?;
    let lex = lexicon();
    // The words before the comma, with their byte offsets.
    let mut words = Vec::new();
    let mut from = None;
    for (k, c) in before.char_indices().chain([(before.len(), ' ')]) {
        match (c.is_whitespace(), from) {
            (false, None) => from = Some(k),
            (true, Some(f)) => {
                words.push((f, k));
                from = None;
            }
            _ => {}
        }
    }
    let mut span: Option<(usize, usize)> = None;
    for (n, &(a, b)) in words.iter().rev().take(3).enumerate() {
        let w = before[a..b].to_lowercase();
        let clean = w.chars().all(|c| c.is_alphabetic() || c == '-');
        // The last word must be a plural noun, which is already no subject stop or number word.
        let stop = if n == 0 {
            !plural_noun(&w)
        } else {
            lex.subject_stop.contains(w.as_str()) || lex.numbers.contains_key(w.as_str())
        };
        if !clean || stop {
            break;
        }
        span = Some((a, span.map_or(b, |(_, e)| e)));
    }
    span
}

/// A lower-case word that reads as a plural noun: of a plural's shape (`plural_shape`), and
/// neither a word that ends a subject nor a number word (`homes`, `ballots`).
fn plural_noun(w: &str) -> bool {
    let lex = lexicon();
    plural_shape(w) && !lex.subject_stop.contains(w) && !lex.numbers.contains_key(w)
}

/// A word of a plural's shape: longer than three letters, in `-s` but not `-ss`. For a word
/// already known to be no subject stop and no number word, the same as `plural_noun`.
fn plural_shape(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// `more than 10 and less than 40`, `at least 5 but no more than 8 kg`: a lower and an upper
/// bound joined by `and`/`but` are one range.
fn join_bounds(text: &str, out: &mut Vec<Figure>) {
    // Most texts have no joined bounds: leave them untouched.
    if !out.windows(2).any(|w| bounds_join(text, &w[0], &w[1])) {
        return;
    }
    // Rebuilt in one pass: removing from the middle of `out` would be quadratic.
    let mut joined: Vec<Figure> = Vec::with_capacity(out.len());
    for b in out.drain(..) {
        match joined.last_mut() {
            Some(a) if bounds_join(text, a, &b) => {
                a.low = a.value.take();
                a.high = b.value;
                a.end = b.end;
                a.number = (a.number.0, b.number.1);
                a.kind = b.kind;
                a.unit = b.unit;
                a.per = b.per;
                a.qualifier = None;
                if a.subject.is_none() {
                    a.subject = b.subject;
                }
            }
            _ => joined.push(b),
        }
    }
    *out = joined;
}

/// Figure `a` is a lower bound and the next figure `b` an upper bound of the same measure,
/// joined by `and`/`but` (`more than 10 and less than 40`).
fn bounds_join(text: &str, a: &Figure, b: &Figure) -> bool {
    let lower = matches!(a.qualifier, Some("more_than" | "at_least"));
    let upper = matches!(b.qualifier, Some("less_than" | "at_most"));
    // Only read the words between two bounds (cheap: most figures have no bound).
    let joined = lower && upper && b.start.saturating_sub(a.end) < 32 && {
        let between = text.get(a.end..b.start).unwrap_or("").trim_start();
        let word = between.get(..4).unwrap_or("");
        (word.eq_ignore_ascii_case("and ") || word.eq_ignore_ascii_case("but "))
            && !between.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.' | ';'))
    };
    let ordered = matches!((a.value, b.value), (Some(x), Some(y)) if x < y);
    // The first bound takes the second's unit or noun when it has none (`more than 5 and
    // less than 8 kg`, `more than 10 and less than 40 people`).
    let same = a.kind == b.kind && a.unit == b.unit
        || (a.unit.is_none() && a.kind == "number" && (b.unit.is_some() || b.kind == "count"));
    joined && ordered && same && a.low.is_none() && b.low.is_none()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Measure {
    Money(Currency),
    Percent(&'static str),
    Unit(usize),
    /// `50 metres per second`: a unit per another.
    Rate(usize, usize),
}

#[derive(Debug, Clone, Copy)]
struct Suffix {
    measure: Measure,
    end: usize,
    /// `40-minute`: the figure is an adjective before a noun.
    adjectival: bool,
}

/// The kind of a figure measured in `unit`: a duration or a quantity.
fn unit_kind(unit: &Unit) -> &'static str {
    if unit.class == UnitClass::Duration {
        "duration"
    } else {
        "quantity"
    }
}

/// No letter or digit is glued on at atom `e`: a unit or currency read up to there is whole.
fn ends_clean(t: &Text, e: usize) -> bool {
    !(t.glued(e) && matches!(t.kind(e), Some(Kind::Word | Kind::Num)))
}

fn line_break_at(t: &Text, i: usize) -> bool {
    t.atoms.get(i).is_some_and(|a| a.line_break)
}

/// A difference unit at atom `m` (`percentage points`, `basis points`, `a 0.25-percentage-point
/// rise`): a percent suffix that is no plain percent. Its unit and the index after it.
fn difference_unit(t: &Text, m: usize) -> Option<(&'static str, usize)> {
    percent_suffix(t, m).filter(|(unit, _)| *unit != "percent")
}

/// A percent sign or word at atom `m` (`%`, `percent`, `per cent`, `percentage points`,
/// `basis points`, hyphenated `-percentage-point`): its unit and the index after it.
fn percent_suffix(t: &Text, m: usize) -> Option<(&'static str, usize)> {
    let percent_end = if t.is_sym(m, &["%", "٪"]) {
        Some(m + 1)
    } else {
        match t.low(m) {
            Some("percent" | "percents" | "pct" | "percentage") => Some(m + 1),
            Some("per") if t.low(m + 1) == Some("cent") => Some(m + 2),
            _ => None,
        }
    };
    if let Some(e) = percent_end {
        return Some(if matches!(t.low(e), Some("point" | "points")) {
            ("percentage point", e + 1)
        } else if t.is_sym(e, &["-"]) && matches!(t.low(e + 1), Some("point" | "points")) {
            ("percentage point", e + 2) // `a 0.25-percentage-point rise`
        } else {
            ("percent", e)
        });
    }
    // `25 basis points`, `a 25-basis-point cut`
    if t.low(m) != Some("basis") {
        return None;
    }
    let hyphen = usize::from(t.is_sym(m + 1, &["-"]));
    matches!(t.low(m + 1 + hyphen), Some("point" | "points"))
        .then_some(("basis point", m + 2 + hyphen))
}

/// The unit, percent sign or currency after a number ending at atom `k`.
fn suffix(t: &Text, num: &Num, k: usize, money: bool) -> Option<Suffix> {
    let lex = lexicon();
    if line_break_at(t, k) {
        return None;
    }
    let (mut m, adjectival) = match glued_hyphen(t, k) {
        Some(word) => (word, true),
        None => (k, false),
    };
    if num.skip_article && matches!(t.low(m), Some("a" | "an")) {
        m += 1;
    }
    // `a quarter of a percentage point`, `two-thirds of a mile`
    if num.fraction && t.low(m) == Some("of") && matches!(t.low(m + 1), Some("a" | "an")) {
        m += 2;
    }
    if let Some((unit, end)) = percent_suffix(t, m) {
        return Some(Suffix {
            measure: Measure::Percent(unit),
            end,
            adjectival,
        });
    }
    if !money {
        if let Some((phrase, e)) = lex.post_currency.forward(t, m) {
            if (!phrase.glued_only || t.glued(m)) && ends_clean(t, e) {
                // `75 USD million`, as written in financial tables: an ISO code, then the scale.
                let mut currency = phrase.value;
                let mut end = e;
                let code = t
                    .raw(e - 1)
                    .is_some_and(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()));
                let scale = match t.low(e) {
                    Some("mn" | "mln") => 1e6,
                    Some("bn") => 1e9,
                    Some("tn") => 1e12,
                    w => w.and_then(scale_word).unwrap_or(1.0),
                };
                if code && num.scale == 1.0 && scale > 1.0 {
                    currency.factor *= scale;
                    end += 1;
                }
                return Some(Suffix {
                    measure: Measure::Money(currency),
                    end,
                    adjectival,
                });
            }
        }
    }
    // `2 1/2 in thick`: a spaced `in` before a word of dimension is inches.
    if t.low(m) == Some("in")
        && !t.glued(m)
        && !money
        && matches!(
            t.low(m + 1),
            Some("thick" | "wide" | "long" | "tall" | "high" | "deep" | "across" | "diameter")
        )
    {
        if let Some((phrase, _)) = lex.units.forward(t, m) {
            return Some(Suffix {
                measure: Measure::Unit(phrase.value),
                end: m + 1,
                adjectival,
            });
        }
    }
    // `the river peaked at 5.8 m on Tuesday`, `12 m 2 dm`: a spaced `m` is metres when no noun
    // follows that it could count as millions (`5.8 m people`).
    if !money
        && !adjectival
        && num.scale == 1.0
        && t.raw(m) == Some("m")
        && !t.glued(m)
        && !t.glued(m + 1)
        && (!t.is_word(m + 1)
            || matches!(
                t.low(m + 1),
                Some(
                    "on" | "at"
                        | "above"
                        | "below"
                        | "high"
                        | "long"
                        | "deep"
                        | "tall"
                        | "wide"
                        | "away"
                        | "across"
                )
            ))
        && !line_break_at(t, m)
    {
        if let Some((phrase, e)) = lex.units.forward(t, m) {
            return Some(Suffix {
                measure: Measure::Unit(phrase.value),
                end: e,
                adjectival,
            });
        }
    }
    // `two more years`, `three additional weeks`: the unit after a word of addition.
    if !adjectival
        && matches!(t.low(m), Some("more" | "additional" | "extra" | "further"))
        && !line_break_at(t, m + 1)
        && t.low(m + 1).is_some_and(|w| w.len() > 2)
        && lex
            .units
            .forward(t, m + 1)
            .is_some_and(|(phrase, _)| !phrase.glued_only)
    {
        m += 1;
    }
    if let Some((phrase, e)) = lex.units.forward(t, m) {
        // `278,000 t of ore`: a spaced `t` after a number with a thousands separator is tonnes.
        let separated = num.scale == 1.0
            && !num.words
            && num.end == num.start + 1
            && t.raw(num.start).is_some_and(|r| r.contains(','));
        let tonnes = separated && t.raw(m) == Some("t") && e == m + 1;
        let glued_ok = !phrase.glued_only || t.glued(m) || tonnes;
        let clean_end = ends_clean(t, e);
        if glued_ok && clean_end {
            let unit = &lex.unit_list[phrase.value];
            // `361 million pounds` is money; `200 pounds of flour` is weight.
            if unit.name == "pound"
                && !money
                && (num.scale > 1.0 || money_context(t, num.start))
                && t.low(e) != Some("of")
            {
                let gbp = Currency {
                    code: "GBP",
                    factor: 1.0,
                };
                return Some(Suffix {
                    measure: Measure::Money(gbp),
                    end: e,
                    adjectival,
                });
            }
            if money {
                return None;
            }
            if unit.class != UnitClass::Duration && unit.class != UnitClass::Temperature {
                if let Some((per, e2)) = per_unit(t, e) {
                    return Some(Suffix {
                        measure: Measure::Rate(phrase.value, per),
                        end: e2,
                        adjectival,
                    });
                }
            }
            // `14.7C/ per security`: a glued letter before a slash is no temperature.
            if phrase.glued_only && unit.class == UnitClass::Temperature && t.is_sym(e, &["/"]) {
                return None;
            }
            return Some(Suffix {
                measure: Measure::Unit(phrase.value),
                end: e,
                adjectival,
            });
        }
    }
    None
}

/// The second number of a ratio after `num` (`in five`, `in every five`, `out of ten`, glued
/// `-to-1`), and the index after it. The first term is a whole number; in `in` and `out of` the
/// second is larger and is neither a year nor a measure (`2 in 5 minutes`).
fn ratio(t: &Text, num: &Num) -> Option<(f64, usize)> {
    if num.value < 1.0 || num.value.fract() != 0.0 || num.scale != 1.0 {
        return None;
    }
    let e = num.end;
    let (k, glued) = match t.low(e) {
        Some("in") => (
            e + 1 + usize::from(matches!(t.low(e + 1), Some("every" | "each"))),
            false,
        ),
        Some("out") if t.low(e + 1) == Some("of") => (e + 2, false),
        Some("-")
            if t.glued(e)
                && t.low(e + 1) == Some("to")
                && t.glued(e + 1)
                && t.is_sym(e + 2, &["-"])
                && t.glued(e + 2)
                && t.glued(e + 3) =>
        {
            (e + 3, true)
        }
        _ => return None,
    };
    if glued {
        // The parser reads a digit glued after a hyphen as part of a code (`F-16`).
        let v: f64 = t.low(k).filter(|_| t.is_num(k))?.parse().ok()?;
        let clean_end = !t.glued(k + 1) || t.is_sym(k + 1, &[",", ".", ";", ":", ")"]);
        return (v >= 1.0 && clean_end).then_some((v, k + 1));
    }
    let Parsed::Yes(n2) = number::parse(t, k, false) else {
        return None;
    };
    let year = n2.plain_int && n2.digits == 4;
    let whole = n2.value >= 1.0 && n2.value.fract() == 0.0 && !n2.ordinal && !n2.fraction;
    if !whole || year || suffix(t, &n2, n2.end, false).is_some() {
        return None;
    }
    if n2.value <= num.value {
        return None;
    }
    Some((n2.value, n2.end))
}

/// The smaller part of an amount in two units after a figure ending at atom `end`: inches after
/// feet, cents or pence after dollars or pounds. Its value in the first unit, and the index after.
fn second_part(
    t: &Text,
    end: usize,
    kind: &str,
    unit: Option<&str>,
    factor: f64,
) -> Option<(f64, usize)> {
    let lex = lexicon();
    let k = if t.low(end) == Some("and") {
        end + 1
    } else {
        end
    };
    if line_break_at(t, k) || !matches!((kind, unit), ("quantity", Some("foot")) | ("money", _)) {
        return None;
    }
    // `the 6-foot-4 forward`: feet, a hyphen, inches.
    if kind == "quantity"
        && t.is_sym(end, &["-", "‑"])
        && t.glued(end)
        && t.glued(end + 1)
        && t.is_num(end + 1)
    {
        let inches: f64 = t.low(end + 1)?.parse().ok()?;
        let clean = !t.glued(end + 2) || !t.is_word(end + 2);
        return (inches < 12.0 && clean).then_some((inches / 12.0, end + 2));
    }
    let Parsed::Yes(n) = number::parse(t, k, false) else {
        return None;
    };
    if n.ordinal || n.fraction || n.scale != 1.0 || n.value < 1.0 {
        return None;
    }
    if kind == "quantity" {
        // `5 ft 2 in tall`: a spaced `in` after feet and a number is inches when no noun follows.
        let spaced_in = t.low(n.end) == Some("in")
            && !t.glued(n.end)
            && n.value < 12.0
            && (!t.is_word(n.end + 1)
                || matches!(
                    t.low(n.end + 1),
                    Some("tall" | "long" | "high" | "wide" | "deep" | "more" | "and" | "or")
                ));
        if spaced_in {
            return Some((n.value / 12.0, n.end + 1));
        }
        let (p, e) = lex.units.forward(t, n.end)?;
        let inch = lex.unit_list[p.value].name == "inch" && (!p.glued_only || t.glued(n.end));
        return (inch && n.value < 12.0).then_some((n.value / 12.0, e));
    }
    let (p, e) = lex.post_currency.forward(t, n.end)?;
    let cents = Some(p.value.code) == unit && p.value.factor == 0.01 && factor == 1.0;
    (cents && n.value < 100.0).then_some((n.value * 0.01, e))
}

/// The unit after `per` or a glued slash at atom `e` (`per hour`, `/ms`), and the index after it.
fn per_unit(t: &Text, e: usize) -> Option<(usize, usize)> {
    let (m, slash) = if t.low(e) == Some("per") {
        (e + 1, false)
    } else if t.is_sym(e, &["/"]) && t.glued(e) && t.glued(e + 1) {
        (e + 1, true)
    } else {
        return None;
    };
    let (phrase, end) = lexicon().units.forward(t, m)?;
    if (phrase.glued_only && !slash) || !ends_clean(t, end) {
        return None;
    }
    Some((phrase.value, end))
}

/// The period of a frequency at atom `e`: `a day`, `per week`, `each year`, `every month`; its
/// unit name and the index after it.
fn frequency(t: &Text, e: usize) -> Option<(String, usize)> {
    if !matches!(t.low(e), Some("a" | "an" | "per" | "each" | "every")) || line_break_at(t, e) {
        return None;
    }
    // `three times a night`, `five times a season`: a period of the day or the calendar that
    // has no fixed length, so no unit of duration, still paces a frequency.
    if let Some(period) = t.low(e + 1).filter(|w| is_loose_period(w)) {
        return Some((period.to_owned(), e + 2));
    }
    let lex = lexicon();
    let (phrase, end) = lex.units.forward(t, e + 1)?;
    let unit = &lex.unit_list[phrase.value];
    // Singular only: `once every three weeks` has its own duration.
    let singular = t.low(end - 1) == Some(unit.name.as_str());
    (unit.class == UnitClass::Duration && !phrase.glued_only && singular)
        .then(|| (unit.name.clone(), end))
}

/// A period without a fixed length that can still pace a frequency (`a night`, `a season`).
fn is_loose_period(w: &str) -> bool {
    matches!(w, "morning" | "evening" | "night" | "weekend" | "season")
}

/// Whether the determiner at atom `d` opens a time (`that year`, `the previous season`, `the
/// same month`): then `three times` before it counts occasions, no multiple.
fn time_after_determiner(t: &Text, d: usize) -> bool {
    let mut k = d + 1;
    if matches!(
        t.low(k),
        Some("previous" | "last" | "next" | "same" | "following" | "whole" | "entire" | "first")
    ) {
        k += 1;
    }
    let Some(w) = t.low(k) else { return false };
    let lex = lexicon();
    let duration = lex.units.forward(t, k).is_some_and(|(phrase, _)| {
        lex.unit_list[phrase.value].class == UnitClass::Duration && !phrase.glued_only
    });
    duration || is_loose_period(w) || is_month(t, k)
}

/// The period a quantity or count is per, at atom `e` (`a day`, `per hour`, `each year`,
/// `every week`), not a relative time (`a year ago`, `a month after the vote`); the unit name
/// and the index after it.
fn rate_period(t: &Text, e: usize) -> Option<(String, usize)> {
    let (name, end) = frequency(t, e)?;
    let article = matches!(t.low(e), Some("a" | "an"));
    let relative = matches!(
        t.low(end),
        Some("ago" | "earlier" | "later" | "before" | "after" | "from" | "or")
    );
    (ends_clean(t, end) && !(article && relative)).then_some((name, end))
}

/// What a price ending at atom `e` is per: `a barrel`, `an hour`, `a dozen`, `per kg`,
/// `per share`, glued `/hour`; the name and the index after it.
fn money_per(t: &Text, e: usize) -> Option<(String, usize)> {
    let lex = lexicon();
    if line_break_at(t, e) {
        return None;
    }
    let slash = t.is_sym(e, &["/"]) && t.glued(e) && t.glued(e + 1);
    let (m, article) = match t.low(e) {
        Some("per") => (e + 1, false),
        Some("a" | "an") => (e + 1, true),
        _ if slash => (e + 1, false),
        _ => return None,
    };
    if let Some((phrase, end)) = lex.units.forward(t, m) {
        let clean_end = ends_clean(t, end);
        // `a year ago`, `a month after the vote`, `a year from now`: a time, not a rate (`£12.71
        // an hour from April` is a rate from a date on).
        let relative = matches!(
            t.low(end),
            Some("ago" | "earlier" | "later" | "before" | "after" | "or")
        ) || (t.low(end) == Some("from")
            && matches!(
                t.low(end + 1),
                Some("now" | "today" | "then" | "tomorrow" | "yesterday")
            )
            && t.low(end + 2) != Some("on"));
        if clean_end && (!phrase.glued_only || slash) && !(article && relative) {
            return Some((lex.unit_list[phrase.value].name.clone(), end));
        }
        return None;
    }
    let w = t.low(m)?;
    // `$4.82 a dozen`; `$5 per share`, `£30 per person`: any noun after `per`.
    let noun = w.chars().all(|c| c.is_alphabetic())
        && !lex.numbers.contains_key(w)
        && !matches!(
            w,
            "the" | "a" | "an" | "cent" | "centum" | "annum" | "capita"
        );
    // `$600 million a quarter`, `$700 a dose`, `$300 a night`: a price per period or item
    // (`a quarter of the total` is a fraction of something).
    let article_noun = match w {
        "dozen" | "share" | "head" | "person" | "piece" | "dose" | "night" | "ticket" => true,
        "quarter" => t.low(m + 1) != Some("of") && ends_clean(t, m + 1),
        _ => false,
    };
    if (article && article_noun) || (!article && noun && t.is_word(m)) {
        return Some((w.to_owned(), m + 1));
    }
    match w {
        "annum" if !article => Some(("year".to_owned(), m + 1)),
        "capita" if !article => Some(("person".to_owned(), m + 1)),
        _ => None,
    }
}

/// A year or a calendar period at atom `k`, after `half of` or `quarter of`: `2027`,
/// `next year`, `the fiscal year`, `fiscal 2026`, `the decade`.
fn time_after_of(t: &Text, k: usize) -> bool {
    (k..k + 3).any(|j| {
        let year = t.is_num(j) && t.low(j).is_some_and(|w| w.len() == 4);
        let period = matches!(
            t.low(j),
            Some("year" | "decade" | "century" | "month" | "season")
        );
        (year || period) && !line_break_at(t, j)
    })
}

/// Money verbs shortly before a number: `fined 500 pounds`.
/// For the second end of a range (`cost between 30 and 45 pounds`, `paid 30 to 45 pounds`),
/// the words before its first end are looked at.
fn money_context(t: &Text, start: usize) -> bool {
    let mut start = start;
    if start >= 2 && matches!(t.low(start - 1), Some("and" | "to")) && t.is_num(start - 2) {
        start -= 2;
        if start >= 1 && matches!(t.low(start - 1), Some("between" | "from")) {
            start -= 1;
        }
    }
    (start.saturating_sub(3)..start).any(|k| {
        matches!(
            t.low(k),
            Some(
                "cost"
                    | "costs"
                    | "paid"
                    | "pay"
                    | "fined"
                    | "fine"
                    | "worth"
                    | "spent"
                    | "price"
                    | "priced"
                    | "prices"
                    | "salary"
                    | "raised"
                    | "sold"
                    | "bought"
                    | "earned"
                    | "earn"
                    | "owed"
                    | "bid"
            )
        )
    })
}

/// The previous word atom, skipping a glued period (`Aug. 18`, `No. 5`).
fn prev_word(t: &Text, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    if t.is_sym(k, &["."]) && t.glued(k) {
        k = k.checked_sub(1)?;
    }
    t.is_word(k).then_some(k)
}

/// The previous word (as [`prev_word`]), lowercased.
fn prev_low<'t>(t: &'t Text, i: usize) -> Option<&'t str> {
    prev_word(t, i).and_then(|k| t.low(k))
}

fn is_month(t: &Text, k: usize) -> bool {
    t.is_word(k)
        && t.capitalised(k)
        && t.low(k)
            .is_some_and(|w| lexicon().months.contains(w.trim_end_matches('.')))
}

/// A noun phrase that starts at atom `k`: what a figure counts or measures.
fn noun_phrase(t: &Text, k: usize) -> Option<(usize, usize)> {
    let lex = lexicon();
    let mut p = k;
    // `3 more games`, `4.1 fewer migraine days`, `a third straight quarter`: words that qualify
    // the figure, not what it counts.
    while matches!(
        t.low(p),
        Some("more" | "other" | "additional" | "further" | "extra" | "fewer" | "straight")
    ) && t.is_word(p)
    {
        p += 1;
    }
    let mut first = None;
    let mut last = p;
    let mut n = 0;
    loop {
        if line_break_at(t, p) || !t.is_word(p) {
            break;
        }
        let Some(w) = t.low(p) else { break };
        // `migraine days`, `sick days`, `flight hours`: a plural period after a singular noun
        // closes the phrase (not `the aid package years ago`).
        let period_compound = n > 0
            && matches!(w, "days" | "nights" | "hours" | "weeks" | "months")
            && t.low(p - 1).is_some_and(|x| !x.ends_with('s'))
            && !matches!(
                t.low(p + 1),
                Some("ago" | "later" | "earlier" | "before" | "after" | "into" | "from" | "since")
            );
        if period_compound {
            first.get_or_insert(p);
            last = p;
            break;
        }
        if lex.subject_stop.contains(w) || lex.numbers.contains_key(w) || is_month(t, p) {
            break;
        }
        if w.ends_with("'s") || w.ends_with("’s") {
            // `of the new plant's output`: after a word of the phrase, a possessive goes on to
            // the noun it owns (one word of it), else the phrase ends before it
            let owned = t.low(p + 1).filter(|x| {
                t.is_word(p + 1)
                    && !line_break_at(t, p + 1)
                    && !lex.subject_stop.contains(x)
                    && !lex.numbers.contains_key(x)
            });
            if n > 0 && owned.is_some() {
                last = p + 1;
            }
            break;
        }
        let noun = lex.subject_nouns.contains(w);
        let verb_form = |w: &str| {
            w.len() > 3 && ((w.ends_with("ed") && !w.ends_with("eed")) || w.ends_with("ing"))
        };
        // A participle starts the phrase only as an adjective before a plural noun
        // (`11 million undocumented immigrants`), never as a verb (`12 killed`).
        let adjective = n == 0
            && t.is_word(p + 1)
            && !line_break_at(t, p + 1)
            && t.low(p + 1).is_some_and(|x| {
                x.len() > 3 && x.ends_with('s') && !lex.subject_stop.contains(x) && !verb_form(x)
            });
        if !noun && verb_form(w) && !adjective {
            break;
        }
        if w.ends_with("ly")
            && w.len() > 4
            && !matches!(
                w,
                "family" | "supply" | "assembly" | "rally" | "ally" | "monopoly" | "anomaly"
            )
        {
            break;
        }
        if lex.units.forward(t, p).is_some() && n == 0 && w.len() <= 2 {
            break;
        }
        first.get_or_insert(p);
        last = p;
        n += 1;
        // `box-office receipts`
        while t.is_sym(last + 1, &["-"])
            && t.glued(last + 1)
            && t.glued(last + 2)
            && t.is_word(last + 2)
        {
            last += 2;
        }
        p = last + 1;
        // `w` passed the subject-stop and number-word tests above.
        let plural = plural_shape(w) && !w.ends_with("us") && !w.ends_with("is");
        if n >= 3
            || (plural && !noun)
            || t.glued(p) && !t.is_word(p) && !t.is_sym(p, &[",", ".", ";", ":", ")", "!", "?"])
        {
            break;
        }
    }
    let first = first?;
    // `18,000 homes and businesses`: two plural nouns joined by `and` are counted together
    // (not `12 people and wounded 30`, not `3 cars and 2 vans`, not `5 goals and a title`).
    // The phrase's one word passed the loop's tests: only its shape is left to check.
    if first == last
        && t.low(last + 1) == Some("and")
        && t.is_word(last + 1)
        && t.low(last).is_some_and(plural_shape)
        && t.is_word(last + 2)
        && !line_break_at(t, last + 2)
        && t.low(last + 2).is_some_and(plural_noun)
        && (!t.is_word(last + 3)
            || line_break_at(t, last + 3)
            || t.low(last + 3)
                .is_some_and(|x| lex.subject_stop.contains(x)))
    {
        last += 2;
    }
    Some((first, last + 1))
}

/// The subject after a figure ending at atom `e`: directly (`$90 billion arms deal`), or after
/// `of` (`ten days of talks`, `5% of the budget`) or, for money, `in` (`$2 billion in aid`).
fn subject_after(t: &Text, e: usize, direct: bool, money: bool) -> Option<(usize, usize)> {
    if direct {
        if let Some(np) = noun_phrase(t, e) {
            return Some(np);
        }
    }
    let prep = t.low(e)?;
    if prep == "of" || (money && prep == "in") {
        let mut k = e + 1;
        if matches!(
            t.low(k),
            Some("the" | "its" | "their" | "his" | "her" | "our" | "a" | "an" | "all")
        ) {
            k += 1;
        }
        let np = noun_phrase(t, k)?;
        // `¥7 trillion in fiscal 2027`, `£11.5bn in real terms`, `$3bn in the third quarter`:
        // after `in`, a time or a way of counting, not what the money is.
        let when_or_how = prep == "in"
            && (t.low(np.0) == Some("fiscal")
                || matches!(
                    t.low(np.1 - 1),
                    Some(
                        "terms"
                            | "year"
                            | "years"
                            | "quarter"
                            | "quarters"
                            | "half"
                            | "month"
                            | "months"
                            | "week"
                            | "weeks"
                            | "period"
                    )
                ));
        return (!when_or_how).then_some(np);
    }
    None
}

/// `dozens`, `hundreds`, `tens of thousands`: a vague number as the range it spans (`hundreds`
/// is 100..1000, `dozens` 24..100), and the index after it.
fn vague(t: &Text, i: usize) -> Option<(f64, f64, usize)> {
    // `tens of thousands`, `hundreds of millions`: of a plural scale.
    let of_scale = || {
        match t.low(i + 2) {
            Some("thousands") => Some(1e3),
            Some("millions") => Some(1e6),
            Some("billions") => Some(1e9),
            _ => None,
        }
        .filter(|_| t.low(i + 1) == Some("of"))
    };
    let (low, high) = match t.low(i)? {
        "tens" => {
            let s = of_scale()?;
            return Some((10.0 * s, 100.0 * s, i + 3));
        }
        "hundreds" => {
            if let Some(s) = of_scale() {
                return Some((100.0 * s, 1000.0 * s, i + 3));
            }
            (100.0, 1000.0)
        }
        "dozens" => (24.0, 100.0),
        "scores" if t.low(i + 1) == Some("of") => (20.0, 100.0),
        "thousands" => (1e3, 1e4),
        "millions" => (1e6, 1e7),
        "billions" => (1e9, 1e10),
        _ => return None,
    };
    Some((low, high, i + 1))
}

fn bytes(t: &Text, from: usize, to: usize) -> (usize, usize) {
    let start = t.atoms.get(from).map_or(t.raw.len(), |a| a.start);
    let end = to
        .checked_sub(1)
        .and_then(|k| t.atoms.get(k))
        .map_or(start, |a| a.end)
        .max(start);
    (start, end)
}

/// `twice a day`, `once a week`: a frequency.
fn times_a_period(t: &Text, i: usize) -> Option<Step> {
    let times = match t.low(i) {
        Some("once") => 1.0,
        Some("twice") => 2.0,
        Some("thrice") => 3.0,
        _ => 0.0,
    };
    if times > 0.0 {
        if let Some((per, e)) = frequency(t, i + 1) {
            let (s, en) = bytes(t, i, e);
            let (qualifier, change) = qualifier_and_change(t, i);
            return Some(Step::Found(
                Figure {
                    kind: "number",
                    start: s,
                    end: en,
                    number: bytes(t, i, i + 1),
                    value: Some(times),
                    unit: Some(format!("time per {per}")),
                    qualifier,
                    change,
                    per: Some(per),
                    ..Default::default()
                },
                e,
            ));
        }
        // `met twice this year`: occasions in a time, as `three times that
        // year` (not `twice the size`, a multiple).
        if times > 1.0
            && matches!(
                t.low(i + 1),
                Some("this" | "that" | "last" | "the" | "each")
            )
            && time_after_determiner(t, i + 1)
        {
            let (s, en) = bytes(t, i, i + 1);
            let (qualifier, change) = qualifier_and_change(t, i);
            return Some(Step::Found(
                Figure {
                    kind: "number",
                    start: s,
                    end: en,
                    number: (s, en),
                    value: Some(times),
                    qualifier,
                    change,
                    ..Default::default()
                },
                i + 1,
            ));
        }
    }
    None
}

/// `a couple of hundred protesters`, `a couple of dozen`: about twice the scale word. The
/// scale word is then read as usual, and doubled.
fn couple_of(t: &Text, i: usize) -> Option<Step> {
    if t.low(i) == Some("a")
        && t.low(i + 1) == Some("couple")
        && t.low(i + 2) == Some("of")
        && matches!(
            t.low(i + 3),
            Some("dozen" | "hundred" | "thousand" | "million" | "billion")
        )
    {
        if let Step::Found(mut f, next) = figure_at(t, i + 3) {
            if f.number.0 == t.atoms.get(i + 3).map_or(0, |a| a.start) {
                f.value = f.value.map(|v| v * 2.0);
                f.start = t.atoms.get(i).map_or(f.start, |a| a.start);
                f.number.0 = f.start;
                f.qualifier = f.qualifier.or(Some("approximate"));
                return Some(Step::Found(f, next));
            }
        }
        // A bare `hundred`, `thousand`: read here.
        let scale = match t.low(i + 3) {
            Some("hundred") => 100.0,
            w => w.and_then(scale_word).unwrap_or(0.0),
        };
        if scale > 0.0 {
            let e = i + 4;
            let money = lexicon()
                .post_currency
                .forward(t, e)
                .filter(|(p, _)| !p.glued_only);
            let (kind, unit, end, subject) = match money {
                Some((p, m)) => ("money", Some(p.value.code.to_owned()), m, None),
                None => ("count", None, e, noun_phrase(t, e)),
            };
            if kind == "money" || subject.is_some() {
                let (s, en) = bytes(t, i, end);
                return Some(Step::Found(
                    Figure {
                        kind,
                        start: s,
                        end: en,
                        number: bytes(t, i, e),
                        value: Some(2.0 * scale),
                        unit,
                        qualifier: Some("approximate"),
                        subject: subject.map(|(a, b)| bytes(t, a, b)),
                        ..Default::default()
                    },
                    end,
                ));
            }
        }
    }
    None
}

/// `hundreds of people`, `tens of thousands`, `millions of dollars`: a vague number, read as a
/// range (`hundreds` is 100..1000), with the currency or unit it counts.
fn vague_figure(t: &Text, i: usize) -> Option<Step> {
    let (low, high, e) = vague(t, i)?;
    let lex = lexicon();
    let after_of = if t.low(e) == Some("of") { e + 1 } else { e };
    let money = lex
        .post_currency
        .forward(t, after_of)
        .filter(|(p, _)| !p.glued_only);
    // `thousands of miles`, `hundreds of years`: a quantity or a duration.
    let measure = lex
        .units
        .forward(t, after_of)
        .filter(|(p, _)| !p.glued_only && after_of > e);
    // The span takes in the currency or unit: `millions of dollars`, `thousands of miles`.
    let number_end = e;
    let e = match (money, measure) {
        (Some((_, m)), _) | (None, Some((_, m))) => m,
        _ => e,
    };
    let measure = measure.map(|(p, _)| &lex.unit_list[p.value]);
    let (kind, unit, subject) = match (money, measure) {
        (Some((p, _)), _) => ("money", Some(p.value.code.to_owned()), None),
        // `thousands of pounds` is money, as `361 million pounds` is.
        (None, Some(u)) if u.name == "pound" => ("money", Some("GBP".to_owned()), None),
        (None, Some(u)) => (unit_kind(u), Some(u.name.clone()), None),
        (None, None) => {
            let subject = if after_of > e {
                subject_after(t, e, false, false)
            } else {
                noun_phrase(t, e)
            };
            ("count", None, subject)
        }
    };
    let (s, en) = bytes(t, i, e);
    let (mut qualifier, change) = qualifier_and_change(t, i);
    if kind == "duration" && prev_low(t, i) == Some("over") {
        qualifier = None; // `over hundreds of years` is a period
    }
    Some(Step::Found(
        Figure {
            kind,
            start: s,
            end: en,
            number: bytes(t, i, number_end),
            low: Some(low),
            high: Some(high),
            unit,
            qualifier: qualifier.or(Some("approximate")),
            change,
            subject: subject.map(|(a, b)| bytes(t, a, b)),
            ..Default::default()
        },
        e,
    ))
}

/// `a third straight month`, `a fifth round of talks`: `a` and an ordinal of three or more
/// before a noun rank something (not `a third of`, `a third said no`).
fn a_fraction_ranks(t: &Text, num: &Num) -> bool {
    let lex = lexicon();
    let ordinal = t
        .low(num.start + 1)
        .and_then(|w| lex.numbers.get(w))
        .is_some_and(|&(v, class)| class == NumClass::Ordinal && v >= 3.0);
    let noun_after = t.is_word(num.end)
        && !line_break_at(t, num.end)
        && !matches!(
            t.low(num.end),
            Some(
                "of" | "and"
                    | "or"
                    | "to"
                    | "in"
                    | "on"
                    | "by"
                    | "from"
                    | "more"
                    | "less"
                    | "fewer"
                    | "percent"
                    | "per"
                    | "percentage"
                    | "point"
                    | "points"
            )
        )
        && lex.units.forward(t, num.end).is_none()
        && t.low(num.end)
            .is_some_and(|w| !lex.subject_stop.contains(w));
    // `a third said no`, `a third voted`: the share is the subject of a verb.
    let verb_after = t.low(num.end).is_some_and(|w| {
        lex.speech_verbs.contains(w)
            || (w.len() > 4 && w.ends_with("ed"))
            || matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "have"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
                    | "do"
                    | "did"
            )
    });
    ordinal && noun_after && !verb_after && num.end == num.start + 2
}

/// Currency codes read as currency even glued to a number (`USD115`); other three-letter codes
/// glued to a number name something (`COP29`).
const MAJOR_CURRENCY_CODES: [&str; 13] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "AUD", "CAD", "HKD", "INR", "RUB", "SEK", "NOK",
];

/// An age told by a verb: after `died at`, `dies at`, `dead at` (`Eleanor Marsh, Scientist,
/// Dies at 88`), or a whole number closing a sentence after a personal pronoun and `was`/`is`
/// (`She was 88.`; `He was 9, she 7` is not). `Some(subject)` when it is one, the pronoun as its
/// subject if there is one.
fn age_after_verb(t: &Text, num: &Num, end: usize) -> Option<Option<(usize, usize)>> {
    if !num.plain_int || num.ordinal || !(1.0..=120.0).contains(&num.value) {
        return None;
    }
    let verb = prev_word(t, num.start)?;
    let before = prev_word(t, verb)?;
    // the next sentence may open with a quotation mark (`since he was 12. "This is …`)
    let next = if t.is_sym(end + 1, &["\"", "“", "‘", "'"]) {
        end + 2
    } else {
        end + 1
    };
    let closes = t.is_sym(end, &["."])
        && (t.kind(next).is_none() || line_break_at(t, end + 1) || t.capitalised(next));
    match (t.low(before)?, t.low(verb)?) {
        ("died" | "dies" | "dead", "at") => Some(None),
        ("he" | "she", "was" | "is") if closes => Some(Some((before, before + 1))),
        _ => None,
    }
}

/// `children under 12`, `pensioners over 75`, `women over 50`: a whole number from 1 to 120
/// right after `under`/`over`/`above`/`below` that follows a plural noun of people is a bound on
/// their age; the noun is whose (not `groups over 75`, nor `people under 12 months`, which has
/// its unit, nor `people over 12 provinces`, where a noun follows what is counted). The noun's
/// atom span.
fn age_bound(t: &Text, num: &Num, end: usize, before: Option<&str>) -> Option<(usize, usize)> {
    if !num.plain_int || num.ordinal || !(1.0..=120.0).contains(&num.value) {
        return None;
    }
    if !matches!(before, Some("under" | "over" | "above" | "below")) {
        return None;
    }
    // A plural noun after the number is what it counts; a verb (`under 12 get`) is no noun.
    if t.low(end).is_some_and(plural_noun) {
        return None;
    }
    let who = prev_word(t, num.start).and_then(|k| prev_word(t, k))?;
    matches!(
        t.low(who)?,
        "children"
            | "kids"
            | "babies"
            | "infants"
            | "teenagers"
            | "adults"
            | "people"
            | "pensioners"
            | "men"
            | "women"
            | "boys"
            | "girls"
            | "pupils"
            | "students"
            | "patients"
            | "voters"
            | "residents"
            | "those"
            | "anyone"
            | "everyone"
    )
    .then_some((who, who + 1))
}

/// `Donald Trump, 78, won`, `The patient, 72, died`: a whole number from 1 to 120 alone between
/// commas after a name or noun and before a word is an age in apposition.
fn age_in_apposition(t: &Text, num: &Num, end: usize) -> bool {
    let lex = lexicon();
    let Some(name) = num.start.checked_sub(2) else {
        return false;
    };
    num.plain_int
        && !num.ordinal
        && (1.0..=120.0).contains(&num.value)
        && t.is_sym(name + 1, &[","])
        && t.is_word(name)
        && t.is_sym(end, &[","])
        && t.is_word(end + 1)
        && !line_break_at(t, end + 1)
        && t.low(name).is_some_and(|w| {
            !lex.numbers.contains_key(w) && !is_month(t, name) && !w.ends_with("day")
            // `On Monday, 5 …`
        })
        && t.low(end + 1)
            .is_some_and(|w| w != "or" && !lex.numbers.contains_key(w))
}

/// Whose age an age in apposition is, the name or noun ending at word atom `k`: the run of
/// capitalised words before the comma (`Richard Kell`), else the noun alone (`The patient`).
fn apposition_head(t: &Text, k: usize) -> Option<(usize, usize)> {
    if !t.capitalised(k) || t.sentence_initial(k) {
        return (!lexicon().subject_stop.contains(t.low(k)?)).then_some((k, k + 1));
    }
    let mut first = k;
    while first > 0
        && k - first < 3
        && t.is_word(first - 1)
        && t.capitalised(first - 1)
        && !line_break_at(t, first)
        && !t.glued(first)
    {
        first -= 1;
    }
    // `The Mayor`: a capitalised article opens the sentence, not the name.
    if t.low(first)
        .is_some_and(|w| lexicon().subject_stop.contains(w))
    {
        first += 1;
    }
    Some((first, k + 1))
}

/// `July 17th`, `the 18th`, `the 22nd, 23rd or 30th of March`: an ordinal in digits ending at
/// atom `end` is a day of the month, unless it ranks its subject (`the 89th minute`).
fn day_of_month(t: &Text, num: &Num, end: usize, subject: Option<(usize, usize)>) -> bool {
    let prev = prev_low(t, num.start);
    // A day in a list after another day: `17th, 18th, or 19th`.
    let after_day = (1..=3)
        .filter_map(|back| num.start.checked_sub(back))
        .any(|k| {
            matches!(t.low(k), Some("st" | "nd" | "rd" | "th"))
                && t.glued(k)
                && k.checked_sub(1).is_some_and(|d| t.is_num(d))
        });
    let day_like = subject.is_none()
        && num.value <= 31.0
        && (matches!(prev, Some("the" | "on" | "by" | "until" | "since"))
            || t.low(end) == Some("of")
            || after_day);
    prev_word(t, num.start).is_some_and(|k| is_month(t, k)) || is_month(t, end) || day_like
}

/// A range after the first number `num` of a figure: `10 to 15`, `between 5 and 6 kg`,
/// `$2 billion to $3 billion`, `from $410 per kg to $720 per kg`.
struct Range {
    low: f64,
    high: f64,
    /// The second number.
    last: Num,
    /// The unit of the range: the second end's, else the first's.
    suffix: Option<Suffix>,
    /// The index after the range.
    end: usize,
    /// What a price range is per, said after its first end (`$410 per kg to $720 per kg`).
    per: Option<String>,
}

/// The range that `num` (with `currency` before it, `suffix1` after it, and the words `before`
/// and `two_before` it) opens, if any; `Err` with the index to go on from when the pair is no
/// figure at all (a clock time, a score, a telephone number).
fn range_after(
    t: &Text,
    num: &Num,
    currency: Option<Currency>,
    suffix1: Option<Suffix>,
    before: Option<&str>,
    two_before: Option<&str>,
) -> Result<Option<Range>, usize> {
    let lex = lexicon();
    let money = currency.is_some();
    let end = suffix1.map_or(num.end, |s| s.end);
    // `between the ninth and the twelfth`: a range of ranks.
    let between_ranks = num.ordinal
        && before == Some("the")
        && two_before == Some("between")
        && t.low(end) == Some("and");
    let between = before == Some("between") || between_ranks;
    let mut c = end;
    if t.is_sym(c, &["-"]) && t.glued(c) && t.low(c + 1) == Some("to") {
        c += 1; // `8- to 16-meter`
    }
    // `from $410 per kg to $720 per kg`: a price range with its rate after each end.
    let mut per1 = None;
    if currency.is_some() {
        if let Some((name, e)) = money_per(t, c) {
            if matches!(t.low(e), Some("to" | "and")) {
                per1 = Some(name);
                c = e;
            }
        }
    }
    let hyphen = t.is_sym(c, &["-", "–", "—", "~", "‑"]);
    // The number right after a `to`/`and`/`or` connector, read without the money scales once the
    // connector is being chosen, and kept for the second end when it is read the same way.
    let mut after_connector: Option<Parsed> = None;
    let connector = if line_break_at(t, c) {
        None
    } else if between_ranks {
        Some(c + 1 + usize::from(t.low(c + 1) == Some("the")))
    } else if num.ordinal {
        None
    } else if hyphen {
        Some(c + 1)
    } else {
        // `to` makes a range after `from` or `between`, or from a bare number (`10 to 15 people`,
        // `2 to 3 billion`); `grew by one million to 8.4 million` is a change and a level.
        let from = before == Some("from");
        let bare_first = suffix1.is_none() && num.scale == 1.0 && currency.is_none();
        // `250 million to 300 million euros`: a scaled number to the same scale, its unit after
        // the second end only.
        let changed = before.is_some_and(|w| lex.change_before.contains_key(w));
        // The number after the connector, if any.
        let parsed = number::parse(t, c + 1, false);
        let next = match parsed {
            Parsed::Yes(n2) => Some(n2),
            _ => None,
        };
        after_connector = Some(parsed);
        let scaled_pair = suffix1.is_none()
            && currency.is_none()
            && num.scale > 1.0
            && !changed
            && next.as_ref().is_some_and(|n2| n2.scale == num.scale);
        // `narrow by 1 to 2 percentage points`: a difference unit after the second end is no
        // level to change to, so the two are a range of the change.
        let difference = next.as_ref().is_some_and(|n2| {
            t.low(n2.end) == Some("points") || difference_unit(t, n2.end).is_some()
        });
        let by_change = before == Some("by") && !difference;
        // `40 mg to 60 mg`: a measure to a measure is a range, unless a change verb comes first
        // (`inflation rose 0.2% to 3.1%` is a change and a level).
        let measured = suffix1.is_some() && currency.is_none() && !changed;
        // `could reach $35 billion to $50 billion`: money to money is a range too, under the same
        // condition (`fell $1.20 to $78.40` is a change and a level).
        let priced = currency.is_some() && !changed;
        match t.low(c) {
            Some("to" | "through")
                if (from || between || bare_first || scaled_pair || measured || priced)
                    && !by_change =>
            {
                Some(c + 1)
            }
            Some("and") if between => Some(c + 1),
            // `20 or 30 years`, `eight or ten days`: two bare numbers sharing the unit after the
            // second are a range (checked below: the second has a unit and is larger).
            Some("or") if bare_first && !by_change && !changed => Some(c + 1),
            _ => None,
        }
    };
    let alternative = t.low(c) == Some("or");
    let Some(c2) = connector else {
        return Ok(None);
    };
    // The second number, after its own currency sign if any.
    let (currency2, c3) = match lex.pre_currency.forward(t, c2) {
        Some((phrase, e)) => (Some(phrase.value), e),
        None => (None, c2),
    };
    let consistent_currency = match (currency, currency2) {
        (Some(a), Some(b)) => a.code == b.code,
        (None, Some(_)) => false,
        // `$2 to 3 billion` after `from` or `between`; otherwise both ends carry the currency.
        (Some(_), None) => before == Some("from") || between || hyphen,
        _ => true,
    };
    let money2 = money || currency2.is_some();
    let second = match after_connector {
        // Read already: the same atom (the connector's next one, no currency sign), the same way.
        Some(parsed) if c3 == c + 1 && !money2 => parsed,
        _ => number::parse(t, c3, money2),
    };
    if let Parsed::Skip(next) = second {
        // `8-9am`, `5 to 6pm`: the range is a clock time.
        if t.is_num(c3) && currency.is_none() && suffix1.is_none() {
            return Err(next);
        }
    }
    let Parsed::Yes(n2) = second else {
        return Ok(None);
    };
    let suffix2 = suffix(t, &n2, n2.end, money);
    let mut v1 = num.value;
    if num.scale == 1.0 && n2.scale > 1.0 && suffix1.is_none() {
        v1 *= n2.scale; // `2 to 3 billion`
    }
    let same_unit = match (suffix1, suffix2) {
        (Some(a), Some(b)) => a.measure == b.measure,
        (Some(_), None) => false,
        _ => true,
    };
    // `temperatures ranged from -12 °C to -29 °C`: a stated range, in any order.
    let stated = before == Some("from")
        && two_before.is_some_and(|w| {
            matches!(
                w,
                "ranged" | "ranging" | "range" | "ranges" | "varied" | "varying"
            )
        });
    let ordered = n2.value > v1 || ((between || stated) && n2.value != v1);
    let glued_digits = hyphen && t.glued(c) && t.glued(c2) && !num.words;
    if glued_digits && num.plain_int && n2.plain_int && num.digits == 3 && n2.digits == 4 {
        return Err(n2.end); // a phone number
    }
    if consistent_currency
        && same_unit
        && n2.ordinal == num.ordinal
        && ordered
        && (!alternative
            || (!n2.fraction
                && n2.scale == 1.0
                // `three or four times a night`: a frequency between the two.
                && (suffix2.is_some()
                    || (t.low(n2.end) == Some("times") && frequency(t, n2.end + 1).is_some()))))
        && (t.is_num(c3) || !t.is_num(num.start) || !hyphen)
    {
        return Ok(Some(Range {
            low: v1.min(n2.value),
            high: v1.max(n2.value),
            last: n2,
            suffix: suffix2.or(suffix1),
            end: suffix2.map_or(n2.end, |s| s.end),
            per: per1,
        }));
    }
    if glued_digits && t.is_num(c3) {
        return Err(n2.end); // `3-2`, `2013-14`: a score or a season, not a range
    }
    Ok(None)
}

/// The figure that starts at atom `i` and the index after it, or the index to go on from: the
/// special readings first (frequencies, vague numbers), then currency, number, range, unit,
/// kind, the exclusions (dates, codes, names, pronouns), subject and qualifier.
fn figure_at(t: &Text, i: usize) -> Step {
    let lex = lexicon();
    let Some(atom) = t.atoms.get(i) else {
        return Step::Skip(i + 1);
    };
    if let Some(step) = times_a_period(t, i) {
        return step;
    }
    if atom.kind != Kind::Num && !lex.starters.contains(t.low(i).unwrap_or("")) {
        return Step::Skip(i + 1);
    }

    if let Some(step) = couple_of(t, i).or_else(|| vague_figure(t, i)) {
        return step;
    }

    // Currency before the number.
    let mut currency: Option<Currency> = None;
    let mut j = i;
    if let Some((phrase, e)) = lex.pre_currency.forward(t, i) {
        if matches!(number::parse(t, e, true), Parsed::Yes(_)) && !line_break_at(t, e) {
            currency = Some(phrase.value);
            j = e;
        }
    }
    let mut num = match number::parse(t, j, currency.is_some()) {
        // `COP29`, `ALL12`: a three-letter code glued to a whole number names something (a
        // summit, a model) unless it is the code of a major currency (`USD115`), which is not also
        // read as an acronym.
        Parsed::Yes(num)
            if currency.is_some()
                && num.plain_int
                && j == i + 1
                && t.glued(j)
                && t.raw(i).is_some_and(|w| {
                    w.len() == 3
                        && w.bytes().all(|b| b.is_ascii_uppercase())
                        && !MAJOR_CURRENCY_CODES.contains(&w)
                }) =>
        {
            return Step::Skip(num.end);
        }
        Parsed::Yes(num) => num,
        Parsed::Skip(next) => return Step::Skip(next),
        Parsed::No => return a_unit(t, i),
    };
    let money = currency.is_some();

    // `a third straight month`: read `third` on its own, as an ordinal.
    if num.fraction
        && num.words
        && matches!(t.low(num.start), Some("a" | "an"))
        && a_fraction_ranks(t, &num)
    {
        return Step::Skip(num.start + 1);
    }

    // `two-thirds of a million`: a fraction of a scale.
    if num.fraction
        && t.low(num.end) == Some("of")
        && matches!(t.low(num.end + 1), Some("a" | "an"))
    {
        let scale = t.low(num.end + 2).and_then(scale_word).unwrap_or(1.0);
        if scale > 1.0 {
            num.value *= scale;
            num.scale = scale;
            num.fraction = false;
            num.end += 3;
        }
    }

    // `one in five adults`, `nine out of ten`, `a 3-to-1 margin`: a ratio, worth the quotient.
    if !money && !num.ordinal && !num.fraction {
        if let Some((n2, e)) = ratio(t, &num) {
            let (s, en) = bytes(t, i, e);
            let (qualifier, change) = qualifier_and_change(t, i);
            return Step::Found(
                Figure {
                    kind: "number",
                    start: s,
                    end: en,
                    number: bytes(t, num.start, e),
                    value: Some(num.value / n2),
                    qualifier,
                    change,
                    subject: noun_phrase(t, e).map(|(a, b)| bytes(t, a, b)),
                    ..Default::default()
                },
                e,
            );
        }
    }

    // The unit of the first number, then a range.
    let suffix1 = if num.ordinal {
        None
    } else {
        suffix(t, &num, num.end, money)
    };
    let before = prev_low(t, i);
    // The word before that, which only these rules read (`between the tenth`, `ranged from`,
    // `aged between`).
    let two_before = matches!(before, Some("the" | "from" | "between"))
        .then(|| prev_word(t, i).and_then(|k| prev_low(t, k)))
        .flatten();
    let range = match range_after(t, &num, currency, suffix1, before, two_before) {
        Ok(range) => range,
        Err(next) => return Step::Skip(next),
    };
    let low = range.as_ref().map(|r| r.low);
    let high = range.as_ref().map(|r| r.high);
    let last_num = range.as_ref().map_or(num, |r| r.last);
    let suffix_final = range.as_ref().map_or(suffix1, |r| r.suffix);
    let mut end = range
        .as_ref()
        .map_or(suffix1.map_or(num.end, |s| s.end), |r| r.end);
    // A range has no single value.
    let mut value = range.is_none().then_some(num.value);
    let per1 = range.and_then(|r| r.per);
    // The measure and kind: a currency before the number wins over a unit after it.
    let measure = match currency {
        Some(cur) => Some(Measure::Money(cur)),
        None => suffix_final.map(|s| s.measure),
    };
    let (mut kind, mut unit, factor) = match measure {
        Some(Measure::Money(cur)) => ("money", Some(cur.code.to_owned()), cur.factor),
        Some(Measure::Percent(u)) => ("percent", Some(u.to_owned()), 1.0),
        Some(Measure::Unit(index)) => {
            let u = &lex.unit_list[index];
            (unit_kind(u), Some(u.name.clone()), 1.0)
        }
        Some(Measure::Rate(a, b)) => {
            let rate = format!("{} per {}", lex.unit_list[a].name, lex.unit_list[b].name);
            ("quantity", Some(rate), 1.0)
        }
        None if num.ordinal => ("ordinal", None, 1.0),
        None => ("number", None, 1.0),
    };
    // `four times a week`, `three times per year`, `three or four times a night`: a frequency.
    let mut per: Option<String> = None;
    // `three times as common`, `four times the average`: a multiple (as `a 20-fold rise`), its
    // span with `times`; it counts nothing.
    let mut multiple = false;
    if kind == "number" && !num.ordinal && !num.fraction && t.low(end) == Some("times") {
        if let Some((name, e2)) = frequency(t, end + 1) {
            unit = Some(format!("time per {name}"));
            per = Some(name);
            end = e2;
        } else if !line_break_at(t, end)
            && matches!(
                t.low(end + 1),
                Some(
                    "as" | "more"
                        | "less"
                        | "higher"
                        | "lower"
                        | "larger"
                        | "bigger"
                        | "greater"
                        | "smaller"
                        | "faster"
                        | "the"
                        | "that"
                        | "its"
                        | "their"
                )
            )
            && !time_after_determiner(t, end + 1)
        {
            multiple = true;
            end += 1;
        }
    }
    let mut adjectival = false;
    if let Some(s) = suffix_final {
        adjectival = s.adjectival;
        // `a 30 minute call`: a singular unit after a number other than one is adjectival too.
        if let (Measure::Unit(index), Some(last)) = (s.measure, s.end.checked_sub(1)) {
            let singular = t.low(last) == Some(lex.unit_list[index].name.to_lowercase().as_str());
            if singular && t.is_word(last) && low.is_none() && num.value != 1.0 {
                adjectival = true;
            }
        }
    }
    // `aged 72`, `aged 18 to 24`: an age, which is a duration in years.
    // `at age 87` too (not `the age of 87`, which reads `of`).
    let aged = |w: Option<&str>| matches!(w, Some("aged" | "age"));
    // `a 87 yo man`: years old, as clinical notes write it.
    if unit.is_none() && !num.ordinal && !num.fraction && low.is_none() && t.low(end) == Some("yo")
    {
        kind = "duration";
        unit = Some("year".to_owned());
        end += 1;
    }
    // `aged 6 and 9`: the second of two ages after `aged`.
    let second_age = matches!(before, Some("and" | "or"))
        && prev_word(t, i)
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| t.is_num(k) && aged(prev_low(t, k)));
    if unit.is_none()
        && !num.ordinal
        && !num.fraction
        && (aged(before)
            || (before == Some("between") && aged(two_before))
            || (second_age && low.is_none()))
    {
        kind = "duration";
        unit = Some("year".to_owned());
    }
    // `Donald Trump, 78, won`: an age in apposition.
    let mut age_of = None;
    // `children under 12`, `pensioners over 75`: a bound on the age of a group of people.
    let mut age_bounded = false;
    if unit.is_none() && low.is_none() {
        if let Some(who) = age_bound(t, &num, end, before) {
            kind = "duration";
            unit = Some("year".to_owned());
            age_of = Some(who);
            age_bounded = true;
        }
    }
    if unit.is_none() && low.is_none() && age_in_apposition(t, &num, end) {
        kind = "duration";
        unit = Some("year".to_owned());
        age_of = apposition_head(t, num.start - 2);
    }
    // `Eleanor Marsh Dies at 88`, `She was 88.`: an age told by the verb.
    if unit.is_none() && low.is_none() {
        if let Some(who) = age_after_verb(t, &num, end) {
            kind = "duration";
            unit = Some("year".to_owned());
            age_of = who;
        }
    }
    let bare = unit.is_none();

    // Not figures: clock times, dates, years, codes, names.
    if bare {
        if let Some(next) = not_a_figure(t, &num, &last_num, end, low.is_some()) {
            return Step::Skip(next);
        }
    }

    // `6ft 4in`, `5 feet and 2 inches`, `13 dollars and 45 cents`: one amount in two units.
    if let Some(v) = &mut value {
        if let Some((extra, e2)) = second_part(t, end, kind, unit.as_deref(), factor) {
            *v += extra;
            end = e2;
        }
    }

    // `2,000-plus cases`, `300 plus injuries`: at least the number (not `2 plus 2`).
    let mut plus = false;
    // The span keeps to the amount (`2,000`, `$90`); the scan goes on after `plus` or a rate.
    let mut span_end = None;
    if low.is_none() && !num.ordinal && !num.fraction {
        let k = if t.is_sym(end, &["-"]) && t.glued(end) && t.glued(end + 1) {
            end + 1
        } else {
            end
        };
        if t.low(k) == Some("plus") && !t.is_num(k + 1) && number_after(t, k + 1).is_none() {
            plus = true;
            span_end = Some(end);
            end = k + 1;
        }
    }

    // `$90 a barrel`, `£12.21 an hour`, `$15.4/hour`, `$5 per share`: a price per something.
    if kind == "money" {
        if let Some((name, e2)) = money_per(t, end) {
            per = Some(name);
            span_end = span_end.or(Some(end));
            end = e2;
        } else if low.is_some() {
            per = per1;
        }
    }
    if let Some(Suffix {
        measure: Measure::Rate(_, b),
        ..
    }) = suffix_final
    {
        per = Some(lex.unit_list[b].name.clone());
    }

    // The subject.
    // `the 10-year yield`, `30-year Treasuries`, `two-year gilts`: a bond's maturity names it.
    if kind == "duration"
        && adjectival
        && t.low(end).is_some_and(|w| {
            matches!(
                w,
                "yield"
                    | "yields"
                    | "bond"
                    | "bonds"
                    | "note"
                    | "notes"
                    | "treasury"
                    | "treasuries"
                    | "gilt"
                    | "gilts"
                    | "bund"
                    | "bunds"
                    | "paper"
            )
        })
    {
        return Step::Skip(end + 1);
    }
    // Directly after the figure only money (`$90 billion arms deal`), a percentage (`a 5% stake`)
    // or an adjectival figure (`40-minute phone call`) names its subject.
    // Not after a currency word in the plural (`3.5 billion euros analysts had expected`: a noun
    // there starts a clause; `a 5 million euro contract` is adjectival).
    let plural_currency_word = kind == "money"
        && currency.is_none()
        && end
            .checked_sub(1)
            .is_some_and(|k| t.is_word(k) && t.low(k).is_some_and(|w| w.ends_with('s')));
    let direct = (kind == "money" && !plural_currency_word) || kind == "percent" || adjectival;
    let mut subject = if multiple {
        None
    } else if kind == "number" || kind == "ordinal" {
        noun_phrase(t, end)
    } else {
        subject_after(t, end, direct, kind == "money")
    };
    // `Richard Kell, 61,`: the age is the person's.
    if subject.is_none() {
        subject = age_of;
    }
    if kind == "number" && (!num.fraction || num.value >= 1.0) {
        if subject.is_none()
            && t.low(end) == Some("of")
            && (matches!(
                t.low(end + 1),
                Some("the" | "these" | "those" | "its" | "their" | "our" | "his" | "her")
            ) || matches!(number::parse(t, end + 1, false), Parsed::Yes(n2) if !n2.ordinal && !n2.fraction))
            && !num.lone_one
        {
            // `three of their last four games`, `two of the 12 victims`: the whole they are
            // part of is counted after its own rank word and number.
            // `41 of 70 seats`: the whole's number follows `of` directly.
            let determiner = matches!(
                t.low(end + 1),
                Some("the" | "these" | "those" | "its" | "their" | "our" | "his" | "her")
            );
            let mut k = if determiner { end + 2 } else { end + 1 };
            if matches!(t.low(k), Some("last" | "first" | "next" | "past" | "top")) {
                k += 1;
            }
            if let Parsed::Yes(n2) = number::parse(t, k, false) {
                if !n2.ordinal && !n2.fraction {
                    k = n2.end;
                }
            }
            subject = noun_phrase(t, k);
        }
        // `a crowd of 31,500`, `a population of 2 million`: the collective before `of` is what
        // the number counts.
        if subject.is_none()
            && !num.ordinal
            && !num.fraction
            && low.is_none()
            && prev_low(t, i) == Some("of")
        {
            let of = prev_word(t, i).unwrap_or(i);
            if let Some(k) = prev_word(t, of) {
                if matches!(
                    t.low(k),
                    Some(
                        "crowd"
                            | "audience"
                            | "population"
                            | "workforce"
                            | "force"
                            | "army"
                            | "fleet"
                            | "staff"
                            | "attendance"
                            | "turnout"
                            | "congregation"
                            | "electorate"
                            | "membership"
                    )
                ) {
                    subject = Some((k, k + 1));
                }
            }
        }
        // `killed 7 and 20 wounded`, `left 12 dead`: the casualties a bare number counts.
        if subject.is_none()
            && !multiple
            && !num.ordinal
            && !num.fraction
            && low.is_none()
            && t.low(end).is_some_and(|w| {
                matches!(
                    w,
                    "wounded"
                        | "injured"
                        | "dead"
                        | "killed"
                        | "missing"
                        | "hurt"
                        | "hospitalised"
                        | "hospitalized"
                )
            })
            && !line_break_at(t, end)
        {
            subject = Some((end, end + 1));
        }
        if subject.is_some() {
            kind = "count";
        }
    }
    if kind == "number" && num.fraction {
        // `two-thirds of the members`
        if t.low(end) == Some("of") {
            subject = subject_after(t, end, false, false);
        }
    }

    // `27-member bloc`, `10-point plan`: a count of what the hyphenated noun names.
    let mut hyphen_count = false;
    if kind == "number" && !num.ordinal && !num.fraction && low.is_none() && subject.is_none() {
        let hyphen_noun = glued_hyphen(t, end).is_some();
        let word = t.low(end + 1).unwrap_or("");
        // `7-Eleven`: a digit joined to a capitalised number word is a name.
        if hyphen_noun && lex.numbers.contains_key(word) && t.capitalised(end + 1) {
            return Step::Skip(end + 2);
        }
        if hyphen_noun
            && !lex.numbers.contains_key(word)
            && !lex.subject_stop.contains(word)
            && word != "old"
            // `one-off`, `a one-time fee`, `one-way`: idioms, not counts of one.
            && !(num.lone_one
                && matches!(
                    word,
                    "off" | "time" | "way" | "sided" | "man" | "woman" | "party" | "stop" | "size"
                        | "shot" | "liner" | "on" | "horse" | "hit" | "note" | "of" | "in"
                        | "third" | "half" | "quarter" | "fifth" | "tenth" | "sixth"
                ))
        {
            hyphen_count = true;
            kind = "count";
            // `a 12,000-strong force` counts the force's members.
            subject = if word == "strong" {
                noun_phrase(t, end + 2)
            } else {
                Some((end + 1, end + 2))
            };
            end += 2;
        }
    }

    // Word numbers that are not figures.
    if bare && num.words {
        if let Some(next) = word_not_a_figure(t, &num, end, subject, hyphen_count) {
            return Step::Skip(next);
        }
    }
    // `a third-party candidate`, `first-degree murder`, `second-hand cars`: an ordinal glued to
    // a noun of kind or quality is an idiom, no rank.
    if kind == "ordinal"
        && glued_hyphen(t, end).is_some()
        && matches!(
            t.low(end + 1),
            Some("party" | "degree" | "hand" | "class" | "rate" | "person" | "string")
        )
    {
        return Step::Skip(end + 2);
    }
    // `July 17th`, `the 18th`: a day of the month.
    if kind == "ordinal" && t.is_num(num.start) && day_of_month(t, &num, end, subject) {
        return Step::Skip(end);
    }

    // `One day, she said, …`, `One day we will …`: an indefinite time, not a duration.
    if kind == "duration"
        && num.lone_one
        && unit.as_deref() == Some("day")
        && t.sentence_initial(num.start)
        && (t.is_sym(end, &[","])
            || matches!(
                t.low(end),
                Some("i" | "we" | "you" | "he" | "she" | "it" | "they" | "the")
            ))
    {
        return Step::Skip(end);
    }
    // Age: `five years old`, `18 months of age`.
    if kind == "duration" {
        let hyphen_old = t.is_sym(end, &["-"]) && t.glued(end) && t.low(end + 1) == Some("old");
        let of_age = t.low(end) == Some("of") && t.low(end + 1) == Some("age");
        if t.low(end) == Some("old") {
            end += 1;
        } else if hyphen_old || of_age {
            end += 2;
        }
        // `a 34-year-old man`: the hyphenated age describes the noun after it.
        if hyphen_old && subject.is_none() {
            subject = noun_phrase(t, end);
        }
    }

    // `300,000 barrels of oil a day`, `40 tonnes per hour`, `12 flights a week`: a quantity or a
    // count per period, after the unit or its `of` complement; the span stays the amount. A
    // duration too, directly, in a longer period (`six days a week`, `two to three hours a
    // day`; not `a year a day`).
    let mut next = end;
    let duration_per = kind == "duration" && !adjectival;
    if (matches!(kind, "quantity" | "count") || duration_per) && per.is_none() {
        let after = subject.map_or(end, |(_, b)| b.max(end));
        let found = if duration_per {
            rate_period(t, end).filter(|(name, _)| {
                let rank = |u: &str| {
                    [
                        "second",
                        "minute",
                        "hour",
                        "morning",
                        "evening",
                        "day",
                        "night",
                        "weekend",
                        "week",
                        "fortnight",
                        "month",
                        "quarter",
                        "season",
                        "year",
                        "decade",
                        "century",
                    ]
                    .iter()
                    .position(|x| *x == u)
                };
                matches!((unit.as_deref().and_then(rank), rank(name)), (Some(a), Some(b)) if a < b)
            })
        } else {
            rate_period(t, end).or_else(|| rate_period(t, after))
        };
        if let Some((name, e2)) = found {
            per = Some(name);
            next = e2;
        }
    }

    let (mut qualifier, mut change) = qualifier_and_change(t, i);
    if kind == "duration"
        && qualifier == Some("more_than")
        && matches!(prev_low(t, i), Some("over"))
        && !age_bounded
    {
        qualifier = None; // `over three years` is a period (`people over 75` is older)
    }
    if plus {
        qualifier = qualifier_after_number(qualifier, "at_least");
    }
    if let Some(q) = post_qualifier(t, end) {
        // `about 500 or more`: the stated bound says more than the hedge.
        qualifier = qualifier_after_number(qualifier, q);
    }
    if change.is_none() {
        if let Some((a, _)) = subject {
            let head = t.low(a).unwrap_or("");
            change = lex.change_after.get(head).copied();
        }
    }
    if change.is_some() && qualifier.is_none() {
        qualifier = change;
    }

    let (s, e) = bytes(t, i, span_end.unwrap_or(end));
    let number_span = bytes(t, num.start, last_num.end);
    // `35 cents` is 0.35 dollars, not 0.35000000000000003.
    let scale = |v: f64| {
        if factor == 1.0 {
            v
        } else {
            format!("{:.12e}", v * factor).parse().unwrap_or(v * factor)
        }
    };
    Step::Found(
        Figure {
            kind,
            start: s,
            end: e,
            number: number_span,
            value: value.map(scale),
            low: low.map(scale),
            high: high.map(scale),
            unit,
            qualifier,
            change,
            subject: subject.map(|(a, b)| bytes(t, a, b)),
            per,
        },
        next.max(end),
    )
}

/// Whether a bare number (no unit, currency or percent) from `num` to `last_num` (the second
/// number of a range, else `num`), ending at atom `end`, is no figure but a clock time, date,
/// year, code, telephone number, address or name; the index to go on from if so.
fn not_a_figure(t: &Text, num: &Num, last_num: &Num, end: usize, ranged: bool) -> Option<usize> {
    let lex = lexicon();
    if let Some((_, e)) = lex.clock.forward(t, end) {
        return Some(e);
    }
    if t.is_sym(end, &[":"]) && t.is_num(end + 1) {
        return Some(end + 2);
    }
    // `18 and 19 June`
    let joined_month = matches!(t.low(end), Some("and" | "or" | "to" | "-" | "–"))
        && (t.is_num(end + 1) || t.is_word(end + 1))
        && is_month(t, end + 2);
    // `May 6 and 7`, `June 3-5`: the second day after a month and its first day.
    let second_day = t.is_num(num.start)
        && num.value <= 31.0
        && num.start.checked_sub(2).is_some_and(|d| {
            matches!(
                t.low(d + 1),
                Some("and" | "or" | "to" | "through" | "-" | "–")
            ) && t.is_num(d)
                && prev_word(t, d).is_some_and(|m| is_month(t, m))
        });
    if prev_word(t, num.start).is_some_and(|k| is_month(t, k))
        || is_month(t, end)
        || (t.low(end) == Some("of") && is_month(t, end + 1))
        || joined_month
        || second_day
    {
        return Some(end);
    }
    // `3 in the morning`, `five in the afternoon`, `half past seven`
    if t.low(end) == Some("in")
        && t.low(end + 1) == Some("the")
        && matches!(t.low(end + 2), Some("morning" | "afternoon" | "evening"))
    {
        return Some(end + 3);
    }
    if matches!(t.low(num.start), Some("half" | "quarter"))
        && matches!(t.low(end), Some("past" | "to"))
        && num.words
    {
        return Some(end + 2);
    }
    let year = |n: &Num| n.plain_int && n.digits == 4 && (1900.0..=2099.0).contains(&n.value);
    if ranged && year(num) && (year(last_num) || last_num.plain_int && last_num.digits == 2) {
        return Some(end); // `1995 to 1997`, `2024-25`
    }
    if t.is_num(num.start) && !ranged {
        let prev = prev_word(t, num.start);
        if let Some(p) = prev {
            let pw = t.low(p).unwrap_or("");
            // `junction 3`; `junctions 14 and 15`, both names.
            let named = lex.identifier_before.contains(pw)
                || pw
                    .strip_suffix('s')
                    .is_some_and(|w| w.len() > 2 && lex.identifier_before.contains(w));
            if named && !t.glued(num.start) {
                if matches!(t.low(end), Some("and" | "or" | "to" | "-" | "–")) && t.is_num(end + 1)
                {
                    return Some(end + 2);
                }
                return Some(end);
            }
            let possessive = pw.ends_with("'s") || pw.ends_with("’s");
            // `iOS 18`, `macOS 15`: a name with a capital inside.
            let inner_capital = t.raw(p).is_some_and(|w| {
                w.chars().skip(1).any(char::is_uppercase)
                    && w.chars().next().is_some_and(char::is_lowercase)
            });
            if (t.capitalised(p) || inner_capital)
                && !t.sentence_initial(p)
                && !possessive
                && p + 1 == num.start
                && !num.ordinal
                && lex.qualifiers.backward(t, p + 1).is_none()
            {
                return Some(end);
            }
        }
        if t.is_sym(num.start.wrapping_sub(1), &["#", "№"]) {
            return Some(end);
        }
        // `call 999`, `dial 111`, `or 111` after such a number: a telephone number.
        let phone_verb = |k: usize| {
            t.low(k).is_some_and(|w| {
                matches!(
                    w,
                    "call"
                        | "calling"
                        | "called"
                        | "dial"
                        | "dialled"
                        | "dialed"
                        | "dialling"
                        | "ring"
                        | "text"
                        | "phone"
                )
            })
        };
        if num.plain_int && num.digits >= 3 && prev.is_some_and(|p| p + 1 == num.start) {
            let p = num.start - 1;
            let after_or = matches!(t.low(p), Some("or" | "and"))
                && (p.saturating_sub(8)..p).any(|k| phone_verb(k) && t.is_num(k + 1));
            let noun_after = noun_phrase(t, end).is_some();
            if (phone_verb(p) || after_or) && !noun_after {
                return Some(end);
            }
        }
        // `1) The race…`: a list marker.
        if num.plain_int
            && line_break_at(t, num.start)
            && t.is_sym(end, &[")", "."])
            && t.glued(end)
        {
            return Some(end + 1);
        }
        // Long digit strings without separators are identifiers or timestamps, and so is a
        // number in an attribute (`id="778257"`).
        if num.plain_int && num.digits >= 9 {
            return Some(end);
        }
        if t.is_sym(num.start.wrapping_sub(1), &["\"", "'"])
            && t.is_sym(num.start.wrapping_sub(2), &["="])
        {
            return Some(end);
        }
        // `131 West 23rd Street`
        // `221B Baker Street`: a house number with a letter reads as a scale.
        let house = num.plain_int || (num.scale > 1.0 && !num.words && t.glued(num.end - 1));
        if house && t.capitalised(end) {
            let street = (end..end + 4).any(|k| {
                t.low(k).is_some_and(|w| {
                    lex.street.contains(w)
                        || (lex.street.contains(format!("{w}.").as_str())
                            && t.is_sym(k + 1, &["."]))
                }) && t.capitalised(k)
            });
            if street {
                return Some(end);
            }
        }
        let year_like = num.plain_int && num.digits == 4 && (1000.0..=2199.0).contains(&num.value);
        if year_like {
            let after_year_word =
                prev.is_some_and(|p| t.low(p).is_some_and(|w| lex.year_before.contains(w)));
            let modern = (1900.0..=2099.0).contains(&num.value);
            // News writes `2,000 troops`, so a bare `2016` is a year; an older
            // four-digit number counts something when a lowercase plural follows.
            let counted = noun_phrase(t, end).is_some_and(|(a, _)| {
                !t.capitalised(a) && t.low(a).is_some_and(|w| w.ends_with('s') || w == "people")
            });
            if after_year_word || modern || !counted {
                return Some(end);
            }
        }
    }
    if num.words {
        let first = num.start;
        let capital = t.capitalised(first);
        if capital && !t.sentence_initial(first) && !matches!(t.low(first), Some("a" | "an")) {
            return Some(end); // `Formula One`, `First Lady`, `Group of Seven`
        }
        if num.ordinal && capital && t.is_word(end) && t.capitalised(end) && t.low(end) != Some("i")
        {
            return Some(end); // `First Lady Olena Zelenska` opening a sentence
        }
    }
    None
}

/// Whether a bare number in words (`one`, `first`, `half`) ending at atom `end` is no figure:
/// a name (`platform nine`), a pronoun (`the one who`, `one official said`), an adverb (`cease
/// first`), a unit (`per second`) or a word part (`half-time`); the index to go on from if so.
fn word_not_a_figure(
    t: &Text,
    num: &Num,
    end: usize,
    subject: Option<(usize, usize)>,
    hyphen_count: bool,
) -> Option<usize> {
    let lex = lexicon();
    let prev = prev_low(t, num.start).unwrap_or("");
    // `platform nine`, `gate seven`: a name, as `platform 9` is.
    if lex.identifier_before.contains(prev) && subject.is_none() && !num.ordinal {
        return Some(end);
    }
    if num.lone_one && !hyphen_count {
        let pronoun_before = matches!(
            prev,
            "the"
                | "this"
                | "that"
                | "which"
                | "any"
                | "each"
                | "every"
                | "no"
                | "another"
                | "a"
                | "one"
                | "last"
                | "only"
                | "little"
                | "new"
                | "old"
                | "big"
                | "right"
                | "wrong"
                | "other"
                | "next"
                | "same"
                | "such"
                | "first"
                | "current"
                | "previous"
                | "someone"
                | "anyone"
                | "everyone"
                | "no-one"
                | "single"
                | "better"
                | "best"
                | "good"
                | "final"
        );
        let pronoun_after = matches!(
            t.low(end),
            Some(
                "of" | "another" | "who" | "that" | "which" | "'s" | "’s" | "day" | "by" | "thing"
            )
        );
        // `at one point`, `at one stage`: an idiom of time.
        let at_one = prev == "at" && matches!(t.low(end), Some("point" | "stage" | "time"));
        if pronoun_before || pronoun_after || subject.is_none() || at_one {
            return Some(end);
        }
        // `one official said`, `one resident told reporters`: an unnamed source, not a count
        // of one; `one book after another` is a sequence. (`One person was killed` stays.)
        if let Some((_, b)) = subject {
            // `One resident, who asked not to be named, said`: past a clause in commas.
            let after_clause = if t.is_sym(b, &[","]) {
                (b + 1..b + 16)
                    .find(|&k| t.is_sym(k, &[",", "."]) || line_break_at(t, k))
                    .filter(|&k| t.is_sym(k, &[","]))
                    .map_or(b, |k| k + 1)
            } else {
                b
            };
            let source = [b, after_clause]
                .iter()
                .any(|&k| t.low(k).is_some_and(|w| lex.speech_verbs.contains(w)));
            let sequence = t.low(b) == Some("after") && t.low(b + 1) == Some("another");
            if source || sequence {
                return Some(end);
            }
        }
    }
    // `per second`, `a split second`: the unit, not a rank.
    if num.ordinal
        && t.low(num.start) == Some("second")
        && matches!(prev, "per" | "a" | "each" | "every" | "split")
    {
        return Some(end);
    }
    if num.ordinal && t.low(end) == Some("to") && t.low(end + 1) == Some("last") {
        return Some(end + 2); // `second to last` is a relative position
    }
    // `the second half of next year`, `the first quarter of 2027`: a part of a time
    // expression, not a rank.
    if num.ordinal
        && matches!(t.low(end), Some("half" | "quarter"))
        && t.low(end + 1) == Some("of")
        && time_after_of(t, end + 2)
    {
        return Some(end + 1);
    }
    if num.ordinal
        && t.low(end)
            .is_some_and(|w| lex.title_after_ordinal.contains(w))
    {
        return Some(end + 1); // `first lady`
    }
    if num.ordinal && t.low(num.start) == Some("first") {
        let determiner = matches!(
            prev,
            "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "a"
                | "an"
                | "this"
                | "whose"
        );
        let modal = matches!(
            prev,
            "would"
                | "will"
                | "must"
                | "should"
                | "could"
                | "can"
                | "may"
                | "might"
                | "to"
                | "did"
                | "had"
                | "has"
                | "have"
                | "was"
                | "were"
                | "is"
                | "are"
        );
        if (subject.is_none() && !determiner) || modal {
            return Some(end); // adverbial `first`: `cease first`, `would first review`
        }
    }
    // `half-time`, `half-brother`, `quarter-final`: a word part, not a fraction.
    if num.fraction
        && num.end == num.start + 1
        && glued_hyphen(t, end).is_some()
        && lex.units.forward(t, end + 1).is_none()
    {
        return Some(end + 2);
    }
    if t.low(num.start) == Some("half")
        && matches!(
            prev,
            "the"
                | "first"
                | "second"
                | "latter"
                | "former"
                | "other"
                | "this"
                | "that"
                | "its"
                | "his"
                | "her"
                | "their"
                | "better"
        )
    {
        return Some(end);
    }
    None
}

/// `a decade`, `an hour` after `for`, `within`, `more than`...: a duration of one unit.
fn a_unit(t: &Text, i: usize) -> Step {
    let lex = lexicon();
    // `over the next decade`, `in the past century`: a period of one long unit.
    let the_next = matches!(t.low(i), Some("next" | "past" | "last" | "coming"))
        && prev_low(t, i) == Some("the");
    if !matches!(t.low(i), Some("a" | "an")) && !the_next {
        return Step::Skip(i + 1);
    }
    // `by a full percentage point`, `a basis point`: one of a difference unit.
    if !the_next {
        let k = i + 1 + usize::from(matches!(t.low(i + 1), Some("full" | "whole")));
        if let Some((unit, e)) = difference_unit(t, k) {
            let (qualifier, change) = qualifier_and_change(t, i);
            let (s, en) = bytes(t, i, e);
            return Step::Found(
                Figure {
                    kind: "percent",
                    start: s,
                    end: en,
                    number: bytes(t, i, i + 1),
                    value: Some(1.0),
                    unit: Some(unit.to_owned()),
                    qualifier,
                    change,
                    ..Default::default()
                },
                e,
            );
        }
    }
    let Some((phrase, e)) = lex.units.forward(t, i + 1) else {
        return Step::Skip(i + 1);
    };
    let unit = &lex.unit_list[phrase.value];
    // `an hour and a half`, `a mile and a half`: one and a half of the unit.
    if t.low(e) == Some("and")
        && t.low(e + 1) == Some("a")
        && t.low(e + 2) == Some("half")
        && !the_next
        && !phrase.glued_only
        && unit.class != UnitClass::Temperature
    {
        let (qualifier, _) = qualifier_and_change(t, i);
        let (s, en) = bytes(t, i, e + 3);
        return Step::Found(
            Figure {
                kind: unit_kind(unit),
                start: s,
                end: en,
                number: bytes(t, i, e + 3),
                value: Some(1.5),
                unit: Some(unit.name.clone()),
                qualifier,
                ..Default::default()
            },
            e + 3,
        );
    }
    // `a gallon of milk`, `a tonne of wheat`: one of a unit of measure (not `a ton of work`).
    if unit.class != UnitClass::Duration
        && unit.class != UnitClass::Temperature
        && !phrase.glued_only
        && !the_next
        && t.low(e) == Some("of")
        && !matches!(t.low(e - 1), Some("ton" | "tons" | "pound" | "pounds"))
    {
        let (qualifier, _) = qualifier_and_change(t, i);
        let (s, en) = bytes(t, i, e);
        return Step::Found(
            Figure {
                kind: "quantity",
                start: s,
                end: en,
                number: bytes(t, i, i + 1),
                value: Some(1.0),
                unit: Some(unit.name.clone()),
                qualifier,
                subject: subject_after(t, e, false, false).map(|(a, b)| bytes(t, a, b)),
                ..Default::default()
            },
            e,
        );
    }
    if unit.class != UnitClass::Duration || phrase.glued_only {
        return Step::Skip(i + 1);
    }
    // `a second day` is a rank, not a second of time.
    if unit.name == "second" && t.is_word(e) && !matches!(t.low(e), Some("of" | "and" | "or")) {
        return Step::Skip(e);
    }
    let long = matches!(
        unit.name.as_str(),
        "decade" | "century" | "fortnight" | "millennium"
    );
    let prev = prev_low(t, i).unwrap_or("");
    let period = matches!(
        prev,
        "for"
            | "within"
            | "over"
            | "nearly"
            | "almost"
            | "about"
            | "than"
            | "least"
            | "under"
            | "half"
            | "around"
            | "roughly"
    );
    let relative = matches!(
        t.low(e),
        Some("ago" | "earlier" | "later" | "before" | "after" | "from")
    );
    if !(long || period) || relative || t.is_num(i.wrapping_sub(1)) || (the_next && !long) {
        return Step::Skip(e);
    }
    let (mut qualifier, _) = qualifier_and_change(t, i);
    if prev == "over" {
        qualifier = None; // `over a decade` is a period, as `over three years` is
    }
    let (s, en) = bytes(t, i, e);
    Step::Found(
        Figure {
            kind: "duration",
            start: s,
            end: en,
            number: bytes(t, i, i + 1),
            value: Some(1.0),
            unit: Some(unit.name.clone()),
            qualifier,
            ..Default::default()
        },
        e,
    )
}

/// The qualifier before a figure starting at atom `i` (`about`, `more than`, `within`) and the
/// direction of a change (`rose 5%`, `fell by $2bn`, `up 3%`).
fn qualifier_and_change(t: &Text, i: usize) -> (Option<&'static str>, Option<&'static str>) {
    let lex = lexicon();
    let mut k = i;
    let mut range_word = false;
    if matches!(prev_low(t, k), Some("between" | "from")) && prev_word(t, k) == Some(k - 1) {
        k -= 1;
        range_word = true;
    }
    let mut qualifier = None;
    if let Some((phrase, start)) = lex.qualifiers.backward(t, k) {
        // `splits over $48 million plan`, `concerns over 200 job cuts`: a topic, not a bound.
        let topic_over = t.low(start) == Some("over")
            && prev_low(t, start).is_some_and(|w| lex.topic_over.contains(w));
        if !line_break_at(t, k) && !topic_over {
            qualifier = Some(phrase.value);
            k = start;
        }
    }
    let mut change = None;
    let mut p = k;
    if p > 0 && t.low(p - 1) == Some("by") {
        p -= 1;
    }
    if p > 0 && t.is_word(p - 1) && !line_break_at(t, p) && !range_word {
        // `made up less than a fifth of revenue`: `make up` is a share, no rise (not `ended up
        // 5%`, which closed higher)
        let make_up = t.low(p - 1) == Some("up")
            && p > 1
            && matches!(t.low(p - 2), Some("make" | "makes" | "made" | "making"));
        if let Some(d) = t
            .low(p - 1)
            .and_then(|w| lex.change_before.get(w))
            .filter(|_| !make_up)
        {
            change = Some(*d);
        }
    }
    // `an increase of 5%`
    if change.is_none() && !range_word && k > 1 && t.low(k - 1) == Some("of") {
        if let Some(d) = t.low(k - 2).and_then(|w| lex.change_after.get(w)) {
            change = Some(*d);
        }
    }
    (qualifier, change)
}

/// A number starting at atom `k`, if any.
fn number_after(t: &Text, k: usize) -> Option<Num> {
    match number::parse(t, k, false) {
        Parsed::Yes(n) => Some(n),
        _ => None,
    }
}

/// A qualifier after the number (`2,000-plus`, `about 500 or more`) replaces none or a hedge
/// before it (`about`).
fn qualifier_after_number(
    qualifier: Option<&'static str>,
    bound: &'static str,
) -> Option<&'static str> {
    match qualifier {
        None | Some("approximate") => Some(bound),
        other => other,
    }
}

/// `or more`, `or less`, `or so` after a figure.
fn post_qualifier(t: &Text, end: usize) -> Option<&'static str> {
    if !matches!(t.low(end), Some("or" | "and")) {
        return None;
    }
    match t.low(end + 1)? {
        "more" | "above" | "over" | "greater" | "higher" => Some("at_least"),
        "less" | "fewer" | "below" | "under" | "lower" => Some("at_most"),
        "so" if t.low(end) == Some("or") => Some("approximate"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(span, kind, value, unit, qualifier, subject)` of a figure.
    type Row = (
        String,
        &'static str,
        Option<f64>,
        Option<String>,
        Option<&'static str>,
        Option<String>,
    );

    fn figures(text: &str) -> Vec<Row> {
        scan(text)
            .into_iter()
            .map(|f| {
                let subject = f.subject.map(|(s, e)| text[s..e].to_owned());
                (
                    text[f.start..f.end].to_owned(),
                    f.kind,
                    f.value,
                    f.unit,
                    f.qualifier,
                    subject,
                )
            })
            .collect()
    }

    /// `(span, kind, subject)` of a figure, the subject empty when there is none.
    type KindAndSubject = (String, &'static str, String);

    fn kinds_and_subjects(text: &str) -> Vec<KindAndSubject> {
        figures(text)
            .into_iter()
            .map(|f| (f.0, f.1, f.5.unwrap_or_default()))
            .collect()
    }

    fn row(span: &str, kind: &'static str, subject: &str) -> KindAndSubject {
        (span.to_owned(), kind, subject.to_owned())
    }

    fn spans(text: &str) -> Vec<String> {
        figures(text).into_iter().map(|f| f.0).collect()
    }

    /// A figure's span, low end, high end (or value) and unit.
    type EndsAndUnit = (String, Option<f64>, Option<f64>, Option<String>);

    fn ends_and_unit(text: &str) -> Vec<EndsAndUnit> {
        scan(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.start..f.end].to_owned(),
                    f.low,
                    f.high.or(f.value),
                    f.unit,
                )
            })
            .collect()
    }

    #[test]
    fn money_in_several_forms() {
        let found = figures("They paid $90 billion, €2.5bn, USD 34.6 million, 90 billion dollars, £400,000 and HK$10 million.");
        let units: Vec<_> = found
            .iter()
            .map(|f| (f.2, f.3.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            units,
            [
                (Some(90e9), "USD".to_owned()),
                (Some(2.5e9), "EUR".to_owned()),
                (Some(34.6e6), "USD".to_owned()),
                (Some(90e9), "USD".to_owned()),
                (Some(400_000.0), "GBP".to_owned()),
                (Some(10e6), "HKD".to_owned()),
            ]
        );
    }

    #[test]
    fn cents_are_hundredths() {
        assert_eq!(figures("Brent fell 35 cents.")[0].2, Some(0.35));
    }

    #[test]
    fn subjects() {
        let found = figures(
            "A $90 billion arms deal, a 40-minute phone call, and the attack killed 12 people.",
        );
        let subjects: Vec<_> = found
            .iter()
            .map(|f| f.5.clone().unwrap_or_default())
            .collect();
        assert_eq!(subjects, ["arms deal", "phone call", "people"]);
        assert_eq!(found[2].1, "count");
    }

    #[test]
    fn qualifiers_and_changes() {
        let found = figures("within ten days, more than 200 witnesses, up to 700 workers, sales rose 5% and fell by $2bn");
        let q: Vec<_> = found.iter().map(|f| f.4).collect();
        assert_eq!(
            q,
            [
                Some("at_most"),
                Some("more_than"),
                Some("at_most"),
                Some("up"),
                Some("down")
            ]
        );
    }

    #[test]
    fn over_after_a_dispute_is_a_topic() {
        let found = figures(
            "Council splits over $48 million harbour plan. Concerns over 200 job cuts grew. \
             Over 200 people came and costs rose to over $5bn.",
        );
        let q: Vec<_> = found.iter().map(|f| f.4).collect();
        assert_eq!(q, [None, None, Some("more_than"), Some("more_than")]);
    }

    #[test]
    fn ranges() {
        let found = scan("between 5 and 6 kg, 10-15 drones, from $2 billion to $3 billion");
        let r: Vec<_> = found.iter().map(|f| (f.low, f.high, f.value)).collect();
        assert_eq!(
            r,
            [
                (Some(5.0), Some(6.0), None),
                (Some(10.0), Some(15.0), None),
                (Some(2e9), Some(3e9), None)
            ]
        );
    }

    #[test]
    fn not_figures() {
        assert!(spans(
            "On Aug. 18, 2025 at 5 p.m., after 9/11, the G7 discussed COVID-19 and F-16 jets."
        )
        .is_empty());
        assert!(spans("Call 555-1234. The team won 3-2 in the 2024-25 season.").is_empty());
        assert!(spans("The one who left was no one. One of them said so.").is_empty());
        assert!(spans(
            "Ukrainian First Lady Olena Zelenska and Formula One; hostilities must cease first."
        )
        .is_empty());
        assert!(spans("See https://example.com/a?b=30%25 for details.").is_empty());
    }

    #[test]
    fn words_and_fractions() {
        let found = figures("forty-two students, a hundred and twenty teachers, two-thirds of voters, half a million people");
        let v: Vec<_> = found
            .iter()
            .map(|f| f.2.map(|v| (v * 1000.0).round() / 1000.0))
            .collect();
        assert_eq!(v, [Some(42.0), Some(120.0), Some(0.667), Some(500_000.0)]);
    }

    #[test]
    fn durations_and_quantities() {
        let found = figures(
            "two and a half hours, 18 months, a decade, 120 km, 40 degrees Celsius, 3,000 barrels",
        );
        let u: Vec<_> = found
            .iter()
            .map(|f| f.3.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            u,
            [
                "hour",
                "month",
                "decade",
                "kilometre",
                "degree Celsius",
                "barrel"
            ]
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(spans("the first visit and the 3rd round"), ["first", "3rd"]);
    }

    #[test]
    fn spans_survive_odd_text() {
        for text in [
            "€",
            "$",
            "-",
            "1/",
            "½",
            "a",
            "£5½",
            "3.",
            "٣ € 5",
            "“5”",
            "e5",
            "1e",
            "x\u{301}5",
        ] {
            for f in scan(text) {
                assert!(
                    text.is_char_boundary(f.start)
                        && text.is_char_boundary(f.end)
                        && f.start <= f.end
                );
            }
        }
    }

    #[test]
    fn addresses_and_joined_bounds_repeated() {
        // Overlapping address markers (`https://www.`) and several joined bounds in a row.
        let text = format!(
            "{}{}",
            "See https://www.example.com/2024/5 or www.a.org/7 for 3 kg. ".repeat(3),
            "More than 10 and less than 40 people, ".repeat(3)
        );
        let scanned = scan(&text);
        let r: Vec<_> = scanned
            .iter()
            .map(|f| (&text[f.start..f.end], f.low, f.high))
            .collect();
        let kg = ("3 kg", None, None);
        let people = ("10 and less than 40", Some(10.0), Some(40.0));
        assert_eq!(r, [kg, kg, kg, people, people, people]);
    }

    #[test]
    fn ratios_are_quotients() {
        let found = figures(
            "One in five adults, nine out of ten doctors and a 3-to-1 margin; 2 in 5 minutes.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
        assert_eq!(
            r,
            [
                ("One in five", Some(0.2)),
                ("nine out of ten", Some(0.9)),
                ("3-to-1", Some(3.0)),
                ("2", Some(2.0)),
                ("5 minutes", Some(5.0)),
            ]
        );
    }

    #[test]
    fn one_as_an_unnamed_source_is_no_count() {
        let found = figures(
            "One official said it was over. One senior diplomat told us. One person was killed.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(r, [("One", "count")]);
        assert_eq!(found[0].5.as_deref(), Some("person"));
    }

    #[test]
    fn glued_celsius_rates_and_code_scales() {
        let found = figures(
            "Highs of 41C and -8C, not 14.7C/ share; 50 metres per second at 5 km/ms; \
             a loss of 75 USD million; 2 kb per second.",
        );
        let r: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.2, f.3.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            r,
            [
                ("41C", Some(41.0), "degree Celsius".to_owned()),
                ("-8C", Some(-8.0), "degree Celsius".to_owned()),
                ("14.7", Some(14.7), String::new()),
                (
                    "50 metres per second",
                    Some(50.0),
                    "metre per second".to_owned()
                ),
                ("5 km/ms", Some(5.0), "kilometre per millisecond".to_owned()),
                ("75 USD million", Some(75e6), "USD".to_owned()),
                (
                    "2 kb per second",
                    Some(2.0),
                    "kilobit per second".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn scales_fractions_of_units_ages_and_vague_measures() {
        let found = figures(
            "A $1.5-billion package; 3m barrels; up by a quarter of a percentage point; \
             people aged 18 to 24; thousands of miles over hundreds of years and tens of \
             thousands of pounds.",
        );
        let r: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.1, f.3.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            r,
            [
                ("$1.5-billion", "money", "USD".to_owned()),
                ("3m barrels", "quantity", "barrel".to_owned()),
                (
                    "a quarter of a percentage point",
                    "percent",
                    "percentage point".to_owned()
                ),
                ("18 to 24", "duration", "year".to_owned()),
                ("thousands of miles", "quantity", "mile".to_owned()),
                ("hundreds of years", "duration", "year".to_owned()),
                ("tens of thousands of pounds", "money", "GBP".to_owned()),
            ]
        );
        assert_eq!(found[0].2, Some(1.5e9));
        assert_eq!(found[1].2, Some(3e6));
        assert_eq!(found[5].4, Some("approximate"));
    }

    #[test]
    fn amounts_in_two_units() {
        let found = figures(
            "He is 6ft 4in, she is 5 feet and 2 inches; it cost 13 dollars and 45 cents; \
             a 30-strong team.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
        assert_eq!(r[0], ("6ft 4in", Some(6.0 + 4.0 / 12.0)));
        assert_eq!(r[1], ("5 feet and 2 inches", Some(5.0 + 2.0 / 12.0)));
        assert_eq!(r[2], ("13 dollars and 45 cents", Some(13.45)));
        assert_eq!(found[3].5.as_deref(), Some("team"));
        let found = figures("He is 5 ft 2 in tall; the wall is 5 ft 3 in the morning sun.");
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
        assert_eq!(
            r,
            // `3 in the morning` is a clock time.
            [("5 ft 2 in", Some(5.0 + 2.0 / 12.0)), ("5 ft", Some(5.0))]
        );
    }

    #[test]
    fn measure_to_measure_is_a_range_unless_a_change() {
        let found = scan(
            "They were given 40 mg to 60 mg. Temperatures ranged from -12 °C to -29 °C. \
             Inflation rose 0.2% to 3.1%.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.low, f.high, f.value)).collect();
        assert_eq!(
            r,
            [
                (Some(40.0), Some(60.0), None),
                (Some(-29.0), Some(-12.0), None),
                (None, None, Some(0.2)),
                (None, None, Some(3.1)),
            ]
        );
    }

    #[test]
    fn fractions_of_a_scale_and_bounds_after_a_hedge() {
        let found = figures("Two-thirds of a million people; about 500 or more came.");
        assert_eq!(found[0].0, "Two-thirds of a million");
        assert!((found[0].2.unwrap_or(0.0) - 2e6 / 3.0).abs() < 1e-6);
        assert_eq!(found[1].4, Some("at_least"));
    }

    #[test]
    fn the_next_decade_is_a_period() {
        let found = figures("Over the next decade, and in the past century; last year.");
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect();
        assert_eq!(
            r,
            [
                ("next decade", "duration", Some(1.0)),
                ("past century", "duration", Some(1.0))
            ]
        );
    }

    #[test]
    fn phone_numbers_and_word_identifiers_are_no_figures() {
        let found =
            figures("Call 0800 555 0199 or 020 7946 0958 from platform nine; 3 050 people came.");
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
        assert_eq!(r, [("3 050", Some(3050.0))]);
    }

    #[test]
    fn a_third_before_a_noun_ranks_and_hyphenated_points() {
        let found = figures(
            "Sales fell for a third straight month; cut by a third; a third said no; \
             a 25-basis-point cut and a 0.5-percentage-point rise.",
        );
        let r: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.1, f.3.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            r,
            [
                ("third", "ordinal", String::new()),
                ("a third", "number", String::new()),
                ("a third", "number", String::new()),
                ("25-basis-point", "percent", "basis point".to_owned()),
                (
                    "0.5-percentage-point",
                    "percent",
                    "percentage point".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn prices_per_unit_and_frequencies() {
        let text = "Gold hit $2,450 an ounce; $15.4/hour; £30 per person; eggs at $4.82 a dozen; \
                    he paid $40 million a year ago. Take it twice a day, four times per week, \
                    once every three weeks.";
        let r: Vec<_> = scan(text)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_owned(), f.value, f.unit, f.per))
            .collect();
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            r,
            [
                ("$2,450".to_owned(), Some(2450.0), s("USD"), s("ounce")),
                ("$15.4".to_owned(), Some(15.4), s("USD"), s("hour")),
                ("£30".to_owned(), Some(30.0), s("GBP"), s("person")),
                ("$4.82".to_owned(), Some(4.82), s("USD"), s("dozen")),
                ("$40 million".to_owned(), Some(4.0e7), s("USD"), None),
                (
                    "twice a day".to_owned(),
                    Some(2.0),
                    s("time per day"),
                    s("day")
                ),
                (
                    "four times per week".to_owned(),
                    Some(4.0),
                    s("time per week"),
                    s("week")
                ),
                ("three weeks".to_owned(), Some(3.0), s("week"), None),
            ]
        );
    }

    #[test]
    fn prices_per_quarter_dose_and_night() {
        let text = "Spending will stay at roughly $600 million a quarter. Injections cost up to \
                    $700 a dose; rooms go for $300 a night. He kept $5 million, a quarter of it \
                    in cash.";
        let r: Vec<_> = scan(text)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_owned(), f.per))
            .collect();
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            r,
            [
                ("$600 million".to_owned(), s("quarter")),
                ("$700".to_owned(), s("dose")),
                ("$300".to_owned(), s("night")),
                ("$5 million".to_owned(), None),
                ("a quarter".to_owned(), None),
            ]
        );
    }

    #[test]
    fn scaled_ranges_and_prices_in_pounds_between_two_numbers() {
        let text = "Savings of 250 million to 300 million euros a year. Tickets are priced \
                    between 30 and 45 pounds. The sacks weigh between 30 and 45 pounds. Jobs fell \
                    from 2 million to 1.5 million.";
        let r = ends_and_unit(text);
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            r,
            [
                (
                    "250 million to 300 million euros".to_owned(),
                    Some(2.5e8),
                    Some(3e8),
                    s("EUR")
                ),
                (
                    "30 and 45 pounds".to_owned(),
                    Some(30.0),
                    Some(45.0),
                    s("GBP")
                ),
                (
                    "30 and 45 pounds".to_owned(),
                    Some(30.0),
                    Some(45.0),
                    s("pound")
                ),
                ("2 million".to_owned(), None, Some(2e6), None),
                ("1.5 million".to_owned(), None, Some(1.5e6), None),
            ]
        );
    }

    #[test]
    fn two_numbers_with_or_before_a_unit_are_a_range() {
        let text = "Staff who gave 20 or 30 years; patients lose eight or ten days; \
                    one or two people; in 2020 or 2021; 10 or 5 km.";
        let r = ends_and_unit(text);
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            r,
            [
                (
                    "20 or 30 years".to_owned(),
                    Some(20.0),
                    Some(30.0),
                    s("year")
                ),
                (
                    "eight or ten days".to_owned(),
                    Some(8.0),
                    Some(10.0),
                    s("day")
                ),
                ("two".to_owned(), None, Some(2.0), None),
                ("10".to_owned(), None, Some(10.0), None),
                ("5 km".to_owned(), None, Some(5.0), s("kilometre")),
            ]
        );
    }

    #[test]
    fn a_half_or_quarter_of_a_year_is_a_time() {
        assert_eq!(
            spans(
                "Results are due in the second half of next year and in the first quarter of \
                 2028; the second half of the match was dull."
            ),
            ["second"]
        );
    }

    #[test]
    fn quantities_and_counts_per_period() {
        let text =
            "Output rose to 300,000 barrels of oil a day. The plant burns 40 tonnes of coal \
                    per hour. The airline runs 12 flights a week. Farmers lose 5 tonnes each year. \
                    It shipped 20 tonnes a year ago. Crews laid 3 km every month.";
        let r: Vec<_> = scan(text)
            .into_iter()
            .map(|f| {
                (
                    text[f.start..f.end].to_owned(),
                    f.kind,
                    f.value,
                    f.unit,
                    f.per,
                )
            })
            .collect();
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            r,
            [
                (
                    "300,000 barrels".to_owned(),
                    "quantity",
                    Some(300_000.0),
                    s("barrel"),
                    s("day")
                ),
                (
                    "40 tonnes".to_owned(),
                    "quantity",
                    Some(40.0),
                    s("tonne"),
                    s("hour")
                ),
                ("12".to_owned(), "count", Some(12.0), None, s("week")),
                (
                    "5 tonnes".to_owned(),
                    "quantity",
                    Some(5.0),
                    s("tonne"),
                    s("year")
                ),
                (
                    "20 tonnes".to_owned(),
                    "quantity",
                    Some(20.0),
                    s("tonne"),
                    None
                ),
                (
                    "3 km".to_owned(),
                    "quantity",
                    Some(3.0),
                    s("kilometre"),
                    s("month")
                ),
            ]
        );
    }

    #[test]
    fn money_ranges_units_with_articles_and_spaced_unit_symbols() {
        let found = figures(
            "Losses could reach $35 billion to $50 billion; crude fell $1.20 to $78.40. \
             A gallon of milk, a ton of work. 180,000 t of ore, 2 1/2 in thick, 14 mGy, \
             a 5,000 mAh battery, a pint of milk. The river peaked at 5.8 m on Tuesday; the firm \
             has 5.8 m customers; 12 m 2 dm. Men aged between 19 and 23, died at age 87, a 64 yo man. She finished between the ninth and the \
             twelfth; indium rose from about $410 per kg to $720 per kg.",
        );
        let r: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.2, f.3.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            r,
            [
                ("$35 billion to $50 billion", None, "USD".to_owned()),
                ("$1.20", Some(1.2), "USD".to_owned()),
                ("$78.40", Some(78.4), "USD".to_owned()),
                ("A gallon", Some(1.0), "gallon".to_owned()),
                ("180,000 t", Some(180000.0), "tonne".to_owned()),
                ("2 1/2 in", Some(2.5), "inch".to_owned()),
                ("14 mGy", Some(14.0), "milligray".to_owned()),
                ("5,000 mAh", Some(5000.0), "milliampere hour".to_owned()),
                ("a pint", Some(1.0), "pint".to_owned()),
                ("5.8 m", Some(5.8), "metre".to_owned()),
                ("5.8", Some(5.8), String::new()),
                ("12 m", Some(12.0), "metre".to_owned()),
                ("2 dm", Some(2.0), "decimetre".to_owned()),
                ("19 and 23", None, "year".to_owned()),
                ("87", Some(87.0), "year".to_owned()),
                ("64 yo", Some(64.0), "year".to_owned()),
                ("ninth and the twelfth", None, String::new()),
                ("$410 per kg to $720", None, "USD".to_owned()),
            ]
        );
    }

    #[test]
    fn idioms_word_parts_codes_and_short_phone_numbers_are_no_figures() {
        let found = figures(
            "At one point they led at half-time. The COP29 summit. Call 999 or 111 now. \
             The patient in bed 12 went to ward 4B near junction 3. They called 120 witnesses. \
             The M6 was shut between junctions 14 and 15. Apple released iOS 18; the stage 4 \
             cancer drug.",
        );
        let r: Vec<_> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(r, ["120"]);
    }

    #[test]
    fn ages_in_apposition_names_and_joined_bounds() {
        let found = figures(
            "Donald Trump, 78, won. On Monday, 5, came. A 7-Eleven store. More than 10 and less \
             than 40 people; at least 5 but no more than 8 kg; more than 40 and less than 10.",
        );
        let r: Vec<_> = found
            .iter()
            .map(|f| (f.0.as_str(), f.1, f.3.clone().unwrap_or_default(), f.4))
            .collect();
        assert_eq!(
            r,
            [
                ("78", "duration", "year".to_owned(), None),
                ("5", "number", String::new(), None),
                ("10 and less than 40", "count", String::new(), None),
                (
                    "5 but no more than 8 kg",
                    "quantity",
                    "kilogram".to_owned(),
                    None
                ),
                ("40", "number", String::new(), Some("more_than")),
                ("10", "number", String::new(), Some("less_than")),
            ]
        );
    }

    #[test]
    fn plus_one_day_and_house_numbers() {
        let found = figures(
            "Officials reported 2,000-plus cases; 2 plus 2. One day, she said, it would end. \
             One day of talks. She lives at 221B Baker Street.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.4)).collect();
        assert_eq!(
            r,
            [
                ("2,000", Some("at_least")),
                ("2", None),
                ("2", None),
                ("One day", None)
            ]
        );
    }

    #[test]
    fn a_couple_of_a_scale_and_bond_maturities() {
        let found = figures(
            "A couple of hundred protesters, a couple of dozen MPs, a couple of thousand dollars \
             and a couple of people; the 10-year yield and 30-year Treasuries; a five-year plan.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
        assert_eq!(
            r,
            [
                ("A couple of hundred", Some(200.0)),
                ("a couple of dozen", Some(24.0)),
                ("a couple of thousand dollars", Some(2000.0)),
                ("five-year", Some(5.0)),
            ]
        );
    }

    #[test]
    fn one_before_a_hyphenated_noun_sources_after_a_clause_and_later_years() {
        let found = figures(
            "A one-off payment for a one-bedroom flat. One resident, who asked not to be named, \
             said it rose. Prices have risen by a fifth since 2021. Seas rise by 2100. The \
             pilot, 52, and two passengers escaped.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect();
        assert_eq!(
            r,
            [
                ("one-bedroom", "count", Some(1.0)),
                ("a fifth", "number", Some(0.2)),
                ("52", "duration", Some(52.0)),
                ("two", "count", Some(2.0)),
            ]
        );
    }

    #[test]
    fn an_hour_and_a_half_and_over_a_decade() {
        let found = figures(
            "The journey takes an hour and a half; the deal runs over a decade; a \
             two-and-a-half-hour meeting; a mile and a half; the 6-foot-4 forward.",
        );
        let r: Vec<_> = found.iter().map(|f| (f.0.as_str(), f.2, f.4)).collect();
        assert_eq!(
            r,
            [
                ("an hour and a half", Some(1.5), None),
                ("a decade", Some(1.0), None),
                ("two-and-a-half-hour", Some(2.5), None),
                ("a mile and a half", Some(1.5), None),
                ("6-foot-4", Some(6.0 + 4.0 / 12.0), None)
            ]
        );
    }

    #[test]
    fn second_dogfood_subjects_casualties_and_ages() {
        assert_eq!(
            kinds_and_subjects("The board must refund $80,000 within six weeks."),
            [
                row("$80,000", "money", ""),
                row("six weeks", "duration", "")
            ]
        );
        assert_eq!(
            kinds_and_subjects("Profits fell for a fourth straight season, short of the 2.7 billion dollars investors had hoped for."),
            [row("fourth", "ordinal", "season"), row("2.7 billion dollars", "money", "")]
        );
        assert_eq!(
            kinds_and_subjects("A 9 million euro contract went to 3 more firms."),
            [
                row("9 million euro", "money", "contract"),
                row("3", "count", "firms")
            ]
        );
        assert_eq!(
            kinds_and_subjects(
                "Police said nine of their officers were hurt and 14 injured in the clashes."
            ),
            [
                row("nine", "count", "officers"),
                row("14", "count", "injured")
            ]
        );
        assert_eq!(
            kinds_and_subjects("Anna Maria Blom, 47, and the driver, 52, were released."),
            [
                row("47", "duration", "Anna Maria Blom"),
                row("52", "duration", "driver")
            ]
        );
        assert_eq!(
            kinds_and_subjects(
                "It played to a crowd of 18,200 in a town with a population of 40,000 people."
            ),
            [
                row("18,200", "count", "crowd"),
                row("40,000", "count", "people")
            ]
        );
        assert_eq!(
            kinds_and_subjects("Fares stay frozen for two more years and the road needs 40 extra tonnes of gravel."),
            [row("two more years", "duration", ""), row("40 extra tonnes", "quantity", "gravel")]
        );
        let text = "The side lost three of their last four games and two of the 12 finals.";
        assert_eq!(
            kinds_and_subjects(text),
            [
                row("three", "count", "games"),
                row("four", "count", "games"),
                row("two", "count", "finals"),
                row("12", "count", "finals"),
            ]
        );
        let found = figures("Users slept 1.5 fewer broken nights a week on average.");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].1, found[0].5.as_deref()),
            ("count", Some("broken nights"))
        );
        assert_eq!(
            scan("Users slept 1.5 fewer broken nights a week.")[0]
                .per
                .as_deref(),
            Some("week")
        );
        let found = scan("Staff took 2.5 fewer sick days a year; 40% had fewer sick days.");
        let text = "Staff took 2.5 fewer sick days a year; 40% had fewer sick days.";
        let subject = |f: &Figure| f.subject.map(|(a, b)| &text[a..b]);
        assert_eq!(
            (found[0].kind, subject(&found[0])),
            ("count", Some("sick days"))
        );
        assert_eq!(found[0].per.as_deref(), Some("year"));
        assert_eq!(found.len(), 2);
        assert_eq!(
            kinds_and_subjects("The 4 council members weeks later voted."),
            [row("4", "count", "council members")]
        );
    }

    #[test]
    fn frequencies_with_alternatives_and_multiples() {
        let text = "Trains stop two or three times an hour; fares are four times as high and five \
                    times the rate of 2019, and rents rose three times more quickly.";
        let found = scan(text);
        let r: Vec<_> = found
            .iter()
            .map(|f| {
                (
                    &text[f.start..f.end],
                    f.kind,
                    f.value,
                    f.low,
                    f.high,
                    f.unit.as_deref(),
                    f.subject.map(|(a, b)| &text[a..b]),
                )
            })
            .collect();
        assert_eq!(
            r,
            [
                (
                    "two or three times an hour",
                    "number",
                    None,
                    Some(2.0),
                    Some(3.0),
                    Some("time per hour"),
                    None
                ),
                ("four times", "number", Some(4.0), None, None, None, None),
                ("five times", "number", Some(5.0), None, None, None, None),
                ("three times", "number", Some(3.0), None, None, None, None),
            ]
        );
        assert_eq!(found[0].per.as_deref(), Some("hour"));
        let text = "Members meet four days a month and train two to three hours a day for 12 years a decade ago.";
        let per: Vec<_> = scan(text)
            .iter()
            .map(|f| (&text[f.start..f.end], f.per.clone()))
            .collect();
        assert_eq!(
            per,
            [
                ("four days", Some("month".to_owned())),
                ("two to three hours", Some("day".to_owned())),
                ("12 years", None),
            ]
        );
        let found = scan("Sirens sounded \"three or four times a night\" in May.");
        assert_eq!(
            (found.len(), found[0].low, found[0].high),
            (1, Some(3.0), Some(4.0))
        );
        assert_eq!(found[0].unit.as_deref(), Some("time per night"));
        // Not a frequency: `two or three times` alone stays as it was read.
        assert_eq!(spans("He won 3 more times."), ["3"]);
    }

    #[test]
    fn loose_periods_pace_frequencies_and_rates() {
        let text = "The club plays five times a season; the bakery sells 300 loaves a morning \
                    and the ferry runs three hours a weekend.";
        let found = scan(text);
        let r: Vec<_> = found
            .iter()
            .map(|f| (&text[f.start..f.end], f.unit.as_deref(), f.per.as_deref()))
            .collect();
        assert_eq!(
            r,
            [
                (
                    "five times a season",
                    Some("time per season"),
                    Some("season")
                ),
                ("300", None, Some("morning")),
                ("three hours", Some("hour"), Some("weekend")),
            ]
        );
    }

    #[test]
    fn times_before_a_time_counts_occasions_not_a_multiple() {
        let text = "He was fined three times that year and four times the previous season, \
                    while rents are five times the average.";
        let found = scan(text);
        let spans: Vec<_> = found.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(spans, ["three", "four", "five times"]);
    }

    #[test]
    fn numbers_whose_noun_is_left_out_count_the_count_before() {
        assert_eq!(
            kinds_and_subjects(
                "Okoye took 8,214 ballots to Fenn's 7,902. Of the 12 wards, she won 9."
            ),
            [
                row("8,214", "count", "ballots"),
                row("7,902", "count", "ballots"),
                row("12", "count", "wards"),
                row("9", "count", "wards"),
            ]
        );
        assert_eq!(
            kinds_and_subjects("The Greens took 23 of 51 seats, four more than before."),
            [
                row("23", "count", "seats"),
                row("51", "count", "seats"),
                row("four", "count", "seats"),
            ]
        );
        // A new paragraph, a margin after `by` and two sentences back stay bare.
        assert_eq!(
            kinds_and_subjects("Some 640 families left.\nLater 80 returned."),
            [row("640", "count", "families"), row("80", "number", "")]
        );
        assert_eq!(
            kinds_and_subjects("She carried 14 districts and won by 6."),
            [row("14", "count", "districts"), row("6", "number", "")]
        );
        assert_eq!(
            kinds_and_subjects("Some 640 families left. It rained. About 80 returned."),
            [row("640", "count", "families"), row("80", "number", "")]
        );
        assert_eq!(
            kinds_and_subjects("Some 640 families left with 90 kg of food; 80 returned."),
            [
                row("640", "count", "families"),
                row("90 kg", "quantity", "food"),
                row("80", "number", "")
            ]
        );
    }

    #[test]
    fn quarters_counted_difference_ranges_second_days_and_told_ages() {
        let rows = |text: &str| -> Vec<(String, &'static str, Option<String>)> {
            figures(text).into_iter().map(|f| (f.0, f.1, f.3)).collect()
        };
        let row =
            |a: &str, k: &'static str, u: Option<&str>| (a.to_owned(), k, u.map(str::to_owned));
        assert_eq!(
            rows("Costs will rise over the next three quarters; two quarters of the staff left and three quarters stayed."),
            [
                row("three quarters", "duration", Some("quarter")),
                row("two quarters", "number", None),
                row("three quarters", "number", None)
            ]
        );
        assert_eq!(
            ends_and_unit("Yields could widen by 2 to 3 percentage points."),
            [(
                "2 to 3 percentage points".to_owned(),
                Some(2.0),
                Some(3.0),
                Some("percentage point".to_owned())
            )]
        );
        assert_eq!(
            rows("The board meets on June 9 and 10 to hire 12 staff."),
            [row("12", "count", None)]
        );
        assert_eq!(
            rows("Painter Who Drew the Sea Dies at 91\n\nHe was 91. Shares fell 4."),
            [
                row("91", "duration", Some("year")),
                row("91", "duration", Some("year")),
                row("4", "number", None)
            ]
        );
    }

    #[test]
    fn ordinals_in_idioms_are_no_ranks() {
        assert_eq!(
            spans("A third-party bid, first-degree charges and second-hand cars; the third-largest city."),
            ["third"]
        );
    }

    fn spans_and_subjects(text: &str) -> Vec<(String, String)> {
        figures(text)
            .into_iter()
            .map(|f| (f.0, f.5.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn subjects_past_participles_pairs_ages_and_estimates() {
        let row = |a: &str, s: &str| (a.to_owned(), s.to_owned());
        assert_eq!(
            spans_and_subjects(
                "The $40 million raised last year and the 9,000 tonnes sold abroad."
            ),
            [row("$40 million", ""), row("9,000 tonnes", "")]
        );
        assert_eq!(
            spans_and_subjects(
                "About 2,500 schools and hospitals lost power; a peak of 4,000 was reported."
            ),
            [
                row("2,500", "schools and hospitals"),
                row("4,000", "schools and hospitals")
            ]
        );
        assert_eq!(
            spans_and_subjects("A 27-year-old woman was arrested."),
            [row("27-year-old", "woman")]
        );
        assert_eq!(
            spans_and_subjects("Absentee ballots, estimated at 3,000 to 4,000, arrive later."),
            [row("3,000 to 4,000", "Absentee ballots")]
        );
    }

    #[test]
    fn a_full_point_and_twice() {
        let text = "The bank raised rates by a full percentage point and met twice this year.";
        let rows: Vec<_> = scan(text)
            .into_iter()
            .map(|f| (text[f.start..f.end].to_owned(), f.value, f.unit))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "a full percentage point".to_owned(),
                    Some(1.0),
                    Some("percentage point".to_owned())
                ),
                ("twice".to_owned(), Some(2.0), None)
            ]
        );
    }

    /// `(span, kind, unit, qualifier, subject)`, the subject empty when there is none.
    type AgeRow = (
        String,
        &'static str,
        Option<String>,
        Option<&'static str>,
        String,
    );

    #[test]
    fn ages_of_groups_and_a_count_placed_by_another() {
        let rows = |text: &str| -> Vec<AgeRow> {
            figures(text)
                .into_iter()
                .map(|f| (f.0, f.1, f.3, f.4, f.5.unwrap_or_default()))
                .collect()
        };
        let age = |span: &str, q: Option<&'static str>, who: &str| {
            (
                span.to_owned(),
                "duration",
                Some("year".to_owned()),
                q,
                who.to_owned(),
            )
        };
        // a bound on the age of a group of people, with its qualifier
        assert_eq!(
            rows("Flu shots are free for pupils under 16 and for adults over 65."),
            [
                age("16", Some("less_than"), "pupils"),
                age("65", Some("more_than"), "adults")
            ]
        );
        // the second of two ages after `aged`; an age closing a sentence before a quote
        assert_eq!(
            rows("The twins' cousins, aged 4 and 7, were unhurt."),
            [age("4", None, ""), age("7", None, "")]
        );
        assert_eq!(
            rows("She has sung since she was 8. \"It is my life,\" she said."),
            [age("8", None, "she")]
        );
        // not a group that has no age, nor a unit of its own
        assert_eq!(
            kinds_and_subjects("Sales in stores over 40 fell."),
            [row("40", "number", "")]
        );
        // a count in a phrase after another count's noun places it: a bare number after both
        // counts the first
        assert_eq!(
            kinds_and_subjects(
                "About 9,000 homes in 12 districts lost power and 2,500 were still dark."
            ),
            [
                row("9,000", "count", "homes"),
                row("12", "count", "districts"),
                row("2,500", "count", "homes")
            ]
        );
        // a number after `over` with its own noun counts that noun, though a people word comes
        // before: no age bound
        assert_eq!(
            kinds_and_subjects("The fund reached 4,000 adults over 18 regions."),
            [
                row("4,000", "count", "adults"),
                row("18", "count", "regions")
            ]
        );
        assert_eq!(
            kinds_and_subjects("Voters under 30 precincts were moved."),
            [row("30", "count", "precincts")]
        );
        // a verb after the bound is no counted noun: still an age
        assert_eq!(
            rows("Children under 12 get free bus travel."),
            [age("12", Some("less_than"), "Children")]
        );
    }

    #[test]
    fn a_rate_from_a_date_on() {
        let pers =
            |text: &str| -> Vec<Option<String>> { scan(text).into_iter().map(|f| f.per).collect() };
        let per = |u: &str| Some(u.to_owned());
        assert_eq!(
            pers("Cleaners will earn £13.10 an hour from May."),
            [per("hour")]
        );
        assert_eq!(
            pers("Parking costs $40 a month from now on, $30 a month from January."),
            [per("month"), per("month")]
        );
        // a time from now is no rate
        assert_eq!(pers("It will cost $50 a year from now."), [None]);
    }

    #[test]
    fn money_in_a_time_or_in_real_terms_has_no_subject() {
        assert_eq!(
            kinds_and_subjects(
                "Spending rises by £3bn in real terms and by $2bn in fiscal 2028, with $1bn in \
                 the first quarter and $4m in aid."
            ),
            [
                row("£3bn", "money", ""),
                row("$2bn", "money", ""),
                row("$1bn", "money", ""),
                row("first", "ordinal", ""),
                row("$4m", "money", "aid")
            ]
        );
        // `in real estate`, `in cash and gifts` are what the money is
        assert_eq!(
            kinds_and_subjects("He put $2m in real estate and got $5,000 in cash and gifts."),
            [
                row("$2m", "money", "real estate"),
                row("$5,000", "money", "cash")
            ]
        );
    }

    #[test]
    fn a_bare_peso_or_rupee_is_the_named_country_s() {
        let units = |text: &str| -> Vec<Option<String>> {
            scan(text).into_iter().map(|f| f.unit).collect()
        };
        let code = |c: &str| Some(c.to_owned());
        assert_eq!(
            units("BOGOTA - The city will spend 90 billion pesos on buses."),
            [code("COP")]
        );
        assert_eq!(
            units("Karachi traders lost 2 billion rupees, and Mexican pesos rose."),
            [code("PKR")]
        );
        // a named currency stays; with two peso countries named, the default
        assert_eq!(
            units("In Manila, a loan of 5,000 Mexican pesos was repaid."),
            [code("MXN")]
        );
        assert_eq!(
            units("Chile and Argentina each pledged 1 million pesos."),
            [code("MXN")]
        );
    }

    #[test]
    fn make_up_is_a_share_not_a_rise() {
        let changes = |text: &str| -> Vec<Option<&'static str>> {
            scan(text).into_iter().map(|f| f.change).collect()
        };
        assert_eq!(
            changes("Women make up 40% of the staff and made up less than a third in 2010."),
            [None, None]
        );
        // a close higher keeps its rise
        assert_eq!(changes("The index ended up 2%."), [Some("up")]);
    }

    #[test]
    fn a_possessive_in_the_phrase_goes_on_to_its_noun() {
        assert_eq!(
            kinds_and_subjects("Half of the new plant's output goes abroad."),
            [row("Half", "number", "new plant's output")]
        );
    }

    #[test]
    fn worse_or_better_off_is_no_subject() {
        assert_eq!(
            kinds_and_subjects("Renters will be £800 a year worse off and owners $300 better off."),
            [row("£800", "money", ""), row("$300", "money", "")]
        );
    }
}
