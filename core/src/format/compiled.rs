//! The compiled catalog: the content the app fetches (`content.json`), written by `sansang bundle` from content
//! that `sansang check` accepts, and read back by a small decoder with no diagnostics.
//!
//! The loader of content files ([`super::load`]) reports every problem with its file and JSON pointer; the app
//! does not need that (the shipped content is validated at build and test time), only the [`Catalog`], so this
//! format is a faithful image of the domain types that is cheap to decode: `decode_catalog(&encode_catalog(c))
//! == c` for every catalog.
//!
//! # Layout
//!
//! ```text
//! {"format": "sansang.compiled", "version": 2, "catalog": [sources, questionnaires]}
//! ```
//!
//! Everything inside `catalog` is positional: a record is an array of its fields in the order below, a
//! [`Text`] is `[vi, en]`, an absent optional value is `null`, an enum is its index in the type's `ALL` list
//! (`Role`, `Tier`, `Principle`, `SourceKind`, `SourceStatus`), and a variant with data is `[tag, fields…]`.
//!
//! * a number (section weight, band minimum) is a JSON number, or `[bits]` (its IEEE 754 bits as an integer)
//!   when serde_json would not read the decimal back exactly.
//! * source: `[id, kind, number?, short, title, issuer, date, effective?, status, url, language, confirmed,
//!   note?, provisions]`; sources are written ordered by id.
//! * source date: `[year, month, day]` or `[year, month]`; a date is `[year, month, day]`.
//! * provision: `[id, label, summary, confirmed]`.
//! * citation: `"source#provision"` or `"source"`.
//! * questionnaire: `[id, [major, minor, patch], title, description?, sections, spec]`.
//! * spec: `[0]` profile; `[1, tier rules, transition rules, obligations]` triage; `[2, scale, scoring]`
//!   readiness, where scale is `[[value, label]…]` and scoring `[[[id, min, label]…], gate_band,
//!   evidence_level, max_not_applicable_percent, max_dont_know_percent]`.
//! * tier rule: `[tier, when, reason, cites]` (the last always holds); transition rule: `[id, when, date,
//!   label, cites]`.
//! * obligation: `[id, title, detail, roles, tiers, when?, deadline?, cites, evidenced_by]`; deadline: `[0]`
//!   before use, `[1]` transition, `[2, date]`, `[3, hours, after]`.
//! * section: `[id, title, description?, principle?, weight?, questions]`.
//! * question: `[id, text, help?, cites, applies_if?, kind]`; kind: `[0, evidence, action, levels, na, weight, duty?,
//!   recommendations]` scored (duty: `[roles, tiers]`), `[1, options]` single, `[2, options]` multi, `[3]`
//!   text, `[4]` date; option: `[id, label, facts]`.
//! * condition: `[0, [conditions]]` all, `[1, [conditions]]` any, `[2, condition]` not, `[3, fact]`,
//!   `[4, roles]`, `[5, tiers]`, `[6, question, [options]]` answer is, `[7, question, level]` answer at
//!   least, `[8, question]` answered.

use serde_json::{json, Value};

use crate::domain::{
    AnswerOption, Band, Catalog, Citation, Condition, Date, Deadline, Duty, FindingRule,
    HighRiskList, ListRow, ListSector, Obligation, Principle, Provision, Question, QuestionKind,
    Questionnaire, Retired, Role, Scale, ScaleLevel, Scored, Scoring, Section, Source, SourceDate,
    SourceKind, SourceRegister, SourceStatus, Spec, Term, Text, Tier, TierRule, TransitionDate,
    TransitionRule, TriageRules, Version,
};

/// The `format` tag of a compiled catalog.
pub const COMPILED_FORMAT: &str = "sansang.compiled";
/// The version this code writes and reads.
pub const COMPILED_VERSION: u64 = 2;

/// Why a text is not a compiled catalog this code can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CompiledError {
    /// Not JSON at all.
    #[error("content: not JSON")]
    NotJson,
    /// JSON, but not `sansang.compiled`.
    #[error("content: not a compiled catalog")]
    Format,
    /// A compiled catalog of another version.
    #[error("content: unsupported version")]
    Version,
    /// The right header, but the catalog does not have the expected shape.
    #[error("content: malformed catalog")]
    Malformed,
}

type Res<T> = Result<T, CompiledError>;
use CompiledError::Malformed;

// ---------------------------------------------------------------------------------------------------------
// Encoding (native: `sansang bundle`).

