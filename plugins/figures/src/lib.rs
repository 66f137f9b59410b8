//! The `figures` plugin: every number in the article: money, percentages, durations, counts and quantities, normalised.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Figures;

impl Analyzer for Figures {
    fn info(&self) -> Info {
        Info::new("figures", env!("CARGO_PKG_VERSION"), "Every number in the article: money, percentages, durations, counts and quantities, normalised")
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<serde_json::Value>::new())
    }
}

analyze_sdk::export_analyzer!(Figures);
