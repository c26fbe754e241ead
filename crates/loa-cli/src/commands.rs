//! One function per command; each returns the exit code.

use crate::i18n::tr;
use crate::project::{Project, report};
use loa_diag::{Diagnostic, Diagnostics, Format, SourceMap};
use loa_pack::Problem;
use std::fs;
use std::path::Path;

pub fn fail(message: String, hint: &str, format: Format) -> u8 {
    let mut d = Diagnostics::new();
    d.push(Diagnostic::error("E0900", message).hint(hint));
    report(&SourceMap::new(), d, format)
}

/// What `loa check` looks at besides the campaign and its translations.
pub struct CheckOptions {
    pub fix: bool,
    /// Only these locales (pseudo-locales allowed); empty: every locale of the campaign.
    pub locales: Vec<String>,
    /// Print the length figures per message and locale.
    pub budgets: bool,
}

pub fn check(dir: &Path, opts: &CheckOptions, format: Format) -> u8 {
    let fix = opts.fix;
    if fix {
        let fixed = fix_files(dir);
        if fixed > 0 {
            eprintln!("{}", tr!("check-fixed", n = fixed));
        }
    }
    let mut p = Project::load(dir);
    p.add_pseudo_locales(&opts.locales);
    if !p.diags.has_errors()
        && let (Some(c), Some(set)) = (&p.campaign, &p.locales)
    {
        let locales = match crate::project::chosen_locales(c, &opts.locales, format) {
            Ok(l) => l,
            Err(code) => return code,
        };
        let mut contents = Vec::new();
        for lang in &locales {
            contents.extend(loa_content::resolve(c, set, lang, &mut p.diags));
        }
        for content in &contents {
            loa_audio::radio::check_recordings(c, content, &mut p.diags);
        }
        // Budgets need every text: a campaign whose messages do not resolve is fixed first.
        if !p.diags.has_errors() {
            let table = crate::budgets::check(c, &contents, crate::project::fonts_dir(&c.root).as_deref(), &mut p.diags);
            if opts.budgets {
                if format == Format::Json {
                    let rows: Vec<_> = table.iter().map(|((id, lang), f)| serde_json::json!({"message": id, "locale": lang, "figures": f})).collect();
                    println!("{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
                } else {
                    print!("{}", crate::budgets::render(&table));
                }
            }
        }
    }
    p.report(format)
}

/// Rewrites the campaign's `.ftl` files in NFC without invisible characters; returns how many changed.
fn fix_files(dir: &Path) -> usize {
    let mut n = 0;
    let Ok(langs) = fs::read_dir(dir.join("locales")) else { return 0 };
    for lang in langs.flatten() {
        let Ok(files) = fs::read_dir(lang.path()) else { continue };
        for f in files.flatten() {
            let path = f.path();
            let is_link = fs::symlink_metadata(&path).map(|m| m.file_type().is_symlink()).unwrap_or(true);
            if is_link || path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let Ok(text) = fs::read_to_string(&path) else { continue };
            let mut cleaned = String::with_capacity(text.len());
            let mut last = 0;
            for issue in loa_l10n::hygiene::scan(&text) {
                if matches!(issue.kind, loa_l10n::hygiene::IssueKind::Invisible { .. }) && issue.range.start >= last {
                    cleaned.push_str(&text[last..issue.range.start]);
                    last = issue.range.end;
                }
            }
            cleaned.push_str(&text[last..]);
            let fixed = loa_l10n::hygiene::to_nfc(&cleaned);
            if fixed != text && fs::write(&path, fixed).is_ok() {
                n += 1;
            }
        }
    }
    n
}

pub fn verify(pack: &Path, format: Format) -> u8 {
    let problems = loa_pack::verify(pack);
    let mut d = Diagnostics::new();
    for p in &problems {
        d.push(match p {
            Problem::NoManifest(e) => Diagnostic::error("E0901", format!("{} has no readable manifest.json: {e}", pack.display()))
                .hint("give the pack folder written by `loa build`"),
            Problem::Missing(f) => Diagnostic::error("E0902", format!("{f} is listed in the manifest but missing"))
                .hint("copy the whole pack again, or rebuild it"),
            Problem::Changed(f) => Diagnostic::error("E0903", format!("{f} differs from the manifest (size or sha256)"))
                .hint("the file was changed or damaged after the build: copy it again, or rebuild"),
            Problem::Unlisted(f) => Diagnostic::error("E0904", format!("{f} is not listed in the manifest"))
                .hint("remove it, or rebuild the pack"),
        });
    }
    let code = report(&SourceMap::new(), d, format);
    if problems.is_empty() {
        println!("{}", tr!("verify-ok", pack = pack.display().to_string()));
    }
    code
}

pub fn status(dir: &Path, format: Format) -> u8 {
    let mut p = Project::load(dir);
    let Some(set) = &p.locales else { return p.report(format) };
    let statuses = loa_l10n::status(set);
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&crate::translators::status_json(&statuses)).unwrap_or_default());
    } else {
        print!("{}", crate::translators::status_table_in(&statuses, crate::i18n::lang()));
    }
    let diags = std::mem::take(&mut p.diags);
    let errors = diags.has_errors();
    if errors {
        // Problems that make the counts unreliable (syntax, unreadable files) are shown.
        report(&p.map, diags, format)
    } else {
        0
    }
}

