//! `seeds/<source-id>.json` → [`Source`].

use std::collections::BTreeSet;

use serde_json::Value;

use super::decode::{at, id_of, Problems};
use super::raw::{EvidenceFile, ProvisionFile, SourceFile};
use crate::domain::{Provision, Source, SourceDate, SourceKind, SourceStatus};

/// One seed file, converted as far as it goes.
pub(crate) struct LoadedSource {
    /// The source's id as written, even if the file has problems (so citations of it do not cascade).
    pub(crate) id: Option<String>,
    /// The provision ids as written.
    pub(crate) provisions: Vec<String>,
    /// The provisions marked subject to confirmation (`confirmed: false`), and all of them when the source
    /// itself is unconfirmed.
    pub(crate) unconfirmed: BTreeSet<String>,
    /// Whether the source itself is marked confirmed.
    pub(crate) confirmed: bool,
    /// The source, when the file has no problems.
    pub(crate) source: Option<Source>,
}

fn is_source_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_provision_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !text.ends_with('.')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b))
}

/// Converts one parsed seed file.
pub(crate) fn read_source(value: &Value, stem: &str, problems: &mut Problems) -> LoadedSource {
    let start = problems.list.len();
    let id = id_of(value).map(str::to_string);
    let provisions = value
        .get("provisions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|provision| id_of(provision).map(str::to_string))
        .collect();
    let unconfirmed = value
        .get("provisions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|provision| provision.get("confirmed").and_then(Value::as_bool) != Some(true))
        .filter_map(|provision| id_of(provision).map(str::to_string))
        .collect();
    let mut loaded = LoadedSource {
        id: id.clone(),
        provisions,
        unconfirmed,
        confirmed: value.get("confirmed").and_then(Value::as_bool) == Some(true),
        source: None,
    };
    let owner = format!("source `{}`", id.as_deref().unwrap_or(stem));
    let Some(raw) = problems.decode::<SourceFile>(value, "", &owner) else {
        return loaded;
    };

    match raw.format {
        Some(1) => {}
        Some(other) => problems.add(
            "/format",
            format!("{owner}: unknown format {other} (expected 1)"),
        ),
        None => problems.add("/format", format!("{owner}: missing `format`")),
    }
    let id = problems.required(raw.id, "/id", &owner).unwrap_or_default();
    if !id.is_empty() && !is_source_id(&id) {
        problems.add(
            "/id",
            format!("{owner}: `{id}` is not a lowercase kebab-case id"),
        );
    }
    if !id.is_empty() && id != stem {
        problems.add(
            "/id",
            format!("{owner}: id `{id}` does not match the file name `{stem}.json`"),
        );
    }
    let kind = problems
        .required(raw.kind, "/kind", &owner)
        .and_then(|kind| {
            let parsed = SourceKind::from_id(&kind);
            if parsed.is_none() {
                problems.add("/kind", format!("{owner}: unknown kind `{kind}`"));
            }
            parsed
        });
    let short = problems.text(raw.short.as_ref(), "/short", &owner);
    let title = problems.text(raw.title.as_ref(), "/title", &owner);
    let issuer = problems.text(raw.issuer.as_ref(), "/issuer", &owner);
    let mut date_of = |text: Option<String>, path: &str| {
        let text = text?;
        let parsed = SourceDate::parse(&text);
        if parsed.is_none() {
            problems.add(
                path,
                format!("{owner}: `{text}` is not a date (YYYY-MM-DD or YYYY-MM)"),
            );
        }
        parsed
    };
    let date = date_of(raw.date.clone(), "/date");
    let effective = date_of(raw.effective, "/effective");
    if raw.date.is_none() {
        problems.add("/date", format!("{owner}: missing `date`"));
    }
    let status = problems
        .required(raw.status, "/status", &owner)
        .and_then(|status| {
            let parsed = SourceStatus::from_id(&status);
            if parsed.is_none() {
                problems.add("/status", format!("{owner}: unknown status `{status}`"));
            }
            parsed
        });
    let url = problems
        .required(raw.url, "/url", &owner)
        .unwrap_or_default();
    let https = url
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty());
    if !url.is_empty() && !https {
        problems.add(
            "/url",
            format!("{owner}: url `{url}` is not an https address"),
        );
    }
    let language = problems
        .required(raw.language, "/language", &owner)
        .unwrap_or_default();
    if !language.is_empty() && !language.bytes().all(|b| b.is_ascii_lowercase()) {
        problems.add(
            "/language",
            format!("{owner}: language `{language}` is not a lowercase language code"),
        );
    }
    let confirmed = problems.required(raw.confirmed, "/confirmed", &owner);
    let note = problems.optional_text(raw.note.as_ref(), "/note", &owner);
    if raw.number.as_deref().is_some_and(|n| n.trim().is_empty()) {
        problems.add(
            "/number",
            format!("{owner}: `number` is empty (omit it instead)"),
        );
    }

    let mut evidence = BTreeSet::new();
    for (index, item) in raw.evidence.iter().flatten().enumerate() {
        let path = at("/evidence", index);
        let Some(item) = problems.decode::<EvidenceFile>(item, &path, &owner) else {
            continue;
        };
        let text = problems.text(item.text.as_ref(), &at(&path, "text"), &owner);
        let _ = text;
        if let Some(eid) = problems.required(item.id, &at(&path, "id"), &owner) {
            let duplicate = !evidence.insert(eid.clone());
            problems.check_id(&at(&path, "id"), &owner, &eid, "evidence", duplicate);
        }
    }
    let source_confirmed = confirmed == Some(true);

    let mut seen = BTreeSet::new();
    let mut provisions = Vec::new();
    let raw_provisions = problems
        .required(raw.provisions, "/provisions", &owner)
        .unwrap_or_default();
    for (index, value) in raw_provisions.iter().enumerate() {
        let path = at("/provisions", index);
        if let Some(provision) =
            read_provision(value, &path, &id, &evidence, source_confirmed, problems)
        {
            if !seen.insert(provision.id.clone()) {
                problems.add(
                    &at(&path, "id"),
                    format!("{owner}: duplicate provision id `{}`", provision.id),
                );
            }
            provisions.push(provision);
        }
    }

    if problems.list.len() == start {
        if let (Some(kind), Some(date), Some(status), Some(confirmed)) =
            (kind, date, status, confirmed)
        {
            loaded.source = Some(Source {
                id,
                kind,
                number: raw.number,
                short,
                title,
                issuer,
                date,
                effective,
                status,
                url,
                language,
                confirmed,
                note,
                provisions,
            });
        }
    }
    loaded
}

fn read_provision(
    value: &Value,
    path: &str,
    source: &str,
    evidence: &BTreeSet<String>,
    source_confirmed: bool,
    problems: &mut Problems,
) -> Option<Provision> {
    let owner = format!("provision `{}` of `{source}`", id_of(value).unwrap_or("?"));
    let raw = problems.decode::<ProvisionFile>(value, path, &owner)?;
    let id = problems.required(raw.id, &at(path, "id"), &owner)?;
    if !is_provision_id(&id) {
        problems.add(
            &at(path, "id"),
            format!(
                "{owner}: `{id}` is not a provision id (e.g. `art-10.1`, `annex-iii`, `a.6.2.6`)"
            ),
        );
    }
    let label = problems.text(raw.label.as_ref(), &at(path, "label"), &owner);
    let summary = problems.text(raw.summary.as_ref(), &at(path, "summary"), &owner);
    let confirmed = problems.required(raw.confirmed, &at(path, "confirmed"), &owner)?;
    // A provision is confirmed only on named evidence (docs/content-format.md §1).
    let confirmed_by = raw.confirmed_by.unwrap_or_default();
    if confirmed && confirmed_by.is_empty() {
        problems.add(
            &at(path, "confirmed"),
            format!("{owner}: marked confirmed but `confirmed_by` names no evidence (list the source's `evidence` ids that confirm it, or mark it `\"confirmed\": false`)"),
        );
    }
    if confirmed && !source_confirmed {
        problems.add(
            &at(path, "confirmed"),
            format!("{owner}: marked confirmed although the source itself is not"),
        );
    }
    for (index, eid) in confirmed_by.iter().enumerate() {
        if !evidence.contains(eid) {
            problems.add(
                &at(&at(path, "confirmed_by"), index),
                format!("{owner}: `{eid}` is not in the source's `evidence` list"),
            );
        }
    }
    Some(Provision {
        id,
        label,
        summary,
        confirmed,
    })
}
