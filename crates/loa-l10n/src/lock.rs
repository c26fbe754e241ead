//! The translation lock, `<campaign>/locales/l10n.lock`: for each target locale and each part of a
//! campaign message it translates (`id` for the value, `id.attr` for an attribute), the SHA-256
//! of the reference text the translation was made from (the same hash as XLIFF's
//! `loa-source-hash`: the pattern as Fluent source, so re-indenting does not change it).
//! `loa l10n lock` writes it, `loa l10n import` refreshes the units it imports; `check` warns
//! (W0152) when the reference text changed since. Parts without an entry are not stale (unknown).
//! Shared strings (`locales/` of the repository) are not covered.
//!
//! Format: a small, sorted subset of TOML, one table per locale:
//! ```toml
//! [en]
//! "headline" = "3f0c…"
//! "qa-who.question" = "9a1b…"
//! ```

use crate::xliff::{pattern_ftl, source_hash};
use crate::{Entry, LocaleSet};
use fluent_syntax::ast;
use loa_diag::FileId;
use std::collections::BTreeMap;
use std::ops::Range;

/// Where the lock lives, relative to the campaign folder.
pub const LOCK_PATH: &str = "locales/l10n.lock";

/// locale → unit (`id` or `id.attr`) → hash.
pub type Hashes = BTreeMap<String, BTreeMap<String, String>>;

/// The lock as read by `load`.
#[derive(Debug, Clone, Default)]
pub struct Lock {
    /// The file, when the campaign has one.
    pub file: Option<FileId>,
    pub hashes: Hashes,
}

/// A translation whose reference text changed since it was made.
#[derive(Debug, Clone)]
pub struct Stale {
    pub lang: String,
    pub id: String,
    pub attr: Option<String>,
    /// The translated part (`id` or `.attr`) in the locale's file.
    pub at: (FileId, Range<usize>),
    /// The same part in the reference.
    pub reference_at: (FileId, Range<usize>),
}

impl Stale {
    pub fn unit(&self) -> String {
        unit_id(&self.id, self.attr.as_deref())
    }
}

pub fn unit_id(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// The hash of each part of an entry: `(None, hash)` for the value, `(Some(attr), hash)` for each
/// attribute. Empty if the entry does not parse on its own.
pub fn part_hashes(entry: &Entry) -> Vec<(Option<String>, String)> {
    let src = format!("x{}", entry.body);
    let Ok(res) = fluent_syntax::parser::parse(src.as_str()) else { return Vec::new() };
    let Some(ast::Entry::Message(m)) = res.body.first() else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(v) = &m.value {
        out.push((None, source_hash(&pattern_ftl(v))));
    }
    for a in &m.attributes {
        out.push((Some(a.id.name.to_string()), source_hash(&pattern_ftl(&a.value))));
    }
    out
}

/// Every part a target locale translates itself (campaign messages, not marked untranslated):
/// (lang, reference entry, its translation, attribute, current reference hash).
fn translated_parts(set: &LocaleSet) -> Vec<(&str, &Entry, &Entry, Option<String>, String)> {
    let mut out = Vec::new();
    let Some(reference) = set.reference() else { return out };
    for lang in set.config.locales.iter().filter(|l| **l != set.config.reference) {
        let Some(locale) = set.get(lang) else { continue };
        for (id, r) in reference.entries.iter().filter(|(_, r)| !r.shared) {
            let Some(e) = locale.translated(id).filter(|e| !e.shared) else { continue };
            for (attr, hash) in part_hashes(r) {
                let has = match &attr {
                    None => e.has_value,
                    Some(a) => e.attribute(a).is_some(),
                };
                if has {
                    out.push((lang.as_str(), r, e, attr, hash));
                }
            }
        }
    }
    out
}

/// The hashes `loa l10n lock` records: every part each target locale translates, with the
/// reference text's current hash.
pub fn current(set: &LocaleSet) -> Hashes {
    let mut out = Hashes::new();
    for (lang, r, _, attr, hash) in translated_parts(set) {
        out.entry(lang.to_string()).or_default().insert(unit_id(&r.id, attr.as_deref()), hash);
    }
    out
}

/// The current hash of each part of the reference's campaign messages, by unit id.
pub fn reference_hashes(set: &LocaleSet) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(reference) = set.reference() {
        for r in reference.entries.values().filter(|r| !r.shared) {
            for (attr, hash) in part_hashes(r) {
                out.insert(unit_id(&r.id, attr.as_deref()), hash);
            }
        }
    }
    out
}

/// Translations whose recorded hash differs from the reference text's current hash.
pub fn stale(set: &LocaleSet) -> Vec<Stale> {
    let mut out = Vec::new();
    for (lang, r, e, attr, hash) in translated_parts(set) {
        let unit = unit_id(&r.id, attr.as_deref());
        let Some(recorded) = set.lock.hashes.get(lang).and_then(|m| m.get(&unit)) else { continue };
        if *recorded == hash {
            continue;
        }
        let place = |x: &Entry| match &attr {
            Some(a) => x.attribute(a).cloned().unwrap_or(x.id_span.clone()),
            None => x.id_span.clone(),
        };
        out.push(Stale { lang: lang.to_string(), id: r.id.clone(), attr: attr.clone(), at: (e.file, place(e)), reference_at: (r.file, place(r)) });
    }
    out
}

