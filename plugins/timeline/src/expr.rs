//! Time expressions: found in one pass over the tokens of each sentence (at every token a few
//! table lookups decide whether an expression can start there, then a short bounded match), and
//! resolved to TimeML TIMEX3 values against the publication date and the tense of the sentence.

use crate::calendar::{self, Unit};
use crate::lexicon::{self, FxBuild};
use analyze_sdk::prelude::*;
use jiff::civil::Date;
use jiff::ToSpan;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::ControlFlow::{self, Break, Continue};
use std::sync::OnceLock;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Date,
    Time,
    Duration,
    Set,
}

impl Ty {
    pub fn as_str(self) -> &'static str {
        match self {
            Ty::Date => "DATE",
            Ty::Time => "TIME",
            Ty::Duration => "DURATION",
            Ty::Set => "SET",
        }
    }
}

/// A resolved expression.
#[derive(Debug, Clone)]
pub struct Expr {
    pub start: usize,
    pub end: usize,
    pub ty: Ty,
    pub value: String,
    /// TimeML `mod`: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ON_OR_BEFORE.
    pub modifier: Option<&'static str>,
    /// The token range it covers.
    pub tokens: (usize, usize),
    /// The two ends of a stated range the TimeML `value` cannot hold: `two to three years`
    /// (`PXY`) runs from `P2Y` to `P3Y`, `six to nine months from now` from one month to the
    /// other.
    pub range: Option<(String, String)>,
}

/// A token with what the rules need: its lowercase form without a final period.
#[derive(Debug, Clone)]
pub struct W<'a> {
    pub start: usize,
    pub end: usize,
    pub low: Cow<'a, str>,
    pub cap: bool,
    pub number: bool,
    pub sentence: usize,
    /// Where an expression ending with this token ends: before a possessive `'s`.
    pub content_end: usize,
}

/// The text in ASCII lowercase: the same length and offsets as the text, so every ASCII token's
/// lowercase form is a slice of it (one allocation per document instead of one per capitalised
/// word).
pub fn lowercase(doc: &Document) -> String {
    doc.text.to_ascii_lowercase()
}

/// The tokens of `doc` with their lowercase forms; `lower` is [`lowercase`] of the document.
pub fn words<'a>(doc: &'a Document, lower: &'a str) -> Vec<W<'a>> {
    let text = doc.text.as_str();
    let sentences = doc.sentences();
    let mut out = Vec::with_capacity(doc.tokens().len());
    let mut s = 0;
    for t in doc.tokens() {
        while s + 1 < sentences.len() && sentences.get(s).is_some_and(|x| x.end <= t.start) {
            s += 1;
        }
        let raw = text.get(t.start..t.end).unwrap_or("");
        let mut body = raw;
        if body.len() > 1 && body.ends_with('.') {
            body = &body[..body.len() - 1];
        }
        // Possessives read as the word: `Friday's`, `last year's`.
        let mut content_end = t.end;
        for apostrophe in ["'s", "’s"] {
            if body.len() > apostrophe.len() + 1 && body.ends_with(apostrophe) {
                body = &body[..body.len() - apostrophe.len()];
                content_end = t.start + body.len();
            }
        }
        // ASCII tokens borrow their lowercase form from the lowercased text.
        let low = if body.is_ascii() {
            match lower.get(t.start..t.start + body.len()) {
                Some(l) => Cow::Borrowed(l),
                None => Cow::Owned(body.to_ascii_lowercase()),
            }
        } else {
            Cow::Owned(body.replace('’', "'").to_lowercase())
        };
        out.push(W {
            start: t.start,
            end: t.end,
            cap: raw.chars().next().is_some_and(char::is_uppercase),
            number: t.kind == TokenKind::Number,
            low,
            sentence: s,
            content_end,
        });
    }
    fiscal_synonyms(&mut out);
    out
}

/// British `the financial year` is the American `the fiscal year`: read it as that word, so every
/// rule for `fiscal` serves both (`financial` before anything else is left as it is).
fn fiscal_synonyms(ws: &mut [W<'_>]) {
    for k in 1..ws.len() {
        if ws[k].low == "year" && ws[k - 1].low == "financial" {
            ws[k - 1].low = Cow::Borrowed("fiscal");
        }
    }
}

/// Unresolved meaning, turned into a value once the publication date and tense are known.
/// Which side of the publication date `last`/`next` points to for a month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// `last Oct. 23`: the latest such day before the publication date.
    Before,
    /// `next March 3`: the first such day after it.
    After,
}

#[derive(Debug, Clone)]
enum Sem {
    Fixed(String),
    /// Year, month, day; a missing year comes from the publication date and tense.
    Ymd(Option<i16>, i8, Option<i8>),
    /// Weekday (1 = Monday), which one of that name, part of day.
    Weekday(i8, WeekShift, Option<&'static str>),
    /// `n` units from the publication date, with a part of day for days.
    Rel(Unit, i64, Option<&'static str>),
    /// A season (`SU`) in a year, or `n` years from the publication year (by tense when `None`).
    Season(&'static str, Option<i16>, Option<i64>),
    /// A quarter or half (`Q3`, `H1`) of a year, the publication year when missing.
    Part(String, Option<i16>),
    /// A quarter or half of the year `n` years from the publication year.
    PartIn(String, i64),
    /// The quarter reported on (the last one completed before the publication date) in a
    /// given year: `the 1988 quarter`.
    YearQuarter(i16),
    /// A clock time on the day of the inner date (publication day when `None`).
    Clock(u8, u8, Option<Box<Sem>>),
    /// A part of day (`EV`) of the inner date: `the evening of Jan. 7`.
    DayPart(Box<Sem>, &'static str),
    /// The calendar week of the inner date: `the week of March 6`.
    WeekOf(Box<Sem>),
    /// A day of the month named alone (`on the 14th`): the publication month's, or the one
    /// before or after by the tense.
    DayOfMonth(i8),
    /// The calendar quarter that holds most of a quarter ending on the inner date: `the quarter
    /// ended July 31`.
    QuarterEnding(Box<Sem>),
    /// Month and day in the year `n` years from the publication year (`July last year`).
    InYear(i64, i8, Option<i8>),
    /// Month and day, the latest before the publication date (`last Oct. 23`) or the first
    /// after it (`next March 3`).
    MonthDay(i8, i8, Side),
    /// A time told from the last dated expression before it, not from the publication date:
    /// `that year` (shift 0), `the following month` (1), `the next morning` (1, part of day).
    /// Without such an expression, `the following…` falls back to the publication date
    /// (`true`) and `that…` stays unknown.
    Anaphor(Unit, i64, Option<&'static str>, bool),
    /// A holiday in a given year, the latest before the publication date (`-1`), the next after
    /// it (`1`), or in the year the tense points to (`0`).
    Holiday(Holiday, Option<i16>, i8),
    /// The weekend of the inner day: `Memorial Day weekend` (a Monday holiday ends the weekend
    /// before it).
    WeekendOf(Box<Sem>),
    /// The day `n` days from the inner day: `the day before Thanksgiving`.
    DaysFrom(Box<Sem>, i64),
    /// `the new year`: the year whose first day lies nearest the publication date (the coming
    /// one in its second half).
    NewYear,
    /// `the turn of the century`: the year that opened the publication date's century.
    CenturyTurn,
    /// `the full year`: the year reported on, the publication year unless told in the past in
    /// its first quarter.
    FullYear,
}

/// Which weekday of a name a `Sem::Weekday` means, told from the publication day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeekShift {
    /// `Friday`: the nearest one, behind or ahead by the tense of the clause.
    ByTense,
    /// `last Friday`: the latest one before the publication day.
    Last,
    /// `next Friday`: the one in the calendar week after the publication week.
    Next,
    /// `this Friday`: the one in the publication week.
    This,
    /// `this coming Friday`, `the following Friday`: the first one after the publication day.
    Coming,
}

/// Holidays of (mostly US) news that fall on a fixed rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holiday {
    /// Month and day.
    Fixed(i8, i8),
    /// The `n`th (`-1`: last) weekday (1 = Monday) of a month.
    Nth(i8, i8, i8),
    /// Days after the `n`th weekday of a month: Election Day (the Tuesday after the first
    /// Monday of November), Black Friday (the day after Thanksgiving).
    NthPlus(i8, i8, i8, i8),
}

impl Holiday {
    fn date(self, year: i16) -> Option<Date> {
        let nth = |m: i8, wd: i8, n: i8| -> Option<Date> {
            if n < 0 {
                let last = Date::new(year, m, 1).ok()?.last_of_month();
                let back = (calendar::weekday_number(last.weekday()) - wd).rem_euclid(7);
                return last.checked_sub(i64::from(back).days()).ok();
            }
            let first = Date::new(year, m, 1).ok()?;
            let ahead = (wd - calendar::weekday_number(first.weekday())).rem_euclid(7);
            first
                .checked_add(i64::from(ahead + 7 * (n - 1)).days())
                .ok()
        };
        match self {
            Holiday::Fixed(m, d) => Date::new(year, m, d).ok(),
            Holiday::Nth(m, wd, n) => nth(m, wd, n),
            Holiday::NthPlus(m, wd, n, plus) => {
                nth(m, wd, n)?.checked_add(i64::from(plus).days()).ok()
            }
        }
    }

    /// The holiday named at the start of `ws` (lowercase words) and how many words it takes.
    fn parse(ws: [&str; 3]) -> Option<(Holiday, usize)> {
        let day = |h: Holiday, name_len: usize| {
            let with_day = ws.get(name_len).is_some_and(|w| *w == "day");
            Some((h, name_len + usize::from(with_day)))
        };
        match ws {
            ["new", "year", "eve"] => Some((Holiday::Fixed(12, 31), 3)),
            ["new", "year", "day"] => Some((Holiday::Fixed(1, 1), 3)),
            ["christmas", "eve", _] => Some((Holiday::Fixed(12, 24), 2)),
            ["christmas", ..] => day(Holiday::Fixed(12, 25), 1),
            // The British and Commonwealth day after Christmas; only with `Day` (a `boxing`
            // match is no date).
            ["boxing", "day", _] => Some((Holiday::Fixed(12, 26), 2)),
            ["thanksgiving", ..] => day(Holiday::Nth(11, 4, 4), 1),
            ["halloween", ..] => Some((Holiday::Fixed(10, 31), 1)),
            ["independence", "day", _] => Some((Holiday::Fixed(7, 4), 2)),
            ["fourth", "of", "july"] => Some((Holiday::Fixed(7, 4), 3)),
            ["valentine", "day", _] => Some((Holiday::Fixed(2, 14), 2)),
            ["veterans", "day", _] => Some((Holiday::Fixed(11, 11), 2)),
            ["labor", "day", _] => Some((Holiday::Nth(9, 1, 1), 2)),
            ["memorial", "day", _] => Some((Holiday::Nth(5, 1, -1), 2)),
            ["election", "day", _] => Some((Holiday::NthPlus(11, 1, 1, 1), 2)),
            ["black", "friday", _] => Some((Holiday::NthPlus(11, 4, 4, 1), 2)),
            ["presidents", "day", _] => Some((Holiday::Nth(2, 1, 3), 2)),
            // The second Monday of October; the Monday after Thanksgiving. (Martin Luther King
            // Jr. Day is found in `find`, where `Jr.` and the required `Day` are read.)
            ["columbus", "day", _] => Some((Holiday::Nth(10, 1, 2), 2)),
            ["cyber", "monday", _] => Some((Holiday::NthPlus(11, 4, 4, 4), 2)),
            // Commonwealth national days on fixed dates, only with `Day` (`Australia` alone is
            // the country).
            ["anzac", "day", _] => Some((Holiday::Fixed(4, 25), 2)),
            ["australia", "day", _] => Some((Holiday::Fixed(1, 26), 2)),
            ["canada", "day", _] => Some((Holiday::Fixed(7, 1), 2)),
            _ => None,
        }
    }
}

struct Cand {
    end: usize,
    ty: Ty,
    sem: Sem,
    modifier: Option<&'static str>,
}

fn cand(end: usize, ty: Ty, sem: Sem) -> Option<Cand> {
    Some(Cand {
        end,
        ty,
        sem,
        modifier: None,
    })
}

/// A reporting period's noun, which `ending`/`ended` + a date closes: `the year ending in March`,
/// `the quarter ended Sept. 30`, `the week ending Sunday`, `the period ending in June`.
pub fn period_noun(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "quarter"
            | "quarters"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "half"
            | "period"
    )
}

pub fn month(w: &str) -> Option<i8> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

pub fn weekday(w: &str) -> Option<i8> {
    Some(match w {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => return None,
    })
}

fn weekday_plural(w: &str) -> Option<i8> {
    weekday(w.strip_suffix('s')?)
}

/// Nouns before a number that make it an identifier, not a year (`Flight 1945`).
const IDENTIFIER_NOUNS: &[&str] = &[
    "flight",
    "route",
    "highway",
    "interstate",
    "room",
    "suite",
    "bus",
    "platform",
    "gate",
    "pier",
    "unit",
    "model",
    "version",
    "article",
    "section",
    "chapter",
    "page",
    "resolution",
    "bill",
    "rule",
    "form",
    "code",
    "squadron",
    "battalion",
    "regiment",
    "brigade",
];

/// Street words after a number and a name (`1600 Pennsylvania Avenue`).
const STREET_WORDS: &[&str] = &[
    "avenue",
    "ave",
    "street",
    "st",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "square",
    "court",
];

/// Words before a weekday or season that make it a time even before a capitalised word.
const TIME_LEADS: &[&str] = &[
    "on", "since", "by", "until", "till", "from", "before", "after", "through", "last", "next",
    "this", "early", "late", ",", "his", "her", "their", "its", "our", "my", "your",
];

/// Capitalised function words that may follow a time in a title-case headline.
const NAME_BREAKERS: &[&str] = &[
    "a", "an", "after", "and", "as", "at", "before", "but", "by", "for", "from", "in", "into",
    "of", "on", "or", "over", "the", "to", "until", "with", "amid", "despite", "i", "he", "she",
    "we", "they", "it",
];

fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "tonight" => "NI",
        _ => return None,
    })
}

fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" | "a dozen" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "half" => 0.5,
        _ => return None,
    })
}

/// A count: digits, number words, `twenty-five`; `Some(None)` for a vague count (`several`).
fn count(w: &str) -> Option<Option<f64>> {
    if matches!(w, "several" | "few" | "a few" | "many" | "some" | "couple") {
        return Some(None);
    }
    if let Some(v) = small_number(w) {
        return Some(Some(v));
    }
    if let Some((a, b)) = w.split_once('-') {
        if let (Some(x), Some(y)) = (small_number(a), small_number(b)) {
            if x >= 20.0 && y < 10.0 {
                return Some(Some(x + y));
            }
        }
    }
    if !w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || !w
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    if w.contains(',') {
        let digits: String = w.chars().filter(|c| *c != ',').collect();
        return digits.parse::<f64>().ok().map(Some);
    }
    w.parse::<f64>().ok().map(Some)
}

fn ordinal(w: &str) -> Option<i8> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        _ => {
            let d = w
                .strip_suffix("st")
                .or_else(|| w.strip_suffix("nd"))
                .or_else(|| w.strip_suffix("rd"))
                .or_else(|| w.strip_suffix("th"))?;
            return d.parse().ok().filter(|n| (1..=31).contains(n));
        }
    })
}

fn day_number(w: &str) -> Option<i8> {
    if let Ok(n) = w.parse::<i8>() {
        return (1..=31).contains(&n).then_some(n);
    }
    let d = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))?;
    d.parse().ok().filter(|n| (1..=31).contains(n))
}

fn year_number(w: &str) -> Option<i16> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        let y: i16 = w.parse().ok()?;
        return (1000..=2199).contains(&y).then_some(y);
    }
    None
}

/// `2029-30`, `2024/25`, `2019-2021`, `1939-45`: two years joined by a hyphen or slash in one
/// token, the second after the first by at most twenty years; two digits that could be a month
/// (`2024-05`, `1998-10`) only for the next year (`2009-10`, a fiscal year or season).
fn year_pair(w: &str) -> Option<(i16, i16)> {
    let (a, b) = w.split_once(['-', '/'])?;
    let first = year_number(a)?;
    if !b.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let second = match b.len() {
        2 => {
            let yy: i16 = b.parse().ok()?;
            let century = first - first % 100;
            let second = if yy > first % 100 {
                century + yy
            } else {
                century + 100 + yy
            };
            if yy <= 12 && second != first + 1 {
                return None;
            }
            second
        }
        4 => year_number(b)?,
        _ => return None,
    };
    (second > first && second - first <= 20).then_some((first, second))
}

fn two_digit_year(w: &str) -> Option<i16> {
    let y: i16 = w.parse().ok()?;
    match w.len() {
        2 => Some(if y < 50 { 2000 + y } else { 1900 + y }),
        4 => Some(y),
        _ => None,
    }
}

/// `2025-08-18`, `08/18/2025`, `18/08/2025`, `10/26/89`, `19980114`.
fn numeric_date(w: &str) -> Option<(i16, i8, i8)> {
    if !w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || !(w.contains(['-', '/']) || w.len() == 8)
    {
        return None;
    }
    let valid = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok().map(|_| (y, m, d));
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && w.contains('-') => {
            valid(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        [m, d, y] if w.contains('/') && m.len() <= 2 && d.len() <= 2 => {
            let (a, b): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
            // `14/08/2025` can only be day first (British and European order); where both
            // orders are possible the US one is kept.
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            valid(two_digit_year(y)?, m, d)
        }
        [one] if one.len() == 8 && one.bytes().all(|b| b.is_ascii_digit()) => {
            let y: i16 = one.get(0..4)?.parse().ok()?;
            if !(1900..=2100).contains(&y) {
                return None;
            }
            valid(
                y,
                one.get(4..6)?.parse().ok()?,
                one.get(6..8)?.parse().ok()?,
            )
        }
        _ => None,
    }
}

fn timezone(w: &str) -> bool {
    matches!(
        w,
        "est"
            | "edt"
            | "et"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "pt"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "eet"
            | "msk"
            // Australian zones, as written in Australian copy (`9.40am AEST`).
            | "aest"
            | "aedt"
            | "acst"
            | "acdt"
            | "awst"
    )
}

/// `5 p.m.` style markers: Some(true) for p.m.
fn meridiem(w: &str) -> Option<bool> {
    match w {
        "a.m" | "am" => Some(false),
        "p.m" | "pm" => Some(true),
        _ => None,
    }
}

/// `5pm`, `10:30`, `10:30am`, `9.40am`: hours and minutes, and whether a meridiem was given;
/// `next_meridiem` says a separate `am` / `pm` follows (`4.15 pm`).
fn clock(w: &str, next_meridiem: bool) -> Option<(u8, u8, Option<bool>)> {
    let (body, mer) = if let Some(b) = w.strip_suffix("pm").or_else(|| w.strip_suffix("p.m")) {
        (b, Some(true))
    } else if let Some(b) = w.strip_suffix("am").or_else(|| w.strip_suffix("a.m")) {
        (b, Some(false))
    } else {
        (w, None)
    };
    // British and Australian copy writes the minutes after a point (`9.40am`, `4.15 pm`); a point
    // is a clock only with a meridiem, since `2.30` alone is as often money or a decimal.
    let split = body.split_once(':').or_else(|| {
        body.split_once('.')
            .filter(|_| mer.is_some() || next_meridiem)
    });
    let (h, m) = match split {
        Some((h, m)) if m.len() == 2 => (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?),
        None if !body.is_empty() && body.len() <= 2 => (body.parse::<u8>().ok()?, 0),
        _ => return None,
    };
    if h > 23 || m > 59 {
        return None;
    }
    Some((h, m, mer))
}

fn with_meridiem(h: u8, pm: Option<bool>) -> u8 {
    match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    }
}

/// An ordinal or a word of a run before a noun's modifier: `third`, `21st`, `straight`,
/// `consecutive`.
fn ranked(w: &str) -> bool {
    matches!(
        w,
        "straight"
            | "consecutive"
            | "successive"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    ) || (w.len() > 2
        && w.as_bytes()[0].is_ascii_digit()
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
}

/// Words before a bare year that make it a date (`in 2019`, `since 1990`).
fn year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "of"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "during"
            | "from"
            | "through"
            | "between"
            | "fiscal"
            | "early"
            | "late"
            | "mid"
            | "year"
            | "throughout"
            | "circa"
            | "to"
            | "and"
            | "for"
            | "around"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "end"
    )
}

/// Words before a bare month name that make it the month (`in March`, not `March on`).
fn month_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "of"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "during"
            | "from"
            | "through"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "throughout"
            | "on"
            | "to"
            | "and"
            | "for"
            | "end"
            | "between"
    )
}

/// What one family of expressions says about a token: `Continue` when it does not apply (the
/// next family is tried), `Break(None)` when it rules out any expression there, `Break(Some(c))`
/// for the expression it found.
type Step = ControlFlow<Option<Cand>>;

/// The token `core()` looks at, with its neighbours in the sentence (`""` outside it) and
/// whether a `the` came before it.
#[derive(Clone, Copy)]
struct Here<'s> {
    i: usize,
    tok: &'s W<'s>,
    w: &'s str,
    next: &'s str,
    prev: &'s str,
    the: bool,
}

pub struct Finder<'a> {
    pub ws: &'a [W<'a>],
    /// The document text, for the characters between tokens (quotation marks).
    pub text: &'a str,
}

