//! Joins the candidate mentions into actors: names to people (surnames to the most salient
//! bearer), titles to their holders, pronouns to the most likely antecedent.

use crate::lexicon::FxMap;
use crate::lexicon::{Gender, Lexicon};
use crate::scan::{PronounKind, Raw, Tok, What};
use analyze_sdk::prelude::*;

#[derive(Debug)]
pub struct Entity {
    pub kind: ActorKind,
    pub name: String,
    /// Words of the fullest name (people).
    words: Vec<String>,
    gender: Option<Gender>,
    pub roles: Vec<String>,
    pub mentions: Vec<(usize, usize)>,
    /// Countries: used as an actor at least once, not only as a modifier.
    independent: bool,
    count: usize,
    last: usize,
    /// Sentence of the latest mention and whether it was a full name as the sentence's subject.
    last_sentence: usize,
    last_full_subject: bool,
    unnamed: bool,
}

impl Entity {
    fn new(kind: ActorKind, name: String) -> Entity {
        Entity {
            kind,
            name,
            words: Vec::new(),
            gender: None,
            roles: Vec::new(),
            mentions: Vec::new(),
            independent: false,
            count: 0,
            last: 0,
            last_sentence: 0,
            last_full_subject: false,
            unnamed: false,
        }
    }

    fn surname(&self) -> Option<&str> {
        self.words
            .iter()
            .rev()
            .find(|w| !matches!(w.as_str(), "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III"))
            .map(String::as_str)
    }

    fn given(&self) -> Option<&str> {
        (self.words.len() >= 2)
            .then(|| self.words.first().map(String::as_str))
            .flatten()
    }

    fn add_role(&mut self, role: &str) {
        if !role.is_empty() && !self.roles.iter().any(|r| r == role) {
            self.roles.push(role.to_owned());
        }
    }
}

/// One resolved mention, kept for pronoun resolution.
struct Seen {
    entity: usize,
    sentence: usize,
    paragraph: usize,
    subject: bool,
}

const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "with",
    "to",
    "for",
    "from",
    "by",
    "about",
    "after",
    "before",
    "between",
    "against",
    "at",
    "on",
    "over",
    "under",
    "than",
    "like",
    "toward",
    "towards",
    "among",
    "including",
    "and",
    "or",
];

const CLAUSE_OPENERS: &[&str] = &[
    "after",
    "before",
    "while",
    "when",
    "following",
    "despite",
    "ahead",
    "in",
    "at",
    "as",
    "since",
    "during",
    "although",
    "though",
    "if",
    "because",
    "unlike",
    "like",
    "speaking",
    "asked",
    "amid",
    "on",
    "for",
    "with",
    "without",
    "according",
];

pub struct Resolver<'a, 't> {
    lex: &'static Lexicon,
    toks: &'a [Tok<'t>],
    pub entities: Vec<Entity>,
    by_key: FxMap<String, usize>,
    seen: Vec<Seen>,
    /// Per sentence: whether its subject is taken, and the token before which no subject is read
    /// (after a fronted clause, "After meeting Putin, Trump said").
    subject_taken: FxMap<usize, bool>,
    /// End and entity of the latest recorded mention.
    latest: Option<(usize, usize)>,
    /// Per sentence: whether it has words outside quotations.
    narrated: Vec<bool>,
}

