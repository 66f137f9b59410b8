//! The `timeline` plugin: time expressions resolved against the publication date, and the events ordered in time.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Timeline;

impl Analyzer for Timeline {
    fn info(&self) -> Info {
        Info::new("timeline", env!("CARGO_PKG_VERSION"), "Time expressions resolved against the publication date, and the events ordered in time").requires(&["actors"])
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&Vec::<serde_json::Value>::new())
    }
}

analyze_sdk::export_analyzer!(Timeline);
