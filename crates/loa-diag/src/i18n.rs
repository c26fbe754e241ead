//! Loa's own interface in Vietnamese and English: the words of the command line (messages,
//! reports, `--help`) and of the diagnostics, from Fluent catalogs built into the binary
//! (`crates/loa-diag/i18n/<lang>/interface.ftl` and `diagnostics.ftl`).
//!
//! - [`text`] formats a message of the interface; a message the language lacks is taken from
//!   English.
//! - Diagnostics keep their English text in the code, where they are made. [`translate`] finds,
//!   for each text of a diagnostic (message, notes, hints, related labels), the entry of the
//!   English catalog whose pattern it is — an entry named after the code (`E0014`,
//!   `E0014-itself`, …), else a shared one (`any-…`) — reads the variables' values from the
//!   English text, and formats the same entry of the language's catalog with them. A text no
//!   English entry matches stays in English, so a new or reworded diagnostic is shown, in English,
//!   until its entry is written (the tests list the codes without one).
//!
//! English patterns are plain text and `{ $variable }` placeables (no selectors, no two variables
//! side by side), so that reading values back is unambiguous.

use crate::Diagnostic;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::sync::OnceLock;

/// A language of Loa's interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Vi,
}

impl Lang {
    /// Every language of the interface, English (the fallback) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Vi];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    /// The language a `--lang` value names: `vi` or `en` (a region or encoding may follow:
    /// `vi-VN`, `vi_VN.UTF-8`). `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let base = tag.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match base.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a POSIX locale value (`LANG=vi_VN.UTF-8`): Vietnamese for `vi…`,
    /// English for everything else (`C`, `POSIX`, `fr_FR.UTF-8` …).
    pub fn from_locale(value: &str) -> Lang {
        Lang::from_tag(value).unwrap_or(Lang::En)
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty (POSIX precedence), through [`Lang::from_locale`]; English when none is.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| get(name))
            .find(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::from_locale(&v))
    }

    fn tag(self) -> unic_langid::LanguageIdentifier {
        unic_langid::LanguageIdentifier::from_bytes(self.as_str().as_bytes()).unwrap_or_default()
    }
}

/// The catalogs, as (language, file name, text).
pub const CATALOGS: [(Lang, &str, &str); 4] = [
    (Lang::En, "interface.ftl", include_str!("../i18n/en/interface.ftl")),
    (Lang::En, "diagnostics.ftl", include_str!("../i18n/en/diagnostics.ftl")),
    (Lang::Vi, "interface.ftl", include_str!("../i18n/vi/interface.ftl")),
    (Lang::Vi, "diagnostics.ftl", include_str!("../i18n/vi/diagnostics.ftl")),
];

/// A value for a variable of a message: text or a number (numbers choose English plurals).
#[derive(Debug, Clone)]
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg(FluentValue::from(s.to_string()))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg(FluentValue::from(s.clone()))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, i64, f64);

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize].get_or_init(|| {
        let mut b = FluentBundle::new_concurrent(vec![lang.tag()]);
        // Terminal output: no U+2068/U+2069 around placeables.
        b.set_use_isolating(false);
        for (l, _, text) in CATALOGS {
            if l == lang {
                // Syntax errors and duplicates in the built-in catalogs are caught by the tests;
                // whatever parsed is used.
                let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
                b.add_resource_overriding(res);
            }
        }
        b
    })
}

fn format(lang: Lang, id: &str, args: &FluentArgs) -> Option<String> {
    let b = bundle(lang);
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| s.into_owned())
}

/// Whether the catalogs of `lang` have the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The message `id` of the interface in `lang`, with its variables; in English when `lang` lacks
/// it or cannot format it (a variable missing), and the id itself if English lacks it too.
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(k.to_string(), v.0.clone());
    }
    format(lang, id, &fa).or_else(|| format(Lang::En, id, &fa)).unwrap_or_else(|| id.to_string())
}

/// One piece of an English diagnostic pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Text(String),
    Var(String),
}

/// The English diagnostic patterns, in file order: (entry id, pieces).
fn patterns() -> &'static [(String, Vec<Seg>)] {
    static PATTERNS: OnceLock<Vec<(String, Vec<Seg>)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let text = CATALOGS.iter().find(|(l, f, _)| *l == Lang::En && *f == "diagnostics.ftl").map_or("", |c| c.2);
        let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(res, _)| res);
        res.body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some((m.id.name.to_string(), segments(m.value.as_ref()?)?)),
                _ => None,
            })
            .collect()
    })
}

