//! The source register: the legal and reference documents questions cite, their provisions, and citations
//! resolved against them (including the "subject to confirmation" flag).

use std::collections::BTreeMap;
use std::fmt;

use super::locale::{Date, Lang};
use super::text::Text;

/// What kind of document a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceKind {
    /// A law passed by the National Assembly.
    Law,
    /// A Government decree.
    Decree,
    /// A decision (e.g. of the Prime Minister).
    Decision,
    /// A ministerial circular.
    Circular,
    /// A foreign or supranational law (e.g. the EU AI Act).
    ForeignLaw,
    /// A voluntary framework (e.g. NIST AI RMF).
    Framework,
    /// A standard (e.g. ISO/IEC 42001).
    Standard,
    /// A news or commentary article.
    Article,
}

impl SourceKind {
    /// Every kind, in the content format's order.
    pub const ALL: [SourceKind; 8] = [
        SourceKind::Law,
        SourceKind::Decree,
        SourceKind::Decision,
        SourceKind::Circular,
        SourceKind::ForeignLaw,
        SourceKind::Framework,
        SourceKind::Standard,
        SourceKind::Article,
    ];

    /// The id used in content files (`"foreign_law"`).
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Law => "law",
            SourceKind::Decree => "decree",
            SourceKind::Decision => "decision",
            SourceKind::Circular => "circular",
            SourceKind::ForeignLaw => "foreign_law",
            SourceKind::Framework => "framework",
            SourceKind::Standard => "standard",
            SourceKind::Article => "article",
        }
    }

    /// Parses a content id.
    pub fn from_id(id: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

/// The legal status of a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceStatus {
    /// Binding and in force.
    InForce,
    /// Replaced by a later text.
    Superseded,
    /// Not yet adopted.
    Draft,
    /// A non-binding publication (news article, guidance).
    Reference,
}

impl SourceStatus {
    /// Every status.
    pub const ALL: [SourceStatus; 4] = [
        SourceStatus::InForce,
        SourceStatus::Superseded,
        SourceStatus::Draft,
        SourceStatus::Reference,
    ];

    /// The id used in content files (`"in_force"`).
    pub fn id(self) -> &'static str {
        match self {
            SourceStatus::InForce => "in_force",
            SourceStatus::Superseded => "superseded",
            SourceStatus::Draft => "draft",
            SourceStatus::Reference => "reference",
        }
    }

    /// Parses a content id.
    pub fn from_id(id: &str) -> Option<SourceStatus> {
        SourceStatus::ALL
            .into_iter()
            .find(|status| status.id() == id)
    }
}

/// A source's date: a day, or only a month when the day is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceDate {
    /// `YYYY-MM-DD`.
    Day(Date),
    /// `YYYY-MM`.
    Month {
        /// The year.
        year: u16,
        /// The month, 1–12.
        month: u8,
    },
}

impl SourceDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<SourceDate> {
        if let Some(date) = Date::parse_iso(text) {
            return Some(SourceDate::Day(date));
        }
        // A month is valid when its first day is.
        let first = Date::parse_iso(&format!("{text}-01"))?;
        (text.len() == 7).then_some(SourceDate::Month {
            year: first.year,
            month: first.month,
        })
    }

    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub fn iso(self) -> String {
        match self {
            SourceDate::Day(date) => date.iso(),
            SourceDate::Month { year, month } => format!("{year:04}-{month:02}"),
        }
    }
}

/// One article, clause or point of a source that questions cite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provision {
    /// Stable id within the source: `art-10.1`, `art-14.1.c`, `annex-iii`, `govern-1.1`, `a.6.2.6`.
    pub id: String,
    /// How a reader names it ("Art. 10(1)").
    pub label: Text,
    /// A one-line paraphrase.
    pub summary: Text,
    /// `false`: subject to confirmation. Shown wherever the provision is cited.
    pub confirmed: bool,
}

