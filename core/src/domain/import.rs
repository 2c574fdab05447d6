//! Importing assessments into the saved list, without losing or silently merging anything.
//!
//! Two steps. [`plan_import`] compares each incoming assessment with the saved ones by id and lists it as
//! [`ImportStatus::New`], [`ImportStatus::Identical`] (nothing to do) or [`ImportStatus::Conflict`] (same
//! id, different content; both names and `updated` times are shown, and the user decides). Then
//! [`apply_import`] turns the plan and the user's [`Resolution`]s into the complete new list
//! ([`apply_import_avoiding`] also keeps clear of ids held by saved entries that could not be read);
//! [`import_outcome`] does the same and also counts what happened to each incoming assessment
//! ([`ImportCounts`], with the message the app shows), so that "skipped" is never reported as "identical".
//!
//! Rules, all enforced by tests:
//! * A saved assessment is never changed or dropped, except by an explicit [`Resolution::Replace`] of it.
//! * No two assessments in the result share an id. Fresh ids come from the caller (`new_id`), since this
//!   module never reads a clock or a random source.
//! * A conflict without a choice is skipped: nothing changes that the user did not decide.
//! * [`Resolution::Skip`] everywhere returns the saved list unchanged.
//!
//! "Same content" ([`same_content`]) compares every field except `updated`: two copies that differ only in
//! when they were last saved hold the same data, so importing one over the other would change nothing.

use std::collections::{BTreeMap, BTreeSet};

use super::assessment::{is_valid_id, Assessment, Timestamp, MAX_ID_LEN};
use super::text::Text;

/// How one side of a conflict is shown: enough to tell the two copies apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// The assessment's title.
    pub name: String,
    /// The organisation assessed.
    pub organisation: String,
    /// When this copy was last changed.
    pub updated: Timestamp,
}

impl Revision {
    /// The revision of `assessment`.
    pub fn of(assessment: &Assessment) -> Revision {
        Revision {
            name: assessment.name.clone(),
            organisation: assessment.organisation.clone(),
            updated: assessment.updated,
        }
    }
}

/// How an incoming assessment relates to the saved ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportStatus {
    /// No saved assessment has its id: it will be added.
    New,
    /// A saved assessment has its id and the same content ([`same_content`]): nothing to do.
    Identical,
    /// A saved assessment has its id but different content: the user chooses a [`Resolution`].
    Conflict {
        /// The saved copy.
        existing: Revision,
        /// The copy in the file.
        incoming: Revision,
    },
}

impl ImportStatus {
    /// Whether this is a conflict that needs the user's choice.
    pub fn is_conflict(&self) -> bool {
        matches!(self, ImportStatus::Conflict { .. })
    }
}

/// One incoming assessment and what importing it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportItem {
    /// The assessment as it is in the file.
    pub assessment: Assessment,
    /// How it relates to the saved ones.
    pub status: ImportStatus,
}

impl ImportItem {
    /// The incoming id, which keys the user's choices.
    pub fn id(&self) -> &str {
        &self.assessment.id
    }
}

/// What an import would do, per incoming assessment, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// One item per incoming assessment, in file order.
    pub items: Vec<ImportItem>,
}

impl ImportPlan {
    /// The items that are conflicts, in file order.
    pub fn conflicts(&self) -> impl Iterator<Item = &ImportItem> {
        self.items.iter().filter(|item| item.status.is_conflict())
    }

    /// How many items are new.
    pub fn new_count(&self) -> usize {
        self.count(|status| *status == ImportStatus::New)
    }

    /// How many items are identical to a saved assessment.
    pub fn identical_count(&self) -> usize {
        self.count(|status| *status == ImportStatus::Identical)
    }

    /// How many items are conflicts.
    pub fn conflict_count(&self) -> usize {
        self.count(ImportStatus::is_conflict)
    }

    /// Whether importing would change nothing (no items, or every item identical).
    pub fn changes_nothing(&self) -> bool {
        self.identical_count() == self.items.len()
    }

    fn count(&self, test: impl Fn(&ImportStatus) -> bool) -> usize {
        self.items.iter().filter(|item| test(&item.status)).count()
    }
}

/// What to do with an incoming assessment whose id is already saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Resolution {
    /// The incoming copy takes the place of the saved one (same id); the saved one is gone.
    Replace,
    /// Both are kept: the saved one as it is, the incoming copy under a new id.
    KeepBoth,
    /// The incoming copy is not imported.
    Skip,
}

