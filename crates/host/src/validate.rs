use crate::error::CallError;
use crate::scan::Verdict;
use analyze_protocol::{Block, Cell, Findings, Span};
use serde_json::Value;

/// Checks every span in a plugin's findings and presentation against the document text. In the
/// findings a span is any JSON object with numeric `start` and `end` and a string `text`; the spec
/// makes every place in the text look like that, so the check needs no knowledge of the
/// plugin's types. The message names where the bad span sits (`findings[3].content[0]`).
pub fn check_spans(
    text: &str,
    findings: &Findings,
    presentation: &[Block],
) -> Result<(), CallError> {
    // The fast pass reads the JSON text without building it (a scan of its own, or serde's
    // visitor where the scan is unsure); only when it finds a bad span does the slow pass build
    // the tree to say where the span sits.
    let fits = match crate::scan::check(text, findings.json()) {
        Verdict::Fits => true,
        Verdict::Bad => false,
        Verdict::Unsure => {
            let mut reader = serde_json::Deserializer::from_str(findings.json());
            serde::de::DeserializeSeed::deserialize(fast::Check { text }, &mut reader).is_ok()
        }
    };
    if !fits {
        // Findings too deeply nested to be read as a tree cannot have their spans checked, so
        // they are refused rather than passed on unchecked.
        let value: Value = findings.parse().map_err(|e| CallError::BadSpan {
            at: "findings".to_owned(),
            message: format!("the findings cannot be read to check their spans: {e}"),
        })?;
        let mut path = Vec::new();
        walk(text, &value, &mut path).map_err(|message| CallError::BadSpan {
            at: format!("findings{}", render_path(&path)),
            message,
        })?;
    }
    for (index, block) in presentation.iter().enumerate() {
        for (at, span) in block_spans(block) {
            span.check(text).map_err(|e| CallError::BadSpan {
                at: format!("presentation[{index}]{at}"),
                message: e.to_string(),
            })?;
        }
    }
    Ok(())
}

/// The span check as a serde visitor over the JSON text: no tree, no allocation but a span's
/// text. Fails on the first bad span without saying where.
mod fast {
    use analyze_protocol::Span;
    use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
    use std::borrow::Cow;
    use std::fmt;

    #[derive(Clone, Copy)]
    pub(super) struct Check<'t> {
        pub(super) text: &'t str,
    }

    impl<'de> DeserializeSeed<'de> for Check<'_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Check<'_> {
        type Value = ();

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("JSON findings")
        }

        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element_seed(self)?.is_some() {}
            Ok(())
        }

        /// The same rule as the slow pass: an object with `start`, `end` and a string `text`
        /// where either offset is a number is a span, and both offsets must be byte positions.
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let (mut start, mut end, mut span_text) = (None, None, None);
            while let Some(key) = map.next_key_seed(KeySeed)? {
                let member = map.next_value_seed(Member {
                    check: self,
                    keep_text: matches!(key, Key::Text),
                })?;
                match key {
                    Key::Start => start = Some(member),
                    Key::End => end = Some(member),
                    Key::Text => span_text = Some(member),
                    Key::Other => {}
                }
            }
            let (Some(start), Some(end), Some(Scalar::Text(span_text))) = (start, end, span_text)
            else {
                return Ok(());
            };
            match (start, end) {
                (Scalar::Offset(start), Scalar::Offset(end)) => {
                    Span::check_parts(self.text, start, end, &span_text).map_err(de::Error::custom)
                }
                (Scalar::Offset(_) | Scalar::OtherNumber, _)
                | (_, Scalar::Offset(_) | Scalar::OtherNumber) => {
                    Err(de::Error::custom("offsets are not byte positions"))
                }
                _ => Ok(()),
            }
        }
    }

    enum Key {
        Start,
        End,
        Text,
        Other,
    }

    struct KeySeed;

    impl<'de> DeserializeSeed<'de> for KeySeed {
        type Value = Key;
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
            d.deserialize_str(self)
        }
    }

    impl Visitor<'_> for KeySeed {
        type Value = Key;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a key")
        }
        fn visit_str<E>(self, key: &str) -> Result<Key, E> {
            Ok(match key {
                "start" => Key::Start,
                "end" => Key::End,
                "text" => Key::Text,
                _ => Key::Other,
            })
        }
    }

    /// A member's value: kept when it may be part of a span, checked inside when it is a
    /// container.
    enum Scalar<'de> {
        Offset(usize),
        /// A number that is not a byte offset (negative, fractional).
        OtherNumber,
        /// The string of a `text` member: borrowed from the JSON unless it has escapes.
        Text(Cow<'de, str>),
        Other,
    }

    struct Member<'t> {
        check: Check<'t>,
        /// The member is `text`, whose string a span needs; any other string is not kept (a
        /// copy of every string in the findings cost more than the rest of the check).
        keep_text: bool,
    }

    impl<'de> DeserializeSeed<'de> for Member<'_> {
        type Value = Scalar<'de>;
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Scalar<'de>, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Member<'_> {
        type Value = Scalar<'de>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a JSON value")
        }
        fn visit_u64<E>(self, n: u64) -> Result<Scalar<'de>, E> {
            Ok(usize::try_from(n).map_or(Scalar::OtherNumber, Scalar::Offset))
        }
        fn visit_i64<E>(self, n: i64) -> Result<Scalar<'de>, E> {
            Ok(usize::try_from(n).map_or(Scalar::OtherNumber, Scalar::Offset))
        }
        fn visit_f64<E>(self, _: f64) -> Result<Scalar<'de>, E> {
            Ok(Scalar::OtherNumber)
        }
        fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Scalar<'de>, E> {
            Ok(match self.keep_text {
                true => Scalar::Text(Cow::Borrowed(text)),
                false => Scalar::Other,
            })
        }
        fn visit_str<E>(self, text: &str) -> Result<Scalar<'de>, E> {
            Ok(match self.keep_text {
                true => Scalar::Text(Cow::Owned(text.to_owned())),
                false => Scalar::Other,
            })
        }
        fn visit_bool<E>(self, _: bool) -> Result<Scalar<'de>, E> {
            Ok(Scalar::Other)
        }
        fn visit_unit<E>(self) -> Result<Scalar<'de>, E> {
            Ok(Scalar::Other)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar<'de>, A::Error> {
            self.check.visit_seq(seq).map(|()| Scalar::Other)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Scalar<'de>, A::Error> {
            self.check.visit_map(map).map(|()| Scalar::Other)
        }
    }
}

