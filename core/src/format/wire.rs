//! The content as the app downloads it: one language-neutral **structure** file for every questionnaire and
//! the source register (ids, conditions, weights, options, scoring, citations, flags) and one **text part**
//! per language and piece of content, so that the first question of a readiness section needs the structure,
//! the questionnaire's own texts and the texts of that one section, in one language.
//!
//! The codec is derived (serde + postcard) on mirror types in this module, which keeps the domain free of
//! serde. The only hand-written parts are the conversions to and from the domain types (which the compiler
//! checks field by field) and [`visit_texts`], the one walk that says which part every text belongs to; the
//! encoder and the decoder both use it, so they cannot disagree.
//!
//! Parts (file `LANG/PART.bin`, `LANG` = `vi` | `en`):
//! * `sources` — the texts of the source register (titles, issuers, provision labels and summaries);
//! * `Q` — every text of a profile or triage questionnaire `Q`, and of a readiness questionnaire `Q` its
//!   title, description, section titles and descriptions, scale labels and band labels;
//! * `Q.S` — the texts of the questions of section `S` of a readiness questionnaire `Q`.
//!
//! A text part names the digest of the structure it belongs to and the number of texts; the app refuses a part
//! of another structure (a stale cache) and one whose count is wrong. Texts of a language not yet loaded are
//! empty strings in the assembled [`Catalog`]: the app shows a page in a language only once the parts the page
//! needs are applied in that language ([`Structure::has`]).

use serde::{Deserialize, Serialize};

use crate::domain::{
    AnswerOption, Band, Catalog, Citation, Condition, Date, Deadline, Duty, Lang, Obligation,
    Principle, Provision, Question, QuestionKind, Questionnaire, Role, Scale, ScaleLevel, Scored,
    Scoring, Section, Source, SourceDate, SourceKind, SourceRegister, SourceStatus, Spec, Text,
    Tier, TierRule, TransitionRule, TriageRules, Version,
};

/// The `format` tag of the structure file.
pub const STRUCTURE_FORMAT: &str = "sansang.structure";
/// The `format` tag of a text part.
pub const TEXTS_FORMAT: &str = "sansang.texts";
/// The `format` of the JSON content bundle of earlier versions (still recognised when someone imports it).
pub const COMPILED_FORMAT: &str = "sansang.compiled";
/// The version this code writes and reads.
pub const WIRE_VERSION: u32 = 1;
/// The file name of the structure, relative to the content folder.
pub const STRUCTURE_FILE: &str = "structure.bin";
/// The file listing every content file (one a line), for the service worker.
pub const INDEX_FILE: &str = "files.txt";
/// The part holding the source register's texts.
pub const SOURCES_PART: &str = "sources";

/// Why bytes are not content this code can use.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WireError {
    /// Not a structure or text file of this format and version.
    #[error("content: not a Sẵn Sàng content file of version {WIRE_VERSION} / không phải tệp nội dung Sẵn Sàng phiên bản {WIRE_VERSION}")]
    Format,
    /// The right header, but the body does not decode or does not make a valid catalog.
    #[error("content: damaged file / tệp nội dung bị hỏng")]
    Malformed,
    /// A text part of another build of the content (e.g. a stale cached file).
    #[error("content: text part {0} belongs to another version of the content / phần văn bản {0} thuộc phiên bản nội dung khác")]
    Stale(String),
    /// A text part this structure has no texts for, or with the wrong number of texts.
    #[error(
        "content: text part {0} does not fit the structure / phần văn bản {0} không khớp cấu trúc"
    )]
    Mismatch(String),
}

// ---------------------------------------------------------------------------------------------------------
// Mirror types. Texts are skipped by serde: the structure carries none, the parts carry them in walk order.

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct WText {
    #[serde(skip)]
    vi: String,
    #[serde(skip)]
    en: String,
}

/// A mirror of a field-less domain enum, with conversions both ways (exhaustive: a new domain variant does not
/// compile until it is mirrored).
macro_rules! mirror_enum {
    ($wire:ident, $domain:ident, [$($variant:ident),* $(,)?]) => {
        #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
        enum $wire {
            $($variant),*
        }
        impl From<$domain> for $wire {
            fn from(value: $domain) -> $wire {
                match value {
                    $($domain::$variant => $wire::$variant),*
                }
            }
        }
        impl From<$wire> for $domain {
            fn from(value: $wire) -> $domain {
                match value {
                    $($wire::$variant => $domain::$variant),*
                }
            }
        }
    };
}

