//! The campaign glossary, `<campaign>/glossary.csv` (RFC 4180 CSV, UTF-8, a header row): one row
//! per approved term and locale, with the variants not to use.
//!
//! ```csv
//! locale,term,forbidden,note
//! vi,tiếp cận thông tin,truy cập thông tin|tiep can thong tin,tên của Luật
//! ```
//!
//! Columns are found by their header (any order; other columns are ignored); `forbidden` lists
//! variants separated by `|`. `check_glossary` flags every use of a forbidden variant in the
//! locale's campaign messages: whole words, case-insensitive, NFC, diacritics significant
//! ("tiếp cận" ≠ "tiếp can"), a space in a variant matching any run of spaces or line breaks.

use crate::LocaleSet;
use loa_diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// Where the glossary lives, relative to the campaign folder.
pub const GLOSSARY_PATH: &str = "glossary.csv";

/// One row: an approved term and its forbidden variants in a locale.
#[derive(Debug, Clone)]
pub struct Term {
    pub locale: String,
    pub term: String,
    /// The term cell, in glossary.csv.
    pub term_span: Range<usize>,
    /// Forbidden variants (NFC, trimmed) and the cell they are in.
    pub forbidden: Vec<(String, Range<usize>)>,
}

/// The glossary as read by `load`.
#[derive(Debug, Clone)]
pub struct Glossary {
    pub file: FileId,
    pub terms: Vec<Term>,
}

/// A CSV field: its value and the byte range of the cell (quotes included).
type Field = (String, Range<usize>);

/// A CSV syntax error: where, what is wrong, and where the quoted field it is in starts.
pub type CsvError = (Range<usize>, String, Option<Range<usize>>);

/// Reads RFC 4180 CSV (CRLF or LF line ends). On the first syntax error: its place and what is wrong.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<Field>>, CsvError> {
    let b = text.as_bytes();
    let mut records = Vec::new();
    let mut record: Vec<Field> = Vec::new();
    let mut i = 0;
    if b.is_empty() {
        return Ok(records);
    }
    loop {
        let start = i;
        let mut value = String::new();
        if b.get(i) == Some(&b'"') {
            i += 1;
            loop {
                let rest = &text[i..];
                let Some(q) = rest.find('"') else {
                    return Err((start..start + 1, "this quoted field is never closed (a `\"` is missing)".into(), None));
                };
                value.push_str(&rest[..q]);
                i += q + 1;
                if b.get(i) == Some(&b'"') {
                    value.push('"');
                    i += 1;
                } else {
                    break;
                }
            }
            if !matches!(b.get(i), None | Some(b',' | b'\n' | b'\r')) {
                let c = text[i..].chars().next().map_or(1, char::len_utf8);
                let multiline = text[start..i].contains('\n');
                return Err((i..i + c, "text after the closing quote of a field".into(), multiline.then_some(start..start + 1)));
            }
        } else {
            let end = text[i..].find([',', '\n', '\r']).map_or(text.len(), |n| i + n);
            if let Some(q) = text[i..end].find('"') {
                return Err((i + q..i + q + 1, "a quote inside a field that does not start with a quote".into(), None));
            }
            value.push_str(&text[i..end]);
            i = end;
        }
        record.push((value, start..i));
        match b.get(i) {
            Some(b',') => i += 1,
            Some(b'\r') if b.get(i + 1) == Some(&b'\n') => {
                i += 2;
                records.push(std::mem::take(&mut record));
            }
            Some(b'\n' | b'\r') => {
                i += 1;
                records.push(std::mem::take(&mut record));
            }
            _ => {
                records.push(std::mem::take(&mut record));
                break;
            }
        }
        if i >= b.len() {
            break;
        }
    }
    Ok(records)
}

fn nfc(s: &str) -> String {
    s.trim().nfc().collect()
}