/// The pieces of a pattern, or `None` when it is not plain text and variables.
fn segments(p: &ast::Pattern<&str>) -> Option<Vec<Seg>> {
    let mut out: Vec<Seg> = Vec::new();
    let push_text = |out: &mut Vec<Seg>, s: &str| match out.last_mut() {
        Some(Seg::Text(t)) => t.push_str(s),
        _ => out.push(Seg::Text(s.to_string())),
    };
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(&mut out, value),
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(e) } => match e {
                ast::InlineExpression::VariableReference { id } => {
                    if matches!(out.last(), Some(Seg::Var(_))) {
                        return None;
                    }
                    out.push(Seg::Var(id.name.to_string()));
                }
                ast::InlineExpression::StringLiteral { value } => push_text(&mut out, &value.replace("\\\"", "\"").replace("\\\\", "\\")),
                _ => return None,
            },
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// Reads the variables' values from `text` if it is an instance of `segs`. Shorter values are
/// tried first; a variable used twice must have the same value both times.
fn read_back<'t>(segs: &[Seg], text: &'t str, out: &mut Vec<(String, &'t str)>) -> bool {
    let Some((first, rest)) = segs.split_first() else { return text.is_empty() };
    match first {
        Seg::Text(t) => text.strip_prefix(t.as_str()).is_some_and(|after| read_back(rest, after, out)),
        Seg::Var(name) => {
            let candidates: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Seg::Text(t)) => text.match_indices(t.as_str()).map(|(i, _)| i).collect(),
                Some(Seg::Var(_)) => return false,
            };
            for end in candidates.into_iter().filter(|&e| e > 0) {
                let value = &text[..end];
                if out.iter().any(|(n, v)| n == name && *v != value) {
                    continue;
                }
                let before = out.len();
                out.push((name.clone(), value));
                if read_back(rest, &text[end..], out) {
                    return true;
                }
                out.truncate(before);
            }
            false
        }
    }
}

/// The entry of the English catalog that `text` (a text of a diagnostic with `code`) is an
/// instance of, with the values of its variables.
fn find<'t>(code: &str, text: &'t str) -> Option<(&'static str, Vec<(String, &'t str)>)> {
    let own = |id: &str| id == code || id.strip_prefix(code).is_some_and(|r| r.starts_with('-'));
    let list = patterns();
    let ordered = list.iter().filter(|(id, _)| own(id)).chain(list.iter().filter(|(id, _)| id.starts_with("any-")));
    for (id, segs) in ordered {
        let mut vars = Vec::new();
        if read_back(segs, text, &mut vars) {
            return Some((id.as_str(), vars));
        }
    }
    None
}

/// The id of the English catalog entry that `text` (a text of a diagnostic with `code`) is an
/// instance of, if any.
pub fn english_entry(code: &str, text: &str) -> Option<&'static str> {
    find(code, text).map(|(id, _)| id)
}

