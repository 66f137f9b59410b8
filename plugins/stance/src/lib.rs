//! The `stance` plugin: who supports or opposes what, and how actors come across, with the words that show it.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Stance;

impl Analyzer for Stance {
    fn info(&self) -> Info {
        Info::new("stance", env!("CARGO_PKG_VERSION"), "Who supports or opposes what, and how actors come across, with the words that show it").requires(&["actors", "quotes"])
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<serde_json::Value>::new())
    }
}

analyze_sdk::export_analyzer!(Stance);