/// The compiled form of a catalog, as compact JSON.
pub fn encode_catalog(catalog: &Catalog) -> String {
    let sources: Vec<Value> = catalog.sources.iter().map(enc_source).collect();
    let questionnaires: Vec<Value> = catalog
        .questionnaires
        .iter()
        .map(enc_questionnaire)
        .collect();
    // Written by hand so the header comes first (a `Value` object would sort its keys).
    format!(
        "{{\"format\":\"{COMPILED_FORMAT}\",\"version\":{COMPILED_VERSION},\"catalog\":{}}}",
        json!([sources, questionnaires])
    )
}

/// A number as JSON when serde_json reads it back exactly (every integer and short decimal), else `[bits]`:
/// serde_json's default float parsing may be one ulp off for long decimals such as `0.9333333333333333`.
fn enc_number(number: f64) -> Value {
    let plain = json!(number);
    let exact = serde_json::from_str::<Value>(&plain.to_string())
        .ok()
        .and_then(|read| read.as_f64())
        .is_some_and(|read| read.to_bits() == number.to_bits());
    if exact {
        plain
    } else {
        json!([number.to_bits()])
    }
}

fn enc_text(text: &Text) -> Value {
    json!([text.vi, text.en])
}

fn enc_opt_text(text: &Option<Text>) -> Value {
    text.as_ref().map_or(Value::Null, enc_text)
}

/// The position of `value` in `all` (every enum value is in its `ALL`).
fn enc_enum<T: PartialEq>(all: &[T], value: &T) -> Value {
    json!(all
        .iter()
        .position(|item| item == value)
        .unwrap_or(usize::MAX))
}

fn enc_roles(roles: &[Role]) -> Value {
    roles
        .iter()
        .map(|role| enc_enum(&Role::ALL, role))
        .collect()
}

fn enc_tiers(tiers: &[Tier]) -> Value {
    tiers
        .iter()
        .map(|tier| enc_enum(&Tier::ALL, tier))
        .collect()
}

fn enc_date(date: Date) -> Value {
    json!([date.year, date.month, date.day])
}

fn enc_source_date(date: SourceDate) -> Value {
    match date {
        SourceDate::Day(date) => enc_date(date),
        SourceDate::Month { year, month } => json!([year, month]),
    }
}

fn enc_cites(cites: &[Citation]) -> Value {
    cites.iter().map(|cite| json!(cite.to_string())).collect()
}

fn enc_source(source: &Source) -> Value {
    let provisions: Vec<Value> = source
        .provisions
        .iter()
        .map(|p| json!([p.id, enc_text(&p.label), enc_text(&p.summary), p.confirmed]))
        .collect();
    json!([
        source.id,
        enc_enum(&SourceKind::ALL, &source.kind),
        source.number,
        enc_text(&source.short),
        enc_text(&source.title),
        enc_text(&source.issuer),
        enc_source_date(source.date),
        source.effective.map_or(Value::Null, enc_source_date),
        enc_enum(&SourceStatus::ALL, &source.status),
        source.url,
        source.language,
        source.confirmed,
        enc_opt_text(&source.note),
        provisions,
    ])
}

fn enc_questionnaire(questionnaire: &Questionnaire) -> Value {
    let version = questionnaire.version;
    let sections: Vec<Value> = questionnaire.sections.iter().map(enc_section).collect();
    let spec = match &questionnaire.spec {
        Spec::Profile => json!([0]),
        Spec::Triage(rules) => {
            let tiers: Vec<Value> = rules
                .tiers()
                .map(|rule| {
                    json!([
                        enc_enum(&Tier::ALL, &rule.tier),
                        enc_condition(&rule.when),
                        enc_text(&rule.reason),
                        enc_cites(&rule.cites),
                    ])
                })
                .collect();
            let transition: Vec<Value> = rules
                .transition
                .iter()
                .map(|rule| {
                    let date = match &rule.date {
                        TransitionDate::Fixed(date) => json!([0, enc_date(*date)]),
                        TransitionDate::MonthsAfter { question, months } => {
                            json!([1, question, months])
                        }
                    };
                    json!([
                        rule.id,
                        enc_condition(&rule.when),
                        date,
                        enc_text(&rule.label),
                        enc_cites(&rule.cites),
                        rule.confirmed,
                    ])
                })
                .collect();
            let obligations: Vec<Value> = rules.obligations.iter().map(enc_obligation).collect();
            let findings: Vec<Value> = rules
                .findings
                .iter()
                .map(|rule| {
                    json!([
                        rule.id,
                        enc_condition(&rule.when),
                        enc_text(&rule.title),
                        enc_text(&rule.reason),
                        enc_cites(&rule.cites),
                    ])
                })
                .collect();
            let list = rules
                .list
                .as_ref()
                .map_or(Value::Null, |list| enc_list(list));
            let glossary: Vec<Value> = rules
                .glossary
                .iter()
                .map(|term| {
                    json!([
                        term.id,
                        enc_text(&term.term),
                        enc_text(&term.definition),
                        enc_cites(&term.cites),
                    ])
                })
                .collect();
            json!([1, tiers, transition, obligations, findings, list, glossary])
        }
        Spec::Readiness { scale, scoring } => {
            let levels: Vec<Value> = scale
                .levels
                .iter()
                .map(|level| json!([level.value, enc_text(&level.label)]))
                .collect();
            let bands: Vec<Value> = scoring
                .bands
                .iter()
                .map(|band| json!([band.id, enc_number(band.min), enc_text(&band.label)]))
                .collect();
            json!([
                2,
                levels,
                [
                    bands,
                    scoring.gate_band,
                    scoring.evidence_level,
                    scoring.max_not_applicable_percent,
                    scoring.max_dont_know_percent
                ]
            ])
        }
    };
    let retired: Vec<Value> = questionnaire
        .retired
        .iter()
        .map(|r| json!([r.id, r.replaced_by, enc_text(&r.note)]))
        .collect();
    json!([
        questionnaire.id,
        [version.major, version.minor, version.patch],
        enc_text(&questionnaire.title),
        enc_opt_text(&questionnaire.description),
        sections,
        spec,
        retired,
    ])
}

