use crate::text::{self, Sentence, Token};
use analyze_protocol::{DocumentData, Span, SpanError};
use jiff::civil::Date;
use std::ops::Range;
use std::sync::OnceLock;

/// One article: its text exactly as read and what is known about it. Segmentation is computed on
/// first use and kept, so every rule in a plugin shares one pass.
#[derive(Debug)]
pub struct Document {
    pub id: String,
    pub title: Option<String>,
    /// Publication date; relative dates resolve against it. `None` leaves them underspecified.
    pub date: Option<Date>,
    pub source: Option<String>,
    pub text: String,
    paragraphs: OnceLock<Vec<Range<usize>>>,
    sentences: OnceLock<Vec<Sentence>>,
    tokens: OnceLock<Vec<Token>>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("document {id}: publication date {value:?} is not a YYYY-MM-DD date")]
    BadDate { id: String, value: String },
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            title: None,
            date: None,
            source: None,
            text: text.into(),
            paragraphs: OnceLock::new(),
            sentences: OnceLock::new(),
            tokens: OnceLock::new(),
        }
    }

    pub fn with_date(mut self, date: Date) -> Document {
        self.date = Some(date);
        self
    }

    /// Builds a document from the wire form, checking its date.
    pub fn from_data(data: DocumentData) -> Result<Document, DocumentError> {
        let date = match &data.date {
            Some(value) => Some(parse_date(value).ok_or_else(|| DocumentError::BadDate {
                id: data.id.clone(),
                value: value.clone(),
            })?),
            None => None,
        };
        let mut document = Document::new(data.id, data.text);
        document.title = data.title;
        document.source = data.source;
        document.date = date;
        Ok(document)
    }

    /// The span `start..end` of the text.
    pub fn span(&self, start: usize, end: usize) -> Result<Span, SpanError> {
        Span::new(&self.text, start, end)
    }

    /// Paragraphs as byte ranges, blank lines between them excluded.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        self.paragraphs.get_or_init(|| text::paragraphs(&self.text))
    }

    /// Sentences in text order; headlines and paragraphs without a full stop are sentences too.
    pub fn sentences(&self) -> &[Sentence] {
        self.sentences.get_or_init(|| {
            text::sentences_in_paragraphs(&self.text, self.tokens(), self.paragraphs())
        })
    }

    /// Every token of the text in order.
    pub fn tokens(&self) -> &[Token] {
        self.tokens
            .get_or_init(|| text::tokens(&self.text, 0..self.text.len()))
    }

    /// The tokens inside `range` (a sentence, say), found by binary search.
    pub fn tokens_in(&self, range: Range<usize>) -> &[Token] {
        let tokens = self.tokens();
        let first = tokens.partition_point(|t| t.start < range.start);
        let last = tokens.partition_point(|t| t.end <= range.end);
        &tokens[first..last.max(first)]
    }

    /// The index of the sentence that holds byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let sentences = self.sentences();
        let index = sentences.partition_point(|s| s.end <= offset);
        (index < sentences.len() && sentences[index].start <= offset).then_some(index)
    }
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(value: &str) -> Option<Date> {
    if value.len() != 10 {
        return None;
    }
    value.parse::<Date>().ok()
}
