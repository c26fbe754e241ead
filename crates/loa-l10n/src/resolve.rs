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
