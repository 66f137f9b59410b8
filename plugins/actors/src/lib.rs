//! The `actors` plugin: people, organisations, countries and groups the article names, under every name it uses for them.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Actors;

impl Analyzer for Actors {
    fn info(&self) -> Info {
        Info::new("actors", env!("CARGO_PKG_VERSION"), "People, organisations, countries and groups the article names, under every name it uses for them")
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<serde_json::Value>::new())
    }
}

analyze_sdk::export_analyzer!(Actors);
