//! Languages and locale-aware formatting of numbers and dates.
//!
//! Vietnamese uses a decimal comma (72,5) and dd/mm/yyyy dates; English uses a decimal point (72.5) and
//! "23 Nov 2026" style dates, which no reader can misread as month-first or day-first.

use std::fmt;

/// A language of the interface and of all content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language, in display order.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>` and in stored preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Parses a stored preference or a browser language tag (`vi`, `vi-VN`, `en-GB`, …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to start in: the first of the browser's preferred languages that we support;
    /// English when the browser prefers only languages we do not have; Vietnamese when it states none.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        let mut stated_any = false;
        for tag in preferred {
            stated_any = true;
            if let Some(lang) = Lang::from_tag(tag) {
                return lang;
            }
        }
        if stated_any {
            Lang::En
        } else {
            Lang::Vi
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Formats `value` with exactly `decimals` decimals in the language's convention (rounded half away from
/// zero): `format_decimal(72.5, 1, Lang::Vi) == "72,5"`. Non-finite values format as "–".
pub fn format_decimal(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let factor = 10f64.powi(decimals as i32);
    let rounded = (value * factor).round() / factor;
    let text = format!("{:.*}", decimals, rounded);
    let text = if text.starts_with('-') && text.trim_start_matches(['-', '0', '.']).is_empty() {
        text[1..].to_string() // no "-0,0"
    } else {
        text
    };
    match lang {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Formats a score (0–100) with one decimal, dropping a trailing ",0" / ".0": 72,5 · 80 · 33,3.
pub fn format_score(value: f64, lang: Lang) -> String {
    let text = format_decimal(value, 1, lang);
    match text.strip_suffix(",0").or_else(|| text.strip_suffix(".0")) {
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// A calendar date (no time zone), as stored in content and assessments (`YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= date.days_in_month())
            .then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            _ if (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100))
                || self.year.is_multiple_of(400) =>
            {
                29
            }
            _ => 28,
        }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date as a reader of `lang` expects it: `01/09/2027` (vi), `1 Sep 2027` (en).
    pub fn format(self, lang: Lang) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match lang {
            Lang::Vi => format!("{:02}/{:02}/{:04}", self.day, self.month, self.year),
            Lang::En => format!(
                "{} {} {}",
                self.day,
                MONTHS[self.month as usize - 1],
                self.year
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_uses_a_decimal_comma() {
        assert_eq!(format_decimal(72.5, 1, Lang::Vi), "72,5");
        assert_eq!(format_decimal(72.5, 1, Lang::En), "72.5");
        assert_eq!(format_decimal(-0.04, 1, Lang::Vi), "0,0");
        assert_eq!(format_decimal(f64::NAN, 1, Lang::En), "–");
    }

    #[test]
    fn scores_drop_a_zero_decimal() {
        assert_eq!(format_score(80.0, Lang::Vi), "80");
        assert_eq!(format_score(33.333, Lang::Vi), "33,3");
        assert_eq!(format_score(99.96, Lang::En), "100");
    }

    #[test]
    fn dates_follow_the_locale() {
        let d = Date::parse_iso("2027-09-01").unwrap();
        assert_eq!(d.format(Lang::Vi), "01/09/2027");
        assert_eq!(d.format(Lang::En), "1 Sep 2027");
        assert_eq!(d.iso(), "2027-09-01");
    }

    #[test]
    fn invalid_dates_are_rejected() {
        for bad in [
            "2027-02-29",
            "2027-13-01",
            "2027-1-01",
            "27-01-01",
            "2027-01-01x",
            "",
            "２０２７-01-01",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
        assert!(Date::parse_iso("2028-02-29").is_some());
    }

    #[test]
    fn language_negotiation_prefers_the_first_supported_tag() {
        assert_eq!(Lang::negotiate(["fr-FR", "en-US", "vi"]), Lang::En);
        assert_eq!(Lang::negotiate(["vi-VN"]), Lang::Vi);
        assert_eq!(Lang::negotiate(["de", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::Vi);
    }
}
