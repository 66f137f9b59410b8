//! Broken on purpose: loops forever on documents that contain the word "forever" (as a
//! pathological input can send a parser round in circles), allocating and freeing as it goes,
//! and answers at once on the others. The host's time limit (`--timeout`) must give up on it,
//! go on with the other plugins and documents, and exit without waiting for the loop.

use analyze_sdk::prelude::*;

#[derive(Default)]
pub struct Hangs;

impl Analyzer for Hangs {
    fn info(&self) -> Info {
        Info::new(
            "hangs",
            "0.1.0",
            "Loops forever on documents with the word \"forever\" (a test plugin)",
        )
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        let text = &input.document.text;
        if text.contains("forever") {
            let mut rounds: u64 = 0;
            loop {
                let scratch = std::hint::black_box(format!("{rounds}"));
                rounds = rounds.wrapping_add(scratch.len() as u64);
            }
        }
        Output::new(&serde_json::json!({"bytes": text.len()}))
    }
}

analyze_sdk::export_analyzer!(Hangs);
