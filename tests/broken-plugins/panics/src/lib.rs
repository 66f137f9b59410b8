//! Broken on purpose: a classic `unwrap` on an input-dependent value, so it panics on every
//! document without a curly opening quotation mark and works on the others. The SDK catches the
//! panic and the host reports it; the other plugins and documents go on.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Panics;

impl Analyzer for Panics {
    fn info(&self) -> Info {
        Info::new(
            "panics",
            "0.1.0",
            "Panics on documents without a “ (a test plugin)",
        )
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        let text = &input.document.text;
        let first_quote = text.find('“').unwrap();
        Output::new(&serde_json::json!({"first_quote_at": first_quote}))
    }
}

analyze_sdk::export_analyzer!(Panics);
