//! Reading `.ftl` files: UTF-8, text hygiene (NFC, legacy mojibake, invisible characters), syntax
//! errors with the parser's position and the broken range, entries with positions, and one
//! Fluent bundle per locale built from the NFC text.

use crate::hygiene::{self, IssueKind};
use crate::numbers::{NumberStyle, format_decimal, format_integer, number_style};
use crate::{FtlFile, Locale, LocaleConfig, LocaleSet, Roots, glossary, lock, scan};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use loa_diag::{Diagnostic, Diagnostics, SourceMap, Sources, display_join, display_path, resolve_inside};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Loads every locale of `config`: shared files first, then the campaign's.
pub fn load(sources: &dyn Sources, map: &mut SourceMap, roots: &Roots, config: &LocaleConfig, diags: &mut Diagnostics) -> LocaleSet {
    let mut locales = BTreeMap::new();
    for lang in &config.locales {
        let mut locale = new_locale(lang, lang);
        if let Some(shared) = &roots.shared {
            let dir = shared.join(lang);
            let shared_root = sources.canonical(shared).ok();
            for path in ftl_files(sources, &dir) {
                let name = file_name(&path);
                let display = display_path(&roots.campaign_dir, &path);
                // The shared strings must stay inside the shared folder, links included.
                let inside = shared_root.as_ref().is_some_and(|root| sources.canonical(&path).is_ok_and(|p| p.starts_with(root)));
                if !inside {
                    let file = map.add(path, display.clone(), String::new());
                    diags.push(
                        Diagnostic::error("E0031", format!("{display} is a link that leads outside the shared locales folder"))
                            .at(file, 0..0)
                            .hint("replace the link with a copy of the file"),
                    );
                    locale.broken = true;
                    continue;
                }
                add_file(sources, map, &mut locale, path, display, name, true, diags);
            }
        }
        let rel = format!("locales/{lang}");
        let dir = roots.campaign_root.join(&rel);
        locale.has_folder = sources.is_dir(&dir);
        for path in ftl_files(sources, &dir) {
            let name = file_name(&path);
            let rel_file = format!("{rel}/{name}");
            let display = display_join(&roots.campaign_dir, &rel_file);
            if let Err(problem) = resolve_inside(sources, &roots.campaign_root, &rel_file) {
                let (what, hint) = problem.explain();
                let file = map.add(path, display.clone(), String::new());
                diags.push(Diagnostic::error("E0031", format!("{display} {what}")).at(file, 0..0).hint(hint));
                locale.broken = true;
                continue;
            }
            add_file(sources, map, &mut locale, path, display, name, false, diags);
        }
        locales.insert(lang.clone(), locale);
    }
    let lock = load_lock(sources, map, roots, diags);
    let glossary = load_glossary(sources, map, roots, config, diags);
    LocaleSet { config: config.clone(), locales, lock, glossary }
}

/// Reads a campaign file that may be absent: `None` if absent; reports files that cannot be used.
fn read_optional(sources: &dyn Sources, map: &mut SourceMap, roots: &Roots, rel: &str, code: &'static str, diags: &mut Diagnostics) -> Option<loa_diag::FileId> {
    let path = roots.campaign_root.join(rel);
    if !sources.is_file(&path) {
        return None;
    }
    let display = display_join(&roots.campaign_dir, rel);
    if let Err(problem) = resolve_inside(sources, &roots.campaign_root, rel) {
        let (what, hint) = problem.explain();
        let file = map.add(path, display.clone(), String::new());
        diags.push(Diagnostic::error("E0031", format!("{display} {what}")).at(file, 0..0).hint(hint));
        return None;
    }
    match sources.read(&path).map(String::from_utf8) {
        Ok(Ok(text)) => {
            let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
            Some(map.add(path, display, text))
        }
        Ok(Err(e)) => {
            let good = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = map.add(path, display, lossy);
            diags.push(Diagnostic::error(code, "this file is not UTF-8 text").at(file, good..good + 1).hint("save it as UTF-8 (in LibreOffice: Save As… → Text CSV → Character set: Unicode (UTF-8))"));
            None
        }
        Err(e) => {
            let file = map.add(path, display.clone(), String::new());
            diags.push(Diagnostic::error(code, format!("cannot read {display}: {e}")).at(file, 0..0).hint("check the file's permissions"));
            None
        }
    }
}