impl Finder<'_> {
    fn w(&self, i: usize) -> &str {
        self.ws.get(i).map_or("", |w| &*w.low)
    }

    /// Whether the adverb `last` stands before a past verb shortly before token `i` in its
    /// sentence (`was last closed on`, `last met in`, `last came this high on`): the most
    /// recent time something happened, which lies before the publication day.
    fn last_before_a_verb(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| {
            self.w(k) == "last"
                && self.same_sentence(k, i)
                && !matches!(
                    self.w(k.wrapping_sub(1)),
                    "the" | "its" | "his" | "her" | "their" | "this" | "that" | "our" | "at"
                )
                && k + 1 < i
                && lexicon::past_form(self.w(k + 1))
        })
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.ws.get(i), self.ws.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// Word at `j` if it is in the sentence of `i`.
    fn at(&self, i: usize, j: usize) -> &str {
        if self.same_sentence(i, j) {
            self.w(j)
        } else {
            ""
        }
    }

    /// The longest expression starting at token `i`.
    fn parse(&self, i: usize) -> Option<Cand> {
        let w = self.w(i);
        if !may_start(w) {
            return None;
        }
        let next = self.at(i, i + 1);
        if !frequent_word_starts(w, next) {
            return None;
        }
        match self.leading(i, w, next) {
            Break(found) => found,
            Continue(()) => self.core(i, false),
        }
    }

    /// Expressions that begin with a word `core()` does not read itself: `the`, `the end of`,
    /// `a few`, and modifiers such as `early`, `more than`, `mid-`; tried in this order.
    fn leading(&self, i: usize, w: &str, next: &str) -> Step {
        self.stretch_around_event(i, w, next)?;
        // Leading `the` and modifiers are part of the expression in TimeML (`the third quarter`,
        // `early 2024`, `more than four decades ago`).
        if w == "the" {
            return Break(self.after_the(i));
        }
        // the end of 1990, the start of next year
        if matches!(w, "end" | "beginning" | "start" | "middle")
            && self.at(i, i + 1) == "of"
            && i > 0
            && self.w(i - 1) == "the"
        {
            return Break(self.part_of(i, w));
        }
        self.article_a(i, w, next)?;
        self.with_modifier(i, w)?;
        self.mid_part_of_day(i, w)?;
        self.hyphenated_modifier(i, w)?;
        Continue(())
    }

    /// An expression after `the` at `i`, where TimeML keeps the `the` in it.
    fn after_the(&self, i: usize) -> Option<Cand> {
        // `the` belongs to the expression only where TimeML keeps it: `the third quarter`,
        // `the past decade`, `the 1990s`, `the summer`, `the first nine months`.
        let n = self.at(i, i + 1);
        if let Some(c) = self
            .turn_of(i, n)
            .or_else(|| self.early_hours_of(i, n))
            .or_else(|| self.first_months_of(i, n))
        {
            return Some(c);
        }
        if !self.the_is_kept(i, n) {
            return None;
        }
        // `the end of…`, `the late 1970s`, `the mid-1990s`: the modifier is parsed after `the`.
        if matches!(
            n,
            "end" | "beginning" | "start" | "middle" | "early" | "late" | "mid"
        ) || n.starts_with("mid-")
        {
            return self.parse(i + 1);
        }
        if let Break(found) = self.the_year_or_period(i, n) {
            return found;
        }
        if let Break(found) = self.the_unit(i, n) {
            return found;
        }
        if let Break(found) = self.the_day_or_span_ahead(i, n) {
            return found;
        }
        self.core(i + 1, true)
    }

    /// `the turn of the century` is the year the century opened with (`2000`); `the turn of the
    /// year` the year whose first day lies nearest, as `the new year` is; both one expression
    /// with their `of` complement.
    fn turn_of(&self, i: usize, n: &str) -> Option<Cand> {
        if n != "turn" || self.at(i, i + 2) != "of" || self.at(i, i + 3) != "the" {
            return None;
        }
        let sem = match self.at(i, i + 4) {
            "century" => Sem::CenturyTurn,
            "year" => Sem::NewYear,
            _ => return None,
        };
        cand(i + 5, Ty::Date, sem)
    }

    /// `the early hours of Sunday`, `the small hours of March 3`: the night's end belongs to
    /// the day named, and the `of` complement stays in the extent (as in `the evening of Jan.
    /// 7`); its value is that day's. A day with its own part of day (`the early hours of
    /// Thursday morning`) is left alone, as AQUAINT marks only `Thursday morning`.
    fn early_hours_of(&self, i: usize, n: &str) -> Option<Cand> {
        if !matches!(n, "early" | "small") || self.at(i, i + 2) != "hours" {
            return None;
        }
        if self.at(i, i + 3) != "of" {
            return None;
        }
        self.parse(i + 4).filter(|c| {
            c.ty == Ty::Date
                && c.modifier.is_none()
                && part_of_day(self.at(i, c.end.saturating_sub(1))).is_none()
        })
    }

    /// `the first three months of the year`, `the first six months of 2024`: with the year
    /// named, the months from its start are its first quarter or half (as `the first quarter
    /// of the year` is); without it they stay a stretch (`the first nine months` P9M).
    fn first_months_of(&self, i: usize, n: &str) -> Option<Cand> {
        // `the last four months of 2024`: the year's end (its quarter or half for three or six
        // months), with the months themselves as the stated range (`2024-09` to `2024-12`).
        // (TimeBank splits `the first nine months of 1997` into a stretch and a year, so the
        // first months keep that reading but for a quarter or a half.)
        if let Some((y, _, _)) = self.months_of_a_year(i) {
            return match self.months_counted(i)? {
                3 => cand(i + 6, Ty::Date, Sem::Fixed(format!("{y:04}-Q4"))),
                6 => cand(i + 6, Ty::Date, Sem::Fixed(format!("{y:04}-H2"))),
                _ => Some(Cand {
                    end: i + 6,
                    ty: Ty::Date,
                    sem: Sem::Fixed(format!("{y:04}")),
                    modifier: Some("END"),
                }),
            };
        }
        if n != "first" || self.at(i, i + 3) != "months" || self.at(i, i + 4) != "of" {
            return None;
        }
        let months = count(self.at(i, i + 2))??;
        let part = match months as i64 {
            3 if months.fract() == 0.0 => "Q1",
            6 if months.fract() == 0.0 => "H1",
            _ => return None,
        };
        self.of_year(i + 4, part.to_owned())
            .filter(|c| matches!(c.sem, Sem::Part(..) | Sem::PartIn(..)))
    }

    /// The whole count of months in `the last N months of …` at `i` (1 to 11).
    fn months_counted(&self, i: usize) -> Option<i8> {
        let n = count(self.at(i, i + 2))??;
        (n.fract() == 0.0 && (1.0..12.0).contains(&n)).then_some(n as i8)
    }

    /// `the last N months of YEAR` at `i` (`the`): the year and the first and last month.
    fn months_of_a_year(&self, i: usize) -> Option<(i16, i8, i8)> {
        if self.at(i, i) != "the"
            || self.at(i, i + 1) != "last"
            || self.at(i, i + 3) != "months"
            || self.at(i, i + 4) != "of"
        {
            return None;
        }
        let y = year_number(self.at(i, i + 5))?;
        let n = self.months_counted(i)?;
        Some((y, 13 - n, 12))
    }

    /// Whether `the` before `n` (at `i + 1`) belongs to the expression, as TimeML has it.
    fn the_is_kept(&self, i: usize, n: &str) -> bool {
        ordinal(n).is_some_and(|_| !n.contains('-'))
            || matches!(
                n,
                "past"
                    | "last"
                    | "next"
                    | "coming"
                    | "following"
                    | "previous"
                    | "latest"
                    | "current"
                    | "first"
                    | "future"
                    | "weekend"
                    | "quarter"
                    | "end"
                    | "year"
                    | "week"
                    | "month"
                    | "beginning"
                    | "start"
                    | "middle"
                    | "early"
                    | "late"
                    | "mid"
                    | "morning"
                    | "afternoon"
                    | "evening"
            )
            || season(n).is_some()
            || decade_word(n).is_some()
            || n.strip_prefix("mid-").is_some_and(|d| d.ends_with('s'))
            || n == "fiscal"
            || (matches!(n, "near" | "short" | "long") && self.at(i, i + 2) == "term")
            || (n == "near" && self.at(i, i + 2) == "future")
            || (n.ends_with('s') && Unit::parse(n).is_some() && self.at(i, i + 2) == "ahead")
            || (n == "day" && (self.story_day(i) || self.day_next_to(i).is_some()))
            || (n == "full" && self.at(i, i + 2) == "year")
            || (n == "final" && matches!(self.at(i, i + 2), "quarter" | "half"))
            || (n == "new" && self.at(i, i + 2) == "year")
            || (months_quarter(n).is_some() && self.at(i, i + 2) == "quarter")
            || year_number(n).is_some_and(|_| {
                matches!(self.at(i, i + 2), "period") || self.at(i, i + 3) == "quarter"
            })
            || (matches!(n, "year-ago" | "year-earlier")
                && (matches!(self.at(i, i + 2), "quarter" | "period")
                    || self.at(i, i + 3) == "quarter"))
            || (count(n).is_some()
                && n != "a"
                && n != "an"
                && Unit::parse(self.at(i, i + 2)).is_some())
            || (n.ends_with('s')
                && n.len() >= 4
                && n.bytes().next().is_some_and(|b| b.is_ascii_digit()))
    }

    /// `the end of 1990`, `the start of next year`: the date after `of` with its part marked.
    fn part_of(&self, i: usize, w: &str) -> Option<Cand> {
        let m = match w {
            "end" => "END",
            "middle" => "MID",
            _ => "START",
        };
        // `the end of the decade`, `the start of the century`: the one the story is in, as
        // `this decade` is (a bare `the decade` names no date on its own).
        if self.at(i, i + 2) == "the" {
            if let Some(unit) = self.this_decade_or_century(i, i + 3) {
                return Some(Cand {
                    end: i + 4,
                    ty: Ty::Date,
                    sem: Sem::Rel(unit, 0, None),
                    modifier: Some(m),
                });
            }
        }
        // `the end of the month`: the inner expression may keep its own `the`.
        let mut c = self.parse(i + 2)?;
        if matches!(c.ty, Ty::Date) {
            c.modifier = Some(m);
            return Some(c);
        }
        None
    }

    /// `the decade`, `the century` at `k` (after `the`), the one the story is in, unless `of`
    /// follows (`the decade of war`, `the century of the car`): its unit.
    fn this_decade_or_century(&self, i: usize, k: usize) -> Option<Unit> {
        let unit = match self.at(i, k) {
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        };
        (self.at(i, k + 1) != "of").then_some(unit)
    }

    /// `in the weeks before the shooting`: an unnamed stretch next to an event of the story.
    fn stretch_around_event(&self, i: usize, w: &str, next: &str) -> Step {
        // `in the weeks before the shooting`, `in the days after the vote`: an unnamed stretch
        // just before or after an event of the story (TimeBank/AQUAINT 4 of 4 with `in the`);
        // `the` stays out. Its date is the event's, which the clause does not give (the story's
        // last date is often another one), so it stays unknown.
        if matches!(w, "days" | "weeks" | "months")
            && matches!(next, "before" | "after")
            && self.w(i.wrapping_sub(1)) == "the"
            && matches!(self.w(i.wrapping_sub(2)), "in" | "during")
        {
            return Break(cand(i + 1, Ty::Date, Sem::Fixed("XXXX-XX-XX".into())));
        }
        // `hours after the report`, `with days to spare`: a bare plural unit with no count or
        // determiner is an unstated stretch of that unit (`bare_plural_span` says when).
        let prev = if i > 0 && self.same_sentence(i - 1, i) {
            self.w(i - 1)
        } else {
            ""
        };
        if let Some(unit) = Unit::parse(w).filter(|_| {
            matches!(
                w,
                "minutes" | "hours" | "days" | "weeks" | "months" | "years"
            ) && self.bare_plural_span(i, prev)
        }) {
            let undetermined = count(prev).is_none()
                && !matches!(
                    prev,
                    "the"
                        | "these"
                        | "those"
                        | "few"
                        | "several"
                        | "many"
                        | "some"
                        | "of"
                        | "more"
                        | "first"
                        | "last"
                        | "past"
                        | "next"
                        | "recent"
                        | "coming"
                        | "following"
                        | "previous"
                        | "early"
                        | "final"
                        | "trading"
                        | "business"
                        | "-"
                )
                && !prev.ends_with('-');
            if undetermined {
                return Break(cand(i + 1, Ty::Duration, Sem::Fixed(unit.duration(None))));
            }
        }
        Continue(())
    }

    /// `a later date`, `a few days`: expressions that keep their article.
    fn article_a(&self, i: usize, w: &str, next: &str) -> Step {
        // `at a later date`: an unnamed time ahead.
        if w == "a" && next == "later" && self.at(i, i + 2) == "date" {
            return Break(cand(i + 3, Ty::Date, Sem::Fixed("FUTURE_REF".into())));
        }
        // `a few days`: TimeML keeps the article of `a few`.
        if w == "a" && self.at(i, i + 1) == "few" {
            return Break(self.parse(i + 1));
        }
        Continue(())
    }

    /// A modifier before a time (`early`, `about`, `more than`, `at least`, `up to`…), kept where
    /// TimeML keeps it.
    fn with_modifier(&self, i: usize, w: &str) -> Step {
        let modifier = match w {
            "early" => Some(("START", 1)),
            "mid" => Some(("MID", 1)),
            // `open late today`, `stayed late on Friday`: after a verb of hours kept `late` says
            // how long, the verb's adverb, not the end of the day (`said late yesterday` keeps it).
            "late" if late_hours_verb(self.at(i, i.wrapping_sub(1))) => None,
            "late" => Some(("END", 1)),
            "more" | "less" if self.at(i, i + 1) == "than" => Some((
                if w == "more" {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                },
                2,
            )),
            "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" => {
                Some(("APPROX", 1))
            }
            "at" if self.at(i, i + 1) == "least" => Some(("EQUAL_OR_MORE", 2)),
            // `no more than sixty days` keeps its `no` (a bound, not a comparison)
            "no" if self.at(i, i + 2) == "than" => match self.at(i, i + 1) {
                "more" => Some(("EQUAL_OR_LESS", 3)),
                "less" => Some(("EQUAL_OR_MORE", 3)),
                _ => None,
            },
            "up" if self.at(i, i + 1) == "to" => Some(("EQUAL_OR_LESS", 2)),
            "over"
                if !self.w(i.wrapping_sub(1)).is_empty() && count(self.at(i, i + 1)).is_some() =>
            {
                Some(("MORE_THAN", 1))
            }
            _ => None,
        };
        if let Some((m, skip)) = modifier {
            let the = self.at(i, i + skip) == "the";
            if let Some(mut c) = self.core(i + skip + usize::from(the), the) {
                // TimeBank leaves `about`, `almost` and `over` out of a duration with a number
                // (`about [two weeks]`, `over [three years]`) but keeps them before `a`/`an`
                // (`[over an hour]`, `[about a decade]`) and in a date (`[about two years ago]`):
                // the duration is then found at the next token. `roughly` is `about` in other
                // words.
                if matches!(w, "about" | "almost" | "over" | "roughly")
                    && !matches!(self.at(i, i + 1), "a" | "an")
                    && c.ty == Ty::Duration
                    && matches!(c.sem, Sem::Fixed(_))
                {
                    return Break(None);
                }
                let fits = match m {
                    "START" | "MID" | "END" => matches!(c.ty, Ty::Date | Ty::Time),
                    // `around 7:15 p.m.`, `around Nov. 1`: a point given roughly (not `about
                    // recent…`, `get around Wednesday's ruling`).
                    "APPROX"
                        if w == "around"
                            && matches!(c.sem, Sem::Clock(..) | Sem::Ymd(_, _, Some(_))) =>
                    {
                        true
                    }
                    // `less than last year`, `more than this year`: a comparison with a date,
                    // not a bound on it; the date is found on its own.
                    "MORE_THAN" | "LESS_THAN"
                        if matches!(self.at(i, i + skip), "last" | "this" | "next") =>
                    {
                        false
                    }
                    _ => matches!(c.ty, Ty::Duration) || matches!(c.sem, Sem::Rel(..)),
                };
                if fits {
                    c.modifier = Some(m);
                    return Break(Some(c));
                }
            }
        }
        Continue(())
    }

    /// `mid-afternoon (yesterday)`, `mid morning`: the middle of a part of the day.
    fn mid_part_of_day(&self, i: usize, w: &str) -> Step {
        // `mid-afternoon (yesterday)`, `mid morning`: the middle of a part of that day (or of
        // the publication day).
        let mid_part = match w.strip_prefix("mid-") {
            Some(p) => part_of_day(p).map(|x| (x, i + 1)),
            None if w == "mid" => part_of_day(self.at(i, i + 1)).map(|x| (x, i + 2)),
            None => None,
        };
        if let Some((p, end)) = mid_part.filter(|(p, _)| *p != "NI") {
            let (end, base) = self.clock_day(i, end);
            let sem = match base.map(|b| *b) {
                Some(Sem::Weekday(wd, s, None)) => Sem::Weekday(wd, s, Some(p)),
                Some(Sem::Rel(u, n, None)) => Sem::Rel(u, n, Some(p)),
                Some(other) => other,
                None => Sem::Rel(Unit::Day, 0, Some(p)),
            };
            return Break(Some(Cand {
                end,
                ty: Ty::Time,
                sem,
                modifier: Some("MID"),
            }));
        }
        Continue(())
    }

    /// `mid-2023`, `late-November`, `early-1990s`: a modifier joined to a year, month or decade.
    fn hyphenated_modifier(&self, i: usize, w: &str) -> Step {
        let hyphened = [("mid-", "MID"), ("early-", "START"), ("late-", "END")]
            .into_iter()
            .find_map(|(p, m)| w.strip_prefix(p).map(|rest| (rest, m)));
        if let Some((rest, modifier)) = hyphened {
            let modifier = Some(modifier);
            // mid-2023, mid-August, late-November, early-1990s
            if let Some(y) = year_number(rest) {
                return Break(Some(Cand {
                    end: i + 1,
                    ty: Ty::Date,
                    sem: Sem::Fixed(format!("{y:04}")),
                    modifier,
                }));
            }
            if let Some(m) = month(rest) {
                let (end, y) = self.digit_year_at(i, i + 1);
                return Break(Some(Cand {
                    end,
                    ty: Ty::Date,
                    sem: Sem::Ymd(y, m, None),
                    modifier,
                }));
            }
            if let Some(d) = rest.strip_suffix('s').and_then(year_number) {
                return Break(Some(Cand {
                    end: i + 1,
                    ty: Ty::Date,
                    sem: Sem::Fixed(format!("{:03}", d / 10)),
                    modifier,
                }));
            }
        }
        Continue(())
    }

    /// After `the`: a year's period or quarter (`the 1988 period`), a reporting year
    /// (`the year ended March 31`), `the year 2000`.
    fn the_year_or_period(&self, i: usize, n: &str) -> Step {
        if let Some(y) = year_number(n) {
            match (self.at(i, i + 2), self.at(i, i + 3)) {
                ("period", _) => {
                    return Break(cand(i + 3, Ty::Date, Sem::Fixed(format!("{y:04}"))))
                }
                (o, "quarter") if ordinal(o).is_some_and(|q| (1..=4).contains(&q)) => {
                    let q = ordinal(o).unwrap_or(1);
                    return Break(cand(i + 4, Ty::Date, Sem::Part(format!("Q{q}"), Some(y))));
                }
                _ => {}
            }
        }
        // `the year ended March 31`, `the fiscal year ending June 30`, British `the financial
        // year to 28 February`: a reporting period, its length (TimeBank P1Y 3 times of 4).
        let fiscal = usize::from(n == "fiscal" && self.at(i, i + 2) == "year");
        if (n == "year" || fiscal == 1) && self.closing_day_follows(i + 2 + fiscal) {
            return Break(cand(i + 2 + fiscal, Ty::Duration, Sem::Fixed("P1Y".into())));
        }
        // `the April-June quarter`: a calendar quarter named by its months.
        if let Some(q) = months_quarter(n).filter(|_| self.at(i, i + 2) == "quarter") {
            return Break(self.of_year(i + 3, format!("Q{q}")));
        }
        if n == "new" && self.at(i, i + 2) == "year" {
            return Break(cand(i + 3, Ty::Date, Sem::NewYear));
        }
        // `the year 2000`, `the year two thousand`
        if n == "year" {
            if let Some(c) = self.core(i + 2, false).filter(|c| {
                    matches!(&c.sem, Sem::Fixed(v) if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
                }) {
                    return Break(Some(c));
                }
        }
        Continue(())
    }

    /// After `the`: `the week`, `the month`, `the year`, as a time or (after `for`, `over`…) a
    /// duration.
    fn the_unit(&self, i: usize, n: &str) -> Step {
        // `the week of March 6`: the calendar week of that day (TimeBank `2000-W10`, 1 of 1).
        if n == "week" && self.at(i, i + 2) == "of" {
            if let Some((end, day)) = self.day_named_at(i, i + 3) {
                return Break(cand(end, Ty::Date, Sem::WeekOf(day)));
            }
        }
        // `the fiscal year` is read from `fiscal` below, but is a stretch after `over` as well.
        let fiscal = usize::from(n == "fiscal" && self.at(i, i + 2) == "year");
        let unit_word = self.at(i, i + 1 + fiscal);
        if matches!(unit_word, "year" | "week" | "month")
            && !matches!(self.at(i, i + 2 + fiscal), "of" | "-old")
            && (!matches!(self.at(i, i + 2 + fiscal), "before" | "after") || self.inside_part_of(i))
        {
            let prev = if i > 0 && self.same_sentence(i - 1, i) {
                self.w(i - 1)
            } else {
                ""
            };
            // `rose 0.5% on the month and 2% on the year`: a comparison with the period before,
            // no time of its own.
            if prev == "on"
                && i > 1
                && (matches!(self.w(i - 2), "%" | "percent" | "points" | "cents")
                    || self.ws.get(i - 2).is_some_and(|t| t.number))
            {
                return Break(None);
            }
            // `For the week, the gauge slipped 2.1%`, `the week's most active session`: the
            // week a market report sums up, which one only the story's days tell (a Monday
            // story's is mostly the last one); TimeBank leaves it `1989-WXX` 3 times of 3.
            // (`in the week`, `the end of the week` of a request are this week, as the
            // Recognizers specs have them.)
            if n == "week"
                && (prev == "for" || self.ws.get(i + 1).is_some_and(|t| t.content_end < t.end))
            {
                return Break(cand(i + 2, Ty::Date, Sem::PartIn("WXX".into(), 0)));
            }
            // `over the year`, `throughout the (fiscal) month`: the preposition spans the whole
            // period, so it is a stretch of time, not the date of something in it.
            if let Some(unit) =
                Unit::parse(unit_word).filter(|_| matches!(prev, "over" | "throughout"))
            {
                return Break(cand(
                    i + 2 + fiscal,
                    Ty::Duration,
                    Sem::Fixed(unit.duration(Some(1.0))),
                ));
            }
            if fiscal == 1 {
                return Continue(());
            }
            // `For the year, volume was flat`, `a high for the year`: the year a report sums
            // up, a date (TimeBank 2 of 2; its reporting years with `ended` are durations,
            // above).
            if let Some(unit) = Unit::parse(n) {
                return Break(cand(i + 2, Ty::Date, Sem::Rel(unit, 0, None)));
            }
        }
        Continue(())
    }

    /// After `the`: the story's day, `the weeks ahead`, `the near future`, `the short term`,
    /// `the full year`, `the latest period`.
    fn the_day_or_span_ahead(&self, i: usize, n: &str) -> Step {
        // `the day before Thanksgiving`, `the day after Jan. 6`: one day from a day named.
        if let Some(c) = self.day_next_to(i) {
            return Break(Some(c));
        }
        // `later in the day`, `Oct. 12, the day before the crash`: the story's day.
        if n == "day" {
            return Break(cand(
                i + 2,
                Ty::Date,
                Sem::Anaphor(Unit::Day, 0, None, true),
            ));
        }
        // `in the weeks ahead`: an unknown stretch from now on.
        if let Some(unit) = Unit::parse(n).filter(|_| self.at(i, i + 2) == "ahead") {
            return Break(cand(i + 3, Ty::Duration, Sem::Fixed(unit.duration(None))));
        }
        if n == "near" && self.at(i, i + 2) == "future" {
            return Break(cand(i + 3, Ty::Date, Sem::Fixed("FUTURE_REF".into())));
        }
        // `in the short term`, `the near term`: the time ahead; `the full year`: this one.
        if self.at(i, i + 2) == "term" {
            return Break(cand(i + 3, Ty::Date, Sem::Fixed("FUTURE_REF".into())));
        }
        if n == "full" {
            return Break(cand(i + 3, Ty::Date, Sem::FullYear));
        }
        if n == "latest" && self.at(i, i + 2) == "period" {
            return Break(cand(i + 3, Ty::Date, Sem::Rel(Unit::Quarter, -1, None)));
        }
        Continue(())
    }

    /// The expression at token `i` without a leading modifier (`the` already read when `the`).
    fn core(&self, i: usize, the: bool) -> Option<Cand> {
        if i >= self.ws.len() || (i > 0 && !self.same_sentence(i - 1, i) && the) {
            return None;
        }
        let tok = self.ws.get(i)?;
        let w = &*tok.low;
        let next = self.at(i, i + 1);
        let prev = if i > 0 && self.same_sentence(i - 1, i) {
            self.w(i - 1)
        } else {
            ""
        };
        let here = Here {
            i,
            tok,
            w,
            next,
            prev,
            the,
        };
        match self.families(here) {
            Break(found) => found,
            Continue(()) => None,
        }
    }

    /// The expression families of `core()`, tried in order: the first that decides gives the
    /// answer (an expression, or none at all). The families are inlined: they run for every
    /// word that may start an expression, and calls to them cost about 1 % of the bench.
    #[inline(always)]
    fn families(&self, here: Here<'_>) -> Step {
        self.number_by_form(here)?;
        self.day_of_month(here)?;
        self.hour_of_part_of_day(here)?;
        self.number_of_units(here)?;
        self.spelled_year_or_decade(here)?;
        self.ordinal_day_or_century(here)?;
        self.year_end(here)?;
        self.hyphenated(here)?;
        self.quarter_or_fiscal_year(here)?;
        self.month_name(here)?;
        self.weekday_name(here)?;
        self.season_name(here)?;
        self.that_anaphor(here)?;
        self.holiday_name(here)?;
        self.deictic(here)?;
        self.rate_word(here)?;
        self.day_time_word(here)?;
        self.every_or_times(here)?;
        self.shift_word(here)?;
        self.weekend_or_units(here)?;
        Continue(())
    }

    /// Numbers that are a date, a clock time, a decade or a year by their form:
    /// `2025-08-18`, `5 p.m.`, `1990s`, `2024`.
    #[inline(always)]
    fn number_by_form(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            the,
        } = here;
        if let Some((y, m, d)) = numeric_date(w) {
            return Break(cand(i + 1, Ty::Date, Sem::Ymd(Some(y), m, Some(d))));
        }
        if let Some(c) = self.clock_time(i) {
            return Break(Some(c));
        }
        // `0600 GMT`, `2100 GMT`: a 24-hour clock of wire copy, not a year. Wire copy writes
        // these with a universal zone in capitals; `CT`, `PT` after a year are scans and cars
        // (`a 2019 CT scan`), so a number that could be a year needs a clock preposition too.
        // Anything else is left to the year rule below.
        let universal_zone = matches!(next, "gmt" | "utc" | "z")
            && self
                .ws
                .get(i + 1)
                .and_then(|t| self.text.get(t.start..t.end))
                .is_some_and(|raw| raw.chars().all(|c| c.is_ascii_uppercase()));
        let year_like = w.parse::<u16>().is_ok_and(|n| (1900..=2099).contains(&n));
        let clock_prep = matches!(prev, "at" | "by" | "until" | "from" | "before" | "after");
        if w.len() == 4 && tok.number && universal_zone && (clock_prep || !year_like) {
            let h = w
                .get(0..2)
                .and_then(|h| h.parse::<u8>().ok())
                .filter(|&h| h <= 23);
            let m = w
                .get(2..4)
                .and_then(|m| m.parse::<u8>().ok())
                .filter(|&m| m <= 59);
            if let (Some(h), Some(m)) = (h, m) {
                let end = self.zone_after(i, i + 1);
                let (end, base) = self.clock_day(i, end);
                return Break(cand(end, Ty::Time, Sem::Clock(h, m, base)));
            }
        }
        if let Some(dec) = w.strip_suffix('s').or_else(|| w.strip_suffix("'s")) {
            if let Some(y) = year_number(dec) {
                if y % 10 == 0 {
                    return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{:03}", y / 10))));
                }
            }
            if dec.len() == 2 && dec.ends_with('0') && (prev == "'" || prev == "the" || the) {
                if let Some(y) = two_digit_year(dec) {
                    return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{:03}", y / 10))));
                }
            }
        }
        // `in 2029-30`, `the 2024/25 season`, `1939-45`: a fiscal year or season written with
        // both years, or a stretch of years; the first year is its value, the two its range.
        if let Some((y, _)) = year_pair(w).filter(|_| tok.number) {
            if !matches!(prev, "$" | "#" | "no" | "number") {
                return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{y:04}"))));
            }
        }
        if let Some(y) = year_number(w) {
            if tok.number {
                // A bare year, unless it counts something (`2000 workers`).
                // (`the 2000 Olympics` names an event of that year, not 2000 things)
                let counts = next.len() > 3
                    && next.ends_with('s')
                    && next.chars().all(char::is_lowercase)
                    && !self.ws.get(i + 1).is_some_and(|t| t.cap);
                let ok = year_context(prev) || the || !counts;
                let unit_follows = Unit::parse(next).is_some();
                // `Flight 1945`, `Route 1966`, `1600 Pennsylvania Avenue`: an identifier.
                let identifier = IDENTIFIER_NOUNS.contains(&prev)
                    || (self.ws.get(i + 1).is_some_and(|t| t.cap)
                        && (STREET_WORDS.contains(&self.at(i, i + 2))
                            || STREET_WORDS.contains(&self.at(i, i + 3))));
                if ok
                    && !unit_follows
                    && !identifier
                    && !matches!(prev, "$" | "#" | "no" | "number")
                {
                    return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{y:04}"))));
                }
            }
        }
        Continue(())
    }

    /// A day number beside a month: `18 August [2025]`, `18th of August`, the second day of
    /// `April 24 and 25`.
    #[inline(always)]
    fn day_of_month(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            ..
        } = here;
        // `on April 24 and 25`: the second day of the same month.
        if let (Some(d), "and", Some(m)) = (
            day_number(w).filter(|_| tok.number),
            prev,
            month(self.w(i.wrapping_sub(3))),
        ) {
            if day_number(self.w(i.wrapping_sub(2))).is_some()
                && self.ws.get(i.wrapping_sub(3)).is_some_and(|t| t.cap)
                && Unit::parse(next).is_none()
            {
                if let Some(c) = self.relative_year(i + 1, m, Some(d)) {
                    return Break(Some(c));
                }
                return Break(cand(i + 1, Ty::Date, Sem::Ymd(None, m, Some(d))));
            }
        }
        if let Some(d) = day_number(w) {
            // 18 August [2025], 18th of August
            let of = usize::from(self.at(i, i + 1) == "of");
            if let Some(m) = month(self.at(i, i + 1 + of))
                .filter(|_| self.ws.get(i + 1 + of).is_some_and(|t| t.cap))
            {
                let (end, y) = self.year_after(i, i + 2 + of);
                return Break(cand(end, Ty::Date, Sem::Ymd(y, m, Some(d))));
            }
        }
        Continue(())
    }

    /// An hour told by the part of day rather than a.m./p.m.: `4 in the morning`.
    #[inline(always)]
    fn hour_of_part_of_day(&self, here: Here<'_>) -> Step {
        let Here {
            i, tok, w, next, ..
        } = here;
        // `4 in the morning`, `10 in the evening (on Tuesday)`: an hour told by the part of day.
        if let (Some(h), Some(p)) = (
            w.parse::<u8>()
                .ok()
                .filter(|h| (1..=12).contains(h) && tok.number),
            part_of_day(self.at(i, i + 3)).filter(|_| next == "in" && self.at(i, i + 2) == "the"),
        ) {
            let h = match p {
                "MO" => h % 12,
                "NI" if h < 5 || h == 12 => h % 12,
                _ if h < 12 => h + 12,
                _ => h,
            };
            let (end, base) = self.clock_day(i, i + 4);
            return Break(cand(end, Ty::Time, Sem::Clock(h, 0, base)));
        }
        Continue(())
    }

    /// A number that counts units: `two years ago`, `ten days`, `a few weeks`.
    #[inline(always)]
    fn number_of_units(&self, here: Here<'_>) -> Step {
        let Here { i, tok, w, .. } = here;
        if tok.number || small_number(w).is_some() || count(w).is_some() {
            if let Some(c) = self.counted(i) {
                return Break(Some(c));
            }
        }
        Continue(())
    }

    /// Years and decades in words: `nineteen ninety-six`, `two thousand`, `the nineties`.
    #[inline(always)]
    fn spelled_year_or_decade(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            w,
            next,
            prev,
            the,
            ..
        } = here;
        if w == "nineteen" {
            if let Some(Some(n)) =
                count(next).filter(|n| n.is_some_and(|v| (10.0..100.0).contains(&v)))
            {
                return Break(cand(
                    i + 2,
                    Ty::Date,
                    Sem::Fixed(format!("{}", 1900 + n as i64)),
                ));
            }
        }
        if w == "two"
            && next == "thousand"
            && (the || matches!(prev, "year" | "in" | "by" | "since" | "until"))
        {
            return Break(cand(i + 2, Ty::Date, Sem::Fixed("2000".into())));
        }
        if let Some(d) = decade_word(w).filter(|_| the || prev == "the") {
            return Break(cand(i + 1, Ty::Date, Sem::Fixed(d.into())));
        }
        Continue(())
    }

    /// An ordinal before `day` or `century`: `the second day of an offensive`, `the 20th century`.
    #[inline(always)]
    fn ordinal_day_or_century(&self, here: Here<'_>) -> Step {
        let Here {
            i, w, next, the, ..
        } = here;
        // `the second day of an offensive`, `his first day in office`: a day counted from an
        // event (TimeBank/AQUAINT 3 of 3); the publication day after `today is`, `it's`,
        // otherwise unknown.
        // Not a calendar day: `the 15th day of June`, `of next month`.
        let calendar_day = self.at(i, i + 2) == "of"
            && (month(self.at(i, i + 3)).is_some()
                || Unit::parse(self.at(i, i + 3)).is_some()
                || Unit::parse(self.at(i, i + 4)).is_some());
        if ordinal(w).is_some()
            && next == "day"
            && matches!(self.at(i, i + 2), "of" | "in")
            && !calendar_day
        {
            let back = usize::from(the) + 1;
            let today = (back..back + 2).any(|k| {
                let j = i.wrapping_sub(k);
                matches!(self.w(j), "is" | "today")
                    // `it's`: the `'s` is split off the word
                    || (self.w(j) == "it"
                        && self.ws.get(j).is_some_and(|t| t.content_end < t.end))
            });
            let sem = if today {
                Sem::Rel(Unit::Day, 0, None)
            } else {
                Sem::Fixed("XXXX-XX-XX".into())
            };
            return Break(cand(i + 2, Ty::Date, sem));
        }
        // `on the 14th`, `until the 31st`: a day of the month named alone, the publication
        // month's, moved a month by the tense when it lies on the wrong side. Not before a noun
        // (`the 11th Circuit`, `the 36th anniversary`).
        if the
            && !w.bytes().all(|b| b.is_ascii_digit())
            && i > 1
            && matches!(
                self.w(i - 2),
                "on" | "by" | "until" | "till" | "from" | "since" | "before" | "after"
            )
            && (matches!(next, "" | "," | "." | ";" | ")" | "at")
                || (matches!(next, "and" | "or" | "to") && self.another_day_after(i, i + 2)))
        {
            if let Some(d) = day_number(w) {
                return Break(cand(i + 1, Ty::Date, Sem::DayOfMonth(d)));
            }
        }
        // `the first Monday of October`, `the third Thursday of November 2026`: that weekday of
        // the month, by the rule a holiday is told by.
        if let (Some(n), Some(wd)) = (ordinal(w).filter(|n| (1..=5).contains(n)), weekday(next)) {
            if let Some(m) = month(self.at(i, i + 3)).filter(|_| self.at(i, i + 2) == "of") {
                let (end, year) = self.digit_year_at(i, i + 4);
                let h = Holiday::Nth(m, wd, n);
                return Break(cand(end, Ty::Date, Sem::Holiday(h, year, 0)));
            }
        }
        // the 20th century
        if let Some(n) = ordinal(w).filter(|n| *n > 0) {
            if next == "century" {
                return Break(cand(i + 2, Ty::Date, Sem::Fixed(format!("{:02}", n - 1))));
            }
        }
        Continue(())
    }

    /// Whether a day of the month starts at `k`, after `and`/`or`/`to`: a month (`the 30th to
    /// March 3`), or an ordinal, with or without `the`, that ends the phrase (`the 14th and
    /// 15th.`). An ordinal before a noun makes both ordinals modifiers of it (`the 1st and 2nd
    /// battalions`).
    fn another_day_after(&self, i: usize, k: usize) -> bool {
        let k = k + usize::from(self.at(i, k) == "the");
        month(self.at(i, k)).is_some()
            || (day_number(self.at(i, k)).is_some()
                && !self.at(i, k).bytes().all(|b| b.is_ascii_digit())
                && matches!(self.at(i, k + 1), "" | "," | "." | ";" | ")"))
    }

    /// `year-end` and `year end`: the last day of the year, or its end.
    #[inline(always)]
    fn year_end(&self, here: Here<'_>) -> Step {
        let Here { i, w, next, .. } = here;
        // `by year-end`, `since year-end`: the last day of the year (TimeBank 2 of 2), the
        // year by the tense.
        if w == "year-end" && !matches!(next, "results" | "net" | "figures") {
            return Break(cand(i + 1, Ty::Date, Sem::Ymd(None, 12, Some(31))));
        }
        if w == "year-end" || (w == "year" && next == "end") {
            let end = if w == "year" { i + 2 } else { i + 1 };
            return Break(Some(Cand {
                end,
                ty: Ty::Date,
                sem: Sem::Rel(Unit::Year, 0, None),
                modifier: Some("END"),
            }));
        }
        Continue(())
    }

    /// Hyphenated words: `day-long`, `post-1959`, `40-minute`, `third-quarter`, `year-ago`.
    #[inline(always)]
    fn hyphenated(&self, here: Here<'_>) -> Step {
        let Here { i, w, next, .. } = here;
        // `day-long`, `decades-long`: a duration of the unit (TimeBank/AQUAINT 2 of 2).
        if let Some(u) = w.strip_suffix("-long") {
            if let Some(unit) = Unit::parse(u) {
                let n = if u.ends_with('s') { None } else { Some(1.0) };
                return Break(cand(i + 1, Ty::Duration, Sem::Fixed(unit.duration(n))));
            }
        }
        // `raised its full-year forecast`: the year reported on, as `the full year` is; after
        // `for` a length (Recognizers `for full-year` P1Y).
        if w == "full-year" {
            if here.prev == "for" {
                return Break(cand(i + 1, Ty::Duration, Sem::Fixed("P1Y".into())));
            }
            return Break(cand(i + 1, Ty::Date, Sem::Rel(Unit::Year, 0, None)));
        }
        // `post-1959 politics`, `pre-1990 levels`: the year they are told from.
        if let Some(y) = w
            .strip_prefix("post-")
            .or_else(|| w.strip_prefix("pre-"))
            .filter(|y| is_year_like(y))
            .and_then(year_number)
        {
            return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{y:04}"))));
        }
        // Hyphenated durations: 40-minute, two-year, 10-day.
        if let Some((a, b)) = w.rsplit_once('-') {
            if let (Some(n), Some(unit)) = (
                count(a),
                Unit::parse(b)
                    .filter(|_| !b.starts_with("quarter") || a.bytes().all(|c| c.is_ascii_digit())),
            ) {
                if !next.starts_with("old") && !self.at(i, i + 1).starts_with('-') {
                    return Break(cand(i + 1, Ty::Duration, Sem::Fixed(unit.duration(n))));
                }
            }
            // third-quarter, fourth-quarter; first-half, second-half
            if let (Some(q), "quarter") = (ordinal(a), b) {
                if (1..=4).contains(&q) {
                    return Break(self.of_year(i + 1, format!("Q{q}")));
                }
            }
            if let (Some(h @ 1..=2), "half") = (ordinal(a), b) {
                return Break(self.of_year(i + 1, format!("H{h}")));
            }
            if a == "year" && (b == "earlier" || b == "ago") {
                // `the year-ago quarter`: financial news compares a quarter with the same one a
                // year before.
                // The quarter reported on is the last one completed, so a year before it is
                // five quarters back.
                // `fourth-quarter revenue … from the year-earlier period`: the quarter named in
                // its own sentence, a year back, which the reported one need not be (an outlook).
                if matches!(next, "quarter" | "period") {
                    let sem = match self.quarter_named(i) {
                        Some(q) => Sem::PartIn(format!("Q{q}"), -1),
                        None => Sem::Rel(Unit::Quarter, -5, None),
                    };
                    return Break(cand(i + 2, Ty::Date, sem));
                }
                // `the year-ago third quarter`: that quarter a year before.
                if let Some(q) = ordinal(next).filter(|q| (1..=4).contains(q)) {
                    if self.at(i, i + 2) == "quarter" {
                        return Break(cand(i + 3, Ty::Date, Sem::PartIn(format!("Q{q}"), -1)));
                    }
                }
                if self.sentence_mentions(i, "quarter") {
                    return Break(cand(i + 1, Ty::Date, Sem::Rel(Unit::Quarter, -5, None)));
                }
                return Break(cand(i + 1, Ty::Date, Sem::Rel(Unit::Year, -1, None)));
            }
        }
        Continue(())
    }

    /// Quarters, halves and fiscal years: `Q3 2024`, `FY25`, `fiscal 2025`, `the third quarter`,
    /// `the first half`.
    #[inline(always)]
    fn quarter_or_fiscal_year(&self, here: Here<'_>) -> Step {
        let Here {
            i, tok, w, next, ..
        } = here;
        // Q3 2024, FY2025, fiscal 2025
        if let Some(q) = w
            .strip_prefix('q')
            .and_then(|q| q.parse::<i8>().ok())
            .filter(|q| (1..=4).contains(q))
        {
            if tok.cap {
                return Break(self.of_year(i + 1, format!("Q{q}")));
            }
        }
        if let Some(y) = w.strip_prefix("fy").and_then(two_digit_year) {
            return Break(cand(i + 1, Ty::Date, Sem::Fixed(format!("{y:04}"))));
        }
        if w == "fiscal" {
            let skip = usize::from(next == "year");
            if let Some(y) = year_number(self.at(i, i + 1 + skip)) {
                return Break(cand(i + 2 + skip, Ty::Date, Sem::Fixed(format!("{y:04}"))));
            }
            if let Some(q) = ordinal(next).filter(|q| (1..=4).contains(q)) {
                if self.at(i, i + 2) == "quarter" {
                    return Break(self.of_year(i + 3, format!("Q{q}")));
                }
            }
            if next == "year" {
                return Break(cand(i + 2, Ty::Date, Sem::Rel(Unit::Year, 0, None)));
            }
        }

        // the third quarter [of 2024], the first half; `the final quarter` is the year's last,
        // the fourth, as `the final half` is the second.
        let last_part = match next {
            "quarter" => 4,
            _ => 2,
        };
        let part = if w == "final" {
            Some(last_part)
        } else {
            ordinal(w)
        };
        if let Some(q) = part.filter(|q| (1..=4).contains(q)) {
            if next == "quarter" {
                return Break(self.of_year(i + 2, format!("Q{q}")));
            }
            if next == "half" && q <= 2 {
                return Break(self.of_year(i + 2, format!("H{q}")));
            }
        }
        Continue(())
    }

    /// A month name, with its day and year if given: `Aug. 18, 2025`, `August 2025`,
    /// `the May elections`.
    #[inline(always)]
    fn month_name(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            the,
        } = here;
        // Lowercase full month names count before a day (`april 9th`); capitalised ones always.
        let lowercase_ok = w.len() > 5 && day_number(next).is_some();
        if let Some(m) = month(w).filter(|_| tok.cap || lowercase_ok) {
            let ambiguous = matches!(w, "may" | "march" | "mar" | "jan" | "dec" | "sep" | "jun");
            if let Some(d) = day_number(next) {
                if !self.at(i, i + 2).starts_with(':') && Unit::parse(self.at(i, i + 2)).is_none() {
                    let (end, y) = self.year_after(i, i + 2);
                    if y.is_none() {
                        if let Some(c) = self.relative_year(i + 2, m, Some(d)) {
                            return Break(Some(c));
                        }
                    }
                    return Break(cand(end, Ty::Date, Sem::Ymd(y, m, Some(d))));
                }
            }
            if let Some(c) = self.relative_year(i + 1, m, None) {
                return Break(Some(c));
            }
            let of = usize::from(next == "of");
            if let Some(y) = year_number(self.at(i, i + 1 + of)) {
                return Break(cand(i + 2 + of, Ty::Date, Sem::Ymd(Some(y), m, None)));
            }
            // January nineteen ninety-seven
            if let Some((y, len)) = self.spelled_year(i, i + 1 + of) {
                return Break(cand(i + 1 + of + len, Ty::Date, Sem::Ymd(Some(y), m, None)));
            }
            // An abbreviation alone is more often a name (`Jan`) than a month.
            let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
            // `the March accession`, `the May elections`: a month naming a noun's time.
            let before_noun =
                prev == "the" && adjective_use(next) && !self.ws.get(i + 1).is_some_and(|t| t.cap);
            if !abbreviated
                && (!ambiguous
                    || month_context(prev)
                    || the
                    || before_noun
                    || self.month_as_subject(i, tok))
            {
                return Break(cand(i + 1, Ty::Date, Sem::Ymd(None, m, None)));
            }
        }
        Continue(())
    }

    /// `said May had been the sunniest`: a capitalised `May` / `March` before a finite verb is
    /// the month as a subject, since the modal takes a bare verb (`may be`, `may have`). After a
    /// capitalised word or at a sentence's head it stays out: there it is as often a surname
    /// (`Theresa May was`, `Mrs May has`).
    fn month_as_subject(&self, i: usize, tok: &W<'_>) -> bool {
        let after_lowercase = i > 0
            && self.same_sentence(i - 1, i)
            && self
                .ws
                .get(i - 1)
                .is_some_and(|p| !p.cap && p.low.starts_with(char::is_alphabetic));
        tok.cap
            && after_lowercase
            && matches!(self.at(i, i + 1), "had" | "was" | "is" | "has" | "saw")
    }

    /// A weekday, one or recurring: `Monday`, `Monday morning`, `Tuesday nights`, `Mondays`.
    #[inline(always)]
    fn weekday_name(&self, here: Here<'_>) -> Step {
        let Here {
            i, w, next, prev, ..
        } = here;
        // `closed on weekends`, `at weekends`: every weekend.
        if w == "weekends" && matches!(prev, "on" | "at" | "during" | "over" | "most" | "all") {
            return Break(cand(i + 1, Ty::Set, Sem::Fixed("XXXX-WXX-WE".into())));
        }
        if let Some(wd) = weekday(w) {
            // `Tuesday nights`, `Monday and Tuesday nights`: a recurring part of those days.
            let plural_part = |k: usize| {
                let p = self.at(i, k);
                p.strip_suffix('s').and_then(part_of_day)
            };
            if let Some(p) = plural_part(i + 1) {
                return Break(cand(
                    i + 2,
                    Ty::Set,
                    Sem::Fixed(format!("XXXX-WXX-{wd}T{p}")),
                ));
            }
            if matches!(next, "and" | "or") && weekday(self.at(i, i + 2)).is_some() {
                if let Some(p) = plural_part(i + 3) {
                    return Break(cand(
                        i + 1,
                        Ty::Set,
                        Sem::Fixed(format!("XXXX-WXX-{wd}T{p}")),
                    ));
                }
            }
            if let Some(c) = self.weekday_then_clock(i, wd) {
                return Break(Some(c));
            }
            return Break(Some(self.weekday_at(i, wd, WeekShift::ByTense)));
        }
        if let Some(wd) = weekday_plural(w) {
            let part = part_of_day(self.at(i, i + 1).trim_end_matches('s'));
            let tail = part.map_or(String::new(), |p| format!("T{p}"));
            return Break(cand(
                i + 1 + usize::from(part.is_some()),
                Ty::Set,
                Sem::Fixed(format!("XXXX-WXX-{wd}{tail}")),
            ));
        }
        Continue(())
    }

    /// A season, with its year if given: `the summer`, `spring 2024`, `summer of 2024`.
    #[inline(always)]
    fn season_name(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            the,
        } = here;
        // `spent summers at the farm`, `in winters`: a bare plural season recurs, a set, as
        // `Tuesday nights` do. Not counted or determined (`two summers`, `the summers of`), and
        // not capitalised (`Larry Summers`); `springs` and `falls` are other words as often.
        if let Some(s) = w
            .strip_suffix('s')
            .filter(|s| matches!(*s, "summer" | "winter"))
        {
            let undetermined = count(prev).is_none()
                && !matches!(
                    prev,
                    "the" | "these" | "those" | "his" | "her" | "their" | "our" | "its" | "my"
                )
                && !prev.ends_with("'s");
            if undetermined && !tok.cap && next != "of" {
                let code = season(s).unwrap_or("SU");
                return Break(cand(i + 1, Ty::Set, Sem::Fixed(format!("XXXX-{code}"))));
            }
        }
        if let Some(s) = season(w) {
            let of = usize::from(next == "of");
            if let Some(y) = year_number(self.at(i, i + 1 + of)) {
                return Break(cand(i + 2 + of, Ty::Date, Sem::Season(s, Some(y), None)));
            }
            if let Some((y, len)) = self.spelled_year(i, i + 1 + of) {
                return Break(cand(
                    i + 1 + of + len,
                    Ty::Date,
                    Sem::Season(s, Some(y), None),
                ));
            }
            // `the start of spring`: an `of` complement (TimeBank keeps `the end of the month`).
            let ok = the
                || matches!(
                    prev,
                    "in" | "this"
                        | "of"
                        | "during"
                        | "by"
                        | "until"
                        | "since"
                        | "early"
                        | "late"
                        | "over"
                        | "through"
                );
            // `the fall of the Berlin Wall`, `the fall of Saigon`: `fall of` with no year after it
            // is the noun of collapse, not the season (`the fall of 1989` is read above).
            let collapse = w == "fall" && next == "of";
            if ok && !collapse && !(w == "fall" && !the && prev != "this" && prev != "in") {
                return Break(cand(i + 1, Ty::Date, Sem::Season(s, None, None)));
            }
            // `their summer recess`, `its winter break`: a possessive's seasonal pause is that
            // season (the noun after it stays out, as TimeBank leaves nouns out), the one of the
            // publication year: a body's yearly pause is talked of in its own year, returned
            // from or gone into.
            let possessive = matches!(prev, "their" | "his" | "her" | "its" | "our" | "my");
            let pause = matches!(
                next,
                "recess" | "break" | "holiday" | "holidays" | "vacation" | "vacations"
            );
            if possessive && pause && w != "fall" {
                return Break(cand(i + 1, Ty::Date, Sem::Season(s, None, Some(0))));
            }
        }
        Continue(())
    }

    /// `that year`, `that same day`, `that morning`: a time told from an earlier date of the story.
    #[inline(always)]
    fn that_anaphor(&self, here: Here<'_>) -> Step {
        let Here { i, w, next, .. } = here;
        if w == "that" {
            let same = usize::from(next == "same");
            let word = self.at(i, i + 1 + same);
            if let Some(p) = part_of_day(word).filter(|_| word != "tonight") {
                return Break(cand(
                    i + 2 + same,
                    Ty::Time,
                    Sem::Anaphor(Unit::Day, 0, Some(p), false),
                ));
            }
            if let Some(unit) = Unit::parse(word).filter(|u| {
                !word.ends_with('s')
                    && matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year
                    )
            }) {
                return Break(cand(
                    i + 2 + same,
                    Ty::Date,
                    Sem::Anaphor(unit, 0, None, false),
                ));
            }
        }
        Continue(())
    }

    /// A holiday with its year if given: `Thanksgiving Day`, `Christmas Eve`,
    /// `New Year's Day 1999`.
    #[inline(always)]
    fn holiday_name(&self, here: Here<'_>) -> Step {
        let Here {
            i, tok, w, next, ..
        } = here;
        if tok.cap {
            // Martin Luther King Jr. Day, MLK Day: the third Monday of January. The name alone
            // is the man, so `Day` must follow.
            let king = match (w, next) {
                ("martin", "luther") if self.at(i, i + 2) == "king" => Some(i + 3),
                ("mlk", _) => Some(i + 1),
                _ => None,
            };
            if let Some(mut k) = king {
                while matches!(self.at(i, k), "jr" | "jr." | ".") {
                    k += 1;
                }
                if self.at(i, k) == "day" {
                    let h = Holiday::Nth(1, 1, 3);
                    let (end, year) = self.digit_year_at(i, k + 1);
                    return Break(cand(end, Ty::Date, Sem::Holiday(h, year, 0)));
                }
            }
            if let Some((h, len)) = Holiday::parse([w, next, self.at(i, i + 2)]) {
                let (end, year) = self.digit_year_at(i, i + len);
                let day = Sem::Holiday(h, year, 0);
                if self.at(i, end) == "weekend" {
                    return Break(cand(end + 1, Ty::Date, Sem::WeekendOf(Box::new(day))));
                }
                return Break(cand(end, Ty::Date, day));
            }
        }
        Continue(())
    }

    /// Words that point at now or the story's day: `today`, `tonight`, `now`, `recently`,
    /// `the future`.
    #[inline(always)]
    fn deictic(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            the,
        } = here;
        match w {
            // `in today's world`, `for today's youth`, `of today's computers`: after a
            // preposition the possessive mostly means the present age, not the day (TimeBank
            // annotates 2 of 6: `in today's editions`, `for today's quiz`).
            "today"
                if tok.content_end < tok.end
                    && matches!(prev, "in" | "for" | "of" | "to" | "with" | "from" | "among")
                    && !day_event_noun(next) =>
            {
                return Break(None)
            }
            "today" => return Break(self.day_part(i, 0)),
            "yesterday" => return Break(self.day_part(i, -1)),
            "tomorrow" => return Break(self.day_part(i, 1)),
            "tonight" => return Break(cand(i + 1, Ty::Time, Sem::Rel(Unit::Day, 0, Some("NI")))),
            // `Now, he says…`, `Now for the weather`: at the head of a sentence before a comma
            // or `for`, `now` only moves the discourse on (TimeBank 0 of 4).
            "now" if prev.is_empty() && matches!(next, "," | "for") => return Break(None),
            // `the lockdown, now in its 13th week`: `now` before an age in a count of units tells
            // how long something has run, not a time of its own.
            "now" if self.age_follows(i) => return Break(None),
            "now" | "currently" | "nowadays" | "presently" if !the => {
                return Break(cand(i + 1, Ty::Date, Sem::Fixed("PRESENT_REF".into())))
            }
            "recently" | "lately" => {
                return Break(cand(i + 1, Ty::Date, Sem::Fixed("PAST_REF".into())))
            }
            "these" if next == "days" => {
                return Break(cand(i + 2, Ty::Date, Sem::Fixed("PRESENT_REF".into())))
            }
            "past" if the && !is_unitish(next) => {
                return Break(cand(i + 1, Ty::Date, Sem::Fixed("PAST_REF".into())))
            }
            // `the future of our peoples`, `the future looks bleak`… are prospects; `the future`
            // as a time is `in/into the future`, `about the future`.
            "future" if the && next == "of" => return Break(None),
            "future" if the || prev == "near" => {
                return Break(cand(i + 1, Ty::Date, Sem::Fixed("FUTURE_REF".into())))
            }
            "recent" => {
                // `in recent weeks`: TimeBank mostly gives an unknown duration (`PXW`).
                if let Some(unit) = Unit::parse(next).filter(|_| next.ends_with('s')) {
                    // `recent weeks and months`: one vague past (TimeBank 1 of 1)
                    if self.plural_unit_pair(i + 1) {
                        return Break(cand(i + 4, Ty::Date, Sem::Fixed("PAST_REF".into())));
                    }
                    return Break(cand(i + 2, Ty::Duration, Sem::Fixed(unit.duration(None))));
                }
                return Break(cand(i + 1, Ty::Date, Sem::Fixed("PAST_REF".into())));
            }
            _ => {}
        }
        Continue(())
    }

    /// `annually`, `daily`, `quarterly`…: a recurring time, unless they give the rate of an
    /// amount.
    #[inline(always)]
    fn rate_word(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            tok,
            w,
            next,
            prev,
            ..
        } = here;
        match w {
            // `rise 20% annually`, `10,000 units annually`, `average daily volume`: a rate of an
            // amount, like `$500 million a year` (TimeBank 1 of 5 annotated).
            "annually" | "yearly" | "daily" | "weekly" | "fortnightly" | "monthly"
            | "quarterly" | "hourly"
                if prev == "average" || self.after_quantity(i, 1) =>
            {
                return Break(None)
            }
            // `Weekly jobless claims fell`: capitalised at a sentence's head before a noun the
            // rate word is a modifier of the noun, no recurring time (lowercase ones keep the
            // rules below).
            "annually" | "yearly" | "daily" | "weekly" | "fortnightly" | "monthly"
            | "quarterly" | "hourly"
                if tok.cap
                    && (i == 0 || !self.same_sentence(i - 1, i))
                    && adjective_use(next)
                    && self.ws.get(i + 1).is_some_and(|t| !t.cap) =>
            {
                return Break(None)
            }
            "annually" | "yearly" => return Break(cand(i + 1, Ty::Set, Sem::Fixed("P1Y".into()))),
            // `daily`, `quarterly` as adverbs; as adjectives (`a quarterly dividend`) they are not
            // times, and after a superlative (`the steepest monthly drop`) or a rank (`the third
            // straight monthly decline`, `its fourth weekly loss`) none of them is: the noun is
            // one of a series, not a recurrence (after a determiner TimeBank still marks
            // `daily`: `the daily …` 3 times).
            "daily" | "weekly" | "fortnightly" | "monthly" | "quarterly" | "hourly"
                if !(adjective_use(next)
                    && (w == "quarterly"
                        || (prev.len() > 5 && prev.ends_with("est"))
                        || ranked(prev))) =>
            {
                let v = match w {
                    "quarterly" => "P3M",
                    _ => rate_value(w).unwrap_or("PT1H"),
                };
                return Break(cand(i + 1, Ty::Set, Sem::Fixed(v.into())));
            }
            _ => {}
        }
        Continue(())
    }

    /// `the quarter`, `noon`, `midnight`, `the morning`: a quarter or a time of the day.
    #[inline(always)]
    fn day_time_word(&self, here: Here<'_>) -> Step {
        let Here {
            i, w, prev, the, ..
        } = here;
        match w {
            "quarter" if the => {
                // `the quarter ended July 31`: a fiscal quarter named by its last day is the
                // calendar quarter that holds most of its three months, the one holding its
                // middle day (the last day less a month and a half): July 31 gives Q2, Sept. 30
                // Q3. The date after `ended` is an expression of its own.
                if matches!(self.at(i, i + 1), "ended" | "ending") {
                    if let (Some(m), Some(d)) =
                        (month(self.at(i, i + 2)), day_number(self.at(i, i + 3)))
                    {
                        let (_, y) = self.year_after(i, i + 4);
                        let day = Box::new(Sem::Ymd(y, m, Some(d)));
                        return Break(cand(i + 1, Ty::Date, Sem::QuarterEnding(day)));
                    }
                }
                // `the quarter a year ago`: the same quarter a year before the one reported.
                if self.at(i, i + 1) == "a"
                    && self.at(i, i + 2) == "year"
                    && matches!(self.at(i, i + 3), "ago" | "earlier")
                {
                    return Break(cand(i + 4, Ty::Date, Sem::Rel(Unit::Quarter, -5, None)));
                }
                return Break(cand(i + 1, Ty::Date, Sem::Rel(Unit::Quarter, -1, None)));
            }
            "noon" | "midday" | "midnight" if prev != "high" => {
                let (end, base) = self.clock_day(i, self.zone_after(i, i + 1));
                let h = match w {
                    "midnight" => midnight_hour(base.is_some()),
                    _ => 12,
                };
                return Break(cand(end, Ty::Time, Sem::Clock(h, 0, base)));
            }
            // `the evening of Jan. 7`: TimeBank keeps an `of` complement in the extent (`the
            // end of November`, `the last half of 1989`).
            "morning" | "afternoon" | "evening" if the && self.at(i, i + 1) == "of" => {
                if let (Some((end, day)), Some(p)) = (self.day_named_at(i, i + 2), part_of_day(w)) {
                    return Break(cand(end, Ty::Time, Sem::DayPart(day, p)));
                }
            }
            "morning" | "afternoon" | "evening"
                if the || matches!(prev, "this" | "that" | "last") =>
            {
                return Break(cand(
                    i + 1,
                    Ty::Time,
                    Sem::Rel(Unit::Day, 0, part_of_day(w)),
                ));
            }
            _ => {}
        }
        Continue(())
    }

    /// Sets: `every week`, `each Monday`, `every two years`, `twice a week`, `three times a year`.
    #[inline(always)]
    fn every_or_times(&self, here: Here<'_>) -> Step {
        let Here { i, w, next, .. } = here;
        // `every other Tuesday`, `every other week`: a set with every second one left out; its
        // period is two units (Recognizers `every other day` P2D), a weekday keeps its code.
        // `every second Thursday` is the British `every other Thursday`; `every second` alone is
        // a rate of seconds.
        let alternate = next == "other"
            || (next == "second"
                && (weekday(self.at(i, i + 2)).is_some()
                    || Unit::parse(self.at(i, i + 2)).is_some()));
        if w == "every" && alternate {
            let nw = self.at(i, i + 2);
            if let Some(wd) = weekday(nw) {
                return Break(cand(i + 3, Ty::Set, Sem::Fixed(format!("XXXX-WXX-{wd}"))));
            }
            if let Some(unit) = Unit::parse(nw).filter(|_| !nw.ends_with('s')) {
                return Break(cand(i + 3, Ty::Set, Sem::Fixed(unit.duration(Some(2.0)))));
            }
        }
        if matches!(w, "every" | "each") {
            let nw = next;
            if let Some(wd) = weekday(nw) {
                // `every Saturday morning`: the part of day stays in, as in `Sunday afternoons`.
                if let Some(p) = part_of_day(self.at(i, i + 2)) {
                    return Break(cand(
                        i + 3,
                        Ty::Set,
                        Sem::Fixed(format!("XXXX-WXX-{wd}T{p}")),
                    ));
                }
                return Break(cand(i + 2, Ty::Set, Sem::Fixed(format!("XXXX-WXX-{wd}"))));
            }
            // every July
            if let Some(m) = month(nw).filter(|_| self.ws.get(i + 1).is_some_and(|t| t.cap)) {
                return Break(cand(i + 2, Ty::Set, Sem::Fixed(format!("XXXX-{m:02}"))));
            }
            if let Some(unit) = Unit::parse(nw) {
                return Break(cand(i + 2, Ty::Set, Sem::Fixed(unit.duration(Some(1.0)))));
            }
            if let (Some(n), Some(unit)) = (count(nw), Unit::parse(self.at(i, i + 2))) {
                return Break(cand(i + 3, Ty::Set, Sem::Fixed(unit.duration(n))));
            }
            if let Some(p) = part_of_day(nw) {
                return Break(cand(i + 2, Ty::Set, Sem::Fixed(format!("XXXX-XX-XXT{p}"))));
            }
            // `every summer`: the season each year.
            if let Some(code) = season(nw) {
                return Break(cand(i + 2, Ty::Set, Sem::Fixed(format!("XXXX-{code}"))));
            }
        }
        if matches!(w, "once" | "twice") || (count(w).is_some() && next == "times") {
            let k = if matches!(w, "once" | "twice") {
                i + 1
            } else {
                i + 2
            };
            if matches!(self.at(i, k), "a" | "an" | "per" | "every" | "each") {
                if let Some(unit) = Unit::parse(self.at(i, k + 1)) {
                    return Break(cand(k + 2, Ty::Set, Sem::Fixed(unit.duration(Some(1.0)))));
                }
            }
            // `twice daily`, `three times weekly`: one set, like `twice a day`.
            if let Some(v) = rate_value(self.at(i, k)) {
                return Break(cand(k + 1, Ty::Set, Sem::Fixed(v.into())));
            }
        }
        Continue(())
    }

    /// `this`, `last`, `next`, `past`, `coming`, `earlier`, `later` before a unit, weekday, month
    /// or season.
    #[inline(always)]
    fn shift_word(&self, here: Here<'_>) -> Step {
        let Here {
            i,
            w,
            next,
            prev,
            the,
            ..
        } = here;
        // `is expected to last six weeks`, `will last 48 hours`, `start Monday and last two
        // days`: the verb, before a count; the count alone is the duration.
        if w == "last"
            && count(next).is_some()
            && matches!(
                prev,
                "to" | "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "can"
                    | "should"
                    | "must"
                    | "and"
            )
        {
            return Break(None);
        }
        let shift: Option<i64> = match w {
            "this" | "current" => Some(0),
            "last" | "previous" | "past" | "latest" => Some(-1),
            "next" | "coming" | "following" => Some(1),
            "first" if count(next).is_some() && count(next) != Some(Some(1.0)) => Some(0),
            "earlier" | "later" => Some(0),
            _ => None,
        };
        if let Some(shift) = shift {
            return Break(self.shifted(i, w, shift, the));
        }
        Continue(())
    }

    /// `the weekend`, and plural units after a preposition as a vague duration: `for years`.
    #[inline(always)]
    fn weekend_or_units(&self, here: Here<'_>) -> Step {
        let Here {
            i, w, prev, the, ..
        } = here;
        // the weekend
        if w == "weekend" && the {
            return Break(cand(i + 1, Ty::Date, Sem::Rel(Unit::Weekend, 0, None)));
        }
        // `for months or even years`: the second stretch, set apart by `even`, is one of its own.
        let even_more = prev == "even"
            && i >= 3
            && matches!(self.w(i - 2), "or" | "and")
            && Unit::parse(self.w(i - 3)).is_some_and(|_| self.w(i - 3).ends_with('s'));
        // for years, over decades, for months
        if let Some(unit) = Unit::parse(w) {
            if w.ends_with('s')
                && (even_more
                    || matches!(
                        prev,
                        "for" | "over" | "within" | "in" | "after" | "took" | "take" | "lasted"
                    ))
                && !(prev == "in" && self.at(i, i + 1) == "ago")
            {
                // `within weeks or months`: one vague stretch (TimeBank 1 of 1)
                let end = i + 1 + 2 * usize::from(self.plural_unit_pair(i));
                return Break(cand(end, Ty::Duration, Sem::Fixed(unit.duration(None))));
            }
        }
        Continue(())
    }

    /// Whether a quantity stands `from`..=4 words before token `i` in its sentence (`300,000
    /// barrels of oil`, `four flights`, `$17 million`): what follows is a rate.
    fn after_quantity(&self, i: usize, from: usize) -> bool {
        let p = if i > 0 { self.w(i - 1) } else { "" };
        for back in from..=4 {
            let Some(k) = i.checked_sub(back) else { break };
            if !self.same_sentence(k, i) {
                break;
            }
            let q = self.w(k);
            if matches!(q, "%" | "percent") {
                return true;
            }
            if !q.chars().any(char::is_alphanumeric) {
                break;
            }
            if (q.starts_with(|c: char| c.is_ascii_digit()) && !is_year_like(q))
                || matches!(q, "million" | "billion" | "thousand" | "hundred")
                || (back == 2
                    && count(q).is_some()
                    && !matches!(q, "a" | "an")
                    && !matches!(p, "and" | "or"))
            {
                return true;
            }
        }
        false
    }

    /// Whether the date at `i` ends a reporting period that is still `ending`: `the year ending
    /// in March`, `the six months ending June 30`, `the week ending Sunday`.
    fn period_ending_at(&self, i: usize) -> bool {
        let back = |d: usize| i.checked_sub(d).map_or("", |k| self.at(i, k));
        let at = if back(1) == "ending" {
            2
        } else if back(1) == "in" && back(2) == "ending" {
            3
        } else {
            return false;
        };
        period_noun(back(at))
    }

    /// Whether a past perfect (`had called`, `had not been`, `had been due`) stands within a
    /// few tokens of token `i` in its sentence.
    fn past_perfect_near(&self, i: usize) -> bool {
        let Some(s) = self.ws.get(i).map(|t| t.sentence) else {
            return false;
        };
        let lo = i.saturating_sub(6);
        let hi = (i + 7).min(self.ws.len());
        self.ws.get(lo..hi).is_some_and(|ws| {
            ws.windows(2).any(|p| {
                p[0].sentence == s
                    && p[0].low == "had"
                    && (matches!(&*p[1].low, "not" | "been" | "never" | "already")
                        || crate::lexicon::Lexicon::past_shape(&p[1].low))
            })
        })
    }

    /// The preposition that governs the expression at `i`, reached back over a clock time and
    /// its `at` / `on` (`until 10am on Thursday`, `from 3pm on Wednesday`: `until`, `from`);
    /// `up until` and `not until` look back, so they give none.
    fn governing_preposition(&self, i: usize) -> &str {
        let mut start = i;
        if matches!(self.at(i, i.wrapping_sub(1)), "on" | "at") {
            // Back over the clock time's words (`10am`, `10.30 p.m`, `midnight`).
            let mut j = i - 1;
            while j > 0 && i - j < 4 && self.clock_word(i, j - 1) {
                j -= 1;
            }
            if j < i - 1 {
                start = j;
            }
        }
        match self.at(i, start.wrapping_sub(2)) {
            "up" | "not" => "",
            _ => self.at(i, start.wrapping_sub(1)),
        }
    }

    /// Whether token `k` (in the sentence of `i`) is a word of a clock time.
    fn clock_word(&self, i: usize, k: usize) -> bool {
        let w = self.at(i, k);
        matches!(w, "midnight" | "noon" | "a.m" | "p.m" | "am" | "pm")
            || (w.bytes().next().is_some_and(|b| b.is_ascii_digit())
                && (w.ends_with("am") || w.ends_with("pm") || w.contains([':', '.'])))
    }

    /// Whether `i` is in a temporal clause with a present verb: `before` / `after` / `until` /
    /// `once` / `when`, then one to three words with no past cue and no comma, then `on` / `at` /
    /// `by` right before the expression (`before conditions ease on Sunday`). The words between
    /// keep out a plain phrase (`before the vote on Sunday`: `the` is no verb).
    fn present_temporal_clause(&self, cues: &[Option<bool>], i: usize) -> bool {
        if !matches!(self.at(i, i.wrapping_sub(1)), "on" | "at" | "by") {
            return false;
        }
        for d in 3..=5 {
            let Some(k) = i.checked_sub(d) else {
                return false;
            };
            if matches!(
                self.at(i, k),
                "before" | "after" | "until" | "once" | "when"
            ) {
                let words = k + 1..i - 1;
                let verb = self.at(i, i - 2);
                // A subject and its verb: with a determiner three words (`the markets close`),
                // else two (`conditions ease`).
                let determiner = matches!(
                    self.at(i, k + 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
                );
                let enough = words.len() >= 2 + usize::from(determiner);
                return enough
                    && words.clone().all(|j| {
                        cues.get(j).copied().flatten() != Some(true)
                            && self.at(i, j).starts_with(char::is_alphabetic)
                    })
                    && !verb.ends_with("ed")
                    && !self.gerund_opens(k + 1)
                    && !self.ws.get(k + 1).is_some_and(|t| t.cap);
            }
        }
        false
    }

    /// The day named at `k` after an `of` (`the week of March 6`, `the morning of 14 February`,
    /// `the week of Thanksgiving`) and where it ends: a capitalised month and day either way
    /// round, with its year if given, or a holiday.
    fn day_named_at(&self, i: usize, k: usize) -> Option<(usize, Box<Sem>)> {
        let cap = |j: usize| self.ws.get(j).is_some_and(|t| t.cap);
        let (a, b) = (self.at(i, k), self.at(i, k + 1));
        let md = match (month(a), day_number(b), day_number(a), month(b)) {
            (Some(m), Some(d), ..) if cap(k) => Some((m, d)),
            (_, _, Some(d), Some(m)) if cap(k + 1) => Some((m, d)),
            _ => None,
        };
        if let Some((m, d)) = md {
            let (end, y) = self.year_after(i, k + 2);
            return Some((end, Box::new(Sem::Ymd(y, m, Some(d)))));
        }
        let (h, len) = Holiday::parse([a, b, self.at(i, k + 2)]).filter(|_| cap(k))?;
        Some((k + len, Box::new(Sem::Holiday(h, None, 0))))
    }

    /// Whether `in its` and an ordinal follow `i` (`now in its third year`, `now in their
    /// 10th day`).
    fn age_follows(&self, i: usize) -> bool {
        self.at(i, i + 1) == "in"
            && matches!(self.at(i, i + 2), "its" | "their" | "his" | "her")
            && ranked(self.at(i, i + 3))
    }

    /// Whether a gerund stands at `k` (`before returning`, `after winning`): it has no tense of
    /// its own and shares the main verb's (`deliberated for hours before returning its verdict
    /// on Wednesday` is past), so it opens no present temporal clause.
    fn gerund_opens(&self, k: usize) -> bool {
        let w = self.at(k, k);
        w.len() > 5 && w.ends_with("ing") && !matches!(w, "morning" | "evening" | "spring")
    }

    /// Whether `i` lies in the infinitive of a verb of advice (`urged people to get it before
    /// the winter`, `advised them to leave by Friday`): `to` and the verb before it in the
    /// clause, at most twelve words back.
    fn advice_infinitive(&self, i: usize) -> bool {
        let mut to_seen = false;
        for d in 1..=12 {
            let Some(k) = i.checked_sub(d) else {
                return false;
            };
            match self.at(i, k) {
                "" | "," | ";" | "—" => return false,
                "to" => to_seen = true,
                "urged" | "advised" | "encouraged" | "told" | "asked" | "warned" => return to_seen,
                _ => {}
            }
        }
        false
    }

    /// Whether `ahead of` stands before `i` in its clause, at most eight words back.
    fn ahead_of_before(&self, i: usize) -> bool {
        for d in 2..=8 {
            let Some(j) = i.checked_sub(d) else {
                return false;
            };
            match self.at(i, j) {
                "" | "," | ";" | "—" => return false,
                "ahead" if self.at(i, j + 1) == "of" => return true,
                _ => {}
            }
        }
        false
    }

    /// `opens on Tuesday` said on a Tuesday, `kicks off at 3pm on Saturday` said on a Saturday,
    /// `as early as Monday` said on a Monday: news tells the coming day by its weekday from the
    /// day itself on (a day a week on would be `next Tuesday` or `a week from Tuesday`), so a
    /// weekday ahead that is the publication weekday is the publication day, as `from 10 p.m.
    /// Saturday` is (`clock_value`); the publication date then, if so.
    fn coming_publication_day(
        &self,
        sem: &Sem,
        dct: Option<Date>,
        past: Option<bool>,
    ) -> Option<String> {
        let Sem::Weekday(wd, WeekShift::ByTense, None) = *sem else {
            return None;
        };
        let dct = dct.filter(|d| calendar::weekday_number(d.weekday()) == wd)?;
        (past == Some(false)).then(|| calendar::shifted(Some(dct), Unit::Day, 0))
    }

    /// `returns to the region in 2030, with the final on 18 December`: a day without a year
    /// after a coming year named in its sentence is in that year, the frame of what the
    /// sentence tells (the publication year's day would be in the past of the event). Only a
    /// year ahead of the publication date: a past year named before a day is as often a
    /// flashback of its own (`in 1988 profit rose; it said on Nov. 2`).
    fn day_in_a_coming_year(
        &self,
        out: &[Expr],
        i: usize,
        sem: &Sem,
        dct: Option<Date>,
    ) -> Option<String> {
        let Sem::Ymd(None, m, Some(d)) = *sem else {
            return None;
        };
        let dct = dct?;
        let year_expr = out.iter().rev().find(|e| {
            self.same_sentence(e.tokens.0, i)
                && e.ty == Ty::Date
                && e.value.len() == 4
                && e.value.bytes().all(|b| b.is_ascii_digit())
        })?;
        let y: i16 = year_expr.value.parse().ok()?;
        (y > dct.year()).then(|| format!("{y:04}-{m:02}-{d:02}"))
    }

    /// `sales from Nov. 1 to Dec. 24 rose from a year earlier` said in January: `earlier` counts
    /// back from the period the sentence names, not from the publication date (`ago` does count
    /// from now); the year of the last dated expression before it in the sentence, less the
    /// count, if that expression has a year.
    fn years_before_a_named_period(
        &self,
        out: &[Expr],
        i: usize,
        end: usize,
        sem: &Sem,
    ) -> Option<String> {
        let Sem::Rel(Unit::Year, n, None) = *sem else {
            return None;
        };
        if n >= 0 || self.at(i, end - 1) != "earlier" {
            return None;
        }
        let named = out
            .iter()
            .rev()
            .find(|e| self.same_sentence(e.tokens.0, i) && matches!(e.ty, Ty::Date | Ty::Time))?;
        let y: i16 = named.value.get(..4)?.parse().ok()?;
        Some(format!("{:04}", i64::from(y) + n))
    }

    /// Whether the clause of `i` has a present perfect (`has issued`, `have extended`) as its
    /// nearest verb to the left.
    fn perfect_in_clause(&self, i: usize) -> bool {
        for d in 1..=15 {
            let Some(j) = i.checked_sub(d) else {
                return false;
            };
            let w = self.at(i, j);
            if matches!(w, "" | "," | ";" | "—" | "(" | ":") {
                return false;
            }
            if matches!(w, "has" | "have" | "'ve") {
                return true;
            }
            if matches!(w, "had" | "was" | "were" | "did") {
                return false;
            }
        }
        false
    }

    /// The one quarter named by its ordinal in the sentence of token `i` (`fourth-quarter`,
    /// `the third quarter`), if a single one is.
    fn quarter_named(&self, i: usize) -> Option<i8> {
        let s = self.ws.get(i)?.sentence;
        let lo = i.saturating_sub(60);
        let hi = (i + 40).min(self.ws.len());
        let mut named = None;
        for k in lo..hi {
            if self.ws.get(k).is_none_or(|t| t.sentence != s) {
                continue;
            }
            let w = self.w(k);
            let q = match w.split_once('-') {
                Some((a, "quarter")) => ordinal(a),
                _ if self.at(k, k + 1) == "quarter" => ordinal(w),
                _ => None,
            };
            let Some(q) = q.filter(|q| (1..=4).contains(q)) else {
                continue;
            };
            if named.is_some_and(|n| n != q) {
                return None;
            }
            named = Some(q);
        }
        named
    }

    fn sentence_mentions(&self, i: usize, word: &str) -> bool {
        self.mentions_within(i, word, 1)
    }

    /// Whether `word` (or `…-word`) is in the sentence of `i` or the `back` sentences before it.
    fn mentions_within(&self, i: usize, word: &str, back: usize) -> bool {
        let Some(s) = self.ws.get(i).map(|t| t.sentence) else {
            return false;
        };
        let lo = i.saturating_sub(60 * back.max(1));
        let hi = (i + 40).min(self.ws.len());
        self.ws.get(lo..hi).is_some_and(|ws| {
            ws.iter().any(|t| {
                t.sentence + back >= s
                    && t.sentence <= s
                    && (t.low == word
                        || t.low
                            .strip_suffix(word)
                            .is_some_and(|head| head.ends_with('-')))
            })
        })
    }

    /// A year in digits at `j` (`Christmas Day 1936`, `May 2025`), and where the expression ends
    /// with it or without.
    fn digit_year_at(&self, i: usize, j: usize) -> (usize, Option<i16>) {
        match year_number(self.at(i, j)) {
            Some(y) => (j + 1, Some(y)),
            None => (j, None),
        }
    }

    fn year_after(&self, i: usize, j: usize) -> (usize, Option<i16>) {
        let comma = usize::from(matches!(self.at(i, j), "," | "of"));
        match year_number(self.at(i, j + comma)) {
            Some(y) => (j + comma + 1, Some(y)),
            None => match self.spelled_year(i, j + comma) {
                Some((y, len)) => (j + comma + len, Some(y)),
                None => (j, None),
            },
        }
    }

    /// A year spelled out at `j`, as broadcast transcripts write it: `nineteen ninety-seven`
    /// (two words), `two thousand` (two words). Returns the year and its length in words.
    fn spelled_year(&self, i: usize, j: usize) -> Option<(i16, usize)> {
        match (self.at(i, j), self.at(i, j + 1)) {
            ("nineteen", n) => {
                let n = count(n)??;
                (10.0..100.0).contains(&n).then_some((1900 + n as i16, 2))
            }
            ("two", "thousand") => Some((2000, 2)),
            _ => None,
        }
    }

    /// Whether tokens `i..end` are the name of a programme or product rather than a time: a
    /// common time word capitalised inside a sentence, after a quotation mark or a capitalised
    /// name (`ABC's "This Week"`, `CBS's ''60 Minutes''`, `VOA Today`). Holidays, months and
    /// weekdays are capitalised anyway.
    fn is_title(&self, i: usize, end: usize, sem: &Sem) -> bool {
        if matches!(sem, Sem::Holiday(..)) {
            return false;
        }
        if self.named_after(i, end, sem)
            || self.half_of_a_match(end, sem)
            || self.month_as_a_name(i, end, sem)
            || self.in_a_title(end)
        {
            return true;
        }
        let Some(first) = self.ws.get(i) else {
            return false;
        };
        let starts_sentence = i == 0 || !self.same_sentence(i - 1, i);
        let common = |t: &W<'_>| {
            t.cap
                && (Unit::parse(&t.low).is_some()
                    || matches!(
                        &*t.low,
                        "today" | "tonight" | "tomorrow" | "yesterday" | "this" | "now"
                    ))
        };
        let capital_inside = (i..end).any(|k| {
            self.ws
                .get(k)
                .is_some_and(|t| common(t) && !(k == i && starts_sentence))
        });
        if !capital_inside || starts_sentence {
            return false;
        }
        let before = self.text.get(..first.start).unwrap_or("").trim_end();
        // A quoted title has every word capitalised (`"This Week"`); a quotation that starts
        // with `Today` or `Now` is speech.
        let all_caps = end > i + 1
            && (i..end).all(|k| {
                self.ws
                    .get(k)
                    .is_some_and(|t| t.cap || !t.low.starts_with(char::is_alphabetic))
            });
        // `Person of the Year`, `Player of the Month`: an award's name.
        let award = i >= 2
            && self.w(i - 1) == "of"
            && self.same_sentence(i - 2, i)
            && self.ws.get(i - 2).is_some_and(|p| p.cap);
        award
            || (all_caps && before.ends_with(['"', '“', '\'', '`']))
            || self
                .ws
                .get(i - 1)
                .is_some_and(|p| p.cap && month(&p.low).is_none() && weekday(&p.low).is_none())
    }

    /// A weekday or season followed by a capitalised content word is part of a name (`The
    /// Sunday Times`, `the Good Friday Agreement`, `Friday Night Lights`, `the Summer Olympics`).
    /// A preposition before it (`On Monday President Trump said`) or a function word after it
    /// (`Talks Resume Monday For Peace` in a title-case headline) keeps it a time.
    fn named_after(&self, i: usize, end: usize, sem: &Sem) -> bool {
        if !matches!(sem, Sem::Weekday(..) | Sem::Season(..)) || end == 0 {
            return false;
        }
        // `On Monday President Trump said`, `his Sunday Mass`: after a preposition, `last`/`next`
        // or a possessive pronoun, a time.
        let before = if i > 0 { self.at(i, i - 1) } else { "" };
        let led = TIME_LEADS.contains(&before);
        let last = self.ws.get(end - 1);
        !led && last.is_some_and(|t| t.cap && t.content_end == t.end)
            && self.is_name_word(end - 1, end)
    }

    /// Whether the word at `k` continues a name begun in the sentence of `anchor`: capitalised,
    /// a word (not a number or a sign), and no time word or function word of a title-case
    /// headline (`Talks Resume Monday For Peace`, `Polls Close at 8`).
    fn is_name_word(&self, anchor: usize, k: usize) -> bool {
        self.ws.get(k).is_some_and(|t| {
            t.cap
                && self.same_sentence(anchor, k)
                && t.low.starts_with(char::is_alphabetic)
                && month(&t.low).is_none()
                && weekday(&t.low).is_none()
                && Unit::parse(&t.low).is_none()
                && !NAME_BREAKERS.contains(&&*t.low)
        })
    }

    /// Whether `the day` at `i` names a day of the story: `later in the day`, `the day before
    /// the crash` (not `the day's news`, `carry the day`).
    /// `the day before Thanksgiving`, `the day after Jan. 6` with `the` at `i`: a day told from
    /// another day named right after it, one expression (TimeBank `day before last Tuesday`).
    fn day_next_to(&self, i: usize) -> Option<Cand> {
        let n: i64 = match (self.at(i, i + 1), self.at(i, i + 2)) {
            ("day", "before") => -1,
            ("day", "after") => 1,
            _ => return None,
        };
        let c = self.parse(i + 3).filter(|c| c.ty == Ty::Date)?;
        let a_day = match &c.sem {
            Sem::Holiday(..) | Sem::Weekday(..) | Sem::MonthDay(..) => true,
            Sem::Ymd(_, _, d) => d.is_some(),
            _ => false,
        };
        a_day.then(|| Cand {
            end: c.end,
            ty: Ty::Date,
            sem: Sem::DaysFrom(Box::new(c.sem), n),
            modifier: None,
        })
    }

    fn story_day(&self, i: usize) -> bool {
        let before = |k: usize| if i >= k { self.w(i - k) } else { "" };
        (before(1) == "in" && matches!(before(2), "later" | "earlier"))
            || (matches!(self.at(i, i + 2), "before" | "after")
                && !self.at(i, i + 3).is_empty()
                && before(1) == ",")
    }

    /// `July last year`, `June 5 of next year`: a month (and day) followed at `j` by a year
    /// relative to the publication year.
    fn relative_year(&self, j: usize, m: i8, d: Option<i8>) -> Option<Cand> {
        let of = usize::from(self.at(j - 1, j) == "of");
        let n = match self.at(j - 1, j + of) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        (self.at(j - 1, j + of + 1) == "year")
            .then(|| cand(j + of + 2, Ty::Date, Sem::InYear(n, m, d)))
            .flatten()
    }

    /// `Q3` or `the third quarter` with an optional year: `of 2024`, `2024`, `of this year`.
    fn of_year(&self, j: usize, part: String) -> Option<Cand> {
        let of = usize::from(self.at(j - 1, j) == "of");
        if let Some(y) = year_number(self.at(j - 1, j + of)) {
            return cand(j + of + 1, Ty::Date, Sem::Part(part, Some(y)));
        }
        // `the second half of next year`, `the first quarter of last year`.
        if self.at(j - 1, j) == "of" && self.at(j - 1, j + 2) == "year" {
            let shift = match self.at(j - 1, j + 1) {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            if let Some(n) = shift {
                return cand(j + 3, Ty::Date, Sem::PartIn(part, n));
            }
        }
        // `the first half of the year`, `the third quarter of the current year`: the
        // publication year, kept in the extent as TimeBank keeps `of` complements.
        if self.at(j - 1, j) == "of" && self.at(j - 1, j + 1) == "the" {
            let current = usize::from(self.at(j - 1, j + 2) == "current");
            if self.at(j - 1, j + 2 + current) == "year" {
                return cand(j + 3 + current, Ty::Date, Sem::Part(part, None));
            }
        }
        // `the first half of the decade`, `the second half of the century`: the current one's
        // start or end (not this year's half); another part of it is left out, and so is a
        // decade of something (`the first half of the decade of austerity`).
        if self.at(j - 1, j) == "of"
            && self.at(j - 1, j + 1) == "the"
            && matches!(self.at(j - 1, j + 2), "decade" | "century")
        {
            let unit = self.this_decade_or_century(j - 1, j + 2)?;
            let modifier = match part.as_str() {
                "H1" => "START",
                "H2" => "END",
                _ => return None,
            };
            return Some(Cand {
                end: j + 3,
                ty: Ty::Date,
                sem: Sem::Rel(unit, 0, None),
                modifier: Some(modifier),
            });
        }
        // `the second half of the match`, `the first quarter of the game`, `the first half of
        // his speech`: a part of something that is no time.
        if self.at(j - 1, j) == "of"
            && matches!(
                self.at(j - 1, j + 1),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that"
            )
        {
            let n = self.at(j - 1, j + 2);
            let timely = Unit::parse(n).is_some()
                || matches!(
                    n,
                    "current" | "fiscal" | "financial" | "calendar" | "next" | "last"
                )
                || n.bytes().next().is_some_and(|b| b.is_ascii_digit())
                || decade_word(n).is_some()
                || n.starts_with('\'');
            if !timely {
                return None;
            }
        }
        cand(j, Ty::Date, Sem::Part(part, None))
    }

    fn day_part(&self, i: usize, n: i64) -> Option<Cand> {
        if let Some(p) = part_of_day(self.at(i, i + 1)) {
            return cand(i + 2, Ty::Time, Sem::Rel(Unit::Day, n, Some(p)));
        }
        cand(i + 1, Ty::Date, Sem::Rel(Unit::Day, n, None))
    }

    /// `Saturday 12.30pm`, `Sunday 2pm`: a clock time written straight after its weekday (as in
    /// fixtures lists and schedules) is one time on that day, as `5 p.m. Monday` is.
    fn weekday_then_clock(&self, i: usize, wd: i8) -> Option<Cand> {
        let c = self.clock_time(i + 1)?;
        let Sem::Clock(h, m, None) = c.sem else {
            return None;
        };
        let day = Sem::Weekday(wd, WeekShift::ByTense, None);
        cand(c.end, Ty::Time, Sem::Clock(h, m, Some(Box::new(day))))
    }

    fn weekday_at(&self, i: usize, wd: i8, shift: WeekShift) -> Cand {
        let comma = usize::from(self.at(i, i + 1) == ",");
        // `Monday, Aug. 18` or `Tuesday 7 May`: the month and its day in either order.
        let (a, b) = (self.at(i, i + 1 + comma), self.at(i, i + 2 + comma));
        let month_day = match (month(a), day_number(b)) {
            (Some(m), Some(d)) => Some((m, d)),
            _ => day_number(a).zip(month(b)).map(|(d, m)| (m, d)),
        };
        if let Some((m, d)) = month_day {
            let (end, y) = self.year_after(i, i + 3 + comma);
            return Cand {
                end,
                ty: Ty::Date,
                sem: Sem::Ymd(y, m, Some(d)),
                modifier: None,
            };
        }
        // `Friday night`: a day narrowed to a part of it still names the day, so a DATE, with
        // the part kept in the value (`…TNI`); TimeBank types it so 19 times of 25.
        if let Some(p) = part_of_day(self.at(i, i + 1)) {
            return Cand {
                end: i + 2,
                ty: Ty::Date,
                sem: Sem::Weekday(wd, shift, Some(p)),
                modifier: None,
            };
        }
        Cand {
            end: i + 1,
            ty: Ty::Date,
            sem: Sem::Weekday(wd, shift, None),
            modifier: None,
        }
    }

    /// A clock time at `i`: `5 p.m.`, `10:30 a.m. EST`, `17:00 GMT`, `5pm`.
    fn clock_time(&self, i: usize) -> Option<Cand> {
        let w = self.w(i);
        let (h, m, mut mer) = clock(w, meridiem(self.at(i, i + 1)).is_some())?;
        let mut end = i + 1;
        if mer.is_none() {
            if let Some(p) = meridiem(self.at(i, i + 1)) {
                mer = Some(p);
                end += 1;
            } else if !w.contains(':') || !self.ws.get(i).is_some_and(|t| t.number) {
                return None;
            }
        }
        if mer.is_none()
            && !timezone(self.at(i, end))
            && !matches!(
                self.at(i, i.wrapping_sub(1)),
                "at" | "by" | "until" | "from"
            )
        {
            return None;
        }
        let end = self.zone_after(i, end);
        let h = with_meridiem(h, mer);
        let (end, base) = self.clock_day(i, end);
        cand(end, Ty::Time, Sem::Clock(h, m, base))
    }

    /// The end of a time zone starting at `end` after a clock time, or `end`: `EST`, `GMT`,
    /// `local time`, `Eastern time`. TimeBank keeps the zone in the extent but not in the value
    /// (`5 p.m. EST Nov. 9` is `1989-11-09T17:00`).
    fn zone_after(&self, i: usize, mut end: usize) -> usize {
        if timezone(self.at(i, end)) {
            end += 1;
        } else if matches!(self.at(i, end), "eastern" | "pacific" | "central" | "local") {
            end += 1;
            if self.at(i, end) == "time" {
                end += 1;
            }
        } else if self.at(i, end + 1) == "time"
            && self.ws.get(end).is_some_and(|t| t.cap)
            && weekday(self.at(i, end)).is_none()
            && month(self.at(i, end)).is_none()
        {
            // `2 p.m. Washington time`, `9 a.m. Beijing time`: a place's clock, like `local
            // time` (no offset in the value).
            end += 2;
        }
        end
    }

    /// The day a clock time ending before `end` names, if one follows: `5 p.m. Monday`, `9
    /// a.m. today`, `5 p.m. EST, Nov. 6`. A day after `on` is its own expression (`noon on
    /// Saturday`: TimeML leaves the preposition out, so the two cannot be one extent); the clock
    /// time takes its date later, in `clocks_take_their_day`.
    fn clock_day(&self, i: usize, mut end: usize) -> (usize, Option<Box<Sem>>) {
        let mut base = None;
        if let Some(wd) = weekday(self.at(i, end)) {
            base = Some(Box::new(Sem::Weekday(wd, WeekShift::ByTense, None)));
            end += 1;
        } else if let Some(n) = match self.at(i, end) {
            // `10pm tonight`: `tonight` only names the day, the clock gives the hour.
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        } {
            base = Some(Box::new(Sem::Rel(Unit::Day, n, None)));
            end += 1;
        } else if self.at(i, end) == "the"
            && matches!(self.at(i, end + 1), "next" | "following")
            && self.at(i, end + 2) == "day"
        {
            // `at 6 a.m. the next day`: one expression, the day after the story's day.
            base = Some(Box::new(Sem::Anaphor(Unit::Day, 1, None, true)));
            end += 3;
        } else {
            // 5 p.m. EST Nov. 9, 5 p.m. EST, Nov. 6
            let comma = usize::from(self.at(i, end) == ",");
            if let (Some(m), Some(d)) = (
                month(self.at(i, end + comma)),
                day_number(self.at(i, end + comma + 1)),
            ) {
                let (e, y) = self.year_after(i, end + comma + 2);
                base = Some(Box::new(Sem::Ymd(y, m, Some(d))));
                end = e;
            }
        }
        (end, base)
    }

    /// Whether the plural unit at `i` is followed by `or`/`and` and another plural unit
    /// (`weeks or months`).
    fn plural_unit_pair(&self, i: usize) -> bool {
        let other = self.at(i, i + 2);
        matches!(self.at(i, i + 1), "or" | "and")
            && other.ends_with('s')
            && other != self.w(i)
            && Unit::parse(other).is_some()
    }

    /// How many words `and a half` / `and half` at `j` (in the sentence of `i`) takes, if it
    /// stands there: the half is added to the count around it.
    fn and_a_half(&self, i: usize, j: usize) -> Option<usize> {
        if self.at(i, j) != "and" {
            return None;
        }
        match (self.at(i, j + 1), self.at(i, j + 2)) {
            ("half", _) => Some(2),
            ("a", "half") => Some(3),
            _ => None,
        }
    }

    /// A count of units at `i`: `two years ago`, `ten days`, `three weeks later`.
    fn counted(&self, i: usize) -> Option<Cand> {
        let w = self.w(i);
        // `his second visit in as many months`: a comparison, no count of its own.
        if w == "many" && i > 0 && self.w(i - 1) == "as" {
            return None;
        }
        if let Some(idiom) = self.one_day_ahead(i, w).or_else(|| self.year_quarter(i, w)) {
            return Some(idiom);
        }
        let (n, j) = self.count_number(i, w)?;
        let (mut n, j) = self.count_extended(i, w, n, j);
        let mut j = self.past_unit_modifiers(i, j);
        if let Some(time) = self.in_units_time(i, j, n) {
            return Some(time);
        }
        let unit = Unit::parse(self.at(i, j))?;
        if self.count_is_no_time(i, j, w, unit) || self.count_is_a_rate(i, j, w) {
            return None;
        }
        j += 1;
        // `a minute and a half`, `an hour and half`
        if let Some(half) = self.and_a_half(i, j) {
            n = n.map(|v| v + 0.5);
            j += half;
        }
        // `a week or so ago`: the vague extension sits between the count and `ago`.
        let vague =
            self.at(i, j) == "or" && self.at(i, j + 1) == "so" && self.at(i, j + 2) == "ago";
        if vague {
            j += 2;
        }
        if let Some(anchored) = self.anchored_count(i, j, unit, n) {
            return Some(anchored);
        }
        if matches!(self.at(i, j), "old" | "-old") {
            return None;
        }
        if let Some(set) = self.units_per_larger(i, j, unit) {
            return Some(set);
        }
        cand(j, Ty::Duration, Sem::Fixed(unit.duration(n)))
    }

    /// `Islam will one day be the largest religion`: `one day` between a modal and its verb
    /// is some day ahead, not a day's length (TimeBank marks it FUTURE_REF).
    fn one_day_ahead(&self, i: usize, w: &str) -> Option<Cand> {
        if w == "one"
            && self.at(i, i + 1) == "day"
            && i > 0
            && matches!(
                self.at(i, i - 1),
                "will" | "would" | "could" | "might" | "may" | "can" | "should" | "shall"
            )
        {
            return cand(i + 2, Ty::Date, Sem::Fixed("FUTURE_REF".into()));
        }
        None
    }

    /// `the 1988 quarter`: the quarter reported on, in that year (not 1988 quarters).
    fn year_quarter(&self, i: usize, w: &str) -> Option<Cand> {
        let y = year_number(w).filter(|_| is_year_like(w))?;
        if self.at(i, i + 1) == "quarter" {
            return cand(i + 2, Ty::Date, Sem::YearQuarter(y));
        }
        None
    }

    /// The number that starts a count at `i` and the index after it: `a few` (no number),
    /// `a couple of`, `ten`, `twenty four`, `two thousand`; `None` if `i` starts no count.
    fn count_number(&self, i: usize, w: &str) -> Option<(Option<f64>, usize)> {
        if w == "a" && self.at(i, i + 1) == "few" {
            return Some((None, i + 2));
        }
        if w == "a" && self.at(i, i + 1) == "couple" && self.at(i, i + 2) == "of" {
            return Some((Some(2.0), i + 3));
        }
        let mut n = count(w)?;
        let mut j = i + 1;
        // twenty four, one and a half
        if let (Some(a), Some(b)) = (
            n.filter(|_| small_number(w).is_some()),
            small_number(self.at(i, j)),
        ) {
            if a >= 20.0
                && (1.0..10.0).contains(&b)
                && self.at(i, j) != "a"
                && self.at(i, j) != "an"
            {
                n = Some(a + b);
                j += 1;
            }
        }
        // `a hundred years`, `two thousand years`
        if let Some(m) = match self.at(i, j) {
            "hundred" => Some(100.0),
            "thousand" => Some(1000.0),
            _ => None,
        }
        .filter(|_| n.is_some() && small_number(w).is_some())
        {
            n = n.map(|v| v * m);
            j += 1;
        }
        Some((n, j))
    }

    /// The count `n` of the word `w` at `i`, grown by a half or a range from `j`: halves add to
    /// the count, while a range leaves one vague count.
    fn count_extended(
        &self,
        i: usize,
        w: &str,
        mut n: Option<f64>,
        mut j: usize,
    ) -> (Option<f64>, usize) {
        if self.at(i, j) == "half" && w == "half" {
            j += 1;
        }
        // `two and a half hours`
        if let Some(half) = self
            .and_a_half(i, j)
            .filter(|&half| n.is_some() && Unit::parse(self.at(i, j + half)).is_some())
        {
            n = n.map(|v| v + 0.5);
            j += half;
        }
        // `2 1/2 years`
        if n.is_some() && self.at(i, j) == "1/2" {
            n = n.map(|v| v + 0.5);
            j += 1;
        }
        // A range of counts is one vague duration: `two to three weeks`, `12 to 18 months`.
        if matches!(self.at(i, j), "to" | "or")
            && n.is_some()
            && w != "a"
            && count(self.at(i, j + 1)).is_some_and(|m| m.is_some())
            && Unit::parse(self.at(i, j + 2)).is_some()
        {
            n = None;
            j += 2;
        }
        (n, j)
    }

    /// The index of the unit after the count ending at `j`, past the words that leave it a
    /// count of units: `two more weeks`, `an additional year`, `five consecutive weeks`,
    /// `three straight days`, `two full years`, and days counted on a calendar of work
    /// (`eight trading days`, `five business days`).
    fn past_unit_modifiers(&self, i: usize, mut j: usize) -> usize {
        if matches!(
            self.at(i, j),
            "more"
                | "additional"
                | "extra"
                | "further"
                | "consecutive"
                | "straight"
                | "successive"
                | "full"
                | "whole"
        ) && Unit::parse(self.at(i, j + 1)).is_some()
        {
            j += 1;
        }
        if matches!(self.at(i, j), "trading" | "business" | "working")
            && matches!(Unit::parse(self.at(i, j + 1)), Some(Unit::Day | Unit::Week))
        {
            j += 1;
        }
        j
    }

    /// `in six months' time`, `in a week's time`: the count with its `time`, one duration (the
    /// possessive `'s` is left out of the word at `j`, a bare `'` is not).
    fn in_units_time(&self, i: usize, j: usize, n: Option<f64>) -> Option<Cand> {
        if self.at(i, j + 1) != "time" {
            return None;
        }
        let unit_word = self.at(i, j);
        let possessive = self.ws.get(j).is_some_and(|t| t.content_end < t.end);
        let apostrophe_unit = unit_word.strip_suffix('\'');
        let unit = apostrophe_unit
            .or(possessive.then_some(unit_word))
            .and_then(Unit::parse)?;
        cand(j + 2, Ty::Duration, Sem::Fixed(unit.duration(n)))
    }

    /// Whether the count `w` at `i` with the unit at `j` is a fraction, a rate step or an
    /// ordinal rather than a time.
    fn count_is_no_time(&self, i: usize, j: usize, w: &str, unit: Unit) -> bool {
        // `a quarter of the market`, `three quarters of them`: a fraction, not a time.
        let fraction = unit == Unit::Quarter
            && matches!(w, "a" | "one" | "three")
            && self.at(i, j + 1) == "of"
            && !matches!(self.at(i, j + 2), "this" | "next" | "last")
            && year_number(self.at(i, j + 2)).is_none();
        // `a quarter point`, `a quarter percentage point`: an interest-rate step.
        let rate_step = unit == Unit::Quarter
            && matches!(
                self.at(i, j + 1),
                "point" | "points" | "percentage" | "-point"
            );
        // `a second term`: `a` before `second` or before a plural unit counts nothing.
        let ordinal =
            w == "a" && j == i + 1 && (self.at(i, j).ends_with('s') || unit == Unit::Second);
        fraction || rate_step || ordinal || self.change_by_a_quarter(i, j, w, unit)
    }

    /// `have fallen by a quarter`, `cut costs by a quarter`: after a change verb and `by` a
    /// quarter is a fraction of the amount (a delay by a quarter stays a time: `pushed back by
    /// a quarter` has no verb of amount).
    fn change_by_a_quarter(&self, i: usize, j: usize, w: &str, unit: Unit) -> bool {
        if unit != Unit::Quarter || !matches!(w, "a" | "one" | "three") || j != i + 1 {
            return false;
        }
        if i < 2 || self.at(i, i - 1) != "by" {
            return false;
        }
        // The verb right before `by`, or one word further (`cut costs by`).
        (2..=3).any(|d| {
            i.checked_sub(d).is_some_and(|k| {
                matches!(
                    self.at(i, k),
                    "fall"
                        | "falls"
                        | "fell"
                        | "fallen"
                        | "rise"
                        | "rises"
                        | "rose"
                        | "risen"
                        | "grow"
                        | "grows"
                        | "grew"
                        | "grown"
                        | "cut"
                        | "cuts"
                        | "drop"
                        | "drops"
                        | "dropped"
                        | "increase"
                        | "increased"
                        | "decrease"
                        | "decreased"
                        | "reduce"
                        | "reduced"
                        | "shrink"
                        | "shrank"
                        | "shrunk"
                        | "declined"
                        | "jumped"
                        | "climbed"
                        | "slumped"
                )
            })
        })
    }

    /// Whether `a`/`an`/`per` at `i` before the unit at `j` makes a rate, not a duration: `5% a
    /// year`, `twice a week`, `four flights a week`; but `up from seven a year ago`, `40% a year
    /// earlier` are dates.
    fn count_is_a_rate(&self, i: usize, j: usize, w: &str) -> bool {
        let anchored = matches!(
            self.at(i, j + 1),
            "ago" | "earlier" | "later" | "before" | "after" | "from" | "hence"
        );
        if !matches!(w, "a" | "an" | "per") || anchored || i == 0 || !self.same_sentence(i - 1, i) {
            return false;
        }
        let p = self.w(i - 1);
        // A quantity a few words back (`300,000 barrels of oil a day`) makes it a rate too, which
        // TimeBank leaves unannotated 7 times of 9 (`$500 million a year`, `700 seats a week`,
        // `24 hours a day`; a SET only in `$33 million a year`).
        matches!(
            p,
            "%" | "percent" | "cents" | "dollars" | "times" | "once" | "twice"
        ) || count(p).is_some()
            || self.after_quantity(i, 2)
    }

    /// The count of `unit` ending before `j` anchored by the word at `j`: `two years ago` and
    /// `a year earlier` are dates, `three days later` and `an hour earlier than` durations.
    fn anchored_count(&self, i: usize, j: usize, unit: Unit, n: Option<f64>) -> Option<Cand> {
        let after = self.at(i, j);
        let value = n.map_or(1, |v| v.round() as i64);
        // `an hour earlier than last year`: a comparison; the count is a duration.
        if matches!(after, "earlier" | "later") && self.at(i, j + 1) == "than" {
            return cand(j, Ty::Duration, Sem::Fixed(unit.duration(n)));
        }
        match after {
            "ago" | "earlier" | "before" if after == "ago" || self.at(i, j + 1) != "the" => {
                if after == "before" && !matches!(self.at(i, j + 1), "" | "," | ".") {
                    return cand(j, Ty::Duration, Sem::Fixed(unit.duration(n)));
                }
                if n.is_none() {
                    return cand(j + 1, Ty::Date, Sem::Fixed("PAST_REF".into()));
                }
                if unit == Unit::Year && value == 1 && self.sentence_mentions(i, "quarter") {
                    return cand(j + 1, Ty::Date, Sem::Rel(Unit::Quarter, -5, None));
                }
                // `a decade ago` is the year ten years back, not the decade it falls in
                // (TimeBank `1989-XX` 2 of 2, said in 1999: a year, its month unknown).
                if unit == Unit::Decade {
                    return cand(j + 1, Ty::Date, Sem::Rel(Unit::Year, -10 * value, None));
                }
                cand(j + 1, Ty::Date, Sem::Rel(unit, -value, None))
            }
            // `three days later`, `a few days later`: in news the count runs from an event of the
            // story, not from the publication date; TimeML (and TimeBank, 4 of 4) marks only the
            // duration and leaves `later` as its signal.
            "later" if self.at(i, j + 1) != "than" => {
                cand(j, Ty::Duration, Sem::Fixed(unit.duration(n)))
            }
            "later" | "hence" => {
                if n.is_none() {
                    return cand(j + 1, Ty::Date, Sem::Fixed("FUTURE_REF".into()));
                }
                cand(j + 1, Ty::Date, Sem::Rel(unit, value, None))
            }
            "from" if self.at(i, j + 1) == "now" => {
                // `six to nine months from now`: some time ahead (the ends are kept apart)
                if n.is_none() {
                    return cand(j + 2, Ty::Date, Sem::Fixed("FUTURE_REF".into()));
                }
                cand(j + 2, Ty::Date, Sem::Rel(unit, value, None))
            }
            _ => None,
        }
    }

    /// `seven days a week`, `six months a year`: how many of the smaller units in each larger
    /// one is how often, a set of the larger unit. (`24 hours a day` stays out: TimeBank
    /// leaves it, a rate.)
    fn units_per_larger(&self, i: usize, j: usize, unit: Unit) -> Option<Cand> {
        if !matches!(self.at(i, j), "a" | "per") {
            return None;
        }
        let per = Unit::parse(self.at(i, j + 1));
        if matches!(
            (unit, per),
            (Unit::Day, Some(Unit::Week)) | (Unit::Week | Unit::Month, Some(Unit::Year))
        ) && !self.at(i, j + 1).ends_with('s')
        {
            let per = per.map_or_else(String::new, |u| u.duration(Some(1.0)));
            return cand(j + 2, Ty::Set, Sem::Fixed(per));
        }
        None
    }

    /// After `this`, `last`, `next`, `past`, `coming`, `earlier`, `later` at `i`.
    fn shifted(&self, i: usize, w: &str, shift: i64, the: bool) -> Option<Cand> {
        let next = self.at(i, i + 1);
        // `this past spring`, `this past weekend`: the last one; `this coming Sunday`: the next.
        if w == "this" && next == "past" {
            return self.shifted(i + 1, "last", -1, the);
        }
        if w == "this" && next == "coming" {
            return self.shifted(i + 1, "coming", 1, the);
        }
        // the current fiscal year, the latest fiscal year
        if next == "fiscal" && self.at(i, i + 2) == "year" {
            return cand(i + 3, Ty::Date, Sem::Rel(Unit::Year, shift, None));
        }
        if matches!(w, "earlier" | "later") {
            return self.earlier_or_later(i, w);
        }
        if let Some(stretch) = self.shifted_count(i) {
            return Some(stretch);
        }
        if let Some(unit) = Unit::parse(next) {
            return self.shifted_unit(i, w, unit, shift, the);
        }
        if let Some(wd) = weekday(next) {
            let which = match (shift, w) {
                (0, _) => WeekShift::This,
                (1, "coming" | "following") => WeekShift::Coming,
                (s, _) if s < 0 => WeekShift::Last,
                _ => WeekShift::Next,
            };
            return Some(self.weekday_at(i + 1, wd, which));
        }
        if let Some(m) = month(next).filter(|_| self.ws.get(i + 1).is_some_and(|t| t.cap)) {
            return self.shifted_month(i, m, shift);
        }
        if let Some(s) = season(next) {
            return cand(i + 2, Ty::Date, Sem::Season(s, None, Some(shift)));
        }
        // last Thanksgiving, next Christmas; `this Thanksgiving` is the nearest one, by the tense
        // (`this` is part of the expression, as in `this Friday`).
        if self.ws.get(i + 1).is_some_and(|t| t.cap) && (shift != 0 || w == "this") {
            let words = [next, self.at(i, i + 2), self.at(i, i + 3)];
            if let Some((h, len)) = Holiday::parse(words) {
                return cand(
                    i + 1 + len,
                    Ty::Date,
                    Sem::Holiday(h, None, shift.signum() as i8),
                );
            }
        }
        if let Some(p) = part_of_day(next) {
            // the next morning, the following evening
            if the && matches!(w, "next" | "following") {
                return cand(i + 2, Ty::Time, Sem::Anaphor(Unit::Day, 1, Some(p), true));
            }
            let day = if w == "last" && p == "NI" { -1 } else { 0 };
            if matches!(w, "this" | "last") {
                return cand(i + 2, Ty::Time, Sem::Rel(Unit::Day, day, Some(p)));
            }
        }
        // `Current mayor Ruth Adeyemi`, `the current champions`: who holds an office, no time
        // of the story (`current market conditions`, `his current position` stay)
        let office = matches!(
            next,
            "mayor"
                | "president"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "chief"
                | "ceo"
                | "minister"
                | "governor"
                | "leader"
                | "head"
                | "director"
                | "manager"
                | "coach"
                | "champion"
                | "champions"
                | "owner"
                | "holder"
                | "holders"
                | "secretary"
                | "premier"
                | "speaker"
                | "senator"
                | "councillor"
                | "councilor"
                | "member"
                | "members"
                | "prime"
        );
        if w == "current" && !the && !office {
            return cand(i + 1, Ty::Date, Sem::Fixed("PRESENT_REF".into()));
        }
        None
    }

    /// `earlier this year`, `later that day`: the time after `earlier`/`later` at `i`, with
    /// the start or end it picks out as its modifier.
    fn earlier_or_later(&self, i: usize, w: &str) -> Option<Cand> {
        let next = self.at(i, i + 1);
        // earlier this year, later this month
        let modifier = Some(if w == "earlier" { "START" } else { "END" });
        // earlier that day, later that year
        if next == "that" {
            let mut c = self.core(i + 1, false)?;
            if matches!(c.sem, Sem::Anaphor(..)) {
                c.modifier = modifier;
                return Some(c);
            }
            return None;
        }
        // `earlier yesterday`, `later yesterday`: the start or end of the day before, one
        // expression with its modifier (TimeBank has both so, 2 of 2).
        if next == "yesterday" {
            return Some(Cand {
                end: i + 2,
                ty: Ty::Date,
                sem: Sem::Rel(Unit::Day, -1, None),
                modifier,
            });
        }
        let shift = match next {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        // `later this afternoon`
        if shift == 0 {
            if let Some(p) = part_of_day(self.at(i, i + 2)) {
                return Some(Cand {
                    end: i + 3,
                    ty: Ty::Time,
                    sem: Sem::Rel(Unit::Day, 0, Some(p)),
                    modifier,
                });
            }
        }
        let unit = Unit::parse(self.at(i, i + 2))?;
        // `earlier this week`: here the annotation convention decides, not the language;
        // TimeBank leaves `earlier` out 4 times of 4 (but keeps it in `earlier this year`, 6 of
        // 7, and `earlier this month`, 5 of 8).
        if unit == Unit::Week && w == "earlier" {
            return None;
        }
        Some(Cand {
            end: i + 3,
            ty: Ty::Date,
            sem: Sem::Rel(unit, shift, None),
            modifier,
        })
    }

    /// `the past two months`, `the next couple of years`, `the last few weeks`: a count of
    /// units after the shift word at `i` is a stretch, a duration.
    fn shifted_count(&self, i: usize) -> Option<Cand> {
        let next = self.at(i, i + 1);
        // the past two months, the next three quarters, the last few weeks
        if let Some(n) = count(next) {
            let (n, k) = if next == "a" && self.at(i, i + 2) == "few" {
                (None, i + 3)
            } else if matches!(self.at(i, i + 2), "to" | "or")
                && count(self.at(i, i + 3)).is_some_and(|m| m.is_some())
            {
                // the next 12 to 18 months
                (None, i + 4)
            } else if let (Some(a), Some(b)) = (
                small_number(next).filter(|a| *a >= 20.0),
                small_number(self.at(i, i + 2)).filter(|b| (1.0..10.0).contains(b)),
            ) {
                // the last twenty four hours
                (Some(a + b), i + 3)
            } else {
                (n, i + 2)
            };
            if let Some(unit) = Unit::parse(self.at(i, k)) {
                return cand(k + 1, Ty::Duration, Sem::Fixed(unit.duration(n)));
            }
        }
        // the next couple of years
        if next == "couple" && self.at(i, i + 2) == "of" {
            if let Some(unit) = Unit::parse(self.at(i, i + 3)) {
                return cand(i + 4, Ty::Duration, Sem::Fixed(unit.duration(Some(2.0))));
            }
        }
        if next == "few" {
            if let Some(unit) = Unit::parse(self.at(i, i + 2)) {
                return cand(i + 3, Ty::Duration, Sem::Fixed(unit.duration(None)));
            }
        }
        None
    }

    /// A unit after the shift word `w` at `i`: `last year` (a date), `the following month` (told
    /// from the story), `the past decade` (a duration), `the coming days` (a vague reference).
    fn shifted_unit(&self, i: usize, w: &str, unit: Unit, shift: i64, the: bool) -> Option<Cand> {
        let next = self.at(i, i + 1);
        // the following month, the previous year, the next day: told from the story's
        // last date.
        let story = match w {
            "following" | "previous" => !matches!(unit, Unit::Weekend),
            "next" => unit == Unit::Day,
            _ => false,
        };
        if the && story && !next.ends_with('s') {
            return cand(i + 2, Ty::Date, Sem::Anaphor(unit, shift, None, true));
        }
        if next.ends_with('s') && unit != Unit::Weekend {
            // the coming days, the past weeks
            let value = if shift < 0 {
                "PAST_REF"
            } else if shift > 0 {
                "FUTURE_REF"
            } else {
                "PRESENT_REF"
            };
            return cand(i + 2, Ty::Date, Sem::Fixed(value.into()));
        }
        if the
            && (w == "past" || w == "last" || w == "next" || w == "coming")
            && !matches!(unit, Unit::Weekend)
        {
            // the past decade, the next year
            return cand(i + 2, Ty::Duration, Sem::Fixed(unit.duration(Some(1.0))));
        }
        if w == "past" {
            return cand(i + 2, Ty::Duration, Sem::Fixed(unit.duration(Some(1.0))));
        }
        // last year's quarter: the reported quarter a year before
        if unit == Unit::Year && shift == -1 && self.at(i, i + 2) == "quarter" {
            return cand(i + 3, Ty::Date, Sem::Rel(Unit::Quarter, -5, None));
        }
        // this year's third quarter, next year's first quarter
        if unit == Unit::Year && self.at(i, i + 3) == "quarter" {
            if let Some(q) = ordinal(self.at(i, i + 2)).filter(|q| (1..=4).contains(q)) {
                return cand(i + 4, Ty::Date, Sem::PartIn(format!("Q{q}"), shift));
            }
        }
        cand(i + 2, Ty::Date, Sem::Rel(unit, shift, None))
    }

    /// A month name `m` after the shift at `i`: `last Oct. 23` is that day, `next March` the
    /// month, on the side of the publication date the shift points to.
    fn shifted_month(&self, i: usize, m: i8, shift: i64) -> Option<Cand> {
        // `last Oct. 23`, `next March 3`: the day itself, the latest one before the
        // publication date or the first one after it (was `last Oct.`, the month alone).
        if let Some(d) = day_number(self.at(i, i + 2)).filter(|_| shift != 0) {
            if !self.at(i, i + 3).starts_with(':') && Unit::parse(self.at(i, i + 3)).is_none() {
                return cand(
                    i + 3,
                    Ty::Date,
                    Sem::MonthDay(m, d, if shift < 0 { Side::Before } else { Side::After }),
                );
            }
        }
        // `this September` is the current year's, whatever the tense.
        cand(
            i + 2,
            Ty::Date,
            Sem::Season(month_code(m), None, Some(shift)),
        )
    }
}

/// `nineties` → `199`.
fn decade_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "twenties" => "192",
        "thirties" => "193",
        "forties" => "194",
        "fifties" => "195",
        "sixties" => "196",
        "seventies" => "197",
        "eighties" => "198",
        "nineties" => "199",
        _ => return None,
    })
}

