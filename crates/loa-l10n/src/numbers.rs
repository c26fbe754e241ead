//! Number and date formatting per locale: English ("en", "en-*") uses English conventions,
//! every other locale (vi, bru, scb, km, …) the Vietnamese ones.

/// Digit grouping and decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// "1.234.567,5"
    Vietnamese,
    /// "1,234,567.5"
    English,
}

impl NumberStyle {
    /// (thousands separator, decimal mark)
    fn marks(self) -> (char, char) {
        match self {
            NumberStyle::Vietnamese => ('.', ','),
            NumberStyle::English => (',', '.'),
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "en", "en-GB", "en_US" (any case) are English.
fn is_english(lang: &str) -> bool {
    let b = lang.trim().as_bytes();
    b.len() >= 2
        && b[..2].eq_ignore_ascii_case(b"en")
        && (b.len() == 2 || matches!(b[2], b'-' | b'_'))
}

/// The number style of a locale.
pub fn number_style(lang: &str) -> NumberStyle {
    if is_english(lang) {
        NumberStyle::English
    } else {
        NumberStyle::Vietnamese
    }
}

/// ASCII digits with a separator every three from the right.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() * 4 / 3 + 1);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// 1234567 → "1.234.567" (Vietnamese) / "1,234,567" (English); -1234 → "-1.234".
pub fn format_integer(n: i64, style: NumberStyle) -> String {
    let sign = if n < 0 { "-" } else { "" };
    format!(
        "{sign}{}",
        group(&n.unsigned_abs().to_string(), style.marks().0)
    )
}

/// 1234.5 → "1.234,5" / "1,234.5". At most 6 fraction digits (rounded), trailing zeros and a
/// bare decimal mark dropped; NaN and infinities are "NaN", "∞", "-∞".
pub fn format_decimal(x: f64, style: NumberStyle) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "∞" } else { "-∞" }.into();
    }
    let (sep, mark) = style.marks();
    let fixed = format!("{:.6}", x.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let zero = frac.is_empty() && int.bytes().all(|b| b == b'0');
    let mut out = String::new();
    if x < 0.0 && !zero {
        out.push('-');
    }
    out.push_str(&group(int, sep));
    if !frac.is_empty() {
        out.push(mark);
        out.push_str(frac);
    }
    out
}

fn is_leap(year: i32) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

/// Whether the (proleptic Gregorian) date exists.
fn valid_date(year: i32, month: u8, day: u8) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

fn english_date(year: i32, month: u8, day: u8) -> Option<String> {
    let name = MONTHS_EN.get(usize::from(month.checked_sub(1)?))?;
    Some(format!("{day} {name} {year}"))
}

/// Long date: "ngày 1 tháng 7 năm 2018" (every non-English locale) / "1 July 2018" (English).
/// `None` if the date does not exist.
pub fn format_date(year: i32, month: u8, day: u8, lang: &str) -> Option<String> {
    if !valid_date(year, month, day) {
        return None;
    }
    if is_english(lang) {
        english_date(year, month, day)
    } else {
        Some(format!("ngày {day} tháng {month} năm {year}"))
    }
}

/// Short date: "01/07/2018" (every non-English locale) / "1 July 2018" (English).
/// `None` if the date does not exist.
pub fn format_date_short(year: i32, month: u8, day: u8, lang: &str) -> Option<String> {
    if !valid_date(year, month, day) {
        return None;
    }
    if is_english(lang) {
        english_date(year, month, day)
    } else {
        Some(format!("{day:02}/{month:02}/{year}"))
    }
}

#[cfg(test)]
mod tests {
    use super::NumberStyle::{English, Vietnamese};
    use super::*;

    #[test]
    fn styles_by_locale() {
        for en in ["en", "en-GB", "en-US", "EN", "en_US"] {
            assert_eq!(number_style(en), English, "{en}");
        }
        for vi in ["vi", "bru", "scb", "km", "eng", "fr-en", ""] {
            assert_eq!(number_style(vi), Vietnamese, "{vi}");
        }
    }

