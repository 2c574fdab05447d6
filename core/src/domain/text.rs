//! Bilingual text: everything a person reads exists in Vietnamese and English.

use super::locale::Lang;

/// A human-readable text in both languages of the app. Loaded content guarantees both are non-empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its two translations.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The translation for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_picks_the_language() {
        let text = Text::new("Rủi ro cao", "High risk");
        assert_eq!(text.get(Lang::Vi), "Rủi ro cao");
        assert_eq!(text.get(Lang::En), "High risk");
    }
}
