//! Translator checks on a loaded [`LocaleSet`]: duplicates, references, plural categories, and
//! every locale against the reference (missing, untranslated, obsolete, identical text).

use crate::{Entry, Locale, LocaleSet};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use loa_diag::{Diagnostic, Diagnostics, closest};

/// Runs every check that needs only the `.ftl` files.
pub fn check(set: &LocaleSet, diags: &mut Diagnostics) {
    for locale in set.locales.values() {
        check_locale(locale, diags);
    }
    compare_with_reference(set, diags);
    check_stale(set, diags);
}

/// Translations whose reference text changed since the lock recorded it (W0152).
fn check_stale(set: &LocaleSet, diags: &mut Diagnostics) {
    let ref_lang = &set.config.reference;
    if set.reference().is_none_or(|r| r.broken) {
        return;
    }
    for s in crate::lock::stale(set) {
        if set.get(&s.lang).is_none_or(|l| l.broken) {
            continue;
        }
        let unit = s.unit();
        diags.push(
            Diagnostic::warning("W0152", format!("`{unit}` in {} may be out of date: the {ref_lang} text changed since it was translated", s.lang))
                .at(s.at.0, s.at.1.clone())
                .related(s.reference_at.0, s.reference_at.1.clone(), format!("the {ref_lang} text, changed since"))
                .hint(format!("update the {} translation to the new {ref_lang} text, then run `loa l10n lock <campaign>` to record it", s.lang)),
        );
    }
}

fn check_locale(locale: &Locale, diags: &mut Diagnostics) {
    let lang = &locale.lang;
    for dup in &locale.duplicates {
        let mut d = Diagnostic::error("E0110", format!("`{}` is defined twice in {lang}", dup.id)).at(dup.file, dup.id_span.clone());
        if let Some(first) = locale.entries.get(&dup.id) {
            d = d.related(first.file, first.id_span.clone(), "first defined here");
        }
        diags.push(d.hint("keep one definition and delete the other"));
    }
    let categories = plural_categories(lang);
    for e in locale.entries.values().chain(&locale.duplicates) {
        for (i, (name, place)) in e.attributes.iter().enumerate() {
            if e.attributes[..i].iter().any(|(n, _)| n == name) {
                diags.push(Diagnostic::error("E0111", format!("attribute `.{name}` of `{}` is defined twice", e.id))
                    .at(e.file, place.clone())
                    .hint("keep one of them"));
            }
        }
        for select in &e.selects {
            for (i, (key, place)) in select.iter().enumerate() {
                if select[..i].iter().any(|(k, _)| k == key) {
                    diags.push(Diagnostic::error("E0112", format!("variant `[{key}]` of `{}` appears twice in one selection", e.id))
                        .at(e.file, place.clone())
                        .hint("each variant key may appear once; remove or rename one"));
                }
                let is_category = ["zero", "one", "two", "few", "many"].contains(&key.as_str());
                if is_category && !categories.contains(&key.as_str()) {
                    diags.push(Diagnostic::error("E0113", format!("plural category `[{key}]` does not exist in {lang}"))
                        .at(e.file, place.clone())
                        .hint(format!("{lang} plurals use only: {}; write a single `*[other]` variant", categories.join(", "))));
                }
            }
        }
        for (id, attr, place) in &e.message_refs {
            match locale.entries.get(id.as_str()) {
                None => diags.push(with_suggestion(
                    Diagnostic::error("E0114", format!("`{}` refers to message `{id}`, which {lang} does not define", e.id)).at(e.file, place.clone()),
                    id, locale, false)),
                Some(target) => {
                    if let Some(a) = attr
                        && target.attribute(a).is_none()
                    {
                        diags.push(Diagnostic::error("E0114", format!("`{}` refers to `{id}.{a}`, but `{id}` has no attribute `.{a}`", e.id))
                            .at(e.file, place.clone())
                            .hint(format!("add `.{a} = …` to `{id}` or fix the reference")));
                    }
                }
            }
        }
        for (id, place) in &e.term_refs {
            if !locale.entries.contains_key(id.as_str()) {
                diags.push(with_suggestion(
                    Diagnostic::error("E0115", format!("`{}` refers to term `{id}`, which {lang} does not define", e.id)).at(e.file, place.clone()),
                    id, locale, true));
            }
        }
    }
}

fn with_suggestion(d: Diagnostic, id: &str, locale: &Locale, term: bool) -> Diagnostic {
    let names = locale.entries.keys().filter(|k| k.starts_with('-') == term).map(String::as_str);
    match closest(id, names) {
        Some(c) => d.hint(format!("did you mean `{c}`?")),
        None => d.hint(format!("define `{id}` in locales/{}/, or fix the reference", locale.lang)),
    }
}

/// The CLDR cardinal categories of a locale; locales without CLDR rules (e.g. `bru`, `scb`) only
/// have `other` — Fluent would silently apply English rules to them.
pub(crate) fn plural_categories(lang: &str) -> Vec<&'static str> {
    let Ok(id) = lang.parse::<unic_langid::LanguageIdentifier>() else { return vec!["other"] };
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) else { return vec!["other"] };
    let mut found = Vec::new();
    let samples = (0..=1000).map(f64::from).chain([0.5, 1.5, 2.5, 0.1, 1.1, 1e6, 1e7]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            let name = match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            };
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    let order = ["zero", "one", "two", "few", "many", "other"];
    found.sort_by_key(|c| order.iter().position(|o| o == c));
    found
}

