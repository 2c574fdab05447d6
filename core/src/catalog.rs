//! The shipped content (`questionnaires/` and `seeds/`, except JSON Schemas), compiled into the binary.
//!
//! `core/tests/tidy.rs` checks that [`FILES`] lists exactly the content files on disk.

use crate::domain::Catalog;
use crate::format::{self, Diagnostic};

/// Every shipped content file: (path relative to the repository root, text).
pub const FILES: &[(&str, &str)] = &[
    (
        "questionnaires/profile.json",
        include_str!("../../questionnaires/profile.json"),
    ),
    (
        "questionnaires/readiness.json",
        include_str!("../../questionnaires/readiness.json"),
    ),
    (
        "questionnaires/triage.json",
        include_str!("../../questionnaires/triage.json"),
    ),
    (
        "seeds/circular-05-2026.json",
        include_str!("../../seeds/circular-05-2026.json"),
    ),
    (
        "seeds/decision-1290-2024.json",
        include_str!("../../seeds/decision-1290-2024.json"),
    ),
    (
        "seeds/decision-1671-2026.json",
        include_str!("../../seeds/decision-1671-2026.json"),
    ),
    (
        "seeds/decision-33-2026.json",
        include_str!("../../seeds/decision-33-2026.json"),
    ),
    (
        "seeds/decree-142-2026.json",
        include_str!("../../seeds/decree-142-2026.json"),
    ),
    (
        "seeds/decree-356-2025.json",
        include_str!("../../seeds/decree-356-2025.json"),
    ),
    (
        "seeds/decree-53-2022.json",
        include_str!("../../seeds/decree-53-2022.json"),
    ),
    (
        "seeds/eu-ai-act.json",
        include_str!("../../seeds/eu-ai-act.json"),
    ),
    (
        "seeds/iso-iec-42001.json",
        include_str!("../../seeds/iso-iec-42001.json"),
    ),
    (
        "seeds/law-116-2025.json",
        include_str!("../../seeds/law-116-2025.json"),
    ),
    (
        "seeds/law-134-2025.json",
        include_str!("../../seeds/law-134-2025.json"),
    ),
    (
        "seeds/law-60-2024.json",
        include_str!("../../seeds/law-60-2024.json"),
    ),
    (
        "seeds/law-91-2025.json",
        include_str!("../../seeds/law-91-2025.json"),
    ),
    (
        "seeds/mst-2025-09-15-four-pillars.json",
        include_str!("../../seeds/mst-2025-09-15-four-pillars.json"),
    ),
    (
        "seeds/mst-2025-09-15-strategy-law.json",
        include_str!("../../seeds/mst-2025-09-15-strategy-law.json"),
    ),
    (
        "seeds/mst-2025-10-vn-eu-forum.json",
        include_str!("../../seeds/mst-2025-10-vn-eu-forum.json"),
    ),
    (
        "seeds/news-hanoi-seminar-2025-02.json",
        include_str!("../../seeds/news-hanoi-seminar-2025-02.json"),
    ),
    (
        "seeds/news-vns-2025-02-26.json",
        include_str!("../../seeds/news-vns-2025-02-26.json"),
    ),
    (
        "seeds/nist-ai-rmf.json",
        include_str!("../../seeds/nist-ai-rmf.json"),
    ),
];

/// The shipped content, validated.
pub fn builtin() -> Result<Catalog, Vec<Diagnostic>> {
    format::load(FILES.iter().copied())
}