pub fn skeleton(dir: &Path, lang: &str, format: Format) -> u8 {
    let mut p = Project::load(dir);
    let (Some(c), Some(set), Some(roots)) = (&p.campaign, &p.locales, &p.roots) else { return p.report(format) };
    if !c.locales().any(|l| l == lang) {
        let list: Vec<&str> = c.locales().collect();
        return fail(
            format!("`{lang}` is not a locale of campaign `{}` (it has {})", c.id(), list.join(", ")),
            "add it to `locales` in [campaign] first (with a fallback, e.g. `fallback = { bru = [\"vi\"] }`)",
            format,
        );
    }
    if lang == c.reference() {
        return fail(format!("`{lang}` is the reference locale"), "the reference is written by the authors; give a target locale", format);
    }
    let sk = loa_l10n::skeleton(set, roots, lang, |path| fs::read_to_string(path).ok());
    let mut written = 0;
    for f in &sk.files {
        let shown = loa_diag::display_path(&c.dir, &f.path);
        let res = f.path.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::write(&f.path, &f.content));
        if let Err(e) = res {
            return fail(format!("cannot write {shown}: {e}"), "check that the folder is writable", format);
        }
        written += f.added;
        println!("{}", tr!("skeleton-added", file = shown, n = f.added));
    }
    if written == 0 {
        println!("{}", tr!("skeleton-nothing", lang = lang, reference = c.reference()));
    }
    let _ = p.diags;
    0
}

/// Files of a new campaign: (path, template). `{id}` is replaced by the campaign id.
const NEW_FILES: [(&str, &str); 4] = [
    ("campaign.toml", include_str!("../templates/new/campaign.toml")),
    ("locales/vi/campaign.ftl", include_str!("../templates/new/vi.ftl")),
    ("locales/en/campaign.ftl", include_str!("../templates/new/en.ftl")),
    ("images/logo.svg", include_str!("../templates/new/logo.svg")),
];

pub fn new(dir: &Path) -> u8 {
    let format = Format::Human;
    if dir.exists() && fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return fail(format!("{} already exists and is not empty", dir.display()), "choose a new folder name", format);
    }
    let name = dir.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let mut id: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    while id.contains("--") {
        id = id.replace("--", "-");
    }
    let id = id.trim_matches('-').to_string();
    let id = if id.is_empty() { "campaign".to_string() } else { id };
    for (rel, template) in NEW_FILES {
        let path = dir.join(rel);
        let res = path.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::write(&path, template.replace("{id}", &id)));
        if let Err(e) = res {
            return fail(format!("cannot write {}: {e}", path.display()), "check that the folder is writable", format);
        }
    }
    println!("{}", tr!("new-created", id = &id, dir = dir.display().to_string()));
    println!("{}", tr!("new-next", dir = dir.display().to_string()));
    0
}

