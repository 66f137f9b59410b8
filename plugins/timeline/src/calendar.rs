//! Calendar arithmetic and TimeML value formatting: the granularities news uses (day, ISO week,
//! month, quarter, season, year, decade, century) and the date range a value covers.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// A calendar unit, as in `two weeks` or `last month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    /// Two weeks (`the past fortnight`), written in weeks as TimeML has no fortnight.
    Fortnight,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// `minutes` → Minute; plural and singular, with common abbreviations.
    pub fn parse(word: &str) -> Option<Unit> {
        Some(match word {
            "second" | "seconds" | "sec" | "secs" => Unit::Second,
            "minute" | "minutes" | "min" | "mins" => Unit::Minute,
            "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
            "day" | "days" => Unit::Day,
            "week" | "weeks" => Unit::Week,
            "fortnight" | "fortnights" => Unit::Fortnight,
            "weekend" | "weekends" => Unit::Weekend,
            "month" | "months" => Unit::Month,
            "quarter" | "quarters" => Unit::Quarter,
            "year" | "years" | "yr" | "yrs" => Unit::Year,
            "decade" | "decades" => Unit::Decade,
            "century" | "centuries" => Unit::Century,
            _ => return None,
        })
    }

    /// A TimeML duration of `n` units (`None` for an unknown count: `PXD`). A half is written
    /// in the next smaller unit, as TimeBank does: `P2Y6M`, `PT5H30M`, `PT1M30S`.
    pub fn duration(self, n: Option<f64>) -> String {
        if let Some(v) = n.filter(|v| (v.fract() - 0.5).abs() < 1e-9) {
            let whole = v.trunc() as i64;
            let lead = |unit: &str| {
                if whole == 0 {
                    String::new()
                } else {
                    format!("{whole}{unit}")
                }
            };
            match self {
                Unit::Year => return format!("P{}6M", lead("Y")),
                Unit::Day => return format!("P{}T12H", lead("D")),
                Unit::Hour => return format!("PT{}30M", lead("H")),
                Unit::Minute => return format!("PT{}30S", lead("M")),
                _ => {}
            }
        }
        let count = |k: f64| match n {
            Some(v) => format_count(v * k),
            None => "X".to_owned(),
        };
        match self {
            Unit::Second => format!("PT{}S", count(1.0)),
            Unit::Minute => format!("PT{}M", count(1.0)),
            Unit::Hour => format!("PT{}H", count(1.0)),
            Unit::Day => format!("P{}D", count(1.0)),
            Unit::Week => format!("P{}W", count(1.0)),
            Unit::Fortnight => format!("P{}W", count(2.0)),
            Unit::Weekend => format!("P{}WE", count(1.0)),
            Unit::Month => format!("P{}M", count(1.0)),
            Unit::Quarter => format!("P{}Q", count(1.0)),
            Unit::Year => format!("P{}Y", count(1.0)),
            // Decades in years, as TimeBank writes them (`two decades` P20Y), the vague ones too
            // (`decades-long`, `less than a decade`: PXY 2 of 2).
            Unit::Decade => match n {
                Some(v) => format!("P{}Y", format_count(v * 10.0)),
                None => "PXY".to_owned(),
            },
            Unit::Century => match n {
                Some(v) => format!("P{}Y", format_count(v * 100.0)),
                None => "PXCE".to_owned(),
            },
        }
    }
}

fn format_count(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v}")
    }
}