/// One step into a JSON value.
enum Step<'v> {
    Key(&'v str),
    Index(usize),
}

/// Walks `value`; on a bad span, `path` is left pointing at it.
fn walk<'v>(text: &str, value: &'v Value, path: &mut Vec<Step<'v>>) -> Result<(), String> {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end), Some(Value::String(span_text))) =
                (map.get("start"), map.get("end"), map.get("text"))
            {
                if start.is_number() || end.is_number() {
                    let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) else {
                        return Err("offsets are not byte positions".into());
                    };
                    let span = Span {
                        start: usize::try_from(start).unwrap_or(usize::MAX),
                        end: usize::try_from(end).unwrap_or(usize::MAX),
                        text: span_text.clone(),
                    };
                    span.check(text).map_err(|e| e.to_string())?;
                }
            }
            for (key, child) in map {
                path.push(Step::Key(key));
                walk(text, child, path)?;
                path.pop();
            }
            Ok(())
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Step::Index(index));
                walk(text, child, path)?;
                path.pop();
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn render_path(path: &[Step]) -> String {
    path.iter()
        .map(|step| match step {
            Step::Key(key) => format!(".{key}"),
            Step::Index(index) => format!("[{index}]"),
        })
        .collect()
}

/// Every span a presentation block quotes, with where it sits in the block.
fn block_spans(block: &Block) -> impl Iterator<Item = (BlockPlace, &Span)> {
    let spans: Box<dyn Iterator<Item = (BlockPlace, &Span)>> = match block {
        Block::Text { .. } => Box::new(std::iter::empty()),
        Block::Table { rows, .. } => Box::new(rows.iter().enumerate().flat_map(|(r, row)| {
            row.iter()
                .enumerate()
                .filter_map(move |(c, cell)| cell_span(cell).map(|s| (BlockPlace::Cell(r, c), s)))
        })),
        Block::List { items, .. } => Box::new(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, cell)| cell_span(cell).map(|s| (BlockPlace::Item(i), s))),
        ),
        Block::Timeline { items, .. } => {
            Box::new(items.iter().enumerate().filter_map(|(i, item)| {
                item.evidence.as_ref().map(|s| (BlockPlace::Evidence(i), s))
            }))
        }
        Block::Highlights { items, .. } => Box::new(
            items
                .iter()
                .enumerate()
                .map(|(i, h)| (BlockPlace::Highlight(i), &h.span)),
        ),
    };
    spans
}

fn cell_span(cell: &Cell) -> Option<&Span> {
    match cell {
        Cell::Span(span) => Some(span),
        _ => None,
    }
}

/// Where a span sits inside a presentation block, printed only in messages.
enum BlockPlace {
    Cell(usize, usize),
    Item(usize),
    Evidence(usize),
    Highlight(usize),
}

