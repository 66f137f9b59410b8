//! Quotation marks: which marks open and close quotes, paired across a paragraph, and quotes
//! that run over several paragraphs.

use analyze_sdk::prelude::*;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark between two words: closes if one of its family is open, else opens.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    role: Role,
    family: Family,
    /// Tokens the mark covers (two for `''`).
    width: usize,
}

/// A top-level quotation: its marks and the words between them.
#[derive(Debug, Clone)]
pub struct Region {
    /// Token index of the first opening mark.
    pub open_tok: usize,
    /// Token index of the last token of the closing mark (or of the paragraph, never for a
    /// region we keep: unclosed quotes are dropped).
    pub close_tok: usize,
    /// Byte ranges of the quoted words, one per paragraph, without the marks.
    pub pieces: Vec<Range<usize>>,
    /// Byte range from the opening mark to the closing mark.
    pub extent: Range<usize>,
}

/// Whether `c` is a quotation mark.
pub fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‹' | '›'
    )
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        is_space(p)
            || matches!(
                p,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '«' | '„' | '"' | '\''
            )
    })
}

fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        is_space(n)
            || matches!(
                n,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '…'
                    | '”'
                    | '’'
                    | '"'
                    | '\''
                    | '»'
            )
    })
}

fn classify(text: &str, tokens: &[Token], i: usize) -> Option<Mark> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Quote {
        return None;
    }
    let c = text.get(token.start..token.end)?.chars().next()?;
    let prev = text.get(..token.start)?.chars().next_back();
    let next_tok_adjacent = tokens.get(i + 1).filter(|t| {
        t.start == token.end && t.kind == TokenKind::Quote && text.get(t.start..t.end) == Some("'")
    });
    let mark = |role, family| {
        Some(Mark {
            role,
            family,
            width: 1,
        })
    };
    match c {
        // Curly marks the wrong way round (`unusual,“ said`, `” Yes`) are read by position.
        '“' | '”' => {
            let next = text.get(token.end..)?.chars().next();
            let open_side = opens_after(prev) && !next.is_none_or(is_space);
            let close_side = !prev.is_none_or(is_space) && closes_before(next);
            match (c, open_side, close_side) {
                ('“', false, true) | ('”', false, true) => mark(Role::Close, Family::Double),
                ('”', true, false) | ('“', _, _) => mark(Role::Open, Family::Double),
                _ => mark(Role::Close, Family::Double),
            }
        }
        '„' | '«' => mark(Role::Open, Family::Double),
        '»' => mark(Role::Close, Family::Double),
        '‹' => mark(Role::Open, Family::Single),
        '›' => mark(Role::Close, Family::Single),
        '\'' if next_tok_adjacent.is_some() => {
            // `''` as two apostrophes for a double mark, as some newspapers print.
            let end = next_tok_adjacent.map_or(token.end, |t| t.end);
            let after = text.get(end..)?.chars().next();
            let role = if opens_after(prev) && !after.is_none_or(is_space) {
                Role::Open
            } else if closes_before(after) {
                Role::Close
            } else {
                Role::Either
            };
            Some(Mark {
                role,
                family: Family::Double,
                width: 2,
            })
        }
        '"' => {
            let next = text.get(token.end..)?.chars().next();
            if prev.is_some_and(|p| p.is_ascii_digit()) && is_prime(text, token.start) {
                return None;
            }
            if opens_after(prev) && !next.is_none_or(is_space) {
                mark(Role::Open, Family::Double)
            } else if closes_before(next) && !prev.is_none_or(is_space) {
                mark(Role::Close, Family::Double)
            } else if prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)
            {
                mark(Role::Either, Family::Double)
            } else {
                None
            }
        }
        '\'' | '‘' | '’' => {
            let next = text.get(token.end..)?.chars().next();
            let prev_alnum = prev.is_some_and(char::is_alphanumeric);
            let next_alnum = next.is_some_and(char::is_alphanumeric);
            if (prev_alnum && next_alnum)
                || prev.is_some_and(|p| p.is_ascii_digit())
                || next.is_some_and(|n| n.is_ascii_digit())
            {
                return None; // don't, 5'11, '90s
            }
            if c != '’' && opens_after(prev) && next.is_some_and(char::is_alphabetic) {
                if is_elision(text, token.end) {
                    return None;
                }
                return mark(Role::Open, Family::Single);
            }
            if c != '‘' && !prev.is_none_or(is_space) && closes_before(next) {
                return mark(Role::Close, Family::Single);
            }
            None
        }
        _ => None,
    }
}

/// `5'11"`: a double prime after feet and inches.
fn is_prime(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit());
    digits.ends_with('\'') && digits[..digits.len() - 1].ends_with(|c: char| c.is_ascii_digit())
}

/// `'em`, `'til`, `'cause`: an apostrophe standing for dropped letters.
fn is_elision(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    matches!(word.as_str(), "em" | "til" | "cause" | "n" | "tis" | "twas")
}

struct Open {
    tok: usize,
    family: Family,
    content_start: usize,
}

struct Carry {
    family: Family,
    first_tok: usize,
    extent_start: usize,
    pieces: Vec<Range<usize>>,
}