fn load_lock(sources: &dyn Sources, map: &mut SourceMap, roots: &Roots, diags: &mut Diagnostics) -> lock::Lock {
    let Some(file) = read_optional(sources, map, roots, lock::LOCK_PATH, "E0153", diags) else { return lock::Lock::default() };
    match lock::parse(&map.get(file).text) {
        Ok(hashes) => lock::Lock { file: Some(file), hashes },
        Err((span, msg)) => {
            diags.push(Diagnostic::error("E0153", format!("l10n.lock: {msg}")).at(file, span).hint("write it again with `loa l10n lock <campaign>` (do not edit it by hand)"));
            lock::Lock { file: Some(file), hashes: lock::Hashes::new() }
        }
    }
}

fn load_glossary(sources: &dyn Sources, map: &mut SourceMap, roots: &Roots, config: &LocaleConfig, diags: &mut Diagnostics) -> Option<glossary::Glossary> {
    let file = read_optional(sources, map, roots, glossary::GLOSSARY_PATH, "E0150", diags)?;
    Some(glossary::read(map, file, &config.locales, diags))
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn ftl_files(sources: &dyn Sources, dir: &Path) -> Vec<PathBuf> {
    if !sources.is_dir(dir) {
        return Vec::new();
    }
    let mut v: Vec<PathBuf> = sources
        .list(dir)
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    v.sort();
    v
}

/// An empty locale `lang` whose bundle formats (plurals, numbers) as `formats_as`.
pub(crate) fn new_locale(lang: &str, formats_as: &str) -> Locale {
    let id = formats_as.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match number_style(formats_as) {
        NumberStyle::Vietnamese => format_number::<true, _>,
        NumberStyle::English => format_number::<false, _>,
    }));
    Locale { lang: lang.to_string(), files: Vec::new(), entries: BTreeMap::new(), duplicates: Vec::new(), has_folder: false, broken: false, pseudo: false, bundle }
}

/// Numbers in messages: `1.234.567` in Vietnamese (and every locale that follows it), `1,234,567` in English.
fn format_number<const VI: bool, M>(v: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = v else { return None };
    let style = if VI { NumberStyle::Vietnamese } else { NumberStyle::English };
    let x = n.value;
    if x.fract() == 0.0 && x.abs() < 9.0e15 && n.options.minimum_fraction_digits.unwrap_or(0) == 0 {
        Some(format_integer(x as i64, style))
    } else {
        Some(format_decimal(x, style))
    }
}

