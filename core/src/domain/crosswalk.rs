//! The crosswalk: the same readiness answers read against the international frameworks the source register
//! holds (EU AI Act, NIST AI RMF, ISO/IEC 42001, …).
//!
//! Nothing here is hard-coded: a framework is any source of kind foreign law, framework or standard that a
//! readiness question cites, and a provision is covered by the questions that cite it (or a provision inside
//! it). Coverage uses the item scores of docs/scoring.md §2 with the same weights, so a framework's score is
//! `100 × Σ w_i · s_i / Σ w_i` over the counted questions that cite it. It says how far the answers go towards
//! what those provisions ask; it is not a conformity assessment against the framework.

use std::collections::BTreeMap;

use super::content::Catalog;
use super::evaluate::Evaluation;
use super::source::SourceKind;
use super::text::Text;

/// One cited provision of a framework and the questions that speak to it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProvisionCoverage {
    /// The provision id (`art-9`).
    pub provision: String,
    /// Its label ("Art. 9"), or the id when the register has no such provision.
    pub label: Text,
    /// Whether the register marks the provision (and its source) confirmed.
    pub confirmed: bool,
    /// The readiness questions citing it, in questionnaire order.
    pub questions: Vec<String>,
    /// The weighted score of those that count, 0–100; `None` when none counts.
    pub score: Option<f64>,
}

/// One framework's coverage.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkCoverage {
    /// The source id (`eu-ai-act`).
    pub source: String,
    /// Its short name.
    pub name: Text,
    /// Its kind.
    pub kind: SourceKind,
    /// How many provisions the register holds for it.
    pub provisions_total: usize,
    /// The provisions the readiness questions cite, in register order (then any others by id).
    pub provisions: Vec<ProvisionCoverage>,
    /// The readiness questions citing the framework at all.
    pub questions: usize,
    /// Of those, the ones that count (visible, not a valid N/A).
    pub counted: usize,
    /// The weighted score over the counted ones, 0–100.
    pub score: Option<f64>,
    /// Cited provisions whose counted questions (at least one) are all at the top level.
    pub provisions_met: usize,
}

fn is_framework(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::ForeignLaw | SourceKind::Framework | SourceKind::Standard
    )
}

/// The coverage of every framework the readiness questionnaire cites, in source-id order.
pub fn crosswalk(catalog: &Catalog, evaluation: &Evaluation) -> Vec<FrameworkCoverage> {
    let Some(readiness) = catalog.readiness() else {
        return Vec::new();
    };
    let top = evaluation.settings.top_level;
    // source → provision → questions (a question citing the whole source files under "").
    let mut cited: BTreeMap<&str, BTreeMap<String, Vec<&str>>> = BTreeMap::new();
    for question in readiness.questions() {
        if question.scored().is_none() {
            continue;
        }
        for citation in &question.cites {
            let Some(source) = catalog.sources.get(&citation.source) else {
                continue;
            };
            if !is_framework(source.kind) {
                continue;
            }
            let list = cited
                .entry(source.id.as_str())
                .or_default()
                .entry(citation.provision.clone().unwrap_or_default())
                .or_default();
            if !list.contains(&question.id.as_str()) {
                list.push(question.id.as_str());
            }
        }
    }
    let score_of =
        |questions: &mut dyn Iterator<Item = &str>| -> (usize, usize, Option<f64>, bool) {
            let (mut n, mut counted, mut num, mut den, mut all_top) = (0, 0, 0.0, 0.0, true);
            for id in questions {
                n += 1;
                // Hidden questions and valid N/As do not count, here as in the score.
                let Some(item) = evaluation.item(id) else {
                    continue;
                };
                if let Some(score) = item.score(top) {
                    counted += 1;
                    num += f64::from(item.weight) * score;
                    den += f64::from(item.weight);
                    all_top &= item.level() == Some(top);
                }
            }
            let score = (den > 0.0).then(|| 100.0 * num / den);
            (n, counted, score, all_top && counted > 0)
        };
    cited
        .into_iter()
        .filter_map(|(source_id, by_provision)| {
            let source = catalog.sources.get(source_id)?;
            let mut provisions: Vec<ProvisionCoverage> = Vec::new();
            let mut met = 0;
            let position = |id: &str| {
                source
                    .provisions
                    .iter()
                    .position(|p| p.id == id)
                    .unwrap_or(usize::MAX)
            };
            let mut ids: Vec<&String> = by_provision.keys().collect();
            ids.sort_by_key(|id| (position(id), (*id).clone()));
            for id in ids {
                let questions = &by_provision[id];
                let (_, _, score, all_top) = score_of(&mut questions.iter().copied());
                met += usize::from(all_top);
                let provision = source.provision(id);
                provisions.push(ProvisionCoverage {
                    provision: id.clone(),
                    label: provision
                        .map_or_else(|| Text::new(id.clone(), id.clone()), |p| p.label.clone()),
                    confirmed: source.confirmed && provision.is_none_or(|p| p.confirmed),
                    questions: questions.iter().map(|q| q.to_string()).collect(),
                    score,
                });
            }
            // Every question citing the framework once, in questionnaire order.
            let all: Vec<&str> = readiness
                .questions()
                .map(|q| q.id.as_str())
                .filter(|q| by_provision.values().any(|list| list.contains(q)))
                .collect();
            let (questions, counted, score, _) = score_of(&mut all.iter().copied());
            Some(FrameworkCoverage {
                source: source.id.clone(),
                name: source.short.clone(),
                kind: source.kind,
                provisions_total: source.provisions.len(),
                provisions,
                questions,
                counted,
                score,
                provisions_met: met,
            })
        })
        .collect()
}