/// Words an expression can start with (besides numbers and hyphenated words), built once.
fn starters() -> &'static HashSet<&'static str, FxBuild> {
    static SET: OnceLock<HashSet<&'static str, FxBuild>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set: HashSet<&'static str, FxBuild> = [
            "the",
            "early",
            "mid",
            "late",
            "more",
            "less",
            "about",
            "around",
            "nearly",
            "almost",
            "roughly",
            "approximately",
            "at",
            "up",
            "over",
            "this",
            "last",
            "next",
            "past",
            "coming",
            "following",
            "previous",
            "latest",
            "current",
            "first",
            "final",
            "earlier",
            "later",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "these",
            "that",
            // holidays
            "thanksgiving",
            "christmas",
            "boxing",
            "new",
            "halloween",
            "independence",
            "valentine",
            "veterans",
            "labor",
            "memorial",
            "election",
            "black",
            "presidents",
            "martin",
            "mlk",
            "columbus",
            "cyber",
            "anzac",
            "australia",
            "canada",
            "now",
            "currently",
            "nowadays",
            "presently",
            "recently",
            "lately",
            "recent",
            "future",
            "annually",
            "yearly",
            "daily",
            "weekly",
            "fortnightly",
            "monthly",
            "quarterly",
            "hourly",
            "noon",
            "midday",
            "midnight",
            "morning",
            "afternoon",
            "evening",
            "night",
            "every",
            "each",
            "once",
            "twice",
            "weekends",
            "weekend",
            "fiscal",
            "end",
            "beginning",
            "start",
            "middle",
            "a",
            "an",
            "no",
            "half",
            "several",
            "few",
            "many",
            "some",
            "couple",
            "second",
            "third",
            "fourth",
            "fifth",
            "nineteen",
            "two",
            "year",
            "year-end",
            // months, weekdays and their plurals, seasons, decades, number words, units
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sept",
            "sep",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "summers",
            "winters",
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
            "one",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "dozen",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
        ]
        .into_iter()
        .collect();
        for unit in [
            "second",
            "seconds",
            "sec",
            "secs",
            "minute",
            "minutes",
            "min",
            "mins",
            "hour",
            "hours",
            "hr",
            "hrs",
            "day",
            "days",
            "week",
            "weeks",
            "fortnight",
            "fortnights",
            "weekend",
            "weekends",
            "month",
            "months",
            "quarter",
            "quarters",
            "year",
            "years",
            "yr",
            "yrs",
            "decade",
            "decades",
            "century",
            "centuries",
        ] {
            set.insert(unit);
        }
        set
    })
}

