//! Broken on purpose: returns spans that do not fit the document. The host must reject the
//! whole reply instead of rendering it. `[settings.bad-spans] mode` picks the fault:
//! `outside` (default: past the end of the text), `split` (inside a multi-byte character,
//! in the presentation) or `forged` (offsets fine, text different).

use analyze_sdk::prelude::*;
use serde::Deserialize;
use serde_json::json;

#[derive(Default)]
pub struct BadSpans;

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    mode: Option<String>,
}

impl Analyzer for BadSpans {
    fn info(&self) -> Info {
        Info::new(
            "bad-spans",
            "0.1.0",
            "Returns spans that do not fit the text (a test plugin)",
        )
    }

    fn analyze(&self, input: &Input) -> Result<Output, AnalyzeError> {
        let settings: Settings = input.settings()?;
        let text = &input.document.text;
        let len = text.len();
        match settings.mode.as_deref().unwrap_or("outside") {
            "outside" => Output::new(
                &json!([{"span": {"start": len, "end": len + 12, "text": "PAST THE END"}}]),
            )
            .map(|o| {
                o.block(Block::Text {
                    text: "SHOULD NOT BE RENDERED".into(),
                })
            }),
            "split" => {
                // One byte into the first multi-byte character.
                let inside = text
                    .char_indices()
                    .find(|(_, c)| c.len_utf8() > 1)
                    .map_or(0, |(at, _)| at + 1);
                let span = Span {
                    start: 0,
                    end: inside,
                    text: "SPLIT".into(),
                };
                Output::new(&json!([])).map(|o| {
                    o.block(Block::Highlights {
                        title: None,
                        items: vec![Highlight {
                            span,
                            label: "SHOULD NOT BE RENDERED".into(),
                        }],
                    })
                })
            }
            "forged" => {
                Output::new(&json!({"cue": {"start": 0, "end": 4.min(len), "text": "FORGED"}}))
            }
            other => Err(AnalyzeError::Settings(format!("unknown mode {other:?}"))),
        }
    }
}

analyze_sdk::export_analyzer!(BadSpans);
