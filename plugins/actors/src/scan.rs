//! One pass over the tokens that finds candidate mentions: names with their titles, title-only
//! references, unnamed sources, groups, countries and their stand-ins, organisations, pronouns.

use crate::lexicon::*;
use analyze_sdk::prelude::*;
use std::borrow::Cow;

/// A token prepared for the rules.
#[derive(Debug)]
pub struct Tok<'a> {
    pub start: usize,
    /// End of the token without a possessive `’s`.
    pub end: usize,
    /// The token text without a possessive.
    pub word: &'a str,
    /// `word` in lower case without a final period.
    pub lower: Cow<'a, str>,
    pub kind: TokenKind,
    pub possessive: bool,
    pub sentence: usize,
    /// Index of the first token of the sentence.
    pub sentence_first: usize,
    pub paragraph: usize,
    /// First word of its sentence (after opening quotes or brackets).
    pub initial: bool,
    pub capitalised: bool,
    pub quoted: bool,
    /// `L_*` flags of `lower` and `X_*` flags of `word` (see the lexicon).
    pub lf: u16,
    pub xf: u16,
}

impl Tok<'_> {
    pub fn l(&self, flag: u16) -> bool {
        self.lf & flag != 0
    }
    pub fn x(&self, flag: u16) -> bool {
        self.xf & flag != 0
    }
}

/// The token text without a possessive, whether it had one, and the word without a final
/// abbreviation period (the form that is lower-cased).
fn forms(raw: &str, kind: TokenKind) -> (&str, bool, &str) {
    let (word, possessive) = if kind == TokenKind::Punct {
        (raw, false)
    } else {
        strip_possessive(raw)
    };
    let bare = if word.as_bytes().last() == Some(&b'.') {
        word.strip_suffix('.')
            .filter(|w| !w.contains('.'))
            .unwrap_or(word)
    } else {
        word
    };
    (word, possessive, bare)
}

/// The tokens of `doc` with what the rules ask of them. `lower_text` is the text with ASCII letters
/// in lower case (`doc.text.to_ascii_lowercase()`): an ASCII token's lower-case form is borrowed
/// from it, where a copy per capitalised word cost an allocation each.
pub fn prepare<'a>(doc: &'a Document, lower_text: &'a str) -> Vec<Tok<'a>> {
    let lex = Lexicon::get();
    let text = doc.text.as_str();
    let sentences = doc.sentences();
    let tokens = doc.tokens();
    let mut out = Vec::with_capacity(tokens.len());
    let mut sentence = 0;
    let mut paragraph = usize::MAX;
    let mut quoted = false;
    let mut open_sentence = usize::MAX;
    let mut sentence_first = 0;
    let mut previous_sentence = usize::MAX;
    for (index, token) in tokens.iter().enumerate() {
        while sentence + 1 < sentences.len()
            && sentences
                .get(sentence)
                .is_some_and(|s| s.end <= token.start)
        {
            sentence += 1;
        }
        let para = sentences.get(sentence).map_or(0, |s| s.paragraph);
        if sentence != previous_sentence {
            previous_sentence = sentence;
            sentence_first = index;
        }
        if para != paragraph {
            paragraph = para;
            quoted = false;
        }
        let raw = text.get(token.start..token.end).unwrap_or("");
        if token.kind == TokenKind::Quote {
            match raw {
                "“" | "«" | "„" => quoted = true,
                "”" | "»" => quoted = false,
                "\"" => quoted = !quoted,
                _ => {}
            }
        }
        let (word, possessive, bare) = forms(raw, token.kind);
        // `bare` is a prefix of the token, so its lower-case form sits at the same bytes.
        let ascii_lower = lower_text
            .get(token.start..token.start + bare.len())
            .filter(|_| bare.is_ascii());
        let lower = if let Some(lower) = ascii_lower {
            Cow::Borrowed(lower)
        } else if bare.is_ascii() {
            Cow::Owned(bare.to_ascii_lowercase())
        } else if bare.chars().any(char::is_uppercase) {
            Cow::Owned(bare.to_lowercase())
        } else {
            Cow::Borrowed(bare)
        };
        // "d'Arcy", "d’Estaing": a surname with an elided particle is capitalised after it.
        let elided = ["d'", "d’"]
            .iter()
            .find_map(|p| word.strip_prefix(p))
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
        let capitalised = elided
            || match word.as_bytes().first() {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => word.chars().next().is_some_and(char::is_uppercase),
            };
        let first_word = open_sentence != sentence && token.kind == TokenKind::Word;
        if first_word || token.kind == TokenKind::Number {
            open_sentence = sentence;
        }
        let (lf, xf) = if token.kind == TokenKind::Word {
            let lf = lex.lower_flags(&lower);
            // Case-sensitive lists hold capitalised words, and phrases that start with "the".
            let mut xf = if capitalised || word == "the" {
                lex.exact_flags(word)
            } else {
                0
            };
            if let Some(stem) = word.strip_suffix('.') {
                xf |= lex.exact_flags(stem.trim_end_matches('.')) & X_CUE;
            }
            (lf, xf)
        } else {
            (0, 0)
        };
        out.push(Tok {
            lf,
            xf,
            start: token.start,
            end: token.start + word.len(),
            word,
            lower,
            kind: token.kind,
            possessive,
            sentence,
            sentence_first,
            paragraph: para,
            initial: first_word,
            capitalised,
            quoted: quoted && token.kind != TokenKind::Quote,
        });
    }
    out
}

/// An acronym: two to seven capital letters ("CAN", "AOSIS"), no other character.
fn acronym(word: &str) -> bool {
    (2..=7).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A word hyphenated with a lower-case part after its first hyphen: "Third-placed", "Debt-laden".
fn lower_compound(word: &str) -> bool {
    word.split_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && tail.chars().next().is_some_and(char::is_lowercase)
            && tail.chars().all(|c| c.is_lowercase() || c == '-')
    })
}

fn strip_possessive(word: &str) -> (&str, bool) {
    // Every suffix ends in `s`, `'` or the last byte of `’`.
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (word, false);
    }
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s')) {
                return (stem, true);
            }
        }
    }
    (word, false)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounKind {
    He,
    She,
    They,
    /// "who" after a name and a comma: the actor just named.
    Who,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What<'t> {
    /// A name, with the words of the name.
    Name {
        words: Vec<&'t str>,
        /// A title, a given name or an apposition makes it a person's name.
        confirmed: bool,
        roles: Vec<&'t str>,
        gender: Option<Gender>,
    },
    /// "the chancellor", "the French president".
    TitleRef {
        head: String,
        qualifiers: Vec<String>,
    },
    /// "the ministry", "the campaign": an organisation named before.
    OrgRef {
        head: String,
    },
    /// "a Kremlin official": an unnamed person.
    Unnamed {
        name: String,
        head: String,
        gender: Option<Gender>,
    },
    Group {
        name: String,
        /// "the leaders": a bare noun after "the" refers back to a group named before.
        definite: bool,
    },
    Country {
        index: usize,
        independent: bool,
    },
    Organization {
        name: String,
    },
    Pronoun(PronounKind),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Raw<'t> {
    pub start: usize,
    pub end: usize,
    /// Index of the first token.
    pub token: usize,
    pub what: What<'t>,
}

/// Function words that a name writes in lower case ("Bank of England") and a title-case
/// headline capitalises ("Robbery Of The …").
const TITLE_CASE_WORDS: &[&str] = &[
    "of", "the", "in", "on", "at", "for", "to", "and", "a", "an", "by", "with", "from", "as",
    "after", "over", "into",
];

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "into",
    "across",
    "throughout",
    "inside",
    "within",
    "near",
    "around",
    "toward",
    "towards",
    "through",
    "outside",
    "via",
    "visited",
    "visit",
    "visiting",
    "flew",
    "returned",
];

const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "asked",
    "wrote",
    "writes",
    "explained",
    "noted",
    "argued",
    "insisted",
    "warned",
    "stated",
    "announced",
    "tweeted",
    "declared",
    "claimed",
    "replied",
    "responded",
    "confirmed",
    "denied",
    "acknowledged",
    "suggested",
    "urged",
    "called",
];

/// Words that may follow a title that ends a noun phrase: "an official familiar with",
/// "the spokesman for", "a diplomat who".
const AFTER_TITLE: &[&str] = &[
    "for", "at", "with", "in", "from", "on", "who", "whom", "whose", "that", "familiar", "close",
    "speaking", "involved", "briefed", "to", "said", "says", "told", "also", "later", "then",
    "later", "and", "or", "but", "has", "had", "have", "is", "was", "will", "would", "could",
    "may", "might", "can", "did", "does", "declined", "insisted", "argued", "added", "noted",
];

const COPULAS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "as",
    "become",
    "became",
    "remains",
    "remained",
    "becomes",
    "not",
    "like",
    "named",
    "appointed",
    "elected",
];

const QUANTIFIERS: &[&str] = &[
    "the",
    "many",
    "some",
    "several",
    "most",
    "other",
    "these",
    "those",
    "both",
    "all",
    "few",
    "numerous",
    "two",
    "three",
    "four",
    "five",
    "six",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "various",
    "more",
    "fellow",
];

/// Lower-case heads of a public body's description: "the port authority", "the health ministry".
const LOWER_ORG_HEADS: &[&str] = &[
    "authority",
    "agency",
    "ministry",
    "department",
    "commission",
    "council",
    "committee",
    "board",
    "bureau",
];

/// Words that do not make a description a body's name: "the same agency", "the new board".
const NOT_ORG_MODIFIERS: &[&str] = &[
    "same", "other", "new", "entire", "whole", "first", "last", "next", "former", "such", "this",
    "that", "each", "every", "any", "its", "their", "our", "his", "her", "your", "my", "one",
    "whose", "which", "what", "full", "second", "third", "of", "the", "a", "an", "and", "or",
    "where", "when", "while", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
    "was", "are", "were", "not", "but", "if", "than", "into", "about", "after", "before",
];

/// Nouns that describe an organisation in apposition: "Ridgeline Energy, the company behind…".
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "agency",
    "organisation",
    "organization",
    "bank",
    "charity",
    "utility",
    "operator",
    "developer",
    "manufacturer",
    "maker",
    "automaker",
    "carrier",
    "airline",
    "insurer",
    "retailer",
    "lender",
    "startup",
    "conglomerate",
    "nonprofit",
    "consortium",
    "contractor",
    "publisher",
    "broadcaster",
    "newspaper",
    "network",
    "giant",
    "supplier",
    "producer",
    "union",
    "association",
    "foundation",
    "institute",
];

