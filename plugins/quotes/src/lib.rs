//! The `quotes` plugin: who said what, to whom: direct, mixed and reported speech with speaker, cue and addressee.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Quotes;

impl Analyzer for Quotes {
    fn info(&self) -> Info {
        Info::new("quotes", env!("CARGO_PKG_VERSION"), "Who said what, to whom: direct, mixed and reported speech with speaker, cue and addressee").requires(&["actors"])
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<serde_json::Value>::new())
    }
}

analyze_sdk::export_analyzer!(Quotes);
