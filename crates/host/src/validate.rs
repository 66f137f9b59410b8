use crate::error::CallError;
use analyze_protocol::{Block, Span};
use serde_json::Value;

/// Checks every span in a plugin's findings and presentation against the document text. A span
/// is any JSON object with numeric `start` and `end` and a string `text`; the spec makes every
/// place in the text look like that, so the check needs no knowledge of the plugin's types.
pub fn check_spans(
    text: &str,
    findings: &Value,
    presentation: &[Block],
) -> Result<(), CallError> {
    walk(text, findings, &mut String::from("findings"))?;
    let presentation = serde_json::to_value(presentation)
        .map_err(|e| CallError::Malformed(format!("presentation: {e}")))?;
    walk(text, &presentation, &mut String::from("presentation"))
}

fn walk(text: &str, value: &Value, at: &mut String) -> Result<(), CallError> {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end), Some(Value::String(span_text))) =
                (map.get("start"), map.get("end"), map.get("text"))
            {
                if start.is_number() || end.is_number() {
                    let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) else {
                        return Err(CallError::BadSpan {
                            at: at.clone(),
                            message: "offsets are not byte positions".into(),
                        });
                    };
                    let span = Span {
                        start: start as usize,
                        end: end as usize,
                        text: span_text.clone(),
                    };
                    span.check(text).map_err(|e| CallError::BadSpan {
                        at: at.clone(),
                        message: e.to_string(),
                    })?;
                }
            }
            for (key, child) in map {
                let len = at.len();
                at.push('.');
                at.push_str(key);
                walk(text, child, at)?;
                at.truncate(len);
            }
            Ok(())
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("[{index}]"));
                walk(text, child, at)?;
                at.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_bad_spans_anywhere() {
        let text = "Merz said “no”.";
        let good = json!([{"content": [{"start": 0, "end": 4, "text": "Merz"}]}]);
        assert_eq!(check_spans(text, &good, &[]), Ok(()));
        let outside = json!([{"content": [{"start": 10, "end": 99, "text": "x"}]}]);
        let err = check_spans(text, &outside, &[]).unwrap_err();
        assert!(err.to_string().contains("findings[0].content[0]"), "{err}");
        let split_char = json!({"cue": {"start": 11, "end": 12, "text": "x"}});
        assert!(matches!(
            check_spans(text, &split_char, &[]),
            Err(CallError::BadSpan { .. })
        ));
        let forged = json!({"cue": {"start": 5, "end": 9, "text": "told"}});
        assert!(matches!(
            check_spans(text, &forged, &[]),
            Err(CallError::BadSpan { .. })
        ));
    }
}