fn compare_with_reference(set: &LocaleSet, diags: &mut Diagnostics) {
    let Some(reference) = set.reference() else { return };
    let ref_lang = &set.config.reference;
    if reference.broken {
        return; // fix the reference's own errors first
    }
    for locale in set.locales.values().filter(|l| &l.lang != ref_lang && !l.broken) {
        let lang = &locale.lang;
        let chain = set.config.chain(lang);
        let fallback = chain.get(1).copied();
        let sev = |warn: &'static str, err: &'static str| if fallback.is_some() { warn } else { err };
        let falls = || fallback.map(|f| format!("; falls back to {f}")).unwrap_or_default();
        let new = |code: &'static str, msg: String| {
            if code.starts_with('W') { Diagnostic::warning(code, msg) } else { Diagnostic::error(code, msg) }
        };
        if !locale.has_folder && locale.entries.values().all(|e| e.shared) {
            let missing = reference.entries.values().filter(|e| !e.shared).count();
            let mut d = new(sev("W0126", "E0126"), format!("no campaign translations for `{lang}` ({missing} messages){}", falls()));
            if let Some((file, span)) = set.config.declared.get(lang.as_str()) {
                d = d.at(*file, span.clone());
            }
            diags.push(d.hint(format!("run `loa l10n skeleton <campaign> {lang}` to create locales/{lang}/ for a translator")));
        }
        for (id, r) in &reference.entries {
            match locale.entries.get(id) {
                None => {
                    if !locale.has_folder && !r.shared {
                        continue; // reported once above
                    }
                    diags.push(new(sev("W0121", "E0120"), format!("`{id}` is missing in {lang} ({}){}", words(r.words), falls()))
                        .at(r.file, r.id_span.clone())
                        .hint(format!("translate it in locales/{lang}/ (`loa l10n skeleton` adds it for the translator)")));
                }
                Some(e) if e.untranslated => {
                    diags.push(new(sev("W0122", "E0120"), format!("`{id}` is not translated into {lang} yet ({}){}", words(r.words), falls()))
                        .at(e.file, e.id_span.clone())
                        .hint(format!("write the {lang} text after `=` and delete the `# {}` line", crate::UNTRANSLATED_MARK)));
                }
                Some(e) => compare_entry(r, e, lang, fallback, ref_lang, set, diags),
            }
        }
        for (id, e) in &locale.entries {
            if !reference.entries.contains_key(id) {
                diags.push(Diagnostic::warning("W0123", format!("`{id}` is in {lang} but not in the reference {ref_lang}: it is never used"))
                    .at(e.file, e.id_span.clone())
                    .hint(format!("delete it, or check the id against locales/{ref_lang}/")));
            }
        }
    }
}

fn compare_entry(r: &Entry, e: &Entry, lang: &str, fallback: Option<&str>, ref_lang: &str, set: &LocaleSet, diags: &mut Diagnostics) {
    for (name, _) in &r.attributes {
        if e.attribute(name).is_none() {
            let d = match fallback {
                Some(f) => Diagnostic::warning("W0124", format!("`{}` has no `.{name}` in {lang}; falls back to {f}", e.id)),
                None => Diagnostic::error("E0124", format!("`{}` has no `.{name}` in {lang}", e.id)),
            };
            diags.push(d.at(e.file, e.id_span.clone()).hint(format!("add `    .{name} = …` below `{}`", e.id)));
        }
    }
    for (name, place) in &e.attributes {
        if r.attribute(name).is_none() {
            diags.push(Diagnostic::warning("W0125", format!("`{}.{name}` is not in the reference {ref_lang}: it is never used", e.id))
                .at(e.file, place.clone())
                .hint("delete it, or check its name"));
        }
    }
    if r.words >= 4 && !e.is_term() && same_text(set, ref_lang, lang, &r.id) {
        diags.push(Diagnostic::warning("W0128", format!("`{}` in {lang} is identical to the {ref_lang} text: is it translated?", e.id))
            .at(e.file, e.id_span.clone())
            .hint(format!("translate it, or mark it with `# {}` so it is reported as falling back", crate::UNTRANSLATED_MARK)));
    }
}

fn same_text(set: &LocaleSet, a: &str, b: &str, id: &str) -> bool {
    let body = |lang: &str| set.get(lang).and_then(|l| l.entries.get(id)).map(|e| e.body.trim());
    body(a).is_some() && body(a) == body(b)
}

pub(crate) fn words(n: usize) -> String {
    format!("{n} word{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_follow_cldr_and_default_to_other() {
        assert_eq!(plural_categories("vi"), vec!["other"]);
        assert_eq!(plural_categories("bru"), vec!["other"]);
        assert_eq!(plural_categories("en"), vec!["one", "other"]);
        assert!(plural_categories("ru").contains(&"few"));
    }
}
