//! Integrity: the canonical answers of an assessment, their SHA-256, and the checks `sansang verify` makes.
//!
//! The canonical form is specified in docs/reports.md. In short: one line per fact, UTF-8, `\n` after every
//! line, in this order:
//!
//! ```text
//! sansang.canonical 1
//! questionnaire <kind> <id> <version>          (one per questionnaire, in catalog order)
//! profile/<question>\t<value>                  (in question-id order)
//! system/<system>/<question>\t<value>          (systems in assessment order, answers in question-id order)
//! readiness/<question>\t<value>                (in question-id order)
//! evidence/<question>\tnote:<note>             (non-empty notes, in question-id order)
//! evidence/<question>\tlink:<link>             (each link, in stored order)
//! ```
//!
//! Values: `level:N`, `na:<reason>`, `dont_know`, `choice:<id>`, `choices:<id>,<id>` (sorted), `text:<text>`,
//! `date:YYYY-MM-DD`. In keys and values `\` `\t` `\n` `\r` are written `\\` `\t` `\n` `\r`, and `<` `>` `&`
//! `` ` `` and every other control character as `\u{hex}`, so a manifest can sit verbatim in Markdown,
//! HTML and XML. The hash is the SHA-256 of the whole text, in lowercase hex. Each line also has its own digest
//! (the first 16 hex digits of the SHA-256 of the line without its `\n`), which is how a verifier names the
//! answers that changed.
//!
//! The hash detects a change made by mistake or by someone who does not recompute it; it is a checksum, not
//! a signature (anyone can recompute a SHA-256).

use sha2::{Digest, Sha256};

use crate::domain::{AnswerValue, Answers, Assessment, Evaluation};

/// The first line of the canonical text.
pub const CANONICAL_HEADER: &str = "sansang.canonical 1";
/// The line that opens a manifest embedded in a report.
pub const MANIFEST_BEGIN: &str = "sansang-integrity 1";
/// The line that closes it.
pub const MANIFEST_END: &str = "end sansang-integrity";

/// The canonical answers: one line per fact, without the trailing `\n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Canonical {
    /// The lines, header first.
    pub lines: Vec<String>,
}

/// Hex of bytes.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The digest of one canonical line: the first 16 hex digits of its SHA-256.
pub fn line_digest(line: &str) -> String {
    sha256_hex(line.as_bytes())[..16].to_string()
}

/// Escapes a key or value for a canonical line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '<' | '>' | '&' | '`' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn value(answer: &AnswerValue) -> String {
    match answer {
        AnswerValue::Level(level) => format!("level:{level}"),
        AnswerValue::NotApplicable { reason } => format!("na:{}", escape(reason)),
        AnswerValue::DontKnow => "dont_know".to_string(),
        AnswerValue::Choice(id) => format!("choice:{}", escape(id)),
        AnswerValue::Choices(ids) => {
            let mut ids: Vec<String> = ids.iter().map(|id| escape(id)).collect();
            ids.sort();
            format!("choices:{}", ids.join(","))
        }
        AnswerValue::Text(text) => format!("text:{}", escape(text)),
        AnswerValue::Date(date) => format!("date:{}", date.iso()),
    }
}

fn answers(lines: &mut Vec<String>, prefix: &str, answers: &Answers) {
    for (question, answer) in answers.iter() {
        lines.push(format!("{prefix}{}\t{}", escape(question), value(answer)));
    }
}

impl Canonical {
    /// The canonical answers of `assessment`, scored against the questionnaires `evaluation` names.
    pub fn of(assessment: &Assessment, evaluation: &Evaluation) -> Canonical {
        let questionnaires: Vec<(String, String, String)> = evaluation
            .questionnaires
            .iter()
            .map(|q| (q.kind.id().to_string(), q.id.clone(), q.version.to_string()))
            .collect();
        Canonical::with_questionnaires(assessment, &questionnaires)
    }

    /// The canonical answers with the questionnaires given as (kind, id, version).
    pub fn with_questionnaires(
        assessment: &Assessment,
        questionnaires: &[(String, String, String)],
    ) -> Canonical {
        let mut lines = vec![CANONICAL_HEADER.to_string()];
        for (kind, id, version) in questionnaires {
            lines.push(format!(
                "questionnaire {} {} {}",
                escape(kind),
                escape(id),
                escape(version)
            ));
        }
        answers(&mut lines, "profile/", &assessment.profile);
        for system in &assessment.systems {
            answers(
                &mut lines,
                &format!("system/{}/", escape(&system.id)),
                &system.answers,
            );
        }
        answers(&mut lines, "readiness/", &assessment.readiness);
        for (question, evidence) in &assessment.evidence {
            if !evidence.note.is_empty() {
                lines.push(format!(
                    "evidence/{}\tnote:{}",
                    escape(question),
                    escape(&evidence.note)
                ));
            }
            for link in &evidence.links {
                lines.push(format!(
                    "evidence/{}\tlink:{}",
                    escape(question),
                    escape(link)
                ));
            }
        }
        Canonical { lines }
    }

    /// The whole text, `\n` after every line.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for line in &self.lines {
            text.push_str(line);
            text.push('\n');
        }
        text
    }

    /// The SHA-256 of [`Canonical::text`], lowercase hex.
    pub fn hash(&self) -> String {
        sha256_hex(self.text().as_bytes())
    }

    /// Each line with its digest, in order.
    pub fn digests(&self) -> Vec<(String, String)> {
        self.lines
            .iter()
            .map(|line| (line_digest(line), line.clone()))
            .collect()
    }

    /// The manifest embedded in reports: begin marker, `sha256 <hash>`, one `<digest> <line>` per line, end
    /// marker.
    pub fn manifest(&self) -> String {
        let mut out = format!("{MANIFEST_BEGIN}\nsha256 {}\n", self.hash());
        for (digest, line) in self.digests() {
            out.push_str(&digest);
            out.push(' ');
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str(MANIFEST_END);
        out.push('\n');
        out
    }
}