impl<'a, 't> Resolver<'a, 't> {
    pub fn new(toks: &'a [Tok<'t>]) -> Self {
        Resolver {
            lex: Lexicon::get(),
            toks,
            entities: Vec::new(),
            by_key: FxMap::default(),
            seen: Vec::new(),
            subject_taken: FxMap::default(),
            latest: None,
            narrated: narrated(toks),
        }
    }

    fn entity(&mut self, key: String, kind: ActorKind, name: &str) -> usize {
        if let Some(&index) = self.by_key.get(&key) {
            return index;
        }
        let index = self.entities.len();
        self.entities.push(Entity::new(kind, name.to_owned()));
        self.by_key.insert(key, index);
        index
    }

    pub fn run(&mut self, mut raws: Vec<Raw>) {
        // People named in full (or with a title) anywhere, so a surname before the full name
        // (a headline) still finds its bearer.
        // A name of unknown words is a person's when its last word is used alone elsewhere:
        // "Tad Devine ... Devine said".
        let alone: FxMap<&str, ()> = raws
            .iter()
            .filter_map(|r| match &r.what {
                What::Name { words, .. } if words.len() == 1 => {
                    words.first().map(|w| (w.as_str(), ()))
                }
                _ => None,
            })
            .collect();
        let promote: Vec<usize> = raws
            .iter()
            .enumerate()
            .filter(|(_, raw)| {
                let What::Name {
                    words, confirmed, ..
                } = &raw.what
                else {
                    return false;
                };
                let determiner = raw
                    .token
                    .checked_sub(1)
                    .and_then(|k| self.toks.get(k))
                    .is_some_and(|p| matches!(&*p.lower, "the" | "a" | "an" | "to"));
                !*confirmed
                    && !determiner
                    && words.len() >= 2
                    && words.len() <= 3
                    && words.last().is_some_and(|w| alone.contains_key(w.as_str()))
            })
            .map(|(k, _)| k)
            .collect();
        drop(alone);
        for k in promote {
            if let Some(Raw {
                what: What::Name { confirmed, .. },
                ..
            }) = raws.get_mut(k)
            {
                *confirmed = true;
            }
        }
        let raws = &raws;
        for raw in raws {
            if let What::Name {
                words,
                confirmed: true,
                gender,
                ..
            } = &raw.what
            {
                if words.len() >= 2 {
                    self.person(words, *gender);
                }
            }
        }
        for raw in raws {
            if let What::Name {
                words,
                confirmed: true,
                gender,
                ..
            } = &raw.what
            {
                if words.len() == 1 && self.candidates(&words[0], *gender).is_empty() {
                    self.person(words, *gender);
                }
            }
        }
        for raw in raws {
            self.resolve(raw);
        }
    }

    /// The person entity for a full name, created or merged: same first and last word.
    fn person(&mut self, words: &[String], gender: Option<Gender>) -> usize {
        let first = words.first().cloned().unwrap_or_default();
        let probe = Entity {
            words: words.to_vec(),
            ..Entity::new(ActorKind::Person, String::new())
        };
        let last = probe.surname().unwrap_or("").to_owned();
        let key = format!("person:{first}|{last}");
        let index = self.entity(key, ActorKind::Person, &words.join(" "));
        let entity = &mut self.entities[index];
        if words.len() > entity.words.len() {
            entity.words = words.to_vec();
            entity.name = words.join(" ");
        }
        if entity.gender.is_none() {
            entity.gender = gender;
        }
        index
    }

    /// People a single name word can refer to: by surname, or by given name.
    fn candidates(&self, word: &str, gender: Option<Gender>) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == ActorKind::Person && !e.unnamed)
            .filter(|(_, e)| {
                // The first word of a two-word name too: "Mr. Ban" for Ban Ki-moon.
                e.surname() == Some(word)
                    || (e.given() == Some(word)
                        && (self.lex.given.contains_key(word) || e.words.len() == 2))
            })
            .filter(|(_, e)| gender.is_none() || e.gender.is_none() || e.gender == gender)
            .map(|(i, _)| i)
            .collect();
        // A surname match beats a given-name match.
        if out
            .iter()
            .any(|&i| self.entities[i].surname() == Some(word))
        {
            out.retain(|&i| self.entities[i].surname() == Some(word));
        }
        out
    }

    fn is_subject(&mut self, raw: &Raw) -> bool {
        let Some(t) = self.toks.get(raw.token) else {
            return false;
        };
        if t.quoted {
            return false;
        }
        if self
            .subject_taken
            .get(&t.sentence)
            .copied()
            .unwrap_or(false)
        {
            return false;
        }
        // A mention after a preposition is not a subject.
        if raw.token > 0
            && self
                .toks
                .get(raw.token - 1)
                .is_some_and(|p| PREPOSITIONS.contains(&&*p.lower) && p.sentence == t.sentence)
        {
            return false;
        }
        // A fronted clause ("After meeting Putin, Trump said"): no subject before its comma.
        let first = t.sentence_first;
        let opener = self
            .toks
            .get(first..raw.token)
            .and_then(|ts| ts.iter().find(|p| p.kind == TokenKind::Word));
        if opener.is_some_and(|o| CLAUSE_OPENERS.contains(&&*o.lower)) {
            let comma = self
                .toks
                .get(first..raw.token)
                .is_some_and(|ts| ts.iter().any(|p| p.word == ","));
            if !comma {
                return false;
            }
        }
        self.subject_taken.insert(t.sentence, true);
        true
    }

    fn record(&mut self, raw: &Raw, entity: usize, primary: bool, full: bool) {
        // A possessive or object pronoun ("her brother", "told him") is never the subject.
        let object_pronoun = matches!(&raw.what, What::Pronoun(_))
            && self
                .toks
                .get(raw.token)
                .is_some_and(|t| !matches!(&*t.lower, "he" | "she" | "they"));
        let subject = primary && !object_pronoun && self.is_subject(raw);
        let (sentence, paragraph, quoted) = self
            .toks
            .get(raw.token)
            .map_or((0, 0, false), |t| (t.sentence, t.paragraph, t.quoted));
        if self.latest.is_none_or(|(end, _)| raw.end >= end) {
            self.latest = Some((raw.end, entity));
        }
        let e = &mut self.entities[entity];
        e.mentions.push((raw.start, raw.end));
        e.count += 1;
        e.last = raw.start;
        e.last_sentence = sentence;
        e.last_full_subject = full && subject;
        if primary && !quoted {
            self.seen.push(Seen {
                entity,
                sentence,
                paragraph,
                subject,
            });
        }
    }

    fn resolve(&mut self, raw: &Raw) {
        match &raw.what {
            What::Name {
                words,
                confirmed,
                roles,
                gender,
            } => {
                let entity = if words.len() >= 2 {
                    let key = format!(
                        "person:{}|{}",
                        words.first().map_or("", String::as_str),
                        words.last().map_or("", String::as_str)
                    );
                    match self.by_key.get(&key) {
                        Some(&index) => Some(index),
                        None if *confirmed => Some(self.person(words, *gender)),
                        None => None,
                    }
                } else {
                    let word = words.first().map_or("", String::as_str);
                    self.salient(word, *gender, raw)
                };
                if let Some(entity) = entity {
                    for role in roles {
                        self.entities[entity].add_role(role);
                    }
                    if self.entities[entity].gender.is_none() {
                        self.entities[entity].gender = *gender;
                    }
                    self.record(raw, entity, true, words.len() >= 2);
                }
            }
            What::TitleRef { head, qualifiers } => {
                let best = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == ActorKind::Person && e.count > 0)
                    .filter_map(|(i, e)| {
                        // Ranked by how many of the reference's qualifiers the role has.
                        let score = e
                            .roles
                            .iter()
                            .filter_map(|r| {
                                let lower = r.to_lowercase();
                                (role_head(&lower) == Some(expand(head))).then(|| {
                                    qualifiers
                                        .iter()
                                        .filter(|q| {
                                            lower
                                                .split_whitespace()
                                                .any(|w| w.trim_end_matches('.') == q.as_str())
                                        })
                                        .count()
                                })
                            })
                            .max()?;
                        Some((i, score, e.last))
                    })
                    .max_by_key(|&(_, score, last)| (score, last))
                    .map(|(i, _, _)| i);
                if let Some(entity) = best {
                    self.record(raw, entity, true, false);
                }
            }
            What::OrgRef { head } => {
                let best = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == ActorKind::Organization && e.count > 0)
                    .filter(|(_, e)| {
                        e.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.trim_end_matches('.').eq_ignore_ascii_case(head))
                    })
                    .max_by_key(|(_, e)| e.last)
                    .map(|(i, _)| i);
                if let Some(entity) = best {
                    self.record(raw, entity, true, false);
                }
            }
            What::Unnamed { name, gender, .. } => {
                let key = format!("unnamed:{}", name.to_lowercase());
                let entity = self.entity(key, ActorKind::Person, name);
                let e = &mut self.entities[entity];
                e.unnamed = true;
                e.gender = e.gender.or(*gender);
                e.add_role(name);
                self.record(raw, entity, true, false);
            }
            What::Group { name, definite } => {
                let noun = name.to_lowercase();
                // "the leaders" after "European leaders": the latest group with that noun.
                let earlier = self
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == ActorKind::Group && e.count > 0)
                    .filter(|(_, e)| {
                        e.name.to_lowercase().rsplit(' ').next() == Some(noun.as_str())
                    })
                    .max_by_key(|(_, e)| e.last)
                    .map(|(i, _)| i);
                let key = format!("group:{noun}");
                let entity = match earlier {
                    Some(entity) if *definite => entity,
                    _ => self.entity(key, ActorKind::Group, name),
                };
                self.record(raw, entity, true, false);
            }
            What::Organization { name } => {
                let key = format!("org:{}", name.to_lowercase());
                let entity = self.entity(key, ActorKind::Organization, name);
                self.record(raw, entity, true, false);
            }
            What::Country { index, independent } => {
                let name = self.lex.countries.get(*index).copied().unwrap_or("");
                let entity = self.entity(format!("country:{index}"), ActorKind::Country, name);
                self.entities[entity].independent |= *independent;
                self.record(raw, entity, *independent, false);
            }
            What::Pronoun(kind) => {
                if let Some(entity) = self.antecedent(raw, *kind) {
                    self.record(raw, entity, true, false);
                }
            }
        }
    }

    /// The bearer of a single name word that the reader has in mind: the one most talked about
    /// so far, unless another bearer has just been introduced in full as a sentence's subject.
    fn salient(&self, word: &str, gender: Option<Gender>, raw: &Raw) -> Option<usize> {
        let sentence = self.toks.get(raw.token).map_or(0, |t| t.sentence);
        let candidates = self.candidates(word, gender);
        candidates.into_iter().max_by_key(|&i| {
            let e = &self.entities[i];
            let fresh =
                e.count > 0 && e.last_full_subject && sentence.saturating_sub(e.last_sentence) <= 2;
            (
                fresh,
                e.count,
                std::cmp::Reverse(if e.count == 0 { i } else { 0 }),
                e.last,
            )
        })
    }

    fn compatible(&self, entity: usize, kind: PronounKind, strict: bool) -> bool {
        let e = &self.entities[entity];
        match kind {
            PronounKind::He | PronounKind::She => {
                let want = if kind == PronounKind::He {
                    Gender::Male
                } else {
                    Gender::Female
                };
                e.kind == ActorKind::Person
                    && if strict {
                        e.gender == Some(want)
                    } else {
                        e.gender.is_none()
                    }
            }
            PronounKind::Who => false,
            PronounKind::They => {
                if strict {
                    e.kind == ActorKind::Group
                } else {
                    matches!(e.kind, ActorKind::Organization | ActorKind::Country)
                }
            }
        }
    }

    /// The antecedent of a pronoun: in its own sentence the subject, else the nearest mention
    /// before it; else the subject of the previous sentence with actors, or its only compatible
    /// actor. Pronouns inside quotations and ambiguous ones are left out.
    fn antecedent(&self, raw: &Raw, kind: PronounKind) -> Option<usize> {
        let t = self.toks.get(raw.token)?;
        if kind == PronounKind::Who {
            // "Trump, who ..." / "officials who ...": the actor that ends right before.
            let (end, entity) = self.latest?;
            let before = raw.token.checked_sub(1).and_then(|k| self.toks.get(k))?;
            let anchor = if before.word == "," {
                raw.token.checked_sub(2).and_then(|k| self.toks.get(k))?
            } else {
                before
            };
            let kind = self.entities[entity].kind;
            let restrictive = before.word != "," && kind == ActorKind::Group;
            return (anchor.end == end
                && (before.word == "," || restrictive)
                && kind != ActorKind::Country)
                .then_some(entity);
        }
        if t.quoted {
            return None;
        }
        for strict in [true, false] {
            let recent = self
                .seen
                .iter()
                .rev()
                .take_while(|s| s.sentence + 3 > t.sentence);
            let current: Vec<&Seen> = recent
                .filter(|s| s.sentence == t.sentence && self.compatible(s.entity, kind, strict))
                .collect();
            let current: Vec<&Seen> = current.into_iter().rev().collect();
            if let Some(s) = current.iter().find(|s| s.subject).or(current.last()) {
                if strict || current.iter().all(|c| c.entity == s.entity) {
                    return Some(s.entity);
                }
                return None;
            }
            // The nearest earlier sentence with an actor outside quotations, within this
            // paragraph or the two before (a paragraph of quotation often stands between a
            // speaker's name and "he said").
            let previous = self.seen.iter().rev().find(|s| s.sentence < t.sentence)?;
            if previous.paragraph + 2 < t.paragraph {
                return None;
            }
            // More than one sentence of narration without an actor in between: the subject has
            // changed, or the reader has lost track.
            let narration = (previous.sentence + 1..t.sentence)
                .filter(|&k| self.narrated.get(k).copied().unwrap_or(false))
                .count();
            if narration > 1 {
                return None;
            }
            let sentence: Vec<&Seen> = self
                .seen
                .iter()
                .rev()
                .take_while(|s| s.sentence >= previous.sentence)
                .filter(|s| s.sentence == previous.sentence)
                .collect();
            let sentence: Vec<&Seen> = sentence.into_iter().rev().collect();
            if let Some(subject) = sentence.iter().find(|s| s.subject) {
                if self.compatible(subject.entity, kind, strict) {
                    return Some(subject.entity);
                }
            }
            let mut compatible: Vec<usize> = sentence
                .iter()
                .filter(|s| self.compatible(s.entity, kind, strict))
                .map(|s| s.entity)
                .collect();
            compatible.dedup();
            match compatible.as_slice() {
                [only] => return Some(*only),
                [] => continue,
                _ => return None,
            }
        }
        None
    }

    /// The actors, ordered by first mention; countries only where the text makes them act.
    pub fn actors(self, text: &str) -> Vec<Actor> {
        let mut kept: Vec<Entity> = self
            .entities
            .into_iter()
            .filter(|e| !e.mentions.is_empty() && (e.kind != ActorKind::Country || e.independent))
            .collect();
        for e in &mut kept {
            e.mentions.sort_unstable();
            e.mentions.dedup();
        }
        kept.sort_by_key(|e| e.mentions.first().copied().unwrap_or_default());
        let mut ids: FxMap<String, usize> = FxMap::default();
        let mut out = Vec::with_capacity(kept.len());
        for e in kept {
            let base = slug(&e.name);
            let n = ids.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { base } else { format!("{base}-{n}") };
            let mentions = e
                .mentions
                .iter()
                .filter_map(|&(s, end)| Span::new(text, s, end).ok())
                .collect();
            out.push(Actor {
                id,
                name: e.name,
                kind: e.kind,
                roles: e.roles,
                mentions,
            });
        }
        out
    }
}

