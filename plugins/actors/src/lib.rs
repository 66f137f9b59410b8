//! The `actors` plugin: people, organisations, countries and groups the article names, under
//! every name it uses for them.
//!
//! Everything is offline and rule-based, over the word lists in `data/`:
//! 1. [`scan`] walks the tokens once and finds candidate mentions: names with their titles in
//!    any position ("German Chancellor Friedrich Merz", "Emmanuel Macron, the French
//!    president,"), title-only references ("the chancellor"), unnamed sources ("a Kremlin
//!    official"), groups ("European leaders"), countries with their capitals, seats of power and
//!    demonyms, organisations, and pronouns.
//! 2. [`resolve`] joins them into actors: full names merge on first and last name, a bare
//!    surname goes to the most salient bearer, a title to the latest holder, a pronoun to the
//!    subject or only compatible actor nearby (by gender, recency and grammatical role).

mod lexicon;
mod resolve;
mod scan;

use analyze_sdk::prelude::*;

pub use resolve::slug;

#[derive(Default)]
pub struct Actors;

impl Actors {
    /// The actors of a document, ordered by first mention.
    pub fn actors(document: &Document) -> Vec<Actor> {
        let lower = document.text.to_ascii_lowercase();
        let toks = scan::prepare(document, &lower);
        let mut raws = scan::Scanner::new(&document.text, &toks).run();
        raws.sort_by_key(|r| (r.start, r.end));
        let mut resolver = resolve::Resolver::new(&toks);
        resolver.run(raws);
        resolver.actors(&document.text)
    }
}

impl Analyzer for Actors {
    fn info(&self) -> Info {
        Info::new(
            "actors",
            env!("CARGO_PKG_VERSION"),
            "People, organisations, countries and groups the article names, under every name it uses for them",
        )
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        input.no_settings()?;
        let actors = Actors::actors(input.document);
        let rows = actors
            .iter()
            .map(|a| {
                vec![
                    Cell::from(a.name.as_str()),
                    Cell::from(a.kind.as_str()),
                    Cell::from(a.roles.join("; ")),
                    Cell::from(a.mentions.len() as f64),
                ]
            })
            .collect();
        let table = Block::Table {
            title: None,
            columns: vec![
                "Actor".into(),
                "Kind".into(),
                "Roles".into(),
                "Mentions".into(),
            ],
            rows,
        };
        Ok(Output::new(&actors)?.block(table))
    }
}

analyze_sdk::export_analyzer!(Actors);

#[cfg(test)]
mod tests;