/// A quick filter run at every token: whether an expression can start with this word.
/// Frequent words that start an expression only before one word (`that year`, `new year`,
/// `these days`): false when that word is missing, so the rest is left early.
fn frequent_word_starts(w: &str, next: &str) -> bool {
    match w {
        "that" => {
            matches!(next, "same" | "day" | "week" | "month" | "quarter" | "year")
                || part_of_day(next).is_some()
        }
        "new" => next == "year",
        "these" => next == "days",
        _ => true,
    }
}

fn may_start(w: &str) -> bool {
    let Some(first) = w.bytes().next() else {
        return false;
    };
    first.is_ascii_digit()
        || w.contains(['-', '\''])
        || (first == b'q' && w.len() == 2)
        || w.starts_with("fy")
        || starters().contains(w)
        // Ordinals in digits start with a digit (above); in words, only these parse.
        || matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
                | "ninth" | "tenth"
        )
}

/// Whether the word after `daily` makes it an adjective (`daily newspaper`).
fn adjective_use(next: &str) -> bool {
    next.chars().next().is_some_and(char::is_alphabetic)
        && !matches!(
            next,
            "and"
                | "or"
                | "but"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "from"
                | "by"
                | "since"
                | "until"
                | "as"
                | "with"
                | "basis"
        )
}