/// Checks that `lang` is a target locale of the campaign and that neither it nor the reference
/// failed to load; the exit code otherwise.
fn target_locale(p: &mut Project, lang: &str, format: Format) -> Option<u8> {
    let (Some(c), Some(set)) = (&p.campaign, &p.locales) else { return Some(p.report(format)) };
    if !c.locales().any(|l| l == lang) {
        let list: Vec<&str> = c.locales().collect();
        return Some(fail(
            format!("`{lang}` is not a locale of campaign `{}` (it has {})", c.id(), list.join(", ")),
            "add it to `locales` in [campaign] first (with a fallback, e.g. `fallback = { bru = [\"vi\"] }`)",
            format,
        ));
    }
    if lang == c.reference() {
        return Some(fail(format!("`{lang}` is the reference locale"), "the reference is written by the authors; give a target locale", format));
    }
    if [c.reference(), lang].iter().any(|l| set.get(l).is_none_or(|loc| loc.broken)) {
        // A file that does not parse would lose messages: show why and stop.
        return Some(p.report(format));
    }
    None
}

/// Notes for translators per message id: the legal facts it states.
pub fn fact_notes(c: &loa_campaign::Campaign) -> loa_l10n::xliff::Notes {
    let mut notes = loa_l10n::xliff::Notes::new();
    for (id, f) in &c.facts {
        let mut s = String::new();
        if let Some(law) = &f.law {
            s.push_str(&format!("Law {}", law.get_ref()));
        } else {
            s.push_str("Law number not verified");
        }
        if let Some(name) = &f.name {
            s.push_str(&format!(" (message `{}`)", name.get_ref()));
        }
        if let Some(a) = &f.article {
            s.push_str(&format!(", article {}", a.get_ref()));
        }
        s.push_str(&format!(", in force from {}", f.effective_from.get_ref()));
        if let Some(v) = &f.valid_until {
            s.push_str(&format!(" until {}", v.get_ref()));
        }
        if let Some(src) = &f.source {
            s.push_str(&format!(". Source: {}", src.get_ref()));
        }
        if let Some(n) = &f.note {
            s.push_str(&format!(". {n}"));
        }
        for m in &f.messages {
            notes.entry(m.get_ref().clone()).or_default().push(("legal-fact".to_string(), format!("{}: {s}", id.get_ref())));
        }
    }
    notes
}

pub fn export(dir: &Path, lang: &str, out: Option<std::path::PathBuf>, format: Format) -> u8 {
    let mut p = Project::load(dir);
    if let Some(code) = target_locale(&mut p, lang, format) {
        return code;
    }
    let (Some(c), Some(set)) = (&p.campaign, &p.locales) else { return p.report(format) };
    let mut notes = fact_notes(c);
    if let Some(reference) = loa_content::resolve(c, set, c.reference(), &mut loa_diag::Diagnostics::new()) {
        for (id, more) in crate::budgets::notes(c, &reference) {
            notes.entry(id).or_default().extend(more);
        }
    }
    let (xml, units) = loa_l10n::xliff::export(set, &p.map, lang, &notes);
    let out = out.unwrap_or_else(|| format!("{}.{lang}.xlf", c.id()).into());
    if let Err(e) = fs::write(&out, xml) {
        return fail(format!("cannot write {}: {e}", out.display()), "check that the folder is writable", format);
    }
    println!("{}", tr!("export-written", file = out.display().to_string(), units = units, reference = c.reference(), lang = lang));
    0
}

fn write_lock(roots: &loa_l10n::Roots, hashes: &loa_l10n::lock::Hashes) -> std::io::Result<()> {
    let path = roots.campaign_root.join(loa_l10n::lock::LOCK_PATH);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, loa_l10n::lock::render(hashes))
}

