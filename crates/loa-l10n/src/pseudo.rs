//! Pseudo-locales: the reference text, transformed, so that a designer sees every product's worst
//! case before any translation exists. They are built on request (`--locale qps-stress`), never
//! checked as translations, and never part of a campaign's own locales.
//!
//! - `qps-accent`: every plain Latin letter gets a mark (a → å, c → ç …), vowels are doubled and
//!   each run of text is bracketed, about 40 % longer: cut-off ends and lost marks are easy to see.
//! - `qps-stress`: Vietnamese at its tallest and longest: every vowel carries two stacked marks
//!   (a → ặ, e → ệ, o → ỗ, A → Ẫ …) and two words in five are said twice, about 40 % longer. It
//!   tests line height, mark collisions and every box's room.
//!
//! Only the text of messages is transformed; variables, numbers and dates stay as they are, as in
//! a real translation.

use crate::{Locale, LocaleSet};
use fluent_bundle::FluentResource;
use loa_diag::SourceMap;
use std::borrow::Cow;

/// The pseudo-locales Loa knows. `qps` is in the private-use range of language codes.
pub const PSEUDO_LOCALES: [&str; 2] = ["qps-accent", "qps-stress"];

/// Whether `lang` names one of Loa's pseudo-locales.
pub fn is_pseudo(lang: &str) -> bool {
    PSEUDO_LOCALES.contains(&lang)
}

/// The transform of a pseudo-locale, applied to every run of text of every message.
pub fn transform(lang: &str) -> Option<fn(&str) -> Cow<'_, str>> {
    match lang {
        "qps-accent" => Some(accent),
        "qps-stress" => Some(stress),
        _ => None,
    }
}

/// `qps-accent`: marks on plain letters, doubled vowels, `[…]` around the run.
pub fn accent(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let (lead, body, trail) = split_space(text);
    out.push_str(lead);
    out.push('[');
    for c in body.chars() {
        let marked = accented(c);
        out.push(marked);
        if "aeiouyAEIOUY".contains(c) {
            out.push(marked);
        }
    }
    out.push(']');
    out.push_str(trail);
    Cow::Owned(out)
}

fn accented(c: char) -> char {
    const FROM: &str = "abcdefghiklmnoprstuwyzABCDEFGHIKLNOPRSTUWYZ";
    const TO: &str = "åƀçđëƒĝĥîķĺɱñöþŕšţûŵýžÅƁÇĐËƑĜĤÎĶĹÑÖÞŔŠŢÛŴÝŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

/// `qps-stress`: every vowel with two stacked marks, and two words in five said twice.
pub fn stress(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 3);
    let mut word_index = 0usize;
    // Words are runs between spaces; the spaces and line breaks themselves are kept.
    for piece in text.split_inclusive([' ', '\n']) {
        let word = piece.trim_end_matches([' ', '\n']);
        let gap = &piece[word.len()..];
        // The word said twice keeps its punctuation after the second time: "quan, " → "quan quan, ".
        let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let stressed: String = core.chars().map(stacked).collect();
        out.push_str(&stressed);
        if core.chars().any(char::is_alphabetic) {
            if word_index % 5 == 1 || word_index % 5 == 3 {
                out.push(' ');
                out.push_str(&stressed.to_lowercase());
            }
            word_index += 1;
        }
        out.push_str(&word[core.len()..]);
        out.push_str(gap);
    }
    Cow::Owned(out)
}

