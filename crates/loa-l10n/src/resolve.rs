//! Resolution through the explicit fallback chain: the first locale of the chain that has the
//! message translated formats it; the result records that locale. Any Fluent error is returned,
//! never rendered as `{$name}`.

use crate::LocaleSet;
use fluent_bundle::{FluentArgs, FluentValue};
use loa_diag::FileId;
use std::ops::Range;

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// A formatted string and the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub text: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// No locale of the chain has it.
    Missing { id: String, attribute: Option<String>, chain: Vec<String> },
    /// Fluent reported errors while formatting the entry at `place`.
    Format { id: String, locale: String, place: (FileId, Range<usize>), errors: Vec<String> },
}

impl LocaleSet {
    /// Formats message `id` (or its `attribute`) for `lang`, trying the fallback chain in order.
    pub fn resolve(&self, lang: &str, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Result<Resolved, ResolveError> {
        let chain = self.config.chain(lang);
        for loc in &chain {
            let Some(locale) = self.get(loc) else { continue };
            let Some(entry) = locale.translated(id) else { continue };
            if entry.is_term() {
                continue;
            }
            let has = match attribute {
                None => entry.has_value,
                Some(a) => entry.attribute(a).is_some(),
            };
            if !has {
                continue;
            }
            let bundle = locale.bundle();
            let message = bundle.get_message(id);
            let pattern = message.as_ref().and_then(|m| match attribute {
                None => m.value(),
                Some(a) => m.get_attribute(a).map(|a| a.value()),
            });
            let Some(pattern) = pattern else { continue };
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                match v {
                    Arg::Text(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                    Arg::Number(n) => fargs.set(*k, FluentValue::from(*n)),
                }
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            if !errors.is_empty() {
                return Err(ResolveError::Format {
                    id: id.to_string(),
                    locale: loc.to_string(),
                    place: (entry.file, entry.id_span.clone()),
                    errors: errors.iter().map(ToString::to_string).collect(),
                });
            }
            return Ok(Resolved { text, locale: loc.to_string() });
        }
        Err(ResolveError::Missing {
            id: id.to_string(),
            attribute: attribute.map(str::to_string),
            chain: chain.iter().map(|s| s.to_string()).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LocaleConfig, Roots, load};
    use loa_diag::{Diagnostics, MemSources, SourceMap};
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn set(files: &[(&str, &str)], locales: &[&str], fallback: &[(&str, &str)]) -> (LocaleSet, Diagnostics) {
        let mut src = MemSources::new();
        for (p, t) in files {
            src.insert(format!("c/locales/{p}"), *t);
        }
        let config = LocaleConfig {
            reference: "vi".into(),
            locales: locales.iter().map(|s| s.to_string()).collect(),
            fallback: fallback.iter().map(|(a, b)| (a.to_string(), vec![b.to_string()])).collect(),
            declared: BTreeMap::new(),
        };
        let roots = Roots { campaign_dir: "c".into(), campaign_root: PathBuf::from("c"), shared: None };
        let mut diags = Diagnostics::new();
        let set = load(&src, &mut SourceMap::new(), &roots, &config, &mut diags);
        (set, diags)
    }

    #[test]
    fn numbers_follow_the_locale_and_isolation_is_off() {
        let (s, d) = set(
            &[("vi/a.ftl", "people = { $n } người ở { $place }\n"), ("en/a.ftl", "people = { $n } people in { $place }\n")],
            &["vi", "en"],
            &[],
        );
        assert!(d.is_empty(), "{d:?}");
        let args = [("n", Arg::Number(1_234_567.0)), ("place", Arg::Text("Quảng Trị".into()))];
        let vi = s.resolve("vi", "people", None, &args).expect("vi");
        assert_eq!(vi.text, "1.234.567 người ở Quảng Trị");
        let en = s.resolve("en", "people", None, &args).expect("en");
        assert_eq!(en.text, "1,234,567 people in Quảng Trị");
        assert!(!vi.text.contains('\u{2068}'));
    }

    #[test]
    fn fallback_records_its_locale_and_untranslated_marks_fall_back() {
        let (s, _) = set(
            &[
                ("vi/a.ftl", "a = Xin chào\nb = Cảm ơn\n    .easy = Cảm ơn bạn\nc = Tạm biệt\n"),
                ("bru/a.ftl", "a = Bru text\n# TODO(loa): untranslated\nb = Cảm ơn\n"),
            ],
            &["vi", "bru"],
            &[("bru", "vi")],
        );
        assert_eq!(s.resolve("bru", "a", None, &[]), Ok(Resolved { text: "Bru text".into(), locale: "bru".into() }));
        assert_eq!(s.resolve("bru", "b", None, &[]).map(|r| r.locale), Ok("vi".into()));
        assert_eq!(s.resolve("bru", "b", Some("easy"), &[]).map(|r| r.text), Ok("Cảm ơn bạn".into()));
        assert_eq!(s.resolve("bru", "c", None, &[]).map(|r| r.locale), Ok("vi".into()));
        assert!(matches!(s.resolve("bru", "zzz", None, &[]), Err(ResolveError::Missing { .. })));
    }

    #[test]
    fn a_missing_variable_is_an_error_not_braces() {
        let (s, _) = set(&[("vi/a.ftl", "a = Gọi { $hotline }\n")], &["vi"], &[]);
        assert!(matches!(s.resolve("vi", "a", None, &[]), Err(ResolveError::Format { .. })));
    }

    #[test]
    fn text_is_nfc_after_load() {
        let (s, _) = set(&[("vi/a.ftl", "a = Quye\u{302}\u{300}n\n")], &["vi"], &[]);
        assert_eq!(s.resolve("vi", "a", None, &[]).map(|r| r.text), Ok("Quyền".into()));
    }
}