fn is_unitish(w: &str) -> bool {
    Unit::parse(w).is_some() || count(w).is_some() || w == "few"
}

/// Months as pseudo-season codes so `last March` reuses the season arithmetic.
fn month_code(m: i8) -> &'static str {
    [
        "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M11", "M12",
    ]
    .get(usize::try_from(m - 1).unwrap_or(0))
    .copied()
    .unwrap_or("M01")
}

/// The TIMEX3 value of `sem`, told from the publication date `dct` and the tense `past`
/// (`Some(true)` past, `Some(false)` ahead).
fn resolve(sem: &Sem, dct: Option<Date>, past: Option<bool>) -> String {
    match sem {
        Sem::Fixed(v) => v.clone(),
        Sem::Ymd(y, m, d) => {
            let year = match (y, dct) {
                (Some(y), _) => format!("{y:04}"),
                (None, Some(dct)) => format!("{:04}", calendar::year_for(dct, *m, *d, past)),
                (None, None) => "XXXX".to_owned(),
            };
            match d {
                Some(d) => format!("{year}-{m:02}-{d:02}"),
                None => format!("{year}-{m:02}"),
            }
        }
        Sem::Weekday(wd, shift, part) => weekday_value(*wd, *shift, *part, dct, past),
        Sem::Rel(unit, n, part) => {
            // `the weekend` in a past sentence on a weekday is the one just gone.
            let n = match (unit, n, past, dct) {
                (Unit::Weekend, 0, Some(true), Some(d))
                    if calendar::weekday_number(d.weekday()) < 6 =>
                {
                    -1
                }
                _ => *n,
            };
            let base = calendar::shifted(dct, *unit, n);
            match part {
                Some(p) => format!("{base}T{p}"),
                None => base,
            }
        }
        Sem::MonthDay(m, d, side) => month_day_value(*m, *d, *side, dct),
        Sem::Season(code, year, shift) => season_value(code, *year, *shift, dct, past),
        Sem::Anaphor(unit, n, part, fallback) => {
            let base = if *fallback {
                calendar::shifted(dct, *unit, *n)
            } else {
                calendar::shifted(None, *unit, 0)
            };
            match part {
                Some(p) => format!("{base}T{p}"),
                None => base,
            }
        }
        Sem::YearQuarter(y) => match dct {
            Some(d) => {
                let last = calendar::shifted(Some(d), Unit::Quarter, -1);
                let q = last.rsplit('-').next().unwrap_or("QX");
                format!("{y:04}-{q}")
            }
            None => format!("{y:04}-QX"),
        },
        Sem::PartIn(part, n) => match dct {
            Some(d) => format!("{:04}-{part}", i64::from(d.year()) + n),
            None => format!("XXXX-{part}"),
        },
        Sem::Part(part, year) => part_value(part, *year, dct, past),
        Sem::InYear(n, m, d) => {
            let year = dct.map_or_else(
                || "XXXX".to_owned(),
                |dct| format!("{:04}", i64::from(dct.year()) + n),
            );
            match d {
                Some(d) => format!("{year}-{m:02}-{d:02}"),
                None => format!("{year}-{m:02}"),
            }
        }
        Sem::Holiday(h, year, shift) => holiday_value(*h, *year, *shift, dct, past),
        Sem::WeekendOf(day) => {
            let Ok(d) = resolve(day, dct, past).parse::<Date>() else {
                return "XXXX-WXX-WE".to_owned();
            };
            let d = if d.weekday() == jiff::civil::Weekday::Monday {
                d.yesterday().unwrap_or(d)
            } else {
                d
            };
            format!("{}-WE", calendar::week(d))
        }
        Sem::CenturyTurn => match dct {
            Some(d) => format!("{:04}", d.year() / 100 * 100),
            None => "XXXX".to_owned(),
        },
        // Annual results come out in the first quarter of the next year: `revenue for the full
        // year was` said then reports the year just completed; later, or ahead, this year's.
        Sem::FullYear => match dct {
            Some(d) if past == Some(true) && d.month() <= 3 => format!("{:04}", d.year() - 1),
            Some(d) => format!("{:04}", d.year()),
            None => "XXXX".to_owned(),
        },
        Sem::NewYear => match dct {
            Some(d) if d.month() >= 7 => format!("{:04}", d.year() + 1),
            Some(d) => format!("{:04}", d.year()),
            None => "XXXX".to_owned(),
        },
        Sem::DaysFrom(day, n) => {
            let base = resolve(day, dct, past);
            base.parse::<Date>()
                .ok()
                .and_then(|d| d.checked_add(n.days()).ok())
                .map_or(base, calendar::day)
        }
        Sem::Clock(h, m, base) => clock_value(*h, *m, base.as_deref(), dct, past),
        Sem::DayPart(day, p) => format!("{}T{p}", resolve(day, dct, past)),
        Sem::DayOfMonth(d) => day_of_month_value(*d, dct, past),
        Sem::QuarterEnding(day) => {
            let d = resolve(day, dct, past);
            d.parse::<Date>()
                .ok()
                .and_then(|d| d.checked_sub(45.days()).ok())
                .map_or_else(
                    || "XXXX-QX".to_owned(),
                    |d| format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
                )
        }
        Sem::WeekOf(day) => {
            let d = resolve(day, dct, past);
            d.parse::<Date>()
                .map_or_else(|_| "XXXX-WXX".to_owned(), calendar::week)
        }
    }
}

/// A weekday's date, counted from the publication day by how the weekday was shifted.
fn weekday_value(
    wd: i8,
    shift: WeekShift,
    part: Option<&str>,
    dct: Option<Date>,
    past: Option<bool>,
) -> String {
    let tail = part.map_or(String::new(), |p| format!("T{p}"));
    let Some(dct) = dct else {
        return format!("XXXX-WXX-{wd}{tail}");
    };
    let today = calendar::weekday_number(dct.weekday());
    let date = match shift {
        // `last Wednesday`: the latest one before the publication day (all six in
        // TimeBank, among them `the day before last Tuesday` written on a Thursday).
        WeekShift::Last => dct
            .checked_add((-i64::from((today - wd - 1).rem_euclid(7) + 1)).days())
            .ok(),
        // `next Thursday`: that weekday in the calendar week (Monday to Sunday) after
        // the publication week, so said on a Tuesday it is nine days on, not two
        // (`Thursday`, `this Thursday`, `this coming Thursday` are two). TimeBank has no
        // `next <weekday>`; every one in the Recognizers specs reads so.
        WeekShift::Next => dct.checked_add(i64::from(wd - today + 7).days()).ok(),
        WeekShift::This => {
            // this Friday: the one in the current week
            dct.checked_add(i64::from(wd - today).days()).ok()
        }
        // `this coming Sunday`, `the following Monday`: the first one after.
        WeekShift::Coming => calendar::weekday_near(dct, wd, false),
        WeekShift::ByTense => calendar::weekday_near(dct, wd, past != Some(false)),
    };
    date.map_or_else(
        || format!("XXXX-WXX-{wd}{tail}"),
        |d| format!("{}{tail}", calendar::day(d)),
    )
}

/// `last Oct. 23`, `next March 3`: the year on the named side of the publication date.
fn month_day_value(m: i8, d: i8, side: Side, dct: Option<Date>) -> String {
    let Some(dct) = dct else {
        return format!("XXXX-{m:02}-{d:02}");
    };
    // The nearest year on the side `last`/`next` points to where the day exists:
    // `last Feb. 29` may be up to eight years back (a century year is no leap year).
    let step: i16 = match side {
        Side::Before => -1,
        Side::After => 1,
    };
    let mut year = dct.year();
    for _ in 0..9 {
        match Date::new(year, m, d) {
            Ok(t) if (step < 0 && t < dct) || (step > 0 && t > dct) => {
                return format!("{year:04}-{m:02}-{d:02}");
            }
            _ => year += step,
        }
    }
    format!("XXXX-{m:02}-{d:02}")
}

/// A season's (or month code's) year: a `last`/`next` one is the nearest over or not yet
/// begun, an unshifted one goes by the tense.
fn season_value(
    code: &str,
    year: Option<i16>,
    shift: Option<i64>,
    dct: Option<Date>,
    past: Option<bool>,
) -> String {
    let month_like = code.starts_with('M');
    let Some(dct) = dct else {
        return match year {
            Some(y) => format!("{y:04}-{}", code.trim_start_matches('M')),
            None => format!("XXXX-{}", code.trim_start_matches('M')),
        };
    };
    let start_month: i8 = if month_like {
        code.get(1..).and_then(|s| s.parse().ok()).unwrap_or(1)
    } else {
        match code {
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            _ => 12,
        }
    };
    let end_month: i8 = if month_like {
        start_month
    } else {
        match code {
            "SP" => 5,
            "SU" => 8,
            "FA" => 11,
            _ => 14,
        }
    };
    let this = dct.year();
    let now = i16::from(dct.month());
    let y = match (year, shift) {
        (Some(y), _) => y,
        // last summer: the latest one already over
        (None, Some(s)) if s < 0 => {
            if i16::from(end_month) < now {
                this
            } else {
                this - 1
            }
        }
        // next spring: the first one not yet begun
        (None, Some(s)) if s > 0 => {
            if i16::from(start_month) > now {
                this
            } else {
                this + 1
            }
        }
        // `this winter` said from January to March: the winter that began in December, the
        // year before (a winter is named by the year of its December).
        (None, Some(0)) if code == "WI" && now <= 3 => this - 1,
        (None, Some(_)) => this,
        (None, None) => calendar::year_for(dct, start_month, None, past),
    };
    format!("{y:04}-{}", code.trim_start_matches('M'))
}

/// A holiday's date: its rule applied to the year `last`/`next` or the tense points to.
fn holiday_value(
    h: Holiday,
    year: Option<i16>,
    shift: i8,
    dct: Option<Date>,
    past: Option<bool>,
) -> String {
    let Some(dct) = dct else {
        // Without a year only a fixed holiday has a known day.
        return match (year, h) {
            (Some(y), _) => h.date(y).map_or_else(String::new, calendar::day),
            (None, Holiday::Fixed(m, d)) => format!("XXXX-{m:02}-{d:02}"),
            (None, Holiday::Nth(m, ..)) => format!("XXXX-{m:02}-XX"),
            (None, Holiday::NthPlus(m, ..)) => format!("XXXX-{m:02}-XX"),
        };
    };
    let y = match (year, shift) {
        (Some(y), _) => y,
        // last Thanksgiving: the latest one before the publication day
        (None, -1) => {
            let this = dct.year();
            if h.date(this).is_some_and(|d| d < dct) {
                this
            } else {
                this - 1
            }
        }
        (None, 1) => {
            let this = dct.year();
            if h.date(this).is_some_and(|d| d > dct) {
                this
            } else {
                this + 1
            }
        }
        (None, _) => match h.date(dct.year()) {
            Some(d) => calendar::year_for(dct, d.month(), Some(d.day()), past),
            None => dct.year(),
        },
    };
    h.date(y).map_or_else(String::new, calendar::day)
}

/// A clock time on its day: the day named with it, or the publication day.
fn clock_value(h: u8, m: u8, base: Option<&Sem>, dct: Option<Date>, past: Option<bool>) -> String {
    let day = match base {
        // `from 10 p.m. Saturday` said on a Saturday: a clock time ahead on the day named
        // is later that day, not a week on (a day told without a clock keeps its rule).
        Some(b)
            if matches!(*b, Sem::Weekday(wd, WeekShift::ByTense, _)
                if dct.is_some_and(|d| calendar::weekday_number(d.weekday()) == wd))
                && past == Some(false) =>
        {
            calendar::shifted(dct, Unit::Day, 0)
        }
        Some(b) => resolve(b, dct, past),
        None => calendar::shifted(dct, Unit::Day, 0),
    };
    format!("{day}T{h:02}:{m:02}")
}

/// `on the 5th`: that day in the publication month, or the month before or after by the tense.
fn day_of_month_value(d: i8, dct: Option<Date>, past: Option<bool>) -> String {
    let Some(dct) = dct else {
        return format!("XXXX-XX-{d:02}");
    };
    let shift = match past {
        Some(true) if d > dct.day() => -1,
        Some(false) if d < dct.day() => 1,
        _ => 0,
    };
    let m = i64::from(dct.year()) * 12 + i64::from(dct.month()) - 1 + shift;
    let (y, m) = (m.div_euclid(12), m.rem_euclid(12) + 1);
    match (i16::try_from(y), i8::try_from(m)) {
        (Ok(y), Ok(m)) if Date::new(y, m, d).is_ok() => format!("{y:04}-{m:02}-{d:02}"),
        _ => format!("XXXX-XX-{d:02}"),
    }
}

/// A quarter or half of the year, its year told or inferred from the tense.
fn part_value(part: &str, year: Option<i16>, dct: Option<Date>, past: Option<bool>) -> String {
    match (year, dct) {
        (Some(y), _) => format!("{y:04}-{part}"),
        (None, Some(d)) => {
            // A quarter or half not yet begun is last year's when told in the past
            // (`profits fell in the fourth quarter` in January). One already over stays
            // this year's when told ahead: results of a past quarter are reported later
            // (`will report third-quarter results`; reading it as next year's cost 0.6
            // value F1 on TimeBank).
            let n: i8 = part.get(1..).and_then(|n| n.parse().ok()).unwrap_or(0);
            let len = if part.starts_with('H') { 6 } else { 3 };
            let first = len * (n - 1) + 1;
            let y = if past == Some(true) && n > 0 && first > d.month() {
                d.year() - 1
            } else {
                d.year()
            };
            format!("{y:04}-{part}")
        }
        (None, None) => format!("XXXX-{part}"),
    }
}

