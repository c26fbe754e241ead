//! One function per command; each returns the exit code.

use crate::project::{Project, report};
use loa_diag::{Diagnostic, Diagnostics, Format, SourceMap};
use loa_l10n::MessageState;
use loa_pack::{Problem, Stage};
use serde_json::json;
use std::fs;
use std::path::{Path, PathBuf};

fn fail(message: String, hint: &str, format: Format) -> u8 {
    let mut d = Diagnostics::new();
    d.push(Diagnostic::error("E0900", message).hint(hint));
    report(&SourceMap::new(), d, format)
}

pub fn check(dir: &Path, fix: bool, format: Format) -> u8 {
    if fix {
        let fixed = fix_files(dir);
        if fixed > 0 {
            eprintln!("fixed {fixed} file{}: NFC, invisible characters removed", if fixed == 1 { "" } else { "s" });
        }
    }
    let mut p = Project::load(dir);
    if !p.diags.has_errors()
        && let (Some(c), Some(set)) = (&p.campaign, &p.locales)
    {
        for lang in c.locales() {
            let _ = loa_content::resolve(c, set, lang, &mut p.diags);
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

pub fn build(dir: &Path, out: Option<&Path>, only: &[String], format: Format) -> u8 {
    let mut p = Project::load(dir);
    if p.diags.has_errors() {
        return p.report(format);
    }
    if let Some(c) = p.campaign.as_mut()
        && !only.is_empty()
    {
        let wanted = |k: loa_campaign::OutputKind| {
            only.iter().any(|o| o == k.as_str() || (o == "print" && matches!(k, loa_campaign::OutputKind::Poster | loa_campaign::OutputKind::Leaflet | loa_campaign::OutputKind::Handbook)))
        };
        c.outputs.iter_mut().filter(|o| !wanted(o.kind)).for_each(|o| o.disable());
    }
    let (Some(c), Some(set)) = (&p.campaign, &p.locales) else { return p.report(format) };
    let mut contents = Vec::new();
    for lang in c.locales() {
        if let Some(content) = loa_content::resolve(c, set, lang, &mut p.diags) {
            contents.push(content);
        }
    }
    if p.diags.has_errors() {
        return p.report(format);
    }
    // Print products, per locale.
    let mut printed: Vec<(String, loa_print::render::PrintFile)> = Vec::new();
    // Fonts and artwork, loaded once and kept for the radio scripts too.
    let mut assets: Option<loa_print::render::Assets> = None;
    let wants_print = c.outputs.iter().any(|o| o.enabled() && matches!(o.kind, loa_campaign::OutputKind::Poster | loa_campaign::OutputKind::Leaflet | loa_campaign::OutputKind::Handbook));
    if wants_print {
        let Some(fonts_dir) = crate::project::fonts_dir(&c.root) else {
            return fail("Loa's fonts (assets/fonts) were not found".into(), "run Loa from its folder, or set LOA_ASSETS to the folder that holds fonts/", format);
        };
        assets = loa_print::render::load_assets(c, &loa_diag::FsSources, &fonts_dir, &mut p.diags);
        if let Some(assets) = assets.as_mut() {
            for rc in &contents {
                for f in loa_print::render::render(assets, c, rc, &mut p.diags) {
                    printed.push((rc.locale.clone(), f));
                }
            }
        }
        if p.diags.has_errors() {
            return p.report(format);
        }
    }
    let out: PathBuf = out.map(Path::to_path_buf).unwrap_or_else(|| Path::new("out").join(c.id()));
    // From here on outputs are written into the staging folder; it is removed again unless the
    // whole build succeeds.
    let mut stage = match Stage::new(&out) {
        Ok(s) => s,
        Err(e) => return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space", format),
    };
    let staged = (|| -> std::io::Result<()> {
        for rc in &contents {
            let mut json = serde_json::to_vec_pretty(rc).map_err(std::io::Error::other)?;
            json.push(b'\n');
            stage.write(&format!("content/{}.json", rc.locale), "content", Some(&rc.locale), &json)?;
        }
        for (lang, f) in &printed {
            let mut props = serde_json::Map::new();
            props.insert("pages".into(), f.pages.into());
            props.insert("trim-mm".into(), serde_json::json!([(f.trim_mm[0] * 10.0).round() / 10.0, (f.trim_mm[1] * 10.0).round() / 10.0]));
            stage.write_with(&f.path, f.kind, Some(lang), &f.bytes, props)?;
        }
        Ok(())
    })();
    if let Err(e) = staged {
        return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space", format);
    }
    // Radio bulletins, per locale, written straight into the stage (they can be long); draft
    // voices are cached beside the pack, never inside it.
    let mut aired: Vec<(String, loa_audio::radio::RadioFile)> = Vec::new();
    if c.outputs.iter().any(|o| o.enabled() && o.kind == loa_campaign::OutputKind::Radio) {
        let cache = out.with_file_name(".loa-cache").join(c.id()).join("draft-voices");
        for rc in &contents {
            for f in loa_audio::radio::render(c, rc, &cache, stage.dir(), &mut p.diags) {
                aired.push((rc.locale.clone(), f));
            }
        }
        if p.diags.has_errors() {
            return p.report(format);
        }
    }
    // The announcers' scripts, typeset (tagged, for screen readers too).
    let mut scripts: Vec<(String, String, Vec<u8>, usize)> = Vec::new();
    let mut loaded: Option<loa_text::FontBook>;
    let fonts = match assets.as_mut() {
        Some(a) => Some(&mut a.fonts),
        None if aired.iter().any(|(_, f)| f.script.is_some()) => {
            loaded = crate::project::fonts_dir(&c.root).and_then(|dir| loa_text::FontBook::load(&dir).ok());
            loaded.as_mut()
        }
        None => None,
    };
    if let Some(fonts) = fonts {
        for (lang, f) in &aired {
            let Some(s) = &f.script else { continue };
            let lines: Vec<loa_print::script::Line> = s.lines.iter().map(|(h, t)| loa_print::script::Line { heading: h.clone(), text: t.clone() }).collect();
            let doc = loa_print::script::script(fonts, &s.title, &s.subtitle, lang, &lines);
            match loa_print::pdf::pdf(&doc, fonts.files(), loa_print::pdf::Kind::Accessible) {
                Ok(pdf) => scripts.push((lang.clone(), f.path.replace(".txt", ".pdf"), pdf, doc.pages.len())),
                Err(e) => p.diags.push(loa_diag::Diagnostic::error("E0390", format!("the radio script {} could not be written: {e}", f.path))),
            }
        }
        if p.diags.has_errors() {
            return p.report(format);
        }
    }
    // Videos, per locale: after print (a motion poster may show the poster's preview) and with
    // the radio engine's voices.
    let mut filmed: Vec<(String, loa_video::render::VideoFile)> = Vec::new();
    if c.outputs.iter().any(|o| o.enabled() && o.kind == loa_campaign::OutputKind::Video) {
        let Some(fonts_dir) = crate::project::fonts_dir(&c.root) else {
            return fail("Loa's fonts (assets/fonts) were not found".into(), "run Loa from its folder, or set LOA_ASSETS to the folder that holds fonts/", format);
        };
        let mut previews: Vec<(String, PathBuf)> = printed
            .iter()
            .filter(|(_, f)| f.kind == "preview" && f.path.contains("/poster-") && f.path.ends_with("-01.png"))
            .map(|(lang, f)| (lang.clone(), stage.dir().join(&f.path)))
            .collect();
        previews.sort();
        let cache = out.with_file_name(".loa-cache").join(c.id());
        filmed = crate::video::render(c, &contents, previews, &fonts_dir, &cache, stage.dir(), &mut p.diags);
        if p.diags.has_errors() {
            return p.report(format);
        }
    }
    let locales: Vec<String> = c.locales().map(str::to_string).collect();
    let campaign_id = c.id().to_string();
    let summary: Vec<String> = contents
        .iter()
        .map(|rc| match rc.fallbacks() {
            0 => format!("  {}: complete", rc.locale),
            n => format!("  {}: {n} message{} from {}", rc.locale, if n == 1 { "" } else { "s" }, rc.chain[1..].join(", ")),
        })
        .collect();
    let written = (|| -> std::io::Result<loa_pack::Manifest> {
        for (lang, f) in &aired {
            stage.add(&f.path, f.kind, Some(lang), f.props.clone())?;
        }
        for (lang, f) in &filmed {
            stage.add(&f.path, f.kind, Some(lang), f.props.clone())?;
        }
        for (lang, path, pdf, pages) in &scripts {
            let mut props = serde_json::Map::new();
            props.insert("pages".into(), (*pages).into());
            props.insert("trim-mm".into(), serde_json::json!([210.0, 297.0]));
            stage.write_with(path, "radio-script", Some(lang), pdf, props)?;
        }
        stage.commit(&campaign_id, &locales)
    })();
    // A successful build only counts its warnings (translators see them with `loa check`);
    // a failed one prints everything.
    let code = if format == Format::Human && !p.diags.has_errors() {
        // Warnings only a build can find (subtitles timed from the voices) are shown in full;
        // the others are counted: `loa check` shows them.
        let (built, checked): (Vec<_>, Vec<_>) = std::mem::take(&mut p.diags).into_vec().into_iter().partition(|d| d.code.starts_with("W05"));
        let n = checked.len();
        if !built.is_empty() {
            let mut shown = Diagnostics::new();
            shown.extend(built);
            crate::project::report(&p.map, shown, format);
        }
        if n > 0 {
            eprintln!("{n} warning{} (see them with `loa check {}`)", if n == 1 { "" } else { "s" }, dir.display());
        }
        0
    } else {
        p.report(format)
    };
    match written {
        Ok(m) => {
            println!("built {}: {} files, {} locales", out.display(), m.artifacts.len() + 1, locales.len());
            let drafts: Vec<&str> = locales
                .iter()
                .filter(|l| aired.iter().any(|(al, f)| al == *l && f.props.get("draft") == Some(&serde_json::Value::Bool(true))))
                .map(String::as_str)
                .collect();
            for s in summary {
                println!("{s}");
            }
            if !drafts.is_empty() {
                println!("  radio: DRAFT voices in {} — the scripts in radio/<lang>/ list what to record", drafts.join(", "));
            }
            code
        }
        Err(e) => fail(
            format!("cannot write the pack to {}: {e}", out.display()),
            "check that the folder is writable and the disk has space; the previous pack is untouched",
            format,
        ),
    }
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
        println!("{}: every file matches manifest.json", pack.display());
    }
    code
}

pub fn status(dir: &Path, format: Format) -> u8 {
    let mut p = Project::load(dir);
    let Some(set) = &p.locales else { return p.report(format) };
    let statuses = loa_l10n::status(set);
    if format == Format::Json {
        let list: Vec<_> = statuses
            .iter()
            .map(|s| {
                let ids = |want: fn(&MessageState) -> bool| -> Vec<&str> {
                    s.messages.iter().filter(|(_, st, _)| want(st)).map(|(id, _, _)| id.as_str()).collect()
                };
                json!({
                    "locale": s.lang,
                    "chain": s.chain,
                    "messages": {"translated": s.translated().0, "fallback": s.fallback().0, "missing": s.missing().0, "total": s.total().0},
                    "words": {"translated": s.translated().1, "fallback": s.fallback().1, "missing": s.missing().1, "total": s.total().1},
                    "percent": (s.percent() * 10.0).round() / 10.0,
                    "fallback-messages": ids(|st| matches!(st, MessageState::Fallback(_))),
                    "missing-messages": ids(|st| *st == MessageState::Missing),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list).unwrap_or_default());
    } else {
        println!("{:<8} {:<10} {:>12} {:>12} {:>12} {:>8}", "locale", "falls back", "translated", "fallback", "missing", "done");
        for s in &statuses {
            let cell = |(n, w): (usize, usize)| format!("{n} ({w} w)");
            let chain = if s.chain.len() > 1 { s.chain[1..].join(" → ") } else { "—".into() };
            println!(
                "{:<8} {:<10} {:>12} {:>12} {:>12} {:>7.1}%",
                s.lang, chain, cell(s.translated()), cell(s.fallback()), cell(s.missing()), s.percent()
            );
        }
        println!("(messages, with words in brackets; done = share of words translated)");
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
        println!("{shown}: {} message{} to translate", f.added, if f.added == 1 { "" } else { "s" });
    }
    if written == 0 {
        println!("{lang} already has every message of {}: nothing to add", c.reference());
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
    println!("created campaign `{id}` in {}", dir.display());
    println!("next: edit campaign.toml and locales/vi/campaign.ftl, then run `loa check {}`", dir.display());
    0
}