/// Modifiers that qualify a role or a person, never a body: no organisation's name starts with
/// one ("Former Bank Manager Charged" is no bank "Former Bank").
const ROLE_ONLY_MODIFIERS: &[&str] = &[
    "former",
    "acting",
    "interim",
    "then",
    "elect",
    "presumptive",
    "likely",
    "potential",
];

/// Lower-case nouns that name only a firm, never a person's job, so that a name right after
/// one is the firm's: "utility company Keystone Power", "investment bank Halden Marsh".
const FIRM_NOUNS: &[&str] = &[
    "company",
    "firm",
    "bank",
    "utility",
    "drugmaker",
    "automaker",
    "carmaker",
    "chipmaker",
    "airline",
    "insurer",
    "retailer",
    "lender",
    "conglomerate",
    "brokerage",
    "charity",
    "nonprofit",
];

/// Last words of company names that are also surnames ("Keystone Power", "Samantha Power"),
/// so left out of `data/company_cues.txt`: they make a name of two words or more a firm only
/// when its first word is no given name and no title or role comes with it.
pub const SURNAME_FIRM_WORDS: &[&str] = &["Power", "Steel", "Gold", "Oil", "Gas", "Water"];

/// Verbs in the present or an irregular past after a name that make it the subject of a
/// clause describing what comes before it ("the company Ann Lee runs").
const CLAUSE_VERBS: &[&str] = &[
    "runs", "ran", "owns", "leads", "led", "heads", "built", "took", "bought", "sold", "made",
    "left", "joined", "started", "founded", "began", "set", "chairs", "manages",
];

/// Words that may follow the noun of such an apposition: "the company behind the project",
/// "the firm that built it", "the group based in Ohio".
const ORG_NOUN_FOLLOWERS: &[&str] = &[
    "behind",
    "that",
    "which",
    "whose",
    "based",
    "owned",
    "run",
    "founded",
    "with",
    "in",
    "at",
    "for",
    "of",
    "building",
    "operating",
    "responsible",
    "developing",
    "leading",
    "from",
];

/// Last words of sports clubs, which end an organisation's name ("Castleton United") and alone
/// stand for the club ("the Harriers", "United"). The lexicon marks them as company cues.
pub const CLUB_WORDS: &[&str] = &[
    "United",
    "Rovers",
    "Harriers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Rangers",
];

/// Words that end a body's name after a demonym ("a member of the Chinese team who …").
const STOP_AFTER_DEMONYM: &[&str] = &[
    "who", "which", "that", "and", "or", "but", "in", "on", "at", "to", "for", "of", "with",
    "from", "by", "as", "than", "says", "told", "tells",
];

/// Modifiers that follow their title ("Attorney General", "President Elect"): the title
/// before them stays the role's head.
pub const TITLE_MODIFIERS_AFTER: &[&str] = &["general", "elect", "designate"];

/// Whether `w` is a suffix after a name ("Jr.", "III"), no part of the surname.
pub fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III")
}

pub const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "la", "le", "del", "dos",
    "ibn",
];

pub struct Scanner<'a, 't> {
    lex: &'static Lexicon,
    text: &'t str,
    toks: &'a [Tok<'t>],
    /// The gazetteer phrase starting at each token, found once.
    phrases: Vec<Option<(Target, usize)>>,
    pub out: Vec<Raw<'t>>,
}

impl<'a, 't> Scanner<'a, 't> {
    pub fn new(text: &'t str, toks: &'a [Tok<'t>]) -> Self {
        let mut scanner = Scanner {
            lex: Lexicon::get(),
            text,
            toks,
            phrases: Vec::new(),
            out: Vec::new(),
        };
        scanner.phrases = (0..toks.len()).map(|i| scanner.find_phrase(i)).collect();
        scanner
    }

    fn tok(&self, i: usize) -> Option<&'a Tok<'t>> {
        self.toks.get(i)
    }

    fn slice(&self, start: usize, end: usize) -> String {
        self.text.get(start..end).unwrap_or("").to_owned()
    }

    fn push(&mut self, start: usize, end: usize, token: usize, what: What<'t>) {
        if start < end {
            self.out.push(Raw {
                start,
                end,
                token,
                what,
            });
        }
    }

    pub fn run(mut self) -> Vec<Raw<'t>> {
        let mut i = 0;
        while i < self.toks.len() {
            i = self.step(i).max(i + 1);
        }
        self.acronyms();
        self.out
    }

    /// "Climate Action Network (CAN) … According to CAN": an organisation's acronym given in
    /// parentheses right after its name stands for it wherever else the text writes it (all
    /// capitals, two to seven letters, where no mention of the scan is already).
    fn acronyms(&mut self) {
        let mut found: Vec<(&'t str, String)> = Vec::new();
        for raw in &self.out {
            let What::Organization { name } = &raw.what else {
                continue;
            };
            let end = self.toks.partition_point(|t| t.start < raw.end);
            let (Some(open), Some(word), Some(close)) =
                (self.tok(end), self.tok(end + 1), self.tok(end + 2))
            else {
                continue;
            };
            if open.word == "("
                && close.word == ")"
                && acronym(word.word)
                && !found.iter().any(|(a, _)| *a == word.word)
            {
                found.push((word.word, name.clone()));
            }
        }
        if found.is_empty() {
            return;
        }
        let covered: Vec<(usize, usize)> = self.out.iter().map(|r| (r.start, r.end)).collect();
        for (k, t) in self.toks.iter().enumerate() {
            let Some((_, name)) = found.iter().find(|(a, _)| *a == t.word) else {
                continue;
            };
            let inside = covered.iter().any(|&(s, e)| s <= t.start && t.start < e);
            // Not the parenthesis that gives it.
            let given = k > 0 && self.tok(k - 1).is_some_and(|p| p.word == "(");
            if !inside && !given {
                let (s, e) = (t.start, t.end);
                let name = name.clone();
                self.push(s, e, k, What::Organization { name });
            }
        }
    }

    /// Tries the rules at token `i`; returns the index of the next token to look at.
    fn step(&mut self, i: usize) -> usize {
        let Some(t) = self.tok(i) else { return i + 1 };
        if t.kind != TokenKind::Word {
            return i + 1;
        }
        if let Some(kind) = pronoun(&t.lower) {
            let (s, e) = (t.start, t.end);
            self.push(s, e, i, What::Pronoun(kind));
            self.kin_reference(i);
            return i + 1;
        }
        if matches!(&*t.lower, "the" | "a" | "an") {
            return self.determiner(i);
        }
        // A lower-case word in no list starts nothing: every rule below needs a capital, a title,
        // a modifier, a group noun or a gazetteer phrase at its first token.
        if !t.capitalised && t.lf == 0 && t.xf == 0 {
            return i + 1;
        }
        // "Obama Says African-American Museum …": a headline's speech verb starts nothing, nor
        // does its particle ("Calls Out", "Speaks Up").
        if t.capitalised && self.headline_speech(i) {
            let particle = self
                .tok(i + 1)
                .is_some_and(|n| matches!(n.word, "Out" | "Up" | "Off" | "Back" | "Down"));
            return i + 1 + usize::from(particle);
        }
        if let Some(next) = self.role_and_name(i) {
            return next;
        }
        // "Third-placed Redbridge Rovers", "Cash-strapped Norvik": a sentence's first word
        // hyphenated with a lower-case part, before a name, is an adjective capitalised only by
        // its place ("Working-class voters" stays a group).
        if t.initial
            && lower_compound(t.word)
            && self
                .tok(i + 1)
                .is_some_and(|n| n.capitalised && n.kind == TokenKind::Word)
        {
            return i + 1;
        }
        if let Some(next) = self.organization_run(i, i) {
            return next;
        }
        if let Some(next) = self.group(i) {
            return next;
        }
        if let Some(next) = self.gazetteer(i) {
            return next;
        }
        if self.tok(i).is_some_and(|t| t.possessive) {
            if let Some(next) = self.campaign(i, i) {
                return next;
            }
        }
        if let Some(next) = self.name(i, i, Vec::new(), None, false) {
            return next;
        }
        i + 1
    }

    /// The gazetteer phrase starting at token `i`: its target and the index after it.
    fn phrase_at(&self, i: usize) -> Option<(Target, usize)> {
        self.phrases.get(i).copied().flatten()
    }

    fn find_phrase(&self, i: usize) -> Option<(Target, usize)> {
        let first = self.tok(i)?;
        if !first.x(X_PHRASE) {
            return None;
        }
        let phrases = self.lex.phrases.get(first.word)?;
        'phrases: for phrase in phrases {
            let n = phrase.words.len();
            for (k, word) in phrase.words.iter().enumerate() {
                let Some(t) = self.tok(i + k) else {
                    continue 'phrases;
                };
                if t.word != *word || (k + 1 < n && t.possessive) {
                    continue 'phrases;
                }
                if k > 0 && t.sentence != first.sentence {
                    continue 'phrases;
                }
            }
            return Some((phrase.target, i + n));
        }
        None
    }

