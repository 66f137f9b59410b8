//! Joins the candidate mentions into actors: names to people (surnames to the most salient
//! bearer), titles to their holders, pronouns to the most likely antecedent.

use crate::lexicon::FxMap;
use crate::lexicon::{Gender, Lexicon, L_MODIFIER, L_TITLE};
use crate::scan::{
    is_name_suffix, possessive_pronoun, PronounKind, Raw, Tok, What, PARTICLES, SURNAME_FIRM_WORDS,
    TITLE_MODIFIERS_AFTER,
};
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
        surname(&self.words)
    }

    fn given(&self) -> Option<&str> {
        (self.words.len() >= 2)
            .then(|| self.words.first().map(String::as_str))
            .flatten()
    }

    /// Adds a role unless the actor has it already in any case ("Senator", then "the senator"):
    /// the first form stays, except that a capitalised form replaces a lower-case one.
    fn add_role(&mut self, role: &str) {
        if role.is_empty() {
            return;
        }
        let same = |r: &String| {
            if r.is_ascii() && role.is_ascii() {
                r.eq_ignore_ascii_case(role)
            } else {
                r.to_lowercase() == role.to_lowercase()
            }
        };
        match self.roles.iter_mut().find(|r| same(r)) {
            Some(kept) => {
                let upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
                if !upper(kept) && upper(role) {
                    role.clone_into(kept);
                }
            }
            None => self.roles.push(role.to_owned()),
        }
    }
}

/// The last word of a name that is not a suffix ("Jr.", "III").
fn surname<S: AsRef<str>>(words: &[S]) -> Option<&str> {
    words
        .iter()
        .map(AsRef::as_ref)
        .rev()
        .find(|w| !is_name_suffix(w))
}

/// Appends `text` in lower case (`str::to_lowercase`, without allocating for ASCII).
fn push_lower(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&text.to_lowercase());
    }
}

/// An organisation of the text named in two words or more, and the words that may stand for it
/// alone if it is a company.
struct Company {
    /// The name as an organisation mention writes it ("Blue Harbor Energy", "Eli Lilly").
    name: String,
    /// Its first word, when the name ends in a legal or group suffix (`company_name`): "Voltra"
    /// for "Voltra Inc".
    first: Option<String>,
    /// The words before its company word (`company_short_name`): "Blue Harbor".
    short: Option<String>,
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
    /// A reused buffer for keys of `by_key`.
    key: String,
    seen: Vec<Seen>,
    /// Per sentence: whether its subject is taken, and the token before which no subject is read
    /// (after a fronted clause, "After meeting Putin, Trump said").
    subject_taken: FxMap<usize, bool>,
    /// End and entity of the latest recorded mention.
    latest: Option<(usize, usize)>,
    /// Per sentence: whether it has words outside quotations.
    narrated: Vec<bool>,
    /// Clubs named in full, by their last word ("Harriers" → "Kingsford Harriers").
    clubs: Vec<(String, String)>,
    /// The text's organisations of two words or more, with the words that stand for the
    /// companies among them, computed once from the organisation mentions.
    companies: Vec<Company>,
    /// People by each surname and given name their words have had (a superset of the bearers
    /// of a word: `candidates` checks the entity's current words), so a name is not looked up
    /// by a scan of every entity.
    by_word: FxMap<String, Vec<usize>>,
    /// The words the text writes in lower case, ASCII letters lower-cased (`person_like`),
    /// collected on first use.
    common: Option<FxMap<String, ()>>,
    /// Per token: the first word token at or after it, and the first comma at or after it
    /// (`is_subject`, so a long sentence is not rescanned for every mention); built on the
    /// first long look-back.
    next_word_comma: Option<(Vec<usize>, Vec<usize>)>,
    /// The runs of `seen` in one sentence: (sentence, index of its first mention, index of its
    /// subject), valid while mentions are recorded in text order (`seen_sorted`), so pronoun
    /// resolution need not walk back through a long sentence's mentions.
    blocks: Vec<(usize, usize, Option<usize>)>,
    seen_sorted: bool,
    /// Look-up tables, so that a text with thousands of actors is not scanned for every
    /// mention; each gives, in entity order, a superset of the entities a rule checks:
    /// people by the head of each role given to them (`TitleRef`), organisations by their
    /// last word in ASCII lower case (`OrgRef`), groups by their last word in lower case
    /// (`Group`), organisations that are companies of the text by the words that may end a name
    /// standing for them (`Name`).
    by_role_head: FxMap<String, Vec<usize>>,
    orgs_by_last: FxMap<String, Vec<usize>>,
    groups_by_last: FxMap<String, Vec<usize>>,
    company_orgs: FxMap<String, Vec<usize>>,
    /// The companies by name, and the companies by short name and by name (`company_words`),
    /// for a text with more than `TABLE_MIN_COMPANIES`.
    company_index: FxMap<String, usize>,
    company_phrases: FxMap<String, Vec<usize>>,
    /// How many entities the first four tables cover (0: tables not in use yet).
    indexed: usize,
}

/// Entities beyond which the rules use the look-up tables.
const TABLE_MIN_ENTITIES: usize = 64;
/// Companies beyond which they are looked up in tables.
const TABLE_MIN_COMPANIES: usize = 8;

/// Adds `index` to the entities under `key`, keeping them in order and once each.
fn index_entity(map: &mut FxMap<String, Vec<usize>>, key: &str, index: usize) {
    let list = match map.get_mut(key) {
        Some(list) => list,
        None => map.entry(key.to_owned()).or_default(),
    };
    if let Err(at) = list.binary_search(&index) {
        list.insert(at, index);
    }
}

/// The entities under `key`, in order.
fn indexed<'m>(map: &'m FxMap<String, Vec<usize>>, key: &str) -> &'m [usize] {
    map.get(key).map_or(&[], Vec::as_slice)
}

