//! Numbers as written in news: digits (`2,500`, `3.5`, `.08`, `1 234`), digits with scale words
//! or abbreviations (`1.5 million`, `€2.5bn`, `10k`), words (`forty-two`, `a hundred and twenty`,
//! `two and a half`, `two-thirds`), ordinals (`third`, `21st`) and fractions (`3/4`, `2 1/2`).
//! A hand-written parser over the atoms: no regular expressions.

use crate::atoms::Kind;
use crate::lexicon::{lexicon, NumClass, Text};

#[derive(Debug, Clone, Copy)]
pub struct Num {
    /// Atom range `[start, end)`.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub ordinal: bool,
    pub fraction: bool,
    /// Spelled out in words (at least partly).
    pub words: bool,
    /// The product of the scale words or abbreviations applied (1 if none).
    pub scale: f64,
    /// Digits alone, without separators, decimals or scale: a year or code candidate.
    pub plain_int: bool,
    pub digits: usize,
    /// Just the word `one`, which is often a pronoun.
    pub lone_one: bool,
    /// `half an hour`: a unit may follow after `a`/`an`.
    pub skip_article: bool,
}

pub enum Parsed {
    No,
    /// Not a figure: skip the atoms up to this index (a code, a date, a clock time).
    Skip(usize),
    Yes(Num),
}

/// Vulgar fraction characters.
fn vulgar(raw: &str) -> Option<f64> {
    Some(match raw {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅙" => 1.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// Scale abbreviations glued to digits or standing after them.
fn scale_abbreviation(raw: &str, money: bool) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "mn" | "Mn" | "mln" | "Mln" | "mil" | "MM" | "MN" => 1e6,
        "m" if money => 1e6,
        "bn" | "Bn" | "BN" | "b" | "B" | "bln" | "Bln" => 1e9,
        "tn" | "Tn" | "tln" | "trn" => 1e12,
        "t" | "T" if money => 1e12,
        _ => return None,
    })
}

/// Words that, after `5m`, show the `m` is metres.
fn metre_context(word: &str) -> bool {
    matches!(
        word,
        "tall"
            | "long"
            | "high"
            | "wide"
            | "deep"
            | "away"
            | "above"
            | "below"
            | "from"
            | "x"
            | "by"
            | "in"
            | "of"
            | "is"
            | "to"
            | "and"
            | "or"
            | "dm"
            | "cm"
            | "m"
    )
}

/// The value of a digit string: thousands separators (`1,234`, Indian `12,34,567`), a decimal
/// comma when there is exactly one comma and not three digits after it (`1,3`), group spaces.
/// `None` for codes and malformed numbers (`007`, `192.168.1.2`).
pub fn digits_value(raw: &str) -> Option<(f64, bool, usize)> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .collect();
    if cleaned.matches('.').count() > 1 {
        return None;
    }
    let (int, frac) = match cleaned.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (cleaned.clone(), None),
    };
    let int = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        let western = first_ok && groups.iter().skip(1).all(|g| g.len() == 3);
        let last_three = groups.last().is_some_and(|g| g.len() == 3);
        let indian = first_ok
            && last_three
            && groups.len() > 2
            && groups[1..groups.len() - 1].iter().all(|g| g.len() == 2);
        if western || indian {
            groups.concat()
        } else if groups.len() == 2 && frac.is_none() {
            // A decimal comma.
            let value: f64 = format!("{}.{}", groups[0], groups[1]).parse().ok()?;
            return Some((value, false, 0));
        } else {
            return None;
        }
    } else {
        int
    };
    if int.len() > 1 && int.starts_with('0') {
        return None;
    }
    let plain = frac.is_none() && !raw.contains(',') && !int.is_empty();
    let text = match &frac {
        Some(f) => format!("{}.{}", if int.is_empty() { "0" } else { &int }, f),
        None => int.clone(),
    };
    let value: f64 = text.parse().ok()?;
    Some((value, plain, int.len()))
}

/// The end of a run of glued atoms from `i` (a code such as `F-16`, `5G`, `24/7`).
pub fn run_end(t: &Text, i: usize) -> usize {
    let mut k = i + 1;
    while k < t.atoms.len() && t.glued(k) {
        let alnum = matches!(t.kind(k), Some(Kind::Word | Kind::Num));
        let joiner = t.is_sym(k, &["-", "/", ":", ".", "_", "+"])
            && t.glued(k + 1)
            && matches!(t.kind(k + 1), Some(Kind::Word | Kind::Num));
        if !(alnum || joiner) {
            break;
        }
        k += 1;
    }
    k
}

