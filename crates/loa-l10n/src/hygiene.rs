//! Hygiene checks for translator text: runs that are not NFC, Vietnamese typed in the legacy
//! TCVN3 or VNI encodings and pasted as Windows-1252 (mojibake), and stray invisible characters.
//! Every issue carries the exact byte range it covers in the input.

use std::ops::Range;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What is wrong with a stretch of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// The range changes under NFC (e.g. a decomposed "ệ").
    NotNfc,
    /// Legacy-encoded Vietnamese read as Windows-1252. `suggestion` is the NFC decoding of the
    /// whole range (adjacent affected words separated only by whitespace share one issue).
    Mojibake {
        legacy: Legacy,
        suggestion: Option<String>,
    },
    /// A stray zero-width or bidi control character; `name` is its Unicode name.
    Invisible { ch: char, name: &'static str },
}

/// The legacy 8-bit Vietnamese encoding the mojibake came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Legacy {
    /// TCVN 5712:1993 "ABC" (TCVN3), fonts such as .VnTime.
    Tcvn3,
    /// VNI-Windows, fonts such as VNI-Times.
    Vni,
}

/// One problem found by [`scan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextIssue {
    pub kind: IssueKind,
    /// Byte range in the scanned text.
    pub range: Range<usize>,
}

/// All issues in `text`, sorted by `range.start`.
pub fn scan(text: &str) -> Vec<TextIssue> {
    let mut issues = not_nfc(text);
    let moji = mojibake(text);
    for (i, c) in text.char_indices() {
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r');
        let Some(name) = INVISIBLES.iter().find(|(ch, _)| *ch == c).map(|&(_, n)| n).or(control.then_some("CONTROL CHARACTER")) else {
            continue;
        };
        let inside_moji = moji.iter().any(|m| m.range.contains(&i));
        if (c == '\u{AD}' && inside_moji) || (c == '\u{200D}' && joins_emoji(text, i)) {
            continue;
        }
        issues.push(TextIssue {
            kind: IssueKind::Invisible { ch: c, name },
            range: i..i + c.len_utf8(),
        });
    }
    issues.extend(moji);
    issues.sort_by_key(|t| (t.range.start, t.range.end));
    issues
}

/// `text` in Unicode Normalization Form C.
pub fn to_nfc(text: &str) -> String {
    text.nfc().collect()
}

// ---------------------------------------------------------------------------------------------
// NFC