/// `date` shifted by `n` units, then written at the unit's granularity (`2025-W33`, `2025-07`).
/// Without a date the value keeps its shape with X digits.
pub fn shifted(date: Option<Date>, unit: Unit, n: i64) -> String {
    let Some(date) = date else {
        return match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX".to_owned(),
            Unit::Week | Unit::Fortnight => "XXXX-WXX".to_owned(),
            Unit::Weekend => "XXXX-WXX-WE".to_owned(),
            Unit::Month => "XXXX-XX".to_owned(),
            Unit::Quarter => "XXXX-QX".to_owned(),
            Unit::Year => "XXXX".to_owned(),
            Unit::Decade => "XXX".to_owned(),
            Unit::Century => "XX".to_owned(),
        };
    };
    let shifted = |span: jiff::Span| date.checked_add(span).ok();
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            shifted(n.days()).map_or_else(|| "XXXX-XX-XX".to_owned(), day)
        }
        Unit::Week => shifted((n * 7).days()).map_or_else(|| "XXXX-WXX".to_owned(), week),
        Unit::Fortnight => shifted((n * 14).days()).map_or_else(|| "XXXX-WXX".to_owned(), week),
        Unit::Weekend => shifted((n * 7).days())
            .map_or_else(|| "XXXX-WXX-WE".to_owned(), |d| format!("{}-WE", week(d))),
        Unit::Month => {
            let m = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + n;
            format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
        }
        Unit::Quarter => {
            let q = i64::from(date.year()) * 4 + (i64::from(date.month()) - 1) / 3 + n;
            format!("{:04}-Q{}", q.div_euclid(4), q.rem_euclid(4) + 1)
        }
        Unit::Year => format!("{:04}", i64::from(date.year()) + n),
        Unit::Decade => format!("{:03}", i64::from(date.year()) / 10 + n),
        Unit::Century => format!("{:02}", i64::from(date.year()) / 100 + n),
    }
}

/// `2025-08-18`.
pub fn day(date: Date) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    if !(0..=9999).contains(&y) {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    // Without the formatting machinery: dates are written for every event.
    let digit = |v: i16| char::from(b'0' + (v % 10) as u8);
    let mut out = String::with_capacity(10);
    for v in [y / 1000, y / 100, y / 10, y] {
        out.push(digit(v));
    }
    out.push('-');
    for v in [i16::from(m) / 10, i16::from(m)] {
        out.push(digit(v));
    }
    out.push('-');
    for v in [i16::from(d) / 10, i16::from(d)] {
        out.push(digit(v));
    }
    out
}

/// `2025-W34`.
pub fn week(date: Date) -> String {
    let iso = date.iso_week_date();
    format!("{:04}-W{:02}", iso.year(), iso.week())
}

pub fn weekday_number(weekday: Weekday) -> i8 {
    weekday.to_monday_one_offset()
}

/// The weekday `wd` (1 = Monday) nearest `date` in a direction: `past` the latest on or before
/// it, otherwise the first after it.
pub fn weekday_near(date: Date, wd: i8, past: bool) -> Option<Date> {
    let today = weekday_number(date.weekday());
    let delta = if past {
        -i64::from((today - wd).rem_euclid(7))
    } else {
        i64::from((wd - today - 1).rem_euclid(7) + 1)
    };
    date.checked_add(delta.days()).ok()
}

/// The year of month `m` (day `d`, if any) written without one: the publication year, unless
/// the date lies far on the wrong side of the publication date for the tense (`in December`,
/// past tense, published in January: the December before). Without tense only a date more than
/// half a year away moves.
pub fn year_for(date: Date, m: i8, d: Option<i8>, direction: Option<bool>) -> i16 {
    let y = date.year();
    let Ok(first) = Date::new(y, m, d.unwrap_or(1)) else {
        return y;
    };
    let last = if d.is_some() {
        first
    } else {
        first.last_of_month()
    };
    let ahead = i64::from((first - date).get_days());
    let behind = i64::from((date - last).get_days());
    let limit = match direction {
        Some(_) => 60,
        None => 183,
    };
    // Without a tense a date moves back (`December 15` published in January) but not forward:
    // a date ahead comes with a future cue, while a tenseless clause (`The figures cover the
    // period from 1 January`) reports on the current year.
    match direction {
        Some(true) | None if ahead > limit => y - 1,
        Some(false) if behind > limit => y + 1,
        _ => y,
    }
}