/// The tense around token `i` in its sentence: the nearest tense cue, past or future, searched
/// outwards from `i` and no further than a closer cue allows.
pub fn tense(ws: &[W<'_>], cues: &[Option<bool>], i: usize) -> Option<bool> {
    let s = ws.get(i)?.sentence;
    let mut best: Option<(usize, bool)> = None;
    let (mut left_open, mut right_open) = (true, true);
    for d in 0..40usize {
        if best.is_some_and(|(b, _)| d * 2 > b) || !(left_open || right_open) {
            break;
        }
        let sides = [
            (i.checked_sub(d), false),
            (if d == 0 { None } else { Some(i + d) }, true),
        ];
        for (j, after) in sides {
            let Some(j) = j else {
                if !after {
                    left_open = false;
                }
                continue;
            };
            if (after && !right_open) || (!after && !left_open) {
                continue;
            }
            let Some(t) = ws.get(j).filter(|t| t.sentence == s) else {
                if after {
                    right_open = false;
                } else {
                    left_open = false;
                }
                continue;
            };
            // `were given on Monday, and nursing homes will begin`: a comma and a conjunction
            // open a new clause, whose tense is not the expression's.
            if after
                && matches!(&*t.low, "and" | "but")
                && j.checked_sub(1)
                    .and_then(|p| ws.get(p))
                    .is_some_and(|p| p.low == ",")
            {
                right_open = false;
                continue;
            }
            let Some(Some(past)) = cues.get(j).copied() else {
                continue;
            };
            // `would` (and `could`, `may`, `might`) points ahead only for what follows it
            // (`would leave on Monday`); after the date it belongs to reported words (`defended
            // the plan on Tuesday, saying the project would…`).
            if after && matches!(&*t.low, "would" | "could" | "may" | "might") {
                continue;
            }
            let mut dist = d * 2 + usize::from(after);
            // The reporting verb tells when it was said, not when the reported thing happens;
            // but right beside the expression it is what the expression dates (`said Monday`,
            // `announced on Wednesday`).
            if d > 2 && reporting_verb(&t.low) {
                dist += 30;
            }
            if best.is_none_or(|(b, _)| dist < b) {
                best = Some((dist, past));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// What tells the tense of the clause of token `i`: the first of these to its left within the
/// clause (back to a comma, semicolon, dash or the sentence start, at most 15 tokens).
#[derive(Clone, Copy)]
enum ClauseCue {
    /// A tense cue at this token, past or not.
    Tense(usize, bool),
    /// The clause opens with a participle after a comma (`, setting up arguments in April`).
    Participle,
    /// The `to` of a decision's infinitive dated just before it (`voted Saturday to`).
    Decided,
    /// Nothing in the clause.
    Nothing,
}

fn clause_cue(ws: &[W<'_>], cues: &[Option<bool>], i: usize) -> ClauseCue {
    let Some(s) = ws.get(i).map(|t| t.sentence) else {
        return ClauseCue::Nothing;
    };
    for d in 1..=15 {
        let Some(j) = i.checked_sub(d) else {
            return ClauseCue::Nothing;
        };
        let Some(t) = ws.get(j).filter(|t| t.sentence == s) else {
            return ClauseCue::Nothing;
        };
        if matches!(&*t.low, "," | ";" | "—" | "(" | ":") {
            let opener = ws.get(j + 1).map_or("", |n| &*n.low);
            let participle = opener.len() > 5 && opener.ends_with("ing") && j + 1 < i;
            return if participle {
                ClauseCue::Participle
            } else {
                ClauseCue::Nothing
            };
        }
        if t.low == "to" && decided_before(ws, j) {
            return ClauseCue::Decided;
        }
        if let Some(Some(past)) = cues.get(j).copied() {
            return ClauseCue::Tense(j, past);
        }
    }
    ClauseCue::Nothing
}

/// The tense of the clause of token `i` told by its cue (`clause_cue`): `which grounded its
/// fleet in April, will restore`, `who will be sworn in on Jan. 20, named`, `was arrested after
/// 6 a.m. Wednesday and will appear`. A verb of the clause's own comes before any verb to the
/// right, which belongs to the next clause as often as not. A clause opened by a participle
/// after a comma (`agreed Friday to hear the case, setting up arguments in April`) has no tense
/// of its own: `Some(None)`. `voted Saturday to return to work on Monday`, `agreed to move
/// classes to Aug. 14`: a decision's infinitive lies after the decision. `None` when the clause
/// to the left tells nothing, for the outward search.
fn clause_tense(ws: &[W<'_>], i: usize, cue: ClauseCue) -> Option<Option<bool>> {
    match cue {
        // A reporting verb away from the expression dates the saying, not the thing said; the
        // outward search weighs it.
        ClauseCue::Tense(j, _)
            if i - j > 2 && ws.get(j).is_some_and(|t| reporting_verb(&t.low)) =>
        {
            None
        }
        ClauseCue::Tense(_, past) => Some(Some(past)),
        ClauseCue::Participle => Some(None),
        ClauseCue::Decided => Some(Some(false)),
        ClauseCue::Nothing => None,
    }
}

/// Whether the clause of the expression at `i` is plainly past before it: its tense cue
/// (`clause_cue`) is past and no expectation comes between (`Power was restored to most homes
/// by Thursday evening`, not `results are expected by Monday morning`, `was forecast to reach 8
/// inches by Thursday morning`). Asked only when the clause is not told ahead (a decision's
/// infinitive is).
fn plainly_past_clause(ws: &[W<'_>], i: usize, cue: ClauseCue) -> bool {
    let ClauseCue::Tense(j, true) = cue else {
        return false;
    };
    !ws.get(j..i).is_some_and(|stretch| {
        stretch.iter().any(|t| {
            t.low.starts_with("expect")
                || matches!(
                    &*t.low,
                    "forecast"
                        | "predicted"
                        | "projected"
                        | "scheduled"
                        | "due"
                        | "set"
                        | "planned"
                )
        })
    })
}

/// A past reporting verb: it dates the saying, not what is said.
fn reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "told" | "reported" | "announced" | "added" | "noted"
    )
}

/// Whether the `to` at `j` opens the infinitive of a decision or pledge dated just before it
/// (`voted Saturday to`, `voted 5-2 on Thursday to`), its verb at most four words back. The
/// decision's own day must stand between: undated, a date after the infinitive is as often the
/// decision's (`agreed to purchase the line for $22 million in February`, TimeBank).
fn decided_before(ws: &[W<'_>], j: usize) -> bool {
    let Some(s) = ws.get(j).map(|t| t.sentence) else {
        return false;
    };
    let infinitive = ws.get(j + 1).is_some_and(|n| {
        n.sentence == s && !n.cap && n.low.bytes().all(|b| b.is_ascii_lowercase())
    });
    let Some(verb) = (1..=4).find_map(|d| {
        let k = j.checked_sub(d)?;
        ws.get(k)
            .filter(|t| {
                t.sentence == s
                    && matches!(
                        &*t.low,
                        "voted" | "agreed" | "decided" | "pledged" | "promised" | "vowed"
                    )
            })
            .map(|_| k)
    }) else {
        return false;
    };
    let dated = ws.get(verb + 1..j).is_some_and(|between| {
        between
            .iter()
            .any(|t| weekday(&t.low).is_some() || matches!(&*t.low, "yesterday" | "today"))
    });
    infinitive && dated
}

/// Every time expression of the document, in text order, resolved against `dct`.
pub fn find(doc: &Document, ws: &[W<'_>], cues: &[Option<bool>]) -> Vec<Expr> {
    let finder = Finder {
        ws,
        text: doc.text.as_str(),
    };
    let dct = doc.date;
    let mut out = Vec::new();
    let mut anchor: Option<String> = None;
    let mut dayless_clocks = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let Some(c) = finder.parse(i) else {
            i += 1;
            continue;
        };
        let mut end_tok = c.end.min(ws.len()).max(i + 1);
        if finder.is_title(i, end_tok, &c.sem) {
            i = end_tok;
            continue;
        }
        let mut c = c;
        // `it was last closed on 18 August`: the latest such day before publication.
        if let Sem::Ymd(None, m, Some(d)) = c.sem {
            if finder.last_before_a_verb(i) {
                c.sem = Sem::MonthDay(m, d, Side::Before);
            }
        }
        if let Some((end, value)) = finder.duration_sum(i, end_tok, &c) {
            end_tok = end;
            c.sem = Sem::Fixed(value);
        }
        let mut modifier = c.modifier;
        if let Some((words, vague)) = finder.vague_extension(i, end_tok, c.ty) {
            end_tok += words;
            modifier = modifier.or(Some(vague));
        }
        let (Some(first), Some(last)) = (ws.get(i), ws.get(end_tok - 1)) else {
            break;
        };
        let possessive = last.content_end < last.end;
        let past = finder.expression_tense(cues, i, &c.sem, possessive);
        let mut value = told_from_anchor(&c.sem, anchor.as_deref())
            .or_else(|| finder.coming_publication_day(&c.sem, dct, past))
            .or_else(|| finder.day_in_a_coming_year(&out, i, &c.sem, dct))
            .or_else(|| finder.years_before_a_named_period(&out, i, end_tok, &c.sem))
            .unwrap_or_else(|| resolve(&c.sem, dct, past));
        // The last dated expression anchors `that year`, `the following month`.
        if matches!(c.ty, Ty::Date | Ty::Time)
            && value.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && !value.contains('X')
            && value.len() >= 4
        {
            anchor = Some(value.split('T').next().unwrap_or("").to_owned());
        }
        // `within ten days`, `in two weeks`: a deadline.
        if c.ty == Ty::Duration
            && i > 0
            && ws
                .get(i - 1)
                .is_some_and(|p| p.sentence == first.sentence && matches!(&*p.low, "within" | "in"))
            && modifier.is_none()
        {
            modifier = Some("ON_OR_BEFORE");
        }
        if value.is_empty() {
            value = "XXXX-XX-XX".into();
        }
        if matches!(c.sem, Sem::Clock(_, _, None)) {
            dayless_clocks.push(out.len());
        }
        out.push(Expr {
            start: first.start,
            end: last.content_end,
            ty: c.ty,
            value,
            modifier,
            tokens: (i, end_tok),
            range: finder.stated_range(i, end_tok, &c.ty, dct, past),
        });
        i = end_tok;
    }
    clocks_take_their_day(&finder, &mut out, &dayless_clocks);
    out
}

impl Finder<'_> {
    /// The ends of a range of counts inside the expression `i..end` (`two to three years`, `18
    /// or 24 months`, `six to nine months from now`, `two to three weeks ago`), which the
    /// TimeML value leaves vague (`PXY`, `FUTURE_REF`): durations for a duration, the dates
    /// the counts reach from the publication date for a date.
    fn stated_range(
        &self,
        i: usize,
        end: usize,
        ty: &Ty,
        dct: Option<Date>,
        past: Option<bool>,
    ) -> Option<(String, String)> {
        if let Some((y, a, b)) = self.months_of_a_year(i).filter(|_| end == i + 6) {
            return Some((format!("{y:04}-{a:02}"), format!("{y:04}-{b:02}")));
        }
        if let Some((a, b)) = year_pair(self.at(i, i)).filter(|_| end == i + 1) {
            return Some((format!("{a:04}"), format!("{b:04}")));
        }
        let k = (i..end.saturating_sub(3)).find(|&k| {
            matches!(self.at(i, k + 1), "to" | "or")
                && count(self.at(i, k)).is_some_and(|n| n.is_some())
                && count(self.at(i, k + 2)).is_some_and(|n| n.is_some())
                && Unit::parse(self.at(i, k + 3)).is_some()
        })?;
        let (Some(Some(a)), Some(Some(b)), Some(unit)) = (
            count(self.at(i, k)),
            count(self.at(i, k + 2)),
            Unit::parse(self.at(i, k + 3)),
        ) else {
            return None;
        };
        if a >= b {
            return None;
        }
        match ty {
            Ty::Duration => Some((unit.duration(Some(a)), unit.duration(Some(b)))),
            Ty::Date => {
                let after = self.at(i, k + 4);
                let sign = match after {
                    "ago" | "earlier" => -1,
                    "from" | "later" | "hence" => 1,
                    _ => return None,
                };
                let at =
                    |n: f64| resolve(&Sem::Rel(unit, sign * n.round() as i64, None), dct, past);
                let (lo, hi) = if sign < 0 {
                    (at(b), at(a))
                } else {
                    (at(a), at(b))
                };
                Some((lo, hi))
            }
            _ => None,
        }
    }

    /// `two hours, four minutes and nine seconds`: counts of ever smaller units joined by commas
    /// and `and` add up to one duration (a race time, a length of session), TimeML writing the
    /// sum as one value (`PT2H4M9S`). Where the sum ends and its value, if a sum follows the
    /// duration `c` found at `i..end`.
    fn duration_sum(&self, i: usize, end: usize, c: &Cand) -> Option<(usize, String)> {
        if c.ty != Ty::Duration || end != i + 2 {
            return None;
        }
        let first = (count(self.at(i, i))??, Unit::parse(self.at(i, i + 1))?);
        let mut parts = vec![first];
        let mut k = end;
        loop {
            let mut j = k;
            if self.at(i, j) == "," {
                j += 1;
            }
            if self.at(i, j) == "and" {
                j += 1;
            }
            if j == k {
                break;
            }
            let (Some(Some(n)), Some(unit)) =
                (count(self.at(i, j)), Unit::parse(self.at(i, j + 1)))
            else {
                break;
            };
            let smaller = parts
                .last()
                .and_then(|(_, u)| sum_rank(*u).zip(sum_rank(unit)))
                .is_some_and(|(a, b)| b > a);
            if !smaller || n.fract() != 0.0 {
                break;
            }
            parts.push((n, unit));
            k = j + 2;
        }
        if parts.len() < 2 {
            return None;
        }
        let mut date = String::new();
        let mut time = String::new();
        for (n, unit) in &parts {
            let (letter, in_time) = match unit {
                Unit::Year => ('Y', false),
                Unit::Month => ('M', false),
                Unit::Week => ('W', false),
                Unit::Day => ('D', false),
                Unit::Hour => ('H', true),
                Unit::Minute => ('M', true),
                Unit::Second => ('S', true),
                _ => return None,
            };
            let part = format!("{}{letter}", *n as i64);
            if in_time {
                time.push_str(&part);
            } else {
                date.push_str(&part);
            }
        }
        let value = if time.is_empty() {
            format!("P{date}")
        } else {
            format!("P{date}T{time}")
        };
        Some((k, value))
    }

    /// How many words of a vague extension follow an expression ending before `end`, and the
    /// modifier it gives: TimeML keeps the extension inside the expression (`the next year or
    /// so`, `a week or so ago`, `1990 and beyond`, `1994 or later`).
    fn vague_extension(&self, i: usize, end: usize, ty: Ty) -> Option<(usize, &'static str)> {
        match (self.at(i, end), self.at(i, end + 1)) {
            ("or", "so") => Some((2, "APPROX")),
            ("and", "beyond") | ("or", "later") if ty == Ty::Date => Some((2, "EQUAL_OR_MORE")),
            ("or", "earlier") if ty == Ty::Date => Some((2, "EQUAL_OR_LESS")),
            _ => None,
        }
    }

    /// The tense an expression at `i` is resolved by (`Some(true)` past): its clause's or the
    /// sentence's, turned ahead by `until`/`by` and back by `since` or a possessive weekday.
    fn expression_tense(
        &self,
        cues: &[Option<bool>],
        i: usize,
        sem: &Sem,
        possessive: bool,
    ) -> Option<bool> {
        // The expression's own clause first; an event's tense (`events`) keeps the outward
        // search alone.
        let cue = clause_cue(self.ws, cues, i);
        let mut past = clause_tense(self.ws, i, cue).unwrap_or_else(|| tense(self.ws, cues, i));
        // `by February`, `through January`: a deadline or an end lies ahead unless the sentence
        // is plainly past (`had repaid it by February` keeps its past cue nearby).
        // `up until Thursday`, `not until Tuesday` look back.
        let before = self.governing_preposition(i);
        // `Until Thursday, they had not called him a suspect`: the past perfect looks back from
        // a past point, so `until`/`by` before it do not point ahead.
        if past != Some(false)
            && !self.past_perfect_near(i)
            && match sem {
                Sem::Ymd(None, ..) | Sem::DayOfMonth(_) => {
                    matches!(before, "by" | "through" | "until" | "till")
                }
                // `postponed until Tuesday morning`; `by` before a weekday is as often the agent
                // of a passive (`announced by Monday's deadline` is rarer than `by Reuters`), but
                // not before a weekday with its part of day (`expected by Monday morning`).
                Sem::Weekday(_, WeekShift::ByTense, part) => {
                    matches!(before, "until" | "till")
                        || (before == "by"
                            && part.is_some()
                            && !plainly_past_clause(self.ws, i, cue))
                }
                // `has been postponed until the fall`: a season put off to lies ahead; so does a
                // quarter or half (`pushed back rate cuts until the second half of the year`).
                Sem::Season(_, None, None) | Sem::Part(_, None) => {
                    matches!(before, "until" | "till")
                }
                Sem::Clock(_, _, Some(day)) => {
                    matches!(**day, Sem::Weekday(_, WeekShift::ByTense, _))
                        && matches!(before, "until" | "till")
                }
                _ => false,
            }
        {
            past = Some(false);
        }
        // `raised its forecast for the year ending in March`, `the quarter ending June 30`: a
        // period still `ending` (not `ended`) ends on or after the publication date, whatever
        // the tense of the verb.
        if past == Some(true)
            && matches!(sem, Sem::Ymd(None, ..) | Sem::DayOfMonth(_))
            && self.period_ending_at(i)
        {
            past = Some(false);
        }
        // `has issued a warning from 3pm on Wednesday until 10am on Thursday`: the present
        // perfect tells of a notice now in force, and the weekday it runs from or to lies ahead
        // (not a month: `have eased from the middle of March` starts a fall behind).
        if past == Some(true)
            && matches!(sem, Sem::Weekday(_, WeekShift::ByTense, _))
            && matches!(before, "from" | "until" | "till" | "by")
            && self.perfect_in_clause(i)
        {
            past = Some(false);
        }
        // `before conditions ease on Sunday`, `once the count ends on Friday`: a temporal clause
        // in the present, with no past cue of its own, tells of what is still to come (a past
        // one would read `eased`, `ended`).
        if past == Some(true) && self.present_temporal_clause(cues, i) {
            past = Some(false);
        }
        // `urged people to get it before the winter`: the deadline of advice lies ahead of it.
        if past == Some(true)
            && matches!(before, "before" | "by" | "until")
            && self.advice_infinitive(i)
        {
            past = Some(false);
        }
        // `heading for a loss ahead of the final session on Monday`: with no tense cue, the date
        // of what is awaited lies ahead.
        if past.is_none() && self.ahead_of_before(i) {
            past = Some(false);
        }
        // `Saturday 12.30pm; Sunday 2pm`: a weekday with its clock time and no verb to date it
        // is a listing of fixtures or a timetable, which tells what is to come.
        if past.is_none()
            && matches!(sem, Sem::Clock(_, _, Some(day))
                if matches!(**day, Sem::Weekday(_, WeekShift::ByTense, None)))
        {
            past = Some(false);
        }
        // `on patrol since March`, `since Tuesday`: the start of what is going on lies behind.
        if before == "since"
            && matches!(
                sem,
                Sem::Ymd(None, ..) | Sem::DayOfMonth(_) | Sem::Weekday(_, WeekShift::ByTense, _)
            )
        {
            past = Some(true);
        }
        // `Wednesday's ruling`, `Friday's trading`: a possessive weekday names a day whose event
        // is already a fact (TimeBank 17 of 17 on or before the publication day), whatever
        // the tense of the clause around it (`would look for ways to get around Wednesday's
        // ruling`).
        // A plain future marker before it still wins: `will vote in Sunday's election`, `ahead
        // of Sunday's vote` preview a day to come.
        if matches!(sem, Sem::Weekday(_, WeekShift::ByTense, _)) && possessive {
            past = Some(!future_marker_before(self.ws, i));
        }
        past
    }
}

/// The value of a time told from the story's last date `anchor` (`that year`, `6 a.m. the next
/// day`), if `sem` is one and there is such a date.
fn told_from_anchor(sem: &Sem, anchor: Option<&str>) -> Option<String> {
    match (sem, anchor) {
        (Sem::Anaphor(unit, n, part, _), Some(a)) => {
            calendar::told_from(a, *unit, *n).map(|v| match part {
                Some(p) => format!("{v}T{p}"),
                None => v,
            })
        }
        // `6 a.m. the next day`: the clock time on the day told from the story's day.
        (Sem::Clock(h, m, Some(day)), Some(a)) => match **day {
            Sem::Anaphor(unit, n, None, _) => {
                calendar::told_from(a, unit, n).map(|v| format!("{v}T{h:02}:{m:02}"))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The publication date plus a duration value, for deadlines (`within ten days`).
pub fn add_duration(dct: Date, value: &str) -> Option<Date> {
    shift_by_duration(dct, value, 1)
}

/// The day a duration before `dct` (`sign` -1) or after it (`sign` 1).
pub fn shift_by_duration(dct: Date, value: &str, sign: i64) -> Option<Date> {
    let body = value.strip_prefix('P')?;
    if let Some(time) = body.strip_prefix('T') {
        // Hours count in whole days: `within 48 hours` ends two days on.
        let hours = time
            .strip_suffix('H')
            .and_then(|h| h.parse::<i64>().ok())
            .unwrap_or(0);
        return dct.checked_add((sign * ((hours + 23) / 24)).days()).ok();
    }
    let unit = body.chars().last()?;
    let n: i64 = sign * body.get(..body.len() - 1)?.parse::<i64>().ok()?;
    let span = match unit {
        'D' => n.days(),
        'W' => (n * 7).days(),
        'M' => n.months(),
        'Y' => n.years(),
        _ => return None,
    };
    dct.checked_add(span).ok()
}

/// A bare four-digit number that reads as a year (`in 2019 a week later`).
fn is_year_like(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(w.get(..2), Some("19" | "20"))
}

/// `will`, `'ll`, `ahead of`, `upcoming` or `awaited` earlier in the clause of token `i`.
fn future_marker_before(ws: &[W], i: usize) -> bool {
    let Some(at) = ws.get(i) else { return false };
    ws[i.saturating_sub(8)..i]
        .iter()
        .rev()
        .take_while(|w| w.sentence == at.sentence && !matches!(&*w.low, "," | ";" | "."))
        .any(|w| {
            matches!(
                &*w.low,
                "will" | "'ll" | "ahead" | "upcoming" | "awaited" | "awaiting"
            )
        })
}

/// A clock time found without a day takes the date of the day said with it, one word apart:
/// `on Wednesday at 11 a.m.`, `Friday at noon`, `at 2 p.m. on June 27`, `4:17 a.m. local time on
/// Feb. 6` (the day is its own expression, TimeML not joining across a preposition). `midnight`
/// with a day takes its hour from `midnight_hour`.
fn clocks_take_their_day(finder: &Finder<'_>, out: &mut [Expr], bare_clocks: &[usize]) {
    for &k in bare_clocks {
        let Some(clock) = out.get(k) else { continue };
        let (first, end) = clock.tokens;
        let day_before = k
            .checked_sub(1)
            .and_then(|j| out.get(j))
            .filter(|d| d.tokens.1 + 1 == first && finder.at(first, d.tokens.1) == "at");
        let day_after = out
            .get(k + 1)
            .filter(|d| d.tokens.0 == end + 1 && finder.at(first, end) == "on");
        let Some(day) = day_before
            .or(day_after)
            .or_else(|| range_end_day(finder, out, k))
        else {
            if !appositive_clock_day(finder, out, k)
                && !coordinated_clock_day(finder, out, k)
                && !midnight_after_an_evening(finder, out, k)
                && !holiday_clock_day(finder, out, k)
            {
                clause_date_clock_day(finder, out, k);
            }
            continue;
        };
        // Only a day lends its date: `2027-01-27`, `2019-03-16TMO`, or without a publication
        // date the weekday `XXXX-WXX-3`; not a month or a vague `PAST_REF`.
        let date = day.value.split('T').next().unwrap_or("");
        let weekday_only = date
            .strip_prefix("XXXX-WXX-")
            .is_some_and(|d| d.len() == 1 && d.bytes().all(|b| (b'1'..=b'7').contains(&b)));
        let dated = day.ty == Ty::Date
            && (weekday_only
                || date.len() == 10
                    && date.bytes().enumerate().all(|(n, b)| {
                        if n == 4 || n == 7 {
                            b == b'-'
                        } else {
                            b.is_ascii_digit()
                        }
                    }));
        if !dated {
            continue;
        }
        let midnight =
            (finder.w(first) == "midnight").then(|| format!("{:02}:00", midnight_hour(true)));
        let date = date.to_owned();
        set_clock_date(out, k, &date, midnight.as_deref());
    }
}

/// `from 7 a.m. to 8 p.m. on Tuesday`, `between 9am and noon on Friday`: the day after the end
/// of a range of clock times is the day of its start too (the range is one span on that day).
fn range_end_day<'e>(finder: &Finder<'_>, out: &'e [Expr], k: usize) -> Option<&'e Expr> {
    let start = out.get(k)?;
    let end = out
        .get(k + 1)
        .filter(|e| e.ty == Ty::Time && e.tokens.0 == start.tokens.1 + 1)?;
    let joined = finder.at(start.tokens.0, start.tokens.1);
    if !matches!(joined, "to" | "until" | "till" | "and" | "-" | "–") {
        return None;
    }
    out.get(k + 2)
        .filter(|d| d.tokens.0 == end.tokens.1 + 1 && finder.at(end.tokens.0, end.tokens.1) == "on")
}

/// Puts the clock time `out[k]` on `date`, its time of day kept or given as `time`; false when
/// it has no time of day.
fn set_clock_date(out: &mut [Expr], k: usize, date: &str, time: Option<&str>) -> bool {
    let Some(c) = out.get_mut(k) else {
        return false;
    };
    let Some((_, clock)) = c.value.split_once('T') else {
        return false;
    };
    let value = format!("{date}T{}", time.unwrap_or(clock));
    c.value = value;
    true
}

/// `on New Year's Day, 33 minutes after midnight`, `on Friday, shortly before 9 a.m.`: a bare
/// clock time set off by a comma right after a day, with only a count of time and `after` /
/// `before` (or `shortly`, `just`) between, is a time of that day; `midnight` there opens it.
fn appositive_clock_day(finder: &Finder<'_>, out: &mut [Expr], k: usize) -> bool {
    let Some(clock) = out.get(k) else {
        return false;
    };
    let first = clock.tokens.0;
    // The day and, between it and the clock, at most a duration.
    let (day_at, between) = match k.checked_sub(1).and_then(|j| out.get(j)) {
        Some(d) if d.ty == Ty::Duration => (k.checked_sub(2), Some(d.tokens)),
        _ => (k.checked_sub(1), None),
    };
    let Some(day) = day_at.and_then(|j| out.get(j)) else {
        return false;
    };
    let date = day.value.as_str();
    if day.ty != Ty::Date || date.len() != 10 || finder.at(first, day.tokens.1) != "," {
        return false;
    }
    let linking = (day.tokens.1 + 1..first).all(|t| {
        between.is_some_and(|(a, b)| (a..b).contains(&t))
            || matches!(finder.w(t), "after" | "before" | "shortly" | "just" | "at")
    });
    if !linking || !finder.same_sentence(day.tokens.0, first) {
        return false;
    }
    let date = date.to_owned();
    set_clock_date(out, k, &date, None)
}

/// `open at 7 a.m. on Tuesday and close at 8 p.m.`: a bare clock time in a clause joined by
/// `and` / `but` / `or` to one whose clock time has a day takes that day, no other day being
/// named between them.
fn coordinated_clock_day(finder: &Finder<'_>, out: &mut [Expr], k: usize) -> bool {
    let Some(clock) = out.get(k) else {
        return false;
    };
    let first = clock.tokens.0;
    let Some(j) = out[..k].iter().rposition(|e| e.ty == Ty::Time) else {
        return false;
    };
    let earlier = &out[j];
    let day = earlier.value.split('T').next().unwrap_or("");
    if day.len() != 10 || !finder.same_sentence(earlier.tokens.0, first) {
        return false;
    }
    let joined = (earlier.tokens.1..first).any(|t| matches!(finder.w(t), "and" | "but" | "or"));
    // A day named between (other than the earlier clock's own) would be this one's.
    let other_day = out[j + 1..k]
        .iter()
        .any(|e| e.ty == Ty::Date && !e.value.starts_with(day));
    if !joined || other_day || finder.w(first) == "midnight" {
        return false;
    }
    let day = day.to_owned();
    set_clock_date(out, k, &day, None)
}

/// `polls close at 10pm tonight, with results expected shortly after midnight`: a bare
/// `midnight` after an evening clock time of its sentence is the one that ends that evening,
/// the next day's first minute.
fn midnight_after_an_evening(finder: &Finder<'_>, out: &mut [Expr], k: usize) -> bool {
    let Some(clock) = out.get(k) else {
        return false;
    };
    let first = clock.tokens.0;
    if finder.w(first) != "midnight" {
        return false;
    }
    let Some(evening) = out[..k].iter().rev().find(|e| {
        e.ty == Ty::Time
            && finder.same_sentence(e.tokens.0, first)
            && e.value
                .split_once('T')
                .and_then(|(_, t)| t.get(..2)?.parse::<u8>().ok())
                .is_some_and(|h| (18..24).contains(&h))
    }) else {
        return false;
    };
    let next_day = evening
        .value
        .get(..10)
        .and_then(|d| d.parse::<Date>().ok())
        .and_then(|d| d.checked_add(1.days()).ok());
    match next_day {
        Some(d) => set_clock_date(out, k, &calendar::day(d), Some("00:00")),
        None => false,
    }
}

/// `celebrations on New Year's Eve will end with fireworks at midnight`: a bare clock time in a
/// sentence that names a holiday is a time of that holiday, as one beside a weekday is of that
/// day (`midnight` then ends it, `24:00`).
fn holiday_clock_day(finder: &Finder<'_>, out: &mut [Expr], k: usize) -> bool {
    let Some(clock) = out.get(k) else {
        return false;
    };
    let first = clock.tokens.0;
    let holiday = out.iter().find(|e| {
        let (a, _) = e.tokens;
        e.ty == Ty::Date
            && e.value.len() == 10
            && finder.same_sentence(a, first)
            && Holiday::parse([finder.w(a), finder.w(a + 1), finder.w(a + 2)]).is_some()
    });
    let Some(date) = holiday.map(|h| h.value.clone()) else {
        return false;
    };
    let midnight =
        (finder.w(first) == "midnight").then(|| format!("{:02}:00", midnight_hour(true)));
    set_clock_date(out, k, &date, midnight.as_deref())
}

/// `the final in Munich on 5 June will kick off at 9pm`: a bare clock time after a day named
/// with `on` earlier in its clause (no comma, semicolon or other time between) is a time of that
/// day: the clause tells one event, on that day at that hour.
fn clause_date_clock_day(finder: &Finder<'_>, out: &mut [Expr], k: usize) -> bool {
    let Some(clock) = out.get(k) else {
        return false;
    };
    let first = clock.tokens.0;
    let Some(day) = k.checked_sub(1).and_then(|j| out.get(j)) else {
        return false;
    };
    let (a, b) = day.tokens;
    let full_date =
        day.value.len() == 10 && day.value.bytes().filter(|c| c.is_ascii_digit()).count() == 8;
    let one_clause = (b..first)
        .all(|j| finder.same_sentence(a, j) && !matches!(finder.w(j), "," | ";" | ":" | "—"));
    if day.ty != Ty::Date || !full_date || finder.at(a, a.wrapping_sub(1)) != "on" || !one_clause {
        return false;
    }
    let date = day.value.clone();
    set_clock_date(out, k, &date, None)
}

/// The hour of `midnight`: said with a day (`midnight Friday`, `at midnight on Oct. 31`) it is
/// the end of that day, `24:00`, since news style names a deadline's midnight by the day it
/// closes (the day's first minute would put the deadline a day early); alone it stays `00:00`,
/// as the Recognizers specs have it.
fn midnight_hour(with_day: bool) -> u8 {
    if with_day {
        24
    } else {
        0
    }
}

/// Words of a match: in their sentence a bare `the first half` / `the second half` (no year, no
/// `of`) is a half of the match, not of the year (`scored twice in the second half`). Only words
/// that name a match and little else: `goal`, `pitch`, `fans`, `field` are as common in business
/// copy (`the company's goal`, `its pitch to investors`).
const MATCH_WORDS: &[&str] = &[
    "match",
    "scored",
    "striker",
    "halftime",
    "half-time",
    "referee",
    "kickoff",
    "kick-off",
];

/// Words of a company's results: a half beside them is a half of the year even with a match in
/// the sentence (`the club expects profit in the second half`).
const RESULT_WORDS: &[&str] = &[
    "profit", "profits", "sales", "revenue", "revenues", "earnings", "growth", "expects",
];

// Checks that a match is no time after all, or that a word is read as a stretch or a part of
// something: `Finder` methods like `named_after` and `story_day`, kept beside the word lists they
// use.
impl Finder<'_> {
    /// A `first half` / `second half` told of a match (`MATCH_WORDS`), not of the year.
    fn half_of_a_match(&self, end: usize, sem: &Sem) -> bool {
        let Sem::Part(part, None) = sem else {
            return false;
        };
        let Some(last) = end.checked_sub(1) else {
            return false;
        };
        part.starts_with('H')
            && self.w(last) == "half"
            && MATCH_WORDS
                .iter()
                .any(|word| self.mentions_within(last, word, 0))
            && !RESULT_WORDS
                .iter()
                .any(|word| self.mentions_within(last, word, 0))
    }

    /// A bare month name followed by a capitalised name word, with no preposition, determiner or
    /// number before it, is a given name: `April Ryan asked`, `Detective Inspector June Harris`
    /// (TimeBank+AQUAINT has no month followed by a capitalised word, as a time or not). `in June
    /// President Biden said`, `the January Fed meeting`, `5 June Smith` stay times.
    fn month_as_a_name(&self, i: usize, end: usize, sem: &Sem) -> bool {
        if !matches!(sem, Sem::Ymd(None, _, None)) || end != i + 1 {
            return false;
        }
        let name_word = self.is_name_word(i, end);
        let before = if i > 0 { self.at(i, i - 1) } else { "" };
        let led = TIME_LEADS.contains(&before)
            || matches!(
                before,
                "in" | "of"
                    | "the"
                    | "a"
                    | "an"
                    | "during"
                    | "for"
                    | "to"
                    | "at"
                    | "around"
                    | "about"
                    | "between"
                    | "and"
                    | "or"
                    | "mid"
                    | "that"
                    | "every"
                    | "each"
            )
            || i.checked_sub(1).is_some_and(|p| {
                self.same_sentence(p, i) && self.ws.get(p).is_some_and(|t| t.number)
            });
        name_word && !led
    }

    /// A capitalised rate word or part of day inside a sentence, followed by a capitalised name
    /// word, is part of a title: `The Daily Mail`, `The Morning Call`, `the Evening Standard`,
    /// as a weekday is in `The Sunday Times`.
    fn in_a_title(&self, end: usize) -> bool {
        let Some(last) = end.checked_sub(1) else {
            return false;
        };
        let title_word = self.ws.get(last).is_some_and(|t| {
            t.cap
                && matches!(
                    &*t.low,
                    "daily"
                        | "weekly"
                        | "monthly"
                        | "quarterly"
                        | "midnight"
                        | "noon"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                )
        });
        let inside = last > 0 && self.same_sentence(last - 1, last);
        let name_after = self.is_name_word(last, end);
        title_word && inside && name_after
    }

    /// Whether a bare plural unit at `i` is an unstated stretch of that unit, by the word after it:
    /// `after`/`before` always make it the measure of a gap, like `three days later` (`crossed the
    /// border days after the killing`; TimeBank 1 of 1); `later`, `earlier`, `to spare`, `to go` do
    /// when the unit is set off by a comma, `with`, `just`, `only` or a dash (`with hours to
    /// spare`), or when `later`/`earlier` closes the clause (`passed a package hours later.`), since
    /// elsewhere the unit is usually a noun of its own. The caller leaves out a unit after a count,
    /// a determiner or an ordinal (`the first days after`).
    fn bare_plural_span(&self, i: usize, prev: &str) -> bool {
        let next = self.at(i, i + 1);
        if matches!(next, "after" | "before") {
            return true;
        }
        let spare = next == "to" && matches!(self.at(i, i + 2), "spare" | "go");
        let closing = matches!(next, "later" | "earlier")
            && matches!(self.at(i, i + 2), "" | "." | "," | ";" | "and" | "but");
        (matches!(prev, "," | "with" | "just" | "only" | "—")
            && (matches!(next, "later" | "earlier") || spare))
            || closing
    }

    /// Whether the last day of a reporting period is named from `j` on: `ended` / `ending`, or
    /// `to` before a month or a day and month (`to 28 February`, `to June 30`; not `to date`,
    /// which makes `the year to date` a stretch up to now).
    fn closing_day_follows(&self, j: usize) -> bool {
        match self.at(j, j) {
            "ended" | "ending" => true,
            "to" => {
                month(self.at(j, j + 1)).is_some()
                    || (day_number(self.at(j, j + 1)).is_some()
                        && month(self.at(j, j + 2)).is_some())
            }
            _ => false,
        }
    }

    /// Whether the `the` at `i` follows `the end of`, `the start of`...: there `the year` is a
    /// period however it goes on (`at the end of the year after a decade at the helm`), not the
    /// year after an event.
    fn inside_part_of(&self, i: usize) -> bool {
        i >= 2
            && self.at(i, i - 1) == "of"
            && matches!(self.at(i, i - 2), "end" | "beginning" | "start" | "middle")
    }
}

/// A verb of hours kept, whose `late` is its own adverb (`open late`, `work late`).
fn late_hours_verb(w: &str) -> bool {
    matches!(
        w,
        "open"
            | "opens"
            | "opened"
            | "stay"
            | "stays"
            | "stayed"
            | "work"
            | "works"
            | "worked"
            | "sit"
            | "sits"
            | "sat"
            | "run"
            | "runs"
            | "ran"
    )
}

/// The order of the units a duration sum runs down through (`two years and three months`,
/// `an hour and 20 minutes`), largest first.
fn sum_rank(u: Unit) -> Option<u8> {
    Some(match u {
        Unit::Year => 0,
        Unit::Month => 1,
        Unit::Week => 2,
        Unit::Day => 3,
        Unit::Hour => 4,
        Unit::Minute => 5,
        Unit::Second => 6,
        _ => return None,
    })
}

/// A noun for an event held on one day: after `today's` (`in today's vote`) it makes the
/// possessive the day, not the present age (`in today's world`).
fn day_event_noun(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "election"
            | "poll"
            | "ballot"
            | "referendum"
            | "meeting"
            | "hearing"
            | "session"
            | "match"
            | "game"
            | "race"
            | "final"
            | "debate"
            | "summit"
            | "edition"
            | "editions"
    )
}

/// The quarter (1 to 4) a month range such as `april-june` spans, if it spans one.
fn months_quarter(w: &str) -> Option<i8> {
    let (a, b) = w.split_once('-')?;
    let (a, b) = (month(a)?, month(b)?);
    (a % 3 == 1 && b == a + 2).then_some((a + 2) / 3)
}

/// The set value of a rate adverb after `twice` or `N times` (`twice daily`).
fn rate_value(w: &str) -> Option<&'static str> {
    Some(match w {
        "daily" => "P1D",
        "weekly" => "P1W",
        // Every two weeks (British): TimeML has no fortnight.
        "fortnightly" => "P2W",
        "monthly" => "P1M",
        "yearly" | "annually" => "P1Y",
        "hourly" => "PT1H",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// `(text, type, value)` of every expression in `text` published on `date`.
    fn found(text: &str, date: Option<&str>) -> Vec<(String, &'static str, String)> {
        expressions(text, date)
            .into_iter()
            .map(|e| (text[e.start..e.end].to_owned(), e.ty.as_str(), e.value))
            .collect()
    }

    /// Every expression of `text`, published on `date` if given.
    fn expressions(text: &str, date: Option<&str>) -> Vec<Expr> {
        let mut doc = Document::new("t", text);
        if let Some(d) = date {
            doc = doc.with_date(d.parse().expect("date"));
        }
        let lex = Lexicon::default();
        let lower = lowercase(&doc);
        let ws = words(&doc, &lower);
        let cues: Vec<Option<bool>> = lex.annotate(&ws).iter().map(|a| a.tense).collect();
        find(&doc, &ws, &cues)
    }

    /// `(text, value, min, max)` of every expression with a stated range.
    fn ranges(text: &str, date: &str) -> Vec<(String, String, String, String)> {
        expressions(text, Some(date))
            .into_iter()
            .filter_map(|e| {
                let (lo, hi) = e.range?;
                Some((text[e.start..e.end].to_owned(), e.value, lo, hi))
            })
            .collect()
    }

    #[test]
    fn ranges_of_durations_keep_their_ends() {
        let r = |a: &str, b: &str, c: &str, d: &str| {
            (a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned())
        };
        assert_eq!(
            ranges(
                "The repairs will take four to six weeks; the bridge shut for 20 or 30 minutes.",
                MON
            ),
            [
                r("four to six weeks", "PXW", "P4W", "P6W"),
                r("20 or 30 minutes", "PTXM", "PT20M", "PT30M")
            ]
        );
        assert_eq!(
            ranges("Prices may turn three to five months from now.", MON),
            [r(
                "three to five months from now",
                "FUTURE_REF",
                "2025-11",
                "2026-01"
            )]
        );
        assert_eq!(
            ranges("The pumps failed two to three weeks ago.", MON),
            [r(
                "two to three weeks ago",
                "PAST_REF",
                "2025-W31",
                "2025-W32"
            )]
        );
        assert!(ranges("It took five weeks, not a few weeks.", MON).is_empty());
    }

    fn one(text: &str, date: &str) -> (String, String) {
        let f = found(text, Some(date));
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        let (t, _, v) = f.into_iter().next().expect("one");
        (t, v)
    }

    const MON: &str = "2025-08-18";

    #[test]
    fn weekdays_follow_the_tense() {
        assert_eq!(
            one("Zelenskyy returned to Washington on Monday.", MON),
            ("Monday".into(), "2025-08-18".into())
        );
        assert_eq!(one("The ministers met on Friday.", MON).1, "2025-08-15");
        assert_eq!(
            one("The ministers will meet on Friday.", MON).1,
            "2025-08-22"
        );
        // Said on a Monday, a coming `Monday` is that day: wire style names today by its
        // weekday, and a week on would be `next Monday`.
        assert_eq!(one("The council will vote on Monday.", MON).1, "2025-08-18");
        assert_eq!(one("The exhibition opens on Monday.", MON).1, "2025-08-18");
        // A modal of possibility points ahead as `will` does, but not with `have`; the verb
        // after it is a plain form even when it has the shape of a past one (`spread`).
        assert_eq!(one("The jury may decide on Thursday.", MON).1, "2025-08-21");
        assert_eq!(one("She could have left on Thursday.", MON).1, "2025-08-14");
        assert_eq!(
            found(
                "Rain could spread east late Friday or early Saturday.",
                Some(MON)
            )[1]
            .2
            .clone(),
            "2025-08-23"
        );
        assert_eq!(
            one("The ruling could come as early as Monday.", MON).1,
            "2025-08-18"
        );
        // A schedule in the present points ahead even with a place or an object between its
        // verb and its day.
        assert_eq!(
            one(
                "The festival, which ends in Perth on Thursday, sold out.",
                MON
            )
            .1,
            "2025-08-21"
        );
        assert_eq!(
            one("The club hosts Leeds on Saturday.", MON).1,
            "2025-08-23"
        );
        assert_eq!(
            one("Residents go to the ballot box on Friday.", MON).1,
            "2025-08-22"
        );
        // A gerund after `before` shares the main verb's tense.
        assert_eq!(
            one(
                "The panel met twice before issuing its report on Friday.",
                MON
            )
            .1,
            "2025-08-15"
        );
        assert_eq!(one("He left last Monday.", MON).1, "2025-08-11");
        // A forecast, a readiness or a schedule with `to` points ahead, and so do the weekdays
        // coordinated after it.
        for cue in [
            "is forecast to",
            "is expected to",
            "is due to",
            "is set to",
            "is poised to",
        ] {
            let text = format!("The storm {cue} reach the coast late Thursday or early Friday.");
            let f = found(&text, Some(MON));
            let values: Vec<&str> = f.iter().map(|x| x.2.as_str()).collect();
            assert_eq!(values, ["2025-08-21", "2025-08-22"], "{text}: {f:?}");
        }
    }

    #[test]
    fn of_complements_stay_in_the_extent() {
        assert_eq!(
            one(
                "The retailer cut its forecast for the first half of the year.",
                "2024-02-09"
            ),
            ("the first half of the year".into(), "2024-H1".into())
        );
        assert_eq!(
            one("The fire started on the evening of Jan. 7.", "2025-01-14"),
            ("the evening of Jan. 7".into(), "2025-01-07TEV".into())
        );
        assert_eq!(
            one("Shots rang out on the morning of March 3, 2024.", MON),
            (
                "the morning of March 3, 2024".into(),
                "2024-03-03TMO".into()
            )
        );
    }

    #[test]
    fn the_verb_last_is_no_shift() {
        assert_eq!(
            one("The trial is expected to last six weeks.", MON),
            ("six weeks".into(), "P6W".into())
        );
        assert_eq!(
            one("The walkout will last 48 hours.", MON),
            ("48 hours".into(), "PT48H".into())
        );
        assert_eq!(
            one("Prices fell to last year's level.", MON),
            ("last year".into(), "2024".into())
        );
        assert_eq!(
            one("Sales rose in the last six weeks.", MON).0,
            "the last six weeks"
        );
    }

    #[test]
    fn time_zones_in_the_extent_not_the_value() {
        assert_eq!(
            one("The export ban was lifted at noon GMT.", MON),
            ("noon GMT".into(), "2025-08-18T12:00".into())
        );
        assert_eq!(
            one("Polls closed at 8 p.m. local time.", MON),
            ("8 p.m. local time".into(), "2025-08-18T20:00".into())
        );
        assert_eq!(
            one("The strike began at 5 p.m. EST Monday.", MON),
            ("5 p.m. EST Monday".into(), "2025-08-18T17:00".into())
        );
    }

    #[test]
    fn a_far_verb_still_gives_the_tense() {
        let text = "In January, a month after the 30th anniversary of the landmark school \
                    funding ruling, a warehouse fire in Dayton, Ohio, destroyed the stock.";
        let f = found(text, Some("1998-10-25"));
        assert_eq!(f.first().map(|x| x.2.as_str()), Some("1998-01"), "{f:?}");
    }

    #[test]
    fn weekdays_behind_by_their_cue() {
        // Friday 1999-05-07.
        const FRI: &str = "1999-05-07";
        // `was to blame` is no arrangement ahead, unlike `is to resume`.
        assert_eq!(
            one("The storm was to blame for the outage on Tuesday.", FRI).1,
            "1999-05-04"
        );
        assert_eq!(
            one("The talks are to resume on Tuesday.", FRI).1,
            "1999-05-11"
        );
        // A number that identifies a flight or an address is no year.
        for name in [
            "Flight 1945 landed safely.",
            "He lives at 1600 Pennsylvania Avenue.",
        ] {
            assert!(found(name, Some(FRI)).is_empty(), "{name}");
        }
        assert_eq!(one("In 1945 the war ended.", FRI).1, "1945");
        // A weekday or season inside a name is no time; after a preposition it is.
        for name in [
            "He writes for The Sunday Times.",
            "It revived the Good Friday Agreement.",
            "She starred in Friday Night Lights.",
            "Paris hosted the Summer Olympics.",
        ] {
            assert!(found(name, Some(FRI)).is_empty(), "{name}");
        }
        assert_eq!(
            one("On Monday President Smith said no.", FRI).1,
            "1999-05-03"
        );
        // A possessive weekday is behind, unless a future marker previews it.
        assert_eq!(
            one("Sunday's election was marred by violence.", FRI).1,
            "1999-05-02"
        );
        assert_eq!(
            one("Voters will head to the polls in Sunday's election.", FRI).1,
            "1999-05-09"
        );
        assert_eq!(
            one("The party campaigned ahead of Sunday's vote.", FRI).1,
            "1999-05-09"
        );
        assert_eq!(
            one("Until Thursday, they had not called him a suspect.", FRI).1,
            "1999-05-06"
        );
        assert_eq!(
            one("It had been due to expire Friday.", "1989-10-30").1,
            "1989-10-27"
        );
        assert_eq!(
            one(
                "Lawyers would look for a way to challenge Wednesday's verdict.",
                FRI
            )
            .1,
            "1999-05-05"
        );
        assert_eq!(
            one(
                "The crew has been deployed since March and was scheduled to come home.",
                FRI
            )
            .1,
            "1999-03"
        );
        // The auxiliary's past is the plan's; the date lies ahead.
        let f = found(
            "Protesters planned a rally on Saturday and were planning a march on Monday.",
            Some(FRI),
        );
        let values: Vec<&str> = f.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(values, ["1999-05-08", "1999-05-10"]);
    }

    #[test]
    fn earlier_and_later_inside_or_out() {
        const NOV: &str = "1989-11-02";
        assert_eq!(
            one("He resigned earlier this week.", NOV),
            ("this week".into(), "1989-W44".into())
        );
        assert_eq!(
            one("Later yesterday, the index fell.", NOV),
            ("Later yesterday".into(), "1989-11-01".into())
        );
        assert_eq!(
            one("They meet later this afternoon.", NOV),
            ("later this afternoon".into(), "1989-11-02TAF".into())
        );
        assert_eq!(
            one("It fell earlier this year.", NOV).0,
            "earlier this year"
        );
    }

    #[test]
    fn market_weeks_and_year_quarters() {
        const NOV: &str = "1989-11-02";
        assert_eq!(
            one("For the week, the benchmark gauge slipped 2.1%.", NOV).1,
            "1989-WXX"
        );
        assert_eq!(one("Volume topped the week's average.", NOV).1, "1989-WXX");
        assert_eq!(one("Sales fell in the week.", NOV).1, "1989-W44");
        assert_eq!(
            one("It earned $3 million in the 1988 quarter.", NOV),
            ("the 1988 quarter".into(), "1988-Q3".into())
        );
    }

    #[test]
    fn year_end_and_reporting_years() {
        const NOV: &str = "1989-11-02";
        assert_eq!(
            one("It expects to close the deal by year-end.", NOV).1,
            "1989-12-31"
        );
        assert_eq!(
            one("The index change is since year-end.", "1989-10-30").1,
            "1988-12-31"
        );
        let f = found(
            "Revenue was $9 million in the fiscal year ended Jan. 31.",
            Some(NOV),
        );
        assert_eq!(
            f.first().map(|(t, k, v)| (t.as_str(), *k, v.as_str())),
            Some(("the fiscal year", "DURATION", "P1Y"))
        );
        let f = found(
            "Revenue was $9 million in the year ending June 30, 1990.",
            Some(NOV),
        );
        assert_eq!(
            f.first().map(|(t, k, v)| (t.as_str(), *k, v.as_str())),
            Some(("the year", "DURATION", "P1Y"))
        );
    }

    #[test]
    fn vague_words_without_a_time() {
        const NOV: &str = "1989-11-02";
        for text in [
            "Now, he says, the plan looks different.",
            "It is the choice of many of today's computers.",
            "That matters a great deal for the future of both nations.",
            "It will save $500 million a year in costs.",
            "Qantas runs four flights a week to Bombay.",
            "Revenue should rise 20% annually.",
            "Volume was below the average daily volume of 133 million shares.",
        ] {
            assert!(found(text, Some(NOV)).is_empty(), "{text}");
        }
        assert_eq!(one("Now the court has ruled.", NOV).1, "PRESENT_REF");
        assert_eq!(one("I'll take a run weekly.", NOV).1, "P1W");
        assert_eq!(one("Rallies are held here annually.", NOV).1, "P1Y");
        assert_eq!(
            one("Few know what lies in the future.", NOV).1,
            "FUTURE_REF"
        );
        assert_eq!(one("Today's vote was delayed.", NOV).1, "1989-11-02");
    }

    #[test]
    fn dates_ahead_by_their_cue() {
        const NOV: &str = "1989-11-02";
        // A schedule, a deadline or an intention points ahead even in a past-tense sentence.
        assert_eq!(
            one("The dividend is payable Jan. 2 to holders of record.", NOV).1,
            "1990-01-02"
        );
        assert_eq!(
            one("It agreed to repay the loan by February.", NOV).1,
            "1990-02"
        );
        assert_eq!(
            one("Protesters planned a march on Saturday.", NOV).1,
            "1989-11-04"
        );
        assert_eq!(
            one("Thermo agreed to purchase the line in February.", NOV).1,
            "1990-02"
        );
        assert_eq!(
            one("He could arrive as soon as Tuesday.", NOV).1,
            "1989-11-07"
        );
        assert_eq!(one("It said it would pay in January.", NOV).1, "1990-01");
        assert_eq!(
            one(
                "The shares are to resume trading in Milan Tuesday.",
                "1989-10-27"
            )
            .1,
            "1989-10-31"
        );
        assert_eq!(
            one("The ministers meet separately Monday.", "1998-05-01").1,
            "1998-05-04"
        );
        assert_eq!(one("The trial opens Monday.", "1998-05-01").1, "1998-05-04");
        // Reported words after the date do not move it.
        assert_eq!(
            one(
                "The mayor defended the plan on Tuesday, saying it would pay off.",
                "2025-03-11"
            )
            .1,
            "2025-03-11"
        );
        // Without such a cue the past tense keeps the date behind.
        assert_eq!(one("It reduced the loan in February.", NOV).1, "1989-02");
        // `this September` is this year's, whatever the tense.
        assert_eq!(one("It was due to open this September.", NOV).1, "1989-09");
        assert_eq!(
            one("Sales rose in July last year.", NOV),
            ("July last year".into(), "1988-07".into())
        );
        assert_eq!(
            one("Trading stopped at noon Friday.", NOV),
            ("noon Friday".into(), "1989-10-27T12:00".into())
        );
        assert_eq!(
            one("It will take the next year or so.", NOV).0,
            "the next year or so"
        );
    }

    #[test]
    fn holidays_and_vague_spans() {
        const JAN: &str = "2000-01-07";
        assert_eq!(
            one("The boy was found on Thanksgiving Day.", JAN),
            ("Thanksgiving Day".into(), "1999-11-25".into())
        );
        assert_eq!(one("He arrived last Thanksgiving.", JAN).1, "1999-11-25");
        assert_eq!(
            one("Shoppers queued on Black Friday.", "2025-12-01"),
            ("Black Friday".into(), "2025-11-28".into())
        );
        assert_eq!(
            one("Markets close on Presidents Day.", "2025-02-10").1,
            "2025-02-17"
        );
        assert_eq!(
            one("The vote is on Election Day.", "1998-10-26").1,
            "1998-11-03"
        );
        assert_eq!(
            one("Shops will close on Christmas Eve.", JAN).1,
            "2000-12-24"
        );
        assert_eq!(
            one("It happened on Memorial Day 1998.", JAN).1,
            "1998-05-25"
        );
        assert_eq!(
            found("He was found on Thanksgiving Day.", None)
                .into_iter()
                .map(|f| f.2)
                .collect::<Vec<_>>(),
            ["XXXX-11-XX"]
        );
        assert_eq!(
            one("Profits will fall in the short term.", JAN),
            ("the short term".into(), "FUTURE_REF".into())
        );
        // Told in the past in the first quarter, the full year is the one just completed.
        assert_eq!(one("Sales for the full year rose.", JAN).1, "1999");
        assert_eq!(one("Sales for the full year will rise.", JAN).1, "2000");
        assert_eq!(one("Sales for the full year rose.", "2000-10-20").1, "2000");
        assert_eq!(one("Markets are calmer these days.", JAN).1, "PRESENT_REF");
    }

    #[test]
    fn year_ago_quarters_and_idioms() {
        const NOV: &str = "1989-11-02";
        assert_eq!(
            one("In the year-ago third quarter, it earned $22 million.", NOV),
            ("the year-ago third quarter".into(), "1988-Q3".into())
        );
        assert_eq!(
            one("Prices may rise over the next 12 to 18 months.", NOV),
            ("the next 12 to 18 months".into(), "PXM".into())
        );
        assert_eq!(one("It takes two to three weeks.", NOV).1, "PXW");
        assert_eq!(
            found("It will be decided by the end of the month.", Some(NOV))
                .into_iter()
                .map(|f| (f.0, f.2))
                .collect::<Vec<_>>(),
            [("the end of the month".to_owned(), "1989-11".to_owned())]
        );
        assert_eq!(
            one("Prices fell in the late 1970s.", NOV).0,
            "the late 1970s"
        );
        assert_eq!(
            one("Sales boomed in the nineties.", NOV),
            ("the nineties".into(), "199".into())
        );
        assert_eq!(
            one("It expects growth by the mid-1990s.", NOV).0,
            "the mid-1990s"
        );
        assert_eq!(
            one("The blast came around 7:15 p.m. Friday.", NOV).0,
            "around 7:15 p.m. Friday"
        );
        assert_eq!(
            one("They tried to get around Wednesday's ruling.", NOV).0,
            "Wednesday"
        );
        // `three days later` counts from an event of the story: a duration, `later` its signal.
        assert_eq!(
            one("Three days later, the talks resumed.", NOV),
            ("Three days".into(), "P3D".into())
        );
        assert_eq!(one("The flight took 5 1/2 hours.", NOV).1, "PT5H30M");
        assert_eq!(one("It lasted a minute and a half.", NOV).1, "PT1M30S");
        assert_eq!(one("It lasted two and a half years.", NOV).1, "P2Y6M");
        assert_eq!(
            one("Sales fell this past spring.", NOV),
            ("this past spring".into(), "1989-SP".into())
        );
        assert_eq!(one("The parade is held each July.", NOV).1, "XXXX-07");
        assert_eq!(
            one("It will not change for a couple of years.", NOV).1,
            "P2Y"
        );
        assert_eq!(
            one("Over the next couple of years we grow.", NOV).0,
            "the next couple of years"
        );
        assert_eq!(
            one("They stay for two more weeks.", NOV),
            ("two more weeks".into(), "P2W".into())
        );
        assert_eq!(one("It was extended for an additional year.", NOV).1, "P1Y");
        // Told from the story's last date, not from the publication date.
        assert_eq!(
            found(
                "The plant opened in June 1996. The following year it closed, and later that year it was sold.",
                Some(NOV)
            )
            .into_iter()
            .map(|f| (f.0, f.2))
            .collect::<Vec<_>>(),
            [
                ("June 1996".to_owned(), "1996-06".to_owned()),
                ("The following year".to_owned(), "1997".to_owned()),
                ("later that year".to_owned(), "1997".to_owned()),
            ]
        );
        assert_eq!(
            // (published after it: `last` before a past form puts the day before publication)
            found(
                "She was last heard from Nov. 3, the day before the search.",
                Some("1989-11-06")
            )
            .into_iter()
            .map(|f| (f.0, f.2))
            .collect::<Vec<_>>(),
            [
                ("Nov. 3".to_owned(), "1989-11-03".to_owned()),
                ("the day".to_owned(), "1989-11-03".to_owned()),
            ]
        );
        assert!(found("The news of the day was grim.", Some(NOV)).is_empty());
        // Without a date before it, `that day` stays unknown.
        assert_eq!(one("He left that day.", NOV).1, "XXXX-XX-XX");
        assert_eq!(one("Sales in the current fiscal year rose.", NOV).1, "1989");
        assert_eq!(
            one("Its latest fiscal year was weak.", NOV),
            ("latest fiscal year".into(), "1988".into())
        );
        assert_eq!(
            one("No change is seen in the near future.", NOV).1,
            "FUTURE_REF"
        );
        assert_eq!(one("The rally is this coming Sunday.", NOV).1, "1989-11-05");
        // Programme names and fractions are no times; quoted speech starting with `Today` is.
        assert!(found(
            "Baker said on ABC's \"This Week,\" that talks go on.",
            Some(NOV)
        )
        .is_empty());
        assert!(found("He said so on CBS's ''60 Minutes.''", Some(NOV)).is_empty());
        assert!(found("This is VOA Today.", Some(NOV)).is_empty());
        assert_eq!(
            one("``Today, we have a suspect,'' he said.", NOV).0,
            "Today"
        );
        assert_eq!(
            found("Funds hold more than a quarter of the market.", Some(NOV)),
            []
        );
        assert_eq!(
            one("It had losses for several quarters of losses.", NOV).1,
            "PXQ"
        );
        assert_eq!(
            one("It takes effect in next year's first quarter.", NOV),
            ("next year's first quarter".into(), "1990-Q1".into())
        );
        assert_eq!(
            one("For the quarter a year ago, it earned $16 million.", NOV),
            ("the quarter a year ago".into(), "1988-Q3".into())
        );
        assert_eq!(one("Sales beat last year's quarter.", NOV).1, "1988-Q3");
        assert_eq!(
            one("Prices fell in the winter of nineteen ninety-four.", NOV),
            (
                "the winter of nineteen ninety-four".into(),
                "1994-WI".into()
            )
        );
        assert_eq!(
            one("January nineteen ninety-seven. Atlanta again.", NOV).1,
            "1997-01"
        );
        assert_eq!(
            one("He made the late-November trip.", NOV),
            ("late-November".into(), "1989-11".into())
        );
        assert_eq!(
            one("Prices may fall in the weeks ahead.", NOV),
            ("the weeks ahead".into(), "PXW".into())
        );
        // `high noon` is an idiom, not a clock time: only `today` is a time here (not `noon`,
        // `high noon` or `noon today`).
        let f = found("For Poland, high noon comes today.", Some(NOV));
        assert_eq!(
            f.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
            ["today"],
            "{f:?}"
        );
    }

    #[test]
    fn next_weekday_is_in_the_next_calendar_week() {
        const TUE: &str = "2025-08-19";
        assert_eq!(one("They meet next Thursday.", TUE).1, "2025-08-28");
        assert_eq!(one("They will meet Thursday.", TUE).1, "2025-08-21");
        assert_eq!(one("They meet this Thursday.", TUE).1, "2025-08-21");
        assert_eq!(one("They meet next Monday.", TUE).1, "2025-08-25");
        assert_eq!(one("They met last Monday.", TUE).1, "2025-08-18");
        assert_eq!(one("They met last Sunday.", TUE).1, "2025-08-17");
        assert_eq!(
            one("They meet the following Thursday.", TUE).1,
            "2025-08-21"
        );
        assert_eq!(
            one("Officials met Monday morning.", MON),
            ("Monday morning".into(), "2025-08-18TMO".into())
        );
    }

    #[test]
    fn span_conventions_of_timebank() {
        // `about`, `almost`, `over` stay out of a plain duration but belong to a date.
        for (text, span, value) in [
            ("The talks lasted about two weeks.", "two weeks", "P2W"),
            (
                "The strike went on for almost five months.",
                "five months",
                "P5M",
            ),
            ("Prices rose over three years.", "three years", "P3Y"),
            ("The meeting ran over an hour.", "over an hour", "PT1H"),
            (
                "The plant closed almost two years ago.",
                "almost two years ago",
                "2023",
            ),
            // `a few` keeps its article.
            ("The talks took a few days.", "a few days", "PXD"),
            (
                "The firm moved a few years ago.",
                "a few years ago",
                "PAST_REF",
            ),
            // `in recent weeks`: an unknown duration.
            ("Prices fell in recent weeks.", "recent weeks", "PXW"),
        ] {
            assert_eq!(one(text, MON), (span.into(), value.into()), "{text}");
        }
    }

    #[test]
    fn a_reporting_verb_beside_the_weekday_dates_it() {
        // `announced Wednesday` is the past Wednesday even with `would` nearby.
        assert_eq!(
            one(
                "They said they would appeal the ruling, announced Wednesday by the agency.",
                MON
            )
            .1,
            "2025-08-13"
        );
    }

    #[test]
    fn absolute_dates_in_news_formats() {
        for (text, value) in [
            ("It was signed on Aug. 18, 2025.", "2025-08-18"),
            ("It was signed on 18 August 2025.", "2025-08-18"),
            ("It was signed on 2025-08-18.", "2025-08-18"),
            ("Sales grew in August 2025.", "2025-08"),
            ("It was signed on Monday, Aug. 18.", "2025-08-18"),
            ("The trend began in the 1990s.", "199"),
            ("Prices peaked in mid-2023.", "2023"),
            ("The vote is set for March 15.", "2026-03-15"),
            ("The ceasefire collapsed in January.", "2025-01"),
            ("Results for Q3 2024 were flat.", "2024-Q3"),
            ("Profit rose in the third quarter.", "2025-Q3"),
            ("The plan covers fiscal 2025.", "2025"),
            ("Crops suffered during the summer.", "2025-SU"),
            ("The law passed in 1998.", "1998"),
            ("The law passed in nineteen ninety-six.", "1996"),
            ("Music changed in the nineties.", "199"),
            ("Cities grew in the 20th century.", "19"),
            ("Sales slowed at year-end.", "2024-12-31"),
        ] {
            assert_eq!(one(text, MON).1, value, "{text}");
        }
    }

    #[test]
    fn relative_expressions() {
        for (text, value) in [
            ("Talks ended yesterday.", "2025-08-17"),
            ("Talks resume tomorrow.", "2025-08-19"),
            ("Shares fell last week.", "2025-W33"),
            ("The board meets next month.", "2025-09"),
            ("The plant closed two years ago.", "2023"),
            ("The firm cut jobs three days ago.", "2025-08-15"),
            ("Earlier this year the rules changed.", "2025"),
            ("Guarantees will be formalised within ten days.", "P10D"),
            ("Storms have grown over the past decade.", "P10Y"),
            ("The group met recently.", "PAST_REF"),
            ("The group is now in talks.", "PRESENT_REF"),
            ("More rain is expected in the coming days.", "FUTURE_REF"),
            ("The storm hit last night.", "2025-08-17TNI"),
        ] {
            assert_eq!(one(text, MON).1, value, "{text}");
        }
    }

    #[test]
    fn times_durations_and_sets() {
        assert_eq!(
            one("The polls close at 5 p.m. EST.", MON),
            ("5 p.m. EST".into(), "2025-08-18T17:00".into())
        );
        assert_eq!(
            one("A 40-minute phone call followed.", MON),
            ("40-minute".into(), "PT40M".into())
        );
        assert_eq!(
            one("The committee meets every week.", MON),
            ("every week".into(), "P1W".into())
        );
        assert_eq!(
            one("The dividend is paid annually.", MON),
            ("annually".into(), "P1Y".into())
        );
        assert_eq!(one("The market opens every Monday.", MON).1, "XXXX-WXX-1");
        assert_eq!(one("They talked for six hours.", MON).1, "PT6H");
        assert!(found("She is a 40-year-old teacher.", Some(MON)).is_empty());
        assert!(found("A quarterly dividend was paid.", Some(MON)).is_empty());
        assert!(found("The firm hired 2000 workers.", Some(MON)).is_empty());
    }

    #[test]
    fn without_a_date_values_stay_underspecified() {
        let f = found(
            "He returned on Monday, a day after talks ended yesterday, and will travel next week.",
            None,
        );
        let values: Vec<&str> = f.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(values, ["XXXX-WXX-1", "P1D", "XXXX-XX-XX", "XXXX-WXX"]);
    }

    #[test]
    fn spelled_counts_and_bounds() {
        assert_eq!(
            one("In the last twenty four hours, the index fell.", MON),
            ("the last twenty four hours".into(), "PT24H".into())
        );
        assert_eq!(
            one("The bridge stood for almost a hundred years.", MON).0,
            "almost a hundred years"
        );
        assert_eq!(
            one("The truce may last no more than sixty days.", MON),
            ("no more than sixty days".into(), "P60D".into())
        );
        assert!(found("It was no more than a gesture.", Some(MON)).is_empty());
    }

    #[test]
    fn parts_of_the_day() {
        assert_eq!(
            one("Shares were up at mid-afternoon yesterday.", MON),
            ("mid-afternoon yesterday".into(), "2025-08-17TAF".into())
        );
        assert_eq!(
            one("The ferry will sail at 4 in the morning.", MON),
            ("4 in the morning".into(), "2025-08-18T04:00".into())
        );
        assert_eq!(
            one("The vote closed at 10 in the evening.", MON).1,
            "2025-08-18T22:00"
        );
        assert_eq!(
            one("Her phone was traced in the weeks before the robbery.", MON),
            ("weeks".into(), "XXXX-XX-XX".into())
        );
        assert_eq!(
            one("Profits fell in the fourth quarter.", "1998-01-26").1,
            "1997-Q4"
        );
        assert_eq!(
            one("Profits will rise in the fourth quarter.", "1998-01-26").1,
            "1998-Q4"
        );
        assert_eq!(
            one("It has 13 plants, up from seven a year ago.", MON).0,
            "a year ago"
        );
        assert!(found("Sales grew 5% a year.", Some(MON)).is_empty());
        assert!(found("It is a matter of days before he leaves.", Some(MON)).is_empty());
        assert_eq!(
            one("It will be financed at a later date.", MON),
            ("a later date".into(), "FUTURE_REF".into())
        );
        assert_eq!(
            one("Eight trading days after the crash, it recovered.", MON),
            ("Eight trading days".into(), "P8D".into())
        );
        assert_eq!(
            one("The post-1959 politics split families.", MON),
            ("post-1959".into(), "1959".into())
        );
        assert_eq!(
            found("The summit is on April 24 and 25.", Some(MON))
                .into_iter()
                .map(|e| e.2)
                .collect::<Vec<_>>(),
            ["2025-04-24", "2025-04-25"]
        );
        assert_eq!(
            one("The March accession makes them members.", MON).0,
            "March"
        );
        assert_eq!(
            one("She aims to qualify by the start of the 2000 Games.", MON).0,
            "2000"
        );
        assert_eq!(
            one(
                "The plant will likely close within weeks or months of the sale.",
                MON
            ),
            ("weeks or months".into(), "PXW".into())
        );
        assert_eq!(
            found("Flights leave on Monday and Tuesday nights.", Some(MON))
                .into_iter()
                .map(|e| (e.0, e.2))
                .collect::<Vec<_>>(),
            [
                ("Monday".to_owned(), "XXXX-WXX-1TNI".to_owned()),
                ("Tuesday nights".to_owned(), "XXXX-WXX-2TNI".to_owned())
            ]
        );
        assert_eq!(
            one("It's the second day of the walkout.", MON),
            ("the second day".into(), "2025-08-18".into())
        );
        assert_eq!(
            one("He vowed to act on his first day in office.", MON).1,
            "XXXX-XX-XX"
        );
        assert!(found("Talks resume on the 15th day of June.", Some(MON))
            .iter()
            .all(|e| e.0 != "the 15th day"));
        assert_eq!(
            one("They ended a day-long meeting.", MON),
            ("day-long".into(), "P1D".into())
        );
        assert_eq!(one("It is a decades-long feud.", MON).1, "PXY");
    }

    #[test]
    fn possessives_and_the() {
        assert_eq!(one("Friday's vote was close.", "1998-10-23").0, "Friday");
        assert_eq!(one("The Aug. 7 attack killed dozens.", MON).0, "Aug. 7");
        assert_eq!(
            one("Profit in the first nine months rose.", MON).0,
            "the first nine months"
        );
    }

    #[test]
    fn month_days_after_last_and_next() {
        // The day, not the month alone; the latest one before or the first after the
        // publication date, whatever the tense.
        assert_eq!(
            one(
                "She was hurt in a fall last Nov. 12 at her farm.",
                "1999-04-19"
            ),
            ("last Nov. 12".into(), "1998-11-12".into())
        );
        assert_eq!(one("The plant closed last Aug. 10.", MON).1, "2025-08-10");
        assert_eq!(one("The plant closed last Aug. 18.", MON).1, "2024-08-18");
        assert_eq!(
            one("The plant will reopen next March 3.", MON),
            ("next March 3".into(), "2026-03-03".into())
        );
        // Without a day it stays the month.
        assert_eq!(one("It rose last October.", MON).1, "2024-10");
    }

    #[test]
    fn the_year_a_report_sums_up() {
        const NOV: &str = "1989-11-02";
        assert_eq!(
            one("For the year, the airline's passenger count was flat.", NOV),
            ("the year".into(), "1989".into())
        );
        assert_eq!(
            one("During the month, sales rose.", NOV),
            ("the month".into(), "1989-11".into())
        );
        // A reporting year with its end date is its length; `over the year` a stretch.
        assert_eq!(
            found(
                "For the year ended Sept. 30, it earned $4 million.",
                Some(NOV)
            )[0]
            .2,
            "P1Y"
        );
        assert_eq!(one("Sales rose 5% over the year.", NOV).1, "P1Y");
        assert_eq!(
            one(
                "Costs are expected to climb throughout the fiscal year.",
                NOV
            ),
            ("the fiscal year".into(), "P1Y".into())
        );
        assert_eq!(one("Profit rose in the fiscal year.", NOV).1, "1989");
    }

    #[test]
    fn king_day_quarter_points_and_bare_units() {
        const JAN: &str = "2025-01-14";
        assert_eq!(
            found(
                "The exchange will be closed for Martin Luther King Jr. Day.",
                Some(JAN)
            ),
            vec![(
                "Martin Luther King Jr. Day".into(),
                "DATE",
                "2025-01-20".into()
            )]
        );
        assert_eq!(one("Schools close for MLK Day 2024.", JAN).1, "2024-01-15");
        // The man is no holiday.
        assert!(found("Martin Luther King Jr. spoke there.", Some(JAN)).is_empty());
        // An interest-rate step is no quarter of a year.
        assert!(found("The bank raised its rate by a quarter point.", Some(MON)).is_empty());
        assert!(found("It cut by a quarter percentage point.", Some(MON)).is_empty());
        // A bare unit before `after`/`before` is an unstated stretch; not after a count, a
        // determiner or an adjective of time.
        assert_eq!(
            one("He resigned hours after the report was published.", MON),
            ("hours".into(), "PTXH".into())
        );
        assert_eq!(one("It came only weeks before the vote.", MON).1, "PXW");
        assert!(found("In the first days after the vote, prices fell.", Some(MON)).is_empty());
        assert_eq!(one("Two days after the vote, prices fell.", MON).1, "P2D");
    }

    #[test]
    fn current_before_an_office_is_no_time() {
        assert!(found("Current mayor Ann Rees opened the bridge.", Some(MON)).is_empty());
        assert!(found("Its current chief executive resigned.", Some(MON)).is_empty());
        assert_eq!(
            one("Current market conditions are weak.", MON).1,
            "PRESENT_REF"
        );
    }

    #[test]
    fn decades_ago_are_years() {
        assert_eq!(
            one("A decade ago, the town had no hospital.", "2023-06-30"),
            ("A decade ago".into(), "2013".into())
        );
        assert_eq!(
            one("Two decades ago it was a village.", "2023-06-30").1,
            "2003"
        );
        // A span of decades stays in years.
        assert_eq!(one("It lasted two decades.", "2023-06-30").1, "P20Y");
    }

    #[test]
    fn night_and_week_of_a_date() {
        // `the night of Jan. 7` is that day's night, whose date is the expression (TimeBank marks
        // only the date, 2 of 2); `the week of Oct. 13` names a week by a day in it, so the
        // whole phrase is the week (TimeBank 1 of 1).
        assert_eq!(
            one("Police were called on the night of Jan. 7.", MON),
            ("Jan. 7".into(), "2025-01-07".into())
        );
        assert_eq!(
            one("The trial will open in the week of Oct. 13.", MON),
            ("the week of Oct. 13".into(), "2025-W42".into())
        );
        // Without a date after `of` neither is a time.
        assert!(found("They worked through the night of the storm.", Some(MON)).is_empty());
        assert!(found("The week of talks ended.", Some(MON)).is_empty());
    }

    #[test]
    fn expiry_ahead_and_place_clocks() {
        // `expires`, `reopens` tell a schedule ahead, like `opens`.
        assert_eq!(
            found("The 90-day pause expires on Tuesday.", Some(MON))[1].2,
            "2025-08-19"
        );
        assert_eq!(
            one("The rights, which expire Aug. 21, can be exercised.", MON).1,
            "2025-08-21"
        );
        assert_eq!(one("The museum reopens on Saturday.", MON).1, "2025-08-23");
        // `due to expire` in a past perfect stays behind.
        assert_eq!(
            one(
                "The offer, which had been due to expire Friday, was extended.",
                MON
            )
            .1,
            "2025-08-15"
        );
        assert_eq!(
            one("The bank will decide at 2 p.m. Washington time.", MON),
            ("2 p.m. Washington time".into(), "2025-08-18T14:00".into())
        );
    }

    #[test]
    fn a_ranked_rate_word_is_an_adjective() {
        // One of a run of monthly falls is no recurrence.
        for text in [
            "Exports slid for a fifth straight monthly fall.",
            "The index posted its second weekly gain.",
            "It was the 12th consecutive daily rise.",
        ] {
            assert!(found(text, Some(MON)).is_empty(), "{text}");
        }
        assert_eq!(one("The figures are published monthly.", MON).1, "P1M");
    }

    #[test]
    fn the_fall_of_a_regime_is_no_season() {
        assert!(found("She wrote about the fall of the old regime.", Some(MON)).is_empty());
        assert_eq!(
            one("The plant closed in the fall of 2019.", MON).1,
            "2019-FA"
        );
        assert_eq!(one("The plant will reopen in the fall.", MON).1, "2025-FA");
    }

    #[test]
    fn roughly_stays_out_of_a_duration_like_about() {
        assert_eq!(
            one("The outage lasted roughly six hours.", MON),
            ("six hours".into(), "PT6H".into())
        );
    }

    #[test]
    fn this_winter_early_in_the_year_began_the_year_before() {
        assert_eq!(
            one("Heating bills this winter are high.", "2025-02-10").1,
            "2024-WI"
        );
        assert_eq!(
            one("Heating bills this winter will be high.", "2025-11-10").1,
            "2025-WI"
        );
    }

    #[test]
    fn now_before_an_age_is_no_time() {
        assert!(found(
            "The strike, now in its fifth week, shows no sign of ending.",
            Some(MON)
        )
        .iter()
        .all(|e| e.0 != "now"));
        assert_eq!(one("The strike is over now.", MON).1, "PRESENT_REF");
    }

    #[test]
    fn an_of_complement_names_its_day_any_way() {
        // Day-first dates and holidays fill the `of` of a week or part of day too.
        assert_eq!(
            one("The fire broke out on the evening of 3 March.", MON),
            ("the evening of 3 March".into(), "2025-03-03TEV".into())
        );
        assert_eq!(
            one("Shops expect crowds in the week of Christmas.", MON),
            ("the week of Christmas".into(), "2025-W52".into())
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_named_earlier_in_its_clause() {
        assert_eq!(
            found(
                "The concert on 9 October will start at 8pm sharp.",
                Some(MON)
            )[1]
            .2,
            "2025-10-09T20:00"
        );
        // Another clause keeps its own day.
        assert_eq!(
            found(
                "The vote was on 9 October; counting starts at 8pm.",
                Some(MON)
            )[1]
            .2,
            "2025-08-18T20:00"
        );
    }

    #[test]
    fn a_year_earlier_counts_back_from_the_period_named() {
        // Said in January, sales over the holidays of the year before compare with the
        // holidays two years back; `ago` still counts from now.
        let f = found(
            "Toy sales in December climbed 5 percent from a year earlier.",
            Some("2026-01-09"),
        );
        assert_eq!(f[0].2, "2025-12");
        assert_eq!(f[1], ("a year earlier".into(), "DATE", "2024".into()));
        assert_eq!(one("Toy sales peaked a year ago.", "2026-01-09").1, "2025");
    }

    #[test]
    fn commonwealth_national_days() {
        assert_eq!(
            one("Crowds gathered for Anzac Day in the capital.", MON),
            ("Anzac Day".into(), "2025-04-25".into())
        );
        assert_eq!(
            one("Canada Day fireworks drew thousands.", MON),
            ("Canada Day".into(), "2025-07-01".into())
        );
        // The country alone is no day.
        assert!(found("Australia won the day's first match.", Some(MON))
            .iter()
            .all(|e| e.0 != "Australia"));
    }

    #[test]
    fn a_half_put_off_to_lies_ahead() {
        // What is put off `until` a quarter or half waits for it: the one still to come this
        // year, though the clause is in the past.
        assert_eq!(
            one(
                "The board delayed the launch until the fourth quarter of the year.",
                MON
            )
            .1,
            "2025-Q4"
        );
    }

    #[test]
    fn halves_of_things_that_are_no_time() {
        assert!(found(
            "The team scored in the second half of the match.",
            Some(MON)
        )
        .is_empty());
        assert!(found("He spoke in the first half of his speech.", Some(MON)).is_empty());
        assert_eq!(
            one("Growth slowed in the second half of the year.", MON),
            ("the second half of the year".into(), "2025-H2".into())
        );
        assert_eq!(
            one("Profit rose in the third quarter of 2024.", MON).1,
            "2024-Q3"
        );
    }

    #[test]
    fn consecutive_counts_between_months_and_day_first_dates() {
        assert_eq!(
            one("The index has risen for five consecutive weeks.", MON),
            ("five consecutive weeks".into(), "P5W".into())
        );
        assert_eq!(one("It rained for three straight days.", MON).1, "P3D");
        // An ordinal is no count: `the third consecutive month` stays out, as in TimeBank.
        assert!(found("It was the third consecutive month of gains.", Some(MON)).is_empty());
        assert_eq!(
            found("Between March and May, prices doubled.", Some(MON))
                .into_iter()
                .map(|e| e.2)
                .collect::<Vec<_>>(),
            ["2025-03", "2025-05"]
        );
        assert_eq!(one("Trading resumed on 14/08/2025.", MON).1, "2025-08-14");
        // Both orders possible: the US one.
        assert_eq!(one("Trading resumed on 08/04/2025.", MON).1, "2025-08-04");
    }

    #[test]
    fn clock_times_written_with_a_point() {
        // `H.MMam` is the British and Australian way of writing `H:MM a.m.`.
        assert_eq!(
            one("The ferry leaves at 6.45am daily from the wharf.", MON).1,
            "2025-08-18T06:45"
        );
        assert_eq!(
            one("Trading halted at 3.10 pm after the outage.", MON).1,
            "2025-08-18T15:10"
        );
        // Without a meridiem a point is a decimal or money, not a clock.
        assert!(found(
            "The fund raised 4.5m and shares rose 2.30 at the close.",
            Some(MON)
        )
        .is_empty());
        // Both ends of a range of clock times take the day said after it.
        let f = found(
            "The polls will be open from 8.00am to 6.00pm on Saturday.",
            Some(MON),
        );
        let values: Vec<&str> = f.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(
            values[..2],
            ["2025-08-23T08:00", "2025-08-23T18:00"],
            "{f:?}"
        );
        // A fixtures list with no verb tells days to come.
        assert_eq!(
            one("Kick-offs: Rovers v City, Sunday 3.15pm.", MON).1,
            "2025-08-24T15:15"
        );
        // Straight after a weekday, as in a fixtures list, the clock time is on that day.
        assert_eq!(
            one(
                "The match will start Wednesday 7.45pm at the home ground.",
                MON
            ),
            ("Wednesday 7.45pm".into(), "2025-08-20T19:45".into())
        );
        assert_eq!(
            one("The update came at 8.05am AEST.", MON),
            ("8.05am AEST".into(), "2025-08-18T08:05".into())
        );
    }

    #[test]
    fn wire_clocks_weekends_and_as_many() {
        // A 24-hour clock with a zone is a time, not a year; the day after `on` is its own
        // expression and dates the clock time.
        assert_eq!(
            found("The ceasefire expired at 0600 GMT on Sunday.", Some(MON)),
            vec![
                ("0600 GMT".into(), "TIME", "2025-08-17T06:00".into()),
                ("Sunday".into(), "DATE", "2025-08-17".into())
            ]
        );
        // A conversion in parentheses is a clock time of its own, as TimeML tags it.
        assert_eq!(
            found(
                "The fire broke out at 9:10 p.m. (0110 GMT) Saturday.",
                Some(MON)
            )
            .into_iter()
            .map(|e| (e.0, e.1))
            .collect::<Vec<_>>(),
            vec![
                ("9:10 p.m.".to_owned(), "TIME"),
                ("0110 GMT".to_owned(), "TIME"),
                ("Saturday".to_owned(), "DATE")
            ]
        );
        assert_eq!(
            found("Voting ends at 10 p.m. (2100 GMT).", Some(MON))
                .into_iter()
                .map(|e| e.2)
                .collect::<Vec<_>>(),
            ["2025-08-18T22:00", "2025-08-18T21:00"]
        );
        assert_eq!(
            found(
                "The ferry will sail at 6 in the morning (6 a.m. EDT Friday).",
                Some(MON)
            )[1],
            (
                "6 a.m. EDT Friday".into(),
                "TIME",
                "2025-08-22T06:00".into()
            )
        );
        assert_eq!(
            one("The market is closed on weekends.", MON),
            ("weekends".into(), "XXXX-WXX-WE".into())
        );
        assert!(found("It was his second visit in as many months.", Some(MON)).is_empty());
        assert_eq!(
            one("The town will one day be the region's capital.", MON),
            ("one day".into(), "FUTURE_REF".into())
        );
        assert_eq!(one("He had been in the job one day.", MON).1, "P1D");
        // A deadline's midnight ends its day.
        assert_eq!(
            one("The offer expires at midnight Friday.", MON),
            ("midnight Friday".into(), "2025-08-22T24:00".into())
        );
        assert_eq!(
            one("The curfew starts at midnight.", MON).1,
            "2025-08-18T00:00"
        );
    }

    #[test]
    fn a_year_before_a_zone_like_word_stays_a_year() {
        // `CT`, `PT` are also scans and car names; only a capital GMT/UTC/Z after a clock
        // preposition or a number that is no year makes a 24-hour clock.
        for (text, year) in [
            ("A 2019 CT scan showed no tumour.", "2019"),
            (
                "He was driving a 2005 PT Cruiser when he was stopped.",
                "2005",
            ),
            ("The 1989 CT scan was never found.", "1989"),
            ("The 1999 gmt report was lost.", "1999"),
        ] {
            assert_eq!(one(text, MON), (year.into(), year.into()), "{text}");
        }
        assert_eq!(
            one("The ceasefire began at 2000 GMT.", MON),
            ("2000 GMT".into(), "2025-08-18T20:00".into())
        );
        assert_eq!(
            found("Flights resumed 0630 UTC on Sunday.", Some(MON))[0].0,
            "0630 UTC"
        );
    }

    #[test]
    fn a_denied_schedule_stays_behind() {
        // `did not expire` tells what did not happen, no schedule ahead.
        assert_eq!(
            one(
                "The contracts were not renewed and did not expire on Friday.",
                MON
            )
            .1,
            "2025-08-15"
        );
        assert_eq!(
            one("The leases, which expire on Friday, can be renewed.", MON).1,
            "2025-08-22"
        );
        assert_eq!(
            one("The ministers meet again on Friday.", MON).1,
            "2025-08-22"
        );
    }

    #[test]
    fn a_half_near_business_words_is_a_half_of_the_year() {
        for text in [
            "The company's goal is to return to profit in the second half.",
            "The retailer made its pitch to investors, promising a recovery in the second half.",
            "Fans gathered on the pitch. The club expects profit in the second half.",
            "The striker was sold; the club expects profit in the second half.",
        ] {
            assert!(
                found(text, Some(MON)).iter().any(|e| e.2 == "2025-H2"),
                "{text}"
            );
        }
        // A match in the same sentence still makes it the match's half.
        assert!(found("The striker scored in the second half.", Some(MON)).is_empty());
    }

    #[test]
    fn an_ordinal_before_and_modifies_a_noun() {
        assert!(found(
            "Troops from the 1st and 2nd battalions were deployed.",
            Some(MON)
        )
        .is_empty());
        assert!(found("Units from the 3rd or 4th brigade moved.", Some(MON)).is_empty());
        // Two days of the month stay days.
        assert_eq!(
            found("The office was shut from the 4th to the 8th.", Some(MON))[0].2,
            "2025-08-04"
        );
        assert_eq!(
            found("It was shut on the 4th and 5th.", Some(MON))[0].2,
            "2025-08-04"
        );
    }

    #[test]
    fn last_and_next_feb_29_find_a_leap_year() {
        assert_eq!(
            one("The law was signed last Feb. 29 after a long fight.", MON).1,
            "2024-02-29"
        );
        assert_eq!(
            one("The rule takes effect next Feb. 29.", "2024-03-10").1,
            "2028-02-29"
        );
        assert_eq!(
            one("The rule takes effect next Feb. 29.", "2024-02-10").1,
            "2024-02-29"
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_said_with_it() {
        let at = |text: &str, date: &str, clock: &str| {
            found(text, Some(date))
                .into_iter()
                .find(|e| e.0 == clock)
                .map(|e| e.2)
        };
        assert_eq!(
            at(
                "The governor will speak on Wednesday at 11 a.m.",
                "2022-01-17",
                "11 a.m."
            ),
            Some("2022-01-19T11:00".into())
        );
        assert_eq!(
            at(
                "A service will be held at 2 p.m. on June 27 at the church.",
                "2026-06-18",
                "2 p.m."
            ),
            Some("2026-06-27T14:00".into())
        );
        assert_eq!(
            at(
                "The deal expires at midnight on Oct. 31.",
                "2026-10-10",
                "midnight"
            ),
            Some("2026-10-31T24:00".into())
        );
        // Without a publication date the weekday still names the day.
        assert_eq!(
            found("The strike begins at 5 p.m. EST on Sunday.", None)
                .into_iter()
                .map(|e| e.2)
                .collect::<Vec<_>>(),
            vec!["XXXX-WXX-7T17:00".to_owned(), "XXXX-WXX-7".to_owned()]
        );
        // `tonight` after it is one expression with the clock, on the publication day.
        assert_eq!(
            at(
                "The polls close at 8 p.m. tonight.",
                "2022-01-17",
                "8 p.m. tonight"
            ),
            Some("2022-01-17T20:00".into())
        );
    }

    #[test]
    fn a_day_after_on_is_its_own_expression() {
        assert_eq!(
            found(
                "The marathon will start at 7 a.m. on Sunday.",
                Some("2027-04-15")
            ),
            vec![
                ("7 a.m.".into(), "TIME", "2027-04-18T07:00".into()),
                ("Sunday".into(), "DATE", "2027-04-18".into()),
            ]
        );
        assert_eq!(
            found(
                "Polls closed at 8 p.m. local time on Tuesday.",
                Some("2025-11-05")
            ),
            vec![
                (
                    "8 p.m. local time".into(),
                    "TIME",
                    "2025-11-04T20:00".into()
                ),
                ("Tuesday".into(), "DATE", "2025-11-04".into()),
            ]
        );
    }

    #[test]
    fn participles_after_a_determiner_are_no_past() {
        // `unspecified` is an adjective here, so `would` decides: next January.
        assert_eq!(
            one(
                "The dividend would be paid on a still undetermined date in March.",
                "1989-10-26"
            )
            .1,
            "1990-03"
        );
        // A past participle as the verb still looks back.
        assert_eq!(
            one("The split was announced in January.", "1989-10-26").1,
            "1989-01"
        );
    }

    #[test]
    fn irregular_past_forms_give_the_past() {
        assert_eq!(
            one(
                "The festival drew 80,000 people over the weekend.",
                "2024-05-03"
            ),
            ("the weekend".into(), "2024-W17-WE".into())
        );
        assert_eq!(
            one("Thieves fled the scene on Tuesday.", "2024-05-03"),
            ("Tuesday".into(), "2024-04-30".into())
        );
    }

    #[test]
    fn a_participle_after_remain_is_no_past() {
        assert_eq!(
            one(
                "Schools will remain closed through Wednesday because of icy roads.",
                "2027-01-25"
            ),
            ("Wednesday".into(), "2027-01-27".into())
        );
    }

    #[test]
    fn a_scheduled_present_points_ahead() {
        assert_eq!(
            found(
                "Applications for the program open on Wednesday and close on March 1.",
                Some("2027-01-25")
            )
            .into_iter()
            .map(|e| e.2)
            .collect::<Vec<_>>(),
            vec!["2027-01-27".to_owned(), "2027-03-01".to_owned()]
        );
        assert_eq!(
            found(
                "The season, which began on June 1, ends Nov. 30.",
                Some("2026-06-18")
            )
            .into_iter()
            .map(|e| e.2)
            .collect::<Vec<_>>(),
            vec!["2026-06-01".to_owned(), "2026-11-30".to_owned()]
        );
        // After a form of `be` the word is an adjective: the clause keeps its past.
        assert_eq!(
            one("The shops were open on Sunday.", "2027-01-25").1,
            "2027-01-24"
        );
    }

    #[test]
    fn award_names_are_no_times() {
        assert!(found("Time magazine named her Person of the Year.", Some(MON)).is_empty());
        assert_eq!(
            one("He was named Player of the Month for August.", MON),
            ("August".into(), "2025-08".into())
        );
        // Lowercase, the year is one.
        assert_eq!(one("Sales at the end of the year rose.", MON).1, "2025");
    }

    #[test]
    fn quarters_by_their_end_and_halves_of_next_year() {
        assert_eq!(
            found(
                "It will report results for the quarter ending Sept. 30.",
                Some(MON)
            )[0]
            .2,
            "2025-Q3"
        );
        // A fiscal quarter ending Jan. 31 runs mostly in the calendar's fourth quarter, of the
        // year before.
        assert_eq!(
            found(
                "In the quarter ended Jan. 31, the retailer lost $2 million.",
                Some("2025-03-10")
            )[0]
            .2,
            "2024-Q4"
        );
        assert_eq!(
            one("It will be completed in the second half of next year.", MON),
            ("the second half of next year".into(), "2026-H2".into())
        );
        assert_eq!(
            one("It was completed in the first quarter of last year.", MON).1,
            "2024-Q1"
        );
        assert!(found(
            "Output rose 0.5% on the month and 2% on the year.",
            Some(MON)
        )
        .is_empty());
    }

    #[test]
    fn counts_with_time_and_days_of_the_month_alone() {
        assert_eq!(
            one("The ban will be reviewed in six months' time.", MON),
            ("six months' time".into(), "P6M".into())
        );
        assert_eq!(
            one("The ban will be reviewed in a week's time.", MON),
            ("a week's time".into(), "P1W".into())
        );
        // A day of the month alone: this month's, or the one before or after by the tense.
        assert_eq!(
            one("The body was found on the 14th.", MON),
            ("the 14th".into(), "2025-08-14".into())
        );
        assert_eq!(one("The body was found on the 20th.", MON).1, "2025-07-20");
        assert_eq!(
            one("Applications are open until the 25th, officials said.", MON).1,
            "2025-08-25"
        );
        assert_eq!(
            one("The scheme will close on the 5th.", MON).1,
            "2025-09-05"
        );
        // Before a noun it is no date.
        assert!(found("The case went to the 11th Circuit Court.", Some(MON)).is_empty());
        assert!(found("He lives on the 14th floor.", Some(MON)).is_empty());
    }

    #[test]
    fn a_season_after_until_lies_ahead() {
        assert_eq!(
            one("The trial has been postponed until the fall.", "2027-01-25"),
            ("the fall".into(), "2027-FA".into())
        );
        // Without `until` the present perfect keeps its past season.
        assert_eq!(
            one("The trial has been held in the fall.", "2027-01-25").1,
            "2026-FA"
        );
    }

    #[test]
    fn adjectives_shaped_like_a_past_form_are_no_past() {
        assert_eq!(
            one(
                "The comet will be visible to the naked eye in October.",
                "2024-05-03"
            ),
            ("October".into(), "2024-10".into())
        );
    }

    #[test]
    fn a_new_clause_after_a_comma_keeps_its_tense() {
        assert_eq!(
            found(
                "The first doses of the vaccine were given in the county on Monday, and clinics \
                 will begin receiving shots next week.",
                Some("2020-12-19")
            )
            .first()
            .map(|e| e.2.clone()),
            Some("2020-12-14".into())
        );
    }

    #[test]
    fn a_half_of_a_match_is_no_time() {
        assert!(found(
            "The 24-year-old striker scored twice in the second half.",
            Some("2023-06-30")
        )
        .is_empty());
        assert_eq!(
            one(
                "The retailer expects sales to recover in the second half.",
                MON
            )
            .0,
            "the second half"
        );
    }

    #[test]
    fn a_month_before_a_name_is_a_given_name() {
        assert!(found(
            "April Ryan asked the first question at the briefing.",
            Some("2023-02-26")
        )
        .is_empty());
        assert!(found(
            "Detective Chief Inspector June Harris led the investigation.",
            Some("2024-05-03")
        )
        .is_empty());
        assert_eq!(
            one("In June President Biden signed the bill.", MON).0,
            "June"
        );
    }

    #[test]
    fn a_rate_word_or_part_of_day_in_a_title_is_no_time() {
        assert!(found("The Daily Mail published the photographs.", Some(MON)).is_empty());
        assert!(found(
            "The Morning Call newspaper was sold to a hedge fund.",
            Some(MON)
        )
        .is_empty());
        assert_eq!(one("The paper is published daily.", MON).0, "daily");
    }

    #[test]
    fn bare_plural_units_set_off_are_vague_durations() {
        assert_eq!(
            found(
                "The minister resigned on Friday, hours after the report was published.",
                Some(MON)
            )
            .into_iter()
            .map(|e| e.0)
            .collect::<Vec<_>>(),
            vec!["Friday".to_owned(), "hours".to_owned()]
        );
        assert_eq!(
            one("The bill passed with days to spare.", MON),
            ("days".into(), "PXD".into())
        );
    }

    #[test]
    fn more_holidays() {
        assert_eq!(
            one("The library will be closed for Columbus Day.", "2019-10-07"),
            ("Columbus Day".into(), "2019-10-14".into())
        );
        assert_eq!(
            one("Cyber Monday sales hit a record.", "2025-12-02"),
            ("Cyber Monday".into(), "2025-12-01".into())
        );
    }

    #[test]
    fn a_season_after_the_start_of() {
        assert_eq!(
            one(
                "A hard freeze came after the start of spring.",
                "2025-03-27"
            ),
            ("the start of spring".into(), "2025-SP".into())
        );
    }

    #[test]
    fn the_end_of_the_year_before_after() {
        assert_eq!(
            found(
                "The CEO will step down at the end of the year after two decades at the helm.",
                Some("2024-08-20")
            )
            .first(),
            Some(&("the end of the year".to_owned(), "DATE", "2024".to_owned()))
        );
    }

    #[test]
    fn every_weekday_with_a_part_of_day() {
        assert_eq!(
            one(
                "The market is held every Saturday morning in the square.",
                MON
            ),
            ("every Saturday morning".into(), "XXXX-WXX-6TMO".into())
        );
    }

    #[test]
    fn twice_daily_is_one_set() {
        assert_eq!(
            one("The ferry will run twice daily.", MON),
            ("twice daily".into(), "P1D".into())
        );
        assert_eq!(
            one("Trains leave three times weekly.", MON),
            ("three times weekly".into(), "P1W".into())
        );
    }

    #[test]
    fn every_other_and_days_a_week_are_sets() {
        assert_eq!(
            one("The board meets every other Tuesday.", MON),
            ("every other Tuesday".into(), "XXXX-WXX-2".into())
        );
        assert_eq!(
            one("Bins are emptied every other week.", MON),
            ("every other week".into(), "P2W".into())
        );
        assert_eq!(
            one("The plant runs seven days a week.", MON),
            ("seven days a week".into(), "P1W".into())
        );
        // A rate of hours in a day stays out (TimeBank leaves `24 hours a day`).
        assert_eq!(
            one("They worked for 24 hours a day.", MON).0,
            "24 hours".to_owned()
        );
    }

    #[test]
    fn holidays_told_by_rule() {
        assert_eq!(
            one(
                "Street sweeping resumes on the first Monday of October.",
                MON
            ),
            ("the first Monday of October".into(), "2025-10-06".into())
        );
        assert_eq!(
            one(
                "The fireworks on the Fourth of July drew a crowd.",
                "2027-07-13"
            ),
            ("the Fourth of July".into(), "2027-07-04".into())
        );
        // Memorial Day 2019 is Monday, May 27: its weekend is the one before it.
        assert_eq!(
            one("The pool opens Memorial Day weekend.", "2019-05-20"),
            ("Memorial Day weekend".into(), "2019-W21-WE".into())
        );
        assert_eq!(
            found(
                "Traffic will peak on Wednesday, the day before Thanksgiving.",
                Some("2021-11-18")
            )
            .last(),
            Some(&(
                "the day before Thanksgiving".to_owned(),
                "DATE",
                "2021-11-24".to_owned()
            ))
        );
    }

    #[test]
    fn quarters_by_months_new_year_and_bare_stretches() {
        assert_eq!(
            one("The economy grew 2.4% in the April-June quarter.", MON),
            ("the April-June quarter".into(), "2025-Q2".into())
        );
        assert_eq!(
            found(
                "Three days into the new year, the index had lost 4%.",
                Some("2019-01-05")
            )
            .last(),
            Some(&("the new year".to_owned(), "DATE", "2019".to_owned()))
        );
        assert_eq!(
            one("Talks resume in the new year.", "2026-12-15"),
            ("the new year".into(), "2027".into())
        );
        assert_eq!(
            found("It could last for months or even years.", Some(MON)),
            vec![
                ("months".to_owned(), "DURATION", "PXM".to_owned()),
                ("years".to_owned(), "DURATION", "PXY".to_owned())
            ]
        );
        assert_eq!(
            one("They passed a spending package hours later.", MON),
            ("hours".into(), "PTXH".into())
        );
    }

    #[test]
    fn a_year_earlier_period_takes_the_quarter_named() {
        assert_eq!(
            found(
                "The chipmaker expects fourth-quarter revenue of $6.1 billion, down 8% from \
                 the year-earlier period.",
                Some("2023-10-06")
            )
            .last(),
            Some(&(
                "the year-earlier period".to_owned(),
                "DATE",
                "2022-Q4".to_owned()
            ))
        );
    }

    #[test]
    fn clock_times_take_the_day_of_their_clause() {
        // 2025-06-07 is a Saturday.
        let f = found(
            "Polls will open at 7 a.m. on Tuesday and close at 8 p.m., the clerk said.",
            Some("2025-06-07"),
        );
        assert_eq!(
            f.last(),
            Some(&("8 p.m.".to_owned(), "TIME", "2025-06-10T20:00".to_owned()))
        );
        let f = found(
            "The probe flew past on New Year's Day, 33 minutes after midnight Eastern time.",
            Some("2019-01-05"),
        );
        assert_eq!(
            f.last(),
            Some(&(
                "midnight Eastern time".to_owned(),
                "TIME",
                "2019-01-01T00:00".to_owned()
            ))
        );
        let f = found(
            "The curfew will run from 10 p.m. Saturday to 6 a.m. Monday.",
            Some("2025-06-07"),
        );
        assert_eq!(
            f.first(),
            Some(&(
                "10 p.m. Saturday".to_owned(),
                "TIME",
                "2025-06-07T22:00".to_owned()
            ))
        );
        let f = found(
            "The store will stay open until 11 p.m. on Thanksgiving and open again at 6 a.m. \
             the next day.",
            Some("2018-10-17"),
        );
        assert_eq!(
            f.last(),
            Some(&(
                "6 a.m. the next day".to_owned(),
                "TIME",
                "2018-11-23T06:00".to_owned()
            ))
        );
    }

    #[test]
    fn the_clause_of_the_date_gives_its_tense() {
        let first = |text: &str, date: &str| {
            found(text, Some(date))
                .into_iter()
                .next()
                .map(|(t, _, v)| (t, v))
        };
        assert_eq!(
            first(
                "The airline, which grounded its fleet in April, will restore its routes.",
                "2020-09-09"
            ),
            Some(("April".into(), "2020-04".into()))
        );
        assert_eq!(
            first(
                "The senator, who will be sworn in on Jan. 20, named his staff.",
                "2024-11-14"
            ),
            Some(("Jan. 20".into(), "2025-01-20".into()))
        );
        // A participle clause after a comma has no tense: the nearest April.
        assert_eq!(
            found(
                "The court agreed to hear the case, setting up arguments in April.",
                Some("2028-01-21")
            )
            .last()
            .map(|(t, _, v)| (t.as_str(), v.as_str())),
            Some(("April", "2028-04"))
        );
    }

    #[test]
    fn a_rate_word_after_a_superlative_is_no_time() {
        assert!(
            found("It was the steepest monthly drop in a decade.", Some(MON))
                .iter()
                .all(|(t, ..)| t != "monthly")
        );
        assert_eq!(
            one("The figures are published monthly.", MON),
            ("monthly".into(), "P1M".into())
        );
    }

    #[test]
    fn bare_plural_seasons_and_the_full_year() {
        assert_eq!(
            one("As a boy he spent summers at the farm.", MON),
            ("summers".into(), "XXXX-SU".into())
        );
        assert!(found("He has lived here for two summers.", Some(MON))
            .iter()
            .all(|(_, ty, _)| *ty != "SET"));
        assert!(found("Larry Summers spoke.", Some(MON)).is_empty());
        assert_eq!(
            one("It raised its full-year forecast.", MON),
            ("full-year".into(), "2025".into())
        );
        assert_eq!(
            one("She will leave for full-year training.", MON),
            ("full-year".into(), "P1Y".into())
        );
    }

    #[test]
    fn a_dated_decision_puts_its_infinitive_ahead() {
        // 2022-04-09 is a Saturday.
        assert_eq!(
            found(
                "The workers voted Saturday to return to work on Monday.",
                Some("2022-04-09")
            )
            .last()
            .map(|(t, _, v)| (t.as_str(), v.as_str())),
            Some(("Monday", "2022-04-11"))
        );
        // Undated, the decision may be what the date tells.
        assert_eq!(
            one("The firm agreed to buy the unit in February.", "2025-04-09"),
            ("February".into(), "2025-02".into())
        );
    }

    #[test]
    fn comparisons_with_a_date() {
        assert_eq!(
            one("Dinner will cost 4.5% less than last year.", MON),
            ("last year".into(), "2024".into())
        );
        assert_eq!(
            found(
                "The race will start an hour earlier than last year.",
                Some(MON)
            ),
            vec![
                ("an hour".into(), "DURATION", "PT1H".into()),
                ("last year".into(), "DATE", "2024".into()),
            ]
        );
        // A bound on a duration stays: `less than a year`.
        assert_eq!(one("It took less than a year.", MON).0, "less than a year");
    }

    #[test]
    fn fortnights_and_boxing_day() {
        const SAT: &str = "2030-03-02";
        assert_eq!(
            one("Prices have risen sharply over the past fortnight.", SAT),
            ("the past fortnight".into(), "P2W".into())
        );
        assert_eq!(
            one("Rain is likely for the next fortnight.", SAT),
            ("the next fortnight".into(), "P2W".into())
        );
        assert_eq!(
            one("The ferry was out of service for a fortnight.", SAT),
            ("a fortnight".into(), "P2W".into())
        );
        assert_eq!(
            one("The newsletter goes out fortnightly.", SAT),
            ("fortnightly".into(), "P2W".into())
        );
        assert_eq!(
            one("The sales begin on Boxing Day.", SAT),
            ("Boxing Day".into(), "2030-12-26".into())
        );
    }

    #[test]
    fn reporting_periods_in_british_and_hyphenated_forms() {
        const SAT: &str = "2030-03-02";
        let f = found("Sales rose in the financial year to 31 January.", Some(SAT));
        assert_eq!(
            f.first().map(|(t, k, v)| (t.as_str(), *k, v.as_str())),
            Some(("the financial year", "DURATION", "P1Y"))
        );
        assert_eq!(
            one("It cut costs in the financial year.", SAT).0,
            "the financial year"
        );
        // `financial` before another noun is no time.
        assert!(found("The financial crisis deepened.", Some(SAT)).is_empty());
        assert_eq!(
            one("Its first-half sales were weak.", SAT),
            ("first-half".into(), "2030-H1".into())
        );
        assert_eq!(
            one("Output picked up in the final quarter of 2029.", SAT),
            ("the final quarter of 2029".into(), "2029-Q4".into())
        );
    }

    /// An expression's text, value and stated range.
    type Ranged = (String, String, Option<(String, String)>);

    #[test]
    fn the_end_of_the_decade_is_this_decade_s() {
        let exprs = |text: &str| -> Vec<(String, String, Option<&'static str>)> {
            expressions(text, Some("2026-11-20"))
                .into_iter()
                .map(|e| (text[e.start..e.end].to_owned(), e.value, e.modifier))
                .collect()
        };
        assert_eq!(
            exprs("Costs will double by the end of the decade."),
            [(
                "the end of the decade".to_owned(),
                "202".to_owned(),
                Some("END")
            )]
        );
        assert_eq!(
            exprs("Output rose at the start of the century."),
            [(
                "the start of the century".to_owned(),
                "20".to_owned(),
                Some("START")
            )]
        );
        // not a decade of something
        assert!(exprs("It marked the end of the decade of war.").is_empty());
        // a half of it is its start or end, not this year's half
        assert_eq!(
            exprs("Output rose in the first half of the decade."),
            [(
                "the first half of the decade".to_owned(),
                "202".to_owned(),
                Some("START")
            )]
        );
        // nor a half of a decade of something
        assert!(exprs("Pay fell in the first half of the decade of cuts.").is_empty());
    }

    #[test]
    fn a_period_still_ending_ends_ahead() {
        let values = |text: &str| -> Vec<String> {
            found(text, Some("2026-11-20"))
                .into_iter()
                .map(|(_, _, v)| v)
                .collect()
        };
        assert_eq!(
            values("The airline cut its outlook for the year ending in March."),
            ["P1Y", "2027-03"]
        );
        // a period that `ended` lies behind
        assert_eq!(
            values("The airline lost money in the year ended in March."),
            ["P1Y", "2026-03"]
        );
        // every period noun of a reporting period, a week or month too
        assert_eq!(
            values("The chain raised its forecast for the four weeks ending March 1."),
            ["P4W", "2027-03-01"]
        );
        assert_eq!(
            values("The chain raised its forecast for the month ending in March."),
            ["2026-11", "2027-03"]
        );
    }

    #[test]
    fn years_written_as_a_pair_are_one_date() {
        let ranges = |text: &str| -> Vec<Ranged> {
            expressions(text, Some("2026-11-20"))
                .into_iter()
                .map(|e| (text[e.start..e.end].to_owned(), e.value, e.range))
                .collect()
        };
        let pair = |span: &str, a: &str, b: &str| {
            (
                span.to_owned(),
                a.to_owned(),
                Some((a.to_owned(), b.to_owned())),
            )
        };
        assert_eq!(
            ranges("Debt falls in 2029-30 after the 2025/26 season and the 1914-1918 war."),
            [
                pair("2029-30", "2029", "2030"),
                pair("2025/26", "2025", "2026"),
                pair("1914-1918", "1914", "1918")
            ]
        );
        // a turn of the century; not a month, nor a number too far apart
        assert_eq!(
            ranges("In 1999-00 sales rose."),
            [pair("1999-00", "1999", "2000")]
        );
        assert!(ranges("Call 1800-55 or see 2024-05 and 1998-10.").is_empty());
        assert_eq!(
            ranges("The 2009-10 season."),
            [pair("2009-10", "2009", "2010")]
        );
    }

    #[test]
    fn schedules_and_notices_ahead() {
        // 2030-03-06 is a Wednesday.
        const WED: &str = "2030-03-06";
        let values = |text: &str| -> Vec<String> {
            found(text, Some(WED))
                .into_iter()
                .map(|(_, _, v)| v)
                .collect()
        };
        // A notice in force runs forward from the present perfect.
        assert_eq!(
            values("The council has closed the bridge from 6am on Friday until 8pm on Sunday."),
            [
                "2030-03-08T06:00",
                "2030-03-08",
                "2030-03-10T20:00",
                "2030-03-10"
            ]
        );
        // A deadline given with `until`, past a clock time.
        assert_eq!(
            values("Bidders have until noon on Monday to respond."),
            ["2030-03-11T12:00", "2030-03-11"]
        );
        // `by` + a weekday with its part of day; `ahead of` with no tense cue.
        assert_eq!(
            values("A verdict was reached, and sentencing is expected by Friday evening."),
            ["2030-03-08TEV"]
        );
        assert_eq!(
            values("Shares are flat ahead of the vote on Thursday."),
            ["2030-03-07"]
        );
        // …but not in a plainly past clause: what was done by then (and an expectation still
        // looks ahead)
        assert_eq!(
            values("Crews had cleared the road by Monday evening."),
            ["2030-03-04TEV"]
        );
        assert_eq!(
            values("Water was restored to the town by Tuesday night, the utility said."),
            ["2030-03-05TNI"]
        );
        assert_eq!(
            values("The report was expected by Thursday morning."),
            ["2030-03-07TMO"]
        );
        // A copula fixture and a rule coming into force.
        assert_eq!(
            values("The heats were run last week, and the finals are on Saturday."),
            ["2030-W09", "2030-03-09"]
        );
        assert_eq!(
            one("The new levy comes into force on 1 March.", "2030-02-27").1,
            "2030-03-01"
        );
        // A clock time on the publication weekday, ahead, is that day.
        assert_eq!(
            values("The concert starts at 7pm on Wednesday."),
            ["2030-03-06T19:00", "2030-03-06"]
        );
        // The past keeps its dates behind.
        assert_eq!(values("The final was on Saturday."), ["2030-03-02"]);
    }

    #[test]
    fn turns_pauses_alternate_sets_and_day_events() {
        const WED: &str = "2030-03-06";
        assert_eq!(
            one("Rents have doubled since the turn of the century.", WED),
            ("the turn of the century".into(), "2000".into())
        );
        assert_eq!(
            one("Sales have slowed since the turn of the year.", WED),
            ("the turn of the year".into(), "2030".into())
        );
        assert_eq!(
            one("The bins go out every second Tuesday.", WED),
            ("every second Tuesday".into(), "XXXX-WXX-2".into())
        );
        assert_eq!(
            one("They camped there every spring.", WED),
            ("every spring".into(), "XXXX-SP".into())
        );
        assert_eq!(
            one(
                "Crowds are expected at the shrine this Christmas.",
                "2030-12-10"
            ),
            ("this Christmas".into(), "2030-12-25".into())
        );
        assert_eq!(
            one("Frost formed in the early hours of Monday.", WED),
            ("the early hours of Monday".into(), "2030-03-04".into())
        );
        assert_eq!(
            one("Turnout was high in today's referendum.", WED),
            ("today".into(), "2030-03-06".into())
        );
        assert!(found("Life in today's world is fast.", Some(WED)).is_empty());
        assert_eq!(
            one("The senators cut short their spring recess.", "2030-05-02"),
            ("spring".into(), "2030-SP".into())
        );
        assert_eq!(
            one(
                "Officials said March was the driest on record.",
                "2030-04-02"
            ),
            ("March".into(), "2030-03".into())
        );
        assert!(found("Analysts said Theresa May was tired.", Some(WED)).is_empty());
        assert!(found("The rules say staff may have to wait.", Some(WED)).is_empty());
    }

    #[test]
    fn sums_of_units_and_the_first_months_of_a_year() {
        const WED: &str = "2030-03-06";
        assert_eq!(
            one(
                "She swam the strait in nine hours, 12 minutes and 40 seconds.",
                WED
            ),
            (
                "nine hours, 12 minutes and 40 seconds".into(),
                "PT9H12M40S".into()
            )
        );
        assert_eq!(
            one("He served three years and six months.", WED),
            ("three years and six months".into(), "P3Y6M".into())
        );
        // Units that do not run down stay apart.
        assert_eq!(
            found("It took two minutes and three hours.", Some(WED)).len(),
            2
        );
        assert_eq!(
            one("Exports fell in the first six months of the year.", WED),
            ("the first six months of the year".into(), "2030-H1".into())
        );
        assert_eq!(
            one("Exports fell in the first three months of 2029.", WED),
            ("the first three months of 2029".into(), "2029-Q1".into())
        );
        assert_eq!(one("Exports fell in the first nine months.", WED).1, "P9M");
    }

    #[test]
    fn last_months_of_a_year_and_last_before_a_verb() {
        const WED: &str = "2030-03-06";
        assert_eq!(
            ranges("Sales slowed over the last five months of 2028.", WED),
            [(
                "the last five months of 2028".to_owned(),
                "2028".to_owned(),
                "2028-08".to_owned(),
                "2028-12".to_owned()
            )]
        );
        assert_eq!(
            one("Sales slowed in the last three months of 2028.", WED).1,
            "2028-Q4"
        );
        // `last` before a past verb: the most recent such day, before publication.
        assert_eq!(
            one("The bridge was last inspected on 9 March.", WED).1,
            "2029-03-09"
        );
        assert_eq!(
            one("The bridge was inspected on 9 March.", WED).1,
            "2030-03-09"
        );
        // any past form from the tense lexicon, irregular ones included
        assert_eq!(
            one("The ferry was last seen on 9 March.", WED).1,
            "2029-03-09"
        );
        assert_eq!(
            one("The two leaders last spoke on 9 March.", WED).1,
            "2029-03-09"
        );
        assert_eq!(
            one("The river last froze over on 9 March.", WED).1,
            "2029-03-09"
        );
    }

    #[test]
    fn modifiers_fractions_and_names_that_are_no_time() {
        const WED: &str = "2030-03-06";
        assert!(found("Monthly rents rose again.", Some(WED)).is_empty());
        assert_eq!(one("Rents are paid monthly.", WED).0, "monthly");
        assert!(found("The club's Noon Room was full.", Some(WED)).is_empty());
        assert!(found("Prices have risen by a quarter.", Some(WED)).is_empty());
        assert_eq!(
            one("The launch was pushed back by a quarter.", WED).1,
            "P1Q"
        );
        assert_eq!(
            one("The library will stay late today.", WED),
            ("today".into(), "2030-03-06".into())
        );
        assert_eq!(
            one("He said late yesterday that he would go.", WED).0,
            "late yesterday"
        );
    }

    #[test]
    fn a_clock_time_takes_tonight_an_evening_or_a_holiday() {
        const WED: &str = "2030-03-06";
        let f = found(
            "The bar shuts at 11pm tonight and the last train leaves just after midnight.",
            Some(WED),
        );
        let got: Vec<(&str, &str)> = f.iter().map(|(t, _, v)| (t.as_str(), v.as_str())).collect();
        assert_eq!(
            got,
            [
                ("11pm tonight", "2030-03-06T23:00"),
                ("midnight", "2030-03-07T00:00")
            ]
        );
        let f = found(
            "Christmas Eve services will close with carols at midnight.",
            Some("2030-12-20"),
        );
        let got: Vec<&str> = f.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(got, ["2030-12-24", "2030-12-24T24:00"]);
        // Without an evening or a holiday a bare midnight stays the publication day's start.
        assert_eq!(
            one("The curfew starts at midnight.", WED).1,
            "2030-03-06T00:00"
        );
    }

    #[test]
    fn a_day_takes_a_coming_year_of_its_sentence() {
        const WED: &str = "2030-03-06";
        let f = found(
            "The games move to Lisbon in 2034, with the closing ceremony on 9 August.",
            Some(WED),
        );
        let got: Vec<&str> = f.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(got, ["2034", "2034-08-09"]);
        // A past year leaves the day to the publication year and the tense.
        let f = found(
            "The plant opened in 1990, and it will close on 9 August.",
            Some(WED),
        );
        let got: Vec<&str> = f.iter().map(|(_, _, v)| v.as_str()).collect();
        assert_eq!(got, ["1990", "2030-08-09"]);
    }

    #[test]
    fn temporal_clauses_and_advice_point_ahead() {
        // 2030-03-06 is a Wednesday.
        const WED: &str = "2030-03-06";
        assert_eq!(
            one(
                "Roads were shut, officials said, until floods recede on Friday.",
                WED
            )
            .1,
            "2030-03-08"
        );
        // A past verb in the clause keeps the day behind.
        assert_eq!(
            one(
                "Roads were shut, officials said, until floods receded on Monday.",
                WED
            )
            .1,
            "2030-03-04"
        );
        // A phrase, not a clause, after `before`.
        assert_eq!(
            one("Stocks fell before the vote on Monday.", WED).1,
            "2030-03-04"
        );
        assert_eq!(
            one(
                "Doctors advised patients to book a jab before the autumn.",
                WED
            )
            .1,
            "2030-FA"
        );
    }
}