/// What a line is about: the part before the tab (`readiness/risk.inventory`), or the whole line.
pub fn line_key(line: &str) -> &str {
    line.split_once('\t').map_or(line, |(key, _)| key)
}

/// A manifest found in a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The hash it states.
    pub hash: String,
    /// Its lines as (stated digest, line).
    pub lines: Vec<(String, String)>,
}

/// Why a manifest could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManifestError {
    /// No `sansang-integrity 1` block.
    Missing,
    /// The block has no end, no `sha256` line, or a line that is not `<digest> <line>`.
    Malformed {
        /// The 1-based line number inside the block.
        line: usize,
    },
}

/// Finds and reads the (last) manifest in a report's text. Lines may carry leading spaces, a trailing `\r`, or
/// `  ` (Markdown line breaks); `\u{a0}` is never used in a manifest.
pub fn parse_manifest(text: &str) -> Result<Manifest, ManifestError> {
    let all: Vec<&str> = text
        .lines()
        .map(|line| line.trim_matches([' ', '\r']))
        .collect();
    // The last block: a report's own manifest comes after every user text in it.
    let Some(begin) = all.iter().rposition(|line| *line == MANIFEST_BEGIN) else {
        return Err(ManifestError::Missing);
    };
    let lines = all[begin + 1..].iter().copied();
    let mut hash = None;
    let mut found = Vec::new();
    for (n, line) in lines.enumerate() {
        let number = n + 1;
        if line == MANIFEST_END {
            let hash = hash.ok_or(ManifestError::Malformed { line: number })?;
            return Ok(Manifest { hash, lines: found });
        }
        if hash.is_none() {
            match line.strip_prefix("sha256 ") {
                Some(h) if h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    hash = Some(h.to_ascii_lowercase());
                    continue;
                }
                _ => return Err(ManifestError::Malformed { line: number }),
            }
        }
        match line.split_once(' ') {
            Some((digest, rest))
                if digest.len() == 16 && digest.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                found.push((digest.to_ascii_lowercase(), rest.to_string()));
            }
            _ => return Err(ManifestError::Malformed { line: number }),
        }
    }
    Err(ManifestError::Malformed { line: 0 })
}

/// The outcome of a verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The content matches the stated hash.
    Matches {
        /// The hash.
        hash: String,
    },
    /// It does not.
    Mismatch {
        /// The hash the file states.
        stated: String,
        /// The hash of what the file holds.
        actual: String,
        /// Keys of lines whose content changed (`readiness/risk.inventory`).
        changed: Vec<String>,
        /// Keys present now but not when the hash was made.
        added: Vec<String>,
        /// Keys present when the hash was made but not now.
        removed: Vec<String>,
    },
}

impl Verdict {
    /// Whether the file matches.
    pub fn matches(&self) -> bool {
        matches!(self, Verdict::Matches { .. })
    }
}

/// Verifies a manifest on its own: each line against its digest, and all lines against the hash. It matches
/// only when both hold; a line whose digest differs is named in `changed`.
pub fn verify_manifest(manifest: &Manifest) -> Verdict {
    let canonical = Canonical {
        lines: manifest
            .lines
            .iter()
            .map(|(_, line)| line.clone())
            .collect(),
    };
    let actual = canonical.hash();
    let changed: Vec<String> = manifest
        .lines
        .iter()
        .filter(|(digest, line)| line_digest(line) != *digest)
        .map(|(_, line)| line_key(line).to_string())
        .collect();
    // Both must hold: the lines hash to the stated hash, and every line matches its own digest.
    if actual == manifest.hash && changed.is_empty() {
        return Verdict::Matches { hash: actual };
    }
    Verdict::Mismatch {
        stated: manifest.hash.clone(),
        actual,
        changed,
        added: Vec::new(),
        removed: Vec::new(),
    }
}

/// Verifies canonical answers recomputed from a document against a record made when the hash was made:
/// the stated hash and the (digest, key) of every line then.
pub fn verify_record(stated: &str, record: &[(String, String)], now: &Canonical) -> Verdict {
    let actual = now.hash();
    if actual == stated {
        return Verdict::Matches { hash: actual };
    }
    // Keys can repeat (several evidence links); compare them as multisets of digests per key.
    let mut then: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (digest, key) in record {
        then.entry(key.as_str()).or_default().push(digest.as_str());
    }
    let digests = now.digests();
    let mut current: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for (digest, line) in &digests {
        current
            .entry(line_key(line))
            .or_default()
            .push(digest.as_str());
    }
    let (mut changed, mut added, mut removed) = (Vec::new(), Vec::new(), Vec::new());
    for (key, digests) in &current {
        match then.get(key) {
            None => added.push(key.to_string()),
            Some(old) => {
                let (mut a, mut b) = (old.clone(), digests.clone());
                a.sort_unstable();
                b.sort_unstable();
                if a != b {
                    changed.push(key.to_string());
                }
            }
        }
    }
    for key in then.keys() {
        if !current.contains_key(key) {
            removed.push(key.to_string());
        }
    }
    Verdict::Mismatch {
        stated: stated.to_string(),
        actual,
        changed,
        added,
        removed,
    }
}