impl Resolution {
    /// Every resolution, in the order a dialog offers them.
    pub const ALL: [Resolution; 3] = [Resolution::Replace, Resolution::KeepBoth, Resolution::Skip];
}

/// Whether two assessments hold the same data: every field equal except `updated`.
pub fn same_content(a: &Assessment, b: &Assessment) -> bool {
    // Destructured, so that a new field cannot be forgotten here.
    let Assessment {
        id,
        name,
        organisation,
        created,
        updated: _,
        versions,
        profile,
        systems,
        readiness,
        evidence,
        plan,
    } = a;
    *id == b.id
        && *name == b.name
        && *organisation == b.organisation
        && *created == b.created
        && *versions == b.versions
        && *profile == b.profile
        && *systems == b.systems
        && *readiness == b.readiness
        && *evidence == b.evidence
        && *plan == b.plan
}

/// Lists, per incoming assessment (in order), whether it is new, identical to the saved one with its id, or
/// in conflict with it. `existing` is the saved list, whose ids are unique (one storage key each).
pub fn plan_import(existing: &[Assessment], incoming: Vec<Assessment>) -> ImportPlan {
    let items = incoming
        .into_iter()
        .map(|assessment| {
            let status = match existing.iter().find(|saved| saved.id == assessment.id) {
                None => ImportStatus::New,
                Some(saved) if same_content(saved, &assessment) => ImportStatus::Identical,
                Some(saved) => ImportStatus::Conflict {
                    existing: Revision::of(saved),
                    incoming: Revision::of(&assessment),
                },
            };
            ImportItem { assessment, status }
        })
        .collect();
    ImportPlan { items }
}

/// What an import did with each incoming assessment: every item of the plan is counted exactly once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    /// Added under its own id (it was new).
    pub added: usize,
    /// Put in the place of the saved assessment with its id ([`Resolution::Replace`]).
    pub replaced: usize,
    /// Added under a new id next to the saved assessment with its id: [`Resolution::KeepBoth`], and any
    /// other incoming assessment whose id turned out to be taken.
    pub kept_both: usize,
    /// Not imported: [`Resolution::Skip`], or a conflict left without a choice. The saved copy stays.
    pub skipped: usize,
    /// Not imported because the same content is already saved ([`same_content`]).
    pub identical: usize,
}

impl ImportCounts {
    /// How many incoming assessments were counted.
    pub fn total(&self) -> usize {
        self.added + self.replaced + self.kept_both + self.skipped + self.identical
    }

    /// How many assessments the import added or changed in the saved list.
    pub fn changed(&self) -> usize {
        self.added + self.replaced + self.kept_both
    }

    /// Whether the saved list is as it was.
    pub fn changes_nothing(&self) -> bool {
        self.changed() == 0
    }