/// The vowel with two stacked marks (precomposed, so the text stays NFC); other letters as they are.
fn stacked(c: char) -> char {
    // Base vowel, with or without its own Vietnamese marks, → the form with the most marks.
    const TABLE: [(&str, char); 24] = [
        ("aàáảãạ", 'ặ'),
        ("ăằắẳẵặ", 'ẵ'),
        ("âầấẩẫậ", 'ẫ'),
        ("eèéẻẽẹ", 'ệ'),
        ("êềếểễệ", 'ễ'),
        ("iìíỉĩị", 'ĩ'),
        ("oòóỏõọ", 'ỗ'),
        ("ôồốổỗộ", 'ỗ'),
        ("ơờớởỡợ", 'ỡ'),
        ("uùúủũụ", 'ữ'),
        ("ưừứửữự", 'ự'),
        ("yỳýỷỹỵ", 'ỹ'),
        ("AÀÁẢÃẠ", 'Ẫ'),
        ("ĂẰẮẲẴẶ", 'Ẵ'),
        ("ÂẦẤẨẪẬ", 'Ậ'),
        ("EÈÉẺẼẸ", 'Ễ'),
        ("ÊỀẾỂỄỆ", 'Ệ'),
        ("IÌÍỈĨỊ", 'Ĩ'),
        ("OÒÓỎÕỌ", 'Ỗ'),
        ("ÔỒỐỔỖỘ", 'Ộ'),
        ("ƠỜỚỞỠỢ", 'Ỡ'),
        ("UÙÚỦŨỤ", 'Ữ'),
        ("ƯỪỨỬỮỰ", 'Ự'),
        ("YỲÝỶỸỴ", 'Ỹ'),
    ];
    TABLE.iter().find(|(from, _)| from.contains(c)).map_or(c, |&(_, to)| to)
}

fn split_space(text: &str) -> (&str, &str, &str) {
    let body_start = text.len() - text.trim_start().len();
    let body_end = text.trim_end().len();
    (&text[..body_start], &text[body_start..body_end], &text[body_end..])
}

impl LocaleSet {
    /// Adds pseudo-locale `lang`, made from the reference locale's files. It falls back on nothing:
    /// every message of the reference is there, transformed.
    pub fn add_pseudo(&mut self, map: &SourceMap, lang: &str) -> Result<(), String> {
        let transform = transform(lang).ok_or_else(|| format!("`{lang}` is not a pseudo-locale of Loa ({})", PSEUDO_LOCALES.join(", ")))?;
        let reference = self.reference().ok_or_else(|| "the reference locale could not be loaded".to_string())?;
        let mut locale = crate::load::new_locale(lang, &reference.lang);
        locale.files = reference.files.clone();
        locale.entries = reference.entries.clone();
        locale.has_folder = reference.has_folder;
        locale.broken = reference.broken;
        locale.pseudo = true;
        locale.bundle.set_transform(Some(transform));
        for f in &reference.files {
            let nfc = crate::hygiene::to_nfc(&map.get(f.file).text);
            let resource = FluentResource::try_new(nfc).unwrap_or_else(|(r, _)| r);
            let _ = locale.bundle.add_resource(resource);
        }
        self.locales.insert(lang.to_string(), locale);
        if !self.config.locales.iter().any(|l| l == lang) {
            self.config.locales.push(lang.to_string());
        }
        Ok(())
    }
}

impl Locale {
    /// Whether this is a pseudo-locale (never checked as a translation).
    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn stress_stacks_two_marks_and_is_about_40_percent_longer() {
        let src = "Người dân có quyền yêu cầu cung cấp thông tin, kể cả qua mạng điện tử.";
        let out = stress(src);
        assert!(out.starts_with("Ngựỡĩ dẫn dẫn cỗ qữỹễn qữỹễn"), "{out}");
        // NFC: every vowel is one precomposed character.
        assert_eq!(out.nfc().collect::<String>(), out);
        let ratio = out.chars().count() as f64 / src.chars().count() as f64;
        assert!((1.3..1.6).contains(&ratio), "ratio {ratio}: {out}");
        // Punctuation, digits and spacing survive.
        assert!(stress("Gọi 0232 000 000.").contains("0232 000 000."));
        assert_eq!(stress("tại cơ quan, qua mạng."), "tặĩ cỡ cỡ qữặn, qữặ qữặ mặng.");
        assert_eq!(stress("  "), "  ");
    }

    #[test]
    fn accent_marks_brackets_and_lengthens() {
        let out = accent("Free information ");
        assert_eq!(out, "[Ƒŕëëëë îîñƒööŕɱååţîîööñ] ");
        let src = "You have the right to ask for information held by the commune.";
        let ratio = accent(src).chars().count() as f64 / src.chars().count() as f64;
        assert!((1.3..1.6).contains(&ratio), "ratio {ratio}");
    }
}
