//! The `figures` plugin: every number in the article (money, percentages, durations, counts and
//! quantities), normalised to a value and a unit, with what it measures.
//!
//! The text is cut once into small atoms (words, numbers, symbols; see [`atoms`]) and scanned in
//! one pass ([`scan`]); numbers in digits and words are read by a hand-written parser
//! ([`number`]); currencies, units, qualifiers and context words come from `data/*.txt`
//! ([`lexicon`]).

pub mod atoms;
pub mod lexicon;
pub mod number;
pub mod scan;

use analyze_sdk::prelude::*;
use serde::Serialize;

#[derive(Default)]
pub struct Figures;

/// One figure, as in the report contract (`figures` section of the JSON report), plus `change`
/// (`up`/`down` for a change such as `rose 5%`), `number` (the span of the numeral alone) and
/// `per` (what a price, quantity, count or frequency is per).
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub span: Span,
    pub value: Option<serde_json::Value>,
    pub low: Option<serde_json::Value>,
    pub high: Option<serde_json::Value>,
    pub unit: Option<String>,
    pub qualifier: Option<&'static str>,
    pub subject: Option<Span>,
    pub change: Option<&'static str>,
    pub number: Span,
    /// What a price, quantity, count or frequency is per: `$90 a barrel` is 90 USD per
    /// `barrel`, `300,000 barrels a day` 300000 barrel per `day`, `twice a day` 2 per `day`.
    /// Omitted when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
}

/// A JSON number: an integer when the value is whole, rounded to 12 significant digits otherwise
/// (`2/3` is `0.666666666667`).
fn json_number(value: f64) -> Option<serde_json::Value> {
    if !value.is_finite() {
        return None;
    }
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        return Some(serde_json::Value::from(value as i64));
    }
    let rounded: f64 = format!("{value:.12e}").parse().unwrap_or(value);
    serde_json::Number::from_f64(rounded).map(serde_json::Value::Number)
}

/// The figures of `text`, in text order.
pub fn findings(text: &str) -> Result<Vec<Finding>, AnalyzeError> {
    let span = |start: usize, end: usize| {
        Span::new(text, start, end).map_err(|e| AnalyzeError::Failed(format!("figure span: {e}")))
    };
    scan::scan(text)
        .into_iter()
        .map(|f| {
            Ok(Finding {
                kind: f.kind,
                span: span(f.start, f.end)?,
                value: f.value.and_then(json_number),
                low: f.low.and_then(json_number),
                high: f.high.and_then(json_number),
                unit: f.unit,
                qualifier: f.qualifier,
                subject: f.subject.map(|(s, e)| span(s, e)).transpose()?,
                change: f.change,
                number: span(f.number.0, f.number.1)?,
                per: f.per,
            })
        })
        .collect()
}

/// A short human form of a number: `90 billion`, `2.5`, `0.667`.
fn show(value: &serde_json::Value) -> String {
    let Some(v) = value.as_f64() else {
        return value.to_string();
    };
    let (scaled, word) = if v.abs() >= 1e12 {
        (v / 1e12, " trillion")
    } else if v.abs() >= 1e9 {
        (v / 1e9, " billion")
    } else if v.abs() >= 1e6 {
        (v / 1e6, " million")
    } else {
        (v, "")
    };
    let mut s = format!("{scaled:.3}");
    while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
        s.pop();
    }
    format!("{s}{word}")
}

fn value_cell(f: &Finding) -> String {
    let core = match (&f.value, &f.low, &f.high) {
        (Some(v), _, _) => show(v),
        (None, Some(l), Some(h)) => format!("{}–{}", show(l), show(h)),
        _ => String::new(),
    };
    let mark = match f.qualifier {
        Some("approximate") => "≈ ",
        Some("at_least") => "≥ ",
        Some("at_most") => "≤ ",
        Some("more_than") => "> ",
        Some("less_than") => "< ",
        _ => "",
    };
    let change = match f.change {
        Some("up") => " (up)",
        Some("down") => " (down)",
        _ => "",
    };
    format!("{mark}{core}{change}")
}