/// Every top-level quotation of the text, in order. Marks left open at the end of a paragraph
/// continue into the next paragraph only if it opens with a mark of the same family; otherwise
/// they are abandoned, so a stray mark never swallows the rest of the article.
pub fn regions(text: &str, tokens: &[Token], paragraphs: &[Range<usize>]) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    let mut carry: Option<Carry> = None;
    let mut first = 0;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let start = first + tokens[first..].partition_point(|t| t.start < paragraph.start);
        let end = start + tokens[start..].partition_point(|t| t.end <= paragraph.end);
        first = end;
        let mut stack: Vec<Open> = Vec::new();
        let mut pending = carry.take();
        let mut i = start;
        while i < end {
            let Some(mark) = classify(text, tokens, i) else {
                i += 1;
                continue;
            };
            let token = tokens[i];
            let last = (i + mark.width - 1).min(end - 1);
            let mark_end = tokens[last].end;
            let role = match mark.role {
                Role::Either if stack.iter().any(|o| o.family == mark.family) => Role::Close,
                Role::Either => Role::Open,
                role => role,
            };
            match role {
                Role::Open => stack.push(Open {
                    tok: i,
                    family: mark.family,
                    content_start: mark_end,
                }),
                _ => {
                    if let Some(at) = stack.iter().rposition(|o| o.family == mark.family) {
                        let open = &stack[at];
                        let piece = trim(text, open.content_start..token.start);
                        let (open_tok, extent_start, mut pieces) = match (&pending, at) {
                            (Some(c), 0) if c.family == mark.family => {
                                let c = pending.take().unwrap_or(Carry {
                                    family: mark.family,
                                    first_tok: open.tok,
                                    extent_start: token.start,
                                    pieces: Vec::new(),
                                });
                                (c.first_tok, c.extent_start, c.pieces)
                            }
                            _ => (open.tok, tokens[open.tok].start, Vec::new()),
                        };
                        if !piece.is_empty() {
                            pieces.push(piece);
                        }
                        if !pieces.is_empty() {
                            out.push(Region {
                                open_tok,
                                close_tok: last,
                                pieces,
                                extent: extent_start..mark_end,
                            });
                        }
                        stack.truncate(at);
                    }
                }
            }
            i = last + 1;
        }
        // A quote still open at the end of the paragraph goes on if the next paragraph reopens it.
        if let Some(bottom) = stack.first() {
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                let j = end + tokens[end..].partition_point(|t| t.start < next.start);
                j < tokens.len()
                    && classify(text, tokens, j)
                        .is_some_and(|m| m.family == bottom.family && m.role != Role::Close)
            });
            if next_opens {
                let piece = trim(text, bottom.content_start..paragraph.end);
                let mut c = match pending.take() {
                    Some(c) if c.family == bottom.family && bottom.tok == start => c,
                    _ => Carry {
                        family: bottom.family,
                        first_tok: bottom.tok,
                        extent_start: tokens[bottom.tok].start,
                        pieces: Vec::new(),
                    },
                };
                if !piece.is_empty() {
                    c.pieces.push(piece);
                }
                carry = Some(c);
            }
        }
    }
    // Keep only top-level quotations.
    out.sort_by_key(|r| (r.extent.start, std::cmp::Reverse(r.extent.end)));
    let mut top: Vec<Region> = Vec::with_capacity(out.len());
    for region in out {
        if top
            .last()
            .is_some_and(|t| t.extent.end >= region.extent.end)
        {
            continue;
        }
        top.push(region);
    }
    top
}

/// `range` without white space at its ends, nor a trailing comma (the comma of `“…,” he said`).
pub fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let lead = s.len() - s.trim_start().len();
    let rest = s.trim_start().trim_end();
    let rest = rest.strip_suffix(',').unwrap_or(rest).trim_end();
    let start = range.start + lead;
    start..start + rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use analyze_sdk::text;

    fn quotes(s: &str) -> Vec<Vec<&str>> {
        let tokens = text::tokens(s, 0..s.len());
        let paragraphs = text::paragraphs(s);
        regions(s, &tokens, &paragraphs)
            .into_iter()
            .map(|r| r.pieces.into_iter().map(|p| &s[p]).collect())
            .collect()
    }

    #[test]
    fn curly_straight_single_and_guillemets() {
        assert_eq!(
            quotes("He said “yes, we will,” and left."),
            vec![vec!["yes, we will"]]
        );
        assert_eq!(quotes("He said \"no way\" twice."), vec![vec!["no way"]]);
        assert_eq!(quotes("She said ‘never again’."), vec![vec!["never again"]]);
        assert_eq!(quotes("Il a dit « non » hier."), vec![vec!["non"]]);
        assert_eq!(
            quotes("He said ''not now,'' then left."),
            vec![vec!["not now"]]
        );
    }

    #[test]
    fn curly_marks_the_wrong_way_round() {
        assert_eq!(
            quotes("“It's unusual,“ said Noble. “Very.”"),
            vec![vec!["It's unusual"], vec!["Very."]]
        );
    }

    #[test]
    fn nested_quote_stays_inside() {
        assert_eq!(
            quotes("“They told me ‘wait’ and I waited,” he said."),
            vec![vec!["They told me ‘wait’ and I waited"]]
        );
    }

    #[test]
    fn apostrophes_and_primes_are_not_marks() {
        assert_eq!(
            quotes("The leaders’ plan, Trump’s idea, don't."),
            Vec::<Vec<&str>>::new()
        );
        assert_eq!(
            quotes("He is 5'11\" tall and said \"fine\"."),
            vec![vec!["fine"]]
        );
        assert_eq!(quotes("The ’90s and 'em."), Vec::<Vec<&str>>::new());
    }

    #[test]
    fn multi_paragraph_quote() {
        let s = "“First part of it.\n\n“Second part,” she said.";
        assert_eq!(quotes(s), vec![vec!["First part of it.", "Second part"]]);
    }

    #[test]
    fn unbalanced_mark_is_abandoned_at_paragraph_end() {
        let s = "He said “this never closes.\n\nNext paragraph has “a real quote” here.";
        assert_eq!(quotes(s), vec![vec!["a real quote"]]);
    }
}