pub fn parse(t: &Text, i: usize, money: bool) -> Parsed {
    // `plus or minus 4 points` is a margin, not a negative number.
    let margin = i >= 2 && t.low(i - 1) == Some("or") && t.low(i - 2) == Some("plus");
    let minus_word = t.is_word(i) && matches!(t.low(i), Some("minus" | "negative")) && !margin;
    let minus_sign = t.is_sym(i, &["-", "−"])
        && t.is_num(i + 1)
        && t.glued(i + 1)
        && !(t.glued(i) && i > 0 && matches!(t.kind(i - 1), Some(Kind::Word | Kind::Num)));
    let (negative, j) = if minus_word || minus_sign {
        (true, i + 1)
    } else {
        (false, i)
    };
    let parsed = if let Some(v) = t
        .raw(j)
        .and_then(vulgar)
        .filter(|_| t.kind(j) == Some(Kind::Sym))
    {
        Parsed::Yes(Num {
            start: j,
            end: j + 1,
            value: v,
            ordinal: false,
            fraction: true,
            words: false,
            scale: 1.0,
            plain_int: false,
            digits: 0,
            lone_one: false,
            skip_article: false,
        })
    } else if t.is_num(j) {
        digits(t, j, money)
    } else if t.is_word(j) {
        match words(t, j) {
            Some(num) => Parsed::Yes(num),
            None => Parsed::No,
        }
    } else {
        Parsed::No
    };
    match parsed {
        Parsed::Yes(mut num) if negative => {
            num.value = -num.value;
            num.start = i;
            num.plain_int = false;
            num.lone_one = false;
            Parsed::Yes(num)
        }
        Parsed::Yes(num) => Parsed::Yes(num),
        _ if negative => Parsed::No,
        other => other,
    }
}