/// Reads the glossary's text (already in `map` as `file`): rows with their problems reported.
pub fn read(map: &SourceMap, file: FileId, locales: &[String], diags: &mut Diagnostics) -> Glossary {
    let text = map.get(file).text.as_str();
    let mut g = Glossary { file, terms: Vec::new() };
    let err = |span: Range<usize>, msg: String| Diagnostic::error("E0150", msg).at(file, span);
    let records = match parse_csv(text) {
        Ok(r) => r,
        Err((span, msg, opened)) => {
            let mut d = err(span, format!("glossary.csv: {msg}"));
            if let Some(o) = opened {
                d = d.related(file, o, "the quoted field starts here: is its closing quote missing?");
            }
            diags.push(d.hint("a field holding a comma, a quote or a line break is written in quotes, a quote inside it doubled: \"say \"\"hi\"\"\""));
            return g;
        }
    };
    let Some((header, rows)) = records.split_first() else { return g };
    let col = |name: &str| header.iter().position(|(h, _)| h.trim().eq_ignore_ascii_case(name));
    let (Some(c_locale), Some(c_term), Some(c_forbidden)) = (col("locale"), col("term"), col("forbidden")) else {
        let semicolons = header.len() == 1 && header[0].0.contains(';');
        let span = header.first().map(|(_, r)| r.start..header.last().map_or(r.end, |(_, l)| l.end)).unwrap_or(0..0);
        diags.push(err(span, "glossary.csv: the header row must name the columns `locale`, `term` and `forbidden`".into()).hint(if semicolons {
            "the file uses `;` between fields: save it as CSV with `,` as the field delimiter"
        } else {
            "first row: locale,term,forbidden,note (see docs/campaign-format.md)"
        }));
        return g;
    };
    for row in rows {
        let row_span = row.first().map_or(0..0, |(_, r)| r.start..row.last().map_or(r.end, |(_, l)| l.end));
        if row.iter().all(|(v, _)| v.trim().is_empty()) {
            continue; // empty rows, as spreadsheets write them
        }
        if row.len() != header.len() {
            diags.push(err(row_span, format!("glossary.csv: this row has {} fields, the header has {}", row.len(), header.len()))
                .hint("every row has as many fields as the header; quote a field that holds a comma"));
            continue;
        }
        let (locale, l_span) = &row[c_locale];
        let (term, t_span) = &row[c_term];
        let (forbidden, f_span) = &row[c_forbidden];
        let locale = locale.trim();
        if !locales.iter().any(|l| l == locale) {
            let msg = if locale.is_empty() { "glossary.csv: the locale is empty".to_string() } else { format!("glossary.csv: `{locale}` is not a locale of the campaign") };
            diags.push(err(l_span.clone(), msg).hint(format!("use one of: {}", locales.join(", "))));
            continue;
        }
        let term = nfc(term);
        if term.is_empty() {
            diags.push(err(t_span.clone(), "glossary.csv: the approved term is empty".into()).hint("write the approved term; list the variants not to use in `forbidden`, separated by `|`"));
            continue;
        }
        let mut variants = Vec::new();
        for v in forbidden.split('|').map(nfc).filter(|v| !v.is_empty()) {
            if v.to_lowercase() == term.to_lowercase() {
                diags.push(err(f_span.clone(), format!("glossary.csv: `{v}` is both the approved term and forbidden")).hint("remove it from `forbidden`"));
                continue;
            }
            variants.push((v, f_span.clone()));
        }
        g.terms.push(Term { locale: locale.to_string(), term, term_span: t_span.clone(), forbidden: variants });
    }
    g
}

/// Byte ranges in `text` (within `within`) where `needle` occurs as whole words: lower-case
/// comparison char by char, a space in the needle matching any run of white space.
pub fn find_words(text: &str, within: Range<usize>, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let word = |c: char| c.is_alphanumeric() || c == '_' || is_mark(c);
    let hay = &text[within.clone()];
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in hay.char_indices() {
        let boundary = prev.is_none_or(|p| !word(p) && p != '$');
        prev = Some(c);
        if !boundary || needle.is_empty() {
            continue;
        }
        if let Some(end) = match_at(hay, i, &needle)
            && hay[end..].chars().next().is_none_or(|n| !word(n))
        {
            out.push(within.start + i..within.start + end);
        }
    }
    out
}

/// Combining marks count as part of a word (text that is not NFC).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff)
}

/// End of `needle` matched at `start` in `hay`, if it matches.
fn match_at(hay: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut it = hay[start..].char_indices().peekable();
    let mut k = 0;
    while k < needle.len() {
        if needle[k].is_whitespace() {
            let mut any = false;
            while it.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                it.next();
                any = true;
            }
            if !any {
                return None;
            }
            while needle.get(k).is_some_and(|c| c.is_whitespace()) {
                k += 1;
            }
            continue;
        }
        let (_, c) = it.next()?;
        for l in c.to_lowercase() {
            if needle.get(k) != Some(&l) {
                return None;
            }
            k += 1;
        }
    }
    Some(start + it.peek().map_or(hay.len() - start, |(j, _)| *j))
}