impl<'a, 't> Resolver<'a, 't> {
    pub fn new(toks: &'a [Tok<'t>]) -> Self {
        Resolver {
            lex: Lexicon::get(),
            toks,
            entities: Vec::new(),
            by_key: FxMap::default(),
            key: String::new(),
            seen: Vec::new(),
            subject_taken: FxMap::default(),
            latest: None,
            narrated: narrated(toks),
            clubs: Vec::new(),
            companies: Vec::new(),
            by_word: FxMap::default(),
            common: None,
            next_word_comma: None,
            blocks: Vec::new(),
            seen_sorted: true,
            by_role_head: FxMap::default(),
            orgs_by_last: FxMap::default(),
            groups_by_last: FxMap::default(),
            company_orgs: FxMap::default(),
            company_index: FxMap::default(),
            company_phrases: FxMap::default(),
            indexed: 0,
        }
    }

    fn entity(&mut self, key: &str, kind: ActorKind, name: &str) -> usize {
        if let Some(&index) = self.by_key.get(key) {
            return index;
        }
        let index = self.entities.len();
        self.entities.push(Entity::new(kind, name.to_owned()));
        self.by_key.insert(key.to_owned(), index);
        index
    }

    /// Gives `entity` the role (`Entity::add_role`) and, once the tables are in use, files it
    /// under the role's head.
    fn add_role(&mut self, entity: usize, role: &str) {
        self.entities[entity].add_role(role);
        if self.indexed > 0 {
            if let Some(head) = role_head(&role.to_lowercase()) {
                index_entity(&mut self.by_role_head, head, entity);
            }
        }
    }

    /// Whether the text has so many entities that the rules look them up in the tables rather
    /// than scan them; if so, brings the tables up to date. (An article has a few dozen
    /// entities: building the tables would cost it more than the scans.)
    fn use_tables(&mut self) -> bool {
        if self.entities.len() <= TABLE_MIN_ENTITIES {
            return false;
        }
        if self.indexed == 0 {
            for (index, e) in self.entities.iter().enumerate() {
                for role in &e.roles {
                    if let Some(head) = role_head(&role.to_lowercase()) {
                        index_entity(&mut self.by_role_head, head, index);
                    }
                }
            }
        }
        for index in self.indexed..self.entities.len() {
            let e = &self.entities[index];
            let (kind, name) = (e.kind, e.name.as_str());
            let last = name.rsplit(' ').next().unwrap_or("");
            match kind {
                ActorKind::Organization => {
                    let key = last.trim_end_matches('.').to_ascii_lowercase();
                    index_entity(&mut self.orgs_by_last, &key, index);
                    if let Some(c) = self.company(name) {
                        let short = c
                            .short
                            .as_deref()
                            .map(|s| s.rsplit(' ').next().unwrap_or(""));
                        let keys = [c.first.as_deref(), short, c.name.rsplit(' ').next()]
                            .map(|key| key.map(str::to_owned));
                        for key in keys.iter().flatten() {
                            index_entity(&mut self.company_orgs, key, index);
                        }
                    }
                }
                ActorKind::Group => {
                    let key = if last.is_ascii() {
                        last.to_ascii_lowercase()
                    } else {
                        name.to_lowercase()
                            .rsplit(' ')
                            .next()
                            .unwrap_or("")
                            .to_owned()
                    };
                    index_entity(&mut self.groups_by_last, &key, index);
                }
                _ => {}
            }
        }
        self.indexed = self.entities.len();
        true
    }

    /// The entities a rule checks, in order: those of `list` when the tables are in use
    /// (`use_tables`), else all.
    fn pick<'s>(
        &'s self,
        list: Option<&'s [usize]>,
    ) -> impl Iterator<Item = (usize, &'s Entity)> + 's {
        let all = list
            .is_none()
            .then(|| self.entities.iter().enumerate())
            .into_iter()
            .flatten();
        let some = list.into_iter().flatten().map(|&i| (i, &self.entities[i]));
        some.chain(all)
    }

    /// The entity under the key `prefix` + `body` (lower-cased if `lower`), created if new. The
    /// key is built in a reused buffer.
    fn entity_by(
        &mut self,
        prefix: &str,
        body: &str,
        lower: bool,
        kind: ActorKind,
        name: &str,
    ) -> usize {
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        key.push_str(prefix);
        if lower {
            push_lower(&mut key, body);
        } else {
            key.push_str(body);
        }
        let index = self.entity(&key, kind, name);
        self.key = key;
        index
    }

    /// The key of a person named by `first` and `last`, in the reused buffer.
    fn person_key(&mut self, first: &str, last: &str) -> String {
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        key.push_str("person:");
        key.push_str(first);
        key.push('|');
        key.push_str(last);
        key
    }

    pub fn run(&mut self, mut raws: Vec<Raw<'t>>) {
        self.people_before_firms(&mut raws);
        self.firms_by_surname_word(&mut raws);
        // People named in full (or with a title) anywhere, so a surname before the full name
        // (a headline) still finds its bearer.
        // A name of unknown words is a person's when its last word is used alone elsewhere:
        // "Tad Devine ... Devine said".
        let alone: FxMap<&str, ()> = raws
            .iter()
            .filter_map(|r| match &r.what {
                What::Name { words, .. } if words.len() == 1 => words.first().map(|w| (*w, ())),
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
                // "United Steelworkers Political Director": a name inside a role is no person
                // by this rule.
                let in_role = self
                    .toks
                    .get(raw.token + words.len() - 1)
                    .is_some_and(|t| !t.possessive)
                    && self
                        .toks
                        .get(raw.token + words.len())
                        .is_some_and(|t| t.capitalised && t.l(L_TITLE | L_MODIFIER));
                !*confirmed
                    && !determiner
                    && !in_role
                    && words.len() >= 2
                    && words.len() <= 3
                    && words.last().is_some_and(|w| alone.contains_key(*w))
            })
            .map(|(k, _)| k)
            .collect();
        drop(alone);
        // "Blue Harbor said", with "Blue Harbor Energy" in the text: the company's short name,
        // no person; "Chipmaker Voltra" in a headline, when the text names "Voltra Inc": the
        // company; "Eli Lilly said", when the text names the drugmaker Eli Lilly: the firm.
        let mut known: FxMap<&str, ()> = FxMap::default();
        for r in &raws {
            let What::Organization { name } = &r.what else {
                continue;
            };
            if known.contains_key(name.as_str()) {
                continue;
            }
            let first = company_name(name)
                .then(|| name.split(' ').next().map(str::to_owned))
                .flatten();
            let short = company_short_name(name).map(str::to_owned);
            if first.is_some() || short.is_some() || name.contains(' ') {
                known.insert(name, ());
                self.companies.push(Company {
                    name: name.clone(),
                    first,
                    short,
                });
            }
        }
        drop(known);
        // Tables of the companies, for a text with many.
        if self.companies.len() > TABLE_MIN_COMPANIES {
            for (c, company) in self.companies.iter().enumerate() {
                self.company_index.entry(company.name.clone()).or_insert(c);
                if let Some(short) = &company.short {
                    index_entity(&mut self.company_phrases, short, c);
                }
                index_entity(&mut self.company_phrases, &company.name, c);
            }
        }
        // "Kingsford Harriers": its last word alone ("the Harriers") is the club.
        self.clubs = raws
            .iter()
            .filter_map(|r| match &r.what {
                What::Organization { name } => {
                    let (_, last) = name.rsplit_once(' ')?;
                    crate::scan::CLUB_WORDS
                        .contains(&last)
                        .then(|| (last.to_owned(), name.clone()))
                }
                _ => None,
            })
            .collect();
        let promote: Vec<usize> = promote
            .into_iter()
            .filter(|&k| {
                !matches!(&raws[k].what, What::Name { words, .. }
                    if words.last().is_some_and(|w| self.companies.iter().any(|c| c.first.as_deref() == Some(*w))))
            })
            .collect();
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
        // Names that open with a particle come after all others, so that "Van der Berg said"
        // finds "Helena van der Berg" named later in the text.
        for particle in [false, true] {
            for raw in raws {
                if let What::Name {
                    words,
                    confirmed: true,
                    gender,
                    ..
                } = &raw.what
                {
                    if words.len() >= 2
                        && self.particle_opening(words) == particle
                        && !self.company_words(words)
                        && !self.particle_surname(words, *gender)
                    {
                        self.person(words, *gender);
                    }
                }
            }
        }
        // A single word confirmed only by a speech verb ("PolitiFact said", "Gallup found")
        // names someone who speaks, but nothing says it is a person: unless a title, a given name
        // or a person of that name makes it one, it is an actor of kind `other`.
        let mut weak = Vec::new();
        for raw in raws {
            if let What::Name {
                words,
                confirmed: true,
                gender,
                ..
            } = &raw.what
            {
                let [word] = words.as_slice() else { continue };
                if self.company_words(std::slice::from_ref(word)) {
                    continue;
                }
                if self.bearers(word, *gender, raw).is_empty() {
                    if self.weak_name(raw) {
                        weak.push((*word, *gender));
                    } else {
                        self.person(words, *gender);
                    }
                }
            }
        }
        for (word, gender) in weak {
            if self.candidates(word, gender).is_empty() {
                self.entity_by("other:", word, false, ActorKind::Other, word);
            }
        }
        for raw in raws {
            self.resolve(raw);
        }
        self.link_early_company_names(raws);
        self.merge_apposed_names();
        self.merge_lede();
    }

    /// "Gov. Tom Ray", "Tom Ray, 54,", "Tom Ray, the mayor,": a name of two words or more that
    /// carries a title, an age or a role somewhere is a person's, so an organisation of the same
    /// words ("the bank Tom Ray ...", read as a firm named after a person) is that person too.
    fn people_before_firms(&self, raws: &mut [Raw<'t>]) {
        let word = |n: usize| self.toks.get(n).map_or("", |t| t.word);
        let people: FxMap<String, Vec<&str>> = raws
            .iter()
            .filter_map(|r| {
                let What::Name { words, roles, .. } = &r.what else {
                    return None;
                };
                if words.len() < 2 {
                    return None;
                }
                let titled = word(r.token) != words[0];
                let k = self.tok_at(r.end);
                let aged = word(k) == ","
                    && self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number && t.word.len() <= 3)
                    && word(k + 2) == ",";
                (titled || aged || !roles.is_empty()).then(|| (words.join(" "), words.clone()))
            })
            .collect();
        if people.is_empty() {
            return;
        }
        for r in raws.iter_mut() {
            let What::Organization { name } = &r.what else {
                continue;
            };
            if let Some(words) = people.get(name) {
                r.what = What::Name {
                    words: words.clone(),
                    confirmed: true,
                    roles: Vec::new(),
                    gender: None,
                };
            }
        }
    }

    /// "Keystone Power will close a plant. Keystone Power said …": once a name that ends in a
    /// surname-like company word (`SURNAME_FIRM_WORDS`) is a firm somewhere in the text, its
    /// other mentions with no title or role are the firm too.
    fn firms_by_surname_word(&self, raws: &mut [Raw<'t>]) {
        let firms: Vec<String> = raws
            .iter()
            .filter_map(|r| match &r.what {
                What::Organization { name }
                    if name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| SURNAME_FIRM_WORDS.contains(&w)) =>
                {
                    Some(name.clone())
                }
                _ => None,
            })
            .collect();
        if firms.is_empty() {
            return;
        }
        for r in raws.iter_mut() {
            let What::Name { words, roles, .. } = &r.what else {
                continue;
            };
            let titled = self.toks.get(r.token).map_or("", |t| t.word) != words[0];
            if titled || !roles.is_empty() || words.len() < 2 {
                continue;
            }
            let name = words.join(" ");
            if firms.contains(&name) {
                r.what = What::Organization { name };
            }
        }
    }

    /// The entity other than `exclude` with a mention that ends at token `k`: the pronoun "her"
    /// or the name "Mara Arden's" before a kinship noun.
    fn mention_owner(&self, k: usize, exclude: usize) -> Option<usize> {
        let t = self.toks.get(k)?;
        self.entities.iter().enumerate().position(|(i, e)| {
            i != exclude && e.mentions.iter().any(|&(s, e)| s <= t.start && e == t.end)
        })
    }

    /// The tokens that own the person `entity` as a `head` ("daughter"), by a mention of it in
    /// a kinship role: "Arden's" in "Mara Arden's daughter, Claire Moreau,", "her" in "Claire
    /// Moreau, her daughter,".
    fn kin_owner_tokens<'s>(
        &'s self,
        entity: usize,
        head: &'s str,
    ) -> impl Iterator<Item = usize> + 's {
        let lower = |k: usize| self.toks.get(k).map(|t| &*t.lower);
        self.entities[entity]
            .mentions
            .iter()
            .filter_map(move |&(s, _)| {
                let k = self.tok_at(s);
                if lower(k).is_some_and(possessive_pronoun) && lower(k + 1) == Some(head) {
                    Some(k)
                } else if k >= 3 && lower(k - 1) == Some(",") && lower(k - 2) == Some(head) {
                    Some(k - 3)
                } else {
                    None
                }
            })
    }

    /// "A spokeswoman for the agency, Tara Lind, said": a description of an unnamed person
    /// followed by a comma and a person's name that a comma or the end of the sentence closes
    /// is that person; the description becomes a mention and a role of the named person.
    fn merge_apposed_names(&mut self) {
        let mut moves = Vec::new();
        for (u, e) in self.entities.iter().enumerate() {
            if !(e.kind == ActorKind::Person && e.unnamed) {
                continue;
            }
            for &(start, end) in &e.mentions {
                let k = self.tok_at(end);
                let (Some(comma), Some(next)) = (self.toks.get(k), self.toks.get(k + 1)) else {
                    continue;
                };
                if comma.word != "," || comma.sentence != next.sentence {
                    continue;
                }
                let named = self.entities.iter().position(|p| {
                    p.kind == ActorKind::Person
                        && !p.unnamed
                        && p.words.len() >= 2
                        && p.mentions.iter().any(|&(s, pe)| {
                            s == next.start
                                && self.toks.get(self.tok_at(pe)).is_none_or(|a| {
                                    a.sentence != next.sentence || matches!(a.word, "," | ".")
                                })
                        })
                });
                if let Some(p) = named {
                    moves.push((u, (start, end), p));
                }
            }
        }
        for (u, span, p) in moves {
            let role = self.entities[u].name.clone();
            // The description and what refers to it up to its next description ("he said"
            // after "A spokesman for the agency, Carl Benning,").
            let next = self.entities[u]
                .mentions
                .iter()
                .filter(|m| m.0 > span.0)
                .filter(|m| {
                    self.toks
                        .get(self.tok_at(m.0))
                        .is_some_and(|t| matches!(&*t.lower, "a" | "an"))
                })
                .map(|m| m.0)
                .min()
                .unwrap_or(usize::MAX);
            let mut moved = Vec::new();
            self.entities[u].mentions.retain(|&m| {
                let take = m.0 >= span.0 && m.0 < next;
                if take {
                    moved.push(m);
                }
                !take
            });
            let e = &mut self.entities[p];
            e.mentions.extend(moved);
            e.add_role(&role);
        }
    }

    /// Whether `words` are the short name of a company of the text ("Blue Harbor"), or the
    /// whole name of one of its organisations ("Eli Lilly"), so no person's.
    fn company_words(&self, words: &[&str]) -> bool {
        let matches = |c: &Company| {
            c.short
                .as_deref()
                .is_some_and(|s| words.iter().copied().eq(s.split(' ')))
                || (words.len() >= 2 && words.iter().copied().eq(c.name.split(' ')))
        };
        if self.companies.len() <= TABLE_MIN_COMPANIES {
            return self.companies.iter().any(matches);
        }
        // Only a company whose short name or name is `words` joined can match.
        indexed(&self.company_phrases, &words.join(" "))
            .iter()
            .any(|&c| matches(&self.companies[c]))
    }

    /// The company of the text named `name`, if it is one.
    fn company(&self, name: &str) -> Option<&Company> {
        if self.companies.len() <= TABLE_MIN_COMPANIES {
            return self.companies.iter().find(|c| c.name == name);
        }
        self.company_index
            .get(name)
            .and_then(|&c| self.companies.get(c))
    }

    /// A headline's "Shipping group Norvik", before the text names "Norvik Shipping Holdings":
    /// once the company is known, a name that is still nobody's and ends in its first word is
    /// the company too.
    fn link_early_company_names(&mut self, raws: &[Raw]) {
        let companies: Vec<(usize, String)> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == ActorKind::Organization)
            .filter_map(|(i, e)| Some((i, self.company(&e.name)?.first.clone()?)))
            .collect();
        for raw in raws {
            let What::Name { words, .. } = &raw.what else {
                continue;
            };
            let Some(last) = words.last() else { continue };
            let Some(&(org, _)) = companies.iter().find(|(_, w)| w == last) else {
                continue;
            };
            let span = (raw.start, raw.end);
            if self.entities.iter().any(|e| e.mentions.contains(&span)) {
                continue;
            }
            self.record(raw, org, false, false);
        }
    }

    /// "A former director of St Anne's Hospital was sentenced…" in the lede, then "Richard
    /// Coyle, 58," in one of the next two paragraphs: the person the lede describes without a
    /// name is the first person introduced with an age after it.
    fn merge_lede(&mut self) {
        let Some((described, start, paragraph)) = self.lede_description() else {
            return;
        };
        let Some(named) = self.first_aged_person(start, paragraph) else {
            return;
        };
        let mentions = std::mem::take(&mut self.entities[described].mentions);
        let role = self.entities[described].name.clone();
        let e = &mut self.entities[named];
        e.mentions.extend(mentions);
        e.add_role(&role);
    }

    /// The index of the first token that starts at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// A person mentioned once, without a name, by a description that opens a sentence of the
    /// headline or first paragraph with "A"/"An": (entity, start of the mention, paragraph).
    fn lede_description(&self) -> Option<(usize, usize, usize)> {
        let lede = self.lede_paragraph();
        self.entities.iter().enumerate().find_map(|(i, e)| {
            let &[(start, _)] = e.mentions.as_slice() else {
                return None;
            };
            let t = self.toks.get(self.tok_at(start))?;
            (e.kind == ActorKind::Person
                && e.unnamed
                && (t.paragraph == 0 || t.paragraph <= lede)
                && t.initial
                && matches!(&*t.lower, "a" | "an"))
            .then_some((i, start, t.paragraph))
        })
    }

    /// The first paragraph after the headline with a sentence of at least ten words: the lede,
    /// after a byline ("By Kelly Brennan") and an "Updated" line.
    fn lede_paragraph(&self) -> usize {
        let mut words = 0;
        let mut sentence = usize::MAX;
        for t in self.toks {
            if t.sentence != sentence {
                sentence = t.sentence;
                words = 0;
            }
            if t.paragraph > 0 && t.kind == TokenKind::Word {
                words += 1;
                if words >= 10 {
                    return t.paragraph;
                }
            }
        }
        1
    }

    /// The first person named in full after byte `after`, within two paragraphs of
    /// `paragraph`, whose first mention is followed by an age in commas ("Peter Lowe, 61,"), and
    /// who has no role yet: a person introduced by a title ("Judge Ann Webb, 62,") is someone
    /// else than the one the lede describes.
    fn first_aged_person(&self, after: usize, paragraph: usize) -> Option<usize> {
        let word = |n: usize| self.toks.get(n).map_or("", |t| t.word);
        let aged = |e: &Entity| {
            let Some(&(first, end)) = e.mentions.iter().min() else {
                return false;
            };
            let k = self.tok_at(end);
            e.kind == ActorKind::Person
                && !e.unnamed
                && e.roles.is_empty()
                && e.words.len() >= 2
                && first > after
                && self
                    .toks
                    .get(self.tok_at(first))
                    .is_some_and(|t| t.paragraph <= paragraph + 2)
                && word(k) == ","
                && self.toks.get(k + 1).is_some_and(|t| {
                    t.kind == TokenKind::Number && t.word.len() <= 3 && !t.word.contains('.')
                })
                && word(k + 2) == ","
                && !passive_by(&self.toks[(k + 3).min(self.toks.len())..])
        };
        self.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| aged(e))
            .min_by_key(|(_, e)| e.mentions.iter().min().copied())
            .map(|(i, _)| i)
    }

    /// A one-word name without a title before it, a party tag or an apposition after it, or a
    /// given name: "PolitiFact" in "PolitiFact said".
    fn weak_name(&mut self, raw: &Raw) -> bool {
        let What::Name {
            words,
            roles,
            gender,
            ..
        } = &raw.what
        else {
            return false;
        };
        let untitled = self
            .toks
            .get(raw.token)
            .is_some_and(|t| words.first().is_some_and(|w| *w == t.word));
        let Some(word) = words.first().filter(|_| words.len() == 1) else {
            return false;
        };
        roles.is_empty() && gender.is_none() && untitled && !self.person_like(word)
    }

    /// Whether a lone capitalised word that speaks looks like a surname rather than the name of
    /// a thing: it is no common word of the text (the text never writes it in lower case:
    /// "Development", "Review") and has no capital inside, as brands do ("PolitiFact",
    /// "BuzzFeed"; "McConnell" and "DeSantis" are names).
    fn person_like(&mut self, word: &str) -> bool {
        let mut chars = word.char_indices();
        chars.next();
        let inner_capital = chars.any(|(k, c)| {
            c.is_uppercase()
                && !matches!(
                    word.get(..k),
                    Some("Mc" | "Mac" | "De" | "Di" | "La" | "Le" | "Van")
                )
                && !word
                    .get(..k)
                    .is_some_and(|before| before.ends_with(['\'', '’', '-']))
        });
        if inner_capital {
            return false;
        }
        let toks = self.toks;
        let common = self.common.get_or_insert_with(|| {
            toks.iter()
                .filter(|t| t.kind == TokenKind::Word && !t.capitalised)
                .map(|t| (t.word.to_ascii_lowercase(), ()))
                .collect()
        });
        !common.contains_key(word.to_ascii_lowercase().as_str())
    }

    /// The person entity for a full name, created or merged: same first and last word.
    fn person(&mut self, words: &[&str], gender: Option<Gender>) -> usize {
        let first = words.first().copied().unwrap_or("");
        let last = surname(words).unwrap_or("");
        let key = self.person_key(first, last);
        let index = match self.by_key.get(key.as_str()) {
            Some(&index) => index,
            None => self.entity(&key, ActorKind::Person, &words.join(" ")),
        };
        self.key = key;
        let entity = &mut self.entities[index];
        if words.len() > entity.words.len() {
            entity.words = words.iter().map(|w| (*w).to_owned()).collect();
            entity.name = words.join(" ");
            let keys = [entity.surname(), entity.given()];
            for word in keys.into_iter().flatten() {
                index_entity(&mut self.by_word, word, index);
            }
        }
        if entity.gender.is_none() {
            entity.gender = gender;
        }
        index
    }

    /// Whether a name opens with a capitalised particle that is no given name ("Van der Berg",
    /// "De la Cruz", "Bin Omar" at a sentence start): such a name may be a surname alone.
    fn particle_opening(&self, words: &[&str]) -> bool {
        words.len() >= 2
            && words.first().is_some_and(|first| {
                first.starts_with(|c: char| c.is_ascii_uppercase())
                    && PARTICLES.contains(&first.to_ascii_lowercase().as_str())
                    && !self.lex.given.contains_key(*first)
            })
    }

    /// Whether a name that opens with a capitalised particle ("Van der Berg") is the surname
    /// of a person of the text: one whose own words end with the same particle(s) and
    /// surname, in any case ("Helena van der Berg"); not "Doug Jones" for "Van Jones", nor
    /// "Karenna Gore" for "Al Gore".
    fn particle_surname(&self, words: &[&str], gender: Option<Gender>) -> bool {
        let Some(last) = words.last() else {
            return false;
        };
        self.particle_opening(words)
            && self.candidates(last, gender).iter().any(|&i| {
                let own = &self.entities[i].words;
                let end = own
                    .iter()
                    .rposition(|w| !is_name_suffix(w))
                    .map_or(0, |p| p + 1);
                end > words.len()
                    && own[end - words.len()..end]
                        .iter()
                        .zip(words)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
    }

    /// People a single name word can refer to: by surname, or by given name.
    fn candidates(&self, word: &str, gender: Option<Gender>) -> Vec<usize> {
        let Some(bearers) = self.by_word.get(word) else {
            return Vec::new();
        };
        let mut out: Vec<usize> = bearers
            .iter()
            .map(|&i| (i, &self.entities[i]))
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
        let toks = self.toks;
        let before = toks.get(first..raw.token).unwrap_or(&[]);
        let long = (before.len() > 64).then(|| {
            &*self.next_word_comma.get_or_insert_with(|| {
                (
                    next_index(toks, |t| t.kind == TokenKind::Word),
                    next_index(toks, |t| t.word == ","),
                )
            })
        });
        let opener = match long {
            Some((word, _)) => word
                .get(first)
                .filter(|&&k| k < raw.token)
                .and_then(|&k| toks.get(k)),
            None => before.iter().find(|p| p.kind == TokenKind::Word),
        };
        if opener.is_some_and(|o| CLAUSE_OPENERS.contains(&&*o.lower)) {
            let comma = match long {
                Some((_, comma)) => comma.get(first).is_some_and(|&k| k < raw.token),
                None => before.iter().any(|p| p.word == ","),
            };
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
            let index = self.seen.len();
            match self.blocks.last_mut() {
                Some(block) if block.0 == sentence => {
                    if subject && block.2.is_none() {
                        block.2 = Some(index);
                    }
                }
                Some(block) if block.0 > sentence => self.seen_sorted = false,
                _ => self
                    .blocks
                    .push((sentence, index, subject.then_some(index))),
            }
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
                    let key = self.person_key(
                        words.first().copied().unwrap_or(""),
                        words.last().copied().unwrap_or(""),
                    );
                    let known = self.by_key.get(key.as_str()).copied();
                    self.key = key;
                    match known {
                        Some(index) => Some(index),
                        // "Van der Berg said", after "Helena van der Berg": her surname.
                        None if self.particle_surname(words, *gender) => {
                            self.salient(words.last().copied().unwrap_or(""), *gender, raw)
                        }
                        None if *confirmed && !self.company_words(words) => {
                            Some(self.person(words, *gender))
                        }
                        None => None,
                    }
                } else {
                    let word = words.first().copied().unwrap_or("");
                    self.salient(word, *gender, raw).or_else(|| {
                        let mut key = String::with_capacity(6 + word.len());
                        key.push_str("other:");
                        key.push_str(word);
                        self.by_key.get(key.as_str()).copied()
                    })
                };
                // A name that ends in, or is, the first word of an organisation's name
                // ("Chipmaker Voltra", "Voltra" for "Voltra Inc") is that organisation.
                let entity = entity.or_else(|| {
                    let word = words.last().copied().unwrap_or("");
                    let tables = self.use_tables();
                    let org = self
                        .pick(tables.then(|| indexed(&self.company_orgs, word)))
                        .filter(|(_, e)| e.kind == ActorKind::Organization)
                        .find(|(_, e)| {
                            self.company(&e.name).is_some_and(|c| {
                                c.first.as_deref() == Some(word)
                                    || c.short
                                        .as_deref()
                                        .is_some_and(|short| ends_with_words(words, short))
                                    || (words.len() >= 2 && ends_with_words(words, &c.name))
                            })
                        })
                        .map(|(i, _)| i)?;
                    self.record(raw, org, true, false);
                    None
                });
                if let Some(entity) = entity {
                    for role in roles {
                        self.add_role(entity, role);
                    }
                    if self.entities[entity].gender.is_none() {
                        self.entities[entity].gender = *gender;
                    }
                    self.record(raw, entity, true, words.len() >= 2);
                }
            }
            What::TitleRef { head, qualifiers } => {
                let tables = self.use_tables();
                // "Tom Arden said his son": the person "his" refers to, named before it in its
                // sentence, is not the son, nor is the son of someone else the text named
                // ("Mara Arden's daughter, Claire Moreau," is no daughter of Ben Lutz's). A
                // pronoun that refers back over a sentence is less sure and is not used here.
                let sentence = self.toks.get(raw.token).map(|t| t.sentence);
                let possessor = self
                    .toks
                    .get(raw.token)
                    .filter(|t| possessive_pronoun(&t.lower))
                    .and_then(|_| self.mention_owner(raw.token, usize::MAX))
                    .filter(|&p| {
                        self.entities[p].mentions.iter().any(|&(s, _)| {
                            s < raw.start
                                && self.toks.get(self.tok_at(s)).map(|t| t.sentence) == sentence
                        })
                    });
                // "his daughter" is not the daughter the text gave as "her daughter".
                let det = self.toks.get(raw.token).map_or("", |t| &*t.lower);
                let other_owner = |i: usize| {
                    let mut owners = self.kin_owner_tokens(i, head);
                    owners.any(|k| {
                        let owner = self.toks.get(k).map_or("", |t| &*t.lower);
                        matches!((owner, det), ("his", "her") | ("her", "his"))
                            || possessor
                                .is_some_and(|p| self.mention_owner(k, i).is_some_and(|o| o != p))
                    })
                };
                let best = self
                    .pick(tables.then(|| indexed(&self.by_role_head, expand(head))))
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
                    .filter(|&(i, _, _)| possessor != Some(i) && !other_owner(i))
                    .max_by_key(|&(_, score, last)| (score, last))
                    .map(|(i, _, _)| i);
                if let Some(entity) = best {
                    self.record(raw, entity, true, false);
                }
            }
            What::OrgRef { head } => {
                let tables = self.use_tables();
                let key = if tables {
                    head.to_ascii_lowercase()
                } else {
                    String::new()
                };
                let best = self
                    .pick(tables.then(|| indexed(&self.orgs_by_last, &key)))
                    .filter(|(_, e)| e.kind == ActorKind::Organization && e.count > 0)
                    .filter(|(_, e)| {
                        e.name
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.trim_end_matches('.').eq_ignore_ascii_case(head))
                    })
                    .max_by_key(|(_, e)| e.last)
                    .map(|(i, _)| i)
                    .or_else(|| {
                        // "the police said", with no police named before: a body of its own,
                        // named by its head noun (only nouns that name a body acting as one).
                        UNNAMED_BODIES.contains(&head.as_str()).then(|| {
                            self.entity_by("orgref:", head, true, ActorKind::Organization, head)
                        })
                    });
                if let Some(entity) = best {
                    self.record(raw, entity, true, false);
                }
            }
            What::Unnamed { name, gender, .. } => {
                let entity = self.entity_by("unnamed:", name, true, ActorKind::Person, name);
                let e = &mut self.entities[entity];
                e.unnamed = true;
                e.gender = e.gender.or(*gender);
                self.add_role(entity, name);
                self.record(raw, entity, true, false);
            }
            What::Group { name, definite } => {
                // "the leaders" after "European leaders": the latest group with that noun.
                let earlier = if *definite {
                    let mut noun = String::new();
                    push_lower(&mut noun, name);
                    let tables = self.use_tables();
                    self.pick(tables.then(|| indexed(&self.groups_by_last, &noun)))
                        .filter(|(_, e)| e.kind == ActorKind::Group && e.count > 0)
                        .filter(|(_, e)| {
                            let last = e.name.rsplit(' ').next().unwrap_or("");
                            if last.is_ascii() {
                                last.eq_ignore_ascii_case(&noun)
                            } else {
                                e.name.to_lowercase().rsplit(' ').next() == Some(noun.as_str())
                            }
                        })
                        .max_by_key(|(_, e)| e.last)
                        .map(|(i, _)| i)
                } else {
                    None
                };
                let entity = match earlier {
                    Some(entity) => entity,
                    None => self.entity_by("group:", name, true, ActorKind::Group, name),
                };
                self.record(raw, entity, true, false);
            }
            What::Organization { name } => {
                let full = self
                    .clubs
                    .iter()
                    .find(|(last, _)| last == name)
                    .map(|(_, full)| full.clone());
                // A club word alone only stands for a club the text names in full ("Fans stood
                // United" names none).
                if full.is_none() && crate::scan::CLUB_WORDS.contains(&name.as_str()) {
                    return;
                }
                let name = full.as_deref().unwrap_or(name);
                let entity = self.entity_by("org:", name, true, ActorKind::Organization, name);
                self.record(raw, entity, true, false);
            }
            What::Country { index, independent } => {
                let name = self.lex.countries.get(*index).copied().unwrap_or("");
                let mut digits = [0u8; 20];
                let entity = self.entity_by(
                    "country:",
                    decimal(*index, &mut digits),
                    false,
                    ActorKind::Country,
                    name,
                );
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

    /// `candidates` for a lone name word of `raw`. "Ann Lee … Lee said": with no title before
    /// it, the word's gender came from the given names ("Lee" m) and does not hold against a
    /// bearer of the word as a surname.
    fn bearers(&self, word: &str, gender: Option<Gender>, raw: &Raw) -> Vec<usize> {
        let mut candidates = self.candidates(word, gender);
        let untitled = self
            .toks
            .get(raw.token)
            .is_some_and(|t| t.word == word && t.start == raw.start);
        if candidates.is_empty() && gender.is_some() && untitled {
            candidates = self.candidates(word, None);
            candidates.retain(|&i| self.entities[i].surname() == Some(word));
        }
        candidates
    }

    /// The bearer of a single name word that the reader has in mind: the one most talked about
    /// so far, unless another bearer has just been introduced in full as a sentence's subject.
    fn salient(&self, word: &str, gender: Option<Gender>, raw: &Raw) -> Option<usize> {
        let sentence = self.toks.get(raw.token).map_or(0, |t| t.sentence);
        let mut candidates = self.bearers(word, gender, raw);
        // A title before the name picks, among bearers of the name, those who hold that title:
        // "President Clinton" is the former president Bill Clinton named in the text, not
        // Hillary Clinton, however often she is mentioned.
        if let (true, What::Name { roles, .. }) = (candidates.len() > 1, &raw.what) {
            let head = roles
                .first()
                .and_then(|r| role_head(&r.to_lowercase()).map(str::to_owned));
            if let Some(head) = head {
                let holders: Vec<usize> = candidates
                    .iter()
                    .copied()
                    .filter(|&i| {
                        self.entities[i]
                            .roles
                            .iter()
                            .any(|r| role_head(&r.to_lowercase()) == Some(head.as_str()))
                    })
                    .collect();
                if !holders.is_empty() {
                    candidates = holders;
                }
            }
        }
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
        if self.seen_sorted && self.seen.last().is_none_or(|s| s.sentence <= t.sentence) {
            return self.antecedent_in_blocks(t, kind);
        }
        for strict in [true, false] {
            // Compatible mentions of this sentence, latest first (no list is built: this runs
            // for every pronoun).
            let current = || {
                self.seen
                    .iter()
                    .rev()
                    .take_while(|s| s.sentence + 3 > t.sentence)
                    .filter(|s| s.sentence == t.sentence && self.compatible(s.entity, kind, strict))
            };
            // The first subject in text order, else the nearest mention.
            let subject = current().filter(|s| s.subject).last();
            if let Some(s) = subject.or_else(|| current().next()) {
                if strict || current().all(|c| c.entity == s.entity) {
                    return Some(s.entity);
                }
                return None;
            }
            // The nearest earlier sentence with an actor outside quotations, within this
            // paragraph or the two before (a paragraph of quotation often stands between a
            // speaker's name and "he said").
            let previous = self.seen.iter().rev().find(|s| s.sentence < t.sentence)?;
            if self.lost_track(previous, t) {
                return None;
            }
            // The mentions of that sentence, latest first.
            let sentence = || {
                self.seen
                    .iter()
                    .rev()
                    .take_while(|s| s.sentence >= previous.sentence)
                    .filter(|s| s.sentence == previous.sentence)
            };
            if let Some(subject) = sentence().filter(|s| s.subject).last() {
                if self.compatible(subject.entity, kind, strict) {
                    return Some(subject.entity);
                }
            }
            // Its only compatible actor, if there is exactly one.
            let mut compatible = sentence()
                .filter(|s| self.compatible(s.entity, kind, strict))
                .map(|s| s.entity);
            match compatible.next() {
                None => continue,
                Some(only) if compatible.all(|e| e == only) => return Some(only),
                Some(_) => return None,
            }
        }
        None
    }

    /// Whether a pronoun at `t` is too far from the mention `previous` of the nearest earlier
    /// sentence with an actor to refer to it: more than two paragraphs back, or more than one
    /// sentence of narration without an actor in between (the subject has changed, or the
    /// reader has lost track).
    fn lost_track(&self, previous: &Seen, t: &Tok) -> bool {
        previous.paragraph + 2 < t.paragraph
            || (previous.sentence + 1..t.sentence)
                .filter(|&k| self.narrated.get(k).copied().unwrap_or(false))
                .nth(1)
                .is_some()
    }

    /// `antecedent` for a pronoun outside quotations when the mentions so far were recorded in
    /// text order and none is after the pronoun's sentence: the same rules, reading the
    /// sentences' mentions from `blocks` (at most one mention per sentence is its subject:
    /// `is_subject`).
    fn antecedent_in_blocks(&self, t: &Tok, kind: PronounKind) -> Option<usize> {
        let seen = self.seen.as_slice();
        let last = self.blocks.len().checked_sub(1);
        let (current, before) = match self.blocks.last() {
            Some(&(sentence, ..)) if sentence == t.sentence => {
                (last, last.and_then(|b| b.checked_sub(1)))
            }
            _ => (None, last),
        };
        let block = |b: usize| {
            let (_, start, subject) = self.blocks[b];
            let end = self.blocks.get(b + 1).map_or(seen.len(), |next| next.1);
            (&seen[start..end], subject.map(|k| &seen[k]))
        };
        for strict in [true, false] {
            let compatible = |s: &&Seen| self.compatible(s.entity, kind, strict);
            if let Some(b) = current {
                // The subject if compatible, else the nearest compatible mention.
                let (mentions, subject) = block(b);
                let found = subject
                    .filter(compatible)
                    .or_else(|| mentions.iter().rev().find(compatible));
                if let Some(s) = found {
                    if strict
                        || mentions
                            .iter()
                            .rev()
                            .filter(compatible)
                            .all(|c| c.entity == s.entity)
                    {
                        return Some(s.entity);
                    }
                    return None;
                }
            }
            let (mentions, subject) = block(before?);
            let previous = mentions.last()?;
            if self.lost_track(previous, t) {
                return None;
            }
            if let Some(subject) = subject {
                if compatible(&subject) {
                    return Some(subject.entity);
                }
            }
            let mut found = mentions.iter().rev().filter(compatible).map(|s| s.entity);
            match found.next() {
                None => continue,
                Some(only) if found.all(|e| e == only) => return Some(only),
                Some(_) => return None,
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

/// Per token, the index of the first token at or after it for which `test` holds (the number of
/// tokens if none).
fn next_index(toks: &[Tok], test: impl Fn(&Tok) -> bool) -> Vec<usize> {
    let mut out = vec![toks.len(); toks.len()];
    let mut next = toks.len();
    for (k, t) in toks.iter().enumerate().rev() {
        if test(t) {
            next = k;
        }
        out[k] = next;
    }
    out
}

/// Whether the words after a person's age are a passive with an agent ("was robbed by", "had
/// been attacked by"): the person is the one something was done to, not the one the lede
/// describes.
fn passive_by(toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    let mut seen_aux = false;
    for t in toks.iter().take(6) {
        if t.sentence != first.sentence || t.kind != TokenKind::Word {
            return false;
        }
        match &*t.lower {
            "was" | "were" | "had" | "been" | "is" | "being" => seen_aux = true,
            "by" => return seen_aux,
            _ => {}
        }
    }
    false
}

/// Heads of "the …" that name a body acting as one even when the text never names it: "the
/// police said", "the campaign declined to comment" (not "the center", "the front"). Heads that
/// often take up a body named under another head are left out: "the company" after "Northgate
/// Shipping", "the agency" after "the state transport department".
const UNNAMED_BODIES: &[&str] = &[
    "police",
    "government",
    "administration",
    "campaign",
    "court",
    "media",
    "network",
    "newspaper",
    "committee",
    "council",
    "board",
    "union",
];

/// A word that can stand for a company whose name it starts: no stopword, title or modifier,
/// and no start of a place or country of several words ("New", "General", "South").
fn ordinary_first_word(first: &str) -> bool {
    let lex = Lexicon::get();
    let starts_a_phrase = lex
        .phrases
        .get(first)
        .is_some_and(|phrases| phrases.iter().any(|p| p.words.len() > 1));
    !(starts_a_phrase
        || lex.exact_flags(first) & crate::lexicon::X_STOP != 0
        || lex.lower_flags(&first.to_lowercase())
            & (crate::lexicon::L_TITLE | crate::lexicon::L_MODIFIER)
            != 0)
}

/// Whether `words` end with the words of `phrase` ("Blue Harbor" in "Energy firm Blue Harbor").
fn ends_with_words(words: &[&str], phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    words.len() >= n
        && words[words.len() - n..]
            .iter()
            .copied()
            .eq(phrase.split(' '))
}

/// The words before the last one of a company named with a company word of
/// `data/company_cues.txt` or a legal suffix ("Blue Harbor" for "Blue Harbor Energy",
/// "Halvorsen" for "Halvorsen Securities"): the text may call it by them alone. Club words are
/// handled by their own rule, and a first word that could not stand for the company alone
/// ("General Electric") gives no short name.
fn company_short_name(name: &str) -> Option<&str> {
    let (rest, last) = name.rsplit_once(' ')?;
    let first = rest.split(' ').next()?;
    let cue = Lexicon::get().company_cues.contains(last)
        || SURNAME_FIRM_WORDS.contains(&last)
        || (rest.contains(' ') && company_name(name));
    (cue && ordinary_first_word(first)).then_some(rest)
}

/// `n` in decimal, written into `buffer`.
fn decimal(mut n: usize, buffer: &mut [u8; 20]) -> &str {
    let mut at = buffer.len();
    loop {
        at -= 1;
        if let Some(slot) = buffer.get_mut(at) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    std::str::from_utf8(buffer.get(at..).unwrap_or_default()).unwrap_or("0")
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

/// A company's name with its legal or group suffix ("Voltra Inc", "Centerview Partners", "Norvik
/// Shipping Holdings"), whose first word alone may stand for it; not "Obama administration" or
/// "Trump campaign", nor "New York Times Co" or "General Motors Co", whose first word alone is
/// an ordinary word or the start of a place ("New rules", "General Ana Ruiz").
fn company_name(name: &str) -> bool {
    let Some((first, _)) = name.split_once(' ') else {
        return false;
    };
    if !ordinary_first_word(first) {
        return false;
    }
    // The suffix ends the name, after one or more words ("Norvik Shipping Holdings").
    name.rsplit_once(' ').is_some_and(|(_, rest)| {
        matches!(
            rest.trim_end_matches('.'),
            "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "LLC"
                | "PLC"
                | "Plc"
                | "Group"
                | "Holdings"
                | "Partners"
                | "AG"
                | "SA"
                | "NV"
                | "GmbH"
        )
    })
}

/// The head word of a role: its last word before "of", "for", "at" or "with"
/// ("secretary" in "secretary of state").
fn role_head(role: &str) -> Option<&str> {
    let words = || {
        role.split_whitespace()
            .take_while(|w| !matches!(*w, "of" | "for" | "at" | "with" | "to"))
    };
    // "Attorney General", "President Elect": the title before a modifier after it is the head.
    let n = words().count();
    let last = words().last()?;
    if n >= 2 && TITLE_MODIFIERS_AFTER.contains(&last) {
        return words().nth(n - 2).map(expand);
    }
    Some(expand(last))
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
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
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
