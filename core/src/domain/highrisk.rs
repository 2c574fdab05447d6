//! The List of high-risk AI systems (Decision 33/2026/QĐ-TTg) as far as the public research reports it,
//! and [`HighRiskList::search`], a pure vi + en search that ignores case and Vietnamese diacritics.
//!
//! Rows are content data: each carries its "subject to confirmation" flag, and a sector whose rows are not
//! all known says so and points to the official text and the ministry's self-classification tool
//! (Decree 142 Art. 10(2)).

use super::source::Citation;
use super::text::Text;

/// One row of the List.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRow {
    /// Stable id (`edu-learner-ranking`).
    pub id: String,
    /// The row's number in the Decision when known (`I.2`).
    pub code: Option<String>,
    /// What systems the row covers.
    pub text: Text,
    /// The row's conditions, when reported (e.g. "executed without independent verification by a
    /// competent officer").
    pub conditions: Option<Text>,
    /// Whether the row is reported to need certification before use (Law Art. 13(2)(a)); `None` when not
    /// known.
    pub certification: Option<bool>,
    /// Whether the row's wording is confirmed against the official text.
    pub confirmed: bool,
    /// Where it is reported.
    pub cites: Vec<Citation>,
}

/// One sector (group of rows) of the List.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListSector {
    /// Stable id (`education`).
    pub id: String,
    /// The group's number in the Decision when known (`I`).
    pub code: Option<String>,
    /// The sector's name.
    pub name: Text,
    /// Whether every row of the sector is known; `false` means some rows are not reported.
    pub complete: bool,
    /// The known rows.
    pub rows: Vec<ListRow>,
}

/// The List as known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HighRiskList {
    /// The instrument (`decision-33-2026`).
    pub source: Citation,
    /// What is and is not known, and how far to trust it.
    pub status: Text,
    /// Where to read the official text, and where to find the self-classification tool.
    pub where_to_check: Text,
    /// The official text (https).
    pub official_url: String,
    /// The sectors.
    pub sectors: Vec<ListSector>,
}

/// A row found by [`HighRiskList::search`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListMatch<'a> {
    /// Its sector.
    pub sector: &'a ListSector,
    /// The row.
    pub row: &'a ListRow,
}

impl HighRiskList {
    /// The rows for which every word of `query` begins a word of the sector's name, the row's text or its
    /// conditions, in either language, or is the sector's or row's code; case and diacritics are ignored
    /// ("danh gia" finds "đánh giá"). An empty query finds every row. Rows come in List order.
    pub fn search(&self, query: &str) -> Vec<ListMatch<'_>> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut found = Vec::new();
        for sector in &self.sectors {
            for row in &sector.rows {
                let mut hay = String::new();
                for text in [Some(&sector.name), Some(&row.text), row.conditions.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    hay.push_str(&fold(&text.vi));
                    hay.push(' ');
                    hay.push_str(&fold(&text.en));
                    hay.push(' ');
                }
                // A code matches only as a whole ("I.2" is not part of "VI.22").
                let codes: Vec<String> = [sector.code.as_deref(), row.code.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(fold)
                    .collect();
                let hay_words: Vec<&str> = hay
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let matches = |word: &str| {
                    let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
                    codes.iter().any(|code| code == word)
                        || (!bare.is_empty() && hay_words.iter().any(|w| w.starts_with(&bare)))
                };
                if words.iter().all(|word| matches(word)) {
                    found.push(ListMatch { sector, row });
                }
            }
        }
        found
    }

    /// Every row, with its sector.
    pub fn rows(&self) -> impl Iterator<Item = ListMatch<'_>> {
        self.sectors
            .iter()
            .flat_map(|sector| sector.rows.iter().map(move |row| ListMatch { sector, row }))
    }
}

pub use super::search::fold;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_every_vietnamese_mark() {
        assert_eq!(
            fold("Đánh giá, XẾP HẠNG người học"),
            "danh gia, xep hang nguoi hoc"
        );
        assert_eq!(fold("Sinh trắc học"), "sinh trac hoc");
        assert_eq!(fold("ỹ Ợ ữ"), "y o u");
    }
}