/// Flags every forbidden variant used in the campaign messages of the glossary's locales (W0151).
pub fn check_glossary(set: &LocaleSet, map: &SourceMap, diags: &mut Diagnostics) {
    let Some(g) = &set.glossary else { return };
    for t in &g.terms {
        let Some(locale) = set.get(&t.locale) else { continue };
        for e in locale.entries.values().chain(&locale.duplicates).filter(|e| !e.shared && !e.untranslated) {
            let text = map.get(e.file).text.as_str();
            let body = e.id_span.end..e.range.end.min(text.len());
            if body.start > body.end {
                continue;
            }
            let approved = find_words(text, body.clone(), &t.term);
            for (v, cell) in &t.forbidden {
                for r in find_words(text, body.clone(), v) {
                    let inside_term = approved.iter().any(|a| a.start <= r.start && r.end <= a.end);
                    let in_attr_name = e.attributes.iter().any(|(_, a)| a.start < r.end && r.start < a.end);
                    if inside_term || in_attr_name {
                        continue;
                    }
                    let found = text[r.clone()].split_whitespace().collect::<Vec<_>>().join(" ");
                    diags.push(
                        Diagnostic::warning("W0151", format!("“{found}” in `{}` is not the approved {} term: the glossary says “{}”", e.id, t.locale, t.term))
                            .at(e.file, r)
                            .related(g.file, cell.clone(), "forbidden in the glossary here")
                            .hint(format!("write “{}” instead", t.term)),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_quotes_and_line_ends() {
        let text = "locale,term,forbidden\r\nvi,\"a, b\",\"say \"\"hi\"\"\"\nen,x,\"two\nlines\"\n";
        let r = parse_csv(text).expect("csv");
        assert_eq!(r.len(), 3);
        assert_eq!(r[1][1].0, "a, b");
        assert_eq!(&text[r[1][1].1.clone()], "\"a, b\"");
        assert_eq!(r[1][2].0, "say \"hi\"");
        assert_eq!(r[2][2].0, "two\nlines");
        assert_eq!(parse_csv("a,b").expect("csv"), vec![vec![("a".to_string(), 0..1), ("b".to_string(), 2..3)]]);
        assert_eq!(parse_csv("a,\n").expect("csv")[0].len(), 2);
    }

    #[test]
    fn csv_errors_are_located() {
        let text = "locale,term\nvi,\"open\n";
        assert_eq!(parse_csv(text).expect_err("unclosed").0, 15..16);
        let text = "locale,term\nvi,\"x\"y\n";
        assert_eq!(&text[parse_csv(text).expect_err("after").0], "y");
        let text = "locale,term\nvi,a\"b\n";
        assert_eq!(parse_csv(text).expect_err("stray").0, 16..17);
    }

    #[test]
    fn words_are_whole_case_insensitive_and_keep_diacritics() {
        let t = "Quyền Tiếp can thông tin; tiếp cận; tiếp canh; { $tiep-can }";
        let found: Vec<&str> = find_words(t, 0..t.len(), "tiếp can").into_iter().map(|r| &t[r]).collect();
        assert_eq!(found, vec!["Tiếp can"]);
        let t = "truy cập\n    thông tin";
        assert_eq!(find_words(t, 0..t.len(), "truy cập thông tin"), vec![0..t.len()]);
        let t = "{ $tiep } tiep";
        assert_eq!(find_words(t, 0..t.len(), "tiep"), vec![10..14]);
        assert!(find_words("TIẾP CẬN", 0..12, "tiếp can").is_empty());
        assert_eq!(find_words("TIẾP CẬN", 0.."TIẾP CẬN".len(), "tiếp cận").len(), 1);
    }

    #[test]
    fn rows_are_checked_against_the_campaign() {
        let mut map = SourceMap::new();
        let text = "locale,term,forbidden,note\nvi,tiếp cận thông tin,truy cập thông tin|Tiếp cận thông tin,\nxx,a,b,\n,,,\nen,,b,\nen,access,a|b\n";
        let file = map.add("glossary.csv", "glossary.csv", text.to_string());
        let mut diags = Diagnostics::new();
        let g = read(&map, file, &["vi".into(), "en".into()], &mut diags);
        assert_eq!(g.terms.len(), 1);
        assert_eq!(g.terms[0].forbidden.len(), 1);
        let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, vec!["E0150"; 4], "both-approved-and-forbidden, unknown locale, empty term, short row");
    }
}
