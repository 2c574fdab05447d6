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

/// THE rounding rule of every figure shown (docs/scoring.md §9), in one place: the exact value
/// `num / den` with `decimals` decimals, **rounded half up** (an exact half goes to the larger number:
/// 31.25 → 31.3, 0.05 → 0.1), in the language's convention, with a zero decimal part dropped
/// (80, 72,5, 33,3). The app, the command line and the reports all reach it through [`format_fraction`],
/// [`format_score`], [`format_decimal`] or [`format_percent`]. `den = 0` formats as "–".
pub fn format_fraction(num: u128, den: u128, decimals: u32, lang: Lang) -> String {
    format_signed(false, num, den, decimals, true, lang)
}

fn format_signed(
    negative: bool,
    num: u128,
    den: u128,
    decimals: u32,
    drop_zero: bool,
    lang: Lang,
) -> String {
    if den == 0 {
        return "–".to_string();
    }
    let scale = 10u128.pow(decimals.min(9));
    // floor(num·scale/den + 1/2), in integers.
    let Some(scaled) = num
        .checked_mul(2 * scale)
        .and_then(|n| n.checked_add(den))
        .map(|n| n / (2 * den))
    else {
        return "–".to_string();
    };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let mut text = String::new();
    if negative && scaled > 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if decimals > 0 && !(drop_zero && fraction == 0) {
        text.push(match lang {
            Lang::Vi => ',',
            Lang::En => '.',
        });
        text.push_str(&format!(
            "{:0width$}",
            fraction,
            width = decimals.min(9) as usize
        ));
    }
    text
}

/// The simplest fraction `p/q` with `q ≤ 10⁶` within 10⁻¹² (relative) of `value ≥ 0`, by continued
/// fractions: the exact figure a floating-point score was computed from (`100 × 247 / 2000` is stored as
/// 12.3499…, and is 247/20).
fn recover(value: f64) -> Option<(u128, u128)> {
    const MAX_DEN: u128 = 1_000_000;
    let close = |p: u128, q: u128| (p as f64 / q as f64 - value).abs() <= 1e-12 * value.max(1.0);
    let (mut p0, mut q0, mut p1, mut q1) = (0u128, 1u128, 1u128, 0u128);
    let mut x = value;
    for _ in 0..40 {
        let a = x.floor();
        if !(0.0..1e15).contains(&a) {
            return None;
        }
        let a = a as u128;
        let (p2, q2) = (a * p1 + p0, a * q1 + q0);
        if q2 > MAX_DEN {
            return None;
        }
        if close(p2, q2) {
            return Some((p2, q2));
        }
        (p0, q0, p1, q1) = (p1, q1, p2, q2);
        let fraction = x - a as f64;
        if fraction <= 0.0 {
            return None;
        }
        x = 1.0 / fraction;
    }
    None
}

/// The exact value of a finite `f64` as `(negative, num, den)`: the fraction it was computed from when
/// [`recover`] finds one, else its exact binary value; `None` when it is too large for 128-bit integers
/// (values below 2⁻⁷⁰ are 0 at any precision we show).
fn exact(value: f64) -> Option<(bool, u128, u128)> {
    if !value.is_finite() {
        return None;
    }
    let negative = value.is_sign_negative();
    let value = value.abs();
    if let Some((num, den)) = recover(value) {
        return Some((negative, num, den));
    }
    if value == 0.0 || value < 2f64.powi(-70) {
        return Some((negative, 0, 1));
    }
    if value >= 2f64.powi(60) {
        return None;
    }
    let bits = value.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let mantissa = u128::from(bits & ((1u64 << 52) - 1));
    let (mantissa, exponent) = if exponent == 0 {
        (mantissa, -1074)
    } else {
        (mantissa | (1u128 << 52), exponent - 1075)
    };
    Some(if exponent >= 0 {
        (negative, mantissa << exponent, 1)
    } else {
        (negative, mantissa, 1u128 << (-exponent))
    })
}

/// Formats `value` with exactly `decimals` decimals in the language's convention, by the rule of
/// [`format_fraction`] applied to the fraction the `f64` stands for (halves away from zero), keeping a zero
/// decimal part: `format_decimal(72.5, 1, Lang::Vi) == "72,5"`. Non-finite values format as "–".
pub fn format_decimal(value: f64, decimals: usize, lang: Lang) -> String {
    match exact(value) {
        Some((negative, num, den)) => {
            format_signed(negative, num, den, decimals as u32, false, lang)
        }
        None if value.is_finite() => format!("{value:.0}"),
        None => "–".to_string(),
    }
}

/// Formats a score (0–100) by the rule of [`format_fraction`] (one decimal, half up, a zero decimal
/// dropped): 72,5 · 80 · 33,3. Prefer [`super::score::Ratio::text`] where the exact figure is at hand.
pub fn format_score(value: f64, lang: Lang) -> String {
    match exact(value) {
        Some((negative, num, den)) => format_signed(negative, num, den, 1, true, lang),
        None if value.is_finite() => format!("{value:.0}"),
        None => "–".to_string(),
    }
}

/// A share `part / whole` as a percentage by the rule of [`format_fraction`]: "12,5 %" (vi), "12.5%"
/// (en); "–" when `whole` is 0.
pub fn format_percent(part: u64, whole: u64, lang: Lang) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    let value = format_fraction(100 * u128::from(part), u128::from(whole), 1, lang);
    match lang {
        Lang::Vi => format!("{value} %"),
        Lang::En => format!("{value}%"),
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
    fn exact_halves_round_up() {
        assert_eq!(format_fraction(3125, 100, 1, Lang::En), "31.3");
        assert_eq!(format_fraction(3124, 100, 1, Lang::En), "31.2");
        assert_eq!(format_fraction(247, 20, 1, Lang::Vi), "12,4"); // 12.35 exactly
        assert_eq!(format_fraction(1, 20, 1, Lang::En), "0.1");
        assert_eq!(format_fraction(1, 3, 1, Lang::En), "0.3");
        assert_eq!(format_fraction(200, 2, 1, Lang::Vi), "100");
        assert_eq!(format_fraction(1, 0, 1, Lang::Vi), "–");
        assert_eq!(format_score(31.25, Lang::En), "31.3");
        // 12.35 is stored as 12.3499999…; the fraction it came from (247/20) rounds up.
        assert_eq!(format_score(100.0 * 247.0 / 2000.0, Lang::En), "12.4");
        assert_eq!(format_score(0.1 + 0.2, Lang::En), "0.3");
        assert_eq!(format_score(100.0 / 3.0, Lang::En), "33.3");
        assert_eq!(format_score(200.0 / 3.0, Lang::En), "66.7");
        assert_eq!(format_score(std::f64::consts::PI, Lang::En), "3.1");
        assert_eq!(format_score(0.25, Lang::En), "0.3");
        assert_eq!(format_percent(1, 8, Lang::Vi), "12,5 %");
        assert_eq!(format_percent(1, 3, Lang::En), "33.3%");
        assert_eq!(format_percent(0, 0, Lang::En), "–");
        assert_eq!(format_decimal(2.5, 0, Lang::En), "3");
        assert_eq!(format_decimal(-2.5, 0, Lang::En), "-3");
        assert_eq!(format_decimal(1.0, 2, Lang::En), "1.00");
        assert_eq!(format_decimal(1e300, 1, Lang::En).len(), 301);
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