fn narrated(toks: &[Tok]) -> Vec<bool> {
    let mut out = vec![false; toks.last().map_or(0, |t| t.sentence + 1)];
    for t in toks {
        if t.kind == TokenKind::Word && !t.quoted {
            if let Some(slot) = out.get_mut(t.sentence) {
                *slot = true;
            }
        }
    }
    out
}

/// The head word of a role: its last word before "of", "for", "at" or "with"
/// ("secretary" in "secretary of state").
fn role_head(role: &str) -> Option<&str> {
    role.split_whitespace()
        .take_while(|w| !matches!(*w, "of" | "for" | "at" | "with" | "to"))
        .last()
        .map(expand)
}

/// Abbreviated titles in full, so "Sen. Warren" is "the senator".
fn expand(word: &str) -> &str {
    match word.trim_end_matches('.') {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "pres" => "president",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "adm" => "admiral",
        "sgt" => "sergeant",
        "prof" => "professor",
        "amb" => "ambassador",
        other => other,
    }
}

/// `Donald Trump` → `donald-trump`; letters and digits kept (lower case), the rest a hyphen.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(fold(c).to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && c != '.' && c != '’' && c != '\'' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("actor");
    }
    out
}

/// Common Latin letters with diacritics folded to ASCII for ids.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
        'ç' | 'č' | 'ć' => 'c',
        'Ç' | 'Č' | 'Ć' => 'C',
        'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'Š' | 'Ś' => 'S',
        'ž' | 'ź' | 'ż' => 'z',
        'Ž' | 'Ź' | 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        'ı' => 'i',
        'ğ' => 'g',
        'ş' => 's',
        other => other,
    }
}
