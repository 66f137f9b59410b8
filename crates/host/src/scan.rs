//! The span check of [`crate::validate`] as a hand-written scan of JSON text that is already
//! known to be valid (findings are a `RawValue`, which serde checked when the reply was read).
//! Going through serde's visitor machinery cost about 25 instructions per byte of findings, more
//! than a tenth of a whole run; this scan costs about 17 (callgrind, the joined fixtures).
//!
//! The rule is the one of the serde pass (`validate::fast`), which stays the reference: an object
//! with members `start`, `end` and a string `text` is a span if either offset is a number, and
//! then both must be byte offsets that fit the document and `text` must be what they cover (the
//! last of repeated members counts). Where the scan meets what it does not read itself (an
//! escaped key), it gives up and the serde pass decides.

use analyze_protocol::Span;

/// What the scan concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Every span fits.
    Fits,
    /// Some span does not fit (the caller finds out which, and why).
    Bad,
    /// The scan cannot tell; ask the serde pass.
    Unsure,
}

/// Checks the spans in `json`, which must be valid JSON.
pub(crate) fn check(text: &str, json: &str) -> Verdict {
    let mut scan = Scan {
        json: json.as_bytes(),
        source: json,
        text,
        at: 0,
        depth: 0,
    };
    match scan.value() {
        Ok(_) => Verdict::Fits,
        Err(stop) => stop,
    }
}

/// A member's value, as far as the span rule cares.
enum Value {
    Offset(usize),
    /// A number that is not a byte offset: negative, fractional, with an exponent, too large.
    OtherNumber,
    /// A string: the bytes between its quotes, and whether it has escapes.
    Str {
        start: usize,
        end: usize,
        escaped: bool,
    },
    Other,
}

struct Scan<'j, 't> {
    json: &'j [u8],
    source: &'j str,
    text: &'t str,
    at: usize,
    /// Lists and objects open around the position. serde reads raw findings of any depth
    /// without recursing, but this scan recurses: past serde's own limit for building values
    /// it gives up (and serde's visitor, which stops there too, decides).
    depth: usize,
}

/// The most lists and objects serde_json reads nested (its recursion limit of 128 counts down
/// to zero and fails there).
const MAX_DEPTH: usize = 127;

impl Scan<'_, '_> {
    fn peek(&self) -> Option<u8> {
        self.json.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `byte` (after white space) or gives up: valid JSON always has it here.
    fn expect(&mut self, byte: u8) -> Result<(), Verdict> {
        self.skip_space();
        if self.peek() != Some(byte) {
            return Err(Verdict::Unsure);
        }
        self.at += 1;
        Ok(())
    }

    /// One value at the current position, with any spans inside it checked.
    fn value(&mut self) -> Result<Value, Verdict> {
        self.skip_space();
        match self.peek() {
            Some(b'{' | b'[') if self.depth >= MAX_DEPTH => Err(Verdict::Unsure),
            Some(b'{') => {
                self.depth += 1;
                let checked = self.object();
                self.depth -= 1;
                checked.map(|()| Value::Other)
            }
            Some(b'[') => {
                self.depth += 1;
                let checked = self.array();
                self.depth -= 1;
                checked.map(|()| Value::Other)
            }
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => Ok(self.number()),
            Some(b't' | b'n') => {
                self.at += 4;
                Ok(Value::Other)
            }
            Some(b'f') => {
                self.at += 5;
                Ok(Value::Other)
            }
            _ => Err(Verdict::Unsure),
        }
    }

    fn array(&mut self) -> Result<(), Verdict> {
        self.at += 1; // [
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(Verdict::Unsure),
            }
        }
    }

    fn object(&mut self) -> Result<(), Verdict> {
        self.at += 1; // {
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(());
        }
        let (mut start, mut end, mut span_text) = (None, None, None);
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(Verdict::Unsure);
            }
            let Value::Str {
                start: key_start,
                end: key_end,
                escaped,
            } = self.string()?
            else {
                return Err(Verdict::Unsure);
            };
            if escaped {
                // `"st\u0061rt"` is `start` too; serde reads such keys.
                return Err(Verdict::Unsure);
            }
            self.expect(b':')?;
            let value = self.value()?;
            match &self.json[key_start..key_end] {
                b"start" => start = Some(value),
                b"end" => end = Some(value),
                b"text" => span_text = Some(value),
                _ => {}
            }
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                _ => return Err(Verdict::Unsure),
            }
        }
        let (
            Some(start),
            Some(end),
            Some(Value::Str {
                start: s,
                end: e,
                escaped,
            }),
        ) = (start, end, span_text)
        else {
            return Ok(());
        };
        match (start, end) {
            (Value::Offset(start), Value::Offset(end)) => {
                let fits = if escaped {
                    // Quotes included: the JSON string as it stands.
                    let quoted = self.source.get(s - 1..e + 1).ok_or(Verdict::Unsure)?;
                    let unescaped: String =
                        serde_json::from_str(quoted).map_err(|_| Verdict::Unsure)?;
                    Span::check_parts(self.text, start, end, &unescaped)
                } else {
                    let raw = self.source.get(s..e).ok_or(Verdict::Unsure)?;
                    Span::check_parts(self.text, start, end, raw)
                };
                fits.map_err(|_| Verdict::Bad)
            }
            (Value::Offset(_) | Value::OtherNumber, _)
            | (_, Value::Offset(_) | Value::OtherNumber) => Err(Verdict::Bad),
            _ => Ok(()),
        }
    }

    /// A string at the opening quote; the position ends after the closing one.
    fn string(&mut self) -> Result<Value, Verdict> {
        self.at += 1; // "
        let start = self.at;
        let mut escaped = false;
        loop {
            let rest = self.json.get(self.at..).ok_or(Verdict::Unsure)?;
            let Some(offset) = rest.iter().position(|&b| b == b'"' || b == b'\\') else {
                return Err(Verdict::Unsure);
            };
            self.at += offset;
            if self.json[self.at] == b'"' {
                let end = self.at;
                self.at += 1;
                return Ok(Value::Str {
                    start,
                    end,
                    escaped,
                });
            }
            // A backslash and the character it escapes (`\"` must not end the string).
            escaped = true;
            self.at += 2;
        }
    }

    /// A number, classified as serde_json reads it: a plain run of digits is an unsigned integer
    /// (a float when it overflows `u64`); a sign, a fraction or an exponent make it signed or a
    /// float, never a byte offset (`-0` is the float -0.0).
    fn number(&mut self) -> Value {
        let start = self.at;
        while matches!(
            self.peek(),
            Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
        ) {
            self.at += 1;
        }
        let digits = &self.json[start..self.at];
        if !digits.iter().all(u8::is_ascii_digit) {
            return Value::OtherNumber;
        }
        let mut n: u64 = 0;
        for &d in digits {
            let Some(next) = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(d - b'0')))
            else {
                return Value::OtherNumber;
            };
            n = next;
        }
        usize::try_from(n).map_or(Value::OtherNumber, Value::Offset)
    }
}