/// The lock file's text: sorted, one table per locale, no dates.
pub fn render(hashes: &Hashes) -> String {
    let mut s = String::from(
        "# Written by `loa l10n lock` (and `loa l10n import`): for each translation, the SHA-256 of the\n\
         # reference text it was made from. `loa check` warns when that text has changed since.\n\
         # Do not edit by hand: update the translation, then run `loa l10n lock <campaign>`.\n",
    );
    for (lang, units) in hashes.iter().filter(|(_, u)| !u.is_empty()) {
        s.push_str(&format!("\n[{}]\n", quote_key(lang)));
        for (unit, hash) in units {
            s.push_str(&format!("\"{}\" = \"{}\"\n", escape(unit), escape(hash)));
        }
    }
    s
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn quote_key(k: &str) -> String {
    if !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') { k.to_string() } else { format!("\"{}\"", escape(k)) }
}

/// Reads the lock's text; on a line it cannot read, the byte range and what is wrong.
pub fn parse(text: &str) -> Result<Hashes, (Range<usize>, String)> {
    let mut out = Hashes::new();
    let mut table: Option<String> = None;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let lead = line.len() - line.trim_start().len();
        let t = line.trim();
        let here = start + lead..start + line.len();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            let (key, rest) = key(inner.trim()).ok_or_else(|| (here.clone(), "a locale table must be `[lang]`".to_string()))?;
            if !rest.trim().is_empty() {
                return Err((here, "a locale table must be `[lang]`".into()));
            }
            out.entry(key.clone()).or_default();
            table = Some(key);
            continue;
        }
        let Some(lang) = &table else {
            return Err((here, "an entry before any `[lang]` table".into()));
        };
        let bad = || (here.clone(), "expected `\"message-id\" = \"hash\"`".to_string());
        let (unit, rest) = key(t).ok_or_else(bad)?;
        let rest = rest.trim_start().strip_prefix('=').ok_or_else(bad)?.trim_start();
        let (hash, rest) = string(rest).ok_or_else(bad)?;
        let rest = rest.trim_start();
        if !(rest.is_empty() || rest.starts_with('#')) {
            return Err(bad());
        }
        out.entry(lang.clone()).or_default().insert(unit, hash);
    }
    Ok(out)
}

/// A bare or quoted key, and what follows it.
fn key(s: &str) -> Option<(String, &str)> {
    if s.starts_with('"') {
        return string(s);
    }
    let n = s.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_' || *b == b'.').count();
    (n > 0).then(|| (s[..n].to_string(), &s[n..]))
}

/// A basic string `"…"` with `\\` and `\"` escapes, and what follows it.
fn string(s: &str) -> Option<(String, &str)> {
    let rest = s.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &rest[i + 1..])),
            '\\' => match chars.next() {
                Some((_, e @ ('"' | '\\'))) => out.push(e),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_and_parse_round_trip_sorted() {
        let mut h = Hashes::new();
        h.entry("en".into()).or_default().insert("qa-who.question".into(), "bb".into());
        h.entry("en".into()).or_default().insert("headline".into(), "aa".into());
        h.entry("bru".into()).or_default().insert("-brand".into(), "cc".into());
        let text = render(&h);
        assert!(text.find("[bru]").expect("bru") < text.find("[en]").expect("en"));
        assert!(text.find("\"headline\"").expect("h") < text.find("\"qa-who.question\"").expect("q"));
        assert_eq!(parse(&text).expect("parse"), h);
        assert_eq!(render(&parse(&text).expect("parse")), text);
    }

    #[test]
    fn parse_errors_are_located() {
        let text = "[en]\n\"a\" = \"x\"\nbroken line\n";
        let (r, _) = parse(text).expect_err("error");
        assert_eq!(&text[r], "broken line");
        let (r, _) = parse("\"a\" = \"x\"\n").expect_err("error");
        assert_eq!(r, 0..9);
    }

    #[test]
    fn part_hashes_follow_the_text_not_its_layout() {
        let entry = |text: &str| {
            let ast = fluent_syntax::parser::parse(text).expect("parse");
            let mut map = loa_diag::SourceMap::new();
            let file = map.add("t.ftl", "t.ftl", text.to_string());
            crate::scan::entries(text, &ast, &[], file, false).remove(0)
        };
        let a = part_hashes(&entry("m = Xin chào { $x }\n    .easy = Chào\n"));
        let b = part_hashes(&entry("m =\n        Xin chào { $x }\n    .easy =   Chào\n"));
        let c = part_hashes(&entry("m = Xin chào bà con { $x }\n    .easy = Chào\n"));
        assert_eq!(a.len(), 2);
        assert_eq!(a, b);
        assert_ne!(a[0], c[0]);
        assert_eq!(a[1], c[1]);
        assert_eq!(a[1].0.as_deref(), Some("easy"));
    }
}
