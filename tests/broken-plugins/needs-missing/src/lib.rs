//! Broken on purpose: requires a plugin (`weather`) that is not installed.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct NeedsMissing;

impl Analyzer for NeedsMissing {
    fn info(&self) -> Info {
        Info::new(
            "needs-missing",
            "0.1.0",
            "Requires the findings of a plugin nobody installed (a test plugin)",
        )
        .requires(&["quotes", "weather"])
    }

    fn analyze(&self, _input: &Input) -> Result<Output, AnalyzeError> {
        Output::new(&serde_json::json!([]))
    }
}

analyze_sdk::export_analyzer!(NeedsMissing);
