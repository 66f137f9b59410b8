use serde::{Deserialize, Serialize};
use std::fmt;

/// A place in the document: byte offsets into the text exactly as it was read, `start`
/// inclusive, `end` exclusive, with the text it covers so a reader of the JSON needs no offsets
/// arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Why a span does not fit a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpanError {
    Reversed { start: usize, end: usize },
    OutOfBounds { end: usize, len: usize },
    NotCharBoundary { offset: usize },
    TextMismatch { start: usize, end: usize },
}

impl fmt::Display for SpanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpanError::Reversed { start, end } => {
                write!(f, "span {start}..{end} ends before it starts")
            }
            SpanError::OutOfBounds { end, len } => {
                write!(
                    f,
                    "span ends at byte {end}, past the end of the {len}-byte text"
                )
            }
            SpanError::NotCharBoundary { offset } => {
                write!(
                    f,
                    "span offset {offset} is not on a UTF-8 character boundary"
                )
            }
            SpanError::TextMismatch { start, end } => {
                write!(
                    f,
                    "span {start}..{end} carries text that differs from the document"
                )
            }
        }
    }
}

impl std::error::Error for SpanError {}

impl Span {
    /// The span `start..end` of `text`. Returns an error instead of panicking when the offsets
    /// do not fit, because offsets often come from arithmetic on input-dependent positions.
    pub fn new(text: &str, start: usize, end: usize) -> Result<Span, SpanError> {
        check_offsets(text, start, end)?;
        Ok(Span {
            start,
            end,
            text: text[start..end].to_owned(),
        })
    }

    /// Whether this span fits `text`: offsets in bounds, on character boundaries, and the
    /// carried text equal to the document's.
    pub fn check(&self, text: &str) -> Result<(), SpanError> {
        Span::check_parts(text, self.start, self.end, &self.text)
    }

    /// [`Span::check`] of the span `start..end` carrying `span_text`, for a checker that reads
    /// spans out of JSON without building them.
    pub fn check_parts(
        text: &str,
        start: usize,
        end: usize,
        span_text: &str,
    ) -> Result<(), SpanError> {
        check_offsets(text, start, end)?;
        if text[start..end] != *span_text {
            return Err(SpanError::TextMismatch { start, end });
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

fn check_offsets(text: &str, start: usize, end: usize) -> Result<(), SpanError> {
    if start > end {
        return Err(SpanError::Reversed { start, end });
    }
    if end > text.len() {
        return Err(SpanError::OutOfBounds {
            end,
            len: text.len(),
        });
    }
    for offset in [start, end] {
        if !text.is_char_boundary(offset) {
            return Err(SpanError::NotCharBoundary { offset });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_takes_the_covered_text() {
        let span = Span::new("Kyiv said “no”.", 5, 9).unwrap();
        assert_eq!(span.text, "said");
        assert!(span.check("Kyiv said “no”.").is_ok());
    }

    #[test]
    fn rejects_spans_that_do_not_fit() {
        let text = "“no”";
        assert_eq!(
            Span::new(text, 1, 2),
            Err(SpanError::NotCharBoundary { offset: 1 })
        );
        assert_eq!(
            Span::new(text, 2, 1),
            Err(SpanError::Reversed { start: 2, end: 1 })
        );
        assert_eq!(
            Span::new(text, 0, 99),
            Err(SpanError::OutOfBounds { end: 99, len: 8 })
        );
        let forged = Span {
            start: 3,
            end: 5,
            text: "yes".into(),
        };
        assert_eq!(
            forged.check(text),
            Err(SpanError::TextMismatch { start: 3, end: 5 })
        );
    }
}