/// `loa l10n lock`: records the current reference hash of every translated part.
pub fn lock(dir: &Path, format: Format) -> u8 {
    let mut p = Project::load(dir);
    if p.diags.has_errors() {
        // A file that does not parse would lose entries: show why and write nothing.
        return p.report(format);
    }
    let (Some(set), Some(roots)) = (&p.locales, &p.roots) else { return p.report(format) };
    let hashes = loa_l10n::lock::current(set);
    let stale = loa_l10n::lock::stale(set).len();
    if let Err(e) = write_lock(roots, &hashes) {
        return fail(format!("cannot write {}: {e}", loa_l10n::lock::LOCK_PATH), "check that the folder is writable", format);
    }
    let shown = loa_diag::display_join(&roots.campaign_dir, loa_l10n::lock::LOCK_PATH);
    for (lang, units) in &hashes {
        println!("{}", tr!("lock-recorded", file = &shown, lang = lang, n = units.len()));
    }
    if hashes.is_empty() {
        println!("{}", tr!("lock-nothing", file = &shown));
    }
    if stale > 0 {
        println!("{}", tr!("lock-stale", n = stale));
    }
    0
}

pub fn import(dir: &Path, file: &Path, format: Format) -> u8 {
    let mut p = Project::load(dir);
    if p.campaign.is_none() || p.locales.is_none() {
        return p.report(format);
    }
    let shown = file.display().to_string();
    let text = match fs::read(file) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => t,
            Err(_) => return fail(format!("{shown} is not UTF-8 text"), "save the XLIFF file as UTF-8", format),
        },
        Err(e) => return fail(format!("cannot read {shown}: {e}"), "give the .xlf file written by `loa l10n export`", format),
    };
    let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
    let xlf = p.map.add(file, shown.clone(), text);
    let mut diags = Diagnostics::new();
    let (Some(set), Some(roots)) = (&p.locales, &p.roots) else { return p.report(format) };
    let Some(result) = loa_l10n::xliff::import(set, &p.map, roots, xlf, &mut diags) else { return report(&p.map, diags, format) };
    if let Some(code) = target_locale(&mut p, &result.lang, format) {
        return code;
    }
    let campaign_dir = p.campaign.as_ref().map(|c| c.dir.clone()).unwrap_or_default();
    for f in &result.files {
        let path_shown = loa_diag::display_path(&campaign_dir, &f.path);
        let res = f.path.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::write(&f.path, &f.content));
        if let Err(e) = res {
            diags.push(Diagnostic::error("E0900", format!("cannot write {path_shown}: {e}")).hint("check that the folder is writable"));
            continue;
        }
        println!("{}", tr!("import-written", file = path_shown, n = f.units));
    }
    if !result.translated_units.is_empty()
        && let (Some(set), Some(roots)) = (&p.locales, &p.roots)
    {
        // The imported units were translated from the current reference text: record it.
        let current = loa_l10n::lock::reference_hashes(set);
        let mut hashes = set.lock.hashes.clone();
        let units = hashes.entry(result.lang.clone()).or_default();
        for u in &result.translated_units {
            if let Some(h) = current.get(u) {
                units.insert(u.clone(), h.clone());
            }
        }
        if hashes != set.lock.hashes
            && let Err(e) = write_lock(roots, &hashes)
        {
            diags.push(Diagnostic::error("E0900", format!("cannot write {}: {e}", loa_l10n::lock::LOCK_PATH)).hint("check that the folder is writable"));
        }
    }
    for id in &result.still_marked {
        println!("{}", tr!("import-still-marked", id = id, lang = &result.lang));
    }
    let summary = if result.refused > 0 { "import-summary-refused" } else { "import-summary" };
    println!(
        "{}",
        tr!(summary, file = shown, written = result.written, unchanged = result.unchanged, untranslated = result.untranslated, refused = result.refused)
    );
    report(&p.map, diags, format)
}