#[allow(clippy::too_many_arguments)]
fn add_file(
    sources: &dyn Sources,
    map: &mut SourceMap,
    locale: &mut Locale,
    path: PathBuf,
    display: String,
    name: String,
    shared: bool,
    diags: &mut Diagnostics,
) {
    let bytes = match sources.read(&path) {
        Ok(b) => b,
        Err(e) => {
            let file = map.add(path, display.clone(), String::new());
            diags.push(Diagnostic::error("E0102", format!("cannot read {display}: {e}")).at(file, 0..0).hint("check the file's permissions"));
            locale.broken = true;
            return;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = map.add(path, display, lossy);
            diags.push(
                Diagnostic::error("E0102", "this file is not UTF-8 text")
                    .at(file, good..good + 1)
                    .hint("save it as UTF-8; text from old Vietnamese fonts (.VnTime, VNI) must be converted to Unicode first"),
            );
            locale.broken = true;
            return;
        }
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let file = map.add(path, display, text);
    let text = map.get(file).text.as_str();

    for issue in hygiene::scan(text) {
        let r = issue.range.clone();
        diags.push(match issue.kind {
            IssueKind::NotNfc => Diagnostic::error("E0103", "text is not in Unicode NFC (decomposed diacritics)")
                .at(file, r)
                .hint("run `loa check --fix` to convert the file to NFC"),
            IssueKind::Mojibake { legacy, suggestion } => {
                let d = Diagnostic::error("E0104", format!("text looks like {} pasted from an old Word file", legacy.name()))
                    .at(file, r);
                match suggestion {
                    Some(s) => d.hint(format!("the intended text is probably “{s}”; convert the text to Unicode (e.g. with UniKey's converter) and paste it again")),
                    None => d.hint("convert the text to Unicode (e.g. with UniKey's converter) and paste it again"),
                }
            }
            IssueKind::Invisible { ch, name } => Diagnostic::error("E0105", format!("invisible character U+{:04X} {name}", ch as u32))
                .at(file, r)
                .hint("it would leak into print, subtitles and speech: remove it, or run `loa check --fix`"),
        });
    }

    // The Fluent parser recurses once per nested placeable: refuse a file nested too deep
    // before it overflows the stack.
    if let Some(at) = crate::limits::too_deep(text) {
        diags.push(
            Diagnostic::error("E0101", format!("FTL syntax: placeables nested more than {} deep", crate::limits::MAX_PLACEABLE_DEPTH))
                .at(file, at..at + 1)
                .hint("close each `{` with `}`; the file is not read further"),
        );
        locale.broken = true;
        locale.files.push(FtlFile { file, name, shared });
        return;
    }
    let (ast, errors) = match fluent_syntax::parser::parse(text) {
        Ok(ast) => (ast, Vec::new()),
        Err((ast, errors)) => (ast, errors),
    };
    locale.broken |= !errors.is_empty();
    let mut junk = Vec::new();
    for e in &errors {
        let mut d = Diagnostic::error("E0101", format!("FTL syntax: {}", e.kind)).at(file, e.pos.clone());
        if let Some(slice) = &e.slice {
            junk.push(slice.clone());
            d = d.related(file, slice.clone(), "this entry is skipped");
        }
        diags.push(d.hint("see docs/translators.md: `id = text`, continuation lines indented, attributes as `.name = text`"));
    }
    for entry in scan::entries(text, &ast, &junk, file, shared) {
        too_long(text, &entry, diags);
        if locale.entries.contains_key(&entry.id) {
            locale.duplicates.push(entry);
        } else {
            locale.entries.insert(entry.id.clone(), entry);
        }
    }
    let nfc = hygiene::to_nfc(text);
    let resource = match FluentResource::try_new(nfc) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Duplicates are reported from `locale.duplicates`, with both places.
    let _ = locale.bundle.add_resource(resource);
    locale.files.push(FtlFile { file, name, shared });
}

impl Locale {
    pub(crate) fn bundle(&self) -> &FluentBundle<FluentResource> {
        &self.bundle
    }
}

/// E0106 for a value or attribute longer than [`crate::limits::MAX_MESSAGE_CHARS`].
fn too_long(text: &str, entry: &scan::Entry, diags: &mut Diagnostics) {
    let mut parts: Vec<(Option<&str>, usize)> = vec![(None, entry.id_span.start)];
    parts.extend(entry.attributes.iter().map(|(name, r)| (Some(name.as_str()), r.start)));
    for (i, &(attr, start)) in parts.iter().enumerate() {
        let end = parts.get(i + 1).map_or(entry.range.end, |p| p.1);
        let chars = text.get(start..end).map_or(0, |t| t.chars().count());
        if chars > crate::limits::MAX_MESSAGE_CHARS {
            let what = match attr {
                Some(a) => format!("`{}.{a}`", entry.id),
                None => format!("`{}`", entry.id),
            };
            let place = if attr.is_some() { start..start + 1 } else { entry.id_span.clone() };
            diags.push(
                Diagnostic::error("E0106", format!("{what} is {chars} characters long; a message may have at most {}", crate::limits::MAX_MESSAGE_CHARS))
                    .at(entry.file, place)
                    .hint("split it into several messages; a text this long is often two files pasted together"),
            );
        }
    }
}