/// The unit column: a price or a quantity shows what it is per (`USD per barrel`, `barrel per
/// day`), a count the period alone (`per week`); a rate unit (`kilometre per hour`) or a
/// frequency (`time per day`) carries it already.
fn unit_cell(f: &Finding) -> Option<String> {
    match (&f.unit, &f.per) {
        (Some(u), Some(p)) if !u.ends_with(&format!(" per {p}")) => Some(format!("{u} per {p}")),
        (None, Some(p)) if f.kind == "count" => Some(format!("per {p}")),
        (u, _) => u.clone(),
    }
}

impl Analyzer for Figures {
    fn info(&self) -> Info {
        Info::new(
            "figures",
            env!("CARGO_PKG_VERSION"),
            "Every number in the article: money, percentages, durations, counts and quantities, normalised",
        )
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        input.no_settings()?;
        let found = findings(&input.document.text)?;
        let rows: Vec<Vec<Cell>> = found
            .iter()
            .map(|f| {
                vec![
                    Cell::Span(f.span.clone()),
                    Cell::from(f.kind),
                    Cell::from(value_cell(f)),
                    Cell::from(unit_cell(f)),
                    Cell::from(f.subject.clone()),
                ]
            })
            .collect();
        let mut output = Output::new(&found)?;
        if !rows.is_empty() {
            output = output.block(Block::Table {
                title: Some("Figures".to_owned()),
                columns: ["Figure", "Kind", "Value", "Unit", "Subject"]
                    .map(str::to_owned)
                    .to_vec(),
                rows,
            });
        }
        Ok(output)
    }
}

analyze_sdk::export_analyzer!(Figures);

#[cfg(test)]
mod tests {
    use super::*;

    /// Speed check (release): `cargo test --release -p analyze-plugin-figures -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn timing() {
        let base = include_str!("../tests/fixtures/budget-and-markets.txt").to_owned()
            + include_str!("../tests/fixtures/conflict-and-aid.txt")
            + include_str!("../tests/fixtures/weather-and-energy.txt");
        let mut text = String::new();
        while text.len() < 5 * 1024 {
            text.push_str(&base);
        }
        text.truncate(text.floor_char_boundary_compat(5 * 1024));
        let _ = findings(&text);
        let runs = 500;
        let started = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..runs {
            n += findings(&text).map(|f| f.len()).unwrap_or(0);
        }
        let per = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!(
            "figures: {per:.1} µs per 5 KB ({} figures per run)",
            n / runs
        );
        let started = std::time::Instant::now();
        for _ in 0..runs {
            n += lexicon::Text::new(&text).atoms.len();
        }
        let per = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("atoms and lowercase: {per:.1} µs per 5 KB");
        let started = std::time::Instant::now();
        for _ in 0..runs {
            n += scan::scan(&text).len();
        }
        let per = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
        println!("scan: {per:.1} µs per 5 KB ({n})");
        // A plain news article (the shared example), repeated to 5 KB.
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/examples/zelenskyy-washington-talks.txt"
        );
        if let Ok(article) = std::fs::read_to_string(path) {
            let mut text = String::new();
            while text.len() < 5 * 1024 {
                text.push_str(&article);
                text.push('\n');
            }
            let started = std::time::Instant::now();
            for _ in 0..runs {
                n += findings(&text).map(|f| f.len()).unwrap_or(0);
            }
            let per = started.elapsed().as_secs_f64() * 1e6 / runs as f64;
            println!(
                "figures on the example article: {per:.1} µs per {} bytes ({n})",
                text.len()
            );
        }
    }

    trait FloorBoundary {
        fn floor_char_boundary_compat(&self, index: usize) -> usize;
    }

    impl FloorBoundary for String {
        fn floor_char_boundary_compat(&self, mut index: usize) -> usize {
            index = index.min(self.len());
            while !self.is_char_boundary(index) {
                index -= 1;
            }
            index
        }
    }
}