mirror_enum!(WRole, Role, [Developer, Provider, Deployer, User]);
mirror_enum!(
    WTier,
    Tier,
    [Prohibited, High, PossiblyHigh, Medium, Low, OutOfScope]
);
mirror_enum!(
    WPrinciple,
    Principle,
    [
        RiskBased,
        Transparency,
        Accountability,
        HumanCentred,
        Sovereignty,
        Safety,
        DataGovernance,
        Fairness,
        Sustainability,
        Capability,
    ]
);
mirror_enum!(
    WSourceKind,
    SourceKind,
    [Law, Decree, Decision, Circular, ForeignLaw, Framework, Standard, Article]
);
mirror_enum!(
    WSourceStatus,
    SourceStatus,
    [InForce, Superseded, Draft, Reference]
);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WCatalog {
    sources: Vec<WSource>,
    questionnaires: Vec<WQuestionnaire>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WSource {
    id: String,
    kind: WSourceKind,
    number: Option<String>,
    short: WText,
    title: WText,
    issuer: WText,
    date: WSourceDate,
    effective: Option<WSourceDate>,
    status: WSourceStatus,
    url: String,
    language: String,
    confirmed: bool,
    note: Option<WText>,
    provisions: Vec<WProvision>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum WSourceDate {
    Day(WDate),
    Month(u16, u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
struct WDate(u16, u8, u8);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WProvision {
    id: String,
    label: WText,
    summary: WText,
    confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WCitation(String, Option<String>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WQuestionnaire {
    id: String,
    version: (u32, u32, u32),
    title: WText,
    description: Option<WText>,
    sections: Vec<WSection>,
    spec: WSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum WSpec {
    Profile,
    Triage {
        tiers: Vec<WTierRule>,
        transition: Vec<WTransitionRule>,
        obligations: Vec<WObligation>,
    },
    Readiness {
        levels: Vec<(u8, WText)>,
        bands: Vec<WBand>,
        gate_band: String,
        evidence_level: u8,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WBand {
    id: String,
    min: f64,
    label: WText,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WTierRule {
    tier: WTier,
    when: WCondition,
    reason: WText,
    cites: Vec<WCitation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WTransitionRule {
    id: String,
    when: WCondition,
    date: WDate,
    label: WText,
    cites: Vec<WCitation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WObligation {
    id: String,
    title: WText,
    detail: WText,
    roles: Vec<WRole>,
    tiers: Vec<WTier>,
    when: Option<WCondition>,
    deadline: Option<WDeadline>,
    cites: Vec<WCitation>,
    evidenced_by: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum WDeadline {
    BeforeUse,
    Transition,
    Date(WDate),
    Hours(u32, WText),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WSection {
    id: String,
    title: WText,
    description: Option<WText>,
    principle: Option<WPrinciple>,
    weight: Option<f64>,
    questions: Vec<WQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WQuestion {
    id: String,
    text: WText,
    help: Option<WText>,
    cites: Vec<WCitation>,
    applies_if: Option<WCondition>,
    kind: WKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum WKind {
    Scored {
        evidence: WText,
        levels: Vec<WText>,
        na: bool,
        weight: u8,
        duty: Option<(Vec<WRole>, Vec<WTier>)>,
        recommendations: Vec<WText>,
    },
    Single(Vec<WOption>),
    Multi(Vec<WOption>),
    Text,
    Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct WOption {
    id: String,
    label: WText,
    facts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum WCondition {
    All(Vec<WCondition>),
    Any(Vec<WCondition>),
    Not(Box<WCondition>),
    Fact(String),
    Role(Vec<WRole>),
    Tier(Vec<WTier>),
    AnswerIs(String, Vec<String>),
    AnswerAtLeast(String, u8),
    Answered(String),
}

#[derive(Serialize, Deserialize)]
struct StructureFile {
    format: String,
    version: u32,
    catalog: WCatalog,
}

#[derive(Serialize, Deserialize)]
struct TextsFile {
    format: String,
    version: u32,
    structure: u64,
    lang: String,
    part: String,
    texts: Vec<String>,
}

// ---------------------------------------------------------------------------------------------------------
// The walk: every text of the catalog, in a fixed order, with the part it belongs to.

fn visit_texts(catalog: &mut WCatalog, visit: &mut dyn FnMut(&str, &mut WText)) {
    for source in &mut catalog.sources {
        let mut v = |text: &mut WText| visit(SOURCES_PART, text);
        v(&mut source.short);
        v(&mut source.title);
        v(&mut source.issuer);
        if let Some(note) = &mut source.note {
            v(note);
        }
        for provision in &mut source.provisions {
            v(&mut provision.label);
            v(&mut provision.summary);
        }
    }
    for questionnaire in &mut catalog.questionnaires {
        let own = questionnaire.id.clone();
        let by_section = matches!(questionnaire.spec, WSpec::Readiness { .. });
        visit(&own, &mut questionnaire.title);
        if let Some(description) = &mut questionnaire.description {
            visit(&own, description);
        }
        match &mut questionnaire.spec {
            WSpec::Profile => {}
            WSpec::Triage {
                tiers,
                transition,
                obligations,
            } => {
                for rule in tiers {
                    visit(&own, &mut rule.reason);
                }
                for rule in transition {
                    visit(&own, &mut rule.label);
                }
                for obligation in obligations {
                    visit(&own, &mut obligation.title);
                    visit(&own, &mut obligation.detail);
                    if let Some(WDeadline::Hours(_, after)) = &mut obligation.deadline {
                        visit(&own, after);
                    }
                }
            }
            WSpec::Readiness { levels, bands, .. } => {
                for (_, label) in levels {
                    visit(&own, label);
                }
                for band in bands {
                    visit(&own, &mut band.label);
                }
            }
        }
        for section in &mut questionnaire.sections {
            visit(&own, &mut section.title);
            if let Some(description) = &mut section.description {
                visit(&own, description);
            }
            let part = if by_section {
                section_part(&own, &section.id)
            } else {
                own.clone()
            };
            for question in &mut section.questions {
                visit(&part, &mut question.text);
                if let Some(help) = &mut question.help {
                    visit(&part, help);
                }
                match &mut question.kind {
                    WKind::Scored {
                        evidence,
                        levels,
                        recommendations,
                        ..
                    } => {
                        visit(&part, evidence);
                        for level in levels {
                            visit(&part, level);
                        }
                        for recommendation in recommendations {
                            visit(&part, recommendation);
                        }
                    }
                    WKind::Single(options) | WKind::Multi(options) => {
                        for option in options {
                            visit(&part, &mut option.label);
                        }
                    }
                    WKind::Text | WKind::Date => {}
                }
            }
        }
    }
}

/// The part holding the question texts of a section of a readiness questionnaire.
pub fn section_part(questionnaire: &str, section: &str) -> String {
    format!("{questionnaire}.{section}")
}

/// The file of a text part, relative to the content folder (`vi/readiness.risk.bin`).
pub fn part_file(lang: Lang, part: &str) -> String {
    format!("{}/{part}.bin", lang.code())
}

fn slot(text: &mut WText, lang: Lang) -> &mut String {
    match lang {
        Lang::Vi => &mut text.vi,
        Lang::En => &mut text.en,
    }
}

/// FNV-1a, 64 bits: names a structure so that its text parts can be matched to it.
fn digest(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

// ---------------------------------------------------------------------------------------------------------
// Encoding (native: `sansang bundle`).

/// Every file of a catalog's content: the structure and the text parts of both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// `structure.bin`.
    pub structure: Vec<u8>,
    /// `(file, bytes)` of every text part (see [`part_file`]), in walk order, Vietnamese first.
    pub parts: Vec<(String, Vec<u8>)>,
}

impl Bundle {
    /// The content of [`INDEX_FILE`]: every file name, one a line.
    pub fn index(&self) -> String {
        let mut index = format!("{STRUCTURE_FILE}\n");
        for (file, _) in &self.parts {
            index.push_str(file);
            index.push('\n');
        }
        index
    }
}

/// The content files of a catalog.
pub fn encode(catalog: &Catalog) -> Bundle {
    let mut wire = WCatalog::from(catalog);
    let structure = postcard::to_allocvec(&StructureFile {
        format: STRUCTURE_FORMAT.into(),
        version: WIRE_VERSION,
        catalog: wire.clone(),
    })
    .unwrap_or_default();
    let structure_digest = digest(&structure);
    let mut parts = Vec::new();
    for lang in Lang::ALL {
        let mut order: Vec<(String, Vec<String>)> = Vec::new();
        visit_texts(&mut wire, &mut |part, text| {
            let value = std::mem::take(slot(text, lang));
            match order.iter_mut().find(|(name, _)| name == part) {
                Some((_, texts)) => texts.push(value),
                None => order.push((part.to_string(), vec![value])),
            }
        });
        for (part, texts) in order {
            let bytes = postcard::to_allocvec(&TextsFile {
                format: TEXTS_FORMAT.into(),
                version: WIRE_VERSION,
                structure: structure_digest,
                lang: lang.code().into(),
                part: part.clone(),
                texts,
            })
            .unwrap_or_default();
            parts.push((part_file(lang, &part), bytes));
        }
    }
    Bundle { structure, parts }
}

// ---------------------------------------------------------------------------------------------------------
// Decoding (the app).

/// A decoded structure and the text parts applied to it so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    catalog: WCatalog,
    digest: u64,
    /// For each part (walk order): its name and how many texts it has.
    parts: Vec<(String, usize)>,
    /// The parts applied, per language.
    applied: Vec<(Lang, String)>,
}

/// Reads `structure.bin`.
pub fn decode_structure(bytes: &[u8]) -> Result<Structure, WireError> {
    let file: StructureFile =
        postcard::from_bytes(bytes).map_err(|_| header(bytes, STRUCTURE_FORMAT))?;
    if file.format != STRUCTURE_FORMAT || file.version != WIRE_VERSION {
        return Err(WireError::Format);
    }
    let mut catalog = file.catalog;
    // Checks now that it converts, so that `catalog()` can only fail on texts.
    Catalog::try_from(&catalog)?;
    let mut parts: Vec<(String, usize)> = Vec::new();
    visit_texts(
        &mut catalog,
        &mut |part, _| match parts.iter_mut().find(|(name, _)| name == part) {
            Some((_, count)) => *count += 1,
            None => parts.push((part.to_string(), 1)),
        },
    );
    Ok(Structure {
        catalog,
        digest: digest(bytes),
        parts,
        applied: Vec::new(),
    })
}

/// `Format` when the bytes do not even start like a `format` file of this version, else `Malformed`.
fn header(bytes: &[u8], format: &str) -> WireError {
    #[derive(Deserialize)]
    struct Header {
        format: String,
        version: u32,
    }
    match postcard::take_from_bytes::<Header>(bytes) {
        Ok((h, _)) if h.format == format && h.version == WIRE_VERSION => WireError::Malformed,
        _ => WireError::Format,
    }
}

impl Structure {
    /// Every part's name, in walk order (sources first).
    pub fn parts(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|(name, _)| name.as_str())
    }

    /// Whether a part's texts are applied in a language. A part with no texts at all counts as applied.
    pub fn has(&self, lang: Lang, part: &str) -> bool {
        !self.parts.iter().any(|(name, _)| name == part)
            || self.applied.iter().any(|(l, p)| *l == lang && p == part)
    }

    /// Whether every part is applied in a language.
    pub fn complete(&self, lang: Lang) -> bool {
        self.parts().all(|part| self.has(lang, part))
    }

    /// Applies a text part; returns its language and part name.
    pub fn apply(&mut self, bytes: &[u8]) -> Result<(Lang, String), WireError> {
        let file: TextsFile =
            postcard::from_bytes(bytes).map_err(|_| header(bytes, TEXTS_FORMAT))?;
        if file.format != TEXTS_FORMAT || file.version != WIRE_VERSION {
            return Err(WireError::Format);
        }
        let lang = Lang::from_tag(&file.lang).ok_or(WireError::Malformed)?;
        if lang.code() != file.lang {
            return Err(WireError::Malformed);
        }
        if file.structure != self.digest {
            return Err(WireError::Stale(file.part));
        }
        let expected = self
            .parts
            .iter()
            .find(|(name, _)| *name == file.part)
            .map(|(_, count)| *count);
        if expected != Some(file.texts.len()) {
            return Err(WireError::Mismatch(file.part));
        }
        let mut texts = file.texts.into_iter();
        visit_texts(&mut self.catalog, &mut |part, text| {
            if part == file.part {
                *slot(text, lang) = texts.next().unwrap_or_default();
            }
        });
        if !self.has(lang, &file.part) {
            self.applied.push((lang, file.part.clone()));
        }
        Ok((lang, file.part))
    }

    /// The catalog with the texts applied so far (others are empty).
    pub fn catalog(&self) -> Catalog {
        // `decode_structure` checked that the structure converts; texts cannot make it fail.
        Catalog::try_from(&self.catalog).unwrap_or_default()
    }
}

/// Decodes every file of a [`Bundle`] into a catalog (tests and tools).
pub fn decode_bundle(bundle: &Bundle) -> Result<Catalog, WireError> {
    let mut structure = decode_structure(&bundle.structure)?;
    for (_, bytes) in &bundle.parts {
        structure.apply(bytes)?;
    }
    Ok(structure.catalog())
}

// ---------------------------------------------------------------------------------------------------------
// Domain → mirror.

fn w_text(text: &Text) -> WText {
    WText {
        vi: text.vi.clone(),
        en: text.en.clone(),
    }
}

fn w_date(date: Date) -> WDate {
    WDate(date.year, date.month, date.day)
}

fn w_source_date(date: SourceDate) -> WSourceDate {
    match date {
        SourceDate::Day(day) => WSourceDate::Day(w_date(day)),
        SourceDate::Month { year, month } => WSourceDate::Month(year, month),
    }
}

fn w_cites(cites: &[Citation]) -> Vec<WCitation> {
    cites
        .iter()
        .map(|c| WCitation(c.source.clone(), c.provision.clone()))
        .collect()
}

fn w_roles(roles: &[Role]) -> Vec<WRole> {
    roles.iter().map(|&r| r.into()).collect()
}

fn w_tiers(tiers: &[Tier]) -> Vec<WTier> {
    tiers.iter().map(|&t| t.into()).collect()
}

fn w_condition(condition: &Condition) -> WCondition {
    let list = |c: &[Condition]| c.iter().map(w_condition).collect();
    match condition {
        Condition::All(c) => WCondition::All(list(c)),
        Condition::Any(c) => WCondition::Any(list(c)),
        Condition::Not(c) => WCondition::Not(Box::new(w_condition(c))),
        Condition::Fact(f) => WCondition::Fact(f.clone()),
        Condition::Role(r) => WCondition::Role(w_roles(r)),
        Condition::Tier(t) => WCondition::Tier(w_tiers(t)),
        Condition::AnswerIs { question, options } => {
            WCondition::AnswerIs(question.clone(), options.clone())
        }
        Condition::AnswerAtLeast { question, level } => {
            WCondition::AnswerAtLeast(question.clone(), *level)
        }
        Condition::Answered(q) => WCondition::Answered(q.clone()),
    }
}

fn w_options(options: &[AnswerOption]) -> Vec<WOption> {
    options
        .iter()
        .map(|o| WOption {
            id: o.id.clone(),
            label: w_text(&o.label),
            facts: o.facts.clone(),
        })
        .collect()
}

impl From<&Catalog> for WCatalog {
    fn from(catalog: &Catalog) -> WCatalog {
        let sources = catalog
            .sources
            .iter()
            .map(|s| WSource {
                id: s.id.clone(),
                kind: s.kind.into(),
                number: s.number.clone(),
                short: w_text(&s.short),
                title: w_text(&s.title),
                issuer: w_text(&s.issuer),
                date: w_source_date(s.date),
                effective: s.effective.map(w_source_date),
                status: s.status.into(),
                url: s.url.clone(),
                language: s.language.clone(),
                confirmed: s.confirmed,
                note: s.note.as_ref().map(w_text),
                provisions: s
                    .provisions
                    .iter()
                    .map(|p| WProvision {
                        id: p.id.clone(),
                        label: w_text(&p.label),
                        summary: w_text(&p.summary),
                        confirmed: p.confirmed,
                    })
                    .collect(),
            })
            .collect();
        let questionnaires = catalog
            .questionnaires
            .iter()
            .map(|q| WQuestionnaire {
                id: q.id.clone(),
                version: (q.version.major, q.version.minor, q.version.patch),
                title: w_text(&q.title),
                description: q.description.as_ref().map(w_text),
                sections: q.sections.iter().map(w_section).collect(),
                spec: w_spec(&q.spec),
            })
            .collect();
        WCatalog {
            sources,
            questionnaires,
        }
    }
}

fn w_spec(spec: &Spec) -> WSpec {
    match spec {
        Spec::Profile => WSpec::Profile,
        Spec::Triage(rules) => WSpec::Triage {
            tiers: rules
                .tiers()
                .map(|r| WTierRule {
                    tier: r.tier.into(),
                    when: w_condition(&r.when),
                    reason: w_text(&r.reason),
                    cites: w_cites(&r.cites),
                })
                .collect(),
            transition: rules
                .transition
                .iter()
                .map(|r| WTransitionRule {
                    id: r.id.clone(),
                    when: w_condition(&r.when),
                    date: w_date(r.date),
                    label: w_text(&r.label),
                    cites: w_cites(&r.cites),
                })
                .collect(),
            obligations: rules
                .obligations
                .iter()
                .map(|o| WObligation {
                    id: o.id.clone(),
                    title: w_text(&o.title),
                    detail: w_text(&o.detail),
                    roles: w_roles(&o.roles),
                    tiers: w_tiers(&o.tiers),
                    when: o.when.as_ref().map(w_condition),
                    deadline: o.deadline.as_ref().map(|d| match d {
                        Deadline::BeforeUse => WDeadline::BeforeUse,
                        Deadline::Transition => WDeadline::Transition,
                        Deadline::Date(date) => WDeadline::Date(w_date(*date)),
                        Deadline::Hours { hours, after } => WDeadline::Hours(*hours, w_text(after)),
                    }),
                    cites: w_cites(&o.cites),
                    evidenced_by: o.evidenced_by.clone(),
                })
                .collect(),
        },
        Spec::Readiness { scale, scoring } => WSpec::Readiness {
            levels: scale
                .levels
                .iter()
                .map(|l| (l.value, w_text(&l.label)))
                .collect(),
            bands: scoring
                .bands
                .iter()
                .map(|b| WBand {
                    id: b.id.clone(),
                    min: b.min,
                    label: w_text(&b.label),
                })
                .collect(),
            gate_band: scoring.gate_band.clone(),
            evidence_level: scoring.evidence_level,
        },
    }
}

fn w_section(section: &Section) -> WSection {
    WSection {
        id: section.id.clone(),
        title: w_text(&section.title),
        description: section.description.as_ref().map(w_text),
        principle: section.principle.map(WPrinciple::from),
        weight: section.weight,
        questions: section
            .questions
            .iter()
            .map(|q| WQuestion {
                id: q.id.clone(),
                text: w_text(&q.text),
                help: q.help.as_ref().map(w_text),
                cites: w_cites(&q.cites),
                applies_if: q.applies_if.as_ref().map(w_condition),
                kind: match &q.kind {
                    QuestionKind::Scored(s) => WKind::Scored {
                        evidence: w_text(&s.evidence),
                        levels: s.levels.iter().map(w_text).collect(),
                        na: s.na,
                        weight: s.weight,
                        duty: s
                            .duty
                            .as_ref()
                            .map(|d| (w_roles(&d.roles), w_tiers(&d.tiers))),
                        recommendations: s.recommendations.iter().map(w_text).collect(),
                    },
                    QuestionKind::Single(o) => WKind::Single(w_options(o)),
                    QuestionKind::Multi(o) => WKind::Multi(w_options(o)),
                    QuestionKind::Text => WKind::Text,
                    QuestionKind::Date => WKind::Date,
                },
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Mirror → domain. Infallible but for triage rules whose last rule does not always hold (`Malformed`): every
// enum is a mirror enum, so an unknown variant is already refused by the codec.

fn d_text(text: &WText) -> Text {
    Text {
        vi: text.vi.clone(),
        en: text.en.clone(),
    }
}

fn d_date(date: WDate) -> Date {
    Date {
        year: date.0,
        month: date.1,
        day: date.2,
    }
}

fn d_source_date(date: &WSourceDate) -> SourceDate {
    match *date {
        WSourceDate::Day(day) => SourceDate::Day(d_date(day)),
        WSourceDate::Month(year, month) => SourceDate::Month { year, month },
    }
}

fn d_cites(cites: &[WCitation]) -> Vec<Citation> {
    cites
        .iter()
        .map(|c| Citation {
            source: c.0.clone(),
            provision: c.1.clone(),
        })
        .collect()
}

fn d_roles(roles: &[WRole]) -> Vec<Role> {
    roles.iter().map(|&r| r.into()).collect()
}

fn d_tiers(tiers: &[WTier]) -> Vec<Tier> {
    tiers.iter().map(|&t| t.into()).collect()
}

fn d_condition(condition: &WCondition) -> Condition {
    let list = |c: &[WCondition]| c.iter().map(d_condition).collect();
    match condition {
        WCondition::All(c) => Condition::All(list(c)),
        WCondition::Any(c) => Condition::Any(list(c)),
        WCondition::Not(c) => Condition::Not(Box::new(d_condition(c))),
        WCondition::Fact(f) => Condition::Fact(f.clone()),
        WCondition::Role(r) => Condition::Role(d_roles(r)),
        WCondition::Tier(t) => Condition::Tier(d_tiers(t)),
        WCondition::AnswerIs(question, options) => Condition::AnswerIs {
            question: question.clone(),
            options: options.clone(),
        },
        WCondition::AnswerAtLeast(question, level) => Condition::AnswerAtLeast {
            question: question.clone(),
            level: *level,
        },
        WCondition::Answered(q) => Condition::Answered(q.clone()),
    }
}

fn d_options(options: &[WOption]) -> Vec<AnswerOption> {
    options
        .iter()
        .map(|o| AnswerOption {
            id: o.id.clone(),
            label: d_text(&o.label),
            facts: o.facts.clone(),
        })
        .collect()
}

impl TryFrom<&WCatalog> for Catalog {
    type Error = WireError;

    fn try_from(wire: &WCatalog) -> Result<Catalog, WireError> {
        let sources = wire.sources.iter().map(|s| Source {
            id: s.id.clone(),
            kind: s.kind.into(),
            number: s.number.clone(),
            short: d_text(&s.short),
            title: d_text(&s.title),
            issuer: d_text(&s.issuer),
            date: d_source_date(&s.date),
            effective: s.effective.as_ref().map(d_source_date),
            status: s.status.into(),
            url: s.url.clone(),
            language: s.language.clone(),
            confirmed: s.confirmed,
            note: s.note.as_ref().map(d_text),
            provisions: s
                .provisions
                .iter()
                .map(|p| Provision {
                    id: p.id.clone(),
                    label: d_text(&p.label),
                    summary: d_text(&p.summary),
                    confirmed: p.confirmed,
                })
                .collect(),
        });
        let mut questionnaires = Vec::with_capacity(wire.questionnaires.len());
        for q in &wire.questionnaires {
            questionnaires.push(Questionnaire {
                id: q.id.clone(),
                version: Version {
                    major: q.version.0,
                    minor: q.version.1,
                    patch: q.version.2,
                },
                title: d_text(&q.title),
                description: q.description.as_ref().map(d_text),
                sections: q.sections.iter().map(d_section).collect(),
                spec: d_spec(&q.spec).ok_or(WireError::Malformed)?,
            });
        }
        Ok(Catalog {
            sources: SourceRegister::new(sources),
            questionnaires,
        })
    }
}

fn d_spec(spec: &WSpec) -> Option<Spec> {
    Some(match spec {
        WSpec::Profile => Spec::Profile,
        WSpec::Triage {
            tiers,
            transition,
            obligations,
        } => {
            let tiers = tiers
                .iter()
                .map(|r| TierRule {
                    tier: r.tier.into(),
                    when: d_condition(&r.when),
                    reason: d_text(&r.reason),
                    cites: d_cites(&r.cites),
                })
                .collect();
            let transition = transition
                .iter()
                .map(|r| TransitionRule {
                    id: r.id.clone(),
                    when: d_condition(&r.when),
                    date: d_date(r.date),
                    label: d_text(&r.label),
                    cites: d_cites(&r.cites),
                })
                .collect();
            let obligations = obligations
                .iter()
                .map(|o| Obligation {
                    id: o.id.clone(),
                    title: d_text(&o.title),
                    detail: d_text(&o.detail),
                    roles: d_roles(&o.roles),
                    tiers: d_tiers(&o.tiers),
                    when: o.when.as_ref().map(d_condition),
                    deadline: o.deadline.as_ref().map(|d| match d {
                        WDeadline::BeforeUse => Deadline::BeforeUse,
                        WDeadline::Transition => Deadline::Transition,
                        WDeadline::Date(date) => Deadline::Date(d_date(*date)),
                        WDeadline::Hours(hours, after) => Deadline::Hours {
                            hours: *hours,
                            after: d_text(after),
                        },
                    }),
                    cites: d_cites(&o.cites),
                    evidenced_by: o.evidenced_by.clone(),
                })
                .collect();
            Spec::Triage(TriageRules::new(tiers, transition, obligations)?)
        }
        WSpec::Readiness {
            levels,
            bands,
            gate_band,
            evidence_level,
        } => Spec::Readiness {
            scale: Scale {
                levels: levels
                    .iter()
                    .map(|(value, label)| ScaleLevel {
                        value: *value,
                        label: d_text(label),
                    })
                    .collect(),
            },
            scoring: Scoring {
                bands: bands
                    .iter()
                    .map(|b| Band {
                        id: b.id.clone(),
                        min: b.min,
                        label: d_text(&b.label),
                    })
                    .collect(),
                gate_band: gate_band.clone(),
                evidence_level: *evidence_level,
            },
        },
    })
}

fn d_section(section: &WSection) -> Section {
    Section {
        id: section.id.clone(),
        title: d_text(&section.title),
        description: section.description.as_ref().map(d_text),
        principle: section.principle.map(Principle::from),
        weight: section.weight,
        questions: section
            .questions
            .iter()
            .map(|q| Question {
                id: q.id.clone(),
                text: d_text(&q.text),
                help: q.help.as_ref().map(d_text),
                cites: d_cites(&q.cites),
                applies_if: q.applies_if.as_ref().map(d_condition),
                kind: match &q.kind {
                    WKind::Scored {
                        evidence,
                        levels,
                        na,
                        weight,
                        duty,
                        recommendations,
                    } => QuestionKind::Scored(Scored {
                        evidence: d_text(evidence),
                        levels: levels.iter().map(d_text).collect(),
                        na: *na,
                        weight: *weight,
                        duty: duty.as_ref().map(|(roles, tiers)| Duty {
                            roles: d_roles(roles),
                            tiers: d_tiers(tiers),
                        }),
                        recommendations: recommendations.iter().map(d_text).collect(),
                    }),
                    WKind::Single(o) => QuestionKind::Single(d_options(o)),
                    WKind::Multi(o) => QuestionKind::Multi(d_options(o)),
                    WKind::Text => QuestionKind::Text,
                    WKind::Date => QuestionKind::Date,
                },
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// When set, the texts of [`every_variant`] are taken from here in turn (property tests).
        static POOL: std::cell::RefCell<(Vec<String>, usize)> = const { std::cell::RefCell::new((Vec::new(), 0)) };
    }

    fn t(word: &str) -> Text {
        POOL.with(|pool| {
            let (words, next) = &mut *pool.borrow_mut();
            if words.is_empty() {
                return Text::new(format!("{word} (vi)"), word);
            }
            let vi = words[*next % words.len()].clone();
            let en = words[(*next + 1) % words.len()].clone();
            *next += 2;
            Text::new(vi, en)
        })
    }

    fn cite(text: &str) -> Citation {
        Citation::parse(text).expect("citation")
    }

    /// A catalog with every variant of every enum and both states of every optional field.
    fn every_variant() -> Catalog {
        let day = Date {
            year: 2026,
            month: 3,
            day: 1,
        };
        let source = |id: &str, kind, status, full: bool| Source {
            id: id.into(),
            kind,
            number: full.then(|| "134/2025/QH15".into()),
            short: t("short"),
            title: t("title"),
            issuer: t("issuer"),
            date: if full {
                SourceDate::Day(day)
            } else {
                SourceDate::Month {
                    year: 2025,
                    month: 9,
                }
            },
            effective: full.then_some(SourceDate::Month {
                year: 2026,
                month: 6,
            }),
            status,
            url: "https://example.org/x".into(),
            language: "vi".into(),
            confirmed: full,
            note: full.then(|| t("note")),
            provisions: vec![Provision {
                id: "art-1.2".into(),
                label: t("Art. 1(2)"),
                summary: t("summary"),
                confirmed: !full,
            }],
        };
        let sources = SourceKind::ALL
            .iter()
            .zip(SourceStatus::ALL.iter().cycle())
            .enumerate()
            .map(|(i, (&kind, &status))| source(&format!("s-{i}"), kind, status, i % 2 == 0));
        let every_condition = Condition::All(vec![
            Condition::Any(vec![]),
            Condition::Not(Box::new(Condition::Fact("sector.health".into()))),
            Condition::Role(Role::ALL.to_vec()),
            Condition::Tier(Tier::ALL.to_vec()),
            Condition::AnswerIs {
                question: "q.single".into(),
                options: vec!["yes".into(), "no".into()],
            },
            Condition::AnswerAtLeast {
                question: "q.scored".into(),
                level: 2,
            },
            Condition::Answered("q.text".into()),
        ]);
        let options = vec![
            AnswerOption {
                id: "yes".into(),
                label: t("Yes"),
                facts: vec!["a".into(), "b".into()],
            },
            AnswerOption {
                id: "no".into(),
                label: t("No"),
                facts: vec![],
            },
        ];
        let question = |id: &str, kind| Question {
            id: id.into(),
            text: t(id),
            help: None,
            cites: vec![],
            applies_if: None,
            kind,
        };
        let scored = |duty: Option<Duty>| {
            QuestionKind::Scored(Scored {
                evidence: t("evidence"),
                levels: vec![t("l0"), t("l1")],
                na: duty.is_some(),
                weight: 3,
                duty,
                recommendations: vec![t("r0")],
            })
        };
        let questions = vec![
            Question {
                help: Some(t("help")),
                cites: vec![cite("s-0#art-1.2"), cite("s-1")],
                applies_if: Some(every_condition.clone()),
                ..question("q.single", QuestionKind::Single(options.clone()))
            },
            question("q.multi", QuestionKind::Multi(options)),
            question("q.text", QuestionKind::Text),
            question("q.date", QuestionKind::Date),
            question(
                "q.scored",
                scored(Some(Duty {
                    roles: vec![Role::Provider],
                    tiers: vec![Tier::High, Tier::PossiblyHigh],
                })),
            ),
            question("q.plain", scored(None)),
        ];
        let sections = Principle::ALL
            .iter()
            .enumerate()
            .map(|(i, &principle)| Section {
                id: format!("section-{i}"),
                title: t("section"),
                description: (i == 0).then(|| t("description")),
                principle: (i > 0).then_some(principle),
                weight: (i > 0).then_some(0.1 * i as f64 + 1.0 / 3.0),
                questions: if i == 0 { questions.clone() } else { vec![] },
            })
            .collect();
        let deadlines = [
            None,
            Some(Deadline::BeforeUse),
            Some(Deadline::Transition),
            Some(Deadline::Date(day)),
            Some(Deadline::Hours {
                hours: 72,
                after: t("incident"),
            }),
        ];
        let obligations = deadlines
            .into_iter()
            .enumerate()
            .map(|(i, deadline)| Obligation {
                id: format!("o-{i}"),
                title: t("title"),
                detail: t("detail"),
                roles: vec![Role::Deployer, Role::User],
                tiers: vec![Tier::Medium],
                when: (i % 2 == 1).then(|| every_condition.clone()),
                deadline,
                cites: vec![cite("s-0#art-1.2")],
                evidenced_by: vec!["q.scored".into()],
            })
            .collect();
        let rule = |tier, when| TierRule {
            tier,
            when,
            reason: t("reason"),
            cites: vec![cite("s-0")],
        };
        let rules = TriageRules::new(
            vec![
                rule(Tier::Prohibited, every_condition.clone()),
                rule(Tier::Low, Condition::always()),
            ],
            vec![TransitionRule {
                id: "transition".into(),
                when: Condition::Fact("x".into()),
                date: day,
                label: t("label"),
                cites: vec![],
            }],
            obligations,
        )
        .expect("the last tier rule always holds");
        let version = Version {
            major: 1,
            minor: 20,
            patch: 3,
        };
        let questionnaire = |id: &str, spec, sections| Questionnaire {
            id: id.into(),
            version,
            title: t(id),
            description: (id == "profile").then(|| t("description")),
            sections,
            spec,
        };
        let band = |id: &str, min| Band {
            id: id.into(),
            min,
            label: t(id),
        };
        Catalog {
            sources: SourceRegister::new(sources),
            questionnaires: vec![
                questionnaire("profile", Spec::Profile, vec![]),
                questionnaire("triage", Spec::Triage(rules), vec![]),
                questionnaire(
                    "readiness",
                    Spec::Readiness {
                        scale: Scale {
                            levels: vec![
                                ScaleLevel {
                                    value: 0,
                                    label: t("none"),
                                },
                                ScaleLevel {
                                    value: 1,
                                    label: t("some"),
                                },
                            ],
                        },
                        scoring: Scoring {
                            bands: vec![band("not_ready", 0.0), band("ready", 62.5)],
                            gate_band: "not_ready".into(),
                            evidence_level: 1,
                        },
                    },
                    sections,
                ),
            ],
        }
    }

    fn parts_of(bundle: &Bundle, lang: Lang) -> Vec<(String, Vec<u8>)> {
        let prefix = format!("{}/", lang.code());
        bundle
            .parts
            .iter()
            .filter(|(file, _)| file.starts_with(&prefix))
            .cloned()
            .collect()
    }

    #[test]
    fn every_variant_round_trips() {
        let catalog = every_variant();
        assert_eq!(decode_bundle(&encode(&catalog)), Ok(catalog));
    }

    #[test]
    fn the_shipped_catalog_round_trips_exactly() {
        let catalog = crate::catalog::builtin().expect("shipped content loads");
        assert_eq!(decode_bundle(&encode(&catalog)), Ok(catalog));
    }

    #[test]
    fn the_structure_holds_no_text() {
        let catalog = every_variant();
        let bundle = encode(&catalog);
        let structure = String::from_utf8_lossy(&bundle.structure);
        assert!(structure.contains("q.scored"), "ids are in the structure");
        for word in ["(vi)", "evidence", "incident", "summary"] {
            assert!(!structure.contains(word), "{word} is in the structure");
        }
    }

    #[test]
    fn parts_are_per_language_and_per_readiness_section() {
        let bundle = encode(&every_variant());
        let files: Vec<&str> = bundle.parts.iter().map(|(f, _)| f.as_str()).collect();
        let mut expected = vec![];
        for lang in ["vi", "en"] {
            expected.push(format!("{lang}/sources.bin"));
            expected.push(format!("{lang}/profile.bin"));
            expected.push(format!("{lang}/triage.bin"));
            expected.push(format!("{lang}/readiness.bin"));
            // Only section 0 has questions: the other sections' texts are in the questionnaire's part.
            expected.push(format!("{lang}/readiness.section-0.bin"));
        }
        assert_eq!(files, expected);
        assert_eq!(bundle.index().lines().count(), 1 + expected.len());
        assert!(bundle.index().starts_with("structure.bin\n"));
    }

    #[test]
    fn applying_some_parts_fills_only_their_texts_in_their_language() {
        let full = every_variant();
        let bundle = encode(&full);
        let mut structure = decode_structure(&bundle.structure).unwrap();
        assert!(!structure.has(Lang::Vi, "readiness.section-0"));
        let (_, bytes) = bundle
            .parts
            .iter()
            .find(|(file, _)| file == "vi/readiness.section-0.bin")
            .unwrap();
        assert_eq!(
            structure.apply(bytes),
            Ok((Lang::Vi, "readiness.section-0".to_string()))
        );
        assert!(structure.has(Lang::Vi, "readiness.section-0"));
        assert!(!structure.has(Lang::En, "readiness.section-0"));
        assert!(!structure.has(Lang::Vi, "readiness"));
        assert!(!structure.complete(Lang::Vi));
        let partial = structure.catalog();
        let readiness = partial.readiness().unwrap();
        let question = &readiness.sections[0].questions[0];
        assert_eq!(question.text.vi, "q.single (vi)");
        assert_eq!(question.text.en, "");
        assert_eq!(
            readiness.title.vi, "",
            "the questionnaire's own texts are another part"
        );
        // Everything but the texts is already there.
        assert_eq!(partial.questionnaires.len(), full.questionnaires.len());
        assert_eq!(
            question.applies_if,
            full.readiness().unwrap().sections[0].questions[0].applies_if
        );
        for (_, bytes) in parts_of(&bundle, Lang::Vi) {
            structure.apply(&bytes).unwrap();
        }
        assert!(structure.complete(Lang::Vi));
        assert!(!structure.complete(Lang::En));
        for (_, bytes) in parts_of(&bundle, Lang::En) {
            structure.apply(&bytes).unwrap();
        }
        assert_eq!(structure.catalog(), full);
    }

    #[test]
    fn parts_of_another_structure_or_shape_are_refused() {
        let bundle = encode(&every_variant());
        let mut other = every_variant();
        other.questionnaires[0].id = "profile2".into();
        let other = encode(&other);
        let mut structure = decode_structure(&bundle.structure).unwrap();
        let (_, stale) = &other.parts[0];
        assert_eq!(
            structure.apply(stale),
            Err(WireError::Stale("sources".into()))
        );
        // The right structure, but a part it does not have.
        let foreign = postcard::to_allocvec(&TextsFile {
            format: TEXTS_FORMAT.into(),
            version: WIRE_VERSION,
            structure: structure.digest,
            lang: "vi".into(),
            part: "nowhere".into(),
            texts: vec![],
        })
        .unwrap();
        assert_eq!(
            structure.apply(&foreign),
            Err(WireError::Mismatch("nowhere".into()))
        );
        // A known part with one text too many.
        let mut file: TextsFile = postcard::from_bytes(&bundle.parts[0].1).unwrap();
        file.texts.push("extra".into());
        let long = postcard::to_allocvec(&file).unwrap();
        assert_eq!(
            structure.apply(&long),
            Err(WireError::Mismatch("sources".into()))
        );
        // A text part is not a structure and the other way round.
        assert_eq!(decode_structure(&bundle.parts[0].1), Err(WireError::Format));
        assert_eq!(structure.apply(&bundle.structure), Err(WireError::Format));
        assert_eq!(
            structure.catalog().sources.iter().next().unwrap().title.vi,
            ""
        );
    }

    #[test]
    fn foreign_bytes_are_refused() {
        for bytes in [
            &b""[..],
            b"{\"format\":\"sansang.compiled\",\"version\":1,\"catalog\":[[],[]]}",
            b"\x00\x00\x00",
            b"\x11sansang.structure\x02",
        ] {
            assert_eq!(decode_structure(bytes), Err(WireError::Format), "{bytes:?}");
        }
        let mut truncated = encode(&every_variant()).structure;
        truncated.truncate(40);
        assert_eq!(decode_structure(&truncated), Err(WireError::Malformed));
    }

    #[test]
    fn a_triage_whose_last_rule_does_not_always_hold_is_refused() {
        let mut wire = WCatalog::from(&every_variant());
        let WSpec::Triage { tiers, .. } = &mut wire.questionnaires[1].spec else {
            panic!("the second questionnaire is the triage");
        };
        tiers.last_mut().unwrap().when = WCondition::Fact("x".into());
        let bytes = postcard::to_allocvec(&StructureFile {
            format: STRUCTURE_FORMAT.into(),
            version: WIRE_VERSION,
            catalog: wire,
        })
        .unwrap();
        assert_eq!(decode_structure(&bytes), Err(WireError::Malformed));
    }

    #[test]
    fn an_enum_variant_out_of_range_is_refused() {
        let mut wire = WCatalog::from(&every_variant());
        wire.sources.truncate(1);
        wire.questionnaires.clear();
        let good = postcard::to_allocvec(&StructureFile {
            format: STRUCTURE_FORMAT.into(),
            version: WIRE_VERSION,
            catalog: wire.clone(),
        })
        .unwrap();
        assert!(decode_structure(&good).is_ok());
        // The source's kind is the byte after its id (a length-prefixed string) and the source count.
        let id = wire.sources[0].id.as_bytes();
        let at = good.windows(id.len()).position(|w| w == id).unwrap() + id.len();
        assert_eq!(good[at], 0, "Law is variant 0");
        let mut bad = good.clone();
        bad[at] = SourceKind::ALL.len() as u8;
        assert_eq!(decode_structure(&bad), Err(WireError::Malformed));
    }

    /// A mutation of a byte string: flip one byte, insert one, delete one, or truncate.
    fn mutate(bytes: &[u8], op: u8, at: usize, value: u8) -> Vec<u8> {
        let mut out = bytes.to_vec();
        let at = at % out.len().max(1);
        match op % 4 {
            0 if !out.is_empty() => out[at] ^= value.max(1),
            1 => out.insert(at, value),
            2 if !out.is_empty() => {
                out.remove(at);
            }
            _ => out.truncate(at),
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(400))]

        /// Damaged structures and parts never panic; whatever still decodes still converts, and a part that
        /// applies leaves a catalog of the same shape.
        #[test]
        fn mutated_bytes_never_panic(op in 0u8..4, at in 0usize..100_000, value: u8, which in 0usize..10) {
            let bundle = encode(&every_variant());
            let damaged = mutate(&bundle.structure, op, at, value);
            if let Ok(structure) = decode_structure(&damaged) {
                let _ = structure.catalog();
            }
            let mut structure = decode_structure(&bundle.structure).unwrap();
            let (_, part) = &bundle.parts[which % bundle.parts.len()];
            let damaged = mutate(part, op, at, value);
            if structure.apply(&damaged).is_ok() {
                let catalog = structure.catalog();
                proptest::prop_assert_eq!(catalog.questionnaires.len(), 3);
            }
        }

        /// Cutting a structure short is always an error.
        #[test]
        fn truncated_structures_are_refused(cut in 0usize..100_000) {
            let bytes = encode(&every_variant()).structure;
            let cut = cut % bytes.len();
            proptest::prop_assert!(decode_structure(&bytes[..cut]).is_err());
        }

        /// Any texts (any Unicode, any length, empty included) come back exactly.
        #[test]
        fn any_texts_round_trip(words in proptest::collection::vec("\\PC{0,12}", 1..40)) {
            POOL.with(|pool| *pool.borrow_mut() = (words, 0));
            let catalog = every_variant();
            POOL.with(|pool| *pool.borrow_mut() = (Vec::new(), 0));
            proptest::prop_assert_eq!(decode_bundle(&encode(&catalog)), Ok(catalog));
        }
    }
}