    /// Collects a role phrase from token `i`: modifiers, titles, countries and seats of power.
    /// Returns (index after the last title word, the head, country mentions inside, plural).
    fn role(&self, i: usize, allow_unnamed: bool) -> Option<RolePhrase> {
        let mut j = i;
        // Up to two capitalised words of a name or organisation before the role words:
        // "Trump campaign spokeswoman", "Sanders campaign manager", "American Bridge President".
        let mut names = Vec::new();
        while j < i + 2 {
            let Some(t) = self.tok(j) else { break };
            let club = CLUB_WORDS.contains(&t.word);
            if t.possessive || t.kind != TokenKind::Word || !(club || self.is_name_part(j, t, true))
            {
                break;
            }
            names.push(j);
            j += 1;
        }
        if !names.is_empty()
            && !self
                .tok(j)
                .is_some_and(|t| t.l(L_MODIFIER | L_TITLE) && t.sentence == self.toks[i].sentence)
        {
            return None;
        }
        let mut head: Option<(usize, Title)> = None;
        let mut plural_at = None;
        let mut post = None;
        let mut countries = Vec::new();
        let sentence = self.tok(i)?.sentence;
        while let Some(t) = self.tok(j) {
            if t.kind != TokenKind::Word || t.sentence != sentence {
                break;
            }
            if let Some((target, next)) = self.phrase_at(j) {
                let last = self.tok(next - 1)?;
                // "U.S. President", "FBI Director", "Texas Sen.": countries are mentions too.
                if let Target::Country { index, .. } = target {
                    countries.push((t.start, last.end, j, index));
                }
                j = next;
                if last.possessive && j - 1 != i {
                    break;
                }
                continue;
            }
            if t.possessive && j != i {
                break;
            }
            let lower = &*t.lower;
            // "Attorney General", "Secretary General", "President Elect": a modifier after its
            // title ends the role (the title stays its head), "general" a title only alone.
            if TITLE_MODIFIERS_AFTER.contains(&lower) && head.is_some_and(|(end, _)| end == j) {
                j += 1;
                post = Some(j);
                continue;
            }
            if let Some(title) = t
                .l(L_TITLE)
                .then(|| self.lex.title(lower))
                .flatten()
                .filter(|tt| allow_unnamed || !tt.unnamed_only)
            {
                j += 1;
                head = Some((j, *title));
                if t.possessive {
                    break;
                }
                continue;
            }
            if t.l(L_PLURAL) {
                plural_at = Some(j + 1);
                break;
            }
            if t.l(L_MODIFIER) && !(lower == "of" && j == i) {
                j += 1;
                if t.possessive {
                    break;
                }
                continue;
            }
            // "Assistant District Attorney", "Deputy Police Chief": after a modifier, a
            // capitalised word or two before the first title belong to the role (not the
            // "Steve" of "Rep. Steve King"). A title that is also a modifier counts as one
            // ("Chief Financial Officer", "Chief Operating Officer"), unless the word is a
            // given name ("Chief Anna …").
            let after_modifier = match head {
                None => true,
                Some((end, _)) => end == j && self.toks[j - 1].l(L_MODIFIER) && !t.x(X_GIVEN),
            };
            if j > i && after_modifier && !t.possessive && self.is_name_part(j, t, false) {
                let title_at = |k: usize| {
                    self.tok(k).is_some_and(|n| {
                        n.sentence == sentence && n.l(L_TITLE) && self.lex.title(&n.lower).is_some()
                    })
                };
                let part_at = |k: usize| {
                    self.tok(k).is_some_and(|n| {
                        !n.possessive && n.sentence == sentence && self.is_name_part(k, n, false)
                    })
                };
                if title_at(j + 1) {
                    j += 1;
                    continue;
                }
                if part_at(j + 1) && title_at(j + 2) {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        if let Some(end) = plural_at {
            return Some(RolePhrase {
                end,
                head: None,
                countries,
                plural: true,
                names,
            });
        }
        let (head_end, title) = head?;
        let end = post.filter(|&p| p == head_end + 1).unwrap_or(head_end);
        countries.retain(|c| c.2 < end);
        let head_tok = self.tok(head_end - 1)?;
        Some(RolePhrase {
            end,
            head: Some((head_tok.lower.to_string(), title)),
            countries,
            plural: false,
            names,
        })
    }

    /// The names inside a role ("Trump" in "Trump adviser", "Blue Harbor" in "Blue Harbor
    /// spokeswoman") are mentions of their own.
    fn push_role_names(&mut self, names: &[usize]) {
        let (Some(&first), Some(&last)) = (names.first(), names.last()) else {
            return;
        };
        let (Some(a), Some(b)) = (self.tok(first), self.tok(last)) else {
            return;
        };
        let (s, e) = (a.start, b.end);
        let words = names
            .iter()
            .filter_map(|&k| self.tok(k))
            .map(|t| t.word)
            .collect();
        self.push(
            s,
            e,
            first,
            What::Name {
                words,
                confirmed: false,
                roles: Vec::new(),
                gender: None,
            },
        );
    }

    fn push_countries(&mut self, countries: &[(usize, usize, usize, usize)]) {
        for &(s, e, token, index) in countries {
            self.push(
                s,
                e,
                token,
                What::Country {
                    index,
                    independent: false,
                },
            );
        }
    }

    /// `the`/`a`/`an` before a role without a name: a title-only reference or an unnamed person.
    fn determiner(&mut self, i: usize) -> usize {
        let Some(det) = self.tok(i) else { return i + 1 };
        let indefinite = det.lower != "the";
        let det_start = det.start;
        if !indefinite {
            // Phrases that start with the article: "the Times", "the Post".
            if let Some((target, next)) = self.phrase_at(i) {
                if let Some(end) = self.tok(next - 1).map(|t| t.end) {
                    return self.place_or_mention(i, next, det_start, end, target);
                }
            }
            // "a spokesperson for the port authority": a public body described in lower case.
            if i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                matches!(p.word, "for" | "of" | "at") && p.sentence == det.sentence
            }) {
                if let Some(next) = self.lower_org_end(i) {
                    let first = self.tok(i + 1).map_or(det_start, |t| t.start);
                    let last = self.tok(next - 1).map_or(det_start, |t| t.end);
                    let name = self.slice(first, last);
                    let name = name
                        .strip_suffix("’s")
                        .or_else(|| name.strip_suffix("'s"))
                        .unwrap_or(&name)
                        .to_owned();
                    self.push(det_start, last, i, What::Organization { name });
                    return next;
                }
            }
            // "the ministry said", "the campaign's": an organisation named before.
            if let Some(noun) = self.tok(i + 1) {
                let closes = match self.tok(i + 2) {
                    None => true,
                    Some(a) => {
                        a.sentence != noun.sentence
                            || a.kind != TokenKind::Word
                            || is_verbish(&a.lower)
                    }
                };
                if noun.l(L_ORG_CUE) && !noun.capitalised && (closes || noun.possessive) {
                    let head = noun.lower.to_string();
                    let end = noun.end;
                    self.push(det_start, end, i, What::OrgRef { head });
                    return i + 2;
                }
            }
            // "the Defence Ministry", "The New York Times": the article belongs to the mention.
            if let Some(next) = self.organization_run(i + 1, i) {
                return next;
            }
            // "the Trump campaign", "the Obama administration".
            if let Some(next) = self.campaign(i + 1, i) {
                return next;
            }
        }
        // "the White House", "the Kremlin", "the Pentagon": the article belongs to the mention.
        if !indefinite {
            if let Some((target, next)) = self.phrase_at(i + 1) {
                if matches!(
                    target,
                    Target::Organization(_)
                        | Target::Country {
                            form: CountryForm::Seat,
                            ..
                        }
                ) && self
                    .role(i + 1, true)
                    .is_none_or(|r| r.head.is_none() && !r.plural)
                    && self.group(i + 1).is_none()
                {
                    let (start, end) = (det_start, self.tok(next - 1).map_or(det_start, |t| t.end));
                    return self.place_or_mention(i, next, start, end, target);
                }
            }
        }
        let Some(role) = self.role(i + 1, true) else {
            return i + 1;
        };
        if role.plural {
            return i + 1;
        }
        let Some((head, title)) = role.head.clone() else {
            return i + 1;
        };
        // A name follows: the rules at the next token take it.
        if self
            .tok(role.end)
            .is_some_and(|t| self.is_name_part(role.end, t, true))
        {
            return i + 1;
        }
        if title.courtesy {
            return i + 1;
        }
        // The title must end the noun phrase: "a general election", "an executive order" and
        // "a host of issues" name no one.
        let ends_phrase = match self.tok(role.end) {
            None => true,
            Some(t) => {
                t.sentence != self.toks[i].sentence
                    || t.kind != TokenKind::Word
                    || is_verbish(&t.lower)
                    || AFTER_TITLE.contains(&&*t.lower)
                    || (t.lower == "of" && !matches!(&*head, "host" | "chief" | "chair"))
            }
        };
        if !ends_phrase {
            return i + 1;
        }
        let Some(last) = self.tok(role.end - 1) else {
            return i + 1;
        };
        let Some(first) = self.tok(i + 1) else {
            return i + 1;
        };
        let end = last.end;
        // "Trump, who is a leader": a predicate describes someone named, it names no one new.
        let copula = i
            .checked_sub(1)
            .and_then(|k| self.tok(k))
            .is_some_and(|p| COPULAS.contains(&&*p.lower));
        if indefinite && copula {
            return role.end;
        }
        self.push_countries(&role.countries);
        self.push_role_names(&role.names);
        if indefinite {
            // "a spokeswoman for the prime minister", "an official at the Foreign Ministry".
            let mut end = end;
            let mut next = role.end;
            if self
                .tok(next)
                .is_some_and(|t| matches!(t.word, "for" | "at" | "of" | "with"))
            {
                let mut k = next + 1;
                let resume = k;
                if self.tok(k).is_some_and(|t| t.lower == "the") {
                    k += 1;
                }
                let stop = if let Some(r) = self.role(k, false).filter(|r| r.head.is_some()) {
                    Some(r.end)
                } else if let Some(after) =
                    (k > resume).then(|| self.lower_org_end(resume)).flatten()
                {
                    Some(after)
                } else if let Some(after) = self.cue_run_end(k) {
                    // "a spokesman for the Pennsylvania Emergency Management Agency": the whole
                    // body, not the place its name starts with.
                    Some(after)
                } else if let Some((target, after)) = self.phrase_at(k) {
                    // "a member of the Chinese delegation": the nouns after a demonym belong
                    // to the body (up to two lower-case words that are no verb or function word).
                    let mut m = after;
                    if matches!(
                        target,
                        Target::Country {
                            form: CountryForm::Demonym,
                            ..
                        }
                    ) {
                        let sentence = self.tok(k).map(|t| t.sentence);
                        while m < after + 2
                            && self.tok(m).is_some_and(|t| {
                                t.kind == TokenKind::Word
                                    && !t.capitalised
                                    && Some(t.sentence) == sentence
                                    && !is_verbish(&t.lower)
                                    && !t.x(X_STOP)
                                    && !STOP_AFTER_DEMONYM.contains(&&*t.lower)
                            })
                        {
                            m += 1;
                        }
                    }
                    Some(m)
                } else {
                    let mut m = k;
                    while m < k + 4
                        && self
                            .tok(m)
                            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
                    {
                        m += 1;
                    }
                    (m > k).then_some(m)
                };
                if let Some(stop) = stop {
                    if let Some(last) = self.tok(stop - 1) {
                        end = last.end;
                        next = resume;
                    }
                }
            }
            let name = self.slice(first.start, end);
            let name = name
                .strip_suffix("’s")
                .or_else(|| name.strip_suffix("'s"))
                .unwrap_or(&name)
                .to_owned();
            self.push(
                det_start,
                end,
                i,
                What::Unnamed {
                    name,
                    head,
                    gender: title.gender,
                },
            );
            // The words after "for the" are read again: "the prime minister" is a mention too.
            return next;
        } else {
            let qualifiers = (i + 1..role.end - 1)
                .filter_map(|k| self.tok(k))
                .map(|t| t.lower.to_string())
                .filter(|w| w != "of")
                .collect();
            self.push(det_start, end, i, What::TitleRef { head, qualifiers });
        }
        role.end
    }

    /// The index after the last organisation cue word ("Agency", "Department"; no club word) of a run of up
    /// to six capitalised words from `k` in one sentence, if the run has one.
    fn cue_run_end(&self, k: usize) -> Option<usize> {
        let sentence = self.tok(k)?.sentence;
        let mut end = None;
        for m in k..k + 6 {
            let Some(t) = self.tok(m) else { break };
            if t.kind != TokenKind::Word || !t.capitalised || t.sentence != sentence {
                break;
            }
            // A club word is no body's head here: "the United States".
            if t.x(X_CUE) && !CLUB_WORDS.contains(&t.word) {
                end = Some(m + 1);
            }
            if t.possessive {
                break;
            }
        }
        end
    }

    /// "the port authority", "the state health department": `the`, one to three lower-case
    /// words and a body's head noun. Returns the index after the head.
    fn lower_org_end(&self, i: usize) -> Option<usize> {
        let det = self.tok(i)?;
        if det.lower != "the" {
            return None;
        }
        let mut j = i + 1;
        let mut head = None;
        while let Some(t) = self.tok(j) {
            if t.kind != TokenKind::Word || t.capitalised || t.sentence != det.sentence || j > i + 5
            {
                break;
            }
            let lower = &*t.lower;
            if LOWER_ORG_HEADS.contains(&lower) {
                if j == i + 1 && head.is_none() {
                    // "the ministry": no description; the rules for a body named before apply.
                    return None;
                }
                head = Some(j + 1);
                j += 1;
                if t.possessive {
                    break;
                }
                continue;
            }
            if head.is_some()
                || j >= i + 4
                || t.possessive
                || NOT_ORG_MODIFIERS.contains(&lower)
                || pronoun(lower).is_some()
                || t.x(X_STOP)
            {
                break;
            }
            j += 1;
        }
        head
    }

    /// `, the company behind the project,` after an organisation's name: the apposition's span
    /// and the token after it.
    fn org_apposition(&self, i: usize) -> Option<(usize, usize, usize)> {
        let comma = self.tok(i)?;
        if comma.word != "," {
            return None;
        }
        let article = self.tok(i + 1)?;
        if !matches!(&*article.lower, "the" | "a" | "an") {
            return None;
        }
        let mut j = i + 2;
        let head = loop {
            let t = self.tok(j)?;
            if t.kind != TokenKind::Word || t.sentence != comma.sentence || t.possessive {
                return None;
            }
            if ORG_NOUNS.contains(&&*t.lower) {
                break j;
            }
            if j >= i + 4 || t.capitalised || LOWER_ORG_HEADS.contains(&&*t.lower) {
                return None;
            }
            j += 1;
        };
        let closes = |t: &Tok| {
            matches!(t.word, "," | "." | ";" | ")" | "—" | "–") || t.sentence != comma.sentence
        };
        let mut end = head + 1;
        match self.tok(end) {
            None => {}
            Some(t) if closes(t) => {}
            Some(t) if ORG_NOUN_FOLLOWERS.contains(&&*t.lower) => {
                // The rest of the apposition, up to its closing comma.
                while end < head + 10 && self.tok(end).is_some_and(|t| !closes(t)) {
                    end += 1;
                }
                if self.tok(end).is_some_and(|t| !closes(t)) {
                    return None;
                }
            }
            Some(_) => return None,
        }
        let last = self.tok(end - 1)?;
        let after = if self.tok(end).is_some_and(|t| t.word == ",") {
            end + 1
        } else {
            end
        };
        Some((article.start, last.end, after))
    }

    /// Pushes an organisation's apposition as a mention of it; returns the token after it.
    fn push_org_apposition(&mut self, i: usize, token: usize, name: &str) -> Option<usize> {
        let (start, end, after) = self.org_apposition(i)?;
        self.push(
            start,
            end,
            token,
            What::Organization {
                name: name.to_owned(),
            },
        );
        Some(after)
    }

    /// A role followed by a name: "German Chancellor Friedrich Merz", "Mr. Putin".
    fn role_and_name(&mut self, i: usize) -> Option<usize> {
        let role = self.role(i, false)?;
        let (_, title) = role.head.clone()?;
        let first = self.tok(role.end)?;
        if !self.is_name_part(role.end, first, true) {
            return None;
        }
        // "General Freight Co", "Chief Freight Co": a lone title that is also a modifier before
        // a capitalised run with an organisation cue opens the organisation's name.
        if role.end == i + 1
            && self.tok(i).is_some_and(|t| t.l(L_MODIFIER))
            && self.cue_run_end(role.end).is_some()
        {
            return None;
        }
        let last = self.tok(role.end - 1)?;
        let start = self.tok(i)?.start;
        let mut roles = Vec::new();
        if !title.courtesy {
            roles.push(self.text.get(start..last.end).unwrap_or(""));
        }
        let countries = role.countries.clone();
        let next = self.name(role.end, i, roles, title.gender, true)?;
        self.push_countries(&countries);
        self.push_role_names(&role.names);
        Some(next)
    }

    /// A capitalised run ending in an organisation cue word: "Defense Ministry", "Acme Inc.",
    /// or a cue word followed by "of": "Ministry of Defence".
    fn organization_run(&mut self, i: usize, from: usize) -> Option<usize> {
        let first = self.tok(i)?;
        let span_start = self.tok(from)?.start;
        // "Former Bank Manager Charged …": a word that only qualifies a role ("former",
        // "acting") starts no organisation's name.
        if !first.capitalised
            || first.x(X_STOP)
            || (!first.word.ends_with('.') && TITLE_CASE_WORDS.contains(&&*first.lower))
            || ROLE_ONLY_MODIFIERS.contains(&&*first.lower)
        {
            return None;
        }
        let mut j = i;
        let mut last_cue = None;
        // How many "of"/"for"/"and" joined the words after them, and whether the first was
        // "and".
        let mut joins = 0usize;
        let mut first_and = false;
        while let Some(t) = self.tok(j) {
            if t.sentence != first.sentence {
                break;
            }
            if t.kind == TokenKind::Word && t.capitalised {
                if self.headline_speech(j) {
                    break;
                }
                // "… Charged In Robbery Of The United …": a capitalised function word inside
                // the run is a title-case headline, not a name.
                if j > i && !t.word.ends_with('.') && TITLE_CASE_WORDS.contains(&&*t.lower) {
                    // Not "NBC News and" before "The Wall Street Journal".
                    if self
                        .tok(j - 1)
                        .is_some_and(|p| matches!(p.word, "of" | "for" | "and"))
                    {
                        j -= 1;
                    }
                    break;
                }
                if t.x(X_CUE) {
                    last_cue = Some(j + 1);
                }
                j += 1;
                // "The Farmers' Alliance", "Teachers’ Union": the possessive of a plural noun
                // for people (not "Sanders’", not "Democrats'") before a capitalised word with
                // no cue yet is part of the name.
                let plural_possessive = t.word.ends_with('s')
                    && t.l(L_GROUP | L_PLURAL)
                    && !t.x(X_GROUP)
                    && self
                        .text
                        .get(t.end..)
                        .and_then(|r| r.strip_prefix('\'').or_else(|| r.strip_prefix('’')))
                        .is_some_and(|r| !r.starts_with('s'))
                    && last_cue.is_none()
                    && self
                        .tok(j)
                        .is_some_and(|n| n.capitalised && n.kind == TokenKind::Word);
                if t.possessive && !plural_possessive {
                    break;
                }
                continue;
            }
            // "Ministry of Foreign Affairs", "Bank of England"; and one more "of" or "for"
            // after the joined words: "Court of Arbitration for Sport"; not before a country
            // ("the Ministry of Finance for Russia").
            if matches!(t.word, "of" | "for" | "and")
                && (last_cue == Some(j)
                    || (joins == 1
                        && !first_and
                        && t.word != "and"
                        && !matches!(self.phrase_at(j + 1), Some((Target::Country { .. }, _)))))
                && self.tok(j + 1).is_some_and(|n| {
                    n.capitalised
                        && n.kind == TokenKind::Word
                        && (last_cue == Some(j) || !n.x(X_GIVEN))
                })
            {
                if joins == 0 {
                    first_and = t.word == "and";
                }
                joins += 1;
                j += 1;
                continue;
            }
            break;
        }
        let end = last_cue?;
        // "the Harriers", "United": a club's last word alone, with no capitalised word after it.
        if end == i + 1 && j == end && CLUB_WORDS.contains(&first.word) {
            let name = first.word.to_owned();
            self.push(span_start, first.end, from, What::Organization { name });
            return Some(end);
        }
        // Trailing words after "of": "Ministry of Defence" ends at the run's end, and so does
        // "Institute for School Reform", whose last cue word comes after the "for".
        let end = if j > end
            && (joins > 0
                || self
                    .tok(end)
                    .is_some_and(|t| matches!(t.word, "of" | "for" | "and")))
        {
            // "Department of Health Services Director Ann Lee": the extension stops at a title
            // (with the titles after it) that a name follows, keeping a word after "of".
            let join = (i..j).find(|&k| self.tok(k).is_some_and(|t| !t.capitalised));
            let title_before_name = |k: usize| {
                let mut m = k;
                while m < j
                    && self
                        .tok(m)
                        .is_some_and(|t| t.capitalised && t.l(L_TITLE | L_MODIFIER))
                {
                    m += 1;
                }
                m > k && m < j && self.tok(m).is_some_and(|t| self.is_name_part(m, t, true))
            };
            (end.max(join.map_or(end, |p| p + 2))..j)
                .find(|&k| self.tok(k).is_some_and(|t| t.l(L_TITLE)) && title_before_name(k))
                .unwrap_or(j)
        } else {
            end
        };
        if end - i < 2 {
            return None;
        }
        let last = self.tok(end - 1)?;
        let name = self.slice(first.start, last.end);
        let (s, e) = (span_start, last.end);
        self.push(s, e, from, What::Organization { name: name.clone() });
        if !last.possessive {
            if let Some(after) = self.push_org_apposition(end, i, &name) {
                return Some(after);
            }
        }
        Some(end)
    }

    /// Modifiers and a plural group noun: "European leaders", "U.S. officials", "analysts".
    fn group(&mut self, i: usize) -> Option<usize> {
        let first = self.tok(i)?;
        let mut j = i;
        let mut countries = Vec::new();
        while let Some(t) = self.tok(j) {
            if t.kind != TokenKind::Word || t.sentence != first.sentence {
                return None;
            }
            if t.l(L_GROUP) && (!t.capitalised || t.initial || j > i || t.x(X_GROUP)) {
                // "the commander told reporters": the press a statement is made to is its
                // audience, no actor.
                if j == i
                    && matches!(&*t.lower, "reporters" | "journalists")
                    && i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                        p.sentence == first.sentence
                            && matches!(&*p.lower, "told" | "tells" | "telling" | "briefed")
                    })
                {
                    return Some(j + 1);
                }
                // A determiner or quantifier before the group belongs to the mention.
                let start = i
                    .checked_sub(1)
                    .and_then(|k| self.tok(k))
                    .filter(|p| p.sentence == first.sentence && QUANTIFIERS.contains(&&*p.lower))
                    .map_or(first.start, |p| p.start);
                let end = t.end;
                let mut name = String::new();
                for k in i..=j {
                    let Some(w) = self.tok(k) else { break };
                    if !name.is_empty() {
                        name.push(' ');
                    }
                    if (w.initial && !w.x(X_GROUP | X_STOP) && w.l(L_MODIFIER))
                        || (k == j && !w.x(X_GROUP))
                    {
                        name.push_str(&w.lower);
                    } else {
                        name.push_str(w.word);
                    }
                }
                let definite = j == i
                    && i.checked_sub(1)
                        .and_then(|k| self.tok(k))
                        .is_some_and(|p| p.lower == "the");
                self.push_countries(&countries);
                self.push(start, end, i, What::Group { name, definite });
                return Some(j + 1);
            }
            if t.possessive {
                return None;
            }
            if let Some((Target::Country { index, .. }, next)) = self.phrase_at(j) {
                let last = self.tok(next - 1)?;
                countries.push((t.start, last.end, j, index));
                j = next;
                continue;
            }
            if t.l(L_MODIFIER) && t.lower != "of" {
                j += 1;
                continue;
            }
            // "Council members", "Trump supporters": up to two capitalised words.
            if t.capitalised
                && j < i + 2
                && t.word.chars().any(char::is_lowercase)
                && !t.x(X_STOP)
                && !t.l(L_TITLE)
            {
                j += 1;
                continue;
            }
            return None;
        }
        None
    }

    /// A name and "campaign", "administration", "camp" or "team": the organisation around a person.
    fn campaign(&mut self, i: usize, from: usize) -> Option<usize> {
        let name = self.tok(i)?;
        let noun = self.tok(i + 1)?;
        if !matches!(
            &*noun.lower,
            "campaign" | "administration" | "camp" | "team"
        ) || !self.is_name_part(i, name, true)
            || noun.sentence != name.sentence
        {
            return None;
        }
        let start = self.tok(from)?.start;
        let label = format!("{} {}", name.word, noun.lower);
        self.push(start, noun.end, from, What::Organization { name: label });
        self.push(
            name.start,
            name.end,
            i,
            What::Name {
                words: vec![name.word],
                confirmed: false,
                roles: Vec::new(),
                gender: None,
            },
        );
        Some(i + 2)
    }

    /// Countries, their capitals and seats, organisations and places from the gazetteer.
    fn gazetteer(&mut self, i: usize) -> Option<usize> {
        let (target, next) = self.phrase_at(i)?;
        let start = self.tok(i)?.start;
        let end = self.tok(next - 1)?.end;
        // A gazetteer word after a given name is a surname: "George Washington".
        if i > 0
            && self
                .tok(i - 1)
                .is_some_and(|p| p.capitalised && p.x(X_GIVEN))
        {
            return None;
        }
        // "US$4 billion", "US $4 billion": a country before a currency symbol names the
        // currency, not the country.
        if matches!(target, Target::Country { .. })
            && self.text[end..]
                .trim_start_matches(' ')
                .starts_with(['$', '€', '£', '¥'])
        {
            return Some(next);
        }
        // A one-word country name before a capitalised word that is no gazetteer entry or
        // organisation word, itself before a speech verb or an apposition, is a given name:
        // "Jordan Pike said", "Jordan Pike, a firefighter,"; a capital too ("said Sofia
        // Karlsson, chief economist").
        if let Target::Country {
            form: CountryForm::Name | CountryForm::Seat,
            ..
        } = target
        {
            if next == i + 1 && self.surname_follows(i) {
                return None;
            }
        }
        Some(self.place_or_mention(i, next, start, end, target))
    }

    /// Whether token `i + 1` is a surname: capitalised, in `i`'s sentence, no gazetteer entry
    /// or organisation word, standing alone elsewhere in the text, and followed by a speech verb
    /// or a comma and an apposition.
    fn surname_follows(&self, i: usize) -> bool {
        let (Some(first), Some(last)) = (self.tok(i), self.tok(i + 1)) else {
            return false;
        };
        if last.kind != TokenKind::Word
            || !last.capitalised
            || last.sentence != first.sentence
            || last.x(X_CUE)
            || last.x(X_STOP)
            || self.phrase_at(i + 1).is_some()
        {
            return false;
        }
        // Not inside a longer name ("the South China Sea, a"), and the surname stands alone
        // elsewhere ("Pike said"), which "America Rising, a group" does not.
        if i > 0
            && self
                .tok(i - 1)
                .is_some_and(|p| p.capitalised && p.sentence == first.sentence)
        {
            return false;
        }
        // A speech verb or an apposition after the two words; checked before the scan of the
        // whole text below, which most country names never need.
        let Some(after) = self.tok(i + 2) else {
            return false;
        };
        let speaks_or_described = SPEECH.contains(&&*after.lower)
            || after.word == ","
                && self.tok(i + 3).is_some_and(|n| {
                    matches!(&*n.lower, "a" | "an" | "the" | "who")
                        || n.word.chars().all(|c| c.is_ascii_digit())
                });
        // "said Sofia Karlsson, chief economist at …", "Jordan Lee, an analyst at …": a role in
        // apposition after the two words,
        // or a speech verb before them and an apposition after, is enough on its own.
        let article = usize::from(
            self.tok(i + 3)
                .is_some_and(|n| matches!(&*n.lower, "a" | "an")),
        );
        // Not a reporting clause: "Troops left Kabul Airport, a spokesman said."
        let role_after = after.word == ","
            && self
                .tok(i + 3 + article)
                .is_some_and(|n| !n.capitalised && n.l(L_TITLE))
            && !self
                .tok(i + 4 + article)
                .is_some_and(|n| SPEECH.contains(&&*n.lower));
        let spoken = i > 0
            && self
                .tok(i - 1)
                .is_some_and(|p| matches!(&*p.lower, "said" | "says" | "told" | "added"))
            && after.word == ",";
        if role_after || spoken {
            return true;
        }
        speaks_or_described
            && self.toks.iter().enumerate().any(|(k, t)| {
                k != i + 1
                    && t.word == last.word
                    && self
                        .tok(k.wrapping_sub(1))
                        .is_none_or(|p| p.word != first.word)
            })
    }

    fn place_or_mention(
        &mut self,
        i: usize,
        next: usize,
        start: usize,
        end: usize,
        target: Target,
    ) -> usize {
        match target {
            Target::Place => {}
            Target::Organization(index) => {
                let name = self
                    .lex
                    .organizations
                    .get(index)
                    .copied()
                    .unwrap_or("")
                    .to_owned();
                self.push(start, end, i, What::Organization { name });
            }
            Target::Country { index, form } => {
                let independent = match form {
                    CountryForm::Demonym => self.tok(next).is_some_and(|n| n.l(L_STATE)),
                    CountryForm::People => true,
                    CountryForm::Name | CountryForm::Seat => {
                        // "in Ukraine", "returned to Washington": a place, not the state acting.
                        let mut k = i;
                        while k > 0 && self.tok(k - 1).is_some_and(|p| p.lower == "the") {
                            k -= 1;
                        }
                        if k > 0
                            && self
                                .tok(k - 1)
                                .is_some_and(|p| LOCATIVE.contains(&&*p.lower))
                        {
                            let possessive = self.tok(next - 1).is_some_and(|t| t.possessive);
                            if !possessive {
                                return next;
                            }
                        }
                        true
                    }
                };
                self.push(start, end, i, What::Country { index, independent });
            }
        }
        next
    }

    /// Whether token `j` can be part of a person's name.
    fn is_name_part(&self, j: usize, t: &Tok, first: bool) -> bool {
        if t.kind != TokenKind::Word || !t.capitalised {
            return false;
        }
        let word = t.word;
        if !word.chars().any(char::is_lowercase) {
            // Initials ("J.") inside a name; all-caps words (acronyms, datelines) never.
            return !first && word.len() == 2 && word.ends_with('.');
        }
        if !first
            && matches!(word, "May" | "June" | "April" | "August")
            && self.tok(j.wrapping_sub(1)).is_some_and(|p| p.x(X_GIVEN))
        {
            // "Theresa May": a month after a given name is a surname.
            return true;
        }
        if t.x(X_STOP | X_CUE) || t.l(L_MODIFIER | L_TITLE | L_GROUP | L_PLURAL) {
            return false;
        }
        // "Obama Says …", "Mayor Tells City Council …": a headline's speech verb ends a name.
        if self.headline_speech(j) {
            return false;
        }
        if first
            && matches!(
                self.phrase_at(j),
                Some((
                    Target::Country {
                        form: CountryForm::Name | CountryForm::Seat,
                        ..
                    },
                    n
                )) if n == j + 1
            )
            && self.surname_follows(j)
        {
            // "Jordan Pike said": a country's name before a surname is a given name, and so is
            // a capital's ("said Sofia Karlsson, chief economist").
            return true;
        }
        if self.phrase_at(j).is_some() {
            // A country or place name after a given name is a surname.
            return !first && self.tok(j.wrapping_sub(1)).is_some_and(|p| p.x(X_GIVEN));
        }
        true
    }

    /// A run of capitalised words from `i`, taken as a name. `roles` and `gender` come from a
    /// title before it; `titled` says there was one.
    fn name(
        &mut self,
        i: usize,
        from: usize,
        mut roles: Vec<&'t str>,
        mut gender: Option<Gender>,
        titled: bool,
    ) -> Option<usize> {
        let first = self.tok(i)?;
        // No title over a line break ("By Ann Reporter" above "Updated 4 p.m.").
        if self
            .tok(from)
            .is_some_and(|t| t.paragraph != first.paragraph)
        {
            return None;
        }
        // The mention spans the title before the name too: "Mr. Trump", "Sen. Bernie Sanders".
        let span_start = self.tok(from).map_or(first.start, |t| t.start);
        if !self.is_name_part(i, first, true) {
            return None;
        }
        let sentence = first.sentence;
        let mut words = vec![first.word];
        let mut end_tok = i;
        let mut j = i + 1;
        if !first.possessive {
            while let Some(t) = self.tok(j) {
                // A name does not run over a sentence, nor so over a line break ("By Ann Lee"
                // above "Updated 4 p.m."): a token's paragraph is its sentence's.
                if t.sentence != sentence || words.len() >= 5 {
                    break;
                }
                // "van Dyke", and two particles in a row: "van der Berg", "de la Cruz".
                let particles = if !PARTICLES.contains(&t.word) {
                    0
                } else if self.tok(j + 1).is_some_and(|n| PARTICLES.contains(&n.word)) {
                    2
                } else {
                    1
                };
                if particles > 0
                    && self
                        .tok(j + particles)
                        .is_some_and(|n| self.is_name_part(j + particles, n, false))
                {
                    for k in j..j + particles {
                        words.push(self.toks[k].word);
                    }
                    j += particles;
                    continue;
                }
                if is_name_suffix(t.word) || self.is_name_part(j, t, false) {
                    words.push(t.word);
                    end_tok = j;
                    j += 1;
                    if t.possessive {
                        break;
                    }
                    continue;
                }
                break;
            }
        }
        words.truncate(end_tok + 1 - i);
        // After a title in the headline (the text's first paragraph, a single line with no
        // final period), a name of no given name holds only the words the text writes again
        // after that line: "Senator Whitcombe Defends Record" is Whitcombe, "Governor Race
        // Tightens as …" no one; a lone word followed by a lower-case word on the line stays a
        // name ("Mayor Quellstrom says …"), not one that ends a title-case line ("Mayor
        // Resigns").
        if titled
            && first.paragraph == self.toks[0].paragraph
            && !self.lex.given.contains_key(first.word)
            && self.in_headline(first)
        {
            if let Some(line_end) = self.single_line_headline() {
                let keep = words
                    .iter()
                    .take_while(|w| {
                        self.toks
                            .iter()
                            .any(|t| t.start >= line_end && t.capitalised && t.word == **w)
                    })
                    .count();
                let lower_case_after = self.tok(end_tok + 1).is_some_and(|n| {
                    n.start < line_end && n.kind == TokenKind::Word && !n.capitalised
                });
                if keep == 0 && (words.len() > 1 || !lower_case_after) {
                    return Some(end_tok + 1);
                }
                if keep > 0 {
                    words.truncate(keep);
                    end_tok = i + keep - 1;
                }
            }
        }
        let last = self.tok(end_tok)?;
        let (start, mut end) = (span_start, last.end);
        let given = self.lex.given.get(first.word).copied();
        if gender.is_none() {
            gender = given.flatten();
        }
        // "Former Clerk Jailed In …": in a title-case headline (a line with no final period), a
        // lone word in -ed after a title is the verb, not a surname ("Reed", "Ahmed" stay).
        if titled && words.len() == 1 && given.is_none() && self.headline_verb(end_tok) {
            return Some(end_tok + 1);
        }
        // "Sheriff Linda Marsh of Carver County, who …": a name ending in a word for a part of
        // a country is a place, no actor (as the places of the gazetteer); not after a given
        // name ("Helen Parish, a teacher,").
        if !titled
            && words.len() >= 2
            && given.is_none()
            && matches!(
                last.word,
                "County" | "Province" | "Parish" | "Township" | "Prefecture" | "Oblast"
            )
        {
            return Some(end_tok + 1);
        }
        let mut confirmed = titled || (words.len() >= 2 && given.is_some());
        // Apposition: "Emmanuel Macron, the French president," / "Jane Roe, 52, a farmer,".
        let mut next = end_tok + 1;
        // "Analysts at Morgan Grant", "economists at Ellis Lowe": the place people of a group
        // work at is a firm, even when its first word is a given name.
        // "Utility company Keystone Power", "drugmaker Eli Lilly": a name of two words or more
        // right after a lower-case noun that only a firm can be is the firm, even when its first
        // word is a given name; not when a verb follows that makes it a clause's subject ("the
        // company Ann Lee founded").
        // "Marta Quinn & Co.", "Eli Varro and Sons": a firm's suffix after "&" or "and" makes
        // the name a firm's, which the text may call by the name alone ("Marta Quinn said").
        // A name after a firm noun that is not taken as the firm is the subject of a clause: a
        // person, not a name to drop ("the company Crestline Power will run").
        let firm_noun = words.len() >= 2 && self.after_firm_noun(i);
        let firm = if titled || !roles.is_empty() {
            None
        } else if self.after_people_at(i)
            || (firm_noun && !self.firm_clause(end_tok + 1, first.sentence))
        {
            Some(end_tok + 1)
        } else if words.len() >= 2
            && given.is_none()
            && SURNAME_FIRM_WORDS.contains(&last.word)
            && self
                .tok(end_tok + 1)
                .is_some_and(|n| SPEECH.contains(&&*n.lower))
        {
            // "Keystone Power said": a surname-like company word after a word that is no given
            // name, in a name that speaks (else the name is no actor, as before: "Girl Power").
            Some(end_tok + 1)
        } else if words.len() >= 2 && !last.possessive {
            self.firm_suffix(end_tok + 1)
        } else {
            None
        };
        if let Some(after) = firm {
            let name = self.slice(first.start, last.end);
            let end = self.tok(after - 1).map_or(end, |t| t.end);
            self.push(start, end, from, What::Organization { name });
            return Some(after);
        }
        confirmed |= firm_noun;
        // "The Red Cross said": a capitalised name right after "the", with no title or given
        // name, that speaks is a body, not a person.
        if !titled
            && self
                .tok(end_tok + 1)
                .is_some_and(|n| SPEECH.contains(&&*n.lower))
            && roles.is_empty()
            && given.is_none()
            && from == i
            && words.len() >= 2
            && i.checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|p| p.lower == "the" && p.sentence == first.sentence)
        {
            let name = self.slice(first.start, last.end);
            let span = self.tok(i - 1).map_or(start, |t| t.start);
            self.push(span, end, i - 1, What::Organization { name });
            return Some(end_tok + 1);
        }
        // "Ridgeline, the company behind the project,": an organisation, not a person.
        if !last.possessive && !titled && roles.is_empty() && given.is_none() {
            if let Some((_, _, _)) = self.org_apposition(end_tok + 1) {
                let name = self.slice(first.start, last.end);
                self.push(start, end, from, What::Organization { name: name.clone() });
                return self.push_org_apposition(end_tok + 1, i, &name);
            }
        }
        if !last.possessive {
            if let Some((role, role_start, role_end, after, role_gender)) =
                self.apposition(end_tok + 1)
            {
                roles.push(role);
                if gender.is_none() {
                    gender = role_gender;
                }
                confirmed = true;
                self.push(
                    start,
                    end,
                    from,
                    What::Name {
                        words: words.clone(),
                        confirmed,
                        roles: roles.clone(),
                        gender,
                    },
                );
                // The apposition itself refers to the same person.
                self.push(
                    role_start,
                    role_end,
                    i,
                    What::Name {
                        words,
                        confirmed,
                        roles: Vec::new(),
                        gender,
                    },
                );
                self.company_in_apposition(end_tok + 1, after);
                return Some(after);
            }
            // "(D-Mass.)": party and state.
            if let Some((party, after)) = self.party(end_tok + 1) {
                roles.push(party);
                confirmed = true;
                next = after;
                end = self.tok(after - 1).map_or(end, |t| t.end);
            }
            if !confirmed && (words.len() >= 2 || !first.initial) {
                let before = i
                    .checked_sub(1)
                    .and_then(|k| self.tok(k))
                    .is_some_and(|p| matches!(&*p.lower, "said" | "says" | "told" | "asked"));
                // "dock workers in Halden said": a word after "in", "near"… is a place; so is
                // one after "from" that follows a role noun ("a teacher from Leeds said").
                let placed = words.len() == 1
                    && from == i
                    && i.checked_sub(1).and_then(|k| self.tok(k)).is_some_and(|p| {
                        p.sentence == first.sentence
                            && (matches!(
                                &*p.lower,
                                "in" | "near" | "across" | "throughout" | "inside" | "outside"
                            ) || (p.lower == "from"
                                && i.checked_sub(2).and_then(|k| self.tok(k)).is_some_and(|r| {
                                    r.sentence == first.sentence
                                        && r.kind == TokenKind::Word
                                        && r.l(L_TITLE | L_PLURAL)
                                })))
                    });
                let after = !placed
                    && self.tok(end_tok + 1).is_some_and(|n| SPEECH.contains(&&*n.lower))
                    // "Gennifer Flowers, who": a relative "who" follows a person.
                    || (words.len() >= 2
                        && self.tok(end_tok + 1).is_some_and(|n| n.word == ",")
                        && self.tok(end_tok + 2).is_some_and(|n| n.word == "who"));
                confirmed = before || after;
            }
            // "Its regional secretary, Joanne Ellis, said", "The firm's lawyer, Diane Roe,": a
            // name in apposition to a role.
            if roles.is_empty() && words.len() >= 2 {
                if let Some(role) = self.role_before_apposition(i, end_tok) {
                    roles.push(role);
                    confirmed = true;
                }
            }
        }
        self.push(
            start,
            end,
            from,
            What::Name {
                words,
                confirmed,
                roles,
                gender,
            },
        );
        Some(next)
    }

    /// Whether the name at token `i` follows a lower-case noun of `FIRM_NOUNS` in its sentence
    /// ("utility company", "drugmaker"). It is the firm unless it is the subject of a clause
    /// that describes the firm (`firm_clause`: "the company Ann Lee founded in 2001", "the bank
    /// Tom Ray has run").
    fn after_firm_noun(&self, i: usize) -> bool {
        let (Some(noun), Some(first)) = (i.checked_sub(1).and_then(|k| self.tok(k)), self.tok(i))
        else {
            return false;
        };
        noun.kind == TokenKind::Word
            && !noun.capitalised
            && noun.sentence == first.sentence
            && FIRM_NOUNS.contains(&&*noun.lower)
    }

    /// Whether the lower-case word at token `k`, after a name that follows a firm noun, makes
    /// the name the subject of a relative clause ("the bank Tom Ray has run", "the company Ann
    /// Lee is suing", "the company Tom Ray said would grow", "the bank Tom Ray works for was")
    /// rather than of the sentence ("Utility company Crestline Power reported a loss").
    fn firm_clause(&self, k: usize, sentence: usize) -> bool {
        let word = |k: usize| {
            self.tok(k)
                .filter(|t| t.kind == TokenKind::Word && !t.capitalised && t.sentence == sentence)
                .map(|t| &*t.lower)
        };
        let Some(w) = word(k) else {
            return false;
        };
        let next = word(k + 1);
        if CLAUSE_VERBS.contains(&w) {
            return true;
        }
        // "said would grow": the clause's own verb follows the speech verb.
        if SPEECH.contains(&w) {
            return next.is_some_and(|n| is_verbish(n) && !matches!(n, "and" | "but"));
        }
        if w.ends_with("ed") {
            // "declined to comment.": the firm's own; "agreed to buy was sold": a clause, whose
            // sentence goes on with its main verb.
            if next == Some("to") {
                return self.tok(k + 3).is_some_and(|t| {
                    t.sentence == sentence
                        && t.kind == TokenKind::Word
                        && !self.object_after(k + 3, sentence)
                });
            }
            return !self.object_after(k + 1, sentence);
        }
        // "has run", "is suing", "will grow": a relative clause, whose verb has no object after
        // it; "has reported a loss", "will cut jobs": the firm's own, an auxiliary and a verb
        // with an object; an adverb may come between ("will also cut jobs"). An object right
        // after the auxiliary ("has a plant", "is the largest supplier", "has 300 employees")
        // and a passive without a stranded preposition ("was fined on Friday", not "was fired
        // from") are the firm's own too.
        if is_verbish(w) && !matches!(w, "and" | "but" | "spokesman" | "spokeswoman") {
            if self.object_after(k + 1, sentence) {
                return false;
            }
            let (at, verb) = match next {
                Some("also" | "not" | "now" | "soon" | "still" | "again" | "never") => {
                    (k + 2, word(k + 2))
                }
                _ => (k + 1, next),
            };
            let passive = matches!(w, "is" | "was" | "are" | "were")
                && verb.is_some_and(|n| n.ends_with("ed"));
            if passive {
                return self.stranded_preposition(at + 1, sentence);
            }
            return match verb {
                Some(n) if !SPEECH.contains(&n) && (n.ends_with("ed") || !is_verbish(n)) => {
                    !self.object_after(at + 1, sentence)
                }
                _ => true,
            };
        }
        // "the bank Tom Ray works for was fined", "… works for fell".
        self.stranded_preposition(k + 1, sentence)
    }

    /// Whether token `j` is a preposition with no object after it, which ends a relative clause
    /// ("the bank Tom Ray works for was fined", "… was fired from said").
    fn stranded_preposition(&self, j: usize, sentence: usize) -> bool {
        self.tok(j).is_some_and(|t| {
            t.sentence == sentence
                && t.kind == TokenKind::Word
                && matches!(
                    &*t.lower,
                    "for" | "at" | "with" | "on" | "in" | "to" | "about" | "from"
                )
        }) && self.tok(j + 1).is_none_or(|t| {
            t.sentence != sentence
                || matches!(t.kind, TokenKind::Punct | TokenKind::Quote)
                || (t.kind == TokenKind::Word
                    && !t.capitalised
                    && !self.object_after(j + 1, sentence))
        })
    }

    /// Whether token `k` starts an object after a verb: a determiner, a pronoun, a number, a
    /// capitalised word or a plural noun ("reported a loss", "acquired Voltra", "reported $3
    /// million", "will cut jobs"). Not a time ("this year", "last week", "every day").
    fn object_after(&self, k: usize, sentence: usize) -> bool {
        let time = self.tok(k + 1).is_some_and(|n| {
            matches!(
                &*n.lower,
                "year" | "week" | "month" | "day" | "morning" | "night" | "time" | "season"
            )
        });
        if time
            && self.tok(k).is_some_and(|t| {
                matches!(
                    &*t.lower,
                    "this" | "that" | "next" | "last" | "every" | "each" | "all"
                )
            })
        {
            return false;
        }
        self.tok(k).is_some_and(|t| {
            t.sentence == sentence
                && (t.kind == TokenKind::Number
                    || t.word.starts_with(['$', '€', '£'])
                    || (t.kind == TokenKind::Word
                        && (t.capitalised
                            || plural_noun(&t.lower)
                            || matches!(
                                &*t.lower,
                                "a" | "an"
                                    | "the"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "our"
                                    | "this"
                                    | "these"
                                    | "those"
                                    | "that"
                                    | "some"
                                    | "no"
                                    | "any"
                                    | "another"
                                    | "two"
                                    | "three"
                                    | "four"
                                    | "five"
                                    | "several"
                                    | "more"
                                    | "all"
                                    | "both"
                                    | "it"
                                    | "them"
                                    | "him"
                            ))))
        })
    }

    /// "her daughter said", after "Her daughter, Claire Moreau,": a possessive pronoun at `i`
    /// and a kinship noun refer back to the person the text gave that kinship as a role, as
    /// "the chancellor" does to a chancellor. Not before a comma and a name, which the name's
    /// rules read as its role.
    fn kin_reference(&mut self, i: usize) {
        let (Some(det), Some(noun)) = (self.tok(i), self.tok(i + 1)) else {
            return;
        };
        if !possessive_pronoun(&det.lower)
            || noun.sentence != det.sentence
            || noun.capitalised
            || !kin(&noun.lower)
        {
            return;
        }
        let introduces = self.tok(i + 2).is_some_and(|c| c.word == ",")
            && self
                .tok(i + 3)
                .is_some_and(|n| self.is_name_part(i + 3, n, true));
        if introduces || noun.possessive {
            return;
        }
        let (start, end) = (det.start, noun.end);
        let head = noun.lower.to_string();
        self.push(
            start,
            end,
            i,
            What::TitleRef {
                head,
                qualifiers: Vec::new(),
            },
        );
    }

    /// "& Co.", "and Sons" at token `k`: the index after the suffix.
    fn firm_suffix(&self, k: usize) -> Option<usize> {
        let (amp, suffix) = (self.tok(k)?, self.tok(k + 1)?);
        let joined = matches!(amp.word, "&" | "and") && amp.sentence == suffix.sentence;
        let firm = matches!(
            suffix.word.trim_end_matches('.'),
            "Co" | "Company" | "Sons" | "Associates" | "Partners"
        );
        (joined && firm).then_some(k + 2)
    }

    /// Whether token `i` follows `GROUP at` in its sentence: "analysts at", "economists at".
    fn after_people_at(&self, i: usize) -> bool {
        let (Some(at), Some(group)) = (
            i.checked_sub(1).and_then(|k| self.tok(k)),
            i.checked_sub(2).and_then(|k| self.tok(k)),
        ) else {
            return false;
        };
        let sentence = self.tok(i).map(|t| t.sentence);
        at.lower == "at"
            && group.kind == TokenKind::Word
            && group.l(L_GROUP | L_PLURAL)
            && Some(group.sentence) == sentence
    }

    /// The role phrase before `ROLE, Name,` (the name from token `i` to `end_tok`): its words
    /// of modifiers and titles up to the comma, as the text gives them.
    fn role_before_apposition(&self, i: usize, end_tok: usize) -> Option<&'t str> {
        let closes = self
            .tok(end_tok + 1)
            .is_none_or(|n| matches!(n.word, "," | "." | ";"));
        let comma = self.tok(i.checked_sub(1)?)?;
        let head = self.tok(i.checked_sub(2)?)?;
        if !closes || comma.word != "," || head.sentence != comma.sentence {
            return None;
        }
        // "Her daughter, Claire Moreau,": a kinship noun after a possessive is the role.
        if !head.capitalised && kin(&head.lower) {
            let owner = self.tok(i.checked_sub(3)?)?;
            let owned = owner.sentence == head.sentence
                && (owner.possessive || possessive_pronoun(&owner.lower));
            return owned.then_some(head.word);
        }
        if !head.l(L_TITLE) {
            return None;
        }
        let mut first = i - 2;
        while first > 0
            && self
                .tok(first - 1)
                .is_some_and(|t| t.l(L_MODIFIER | L_TITLE) && t.sentence == head.sentence)
        {
            first -= 1;
        }
        // "Acme's chief financial officer": other lower-case words up to a possessive or a
        // determiner belong to the role too.
        let mut k = first;
        while k > 0 && first - k < 3 {
            let Some(t) = self.tok(k - 1) else { break };
            if t.kind != TokenKind::Word || t.capitalised || t.x(X_STOP) || t.possessive {
                break;
            }
            k -= 1;
            if self
                .tok(k)
                .is_some_and(|t| t.l(L_MODIFIER | L_TITLE) || t.sentence != head.sentence)
            {
                break;
            }
        }
        if k < first
            && k > 0
            && self.tok(k - 1).is_some_and(|t| {
                t.sentence == head.sentence
                    && (t.possessive
                        || matches!(&*t.lower, "the" | "its" | "his" | "her" | "their"))
            })
        {
            first = k;
        }
        let start = self.tok(first)?.start;
        self.text.get(start..head.end)
    }

    /// `, (the|a|an|Country's)? ROLE (of|for ...)? ,` after a name. Returns the role text, the
    /// span of the apposition, the token after it and the title's gender.
    fn apposition(&self, i: usize) -> Option<(&'t str, usize, usize, usize, Option<Gender>)> {
        let comma = self.tok(i)?;
        if comma.word != "," {
            return None;
        }
        let mut j = i + 1;
        // An age: "Jane Roe, 52, a farmer".
        if self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
            && self.tok(j + 1).is_some_and(|t| t.word == ",")
        {
            j += 2;
        }
        let article = self.tok(j)?;
        let span_start = article.start;
        // A comma, a period, a bracket, a dash or the end of the sentence closes the apposition.
        let closes = |k: usize| {
            self.tok(k).is_none_or(|t| {
                matches!(t.word, "," | "." | ")" | ";" | "—" | "–") || t.sentence != comma.sentence
            })
        };
        // "Claire Moreau, her daughter,": a possessive and a kinship noun.
        if possessive_pronoun(&article.lower) {
            let noun = self.tok(j + 1)?;
            if !kin(&noun.lower) {
                return None;
            }
            if noun.capitalised || !closes(j + 2) || noun.sentence != comma.sentence {
                return None;
            }
            let after = if self.tok(j + 2).is_some_and(|t| t.word == ",") {
                j + 3
            } else {
                j + 2
            };
            // "Gov. Ann Dale, her husband, Tom, and …": the name after it is the kin's.
            if after == j + 3
                && self
                    .tok(after)
                    .is_some_and(|n| self.is_name_part(after, n, true))
            {
                return None;
            }
            return Some((noun.word, span_start, noun.end, after, None));
        }
        if matches!(&*article.lower, "the" | "a" | "an") {
            j += 1;
        }
        let role_first = self.tok(j)?;
        let role = self.role(j, false)?;
        let (_, title) = role.head.clone()?;
        if title.courtesy {
            return None;
        }
        let mut end = role.end;
        // Where the scan goes on after a longer apposition: right after its title, so that the
        // names inside ("the University of Arden") are mentions of their own.
        let mut resume = None;
        // "a spokesman for the ministry", "the president of France": up to four more words.
        if self
            .tok(end)
            .is_some_and(|t| matches!(t.word, "of" | "for" | "at"))
        {
            let mut k = end + 1;
            while k < end + 5 && self.tok(k).is_some_and(|t| t.kind == TokenKind::Word) {
                k += 1;
            }
            // "a professor of public law at the University of Arden,": a longer phrase up to
            // eight words, if a closing mark ends it.
            let mut longer = k;
            while longer < end + 9 && self.tok(longer).is_some_and(|t| t.kind == TokenKind::Word) {
                longer += 1;
            }
            if !closes(k) && closes(longer) {
                end = longer;
                resume = Some(role.end);
            } else {
                end = k;
            }
        }
        let role_end = end;
        // "a nurse from Millbrook,", "a lawyer who has represented several firms,": a relative
        // clause or a place after the role, up to a closing mark, is no part of the role.
        if !closes(end)
            && self.tok(end).is_some_and(|t| {
                matches!(
                    &*t.lower,
                    "from" | "in" | "with" | "who" | "whose" | "based"
                )
            })
        {
            if let Some(k) = (end + 1..end + 16).find(|&k| closes(k)) {
                end = k;
                resume = Some(role.end);
            }
        }
        let closing = self.tok(end);
        if !closes(end) {
            return None;
        }
        let last = self.tok(role_end - 1)?;
        let role_text = self.text.get(role_first.start..last.end).unwrap_or("");
        let after = if let Some(resume) = resume {
            resume
        } else if closing.is_some_and(|t| t.word == ",") {
            end + 1
        } else {
            end
        };
        Some((role_text, span_start, last.end, after, title.gender))
    }

    /// Whether token `k` is a past participle in a headline: a word in -ed (not -eed, -med)
    /// of six letters or more, on a line that does not end with a period.
    fn headline_verb(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return false;
        };
        let w = &*t.lower;
        if w.len() < 6 || !w.ends_with("ed") || w.ends_with("eed") || w.ends_with("med") {
            return false;
        }
        self.in_headline(t)
    }

    /// The end of the text's first line when the first paragraph is that one line (a
    /// headline, not a hard-wrapped paragraph), else `None`.
    fn single_line_headline(&self) -> Option<usize> {
        let first = self.toks.first()?;
        let line_end = self.text[first.start..]
            .find('\n')
            .map_or(self.text.len(), |p| first.start + p);
        let para_end = self
            .toks
            .iter()
            .take_while(|t| t.paragraph == first.paragraph)
            .last()?
            .end;
        (para_end <= line_end).then_some(line_end)
    }

    /// Whether token `t` is on a line with no final period, quote or mark: a headline.
    fn in_headline(&self, t: &Tok) -> bool {
        let line_end = self.text[t.end..]
            .find('\n')
            .map_or(self.text.len(), |p| t.end + p);
        let line_start = self.text[..t.start].rfind('\n').map_or(0, |p| p + 1);
        let line = self.text[line_start..line_end].trim_end();
        !line.ends_with(['.', '"', '”', '?', '!'])
    }

    /// "Obama Says African-American Museum …": a capitalised speech verb of a title-case
    /// headline ("Says", "Tells", "Warns"), which ends a run of capitalised words.
    fn headline_speech(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.capitalised
                && (SPEECH.contains(&&*t.lower)
                    || matches!(
                        &*t.lower,
                        "warns"
                            | "urges"
                            | "calls"
                            | "claims"
                            | "asks"
                            | "admits"
                            | "denies"
                            | "insists"
                            | "vows"
                            | "announces"
                            | "confirms"
                    ))
                && self.in_headline(t)
        })
    }

    /// "an economist at Halvorsen Securities": a company named with a company word after "at",
    /// "of" or "for" inside an apposition (tokens `from..to`) is an organisation of its own.
    fn company_in_apposition(&mut self, from: usize, to: usize) {
        let Some(k) = (from..to).find(|&k| {
            self.tok(k)
                .is_some_and(|t| matches!(t.word, "at" | "of" | "for"))
        }) else {
            return;
        };
        let mut j = k + 1;
        if self.tok(j).is_some_and(|t| t.lower == "the") {
            j += 1;
        }
        let first = j;
        while j < to
            && self
                .tok(j)
                .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
        {
            j += 1;
        }
        if j < first + 2 {
            return;
        }
        let (Some(a), Some(b)) = (self.tok(first), self.tok(j - 1)) else {
            return;
        };
        if !self.lex.company_cues.contains(b.word) {
            return;
        }
        let name = self.slice(a.start, b.end);
        self.push(a.start, b.end, first, What::Organization { name });
    }

    /// "(D-Mass.)", "(R)": party and state after a lawmaker's name.
    fn party(&self, i: usize) -> Option<(&'t str, usize)> {
        if self.tok(i)?.word != "(" {
            return None;
        }
        let mut j = i + 1;
        let start = self.tok(j)?.start;
        while j < i + 5 {
            let t = self.tok(j)?;
            if t.word == ")" {
                let inner = self.text.get(start..t.start)?.trim();
                let mut chars = inner.chars();
                let party = chars.next().is_some_and(|c| matches!(c, 'D' | 'R' | 'I'));
                let rest = chars.as_str();
                if party && (rest.is_empty() || rest.starts_with(['-', '–'])) && inner.len() <= 12
                {
                    return Some((inner, j + 1));
                }
                return None;
            }
            j += 1;
        }
        None
    }
}