/// One document of the register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable kebab-case id, equal to the file name (`law-134-2025`).
    pub id: String,
    /// The kind of document.
    pub kind: SourceKind,
    /// The official number, when it has one (`134/2025/QH15`).
    pub number: Option<String>,
    /// Short label used in citations ("Luật TTNT" / "AI Law").
    pub short: Text,
    /// Full title.
    pub title: Text,
    /// Issuing body, or the publisher of an article.
    pub issuer: Text,
    /// Adoption, signature or publication date.
    pub date: SourceDate,
    /// When it took effect, if known.
    pub effective: Option<SourceDate>,
    /// Legal status.
    pub status: SourceStatus,
    /// Where to read it (https).
    pub url: String,
    /// Language of the original (`vi`, `en`, …).
    pub language: String,
    /// `false` when the document's existence, number or date is itself unconfirmed.
    pub confirmed: bool,
    /// An optional remark ("mandatory only in public-sector contexts").
    pub note: Option<Text>,
    /// The cited provisions, in file order.
    pub provisions: Vec<Provision>,
}

impl Source {
    /// The provision with this id.
    pub fn provision(&self, id: &str) -> Option<&Provision> {
        self.provisions.iter().find(|provision| provision.id == id)
    }
}

/// Whether provision `outer` contains provision `inner`: equal, or `inner` is a clause or point of `outer`
/// (`art-14` contains `art-14.1.c`; `art-1` does not contain `art-14`).
pub fn provision_contains(outer: &str, inner: &str) -> bool {
    inner == outer
        || inner
            .strip_prefix(outer)
            .is_some_and(|rest| rest.starts_with('.'))
}

/// A reference from content to a source or one of its provisions: `law-134-2025#art-10.1` or `law-134-2025`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Citation {
    /// The cited source's id.
    pub source: String,
    /// The cited provision's id, or `None` for the whole document.
    pub provision: Option<String>,
}

impl Citation {
    /// Parses `source#provision` or `source`. Both parts must be non-empty and free of spaces; there is at most
    /// one `#`. Whether the citation resolves is a separate question ([`SourceRegister::resolve`]).
    pub fn parse(text: &str) -> Option<Citation> {
        let valid = |part: &str| !part.is_empty() && !part.contains(['#', ' ']);
        match text.split_once('#') {
            Some((source, provision)) if valid(source) && valid(provision) => Some(Citation {
                source: source.to_string(),
                provision: Some(provision.to_string()),
            }),
            None if valid(text) => Some(Citation {
                source: text.to_string(),
                provision: None,
            }),
            _ => None,
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.provision {
            Some(provision) => write!(f, "{}#{}", self.source, provision),
            None => f.write_str(&self.source),
        }
    }
}

/// A citation resolved against the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited<'a> {
    /// The cited document.
    pub source: &'a Source,
    /// The cited provision, or `None` for the whole document.
    pub provision: Option<&'a Provision>,
}

impl Cited<'_> {
    /// `false` when the source or the provision is subject to confirmation.
    pub fn confirmed(&self) -> bool {
        self.source.confirmed && self.provision.is_none_or(|provision| provision.confirmed)
    }

    /// How the citation reads in `lang`: "AI Law Art. 10(1)", or the short name for a whole document.
    pub fn label(&self, lang: Lang) -> String {
        match self.provision {
            Some(provision) => format!(
                "{} {}",
                self.source.short.get(lang),
                provision.label.get(lang)
            ),
            None => self.source.short.get(lang).to_string(),
        }
    }
}

/// Every source, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceRegister {
    sources: BTreeMap<String, Source>,
}

impl SourceRegister {
    /// A register of these sources. A later source with the same id replaces an earlier one (the loader
    /// reports duplicates before building the register).
    pub fn new(sources: impl IntoIterator<Item = Source>) -> SourceRegister {
        SourceRegister {
            sources: sources
                .into_iter()
                .map(|source| (source.id.clone(), source))
                .collect(),
        }
    }

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Every source, ordered by id.
    pub fn iter(&self) -> impl Iterator<Item = &Source> {
        self.sources.values()
    }