fn enc_list(list: &HighRiskList) -> Value {
    let sectors: Vec<Value> = list
        .sectors
        .iter()
        .map(|sector| {
            let rows: Vec<Value> = sector
                .rows
                .iter()
                .map(|row| {
                    json!([
                        row.id,
                        row.code,
                        enc_text(&row.text),
                        enc_opt_text(&row.conditions),
                        row.certification,
                        row.confirmed,
                        enc_cites(&row.cites),
                    ])
                })
                .collect();
            json!([
                sector.id,
                sector.code,
                enc_text(&sector.name),
                sector.complete,
                rows
            ])
        })
        .collect();
    json!([
        list.source.to_string(),
        enc_text(&list.status),
        enc_text(&list.where_to_check),
        list.official_url,
        sectors,
    ])
}

fn enc_obligation(obligation: &Obligation) -> Value {
    let deadline = match &obligation.deadline {
        None => Value::Null,
        Some(Deadline::BeforeUse) => json!([0]),
        Some(Deadline::Transition) => json!([1]),
        Some(Deadline::Date(date)) => json!([2, enc_date(*date)]),
        Some(Deadline::Hours { hours, after }) => json!([3, hours, enc_text(after)]),
    };
    json!([
        obligation.id,
        enc_text(&obligation.title),
        enc_text(&obligation.detail),
        enc_roles(&obligation.roles),
        enc_tiers(&obligation.tiers),
        obligation.when.as_ref().map_or(Value::Null, enc_condition),
        deadline,
        enc_cites(&obligation.cites),
        obligation.evidenced_by,
        obligation.check_by_hand,
    ])
}

fn enc_section(section: &Section) -> Value {
    let questions: Vec<Value> = section.questions.iter().map(enc_question).collect();
    json!([
        section.id,
        enc_text(&section.title),
        enc_opt_text(&section.description),
        section
            .principle
            .map_or(Value::Null, |p| enc_enum(&Principle::ALL, &p)),
        section.weight.map_or(Value::Null, enc_number),
        questions,
    ])
}

fn enc_question(question: &Question) -> Value {
    let options = |options: &[AnswerOption]| -> Value {
        options
            .iter()
            .map(|option| json!([option.id, enc_text(&option.label), option.facts]))
            .collect()
    };
    let kind = match &question.kind {
        QuestionKind::Scored(scored) => json!([
            0,
            enc_text(&scored.evidence),
            enc_text(&scored.action),
            scored.levels.iter().map(enc_text).collect::<Value>(),
            scored.na,
            scored.weight,
            scored.duty.as_ref().map_or(Value::Null, |duty| json!([
                enc_roles(&duty.roles),
                enc_tiers(&duty.tiers),
                duty.when.as_ref().map_or(Value::Null, enc_condition)
            ])),
            scored
                .recommendations
                .iter()
                .map(enc_text)
                .collect::<Value>(),
        ]),
        QuestionKind::Single(list) => json!([1, options(list)]),
        QuestionKind::Multi(list) => json!([2, options(list)]),
        QuestionKind::Text => json!([3]),
        QuestionKind::Date => json!([4]),
    };
    json!([
        question.id,
        enc_text(&question.text),
        enc_opt_text(&question.help),
        enc_cites(&question.cites),
        question
            .applies_if
            .as_ref()
            .map_or(Value::Null, enc_condition),
        kind,
    ])
}