/// Maximal runs that change under NFC. The text is cut before every starter; a segment is
/// joined to the previous run when composition crosses the boundary (e.g. Hangul jamo).
fn not_nfc(text: &str) -> Vec<TextIssue> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Vec::new();
    }
    let mut segs: Vec<Range<usize>> = Vec::new();
    for (i, c) in text.char_indices() {
        match segs.last_mut() {
            Some(last) if canonical_combining_class(c) != 0 => last.end = i + c.len_utf8(),
            _ => segs.push(i..i + c.len_utf8()),
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(first) = segs.get(k) {
        let (start, mut end) = (first.start, first.end);
        k += 1;
        while let Some(next) = segs.get(k) {
            let next_text = &text[next.clone()];
            // Only segments holding an NFC_QC=Maybe character can compose with what precedes.
            if is_nfc_quick(next_text.chars()) == IsNormalized::Yes
                || text[start..next.end]
                    .nfc()
                    .eq(text[start..end].nfc().chain(next_text.nfc()))
            {
                break;
            }
            end = next.end;
            k += 1;
        }
        let run = &text[start..end];
        if !run.nfc().eq(run.chars()) {
            out.push(TextIssue {
                kind: IssueKind::NotNfc,
                range: start..end,
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Invisible characters

const INVISIBLES: [(char, &str); 17] = [
    ('\u{00AD}', "SOFT HYPHEN"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
];

/// A ZWJ between two emoji (e.g. a family emoji) is part of the emoji, not stray.
fn joins_emoji(text: &str, i: usize) -> bool {
    let emoji =
        |c: char| matches!(c, '\u{2600}'..='\u{27BF}' | '\u{FE0F}' | '\u{1F000}'..='\u{1FAFF}');
    let before = text[..i].chars().next_back().is_some_and(emoji);
    let after = text[i..].chars().nth(1).is_some_and(emoji);
    before && after
}

// ---------------------------------------------------------------------------------------------
// Vietnamese letters

/// Vietnamese vowels. Each row: the base, then its grave, hook, tilde, acute and dot-below
/// forms; a tone is its index in the row (0 = none).
const VOWELS: [&str; 12] = [
    "aàảãáạ",
    "ăằẳẵắặ",
    "âầẩẫấậ",
    "eèẻẽéẹ",
    "êềểễếệ",
    "iìỉĩíị",
    "oòỏõóọ",
    "ôồổỗốộ",
    "ơờởỡớợ",
    "uùủũúụ",
    "ưừửữứự",
    "yỳỷỹýỵ",
];
const A: usize = 0;
const A_BREVE: usize = 1;
const A_CIRC: usize = 2;
const E: usize = 3;
const E_CIRC: usize = 4;
const O: usize = 6;
const O_CIRC: usize = 7;
const O_HORN: usize = 8;
const U_HORN: usize = 10;
/// Rows of the plain ASCII vowels a e i o u y.
const ASCII_VOWEL_ROWS: [(char, usize); 6] =
    [('a', 0), ('e', 3), ('i', 5), ('o', 6), ('u', 9), ('y', 11)];
const ACUTE: usize = 4;
const DOT: usize = 5;

/// (row, tone) of a lower-case Vietnamese vowel.
fn vowel_info(c: char) -> Option<(usize, usize)> {
    VOWELS
        .iter()
        .enumerate()
        .find_map(|(row, s)| s.chars().position(|v| v == c).map(|tone| (row, tone)))
}

fn vowel(row: usize, tone: usize, upper: bool) -> Option<char> {
    let c = VOWELS.get(row)?.chars().nth(tone)?;
    Some(if upper { upper1(c) } else { c })
}

fn upper1(c: char) -> char {
    c.to_uppercase().next().unwrap_or(c)
}

fn lower1(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Latin-1 letters that are themselves Vietnamese letters.
const VIET_LATIN1: &str = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

// ---------------------------------------------------------------------------------------------
// Legacy code tables

/// TCVN3 byte of each vowel in [`VOWELS`] (same rows and tones; 0 = plain ASCII, not a high
/// byte). TCVN3 has no toned capitals: capitals are drawn by the upper-case fonts from the
/// same lower-case codes.
const TCVN3_VOWELS: [[u8; 6]; 12] = [
    [0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9],    // a
    [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6], // ă
    [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB], // â
    [0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1],    // e
    [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6], // ê
    [0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE],    // i
    [0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4],    // o
    [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9], // ô
    [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE], // ơ
    [0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4],    // u
    [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9], // ư
    [0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],    // y
];
/// TCVN3 bytes of đ and the untoned capitals.
const TCVN3_OTHER: [(u8, char); 8] = [
    (0xAE, 'đ'),
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
];

/// The Vietnamese letter a TCVN3 byte (seen as its Windows-1252/Latin-1 character) stands for.
fn tcvn3_char(c: char) -> Option<char> {
    let b = u8::try_from(u32::from(c)).ok().filter(|b| *b >= 0xA0)?;
    if let Some(&(_, v)) = TCVN3_OTHER.iter().find(|(k, _)| *k == b) {
        return Some(v);
    }
    let (row, tone) = TCVN3_VOWELS
        .iter()
        .enumerate()
        .find_map(|(row, codes)| codes.iter().position(|k| *k == b).map(|tone| (row, tone)))?;
    vowel(row, tone, false)
}

// VNI-Windows writes a base ASCII letter followed by mark bytes; the arrays are indexed by
// tone. Upper-case letters use the Latin-1 upper case of each mark byte.
/// Tone marks after a vowel (index 0 unused).
const VNI_TONE: [char; 6] = ['\0', 'ø', 'û', 'õ', 'ù', 'ï'];
/// Circumflex, alone and with each tone, after a / e / o.
const VNI_CIRC: [char; 6] = ['â', 'à', 'å', 'ã', 'á', 'ä'];
/// Breve, alone and with each tone, after a.
const VNI_BREVE: [char; 6] = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
/// ơ and ư are single bytes; a tone byte may follow.
const VNI_HORN_O: char = 'ô';
const VNI_HORN_U: char = 'ö';
/// Single-byte VNI letters.
const VNI_SINGLE: [(char, char); 7] = [
    ('ì', 'ì'),
    ('æ', 'ỉ'),
    ('ó', 'ĩ'),
    ('í', 'í'),
    ('ò', 'ị'),
    ('î', 'ỵ'),
    ('ñ', 'đ'),
];

fn vni_byte(c: char) -> bool {
    let l = lower1(c);
    c != '\0'
        && (VNI_TONE.contains(&l)
            || VNI_CIRC.contains(&l)
            || VNI_BREVE.contains(&l)
            || l == VNI_HORN_O
            || l == VNI_HORN_U
            || VNI_SINGLE.iter().any(|(k, _)| *k == l))
}

fn decode_tcvn3(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len() * 2);
    for c in word.chars() {
        out.push(if c.is_ascii() { c } else { tcvn3_char(c)? });
    }
    // An all-capitals word (".VnTimeH" style) has lower-case codes for its toned letters.
    let mut letters = word.chars().filter(char::is_ascii_alphabetic);
    if letters.clone().count() >= 2 && letters.all(|c| c.is_ascii_uppercase()) {
        out = out.to_uppercase();
    }
    Some(out)
}

fn decode_vni(word: &str) -> Option<String> {
    let index = |arr: &[char], m: char| arr.iter().skip(1).position(|k| *k == m).map(|p| p + 1);
    let cs: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while let Some(&c) = cs.get(i) {
        i += 1;
        let lc = lower1(c);
        let horn = [(VNI_HORN_O, O_HORN), (VNI_HORN_U, U_HORN)]
            .into_iter()
            .find(|(k, _)| *k == lc);
        let ascii_vowel = ASCII_VOWEL_ROWS
            .iter()
            .find(|(v, _)| *v == lc)
            .map(|(_, row)| *row);
        let Some(mut row) = horn.map(|(_, row)| row).or(ascii_vowel) else {
            if c.is_ascii() {
                out.push(c);
            } else {
                let &(_, v) = VNI_SINGLE.iter().find(|(k, _)| *k == lc)?;
                out.push(if c.is_uppercase() { upper1(v) } else { v });
            }
            continue;
        };
        let mut tone = 0;
        if let Some(m) = cs.get(i).map(|&m| lower1(m)) {
            let circ = || VNI_CIRC.iter().position(|k| *k == m);
            let modified = match row {
                A => circ()
                    .map(|t| (A_CIRC, t))
                    .or_else(|| VNI_BREVE.iter().position(|k| *k == m).map(|t| (A_BREVE, t))),
                E => circ().map(|t| (E_CIRC, t)),
                O => circ().map(|t| (O_CIRC, t)),
                _ => None,
            };
            if let Some((r, t)) = modified {
                (row, tone) = (r, t);
                i += 1;
            }
        }
        if tone == 0
            && let Some(t) = cs.get(i).and_then(|&m| index(&VNI_TONE, lower1(m)))
        {
            tone = t;
            i += 1;
        }
        out.push(vowel(row, tone, c.is_uppercase())?);
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllable shape

const ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const CODAS: [&str; 8] = ["c", "ch", "m", "n", "ng", "nh", "p", "t"];
/// Vowel clusters (untoned): which vowels may carry the tone (bit i = vowel i) and whether a
/// final consonant is forbidden (0), optional (1) or required (2).
#[rustfmt::skip]
const RIMES: [(&str, u8, u8); 54] = [
    ("a", 1, 1), ("ă", 1, 2), ("â", 1, 2), ("e", 1, 1), ("ê", 1, 1), ("i", 1, 1),
    ("o", 1, 1), ("ô", 1, 1), ("ơ", 1, 1), ("u", 1, 1), ("ư", 1, 1), ("y", 1, 1),
    ("ai", 1, 0), ("ao", 1, 0), ("au", 1, 0), ("ay", 1, 0), ("âu", 1, 0), ("ây", 1, 0),
    ("eo", 1, 0), ("êu", 1, 0), ("ia", 1, 0), ("iu", 1, 0), ("oi", 1, 0), ("ôi", 1, 0),
    ("ơi", 1, 0), ("ui", 1, 0), ("ưi", 1, 0), ("ưu", 1, 0), ("ưa", 1, 0), ("ua", 1, 0),
    ("oa", 3, 1), ("oă", 2, 2), ("oe", 3, 1), ("uâ", 2, 2), ("uê", 2, 1), ("uơ", 2, 0),
    ("uy", 3, 1), ("iê", 2, 2), ("yê", 2, 2), ("uô", 2, 2), ("ươ", 2, 2), ("oo", 2, 2),
    ("iêu", 2, 0), ("yêu", 2, 0), ("oai", 2, 0), ("oay", 2, 0), ("oeo", 2, 0), ("uây", 2, 0),
    ("uôi", 2, 0), ("ươi", 2, 0), ("ươu", 2, 0), ("uya", 2, 0), ("uyu", 2, 0), ("uyê", 4, 2),
];

/// Whether `s` is one well-formed Vietnamese syllable (casing: lower, Capitalised or UPPER).
fn valid_syllable(s: &str) -> bool {
    let rest_lower = s.chars().skip(1).all(|c| !c.is_uppercase());
    if !rest_lower && s.chars().any(char::is_lowercase) {
        return false;
    }
    let (mut bases, mut tone, mut tone_at) = (Vec::new(), 0, 0);
    for c in s.chars().map(lower1) {
        if let Some((row, t)) = vowel_info(c) {
            if t > 0 {
                if tone > 0 {
                    return false;
                }
                (tone, tone_at) = (t, bases.len());
            }
            bases.push(VOWELS[row].chars().next().unwrap_or(c));
        } else if "bcdđghklmnpqrstvx".contains(c) {
            bases.push(c);
        } else {
            return false;
        }
    }
    ONSETS.iter().chain(&[""]).any(|onset| {
        let on: Vec<char> = onset.chars().collect();
        bases.starts_with(&on)
            && valid_rime(
                onset,
                &bases[on.len()..],
                tone,
                tone_at.checked_sub(on.len()),
            )
    })
}

fn valid_rime(onset: &str, rime: &[char], tone: usize, tone_at: Option<usize>) -> bool {
    let is_vowel = |c: &char| VOWELS.iter().any(|row| row.starts_with(*c));
    let nv = rime.iter().take_while(|c| is_vowel(c)).count();
    let cluster: String = rime[..nv].iter().collect();
    let coda: String = rime[nv..].iter().collect();
    let Some(&(_, tone_mask, coda_rule)) = RIMES.iter().find(|(v, _, _)| *v == cluster) else {
        return false;
    };
    let first = rime.first().copied().unwrap_or('a');
    let front = "eêiy".contains(first);
    let spelling_ok = match onset {
        "c" => !front,
        "gh" | "ngh" => front && first != 'y',
        "ng" => !front,
        "g" => !"eê".contains(first),
        _ => true,
    };
    let coda_ok = match (coda.as_str(), coda_rule) {
        ("", rule) => rule != 2,
        (_, 0) => false,
        (c, _) => {
            CODAS.contains(&c)
                && (!matches!(c, "ch" | "nh")
                    || ["a", "ê", "i", "y", "oa", "uê", "uy"].contains(&cluster.as_str()))
                && (cluster != "oo" || matches!(c, "ng" | "c"))
        }
    };
    let stop = matches!(coda.as_str(), "c" | "ch" | "p" | "t");
    let tone_ok = match tone {
        _ if cluster == "oo" && tone != 0 && tone != ACUTE => false,
        0 => !stop,
        t => {
            tone_at.is_some_and(|p| p < 8 && tone_mask & (1 << p) != 0)
                && (!stop || t == ACUTE || t == DOT)
        }
    };
    spelling_ok && coda_ok && tone_ok
}

// ---------------------------------------------------------------------------------------------
// Mojibake

/// A run of ASCII letters and legacy-code characters: one candidate syllable, or (never
/// flagged) a word of real Unicode text that separates its neighbours.
struct Word {
    range: Range<usize>,
    /// Holds a character impossible in Vietnamese/English words (e.g. ¸ ® Ë Þ, or a capital
    /// after a small letter).
    strong: bool,
    /// Reads as well-formed Vietnamese as it is, or is too short to judge: flagged only next
    /// to a flagged word.
    as_is: bool,
    /// Valid Vietnamese decodings (identical to the input for some real-looking words).
    tcvn3: Option<String>,
    vni: Option<String>,
}

impl Word {
    fn decoded(&self, legacy: Legacy) -> Option<&String> {
        match legacy {
            Legacy::Tcvn3 => self.tcvn3.as_ref(),
            Legacy::Vni => self.vni.as_ref(),
        }
    }
}

fn words(text: &str) -> Vec<Word> {
    let part = |c: char| {
        c.is_ascii_alphabetic() || (!c.is_ascii() && (tcvn3_char(c).is_some() || vni_byte(c)))
    };
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !part(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = chars.peek().filter(|(_, c)| part(*c)) {
            end = i + c.len_utf8();
            chars.next();
        }
        let w = &text[start..end];
        let latin1 = |c: char| ('\u{80}'..='\u{FF}').contains(&c);
        // Legacy text never has letters beyond Latin-1: such a token is real Unicode text.
        let token = text[..start]
            .rsplit(char::is_whitespace)
            .next()
            .into_iter()
            .chain(text[end..].split(char::is_whitespace).next());
        let unicode = token
            .flat_map(str::chars)
            .any(|c| c > '\u{FF}' && c.is_alphabetic());
        // "µm", "µg": units, not TCVN3 "à…".
        let unit = w.starts_with('µ')
            && w.len() <= 4
            && w.chars().skip(1).all(|c| c.is_ascii_alphabetic());
        let has_ascii = w.chars().any(|c| c.is_ascii_alphabetic());
        // Long enough to be judged on its own; a single letter ("ë" = "ở") only next to a flagged word.
        let alone = has_ascii || w.chars().nth(1).is_some();
        let candidate = !unit
            && !unicode
            && w.chars().any(latin1)
            && (alone || w.chars().all(char::is_alphabetic));
        if !candidate && !unicode {
            continue; // plain ASCII words do not separate neighbours
        }
        let (mut strong, mut as_is, mut tcvn3, mut vni) = (false, true, None, None);
        if candidate {
            let mut prev = ' ';
            strong = alone
                && w.chars().any(|c| {
                    let odd = (latin1(c) && !VIET_LATIN1.contains(c))
                        || (!c.is_ascii() && c.is_uppercase() && prev.is_lowercase());
                    prev = c;
                    odd
                });
            // Without an ASCII letter ("®Ó" = "để") only an impossible character counts.
            as_is = !alone || valid_syllable(w) || (!has_ascii && !strong);
            let check = |d: Option<String>| d.filter(|d| valid_syllable(d));
            tcvn3 = check(decode_tcvn3(w));
            vni = check(decode_vni(w));
        }
        out.push(Word {
            range: start..end,
            strong,
            as_is,
            tcvn3,
            vni,
        });
    }
    out
}

/// Mojibake issues. A word is flagged when it decodes to valid Vietnamese and either holds an
/// impossible character (strong), or is malformed Vietnamese as it stands and the text has a
/// strong word of the same encoding, or sits in a run of real-looking words between flagged ones.
fn mojibake(text: &str) -> Vec<TextIssue> {
    let words = words(text);
    let (mut votes_tcvn3, mut votes_vni) = (0, 0);
    for w in words.iter().filter(|w| w.strong && !w.as_is) {
        match (w.tcvn3.is_some(), w.vni.is_some()) {
            (true, false) => votes_tcvn3 += 1,
            (false, true) => votes_vni += 1,
            _ => {}
        }
    }
    let order = if votes_vni > votes_tcvn3 {
        [Legacy::Vni, Legacy::Tcvn3]
    } else {
        [Legacy::Tcvn3, Legacy::Vni]
    };
    let mut flag: Vec<Option<Legacy>> = words
        .iter()
        .map(|w| {
            if w.strong && !w.as_is {
                order.into_iter().find(|l| w.decoded(*l).is_some())
            } else {
                None
            }
        })
        .collect();
    let seen = order.map(|l| flag.contains(&Some(l)));
    for (k, w) in words.iter().enumerate() {
        if !w.strong && !w.as_is {
            flag[k] = order
                .into_iter()
                .zip(seen)
                .find(|(l, seen)| *seen && w.decoded(*l).is_some())
                .map(|(l, _)| l);
        }
    }
    // Real-looking words ("Trò" = VNI "Trị") only between flagged words: a run of them on one
    // line, all decodable, whose ends are each a flagged word or a line edge, at least one flagged.
    let n = words.len();
    let eligible = |k: usize, l: Legacy| words[k].as_is && words[k].decoded(l).is_some();
    let same_line =
        |a: usize, b: usize| !text[words[a].range.end..words[b].range.start].contains('\n');
    for l in order {
        let mut k = 0;
        while k < n {
            if flag[k].is_some() || !eligible(k, l) {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            while j < n && flag[j].is_none() && eligible(j, l) && same_line(j - 1, j) {
                j += 1;
            }
            let ends = [
                (k > 0 && same_line(k - 1, k)).then(|| flag[k - 1]),
                (j < n && same_line(j - 1, j)).then(|| flag[j]),
            ];
            if ends.iter().all(|e| e.is_none_or(|f| f == Some(l))) && ends.contains(&Some(Some(l)))
            {
                flag[k..j].fill(Some(l));
            }
            k = j;
        }
    }

    let mut out: Vec<TextIssue> = Vec::new();
    for (w, l) in words.iter().zip(flag) {
        let Some(decoded) = l
            .and_then(|l| w.decoded(l))
            .filter(|d| **d != text[w.range.clone()])
        else {
            continue;
        };
        let Some(l) = l else { continue };
        if let Some(TextIssue {
            kind:
                IssueKind::Mojibake {
                    legacy,
                    suggestion: Some(s),
                },
            range,
        }) = out.last_mut()
            && *legacy == l
            && text[range.end..w.range.start]
                .chars()
                .all(char::is_whitespace)
        {
            s.push_str(&text[range.end..w.range.start]);
            s.push_str(decoded);
            range.end = w.range.end;
            continue;
        }
        out.push(TextIssue {
            kind: IssueKind::Mojibake {
                legacy: l,
                suggestion: Some(decoded.clone()),
            },
            range: w.range.clone(),
        });
    }
    for issue in &mut out {
        if let IssueKind::Mojibake {
            suggestion: Some(s),
            ..
        } = &mut issue.kind
        {
            *s = to_nfc(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moji(text: &str) -> Vec<(Legacy, String, String)> {
        scan(text)
            .into_iter()
            .filter_map(|t| match t.kind {
                IssueKind::Mojibake { legacy, suggestion } => Some((
                    legacy,
                    text[t.range].to_string(),
                    suggestion.unwrap_or_default(),
                )),
                _ => None,
            })
            .collect()
    }

    /// Replaces every mojibake range with its suggestion.
    fn fix(text: &str) -> String {
        let mut out = text.to_string();
        for t in scan(text).into_iter().rev() {
            if let IssueKind::Mojibake {
                suggestion: Some(s),
                ..
            } = t.kind
            {
                out.replace_range(t.range, &s);
            }
        }
        out
    }

    /// Unicode → TCVN3 bytes → Windows-1252 text. Toned capitals take the lower-case code, as
    /// with the upper-case .VnTimeH fonts.
    fn enc_tcvn3(s: &str) -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii() {
                    return c;
                }
                if let Some(&(b, _)) = TCVN3_OTHER.iter().find(|(_, v)| *v == c) {
                    return char::from(b);
                }
                let (row, tone) = vowel_info(lower1(c)).expect("Vietnamese letter");
                let b = TCVN3_VOWELS[row][tone];
                if b == 0 { c } else { char::from(b) }
            })
            .collect()
    }

    /// What a TCVN3 round trip can give back: toned capitals come back small.
    fn tcvn3_expected(s: &str) -> String {
        s.chars()
            .map(|c| {
                if vowel_info(lower1(c)).is_some_and(|(_, t)| t > 0) {
                    lower1(c)
                } else {
                    c
                }
            })
            .collect()
    }

    /// Unicode → VNI-Windows bytes → Windows-1252 text.
    fn enc_vni(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            let up = c.is_uppercase();
            let case = |m: char| if up { upper1(m) } else { m };
            match (c, vowel_info(lower1(c))) {
                ('đ' | 'Đ', _) => out.push(case('ñ')),
                (_, Some((5, t))) if t > 0 => out.push(case(
                    VNI_SINGLE
                        .iter()
                        .find(|(_, v)| vowel_info(*v) == Some((5, t)))
                        .expect("i")
                        .0,
                )),
                (_, Some((11, DOT))) => out.push(case('î')),
                (_, Some((row, tone))) => {
                    let base = VOWELS[row].chars().next().expect("row");
                    out.push(case(match base {
                        'ă' | 'â' => 'a',
                        'ê' => 'e',
                        'ô' => 'o',
                        'ơ' => VNI_HORN_O,
                        'ư' => VNI_HORN_U,
                        b => b,
                    }));
                    match row {
                        A_CIRC | E_CIRC | O_CIRC => out.push(case(VNI_CIRC[tone])),
                        A_BREVE => out.push(case(VNI_BREVE[tone])),
                        _ if tone > 0 => out.push(case(VNI_TONE[tone])),
                        _ => {}
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    const PHRASES: [&str; 6] = [
        "Luật Tiếp cận thông tin",
        "Ủy ban nhân dân xã",
        "Quảng Trị",
        "người khuyết tật",
        "miễn phí",
        "Đồng Hới",
    ];

    #[test]
    fn decomposed_letter_is_not_nfc_with_exact_range() {
        let text = "Vie\u{323}\u{302}t Nam";
        assert_eq!(
            scan(text),
            vec![TextIssue {
                kind: IssueKind::NotNfc,
                range: 2..7
            }]
        );
        assert_eq!(to_nfc(text), "Việt Nam");
    }

    #[test]
    fn marks_in_non_canonical_order_are_reported() {
        let text = "ca\u{301} le\u{302}\u{323}";
        let got: Vec<_> = scan(text).into_iter().map(|t| t.range).collect();
        assert_eq!(got, vec![1..4, 6..11]);
        assert_eq!(to_nfc(text), "cá lệ");
    }

    #[test]
    fn bru_o_breve_acute_is_already_nfc() {
        let text = "Cŏ\u{301} ŏ\u{301}t, Ŏ\u{301}";
        assert!(scan(text).is_empty(), "{:?}", scan(text));
        assert_eq!(to_nfc(text), text);
        // Fully decomposed ŏ́ is not NFC.
        let decomposed = "Co\u{306}\u{301}";
        assert_eq!(
            scan(decomposed),
            vec![TextIssue {
                kind: IssueKind::NotNfc,
                range: 1..6
            }]
        );
        assert_eq!(to_nfc(decomposed), "Cŏ\u{301}");
    }

    #[test]
    fn hangul_jamo_run_is_one_issue() {
        let text = "x\u{1100}\u{1161}\u{11A8}y";
        assert_eq!(
            scan(text),
            vec![TextIssue {
                kind: IssueKind::NotNfc,
                range: 1..10
            }]
        );
    }

    #[test]
    fn every_invisible_character_is_reported_with_its_name() {
        for (ch, name) in INVISIBLES {
            let text = format!("ab{ch}cd");
            let issues = scan(&text);
            assert_eq!(
                issues,
                vec![TextIssue {
                    kind: IssueKind::Invisible { ch, name },
                    range: 2..2 + ch.len_utf8()
                }]
            );
        }
        assert!(matches!(
            scan("a\u{200B}b")[0].kind,
            IssueKind::Invisible {
                name: "ZERO WIDTH SPACE",
                ..
            }
        ));
    }

    #[test]
    fn zwj_inside_emoji_is_not_stray() {
        assert!(scan("👨\u{200D}👩\u{200D}👧").is_empty());
        assert_eq!(scan("a\u{200D}b").len(), 1);
    }

    #[test]
    fn soft_hyphen_inside_mojibake_is_not_reported_separately() {
        let text = "ng\u{AD}êi khuyÕt tËt";
        let issues = scan(text);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(matches!(
            issues[0].kind,
            IssueKind::Mojibake {
                legacy: Legacy::Tcvn3,
                ..
            }
        ));
        assert_eq!(fix(text), "người khuyết tật");
        let plain = scan("hyphen\u{AD}ation");
        assert_eq!(
            plain,
            vec![TextIssue {
                kind: IssueKind::Invisible {
                    ch: '\u{AD}',
                    name: "SOFT HYPHEN"
                },
                range: 6..8
            }]
        );
    }

    #[test]
    fn known_tcvn3_strings() {
        let text = "LuËt TiÕp cËn th«ng tin";
        assert_eq!(
            scan(text),
            vec![TextIssue {
                kind: IssueKind::Mojibake {
                    legacy: Legacy::Tcvn3,
                    suggestion: Some("Luật Tiếp cận thông".into())
                },
                range: 0..text.find(" tin").unwrap_or(0),
            }]
        );
        assert_eq!(fix(text), "Luật Tiếp cận thông tin");
        assert_eq!(fix("Quy ®Þnh"), "Quy định");
        assert_eq!(fix("B¶o Th¾ng, B¸t X¸t"), "Bảo Thắng, Bát Xát");
        assert_eq!(fix("LUËT"), "LUẬT");
        // Words without any ASCII letter: "®Ó" = "để", "®·" = "đã".
        assert_eq!(fix("®Ó ®· LuËt"), "để đã Luật");
        // A lone letter only in context: "ë" = "ở"; symbols stay.
        assert_eq!(fix("ë Qu¶ng TrÞ © ®"), "ở Quảng Trị © ®");
        assert!(scan("ë").is_empty());
    }

    #[test]
    fn known_vni_strings() {
        let text = "Luaät Tieáp caän thoâng tin";
        let m = moji(text);
        assert_eq!(
            m,
            vec![(
                Legacy::Vni,
                "Luaät Tieáp caän thoâng".into(),
                "Luật Tiếp cận thông".into()
            )]
        );
        assert_eq!(fix("Xin chaøo caùc baïn"), "Xin chào các bạn");
        assert_eq!(
            fix("ngöôøi nöôùc ngoaøi, Hôùi, ÖÙNG"),
            "người nước ngoài, Hới, ỨNG"
        );
    }

    #[test]
    fn tcvn3_phrases_round_trip() {
        for p in PHRASES {
            let enc = enc_tcvn3(p);
            assert_ne!(enc, p);
            let m = moji(&enc);
            assert!(
                !m.is_empty() && m.iter().all(|(l, _, _)| *l == Legacy::Tcvn3),
                "{enc}: {m:?}"
            );
            assert_eq!(fix(&enc), tcvn3_expected(p), "{enc}");
        }
        assert_eq!(fix(&enc_tcvn3("Ủy ban nhân dân xã")), "ủy ban nhân dân xã");
    }

    #[test]
    fn vni_phrases_round_trip() {
        for p in PHRASES.iter().filter(|p| **p != "miễn phí") {
            let enc = enc_vni(p);
            let m = moji(&enc);
            assert!(
                !m.is_empty() && m.iter().all(|(l, _, _)| *l == Legacy::Vni),
                "{enc}: {m:?}"
            );
            assert_eq!(fix(&enc), *p, "{enc}");
        }
        assert_eq!(enc_vni("Ủy ban"), "UÛy ban");
        assert_eq!(enc_vni("người"), "ngöôøi");
        // "mieãn phí" alone has no impossible character: too weak to flag on its own...
        assert!(moji("mieãn phí").is_empty());
        // ...but flagged once the text shows VNI elsewhere.
        let all = enc_vni(&PHRASES.join(", "));
        assert_eq!(fix(&all), PHRASES.join(", "));
    }

    #[test]
    fn mojibake_does_not_spread_into_unicode_text() {
        let text = "Theo LuËt TiÕp cËn th«ng tin thì công dân có quyền";
        assert_eq!(
            fix(text),
            "Theo Luật Tiếp cận thông tin thì công dân có quyền"
        );
        let ftl = "title = LuËt TiÕp cËn\nintro = Tôi là";
        assert_eq!(fix(ftl), "title = Luật Tiếp cận\nintro = Tôi là");
        // Between two flagged words, or a flagged word and the line end, real-looking words are fixed.
        assert_eq!(
            fix("ng\u{AD}êi sinh sèng ë khu vùc"),
            "người sinh sống ở khu vực"
        );
        assert_eq!(fix("Quaûng Trò\nTrò"), "Quảng Trị\nTrò");
    }

    #[test]
    fn longer_texts_round_trip() {
        let s = "Theo quy định của Luật Tiếp cận thông tin, mọi công dân đều có quyền được tiếp cận \
                 thông tin một cách bình đẳng. Ủy ban nhân dân tỉnh Quảng Trị tổ chức buổi họp tại \
                 thành phố Đông Hà và Đồng Hới để phổ biến quyền của người khuyết tật, hoàn toàn miễn phí.";
        assert_eq!(fix(&enc_vni(s)), s);
        assert_eq!(fix(&enc_tcvn3(s)), tcvn3_expected(s));
        assert!(
            moji(&enc_tcvn3(s))
                .iter()
                .all(|(l, _, _)| *l == Legacy::Tcvn3)
        );
    }

    #[test]
    fn all_vietnamese_letters_give_no_false_positive() {
        let lower: Vec<char> = VOWELS
            .iter()
            .flat_map(|row| row.chars())
            .chain(['đ'])
            .collect();
        let mut text = String::new();
        for v in lower {
            for onset in ["", "b", "c", "ng", "th", "qu", "tr", "đ"] {
                for coda in ["", "n", "t", "ng", "nh", "i"] {
                    let word = format!("{onset}{v}{coda}");
                    let mut cap = word.chars();
                    let capitalised: String =
                        cap.next().map(upper1).into_iter().chain(cap).collect();
                    text.push_str(&format!("{word} {capitalised} {} ", word.to_uppercase()));
                }
            }
        }
        let mut seen: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 134);
        assert!(scan(&text).is_empty(), "{:?}", moji(&text));
    }

    #[test]
    fn real_vietnamese_text_gives_no_issue() {
        let text = "Tôi là người dân tộc Bru – Vân Kiều ở huyện Hướng Hóa, tỉnh Quảng Trị. Hoà bình, \
                    thuỷ lợi, thủy lợi, khoẻ mạnh, quý khách, gì, giữ gìn, khuya, khuỷu tay, rượu, xoong nồi, \
                    quần soóc, oà khóc, ý kiến, yêu thương, Nguyễn Văn A, ĐÀ NẴNG, Bà Rịa – Vũng Tàu, \
                    Thừa Thiên Huế. Cô ấy có, và bà nói: «Tôi đến rồi!» “Xin chào” ‘vâng’ … • — ©";
        assert!(scan(text).is_empty(), "{:?}", scan(text));
    }

    #[test]
    fn other_languages_and_symbols_give_no_issue() {
        let text = "naïve café résumé Noël Zoë Müller Björk Ångström jalapeño señor façade crème brûlée \
                    déjà vu über Citroën Gödel Søren Æsop coöperate piñata São Paulo Curaçao ÉCOLE été né \
                    © 2024 Loa© Microsoft® «quoted» 1.234.567 1,234.5 https://example.com/path?q=ä&x=1 \
                    50°C ½ ±5 5µm 10×20 ¿Qué? ¡Hola! Straße nº 3 1ª — “x” ‘y’ … •";
        assert!(scan(text).is_empty(), "{:?}", scan(text));
        let bru = "Cŏ\u{301} ŏ\u{301}t ŏ Ŏ pŏ\u{301}q, Bru – Vân Kiều";
        assert!(scan(bru).is_empty());
    }

    #[test]
    fn issues_are_sorted_and_ranges_are_exact() {
        let text = "\u{FEFF}Quy ®Þnh e\u{301}\u{200B}";
        let issues = scan(text);
        let starts: Vec<usize> = issues.iter().map(|t| t.range.start).collect();
        assert_eq!(starts, vec![0, 7, 14, 17]);
        assert_eq!(
            issues[0].kind,
            IssueKind::Invisible {
                ch: '\u{FEFF}',
                name: "ZERO WIDTH NO-BREAK SPACE"
            }
        );
        assert_eq!(&text[issues[1].range.clone()], "®Þnh");
        assert_eq!(
            issues[2],
            TextIssue {
                kind: IssueKind::NotNfc,
                range: 14..17
            }
        );
        assert!(matches!(
            issues[3].kind,
            IssueKind::Invisible { ch: '\u{200B}', .. }
        ));
    }

    #[test]
    fn syllable_shape() {
        for ok in [
            "luật", "Tiếp", "NGHIÊNG", "quyết", "gìn", "giữa", "khuỷu", "người", "rượu", "hoặc",
            "xoong",
        ] {
            assert!(valid_syllable(ok), "{ok}");
        }
        for bad in [
            "TiÕp", "céng", "tèt", "xaõ", "tâ", "ngê", "thoõng", "naïve", "Hụựi", "hoàc",
        ] {
            assert!(!valid_syllable(bad), "{bad}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            " ",
            "\u{301}",
            "\u{301}a",
            "\0ä\0",
            "a\0",
            "ÿÿÿ",
            "aäöüaâêô",
            "Ñ",
            "\u{AD}",
            "🙂\u{200D}",
        ] {
            let _ = scan(s);
            let _ = to_nfc(s);
        }
        assert_eq!(scan("\u{301}"), Vec::new());
    }
}