fn digits(t: &Text, j: usize, money: bool) -> Parsed {
    let lex = lexicon();
    let Some(raw) = t.raw(j) else {
        return Parsed::No;
    };
    // Glued to letters or to `letters-` before: a code (`G7`, `COVID-19`, `F-16`).
    if t.glued(j) && j > 0 && !money {
        let p = j - 1;
        if t.is_word(p)
            || (t.is_sym(p, &["-", "‑"]) && p > 0 && t.glued(p) && t.is_word(p - 1))
            || t.is_sym(p, &["#", "/", ":", "+", "_", "@", "."])
        {
            return Parsed::Skip(run_end(t, j));
        }
    }
    let Some((mut value, mut plain, ndigits)) = digits_value(raw) else {
        return Parsed::Skip(run_end(t, j));
    };
    // `0800 555 0199`: digit groups one space from a group with a leading zero are a phone
    // number or a code.
    let one_space = |a: usize, b: usize| {
        t.atoms
            .get(a)
            .zip(t.atoms.get(b))
            .is_some_and(|(x, y)| y.start == x.end + 1)
    };
    // Three digits after another group are thousands (`3 050`), unless they open the run.
    let zero_group = |k: usize| {
        let opens = k == 0 || !(t.is_num(k - 1) && one_space(k - 1, k));
        t.is_num(k)
            && t.raw(k).is_some_and(|r| {
                (r.len() >= 4 || (r.len() == 3 && opens))
                    && r.starts_with('0')
                    && r.bytes().all(|b| b.is_ascii_digit())
            })
    };
    if plain
        && ((j > 0 && zero_group(j - 1) && one_space(j - 1, j))
            || (zero_group(j + 1) && one_space(j, j + 1)))
    {
        let mut k = j + 1;
        while t.is_num(k) && one_space(k - 1, k) {
            k += 1;
        }
        return Parsed::Skip(k);
    }
    let mut end = j + 1;
    let mut ordinal = false;
    let mut fraction = false;
    let mut scale = 1.0;

    // `1 234 567` with single spaces between groups of three.
    if plain && ndigits <= 3 {
        while t.is_num(end)
            && !t.glued(end)
            && t.atoms
                .get(end)
                .zip(t.atoms.get(end - 1))
                .is_some_and(|(a, b)| a.start == b.end + 1)
            && t.raw(end)
                .is_some_and(|r| r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
            && !(t.glued(end + 1) && matches!(t.kind(end + 1), Some(Kind::Word | Kind::Num)))
        {
            value = value * 1000.0
                + t.raw(end)
                    .and_then(|r| r.parse::<f64>().ok())
                    .unwrap_or(0.0);
            end += 1;
            plain = false;
        }
    }
    // `2½`
    if t.glued(end) && t.kind(end) == Some(Kind::Sym) {
        if let Some(v) = t.raw(end).and_then(vulgar) {
            value += v;
            end += 1;
            plain = false;
            fraction = true;
        }
    }

    // Glued followers.
    if t.glued(end) {
        if t.is_sym(end, &[":"]) && t.is_num(end + 1) && t.glued(end + 1) {
            return Parsed::Skip(run_end(t, j)); // a clock time or a score
        }
        if t.is_sym(end, &["/"]) && t.is_num(end + 1) && t.glued(end + 1) {
            let den = t.raw(end + 1).and_then(digits_value);
            let further = t.glued(end + 2) && t.is_sym(end + 2, &["/", "-"]);
            match den {
                Some((d, true, _))
                    if plain
                        && !further
                        && value < d
                        && [2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 16.0, 32.0, 40.0, 100.0]
                            .contains(&d) =>
                {
                    value /= d;
                    end += 2;
                    fraction = true;
                    plain = false;
                }
                _ => return Parsed::Skip(run_end(t, j)),
            }
        } else if let Some(s) = t
            .low(end + 1)
            .and_then(scale_word)
            .filter(|_| t.is_sym(end, &["-", "‑"]) && t.glued(end + 1))
        {
            // `a $1.5-billion package`
            value *= s;
            scale = s;
            end += 2;
            plain = false;
        } else if t.is_sym(end, &["-", "‑"]) && t.is_num(end + 1) && t.glued(end + 1) {
            // `2025-08-18`, `+1-222-2222`: three or more numbers joined by hyphens.
            if t.is_sym(end + 2, &["-", "‑"]) && t.glued(end + 2) && t.is_num(end + 3) {
                return Parsed::Skip(run_end(t, j));
            }
        } else if t.is_word(end) {
            let w = t.raw(end).unwrap_or("");
            let lw = t.low(end).unwrap_or("");
            let next_is_num = t.glued(end + 1) && t.is_num(end + 1);
            if matches!(lw, "st" | "nd" | "rd" | "th") && plain {
                ordinal = true;
                end += 1;
            } else if lw == "s" || lw == "'s" || lw == "’s" {
                return Parsed::Skip(end + 1); // the 1990s
            } else if lw == "e"
                && (next_is_num
                    || (t.is_sym(end + 1, &["-", "+"]) && t.glued(end + 1) && t.is_num(end + 2)))
            {
                let (sign, k) = if t.is_sym(end + 1, &["-"]) {
                    (-1.0, end + 2)
                } else if t.is_sym(end + 1, &["+"]) {
                    (1.0, end + 2)
                } else {
                    (1.0, end + 1)
                };
                match t.raw(k).and_then(digits_value) {
                    Some((exp, true, _)) => {
                        value *= 10f64.powf(sign * exp);
                        end = k + 1;
                        plain = false;
                    }
                    _ => return Parsed::Skip(run_end(t, j)),
                }
            } else if let Some(s) = scale_abbreviation(w, money).filter(|_| !next_is_num) {
                value *= s;
                scale = s;
                end += 1;
                plain = false;
            } else if w == "m" && !next_is_num {
                // `5m`: million unless what follows shows metres.
                let after = t.low(end + 1).unwrap_or("");
                let word_after =
                    t.is_word(end + 1) && !t.atoms.get(end + 1).is_some_and(|a| a.line_break);
                // `3m barrels` is three million barrels; `5m long` is metres.
                let unit_after = lex
                    .units
                    .forward(t, end + 1)
                    .is_some_and(|(p, _)| p.glued_only);
                if word_after && !metre_context(after) && !unit_after {
                    value *= 1e6;
                    scale = 1e6;
                    end += 1;
                    plain = false;
                }
            } else if lex.units.forward(t, end).is_none()
                && lex.post_currency.forward(t, end).is_none()
            {
                return Parsed::Skip(run_end(t, j)); // `5G`, `3D`
            }
        }
    }

    // Mixed fraction: `2 1/2`.
    if plain
        && !fraction
        && !ordinal
        && !t.glued(end)
        && t.is_num(end)
        && t.is_sym(end + 1, &["/"])
        && t.glued(end + 1)
        && t.glued(end + 2)
    {
        if let (Some((a, true, _)), Some((b, true, _))) = (
            t.raw(end).and_then(digits_value),
            t.raw(end + 2).and_then(digits_value),
        ) {
            if a < b && b <= 16.0 && !(t.glued(end + 3) && t.is_sym(end + 3, &["/"])) {
                value += a / b;
                end += 3;
                fraction = true;
                plain = false;
            }
        }
    }

    // Scale words after: `1.5 million`, `3 dozen`, `13 lakh crore`, `10 bln`.
    if !ordinal {
        while let Some(w) = t.raw(end) {
            if t.atoms.get(end).is_some_and(|a| a.line_break) {
                break;
            }
            let lw = t.low(end).unwrap_or("");
            let s = match lex.numbers.get(lw) {
                Some(&(v, NumClass::Scale | NumClass::Hundred)) => v,
                Some(&(v, NumClass::Dozen)) if lw == "dozen" || lw == "dozens" => v,
                _ if t.is_word(end)
                    && !t.glued(end)
                    && matches!(
                        w,
                        "bn" | "mn"
                            | "mln"
                            | "bln"
                            | "tn"
                            | "tln"
                            | "k"
                            | "Bn"
                            | "Mn"
                            | "dzs"
                            | "dz"
                    ) =>
                {
                    if matches!(w, "dzs" | "dz") {
                        12.0
                    } else {
                        scale_abbreviation(w, true).unwrap_or(1.0)
                    }
                }
                _ if money && t.is_word(end) && matches!(w, "m" | "M") => 1e6,
                _ => break,
            };
            value *= s;
            scale *= s;
            plain = false;
            end += 1;
        }
    }

    // `3 million and a half`
    if scale > 1.0 && t.low(end) == Some("and") {
        if let Some((f, fe)) = fraction_after_and(t, end + 1) {
            value += f * scale;
            end = fe;
            fraction = true;
        }
    }

    Parsed::Yes(Num {
        start: j,
        end,
        value,
        ordinal,
        fraction,
        words: false,
        scale,
        plain_int: plain,
        digits: ndigits,
        lone_one: false,
        skip_article: false,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Article,
    Ones,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// The value of a scale word: `thousand`, `million`, `billion`, `trillion`.
pub fn scale_word(w: &str) -> Option<f64> {
    match w {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// The word after a hyphen glued on both sides at atom `k`.
pub fn glued_hyphen(t: &Text, k: usize) -> Option<usize> {
    (t.is_sym(k, &["-", "‑"]) && t.glued(k) && t.glued(k + 1) && t.is_word(k + 1)).then_some(k + 1)
}

/// The index after a hyphen (glued, or spaced as in `fifty - two`) that joins two number words.
fn after_hyphen(t: &Text, k: usize) -> Option<usize> {
    if t.is_sym(k, &["-", "‑", "–"])
        && t.is_word(k + 1)
        && lexicon().numbers.contains_key(t.low(k + 1)?)
    {
        Some(k + 1)
    } else {
        None
    }
}

/// Number words from atom `j`.
fn words(t: &Text, j: usize) -> Option<Num> {
    let lex = lexicon();
    let mut total = 0.0f64; // completed scale groups
    let mut current = 0.0f64; // the group under way
    let mut last = Last::None;
    let mut k = j;
    let mut end = j;
    let mut ordinal = false;
    let mut fraction = false;
    let mut scale = 1.0;
    let mut words = 0;
    let mut skip_article = false;
    let mut decimal: Option<String> = None;
    loop {
        if k > j && t.atoms.get(k).is_some_and(|a| a.line_break) {
            break;
        }
        let Some(w) = t.low(k).filter(|_| t.is_word(k)) else {
            break;
        };
        if (w == "a" || w == "an") && last == Last::None {
            // `a hundred`, `a dozen`, `a third`, `a half`.
            let next = t.low(k + 1).and_then(|n| lex.numbers.get(n));
            match next {
                Some((
                    _,
                    NumClass::Hundred
                    | NumClass::Scale
                    | NumClass::Dozen
                    | NumClass::Half
                    | NumClass::Fraction,
                )) => {}
                Some((v, NumClass::Ordinal)) if *v >= 3.0 => {}
                _ => return None,
            }
            current = 1.0;
            last = Last::Article;
            k += 1;
            continue;
        }
        if w == "and"
            && matches!(
                last,
                Last::Hundred | Last::Scale | Last::Ones | Last::Teen | Last::Tens
            )
        {
            // `two and a half`, `one million and a half`, `five and a half million`,
            // `one hundred and three quarters`; else `a hundred and twenty`.
            if let Some((f, fe)) = fraction_after_and(t, k + 1) {
                let next_scale = match t.low(fe).and_then(|x| lex.numbers.get(x)) {
                    Some(&(s, NumClass::Scale)) => Some(s),
                    _ => None,
                };
                match (last == Last::Scale, next_scale) {
                    (true, Some(s)) => {
                        total += f * s;
                        end = fe + 1;
                    }
                    (true, None) => {
                        total += f * scale;
                        end = fe;
                    }
                    (false, Some(s)) => {
                        total = (total + current + f) * s;
                        current = 0.0;
                        scale = s;
                        end = fe + 1;
                    }
                    (false, None) => {
                        current += f;
                        end = fe;
                    }
                }
                fraction = true;
                words += 1;
                break;
            }
            let next = t.low(k + 1).unwrap_or("");
            let next_class = lex.numbers.get(next).map(|x| x.1);
            if matches!(last, Last::Hundred | Last::Scale)
                && matches!(
                    next_class,
                    Some(NumClass::Ones | NumClass::Teen | NumClass::Tens)
                )
            {
                k += 1;
                continue;
            }
            break;
        }
        if w == "point"
            && words > 0
            && decimal.is_none()
            && matches!(
                last,
                Last::Ones | Last::Teen | Last::Tens | Last::Hundred | Last::Scale
            )
        {
            // `five point five`, `two hundred point zero three`.
            let mut digits = String::new();
            let mut m = k + 1;
            while let Some(&(v, class)) = t
                .low(m)
                .filter(|_| t.is_word(m))
                .and_then(|x| lex.numbers.get(x))
            {
                match class {
                    NumClass::Ones => digits.push_str(&format!("{}", v as u32)),
                    NumClass::Teen | NumClass::Tens => {
                        let mut n = v as u32;
                        if class == NumClass::Tens {
                            if let Some(h) = after_hyphen(t, m + 1) {
                                if let Some(&(o, NumClass::Ones)) =
                                    t.low(h).and_then(|x| lex.numbers.get(x))
                                {
                                    n += o as u32;
                                    m = h;
                                }
                            }
                        }
                        digits.push_str(&format!("{n}"));
                    }
                    _ => break,
                }
                m += 1;
            }
            if digits.is_empty() {
                break;
            }
            decimal = Some(digits);
            end = m;
            break;
        }
        let Some(&(v, class)) = lex.numbers.get(w) else {
            break;
        };
        match class {
            NumClass::Ones | NumClass::Teen => {
                let ok = match last {
                    Last::None | Last::Hundred | Last::Scale => true,
                    Last::Tens => class == NumClass::Ones && v > 0.0,
                    _ => false,
                };
                if !ok {
                    break;
                }
                current += v;
                last = if class == NumClass::Ones {
                    Last::Ones
                } else {
                    Last::Teen
                };
            }
            NumClass::Tens => {
                if !matches!(last, Last::None | Last::Hundred | Last::Scale) {
                    break;
                }
                current += v;
                last = Last::Tens;
            }
            NumClass::Hundred => {
                // `hundred` alone (`several hundred`) is not a number.
                if !matches!(last, Last::Article | Last::Ones | Last::Teen | Last::Tens) {
                    break;
                }
                current = current.max(1.0) * 100.0;
                last = Last::Hundred;
            }
            NumClass::Scale => {
                if last == Last::None {
                    // `million` alone is not a number.
                    break;
                }
                if current == 0.0 && total > 0.0 {
                    total *= v;
                } else {
                    total += current.max(1.0) * v;
                }
                current = 0.0;
                scale = v;
                last = Last::Scale;
            }
            NumClass::Dozen => {
                if w == "dozens" && last == Last::None {
                    break;
                }
                let n = total + current;
                total = n.max(1.0) * 12.0;
                current = 0.0;
                words += 1;
                end = k + 1;
                break;
            }
            NumClass::Half => {
                // `a half`, `one half`, `half a million`, `half an hour`, `half of`.
                match last {
                    Last::Article | Last::Ones if current == 1.0 && total == 0.0 => {
                        current = 0.5;
                        fraction = true;
                        words += 1;
                        end = k + 1;
                        k += 1;
                        // `a half million`
                        if let Some(&(s, NumClass::Scale)) =
                            t.low(k).and_then(|x| lex.numbers.get(x))
                        {
                            current *= s;
                            scale = s;
                            end = k + 1;
                        }
                        break;
                    }
                    Last::None => {
                        let next = t.low(k + 1).unwrap_or("");
                        let after = t.low(k + 2).unwrap_or("");
                        match lex.numbers.get(next) {
                            Some(&(s, NumClass::Scale)) => {
                                current = 0.5 * s;
                                scale = s;
                                end = k + 2;
                            }
                            _ if matches!(next, "a" | "an") => match lex.numbers.get(after) {
                                Some(&(s, NumClass::Scale | NumClass::Dozen)) => {
                                    current = 0.5 * s;
                                    end = k + 3;
                                }
                                _ => {
                                    current = 0.5;
                                    end = k + 1;
                                    skip_article = true;
                                }
                            },
                            _ => {
                                current = 0.5;
                                end = k + 1;
                            }
                        }
                        fraction = true;
                        words += 1;
                        break;
                    }
                    _ => break,
                }
            }
            NumClass::Fraction => {
                // `quarter`: only as a fraction after a count (`a quarter`, `three quarter`).
                if matches!(last, Last::Article | Last::Ones | Last::Teen) {
                    current /= v;
                    fraction = true;
                    words += 1;
                    end = k + 1;
                    // `a quarter million`
                    if let Some(&(s, NumClass::Scale)) =
                        t.low(k + 1).and_then(|x| lex.numbers.get(x))
                    {
                        current *= s;
                        scale = s;
                        end = k + 2;
                    }
                } else if last == Last::None
                    && matches!(t.low(k + 1), Some("million" | "billion" | "trillion"))
                {
                    let s = lex
                        .numbers
                        .get(t.low(k + 1).unwrap_or(""))
                        .map_or(1.0, |x| x.0);
                    current = 0.25 * s;
                    fraction = true;
                    words += 2;
                    end = k + 2;
                }
                break;
            }
            NumClass::PluralFraction => {
                if matches!(last, Last::None | Last::Article) {
                    break;
                }
                // `over the next two quarters`, `three of the past four quarters`: quarters of a
                // year, counted (a unit), after a word that looks along time; not before `of`
                // (`three quarters of the staff`), nor when a hyphen joins them.
                let along_time = j.checked_sub(1).is_some_and(|p| {
                    matches!(
                        t.low(p),
                        Some(
                            "next"
                                | "past"
                                | "last"
                                | "previous"
                                | "coming"
                                | "following"
                                | "first"
                        )
                    )
                });
                if t.low(k) == Some("quarters")
                    && along_time
                    && t.low(k + 1) != Some("of")
                    && !(k > 0 && t.is_sym(k - 1, &["-"]))
                {
                    break;
                }
                let n = total + current;
                total = 0.0;
                current = n / v;
                fraction = true;
                words += 1;
                end = k + 1;
                if let Some(&(s, NumClass::Scale)) = t.low(k + 1).and_then(|x| lex.numbers.get(x)) {
                    current *= s;
                    scale = s;
                    end = k + 2;
                }
                break;
            }
            NumClass::Ordinal => {
                match last {
                    Last::None => {
                        ordinal = true;
                        current = v;
                    }
                    Last::Tens if v < 10.0 => {
                        ordinal = true;
                        current += v;
                    }
                    Last::Hundred | Last::Scale if v < 100.0 => {
                        ordinal = true;
                        current += v;
                    }
                    // `a sixth-grader` is a rank.
                    Last::Article if t.is_sym(k + 1, &["-"]) && t.glued(k + 1) => {
                        ordinal = true;
                        current = v;
                    }
                    Last::Ones | Last::Teen | Last::Article if v >= 3.0 && w != "second" => {
                        // `one eighth`, `a fifth`: a fraction.
                        let n = total + current;
                        total = 0.0;
                        current = n / v;
                        fraction = true;
                    }
                    Last::Ones | Last::Hundred | Last::Scale | Last::Teen | Last::Tens
                        if v >= 100.0 =>
                    {
                        // `two hundredth`
                        ordinal = true;
                        current = (total + current).max(1.0) * v;
                        total = 0.0;
                    }
                    _ => break,
                }
                words += 1;
                end = k + 1;
                break;
            }
        }
        words += 1;
        end = k + 1;
        k = after_hyphen(t, k + 1)
            .or_else(|| {
                // `two-and-a-half`: on to the `and`.
                glued_hyphen(t, k + 1).filter(|&h| t.low(h) == Some("and"))
            })
            .unwrap_or(k + 1);
    }
    if words == 0 || end <= j {
        return None;
    }
    let mut value = total + current;
    if let Some(d) = decimal {
        value += format!("0.{d}").parse::<f64>().unwrap_or(0.0);
    }
    let lone_one = end == j + 1 && t.low(j) == Some("one");
    Some(Num {
        start: j,
        end,
        value,
        ordinal,
        fraction,
        words: true,
        scale,
        plain_int: false,
        digits: 0,
        lone_one,
        skip_article,
    })
}

/// `a half`, `a quarter`, `three quarters`, `two thirds`, `one fourth` after `and`: the value and
/// the index after it.
fn fraction_after_and(t: &Text, k: usize) -> Option<(f64, usize)> {
    let lex = lexicon();
    // `two-and-a-half`: the same words joined by hyphens.
    let k = glued_hyphen(t, k).unwrap_or(k);
    let first = t.low(k)?;
    let (count, m) = match first {
        "a" | "an" => (1.0, k + 1),
        _ => match lex.numbers.get(first) {
            Some(&(v, NumClass::Ones | NumClass::Teen)) => (v, k + 1),
            Some(&(v, NumClass::Tens)) => {
                match after_hyphen(t, k + 1).and_then(|h| Some((h, *lex.numbers.get(t.low(h)?)?))) {
                    Some((h, (o, NumClass::Ones))) => (v + o, h + 1),
                    _ => (v, k + 1),
                }
            }
            _ => return None,
        },
    };
    let m = glued_hyphen(t, m).unwrap_or(m);
    let (den, end) = match t.low(m).and_then(|x| lex.numbers.get(x)) {
        Some(&(v, NumClass::Half | NumClass::Fraction | NumClass::PluralFraction)) => (v, m + 1),
        Some(&(v, NumClass::Ordinal)) if v >= 3.0 => (v, m + 1),
        _ => return None,
    };
    Some((count / den, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        let t = Text::new(text);
        match parse(&t, 0, false) {
            Parsed::Yes(n) => Some(n.value),
            _ => None,
        }
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9 * b.abs().max(1.0))
    }

    #[test]
    fn parses_words() {
        assert!(close(value("forty-two"), 42.0));
        assert!(close(value("a hundred and twenty"), 120.0));
        assert!(close(value("two and a half"), 2.5));
        assert!(close(value("two-thirds"), 2.0 / 3.0));
        assert!(close(
            value("one hundred and three and two thirds"),
            103.0 + 2.0 / 3.0
        ));
        assert!(close(
            value("twenty-one trillion three hundred"),
            21e12 + 300.0
        ));
        assert!(close(value("two hundred point zero three"), 200.03));
        assert!(close(value("half a dozen"), 6.0));
        assert!(close(value("three dozens"), 36.0));
        assert!(close(value("a third"), 1.0 / 3.0));
        assert!(close(value("twenty-first"), 21.0));
        assert!(value("million").is_none());
    }

    #[test]
    fn parses_digits() {
        assert!(close(value("2,500"), 2500.0));
        assert!(close(value("1.5 million"), 1.5e6));
        assert!(close(value("3.2m people"), 3.2e6));
        assert!(close(value("10k"), 1e4));
        assert!(close(value(".08"), 0.08));
        assert!(close(value("-9.5"), -9.5));
        assert!(close(value("3/4"), 0.75));
        assert!(close(value("2 1/2"), 2.5));
        assert!(close(value("12,34,567.89"), 1234567.89));
        assert!(close(value("1.3e6"), 1.3e6));
    }

    #[test]
    fn skips_codes_and_dates() {
        let skip = |text: &str, at: usize| {
            matches!(
                parse(&Text::new(text), at, false),
                Parsed::Skip(_) | Parsed::No
            )
        };
        assert!(skip("9/11", 0));
        assert!(skip("COVID-19", 2));
        assert!(skip("G7", 1));
        assert!(skip("5G", 0));
        assert!(skip("2025-08-18", 0));
        assert!(skip("5:30", 0));
        assert!(skip("the 1990s", 1));
        assert!(skip("192.168.1.2", 0));
    }
}