    #[test]
    fn integers() {
        assert_eq!(format_integer(1_234_567, Vietnamese), "1.234.567");
        assert_eq!(format_integer(1_234_567, English), "1,234,567");
        assert_eq!(format_integer(-1234, Vietnamese), "-1.234");
        assert_eq!(format_integer(-1234, English), "-1,234");
        assert_eq!(format_integer(999, Vietnamese), "999");
        assert_eq!(format_integer(0, Vietnamese), "0");
        assert_eq!(format_integer(1000, Vietnamese), "1.000");
        assert_eq!(format_integer(999_999, English), "999,999");
        assert_eq!(format_integer(-999_999, Vietnamese), "-999.999");
        assert_eq!(
            format_integer(i64::MIN, Vietnamese),
            "-9.223.372.036.854.775.808"
        );
        assert_eq!(
            format_integer(i64::MAX, English),
            "9,223,372,036,854,775,807"
        );
    }

    #[test]
    fn decimals() {
        assert_eq!(format_decimal(1234.5, Vietnamese), "1.234,5");
        assert_eq!(format_decimal(1234.5, English), "1,234.5");
        assert_eq!(format_decimal(1_000_000.0, Vietnamese), "1.000.000");
        assert_eq!(format_decimal(0.0, English), "0");
        assert_eq!(format_decimal(-0.0, English), "0");
        assert_eq!(format_decimal(-1234.25, Vietnamese), "-1.234,25");
        assert_eq!(format_decimal(0.1 + 0.2, English), "0.3");
        assert_eq!(format_decimal(1.0 / 3.0, Vietnamese), "0,333333");
        assert_eq!(format_decimal(2.0000004, English), "2");
        assert_eq!(format_decimal(-0.0000001, English), "0");
        assert_eq!(format_decimal(999_999.5, English), "999,999.5");
        assert_eq!(format_decimal(f64::NAN, Vietnamese), "NaN");
        assert_eq!(format_decimal(f64::INFINITY, Vietnamese), "∞");
        assert_eq!(format_decimal(f64::NEG_INFINITY, English), "-∞");
        let big = format_decimal(f64::MAX, English);
        assert!(
            big.starts_with("179,769,313") && !big.contains('.'),
            "{big}"
        );
    }

    #[test]
    fn long_dates() {
        assert_eq!(
            format_date(2018, 7, 1, "vi").as_deref(),
            Some("ngày 1 tháng 7 năm 2018")
        );
        assert_eq!(
            format_date(2018, 7, 1, "bru").as_deref(),
            Some("ngày 1 tháng 7 năm 2018")
        );
        assert_eq!(
            format_date(2018, 7, 1, "en").as_deref(),
            Some("1 July 2018")
        );
        assert_eq!(
            format_date(2018, 12, 31, "en-GB").as_deref(),
            Some("31 December 2018")
        );
        assert_eq!(
            format_date(2024, 2, 29, "vi").as_deref(),
            Some("ngày 29 tháng 2 năm 2024")
        );
        assert_eq!(format_date(2026, 2, 29, "vi"), None);
        assert_eq!(format_date(1900, 2, 29, "en"), None);
        assert_eq!(
            format_date(2000, 2, 29, "en").as_deref(),
            Some("29 February 2000")
        );
        assert_eq!(format_date(2018, 13, 1, "vi"), None);
        assert_eq!(format_date(2018, 0, 1, "en"), None);
        assert_eq!(format_date(2018, 7, 0, "vi"), None);
        assert_eq!(format_date(2018, 4, 31, "vi"), None);
        assert_eq!(format_date(2018, 1, 32, "en"), None);
    }

    #[test]
    fn short_dates() {
        assert_eq!(
            format_date_short(2018, 7, 1, "vi").as_deref(),
            Some("01/07/2018")
        );
        assert_eq!(
            format_date_short(2018, 7, 1, "scb").as_deref(),
            Some("01/07/2018")
        );
        assert_eq!(
            format_date_short(2018, 7, 1, "en").as_deref(),
            Some("1 July 2018")
        );
        assert_eq!(
            format_date_short(2024, 2, 29, "km").as_deref(),
            Some("29/02/2024")
        );
        assert_eq!(format_date_short(2026, 2, 29, "vi"), None);
        assert_eq!(format_date_short(2026, 13, 1, "en"), None);
        assert_eq!(format_date_short(2026, 1, 0, "vi"), None);
    }
}