impl std::fmt::Display for BlockPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlockPlace::Cell(row, column) => write!(f, ".rows[{row}][{column}]"),
            BlockPlace::Item(index) => write!(f, ".items[{index}]"),
            BlockPlace::Evidence(index) => write!(f, ".items[{index}].evidence"),
            BlockPlace::Highlight(index) => write!(f, ".items[{index}].span"),
        }
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
        assert_eq!(check_spans(text, &Findings::from_value(&good), &[]), Ok(()));
        let outside = json!([{"content": [{"start": 10, "end": 99, "text": "x"}]}]);
        let err = check_spans(text, &Findings::from_value(&outside), &[]).unwrap_err();
        assert!(err.to_string().contains("findings[0].content[0]"), "{err}");
        let split_char = json!({"cue": {"start": 11, "end": 12, "text": "x"}});
        let bad_cell = Block::List {
            title: None,
            items: vec![Cell::Span(Span {
                start: 0,
                end: 4,
                text: "Putin".into(),
            })],
        };
        let err = check_spans(
            text,
            &Findings::from_value(&json!([])),
            &[Block::Text { text: "ok".into() }, bad_cell],
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("presentation[1].items[0]"),
            "{err}"
        );
        assert!(matches!(
            check_spans(text, &Findings::from_value(&split_char), &[]),
            Err(CallError::BadSpan { .. })
        ));
        let forged = json!({"cue": {"start": 5, "end": 9, "text": "told"}});
        assert!(matches!(
            check_spans(text, &Findings::from_value(&forged), &[]),
            Err(CallError::BadSpan { .. })
        ));
    }

    /// Random JSON in the shape of findings: nested lists and objects whose members are often
    /// `start`, `end` and `text`, with offsets and texts that fit the document or nearly do,
    /// numbers of every form serde reads differently, escapes and white space.
    /// A number below `n` from a xorshift64* generator.
    fn rnd(seed: &mut u64, n: u64) -> u64 {
        *seed ^= *seed >> 12;
        *seed ^= *seed << 25;
        *seed ^= *seed >> 27;
        (seed.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n
    }

    fn random_findings(seed: &mut u64, text: &str, depth: usize, out: &mut String) {
        let space = [" ", "", "\n ", "\t"][rnd(seed, 4) as usize];
        out.push_str(space);
        match if depth > 3 {
            2 + rnd(seed, 3)
        } else {
            rnd(seed, 5)
        } {
            0 => {
                out.push('[');
                for i in 0..rnd(seed, 4) {
                    if i > 0 {
                        out.push(',');
                    }
                    random_findings(seed, text, depth + 1, out);
                }
                out.push(']');
            }
            1 => {
                out.push('{');
                let members = rnd(seed, 5);
                for i in 0..members {
                    if i > 0 {
                        out.push(',');
                    }
                    let key = ["start", "end", "text", "label", "st\\u0061rt", "content"]
                        [rnd(seed, 6) as usize];
                    out.push_str(&format!("\"{key}\"{space}:"));
                    match key {
                        "start" | "end" => out.push_str(
                            &[
                                (rnd(seed, 40)).to_string(),
                                "-0".into(),
                                "4.0".into(),
                                "1e1".into(),
                                "-3".into(),
                                "18446744073709551616".into(),
                                "\"4\"".into(),
                                "null".into(),
                            ]
                                [rnd(seed, 8) as usize % if rnd(seed, 3) == 0 { 8 } else { 1 }],
                        ),
                        "text" => {
                            let (a, b) = (rnd(seed, 40) as usize, rnd(seed, 40) as usize);
                            let (a, b) = (a.min(b), a.max(b));
                            let piece = text.get(a..b).unwrap_or("x");
                            let mut quoted = serde_json::to_string(piece).unwrap();
                            if rnd(seed, 4) == 0 {
                                quoted = quoted.replace('o', "\\u006f");
                            }
                            if rnd(seed, 6) == 0 {
                                quoted = "7".into();
                            }
                            out.push_str(&quoted);
                        }
                        _ => random_findings(seed, text, depth + 1, out),
                    }
                }
                out.push('}');
            }
            2 => out.push_str([r#""a \"b\" \\""#, r#""""#, r#""é—""#][rnd(seed, 3) as usize]),
            3 => {
                out.push_str(["true", "false", "null", "-1.5e-3", "0", "12"][rnd(seed, 6) as usize])
            }
            _ => {
                // A span that fits, or ends a byte late.
                let (a, b) = (rnd(seed, 30) as usize, rnd(seed, 30) as usize);
                let (a, b) = (a.min(b), a.max(b));
                let end = b + usize::from(rnd(seed, 3) == 0);
                if let Some(piece) = text.get(a..b) {
                    out.push_str(&format!(
                        r#"{{"start": {a}, "end": {end}, "text": {}}}"#,
                        serde_json::to_string(piece).unwrap()
                    ));
                } else {
                    out.push_str("{}");
                }
            }
        }
        out.push_str(space);
    }

    #[test]
    fn the_scan_agrees_with_the_serde_pass() {
        let text = "Merz said \"no\" to “Putin” — oh, no.\nThe end\\.";
        let mut seed = 0x9e37_79b9_7f4a_7c15;
        let (mut fits, mut bad, mut unsure) = (0, 0, 0);
        for _ in 0..20_000 {
            let mut json = String::new();
            random_findings(&mut seed, text, 0, &mut json);
            let findings: Findings = serde_json::from_str(&json).unwrap();
            let mut reader = serde_json::Deserializer::from_str(findings.json());
            let serde_fits =
                serde::de::DeserializeSeed::deserialize(fast::Check { text }, &mut reader).is_ok();
            match crate::scan::check(text, findings.json()) {
                Verdict::Fits => {
                    fits += 1;
                    assert!(serde_fits, "{json}");
                }
                Verdict::Bad => {
                    bad += 1;
                    assert!(!serde_fits, "{json}");
                }
                Verdict::Unsure => unsure += 1,
            }
        }
        // The cases must exercise every verdict, or the test proves little.
        assert!(
            fits > 1000 && bad > 1000 && unsure > 100,
            "{fits} {bad} {unsure}"
        );
    }

    #[test]
    fn findings_nested_deeper_than_serde_reads_are_refused() {
        // A reply's findings are read raw at any depth; the checks must not recurse without
        // bound, and findings deeper than serde reads (128) are refused, since their spans
        // cannot be checked.
        let depth = 200_000;
        let deep: Findings =
            serde_json::from_str(&format!("{}{}", "[".repeat(depth), "]".repeat(depth))).unwrap();
        assert_eq!(crate::scan::check("text", deep.json()), Verdict::Unsure);
        assert!(matches!(
            check_spans("text", &deep, &[]),
            Err(CallError::BadSpan { at, .. }) if at == "findings"
        ));
        // A bad span as deep as serde reads is found; one level deeper, serde decides.
        let nested = |lists: usize| -> Findings {
            let span = r#"{"start": 0, "end": 9, "text": "x"}"#;
            let json = format!("{}{span}{}", "[".repeat(lists), "]".repeat(lists));
            serde_json::from_str(&json).unwrap()
        };
        assert_eq!(crate::scan::check("text", nested(126).json()), Verdict::Bad);
        assert_eq!(
            crate::scan::check("text", nested(127).json()),
            Verdict::Unsure
        );
        for lists in [126, 127] {
            let findings = nested(lists);
            let mut reader = serde_json::Deserializer::from_str(findings.json());
            let serde_fits =
                serde::de::DeserializeSeed::deserialize(fast::Check { text: "text" }, &mut reader)
                    .is_ok();
            assert!(!serde_fits, "{lists}");
        }
    }

    #[test]
    fn fast_and_slow_passes_agree() {
        let text = "Merz said \"no\" on Monday.\nPutin—silent.";
        let cases = [
            json!({"when": {"start": "2025-08-18", "end": null, "text": "Monday"}}),
            json!({"span": {"start": 10, "end": 14, "text": "\"no\""}}),
            json!({"span": {"start": -1, "end": 4, "text": "Merz"}}),
            json!({"span": {"start": 0.5, "end": 4, "text": "Merz"}}),
            json!({"span": {"start": 0, "end": "4", "text": "Merz"}}),
            json!({"span": {"start": 0, "end": 4}}),
            json!({"span": {"start": 0, "end": 4, "text": 7}}),
            json!([{"start": 0, "end": 4, "text": "Merz", "inner": [{"start": 33, "end": 36, "text": "—"}]}]),
            json!([{"start": 0, "end": 4, "text": "Merz", "inner": [{"start": 33, "end": 34, "text": "—"}]}]),
            json!({"nested": [[{"start": 27, "end": 32, "text": "Putin"}]], "n": 1.5, "b": true}),
            // Escaped span text (read into an owned string) that differs from the document.
            json!({"span": {"start": 10, "end": 14, "text": "\"nO\""}}),
            json!({"span": {"start": "a", "end": 4, "text": "Merz"}}),
            json!({"span": {"start": "a", "end": "b", "text": "Merz"}}),
            json!({"span": {"label": "x\ny", "start": 0, "end": 4, "text": "Merz", "note": "\"q\""}}),
        ];
        for case in cases {
            let findings = Findings::from_value(&case);
            let mut reader = serde_json::Deserializer::from_str(findings.json());
            let fast =
                serde::de::DeserializeSeed::deserialize(fast::Check { text }, &mut reader).is_ok();
            let slow = walk(text, &case, &mut Vec::new()).is_ok();
            assert_eq!(fast, slow, "{case}");
        }
    }
}