/// `n` units from the date a value names, for `that year`, `the following month`. A value
/// coarser than the unit (`that day` after `in 1998`) gives only its year.
pub fn told_from(anchor: &str, unit: Unit, n: i64) -> Option<String> {
    let fine = match unit {
        Unit::Year | Unit::Decade | Unit::Century => anchor.len() >= 4,
        Unit::Quarter => anchor.len() >= 7 && !anchor.contains('W') || anchor.contains('Q'),
        Unit::Month => anchor.len() >= 7 && !anchor.contains(['W', 'Q', 'H', 'S', 'F']),
        Unit::Week | Unit::Fortnight => anchor.len() >= 10 || anchor.contains('W'),
        _ => anchor.len() >= 10 && !anchor.contains('W'),
    };
    if !fine {
        // `in 1998 … the following month`: the month is unknown, not one near the publication date.
        let year = anchor.get(..4)?;
        return Some(match unit {
            Unit::Quarter => format!("{year}-QX"),
            Unit::Month => format!("{year}-XX"),
            Unit::Week | Unit::Fortnight => format!("{year}-WXX"),
            _ => format!("{year}-XX-XX"),
        });
    }
    let (start, _) = range(anchor)?;
    Some(shifted(Some(start), unit, n))
}

/// The dates a value covers, first and last day, for ordering events and dating them.
pub fn range(value: &str) -> Option<(Date, Date)> {
    let v = value.split('T').next()?;
    let b = v.as_bytes();
    let num = |s: &str| s.parse::<i16>().ok();
    // `199` (the 1990s), `20` (the 2000s as a century, `21st century`): every year of them
    if (2..=3).contains(&v.len()) && b.iter().all(u8::is_ascii_digit) {
        let width: i16 = if v.len() == 3 { 10 } else { 100 };
        let first = num(v)? * width;
        return Some((
            Date::new(first, 1, 1).ok()?,
            Date::new(first + width - 1, 12, 31).ok()?,
        ));
    }
    let year = num(v.get(0..4)?)?;
    let rest = v.get(4..).unwrap_or("");
    let ymd = |y: i16, m: i8, d: i8| Date::new(y, m, d).ok();
    let last_of_month = |y: i16, m: i8| ymd(y, m, 1).map(|d| d.last_of_month());
    if rest.is_empty() {
        return Some((ymd(year, 1, 1)?, ymd(year, 12, 31)?));
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let part = rest.get(1..)?;
    // `1998-XX`, `1998-WXX`: some time in that year.
    if part.starts_with("XX") || part == "WXX" || part == "QX" {
        return Some((ymd(year, 1, 1)?, ymd(year, 12, 31)?));
    }
    if let Some(w) = part.strip_prefix('W') {
        let wk: i8 = w.get(0..2).and_then(|s| s.parse().ok())?;
        let monday = jiff::civil::ISOWeekDate::new(year, wk, Weekday::Monday)
            .ok()?
            .date();
        if w.len() > 2 {
            if w.ends_with("WE") {
                let sat = monday.checked_add(5.days()).ok()?;
                return Some((sat, sat.checked_add(1.days()).ok()?));
            }
            let n: i64 = w.get(3..4).and_then(|s| s.parse().ok())?;
            let d = monday.checked_add((n - 1).days()).ok()?;
            return Some((d, d));
        }
        return Some((monday, monday.checked_add(6.days()).ok()?));
    }
    if let Some(q) = part.strip_prefix('Q') {
        let q: i8 = q.parse().ok()?;
        if !(1..=4).contains(&q) {
            return None;
        }
        return Some((ymd(year, q * 3 - 2, 1)?, last_of_month(year, q * 3)?));
    }
    if let Some(h) = part.strip_prefix('H') {
        let h: i8 = h.parse().ok()?;
        return match h {
            1 => Some((ymd(year, 1, 1)?, ymd(year, 6, 30)?)),
            2 => Some((ymd(year, 7, 1)?, ymd(year, 12, 31)?)),
            _ => None,
        };
    }
    let (first, last) = match part {
        "SP" => (ymd(year, 3, 1)?, ymd(year, 5, 31)?),
        "SU" => (ymd(year, 6, 1)?, ymd(year, 8, 31)?),
        "FA" => (ymd(year, 9, 1)?, ymd(year, 11, 30)?),
        "WI" => (ymd(year, 12, 1)?, last_of_month(year + 1, 2)?),
        _ => {
            let m: i8 = part.get(0..2)?.parse().ok()?;
            match part.get(3..5).and_then(|s| s.parse::<i8>().ok()) {
                Some(d) => (ymd(year, m, d)?, ymd(year, m, d)?),
                None => (ymd(year, m, 1)?, last_of_month(year, m)?),
            }
        }
    };
    Some((first, last))
}

/// `Mon 18 Aug 2025` for a day, the value itself otherwise.
pub fn label(value: &str) -> String {
    if value.len() == 10 {
        if let Ok(d) = value.parse::<Date>() {
            // `%a %-d %b %Y`, without the formatting machinery.
            const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let wd = usize::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0);
            let m = usize::try_from(d.month() - 1).unwrap_or(0);
            return format!(
                "{} {} {} {}",
                DAYS.get(wd).copied().unwrap_or(""),
                d.day(),
                MONTHS.get(m).copied().unwrap_or(""),
                d.year()
            );
        }
    }
    value.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn shifts_at_granularity() {
        let d = Some(date(2025, 8, 18));
        assert_eq!(shifted(d, Unit::Week, -1), "2025-W33");
        assert_eq!(shifted(d, Unit::Week, 0), "2025-W34");
        assert_eq!(shifted(d, Unit::Month, 5), "2026-01");
        assert_eq!(shifted(d, Unit::Quarter, -3), "2024-Q4");
        assert_eq!(shifted(d, Unit::Day, -1), "2025-08-17");
        assert_eq!(shifted(d, Unit::Decade, 0), "202");
        assert_eq!(shifted(None, Unit::Week, -1), "XXXX-WXX");
    }

    #[test]
    fn weekdays_in_both_directions() {
        let monday = date(2025, 8, 18);
        assert_eq!(weekday_near(monday, 1, true), Some(monday));
        assert_eq!(weekday_near(monday, 1, false), Some(date(2025, 8, 25)));
        assert_eq!(weekday_near(monday, 5, true), Some(date(2025, 8, 15)));
        assert_eq!(weekday_near(monday, 5, false), Some(date(2025, 8, 22)));
    }

    #[test]
    fn ranges_of_values() {
        assert_eq!(
            range("2025-W34"),
            Some((date(2025, 8, 18), date(2025, 8, 24)))
        );
        assert_eq!(
            range("2024-Q3"),
            Some((date(2024, 7, 1), date(2024, 9, 30)))
        );
        assert_eq!(
            range("2025-08-18TMO"),
            Some((date(2025, 8, 18), date(2025, 8, 18)))
        );
        assert_eq!(
            range("2025-02"),
            Some((date(2025, 2, 1), date(2025, 2, 28)))
        );
        assert_eq!(range("PAST_REF"), None);
        assert_eq!(range("XXXX-08-18"), None);
        assert_eq!(label("2025-08-18"), "Mon 18 Aug 2025");
    }

    #[test]
    fn years_of_dates_without_one() {
        let jan = date(2000, 1, 10);
        assert_eq!(year_for(jan, 1, Some(14), Some(true)), 2000);
        assert_eq!(year_for(jan, 12, Some(15), Some(true)), 1999);
        assert_eq!(year_for(jan, 12, Some(15), None), 1999);
        assert_eq!(year_for(jan, 3, None, Some(false)), 2000);
        let nov = date(1989, 11, 2);
        assert_eq!(year_for(nov, 12, Some(15), Some(true)), 1989);
        assert_eq!(year_for(nov, 1, None, Some(false)), 1990);
        assert_eq!(year_for(nov, 1, None, Some(true)), 1989);
        // Without a tense, not into the next year.
        assert_eq!(year_for(nov, 1, None, None), 1989);
    }
}