#[derive(Debug, Clone)]
struct RolePhrase {
    end: usize,
    head: Option<(String, Title)>,
    /// (start, end, token, country index) of countries and seats inside the role.
    countries: Vec<(usize, usize, usize, usize)>,
    plural: bool,
    /// Tokens of capitalised words at the start of the role ("Trump" in "Trump adviser").
    names: Vec<usize>,
}

/// Words that may follow a subject noun phrase: a verb or an adverb ("the ministry said",
/// "the campaign has", "the party also").
fn is_verbish(word: &str) -> bool {
    SPEECH.contains(&word)
        || word.ends_with("ed")
        || matches!(
            word,
            "is" | "was"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "also"
                | "did"
                | "does"
                | "says"
                | "declined"
                | "issued"
                | "spokesman"
                | "spokeswoman"
                | "and"
                | "but"
        )
}

/// A lower-case word that reads as a plural noun ("jobs", "prices", "losses"): in -s but not
/// -ss, not a verb of `is_verbish` ("has", "says"), nor a word of time ("years ago"), nor an
/// adverb or a preposition in -s ("always", "across").
fn plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !is_verbish(word)
        && !matches!(
            word,
            "this"
                | "thus"
                | "plus"
                | "versus"
                | "always"
                | "perhaps"
                | "sometimes"
                | "afterwards"
                | "towards"
                | "besides"
                | "unless"
                | "nevertheless"
                | "seconds"
                | "minutes"
                | "hours"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "decades"
                | "times"
        )
}

/// A possessive pronoun before a kinship noun: "his", "her", "their".
pub(crate) fn possessive_pronoun(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their")
}

/// A kinship noun ("daughter", "husband"). Its sex is not given to the person it describes: a
/// son's male gender left a mother's "Ms. Khan" with no bearer in PolNeAR, which cost coverage.
fn kin(lower: &str) -> bool {
    matches!(
        lower,
        "daughter"
            | "wife"
            | "mother"
            | "sister"
            | "widow"
            | "niece"
            | "granddaughter"
            | "son"
            | "husband"
            | "father"
            | "brother"
            | "widower"
            | "nephew"
            | "grandson"
    )
}

fn pronoun(lower: &str) -> Option<PronounKind> {
    Some(match lower {
        "he" | "him" | "his" | "himself" => PronounKind::He,
        "she" | "her" | "hers" | "herself" => PronounKind::She,
        "they" | "them" | "their" | "theirs" | "themselves" => PronounKind::They,
        "who" => PronounKind::Who,
        _ => return None,
    })
}
