//! How long a text takes to read aloud, estimated before anything is recorded, so that `loa check`
//! can warn about a bulletin or a subtitle that will run long. The build measures the real
//! recordings; these figures only warn early.
//!
//! Vietnamese and Bru–Vân Kiều are written syllable by syllable, so each space-separated word is
//! one syllable, read at [`SYLLABLES_PER_SECOND`]. Other languages count words at
//! [`WORDS_PER_MINUTE`]. Each digit is read as one syllable or word ("0232" → "không hai ba
//! hai"). Commas and sentence ends add the short pauses an announcer makes.

/// A calm announcer's pace for commune loudspeakers, in syllables per second (240 a minute).
/// An estimate: no published figure for Vietnamese radio reading speed was found.
pub const SYLLABLES_PER_SECOND: f64 = 4.0;

/// English read aloud, in words per minute (the BBC's subtitle guidance gives 160–180 wpm for
/// speech; the lower end suits a public-service bulletin).
pub const WORDS_PER_MINUTE: f64 = 160.0;

/// Pause after a comma, colon or semicolon, in seconds.
const SHORT_PAUSE: f64 = 0.25;
/// Pause after a sentence or a line.
const LONG_PAUSE: f64 = 0.5;

/// Locales written one syllable per word.
fn syllabic(lang: &str) -> bool {
    let base = lang.split('-').next().unwrap_or(lang);
    // Pseudo-locales are made from the Vietnamese reference.
    matches!(base, "vi" | "bru" | "qps")
}

/// The estimated time, in seconds, to read `text` aloud in `lang`.
pub fn estimated_seconds(text: &str, lang: &str) -> f64 {
    let units_per_second = if syllabic(lang) { SYLLABLES_PER_SECOND } else { WORDS_PER_MINUTE / 60.0 };
    let mut units = 0usize;
    for word in text.split_whitespace() {
        let digits = word.chars().filter(char::is_ascii_digit).count();
        let letters = word.chars().any(char::is_alphabetic);
        units += digits + usize::from(letters);
    }
    let mut pauses = 0.0;
    let mut chars = text.trim_end().chars().peekable();
    while let Some(c) = chars.next() {
        // A mark followed by a space or a line: "1.234" and "a.b" are not pauses.
        let ends_word = chars.peek().is_none_or(|n| n.is_whitespace());
        match c {
            ',' | ';' | ':' if ends_word => pauses += SHORT_PAUSE,
            '.' | '!' | '?' if ends_word => pauses += LONG_PAUSE,
            '\n' => pauses += LONG_PAUSE,
            _ => {}
        }
    }
    units as f64 / units_per_second + pauses
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_counts_syllables_and_pauses() {
        // 13 syllables at 4 per second, one comma, one full stop.
        let t = estimated_seconds("Bạn có quyền yêu cầu, cơ quan nhà nước phải trả lời bạn.", "vi");
        assert!((t - (13.0 / 4.0 + 0.25 + 0.5)).abs() < 1e-9, "{t}");
        // Digits are read one by one; a dot inside a number is no pause.
        let t = estimated_seconds("Gọi 0232.000", "vi");
        assert!((t - 8.0 / 4.0).abs() < 1e-9, "{t}");
        assert_eq!(estimated_seconds("", "vi"), 0.0);
    }

    #[test]
    fn english_counts_words() {
        let t = estimated_seconds("You have the right to know", "en");
        assert!((t - 6.0 / (160.0 / 60.0)).abs() < 1e-9, "{t}");
        // Bru is syllabic like Vietnamese, and a longer text takes longer.
        assert!(estimated_seconds("Ntốq cỗp sarưn", "bru") < estimated_seconds("Ntốq cỗp sarưn ntốq cỗp", "bru"));
    }
}
