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

/// The char at byte `p` (a char boundary) and its width, `None` at the end.
fn char_at(text: &str, p: usize) -> Option<char> {
    let byte = *text.as_bytes().get(p)?;
    if byte.is_ascii() {
        Some(char::from(byte)) // the common case, without decoding
    } else {
        text.get(p..)?.chars().next()
    }
}

fn is_digit_byte(text: &str, p: usize) -> bool {
    text.as_bytes().get(p).is_some_and(u8::is_ascii_digit)
}

/// Walks the text by byte position, decoding only non-ASCII chars: collecting every char with
/// its offset first (the earlier form) cost an allocation of 16 bytes per char and a third of
/// the plugin's own time. Look-ahead by one char is `char_at(p + width)`.
pub fn atoms(text: &str) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(text.len() / 4 + 1);
    let mut p = 0;
    let mut glued = false;
    let mut line_break = true;
    let bytes = text.as_bytes();
    while let Some(c) = char_at(text, p) {
        if c == ' ' {
            // The commonest separator, without the Unicode test below.
            glued = false;
            p += 1;
            continue;
        }
        if c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' {
            if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                line_break = true;
            }
            glued = false;
            p += c.len_utf8();
            continue;
        }
        let start = p;
        let kind;
        if c.is_ascii_digit()
            || (c == '.'
                && is_digit_byte(text, p + 1)
                && !text[..p]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
        {
            kind = Kind::Num;
            p += 1;
            loop {
                match char_at(text, p) {
                    Some(d) if d.is_ascii_digit() => p += 1,
                    Some(',' | '.') if is_digit_byte(text, p + 1) => p += 2,
                    // Three digits after the group space, and no fourth.
                    Some(s)
                        if is_group_space(s)
                            && (0..3).all(|j| is_digit_byte(text, p + s.len_utf8() + j))
                            && !is_digit_byte(text, p + s.len_utf8() + 3) =>
                    {
                        p += s.len_utf8() + 3
                    }
                    _ => break,
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            p += c.len_utf8();
            let mut segment: usize = 1; // letters since the last period
            let mut dotted = false;
            loop {
                // Most of a word is a run of ASCII letters: taken without decoding.
                let run = bytes.get(p..).map_or(0, |rest| {
                    rest.iter().take_while(|b| b.is_ascii_alphabetic()).count()
                });
                if run > 0 {
                    p += run;
                    segment += run;
                    continue;
                }
                match char_at(text, p) {
                    Some(d) if d.is_alphabetic() => {
                        p += d.len_utf8();
                        segment += 1;
                    }
                    Some(a) if is_apostrophe(a) => {
                        match char_at(text, p + a.len_utf8()).filter(|n| n.is_alphabetic()) {
                            Some(n) => p += a.len_utf8() + n.len_utf8(),
                            None => break,
                        }
                    }
                    // `a.m.`, `U.S.`: single letters joined by periods.
                    Some('.') if segment == 1 => {
                        let Some(n) = char_at(text, p + 1).filter(|n| n.is_alphabetic()) else {
                            break;
                        };
                        if char_at(text, p + 1 + n.len_utf8()).is_some_and(char::is_alphabetic) {
                            break;
                        }
                        p += 1 + n.len_utf8();
                        segment = 1;
                        dotted = true;
                    }
                    _ => break,
                }
            }
            if dotted && char_at(text, p) == Some('.') {
                p += 1;
            }
        } else {
            kind = Kind::Sym;
            p += c.len_utf8();
        }
        out.push(Atom {
            start,
            end: p,
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

    /// The first form of [`atoms`], over a vector of chars: the byte-walking one must cut
    /// every text the same way.
    fn reference(text: &str) -> Vec<Atom> {
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
                                && (1..=3)
                                    .all(|j| at(k + j).is_some_and(|d| d.is_ascii_digit()))
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
                        Some(a)
                            if is_apostrophe(a) && at(k + 1).is_some_and(char::is_alphabetic) =>
                        {
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

    fn same(a: &[Atom], b: &[Atom]) -> bool {
        a.len() == b.len()
            && a.iter().zip(b).all(|(x, y)| {
                (x.start, x.end, x.kind, x.glued, x.line_break)
                    == (y.start, y.end, y.kind, y.glued, y.line_break)
            })
    }

    #[test]
    fn cuts_as_the_char_vector_form_did() {
        let samples = [
            "a 40-minute call, $2,500.50 and €2.5bn at 5 p.m. in the U.S.",
            "COVID-19, .08 don't O’Brien’s x.y.z a.b. a.bc A. B. ‘quoted’ it’",
            "1\u{202f}234\u{202f}567 people, 1\u{a0}234 5\u{2009}67 1\u{202f}2345 1\u{202f}23",
            "x.5 ..5 5.. 5,, 5,5,5 ,5 é.5 café’s naïve Zürich 3.2m 12.5% №5 ½ ²3",
            "line one\nline two\r\n\u{2028}next\u{feff}word\u{200b}glued 👍🏽 🇺🇦 ok",
            "a.m. p.m.x U.S.A. U.S.-led e.g., i.e. d'",
            "'",
            "’a",
            ".",
            "..",
            "5",
            "é",
        ];
        let fixtures =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut texts: Vec<String> = samples.iter().map(|s| (*s).to_owned()).collect();
        for entry in std::fs::read_dir(fixtures).into_iter().flatten().flatten() {
            texts.extend(std::fs::read_to_string(entry.path()).ok());
        }
        for text in &texts {
            assert!(same(&atoms(text), &reference(text)), "{text:?}");
        }
    }

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