fn enc_condition(condition: &Condition) -> Value {
    let list = |conditions: &[Condition]| conditions.iter().map(enc_condition).collect::<Value>();
    match condition {
        Condition::All(conditions) => json!([0, list(conditions)]),
        Condition::Any(conditions) => json!([1, list(conditions)]),
        Condition::Not(inner) => json!([2, enc_condition(inner)]),
        Condition::Fact(fact) => json!([3, fact]),
        Condition::Role(roles) => json!([4, enc_roles(roles)]),
        Condition::Tier(tiers) => json!([5, enc_tiers(tiers)]),
        Condition::AnswerIs { question, options } => json!([6, question, options]),
        Condition::AnswerAtLeast { question, level } => json!([7, question, level]),
        Condition::Answered(question) => json!([8, question]),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Decoding (the app). Plain functions over `Value`; any unexpected shape is `Malformed`.

/// Reads a compiled catalog.
pub fn decode_catalog(text: &str) -> Result<Catalog, CompiledError> {
    let value: Value = serde_json::from_str(text).map_err(|_| CompiledError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(COMPILED_FORMAT) {
        return Err(CompiledError::Format);
    }
    if value.get("version").and_then(Value::as_u64) != Some(COMPILED_VERSION) {
        return Err(CompiledError::Version);
    }
    let catalog = fields(value.get("catalog").unwrap_or(&Value::Null), 2)?;
    Ok(Catalog {
        sources: SourceRegister::new(list(&catalog[0], source)?),
        questionnaires: list(&catalog[1], questionnaire)?,
    })
}

/// An array of exactly `n` values.
fn fields(value: &Value, n: usize) -> Res<&[Value]> {
    match value.as_array() {
        Some(items) if items.len() == n => Ok(items),
        _ => Err(Malformed),
    }
}

/// A non-empty array whose first value is a small integer tag: (tag, the whole array).
fn tagged(value: &Value) -> Res<(u64, &[Value])> {
    let items = value.as_array().ok_or(Malformed)?;
    let tag = items.first().and_then(Value::as_u64).ok_or(Malformed)?;
    Ok((tag, items))
}

fn list<T>(value: &Value, item: fn(&Value) -> Res<T>) -> Res<Vec<T>> {
    value
        .as_array()
        .ok_or(Malformed)?
        .iter()
        .map(item)
        .collect()
}

fn opt<T>(value: &Value, item: fn(&Value) -> Res<T>) -> Res<Option<T>> {
    if value.is_null() {
        Ok(None)
    } else {
        item(value).map(Some)
    }
}

fn string(value: &Value) -> Res<String> {
    value.as_str().map(str::to_string).ok_or(Malformed)
}

fn boolean(value: &Value) -> Res<bool> {
    value.as_bool().ok_or(Malformed)
}

/// A number, or `[bits]` (see `enc_number`).
fn number(value: &Value) -> Res<f64> {
    match value.as_array().map(Vec::as_slice) {
        Some([bits]) => uint(bits).map(f64::from_bits),
        _ => value.as_f64().ok_or(Malformed),
    }
}

fn uint<T: TryFrom<u64>>(value: &Value) -> Res<T> {
    value
        .as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or(Malformed)
}

/// A percentage from 0 to 100.
fn percent(value: &Value) -> Res<u8> {
    uint::<u8>(value).and_then(|n| if n <= 100 { Ok(n) } else { Err(Malformed) })
}

fn text(value: &Value) -> Res<Text> {
    let pair = fields(value, 2)?;
    Ok(Text {
        vi: string(&pair[0])?,
        en: string(&pair[1])?,
    })
}

/// The enum value at this index of `all`.
fn pick<T: Copy>(all: &[T], value: &Value) -> Res<T> {
    all.get(uint::<usize>(value)?).copied().ok_or(Malformed)
}

fn role(value: &Value) -> Res<Role> {
    pick(&Role::ALL, value)
}

fn tier(value: &Value) -> Res<Tier> {
    pick(&Tier::ALL, value)
}

fn date(value: &Value) -> Res<Date> {
    let parts = fields(value, 3)?;
    Ok(Date {
        year: uint(&parts[0])?,
        month: uint(&parts[1])?,
        day: uint(&parts[2])?,
    })
}

fn source_date(value: &Value) -> Res<SourceDate> {
    match value.as_array().map(Vec::len) {
        Some(2) => Ok(SourceDate::Month {
            year: uint(&value[0])?,
            month: uint(&value[1])?,
        }),
        _ => date(value).map(SourceDate::Day),
    }
}

fn citation(value: &Value) -> Res<Citation> {
    let text = value.as_str().ok_or(Malformed)?;
    let (source, provision) = match text.split_once('#') {
        Some((source, provision)) => (source, Some(provision.to_string())),
        None => (text, None),
    };
    Ok(Citation {
        source: source.to_string(),
        provision,
    })
}

fn source(value: &Value) -> Res<Source> {
    let f = fields(value, 14)?;
    Ok(Source {
        id: string(&f[0])?,
        kind: pick(&SourceKind::ALL, &f[1])?,
        number: opt(&f[2], string)?,
        short: text(&f[3])?,
        title: text(&f[4])?,
        issuer: text(&f[5])?,
        date: source_date(&f[6])?,
        effective: opt(&f[7], source_date)?,
        status: pick(&SourceStatus::ALL, &f[8])?,
        url: string(&f[9])?,
        language: string(&f[10])?,
        confirmed: boolean(&f[11])?,
        note: opt(&f[12], text)?,
        provisions: list(&f[13], provision)?,
    })
}

fn provision(value: &Value) -> Res<Provision> {
    let f = fields(value, 4)?;
    Ok(Provision {
        id: string(&f[0])?,
        label: text(&f[1])?,
        summary: text(&f[2])?,
        confirmed: boolean(&f[3])?,
    })
}

fn questionnaire(value: &Value) -> Res<Questionnaire> {
    let f = fields(value, 7)?;
    let version = fields(&f[1], 3)?;
    Ok(Questionnaire {
        id: string(&f[0])?,
        version: Version {
            major: uint(&version[0])?,
            minor: uint(&version[1])?,
            patch: uint(&version[2])?,
        },
        title: text(&f[2])?,
        description: opt(&f[3], text)?,
        sections: list(&f[4], section)?,
        spec: spec(&f[5])?,
        retired: list(&f[6], retired)?,
    })
}

fn retired(value: &Value) -> Res<Retired> {
    let f = fields(value, 3)?;
    Ok(Retired {
        id: string(&f[0])?,
        replaced_by: list(&f[1], string)?,
        note: text(&f[2])?,
    })
}

fn spec(value: &Value) -> Res<Spec> {
    match tagged(value)? {
        (0, [_]) => Ok(Spec::Profile),
        (1, [_, tiers, transition, obligations, findings, high_risk, glossary]) => {
            let mut rules = TriageRules::new(
                list(tiers, tier_rule)?,
                list(transition, transition_rule)?,
                list(obligations, obligation)?,
            )
            .ok_or(Malformed)?;
            rules.findings = list(findings, finding_rule)?;
            rules.list = opt(high_risk, high_risk_list)?.map(Box::new);
            rules.glossary = list(glossary, term)?;
            Ok(Spec::Triage(rules))
        }
        (2, [_, levels, scoring]) => {
            let scoring = fields(scoring, 5)?;
            Ok(Spec::Readiness {
                scale: Scale {
                    levels: list(levels, scale_level)?,
                },
                scoring: Scoring {
                    bands: list(&scoring[0], band)?,
                    gate_band: string(&scoring[1])?,
                    evidence_level: uint(&scoring[2])?,
                    max_not_applicable_percent: percent(&scoring[3])?,
                    max_dont_know_percent: percent(&scoring[4])?,
                },
            })
        }
        _ => Err(Malformed),
    }
}

fn scale_level(value: &Value) -> Res<ScaleLevel> {
    let f = fields(value, 2)?;
    Ok(ScaleLevel {
        value: uint(&f[0])?,
        label: text(&f[1])?,
    })
}

fn band(value: &Value) -> Res<Band> {
    let f = fields(value, 3)?;
    Ok(Band {
        id: string(&f[0])?,
        min: number(&f[1])?,
        label: text(&f[2])?,
    })
}

fn tier_rule(value: &Value) -> Res<TierRule> {
    let f = fields(value, 4)?;
    Ok(TierRule {
        tier: tier(&f[0])?,
        when: condition(&f[1])?,
        reason: text(&f[2])?,
        cites: list(&f[3], citation)?,
    })
}

fn transition_rule(value: &Value) -> Res<TransitionRule> {
    let f = fields(value, 6)?;
    let date = match tagged(&f[2])? {
        (0, [_, day]) => TransitionDate::Fixed(date(day)?),
        (1, [_, question, months]) => TransitionDate::MonthsAfter {
            question: string(question)?,
            months: uint(months)?,
        },
        _ => return Err(Malformed),
    };
    Ok(TransitionRule {
        id: string(&f[0])?,
        when: condition(&f[1])?,
        date,
        label: text(&f[3])?,
        cites: list(&f[4], citation)?,
        confirmed: boolean(&f[5])?,
    })
}

fn finding_rule(value: &Value) -> Res<FindingRule> {
    let f = fields(value, 5)?;
    Ok(FindingRule {
        id: string(&f[0])?,
        when: condition(&f[1])?,
        title: text(&f[2])?,
        reason: text(&f[3])?,
        cites: list(&f[4], citation)?,
    })
}

fn term(value: &Value) -> Res<Term> {
    let f = fields(value, 4)?;
    Ok(Term {
        id: string(&f[0])?,
        term: text(&f[1])?,
        definition: text(&f[2])?,
        cites: list(&f[3], citation)?,
    })
}

fn high_risk_list(value: &Value) -> Res<HighRiskList> {
    let f = fields(value, 5)?;
    Ok(HighRiskList {
        source: citation(&f[0])?,
        status: text(&f[1])?,
        where_to_check: text(&f[2])?,
        official_url: string(&f[3])?,
        sectors: list(&f[4], list_sector)?,
    })
}

fn list_sector(value: &Value) -> Res<ListSector> {
    let f = fields(value, 5)?;
    Ok(ListSector {
        id: string(&f[0])?,
        code: opt(&f[1], string)?,
        name: text(&f[2])?,
        complete: boolean(&f[3])?,
        rows: list(&f[4], list_row)?,
    })
}

fn list_row(value: &Value) -> Res<ListRow> {
    let f = fields(value, 7)?;
    Ok(ListRow {
        id: string(&f[0])?,
        code: opt(&f[1], string)?,
        text: text(&f[2])?,
        conditions: opt(&f[3], text)?,
        certification: opt(&f[4], boolean)?,
        confirmed: boolean(&f[5])?,
        cites: list(&f[6], citation)?,
    })
}

fn obligation(value: &Value) -> Res<Obligation> {
    let f = fields(value, 10)?;
    Ok(Obligation {
        id: string(&f[0])?,
        title: text(&f[1])?,
        detail: text(&f[2])?,
        roles: list(&f[3], role)?,
        tiers: list(&f[4], tier)?,
        when: opt(&f[5], condition)?,
        deadline: opt(&f[6], deadline)?,
        cites: list(&f[7], citation)?,
        evidenced_by: list(&f[8], string)?,
        check_by_hand: boolean(&f[9])?,
    })
}

fn deadline(value: &Value) -> Res<Deadline> {
    match tagged(value)? {
        (0, [_]) => Ok(Deadline::BeforeUse),
        (1, [_]) => Ok(Deadline::Transition),
        (2, [_, day]) => date(day).map(Deadline::Date),
        (3, [_, hours, after]) => Ok(Deadline::Hours {
            hours: uint(hours)?,
            after: text(after)?,
        }),
        _ => Err(Malformed),
    }
}

fn section(value: &Value) -> Res<Section> {
    let f = fields(value, 6)?;
    Ok(Section {
        id: string(&f[0])?,
        title: text(&f[1])?,
        description: opt(&f[2], text)?,
        principle: opt(&f[3], |v| pick(&Principle::ALL, v))?,
        weight: opt(&f[4], number)?,
        questions: list(&f[5], question)?,
    })
}

fn question(value: &Value) -> Res<Question> {
    let f = fields(value, 6)?;
    Ok(Question {
        id: string(&f[0])?,
        text: text(&f[1])?,
        help: opt(&f[2], text)?,
        cites: list(&f[3], citation)?,
        applies_if: opt(&f[4], condition)?,
        kind: question_kind(&f[5])?,
    })
}

fn question_kind(value: &Value) -> Res<QuestionKind> {
    match tagged(value)? {
        (0, [_, evidence, action, levels, na, weight, duty, recommendations]) => {
            Ok(QuestionKind::Scored(Box::new(Scored {
                evidence: text(evidence)?,
                action: text(action)?,
                levels: list(levels, text)?,
                na: boolean(na)?,
                weight: uint(weight)?,
                duty: opt(duty, |v| {
                    let f = fields(v, 3)?;
                    Ok(Duty {
                        roles: list(&f[0], role)?,
                        tiers: list(&f[1], tier)?,
                        when: opt(&f[2], condition)?,
                    })
                })?,
                recommendations: list(recommendations, text)?,
            })))
        }
        (1, [_, options]) => list(options, answer_option).map(QuestionKind::Single),
        (2, [_, options]) => list(options, answer_option).map(QuestionKind::Multi),
        (3, [_]) => Ok(QuestionKind::Text),
        (4, [_]) => Ok(QuestionKind::Date),
        _ => Err(Malformed),
    }
}

fn answer_option(value: &Value) -> Res<AnswerOption> {
    let f = fields(value, 3)?;
    Ok(AnswerOption {
        id: string(&f[0])?,
        label: text(&f[1])?,
        facts: list(&f[2], string)?,
    })
}

fn condition(value: &Value) -> Res<Condition> {
    match tagged(value)? {
        (0, [_, all]) => list(all, condition).map(Condition::All),
        (1, [_, any]) => list(any, condition).map(Condition::Any),
        (2, [_, inner]) => Ok(Condition::Not(Box::new(condition(inner)?))),
        (3, [_, fact]) => string(fact).map(Condition::Fact),
        (4, [_, roles]) => list(roles, role).map(Condition::Role),
        (5, [_, tiers]) => list(tiers, tier).map(Condition::Tier),
        (6, [_, question, options]) => Ok(Condition::AnswerIs {
            question: string(question)?,
            options: list(options, string)?,
        }),
        (7, [_, question, level]) => Ok(Condition::AnswerAtLeast {
            question: string(question)?,
            level: uint(level)?,
        }),
        (8, [_, question]) => string(question).map(Condition::Answered),
        _ => Err(Malformed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(word: &str) -> Text {
        Text::new(format!("{word} (vi)"), word)
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
            QuestionKind::Scored(Box::new(Scored {
                evidence: t("evidence"),
                action: t("action"),
                levels: vec![t("l0"), t("l1")],
                na: duty.is_some(),
                weight: 3,
                duty,
                recommendations: vec![t("r0")],
            }))
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
                    tiers: vec![Tier::High, Tier::Unresolved],
                    when: Some(every_condition.clone()),
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
                evidenced_by: if i == 0 {
                    vec![]
                } else {
                    vec!["q.scored".into()]
                },
                check_by_hand: i == 0,
            })
            .collect();
        let rule = |tier, when| TierRule {
            tier,
            when,
            reason: t("reason"),
            cites: vec![cite("s-0")],
        };
        let mut rules = TriageRules::new(
            vec![
                rule(Tier::Prohibited, every_condition.clone()),
                rule(Tier::Low, Condition::always()),
            ],
            vec![
                TransitionRule {
                    id: "transition".into(),
                    when: Condition::Fact("x".into()),
                    date: TransitionDate::Fixed(day),
                    label: t("label"),
                    cites: vec![],
                    confirmed: true,
                },
                TransitionRule {
                    id: "months".into(),
                    when: Condition::Fact("y".into()),
                    date: TransitionDate::MonthsAfter {
                        question: "q.date".into(),
                        months: 12,
                    },
                    label: t("label"),
                    cites: vec![cite("s-1")],
                    confirmed: false,
                },
            ],
            obligations,
        )
        .expect("the last tier rule always holds");
        rules.findings = vec![FindingRule {
            id: "finding".into(),
            when: every_condition.clone(),
            title: t("title"),
            reason: t("reason"),
            cites: vec![cite("s-0")],
        }];
        rules.list = Some(Box::new(HighRiskList {
            source: cite("s-1"),
            status: t("status"),
            where_to_check: t("where"),
            official_url: "https://example.org/list".into(),
            sectors: vec![ListSector {
                id: "education".into(),
                code: Some("I".into()),
                name: t("education"),
                complete: false,
                rows: vec![
                    ListRow {
                        id: "row-a".into(),
                        code: Some("I.2".into()),
                        text: t("row"),
                        conditions: Some(t("conditions")),
                        certification: Some(true),
                        confirmed: false,
                        cites: vec![cite("s-0#art-1.2")],
                    },
                    ListRow {
                        id: "row-b".into(),
                        code: None,
                        text: t("row b"),
                        conditions: None,
                        certification: None,
                        confirmed: true,
                        cites: vec![],
                    },
                ],
            }],
        }));
        rules.glossary = vec![Term {
            id: "term".into(),
            term: t("term"),
            definition: t("definition"),
            cites: vec![cite("s-0")],
        }];
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
            retired: if id == "readiness" {
                vec![Retired {
                    id: "q.old".into(),
                    replaced_by: vec!["q.scored".into(), "q.plain".into()],
                    note: t("split"),
                }]
            } else {
                vec![]
            },
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
                            max_not_applicable_percent: 25,
                            max_dont_know_percent: 10,
                        },
                    },
                    sections,
                ),
            ],
        }
    }

    #[test]
    fn every_variant_round_trips() {
        let catalog = every_variant();
        let text = encode_catalog(&catalog);
        assert!(text.starts_with(r#"{"format":"sansang.compiled","version":2,"catalog":[["#));
        assert_eq!(decode_catalog(&text), Ok(catalog));
    }

    #[test]
    fn numbers_are_exact() {
        assert_eq!(enc_number(2.0), json!(2.0));
        assert_eq!(enc_number(62.5), json!(62.5));
        // serde_json reads this decimal one ulp off, so its bits are written.
        let long = 0.1 * 6.0 + 1.0 / 3.0;
        assert!(enc_number(long).is_array());
        assert_eq!(number(&enc_number(long)), Ok(long));
    }

    #[test]
    fn the_shipped_catalog_round_trips_exactly() {
        let catalog = crate::catalog::builtin().expect("shipped content loads");
        let text = encode_catalog(&catalog);
        assert_eq!(decode_catalog(&text), Ok(catalog));
    }

    #[test]
    fn foreign_or_broken_texts_are_refused() {
        let cases = [
            ("", CompiledError::NotJson),
            ("{", CompiledError::NotJson),
            ("[]", CompiledError::Format),
            (
                r#"{"format":"sansang.content","version":2,"files":[]}"#,
                CompiledError::Format,
            ),
            (
                r#"{"format":"sansang.compiled","version":1,"catalog":[[],[]]}"#,
                CompiledError::Version,
            ),
            (
                r#"{"format":"sansang.compiled","catalog":[[],[]]}"#,
                CompiledError::Version,
            ),
            (r#"{"format":"sansang.compiled","version":2}"#, Malformed),
            (
                r#"{"format":"sansang.compiled","version":2,"catalog":[[]]}"#,
                Malformed,
            ),
            (
                r#"{"format":"sansang.compiled","version":2,"catalog":[[["x"]],[]]}"#,
                Malformed,
            ),
            (
                r#"{"format":"sansang.compiled","version":2,"catalog":[[],[["q"]]]}"#,
                Malformed,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(decode_catalog(text), Err(expected), "{text}");
        }
        let empty = r#"{"format":"sansang.compiled","version":2,"catalog":[[],[]]}"#;
        assert_eq!(decode_catalog(empty), Ok(Catalog::default()));
    }

    /// Each value of a real catalog replaced in turn by values of other types: never a panic, and an object
    /// (which the format never uses inside the catalog) is always refused.
    #[test]
    fn damaged_catalogs_never_panic() {
        let good: Value = serde_json::from_str(&encode_catalog(&every_variant())).unwrap();
        fn paths(value: &Value, at: Vec<usize>, out: &mut Vec<Vec<usize>>) {
            if let Value::Array(items) = value {
                for (i, item) in items.iter().enumerate() {
                    let mut next = at.clone();
                    next.push(i);
                    paths(item, next, out);
                }
            }
            out.push(at);
        }
        let mut all = Vec::new();
        paths(&good["catalog"], vec![], &mut all);
        assert!(all.len() > 500, "{}", all.len());
        for path in &all {
            for replacement in [
                json!({}),
                json!(-1),
                json!(300),
                json!("x"),
                json!(null),
                json!([]),
            ] {
                let mut damaged = good.clone();
                let mut node = &mut damaged["catalog"];
                for &i in path {
                    node = &mut node[i];
                }
                *node = replacement.clone();
                let decoded = decode_catalog(&damaged.to_string());
                if replacement.is_object() {
                    assert_eq!(decoded, Err(Malformed), "{path:?}");
                }
            }
        }
    }

    #[test]
    fn a_triage_whose_last_rule_does_not_always_hold_is_refused() {
        let mut value: Value = serde_json::from_str(&encode_catalog(&every_variant())).unwrap();
        let tiers = &mut value["catalog"][1][1][5][1];
        let last = tiers.as_array().unwrap().len() - 1;
        tiers[last][1] = json!([3, "fact"]);
        assert_eq!(decode_catalog(&value.to_string()), Err(Malformed));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            let _ = decode_catalog(&text);
        }

        #[test]
        fn arbitrary_json_like_text_never_panics(
            text in r#"\{"format":"sansang.compiled","version":2,"catalog":\[[\[\]0-9a-z",.{}:-]{0,120}\]\}"#
        ) {
            let _ = decode_catalog(&text);
        }
    }
}
