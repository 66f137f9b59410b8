//! A small lexer for figures: the text cut into words, numbers and single symbols, with whether
//! each piece is glued to the one before it. `40-minute` is three atoms (`40`, `-`, `minute`), so
//! the scanner sees hyphenated adjectives, codes (`F-16`) and glued units (`3.2m`) directly.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (with inner apostrophes, and dotted abbreviations such as `a.m.` or `U.S.`).
    Word,
    /// Digits with inner `,` or `.` separators, or a leading `.` (`.08`).
    Num,
    /// Any other single character.
    Sym,
}

#[derive(Debug, Clone, Copy)]
pub struct Atom {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No white space between this atom and the previous one.
    pub glued: bool,
    /// A line break before this atom (a new paragraph or headline).
    pub line_break: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Digit-group separators that may sit inside a number: `1 234 567` with a no-break or narrow
/// no-break space (an ordinary space separates numbers).
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

pub fn atoms(text: &str) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(text.len() / 4 + 1);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let pos = |k: usize| chars.get(k).map_or(text.len(), |&(i, _)| i);
    let mut k = 0;
    let mut glued = false;
    let mut line_break = true;
    while let Some(c) = at(k) {
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                line_break = true;
            }
            glued = false;
            k += 1;
            continue;
        }
        let start_k = k;
        let kind;
        if c.is_ascii_digit()
            || (c == '.'
                && at(k + 1).is_some_and(|d| d.is_ascii_digit())
                && !(k > 0 && at(k - 1).is_some_and(|p| p.is_alphanumeric())))
        {
            kind = Kind::Num;
            k += 1;
            loop {
                match at(k) {
                    Some(d) if d.is_ascii_digit() => k += 1,
                    Some(s)
                        if (s == ',' || s == '.')
                            && at(k + 1).is_some_and(|d| d.is_ascii_digit()) =>
                    {
                        k += 2
                    }
                    Some(s)
                        if is_group_space(s)
                            && (1..=3).all(|j| at(k + j).is_some_and(|d| d.is_ascii_digit()))
                            && !at(k + 4).is_some_and(|d| d.is_ascii_digit()) =>
                    {
                        k += 4
                    }
                    _ => break,
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            k += 1;
            let mut segment = 1; // letters since the last period
            let mut dotted = false;
            loop {
                match at(k) {
                    Some(d) if d.is_alphabetic() => {
                        k += 1;
                        segment += 1;
                    }
                    Some(a) if is_apostrophe(a) && at(k + 1).is_some_and(char::is_alphabetic) => {
                        k += 2
                    }
                    // `a.m.`, `U.S.`: single letters joined by periods.
                    Some('.')
                        if segment == 1
                            && at(k + 1).is_some_and(char::is_alphabetic)
                            && !at(k + 2).is_some_and(char::is_alphabetic) =>
                    {
                        k += 2;
                        segment = 1;
                        dotted = true;
                    }
                    _ => break,
                }
            }
            if dotted && at(k) == Some('.') {
                k += 1;
            }
        } else {
            kind = Kind::Sym;
            k += 1;
        }
        out.push(Atom {
            start: pos(start_k),
            end: pos(k),
            kind,
            glued: glued && !out.is_empty(),
            line_break,
        });
        glued = true;
        line_break = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        atoms(text).iter().map(|a| &text[a.start..a.end]).collect()
    }

    #[test]
    fn cuts_numbers_words_and_symbols() {
        assert_eq!(
            texts("a 40-minute call"),
            ["a", "40", "-", "minute", "call"]
        );
        assert_eq!(
            texts("$2,500.50 and €2.5bn"),
            ["$", "2,500.50", "and", "€", "2.5", "bn"]
        );
        assert_eq!(
            texts("at 5 p.m. in the U.S."),
            ["at", "5", "p.m.", "in", "the", "U.S."]
        );
        assert_eq!(
            texts("COVID-19, .08 don't"),
            ["COVID", "-", "19", ",", ".08", "don't"]
        );
        assert_eq!(
            texts("1\u{202f}234\u{202f}567 people"),
            ["1\u{202f}234\u{202f}567", "people"]
        );
    }

    #[test]
    fn marks_glue() {
        let a = atoms("$5 m");
        assert!(!a[0].glued && a[1].glued && !a[2].glued);
    }
}