/// `text`, a text of a diagnostic with `code`, in `lang`; unchanged when no entry matches it.
pub fn translate_text<'t>(lang: Lang, code: &str, text: &'t str) -> Cow<'t, str> {
    if lang == Lang::En {
        return Cow::Borrowed(text);
    }
    let Some((id, vars)) = find(code, text) else { return Cow::Borrowed(text) };
    let mut args = FluentArgs::new();
    for (k, v) in vars {
        args.set(k, FluentValue::from(v.to_string()));
    }
    format(lang, id, &args).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The diagnostic with its texts in `lang` (see the module's documentation).
pub fn translate(lang: Lang, d: &Diagnostic) -> Diagnostic {
    let mut d = d.clone();
    if lang == Lang::En {
        return d;
    }
    let code = d.code;
    let tr = |s: &mut String| {
        if let Cow::Owned(t) = translate_text(lang, code, s) {
            *s = t;
        }
    };
    tr(&mut d.message);
    d.notes.iter_mut().for_each(tr);
    d.hints.iter_mut().for_each(tr);
    d.related.iter_mut().for_each(|(_, w)| tr(w));
    d
}

/// Ids of the entries of one catalog file, each with the variables it uses (sorted), and the
/// file's syntax errors — for the completeness tests.
pub fn entries(text: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
    let (res, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e.iter().map(|e| format!("{e:?}")).collect()),
    };
    let mut out = Vec::new();
    for e in &res.body {
        if let ast::Entry::Message(m) = e {
            let mut vars = Vec::new();
            if let Some(v) = &m.value {
                pattern_vars(v, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_string(), vars));
        }
    }
    (out, errors)
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut Vec<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Ids of the English diagnostic entries that are not plain text and variables (the tests
/// require none).
pub fn unreadable_patterns() -> Vec<String> {
    let text = CATALOGS.iter().find(|(l, f, _)| *l == Lang::En && *f == "diagnostics.ftl").map_or("", |c| c.2);
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(res, _)| res);
    res.body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => m.value.as_ref().is_none_or(|v| segments(v).is_none()).then(|| m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn language_from_environment_follows_posix_precedence() {
        let env = |pairs: &'static [(&'static str, &'static str)]| move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string());
        assert_eq!(Lang::from_env(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(Lang::from_env(env(&[("LANG", "vi")])), Lang::Vi);
        assert_eq!(Lang::from_env(env(&[("LANG", "C")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "POSIX")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", "C"), ("LANG", "vi_VN.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LC_MESSAGES", "vi_VN"), ("LANG", "en_US.UTF-8")])), Lang::Vi);
        assert_eq!(Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
    }

    #[test]
    fn catalogs_parse_and_have_the_same_entries_with_the_same_variables() {
        for file in ["interface.ftl", "diagnostics.ftl"] {
            let mut by_lang = BTreeMap::new();
            for (lang, f, text) in CATALOGS {
                if f == file {
                    let (entries, errors) = entries(text);
                    assert!(errors.is_empty(), "{}/{file}: {errors:?}", lang.as_str());
                    let mut seen = std::collections::BTreeSet::new();
                    for (id, _) in &entries {
                        assert!(seen.insert(id.clone()), "{}/{file}: `{id}` defined twice", lang.as_str());
                    }
                    by_lang.insert(lang, entries.into_iter().collect::<BTreeMap<_, _>>());
                }
            }
            let en = &by_lang[&Lang::En];
            let vi = &by_lang[&Lang::Vi];
            let missing: Vec<&String> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
            assert!(missing.is_empty(), "vi/{file} lacks (translate them from en/{file}): {missing:?}");
            let extra: Vec<&String> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(extra.is_empty(), "vi/{file} has entries en/{file} does not: {extra:?}");
            for (id, vars) in en {
                assert_eq!(Some(vars), vi.get(id), "{file}: `{id}` uses other variables in vi than in en");
            }
        }
        assert_eq!(unreadable_patterns(), Vec::<String>::new(), "English diagnostic patterns must be plain text and {{ $variables }}");
    }

    #[test]
    fn values_are_read_back_from_the_english_text() {
        let segs = vec![Seg::Text("`".into()), Seg::Var("a".into()), Seg::Text("` falls back to `".into()), Seg::Var("b".into()), Seg::Text("`".into())];
        let mut out = Vec::new();
        assert!(read_back(&segs, "`bru` falls back to `en`", &mut out));
        assert_eq!(out, vec![("a".to_string(), "bru"), ("b".to_string(), "en")]);
        let mut out = Vec::new();
        assert!(!read_back(&segs, "`bru` falls back to English", &mut out));
        // A value may hold the text that follows it elsewhere.
        let segs = vec![Seg::Var("a".into()), Seg::Text(": ".into()), Seg::Var("e".into())];
        let mut out = Vec::new();
        assert!(read_back(&segs, "a: b: c", &mut out));
        assert_eq!(out, vec![("a".to_string(), "a"), ("e".to_string(), "b: c")]);
    }

    #[test]
    fn diagnostics_in_vietnamese_and_english() {
        let d = Diagnostic::error("E0013", "locale `vi` is listed twice").hint("remove the second one");
        let vi = translate(Lang::Vi, &d);
        assert_ne!(vi.message, d.message);
        assert!(vi.message.contains("`vi`"), "{}", vi.message);
        assert_eq!(translate(Lang::En, &d), d);
        // A text no entry matches stays as it is.
        let odd = Diagnostic::error("E0013", "something new");
        assert_eq!(translate(Lang::Vi, &odd).message, "something new");
        assert_eq!(text(Lang::Vi, "no-such-id", &[]), "no-such-id");
    }
}