    /// What the import did, in both languages, for the message shown when it is over. Only the counts that
    /// are not zero are named; an import of skipped copies says they were skipped, never that they were
    /// identical.
    pub fn message(&self) -> Text {
        if self.total() == 0 {
            return Text::new(
                "Tệp không chứa bản đánh giá nào; không có gì thay đổi.",
                "The file holds no assessments; nothing changed.",
            );
        }
        if self.identical == self.total() {
            return Text::new(
                "Các bản đánh giá trong tệp đã có sẵn trong trình duyệt với nội dung giống hệt; không có gì thay đổi.",
                "The assessments in the file are already here, identical; nothing changed.",
            );
        }
        let parts = [
            (self.added, "Thêm mới", "Added"),
            (self.replaced, "Thay thế", "Replaced"),
            (self.kept_both, "Giữ cả hai", "Kept both"),
            (self.skipped, "Bỏ qua", "Skipped"),
            (
                self.identical,
                "Đã có sẵn, giống hệt",
                "Already here, identical",
            ),
        ];
        let list = |vi: bool| {
            parts
                .iter()
                .filter(|(count, _, _)| *count > 0)
                .map(|(count, label_vi, label_en)| {
                    format!("{}: {count}.", if vi { label_vi } else { label_en })
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        if self.changes_nothing() {
            Text::new(
                format!(
                    "Không có gì thay đổi; các bản trong trình duyệt được giữ nguyên. {}",
                    list(true)
                ),
                format!(
                    "Nothing changed; the copies in this browser stay as they are. {}",
                    list(false)
                ),
            )
        } else {
            Text::new(
                format!("Đã nhập xong. {}", list(true)),
                format!("Import finished. {}", list(false)),
            )
        }
    }
}

/// The result of [`import_outcome`]: the complete new list and what happened to each incoming assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// The complete new list, as [`apply_import_avoiding`] returns it.
    pub assessments: Vec<Assessment>,
    /// What happened to the incoming assessments.
    pub counts: ImportCounts,
}

/// The complete new list after importing `plan` into `existing` with the user's `choices` (keyed by
/// incoming id): `existing` in its order (a replaced assessment stays in its place), then the added ones
/// in file order.
///
/// * New: added as it is ([`Resolution::Skip`] leaves it out; other choices change nothing).
/// * Identical: nothing to do.
/// * Conflict: [`Resolution::Replace`] puts the incoming copy in the saved one's place;
///   [`Resolution::KeepBoth`] keeps the saved one and adds the incoming copy under an id from `new_id`;
///   [`Resolution::Skip`], or no choice, leaves the saved one alone.
///
/// `new_id` should return a fresh valid id (`is_valid_id`) each call. An id that is invalid, already in
/// use, or brought by another incoming assessment is not used; after a few such answers a derived id
/// (`<id>-2`, `<id>-3`, …) is used instead, so this always ends and never produces two assessments with one
/// id.
///
/// It does not trust the plan blindly: each item is compared again with the list as it stands (the saved
/// list may have changed since the plan was made, and a hand-built `incoming` may repeat an id). An item
/// the user was not asked about that now collides with an assessment of different content is added under
/// a new id; one that now matches is dropped as identical. Nothing is merged.
pub fn apply_import(
    existing: &[Assessment],
    plan: &ImportPlan,
    choices: &BTreeMap<String, Resolution>,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Assessment> {
    apply_import_avoiding(existing, plan, choices, &BTreeSet::new(), new_id)
}

/// [`apply_import`], where nothing added may use an id in `avoid` either: ids that are taken although no
/// assessment in `existing` has them, such as saved entries that could not be read (which must never be
/// overwritten). An incoming assessment with such an id is added under a new id, as for
/// [`Resolution::KeepBoth`] ([`Resolution::Skip`] still leaves it out).
pub fn apply_import_avoiding(
    existing: &[Assessment],
    plan: &ImportPlan,
    choices: &BTreeMap<String, Resolution>,
    avoid: &BTreeSet<String>,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Assessment> {
    import_outcome(existing, plan, choices, avoid, new_id).assessments
}

/// [`apply_import_avoiding`], also counting what happened to each incoming assessment ([`ImportCounts`]):
/// the list is the same, and each item of `plan` is counted once.
pub fn import_outcome(
    existing: &[Assessment],
    plan: &ImportPlan,
    choices: &BTreeMap<String, Resolution>,
    avoid: &BTreeSet<String>,
    new_id: &mut dyn FnMut() -> String,
) -> ImportOutcome {
    let mut counts = ImportCounts::default();
    let mut result: Vec<Assessment> = existing.to_vec();
    let mut taken: BTreeSet<String> = existing.iter().map(|a| a.id.clone()).collect();
    taken.extend(avoid.iter().cloned());
    // Where each saved id sits (the first, should the saved list ever repeat one).
    let mut saved_at: BTreeMap<&str, usize> = BTreeMap::new();
    for (index, saved) in existing.iter().enumerate() {
        saved_at.entry(saved.id.as_str()).or_insert(index);
    }
    let mut replaced: BTreeSet<usize> = BTreeSet::new();
    // A fresh id never takes an id that an incoming assessment brings with it.
    let incoming_ids: BTreeSet<&str> = plan.items.iter().map(ImportItem::id).collect();

    for item in &plan.items {
        let incoming = &item.assessment;
        let choice = choices.get(&incoming.id).copied();
        // Already there, with the same content: nothing to do, whatever the choice.
        if result.iter().any(|present| same_content(present, incoming)) {
            counts.identical += 1;
            continue;
        }
        if choice == Some(Resolution::Skip) {
            counts.skipped += 1;
            continue;
        }
        if !taken.contains(&incoming.id) {
            taken.insert(incoming.id.clone());
            result.push(incoming.clone());
            counts.added += 1;
            continue;
        }
        let asked = item.status.is_conflict();
        let place = saved_at
            .get(incoming.id.as_str())
            .copied()
            .filter(|index| !replaced.contains(index));
        match (choice, place) {
            (Some(Resolution::Replace), Some(index)) => {
                replaced.insert(index);
                result[index] = incoming.clone();
                counts.replaced += 1;
            }
            // A conflict the user has not decided: leave the saved one alone.
            (None, _) if asked => counts.skipped += 1,
            // Keep both; also a second Replace of the same saved assessment (a hand-built `incoming` that
            // repeats an id), and a collision the user was never asked about.
            _ => {
                let id = fresh_id(&incoming.id, new_id, |id| {
                    taken.contains(id) || incoming_ids.contains(id)
                });
                taken.insert(id.clone());
                result.push(Assessment {
                    id,
                    ..incoming.clone()
                });
                counts.kept_both += 1;
            }
        }
    }
    ImportOutcome {
        assessments: result,
        counts,
    }
}

/// How many answers from `new_id` are tried before an id is derived.
const NEW_ID_ATTEMPTS: usize = 8;

/// A valid id that is not `taken`: from `new_id` if it gives one, else `<base>-N`.
fn fresh_id(
    base: &str,
    new_id: &mut dyn FnMut() -> String,
    taken: impl Fn(&str) -> bool,
) -> String {
    for _ in 0..NEW_ID_ATTEMPTS {
        let id = new_id();
        if is_valid_id(&id) && !taken(&id) {
            return id;
        }
    }
    let stem = if is_valid_id(base) { base } else { "imported" };
    (2usize..)
        .map(|n| {
            let suffix = format!("-{n}");
            // Ids are ASCII, so any byte index is a character boundary.
            let keep = stem.len().min(MAX_ID_LEN - suffix.len());
            format!("{}{suffix}", &stem[..keep])
        })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AnswerValue, Evidence};

    fn assessment(id: &str, name: &str, updated: u64) -> Assessment {
        Assessment {
            id: id.into(),
            name: name.into(),
            organisation: "ACME".into(),
            created: Timestamp(1_000),
            updated: Timestamp(updated),
            ..Assessment::default()
        }
    }

    fn ids(list: &[Assessment]) -> Vec<&str> {
        list.iter().map(|a| a.id.as_str()).collect()
    }

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new-{n}")
        }
    }

    fn choose(pairs: &[(&str, Resolution)]) -> BTreeMap<String, Resolution> {
        pairs.iter().map(|(id, r)| (id.to_string(), *r)).collect()
    }

    fn apply(
        existing: &[Assessment],
        incoming: Vec<Assessment>,
        choices: &[(&str, Resolution)],
    ) -> Vec<Assessment> {
        let plan = plan_import(existing, incoming);
        apply_import(existing, &plan, &choose(choices), &mut counter())
    }

    #[test]
    fn a_new_assessment_is_added_at_the_end() {
        let existing = [assessment("a", "A", 5)];
        let incoming = assessment("b", "B", 7);
        let plan = plan_import(&existing, vec![incoming.clone()]);
        assert_eq!(plan.items[0].status, ImportStatus::New);
        assert_eq!((plan.new_count(), plan.conflict_count()), (1, 0));
        assert!(!plan.changes_nothing());
        let result = apply_import(&existing, &plan, &BTreeMap::new(), &mut counter());
        assert_eq!(result, [existing[0].clone(), incoming]);
    }

    #[test]
    fn an_identical_assessment_changes_nothing() {
        let existing = [assessment("a", "A", 5), assessment("b", "B", 6)];
        let plan = plan_import(&existing, vec![existing[1].clone()]);
        assert_eq!(plan.items[0].status, ImportStatus::Identical);
        assert!(plan.changes_nothing());
        for choice in Resolution::ALL {
            let result = apply_import(&existing, &plan, &choose(&[("b", choice)]), &mut counter());
            assert_eq!(result, existing, "{choice:?}");
        }
    }

    #[test]
    fn only_the_updated_time_differing_is_still_identical() {
        let existing = [assessment("a", "A", 5)];
        let later = assessment("a", "A", 9);
        let plan = plan_import(&existing, vec![later.clone()]);
        assert_eq!(plan.items[0].status, ImportStatus::Identical);
        // The saved copy (and its time) stays.
        assert_eq!(apply(&existing, vec![later], &[]), existing);
    }

    #[test]
    fn a_conflict_shows_both_names_and_times() {
        let existing = [assessment("a", "Q3 review", 5)];
        let mut incoming = assessment("a", "Q4 review", 9);
        incoming
            .readiness
            .set("risk.inventory", AnswerValue::Level(2));
        let plan = plan_import(&existing, vec![incoming]);
        assert_eq!(
            plan.items[0].status,
            ImportStatus::Conflict {
                existing: Revision {
                    name: "Q3 review".into(),
                    organisation: "ACME".into(),
                    updated: Timestamp(5),
                },
                incoming: Revision {
                    name: "Q4 review".into(),
                    organisation: "ACME".into(),
                    updated: Timestamp(9),
                },
            }
        );
        assert_eq!(plan.conflict_count(), 1);
        assert_eq!(plan.conflicts().next().unwrap().id(), "a");
        // Any difference other than `updated` is a conflict, even in evidence alone.
        let mut evidence_only = existing[0].clone();
        evidence_only.evidence.insert(
            "risk.inventory".into(),
            Evidence {
                note: "Register v3".into(),
                links: vec![],
            },
        );
        let plan = plan_import(&existing, vec![evidence_only]);
        assert!(plan.items[0].status.is_conflict());
    }

    #[test]
    fn replace_puts_the_incoming_copy_in_place() {
        let existing = [
            assessment("a", "A", 5),
            assessment("b", "B", 5),
            assessment("c", "C", 5),
        ];
        let incoming = assessment("b", "B, revised", 8);
        let result = apply(
            &existing,
            vec![incoming.clone()],
            &[("b", Resolution::Replace)],
        );
        assert_eq!(result, [existing[0].clone(), incoming, existing[2].clone()]);
    }

    #[test]
    fn keep_both_adds_the_incoming_copy_under_a_new_id() {
        let existing = [assessment("a", "A", 5)];
        let incoming = assessment("a", "A, from the laptop", 8);
        let result = apply(
            &existing,
            vec![incoming.clone()],
            &[("a", Resolution::KeepBoth)],
        );
        assert_eq!(ids(&result), ["a", "new-1"]);
        assert_eq!(result[0], existing[0]);
        assert_eq!(
            result[1],
            Assessment {
                id: "new-1".into(),
                ..incoming
            }
        );
    }

    #[test]
    fn skip_and_no_choice_leave_the_saved_one_alone() {
        let existing = [assessment("a", "A", 5)];
        let incoming = assessment("a", "A2", 8);
        assert_eq!(
            apply(
                &existing,
                vec![incoming.clone()],
                &[("a", Resolution::Skip)]
            ),
            existing
        );
        assert_eq!(apply(&existing, vec![incoming], &[]), existing);
        // Skip also leaves out a new one.
        assert_eq!(
            apply(
                &existing,
                vec![assessment("b", "B", 1)],
                &[("b", Resolution::Skip)]
            ),
            existing
        );
    }

    #[test]
    fn a_mixed_backup_does_each_thing_once() {
        let existing = [
            assessment("same", "Same", 5),
            assessment("replace-me", "Old", 5),
            assessment("keep-both", "Mine", 5),
            assessment("skip-me", "Keep", 5),
            assessment("undecided", "Untouched", 5),
        ];
        let incoming = vec![
            assessment("fresh", "Fresh", 9),
            existing[0].clone(),
            assessment("replace-me", "New", 9),
            assessment("keep-both", "Theirs", 9),
            assessment("skip-me", "Drop", 9),
            assessment("undecided", "Ignored", 9),
            assessment("fresh-2", "Fresh too", 9),
        ];
        let plan = plan_import(&existing, incoming.clone());
        let statuses: Vec<&str> = plan
            .items
            .iter()
            .map(|item| match item.status {
                ImportStatus::New => "new",
                ImportStatus::Identical => "identical",
                ImportStatus::Conflict { .. } => "conflict",
            })
            .collect();
        assert_eq!(
            statuses,
            [
                "new",
                "identical",
                "conflict",
                "conflict",
                "conflict",
                "conflict",
                "new"
            ]
        );
        assert_eq!(
            (
                plan.new_count(),
                plan.identical_count(),
                plan.conflict_count()
            ),
            (2, 1, 4)
        );
        let choices = choose(&[
            ("replace-me", Resolution::Replace),
            ("keep-both", Resolution::KeepBoth),
            ("skip-me", Resolution::Skip),
        ]);
        let result = apply_import(&existing, &plan, &choices, &mut counter());
        assert_eq!(
            ids(&result),
            [
                "same",
                "replace-me",
                "keep-both",
                "skip-me",
                "undecided",
                "fresh",
                "new-1",
                "fresh-2"
            ]
        );
        let names: Vec<&str> = result.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Same",
                "New",
                "Mine",
                "Keep",
                "Untouched",
                "Fresh",
                "Theirs",
                "Fresh too"
            ]
        );
        // Deterministic.
        assert_eq!(
            apply_import(&existing, &plan, &choices, &mut counter()),
            result
        );
    }

    #[test]
    fn unusable_new_ids_are_not_used() {
        let existing = [assessment("a", "A", 5), assessment("a-2", "A2", 5)];
        let incoming = assessment("a", "Other", 8);
        let plan = plan_import(&existing, vec![incoming]);
        let keep = choose(&[("a", Resolution::KeepBoth)]);
        // Taken and invalid answers are passed over.
        let mut answers = ["a", "not valid", "a-2", "fine"]
            .into_iter()
            .map(String::from);
        let result = apply_import(&existing, &plan, &keep, &mut || {
            answers.next().unwrap_or_default()
        });
        assert_eq!(ids(&result), ["a", "a-2", "fine"]);
        // A generator that never gives a usable id: a derived one, and the call still ends.
        let result = apply_import(&existing, &plan, &keep, &mut || "a".to_string());
        assert_eq!(ids(&result), ["a", "a-2", "a-3"]);
        let long = "x".repeat(MAX_ID_LEN);
        let existing = [assessment(&long, "A", 5)];
        let plan = plan_import(&existing, vec![assessment(&long, "B", 6)]);
        let keep = choose(&[(long.as_str(), Resolution::KeepBoth)]);
        let result = apply_import(&existing, &plan, &keep, &mut String::new);
        assert_eq!(result[1].id, format!("{}-2", &long[..MAX_ID_LEN - 2]));
        assert!(is_valid_id(&result[1].id));
    }

    #[test]
    fn ids_to_avoid_are_never_used() {
        // `b` is a saved entry that cannot be read: an incoming `b` must not overwrite it.
        let existing = [assessment("a", "A", 5)];
        let avoid: BTreeSet<String> = ["b".to_string(), "new-1".to_string()].into();
        let incoming = assessment("b", "B", 7);
        let plan = plan_import(&existing, vec![incoming.clone()]);
        assert_eq!(plan.items[0].status, ImportStatus::New);
        for choice in [None, Some(Resolution::Replace), Some(Resolution::KeepBoth)] {
            let choices = choice.map_or(BTreeMap::new(), |c| choose(&[("b", c)]));
            let result = apply_import_avoiding(&existing, &plan, &choices, &avoid, &mut counter());
            assert_eq!(ids(&result), ["a", "new-2"], "{choice:?}");
            assert_eq!(result[1].name, "B");
        }
        let skip = choose(&[("b", Resolution::Skip)]);
        let result = apply_import_avoiding(&existing, &plan, &skip, &avoid, &mut counter());
        assert_eq!(result, existing);
    }

    #[test]
    fn a_stale_plan_or_a_repeated_id_never_merges_or_loses() {
        // Planned as new, but an assessment with that id was saved since: both are kept.
        let incoming = assessment("b", "From the file", 8);
        let plan = plan_import(&[], vec![incoming.clone()]);
        let existing = [assessment("b", "Saved meanwhile", 9)];
        let result = apply_import(&existing, &plan, &BTreeMap::new(), &mut counter());
        assert_eq!(ids(&result), ["b", "new-1"]);
        assert_eq!(result[0], existing[0]);
        // Planned as a conflict, but the saved one is gone: it is simply added.
        let plan = plan_import(&existing, vec![incoming.clone()]);
        let result = apply_import(
            &[],
            &plan,
            &choose(&[("b", Resolution::Replace)]),
            &mut counter(),
        );
        assert_eq!(result, std::slice::from_ref(&incoming));
        // A hand-built list repeating an id (decoding never gives one): the second is kept apart, or dropped
        // when identical.
        let twice = vec![incoming.clone(), assessment("b", "Another", 8), incoming];
        let result = apply(&[], twice, &[]);
        assert_eq!(ids(&result), ["b", "new-1"]);
        // Replacing the same saved assessment twice keeps the second incoming copy too.
        let existing = [assessment("c", "Saved", 1)];
        let twice = vec![assessment("c", "One", 2), assessment("c", "Two", 3)];
        let result = apply(&existing, twice, &[("c", Resolution::Replace)]);
        assert_eq!(ids(&result), ["c", "new-1"]);
        assert_eq!(
            (result[0].name.as_str(), result[1].name.as_str()),
            ("One", "Two")
        );
    }
}