    /// The number of sources.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether the register is empty.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// The source and provision a citation points to, or `None` when either is unknown.
    pub fn resolve(&self, citation: &Citation) -> Option<Cited<'_>> {
        let source = self.get(&citation.source)?;
        let provision = match &citation.provision {
            Some(id) => Some(source.provision(id)?),
            None => None,
        };
        Some(Cited { source, provision })
    }

    /// Whether a citation must be shown as "subject to confirmation": its source or provision is unconfirmed,
    /// or it does not resolve at all (loaded content never has such citations).
    pub fn subject_to_confirmation(&self, citation: &Citation) -> bool {
        self.resolve(citation)
            .is_none_or(|cited| !cited.confirmed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_parse_and_print() {
        let cited = Citation::parse("law-134-2025#art-14.1.c").unwrap();
        assert_eq!(cited.source, "law-134-2025");
        assert_eq!(cited.provision.as_deref(), Some("art-14.1.c"));
        assert_eq!(cited.to_string(), "law-134-2025#art-14.1.c");
        let whole = Citation::parse("eu-ai-act").unwrap();
        assert_eq!(whole.provision, None);
        for bad in ["", "#art-1", "law#", "a#b#c", "law 134#art-1"] {
            assert_eq!(Citation::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn provisions_contain_their_clauses_only() {
        assert!(provision_contains("art-14", "art-14"));
        assert!(provision_contains("art-14", "art-14.1.c"));
        assert!(!provision_contains("art-1", "art-14"));
        assert!(!provision_contains("art-14.1", "art-14"));
    }

    #[test]
    fn source_dates_allow_a_month() {
        assert_eq!(
            SourceDate::parse("2026-06"),
            Some(SourceDate::Month {
                year: 2026,
                month: 6
            })
        );
        assert_eq!(SourceDate::parse("2026-06").unwrap().iso(), "2026-06");
        assert!(matches!(
            SourceDate::parse("2026-06-30"),
            Some(SourceDate::Day(_))
        ));
        for bad in ["2026-13", "2026-6", "2026", "2026-06-31", "2026-06-"] {
            assert_eq!(SourceDate::parse(bad), None, "{bad}");
        }
    }

    fn register() -> SourceRegister {
        let text = || Text::new("x", "x");
        let provision = |id: &str, confirmed| Provision {
            id: id.into(),
            label: Text::new("Điều 10", "Art. 10"),
            summary: text(),
            confirmed,
        };
        SourceRegister::new([Source {
            id: "law-134-2025".into(),
            kind: SourceKind::Law,
            number: None,
            short: Text::new("Luật TTNT", "AI Law"),
            title: text(),
            issuer: text(),
            date: SourceDate::parse("2025-12-10").unwrap(),
            effective: None,
            status: SourceStatus::InForce,
            url: "https://example.org".into(),
            language: "vi".into(),
            confirmed: true,
            note: None,
            provisions: vec![provision("art-10", true), provision("art-15", false)],
        }])
    }

    #[test]
    fn resolution_and_confirmation() {
        let register = register();
        let cite = |text: &str| Citation::parse(text).unwrap();
        let cited = register.resolve(&cite("law-134-2025#art-10")).unwrap();
        assert_eq!(cited.label(Lang::En), "AI Law Art. 10");
        assert!(!register.subject_to_confirmation(&cite("law-134-2025#art-10")));
        assert!(!register.subject_to_confirmation(&cite("law-134-2025")));
        assert!(register.subject_to_confirmation(&cite("law-134-2025#art-15")));
        assert!(register.resolve(&cite("law-134-2025#art-99")).is_none());
        assert!(register.resolve(&cite("law-1-2000")).is_none());
        assert!(register.subject_to_confirmation(&cite("law-1-2000")));
    }
}
