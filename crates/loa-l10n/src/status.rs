//! Translation status per locale, and skeletons: the missing messages written for a translator,
//! each with the reference text as a comment, never touching existing translations.

use crate::{LocaleSet, Roots, UNTRANSLATED_MARK};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Where a locale gets a message from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageState {
    Translated,
    /// Not translated; the named locale of the chain provides it.
    Fallback(String),
    /// No locale of the chain has it.
    Missing,
}

/// Counts for one locale, over every message and term of the reference.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleStatus {
    pub lang: String,
    pub chain: Vec<String>,
    pub messages: Vec<(String, MessageState, usize)>,
    /// Translated messages with a part whose reference text changed since the lock recorded it.
    pub stale: Vec<String>,
}

impl LocaleStatus {
    fn count(&self, f: impl Fn(&MessageState) -> bool) -> (usize, usize) {
        self.messages.iter().filter(|(_, s, _)| f(s)).fold((0, 0), |(n, w), (_, _, words)| (n + 1, w + words))
    }
    /// (messages, words) translated.
    pub fn translated(&self) -> (usize, usize) {
        self.count(|s| *s == MessageState::Translated)
    }
    /// (messages, words) falling back.
    pub fn fallback(&self) -> (usize, usize) {
        self.count(|s| matches!(s, MessageState::Fallback(_)))
    }
    /// (messages, words) missing.
    pub fn missing(&self) -> (usize, usize) {
        self.count(|s| *s == MessageState::Missing)
    }
    pub fn total(&self) -> (usize, usize) {
        self.count(|_| true)
    }
    /// Share of words translated, in percent (100 when there is nothing to translate).
    pub fn percent(&self) -> f64 {
        let (_, total) = self.total();
        if total == 0 { 100.0 } else { 100.0 * self.translated().1 as f64 / total as f64 }
    }
}

/// The status of every locale, in the campaign's order.
pub fn status(set: &LocaleSet) -> Vec<LocaleStatus> {
    let Some(reference) = set.reference() else { return Vec::new() };
    let stale = crate::lock::stale(set);
    set.config
        .locales
        .iter()
        .filter(|lang| set.get(lang).is_none_or(|l| !l.is_pseudo()))
        .map(|lang| {
            let chain = set.config.chain(lang);
            let messages = reference
                .entries
                .iter()
                .map(|(id, r)| {
                    let from = chain.iter().find(|l| set.get(l).is_some_and(|loc| loc.translated(id).is_some()));
                    let state = match from {
                        Some(l) if l == lang => MessageState::Translated,
                        Some(l) => MessageState::Fallback(l.to_string()),
                        None => MessageState::Missing,
                    };
                    (id.clone(), state, r.words)
                })
                .collect();
            let mut stale: Vec<String> = stale.iter().filter(|s| &s.lang == lang).map(|s| s.id.clone()).collect();
            stale.dedup();
            LocaleStatus { lang: lang.clone(), chain: chain.iter().map(|s| s.to_string()).collect(), messages, stale }
        })
        .collect()
}

/// What `loa l10n skeleton` writes: per target file, its new full content and how many entries
/// were added.
#[derive(Debug, Clone, Default)]
pub struct Skeleton {
    pub files: Vec<SkeletonFile>,
}

#[derive(Debug, Clone)]
pub struct SkeletonFile {
    pub path: PathBuf,
    /// Existing content (unchanged) followed by the added entries.
    pub content: String,
    pub added: usize,
}

/// Builds the skeleton for `lang`: every reference entry that `lang` does not define at all goes
/// into the file of the same name (shared entries into the shared folder).
pub fn skeleton(set: &LocaleSet, roots: &Roots, lang: &str, existing: impl Fn(&PathBuf) -> Option<String>) -> Skeleton {
    let (Some(reference), Some(locale)) = (set.reference(), set.get(lang)) else { return Skeleton::default() };
    let ref_lang = &set.config.reference;
    let mut groups: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    // In the reference's file order, so the translator sees messages grouped as the authors wrote them.
    let mut ordered: Vec<_> = reference.entries.iter().collect();
    ordered.sort_by_key(|(_, r)| (r.file, r.id_span.start));
    for (id, r) in ordered {
        if locale.entries.contains_key(id) {
            continue;
        }
        let Some(file) = reference.files.iter().find(|f| f.file == r.file) else { continue };
        let dir = match (r.shared, &roots.shared) {
            (true, Some(shared)) => shared.join(lang),
            _ => roots.campaign_root.join("locales").join(lang),
        };
        let mut block = String::new();
        for line in format!("{id}{}", r.body).lines() {
            block.push_str(&format!("# {ref_lang}: {line}\n").replace(": \n", ":\n"));
        }
        block.push_str(&format!("# {UNTRANSLATED_MARK}\n{id}{}", r.body));
        if !block.ends_with('\n') {
            block.push('\n');
        }
        groups.entry(dir.join(&file.name)).or_default().push(block);
    }
    let files = groups
        .into_iter()
        .map(|(path, blocks)| {
            let mut content = existing(&path).unwrap_or_else(|| {
                format!(
                    "### {lang} translation of the campaign, started by `loa l10n skeleton`.\n\
                     ### Each message below still holds the {ref_lang} text. Write the {lang} text after `=`,\n\
                     ### keep `{{ $variables }}` and ids as they are, then delete the `# {UNTRANSLATED_MARK}` line.\n"
                )
            });
            if !content.is_empty() && !content.ends_with('\n') {
                content.push('\n');
            }
            let added = blocks.len();
            for b in blocks {
                content.push('\n');
                content.push_str(&b);
            }
            SkeletonFile { path, content, added }
        })
        .collect();
    Skeleton { files }
}
