//! `loa build`: plans the jobs ([`crate::plan`]), takes the unchanged ones from the previous
//! pack, renders the others — print, content and radio jobs in parallel over the cores, video
//! jobs (which use every core themselves) one at a time —, then the web pack, the translators'
//! folder and the recipient bundles, and swaps the new pack in only when everything succeeded.

use crate::plan::{self, FileHashes, Job, Work};
use crate::commands::fail;
use crate::i18n::tr;
use crate::project::{Project, report};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use loa_campaign::{Campaign, OutputKind};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics, Format, Severity};
use loa_pack::{Artifact, Stage};
use serde_json::json;
use std::collections::{BTreeMap, VecDeque};
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Kinds `--only` accepts; `print` stands for poster, leaflet and handbook.
pub const KINDS: [&str; 7] = ["poster", "leaflet", "handbook", "radio", "video", "web", "print"];

/// The folders handed to recipients, each also zipped.
const BUNDLES: [&str; 4] = ["radio", "print", "web", "translators"];

pub struct Options {
    pub out: Option<PathBuf>,
    pub only: Vec<String>,
    pub locales: Vec<String>,
    pub jobs: Option<usize>,
    /// Render every job, whatever the previous pack holds.
    pub clean: bool,
    /// Refuse (E0905) rather than wait when another build of the same pack is running.
    pub no_wait: bool,
}

/// One line of the summary.
struct Row {
    job: String,
    locale: Option<String>,
    built: bool,
    seconds: f64,
    warnings: usize,
    draft: bool,
}

fn draft<'a>(artifacts: impl IntoIterator<Item = &'a Artifact>) -> bool {
    artifacts.into_iter().any(|a| a.props.get("draft") == Some(&serde_json::Value::Bool(true)))
}

/// Fonts, logos and templates, loaded once per worker thread.
#[derive(Default)]
struct Worker {
    assets: Option<loa_print::render::Assets>,
}

struct Env<'a> {
    campaign: &'a Campaign,
    fonts_dir: Option<&'a Path>,
    cache: &'a Path,
    stage: &'a Path,
}

impl Env<'_> {
    /// The campaign with only output `i` enabled.
    fn only(&self, i: usize) -> Campaign {
        let mut c = self.campaign.clone();
        for (j, o) in c.outputs.iter_mut().enumerate() {
            if j != i {
                o.disable();
            }
        }
        c
    }

    fn assets<'w>(&self, w: &'w mut Worker) -> io::Result<&'w mut loa_print::render::Assets> {
        if w.assets.is_none() {
            let dir = self.fonts_dir.ok_or_else(|| io::Error::other("Loa's fonts (assets/fonts) were not found"))?;
            // Problems loading them were reported when the build started.
            w.assets = loa_print::render::load_assets(self.campaign, &loa_diag::FsSources, dir, &mut Diagnostics::new());
        }
        w.assets.as_mut().ok_or_else(|| io::Error::other("Loa's fonts could not be loaded"))
    }

    /// Renders a content, print or radio job into the stage.
    fn run(&self, job: &Job, w: &mut Worker, diags: &mut Diagnostics) -> io::Result<Vec<Artifact>> {
        let lang = job.locale.as_str();
        let mut files = Vec::new();
        let i = match job.work {
            Work::Content => {
                let mut json = serde_json::to_vec_pretty(&job.content).map_err(io::Error::other)?;
                json.push(b'\n');
                files.push(Artifact::write(self.stage, &format!("content/{lang}.json"), "content", Some(lang), &json, serde_json::Map::new())?);
                return Ok(files);
            }
            Work::Output(i) => i,
        };
        let c = self.only(i);
        match c.outputs[i].kind {
            OutputKind::Poster | OutputKind::Leaflet | OutputKind::Handbook => {
                let assets = self.assets(w)?;
                for f in loa_print::render::render(assets, &c, &job.content, diags) {
                    let mut props = serde_json::Map::new();
                    props.insert("pages".into(), f.pages.into());
                    props.insert("trim-mm".into(), json!([(f.trim_mm[0] * 10.0).round() / 10.0, (f.trim_mm[1] * 10.0).round() / 10.0]));
                    files.push(Artifact::write(self.stage, &f.path, f.kind, Some(lang), &f.bytes, props)?);
                    if let Some((path, text)) = loa_print::ticket::ticket(&f, lang, c.id()) {
                        let mut props = serde_json::Map::new();
                        props.insert("for".into(), f.path.clone().into());
                        files.push(Artifact::write(self.stage, &path, "print-ticket", Some(lang), text.as_bytes(), props)?);
                    }
                }
            }
            OutputKind::Radio => {
                let aired = loa_audio::radio::render(&c, &job.content, &self.cache.join("draft-voices"), self.stage, diags);
                for f in &aired {
                    files.push(Artifact::of_file(self.stage, &f.path, f.kind, Some(lang), f.props.clone())?);
                    // The announcer's script, typeset (tagged, for screen readers too).
                    let Some(s) = &f.script else { continue };
                    let fonts = &mut self.assets(w)?.fonts;
                    let lines: Vec<loa_print::script::Line> = s.lines.iter().map(|(h, t)| loa_print::script::Line { heading: h.clone(), text: t.clone() }).collect();
                    let doc = loa_print::script::script(fonts, &s.title, &s.subtitle, lang, &lines);
                    let path = f.path.replace(".txt", ".pdf");
                    match loa_print::pdf::pdf(&doc, fonts.files(), loa_print::pdf::Kind::Accessible) {
                        Ok(pdf) => {
                            let mut props = serde_json::Map::new();
                            props.insert("pages".into(), doc.pages.len().into());
                            props.insert("trim-mm".into(), json!([210.0, 297.0]));
                            files.push(Artifact::write(self.stage, &path, "radio-script", Some(lang), &pdf, props)?);
                        }
                        Err(e) => diags.push(Diagnostic::error("E0390", format!("the radio script {path} could not be written: {e}"))),
                    }
                }
            }
            OutputKind::Video => return Err(io::Error::other("video jobs run on their own")),
        }
        Ok(files)
    }
}

/// A spinner line for a running job.
fn spinner(progress: &MultiProgress, job: &str) -> ProgressBar {
    let bar = progress.add(ProgressBar::new_spinner());
    if let Ok(style) = ProgressStyle::with_template("  {spinner} {prefix:28} {elapsed}") {
        bar.set_style(style);
    }
    bar.set_prefix(job.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

struct Done {
    job: Job,
    result: io::Result<Vec<Artifact>>,
    diags: Diagnostics,
    seconds: f64,
}

/// Runs `jobs` on `workers` threads; stops taking new jobs after the first failure.
fn run_parallel(env: &Env, jobs: Vec<Job>, workers: usize, progress: &MultiProgress) -> Vec<Done> {
    let queue = Mutex::new(VecDeque::from(jobs));
    let failed = AtomicBool::new(false);
    let done = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                let mut w = Worker::default();
                loop {
                    if failed.load(Ordering::Relaxed) {
                        break;
                    }
                    let Some(job) = queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner).pop_front() else { break };
                    let bar = spinner(progress, &job.id);
                    let start = Instant::now();
                    let mut diags = Diagnostics::new();
                    let result = env.run(&job, &mut w, &mut diags);
                    bar.finish_and_clear();
                    if result.is_err() || diags.has_errors() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    let d = Done { job, result, diags, seconds: start.elapsed().as_secs_f64() };
                    done.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(d);
                }
            });
        }
    });
    done.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub fn build(dir: &Path, opts: &Options, format: Format) -> u8 {
    let started = Instant::now();
    let mut p = Project::load(dir);
    p.add_pseudo_locales(&opts.locales);
    if p.diags.has_errors() {
        return p.report(format);
    }
    let only = |kind: &str| opts.only.is_empty() || opts.only.iter().any(|o| o == kind || (o == "print" && matches!(kind, "poster" | "leaflet" | "handbook")));
    if let Some(c) = p.campaign.as_mut() {
        c.outputs.iter_mut().filter(|o| !only(o.kind.as_str())).for_each(|o| o.disable());
    }
    let (Some(c), Some(set), Some(roots)) = (&p.campaign, &p.locales, &p.roots) else { return p.report(format) };
    let locales = match crate::project::chosen_locales(c, &opts.locales, format) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let mut contents: Vec<ResolvedContent> = Vec::new();
    for lang in &locales {
        if let Some(content) = loa_content::resolve(c, set, lang, &mut p.diags) {
            contents.push(content);
        }
    }
    if p.diags.has_errors() {
        return p.report(format);
    }
    let out: PathBuf = opts.out.clone().unwrap_or_else(|| Path::new("out").join(c.id()));
    // One build at a time per pack, from before the cache and the previous pack are read until
    // the new pack is in place (the lock goes when this function returns, or the process dies).
    let _lock = match loa_pack::BuildLock::take(&out, !opts.no_wait, |pid| {
        eprintln!("{}", tr!("build-waiting", pack = out.display().to_string(), pid = pid_text(pid)));
    }) {
        Ok(lock) => lock,
        Err(loa_pack::LockError::Busy(pid)) => {
            let mut d = Diagnostics::new();
            d.push(
                Diagnostic::error("E0905", format!("another build of {} is running (pid {})", out.display(), pid_text(pid)))
                    .hint("wait until it has finished, or build without --no-wait to wait for it"),
            );
            return report(&loa_diag::SourceMap::new(), d, format);
        }
        Err(loa_pack::LockError::Io(e)) => {
            return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space", format);
        }
    };
    let cache = out.with_file_name(".loa-cache").join(c.id());
    let fonts_dir = crate::project::fonts_dir(&c.root);
    let media = c.outputs.iter().any(|o| o.enabled());
    if media && fonts_dir.is_none() {
        return fail("Loa's fonts (assets/fonts) were not found".into(), "run Loa from its folder, or set LOA_ASSETS to the folder that holds fonts/", format);
    }
    // Fonts, logos and templates are checked once here, so that problems are reported once.
    if c.outputs.iter().any(|o| o.enabled() && matches!(o.kind, OutputKind::Poster | OutputKind::Leaflet | OutputKind::Handbook))
        && let Some(f) = &fonts_dir
    {
        let _ = loa_print::render::load_assets(c, &loa_diag::FsSources, f, &mut p.diags);
        if p.diags.has_errors() {
            return p.report(format);
        }
    }

    // The plan.
    let mut hashes = FileHashes::load(cache.join("file-hashes.json"));
    let mut jobs = plan::plan(c, &contents, fonts_dir.as_deref(), &mut hashes);
    hashes.save();
    jobs.sort_by_key(|j| (j.kind(c).is_some_and(|k| k == OutputKind::Video), j.locale != c.reference(), j.id.clone()));
    let translators = crate::translators::bundle(c, set, &p.map, roots, &contents);
    let translators_hash = plan::derived_hash("translators", &translators);
    let mut planned: BTreeMap<String, String> = jobs.iter().map(|j| (j.id.clone(), j.hash.clone())).collect();
    planned.insert("translators".into(), translators_hash.clone());
    let web_wanted = only("web");

    // A build killed before may have left a staging folder, or (where renames are not atomic) the
    // previous pack moved aside: put things right before looking at the pack.
    if let Err(e) = loa_pack::clean_up_after_killed_builds(&out) {
        return fail(format!("cannot tidy {} after an interrupted build: {e}", out.display()), "check that the folder is writable", format);
    }
    // Nothing changed: the pack stays as it is.
    let unchanged = (!opts.clean).then(|| loa_pack::intact(&out)).flatten().filter(|m| {
        // Jobs made from the others (web pack, bundles) are the same when those are.
        let derived = |id: &str| id == "web" || id.starts_with("bundle:");
        let primary: BTreeMap<String, String> = m.jobs.iter().filter(|(id, _)| !derived(id)).map(|(k, v)| (k.clone(), v.clone())).collect();
        m.campaign == c.id() && m.locales == locales && primary == planned && m.jobs.contains_key("web") == web_wanted
    });
    if let Some(m) = unchanged {
        let rows: Vec<Row> = m.jobs.keys().map(|id| Row { job: id.clone(), locale: None, built: false, seconds: 0.0, warnings: 0, draft: false }).collect();
        let code = finish_diagnostics(&mut p, dir, format);
        summary(&out, &rows, m.artifacts.len() + 1, &locales, true, started, format);
        return code;
    }

    let mut stage = match Stage::new(&out) {
        Ok(s) => s,
        Err(e) => return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space", format),
    };
    let progress = MultiProgress::with_draw_target(if format == Format::Human && std::io::stderr().is_terminal() { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() });
    let mut rows: Vec<Row> = Vec::new();
    let mut todo: Vec<Job> = Vec::new();
    let mut videos: Vec<Job> = Vec::new();
    // `--clean` renders every job, the derived ones too.
    let clean = opts.clean;
    let reuse = |stage: &mut Stage, job: &str, hash: &str| -> io::Result<bool> { if clean { Ok(false) } else { stage.reuse(job, hash) } };
    for job in jobs {
        match reuse(&mut stage, &job.id, &job.hash) {
            Ok(true) => {
                let was_draft = draft(stage.artifacts().iter().filter(|a| a.job.as_deref() == Some(job.id.as_str())));
                rows.push(Row { job: job.id.clone(), locale: Some(job.locale.clone()), built: false, seconds: 0.0, warnings: 0, draft: was_draft });
            }
            Ok(false) if job.kind(c) == Some(OutputKind::Video) => videos.push(job),
            Ok(false) => todo.push(job),
            Err(e) => return fail(format!("cannot take {} from the previous pack: {e}", job.id), "delete the pack folder and build again", format),
        }
    }

    // Content, print and radio jobs, in parallel.
    let workers = opts.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1).min(todo.len().max(1));
    let stage_dir = stage.dir().to_path_buf();
    let env = Env { campaign: c, fonts_dir: fonts_dir.as_deref(), cache: &cache, stage: &stage_dir };
    let mut done = run_parallel(&env, todo, workers, &progress);
    done.sort_by(|a, b| a.job.id.cmp(&b.job.id));
    let mut io_error = None;
    for d in done {
        let warnings = d.diags.count(Severity::Warning);
        p.diags.extend(d.diags.into_vec());
        match d.result {
            Ok(files) => {
                rows.push(Row { job: d.job.id.clone(), locale: Some(d.job.locale.clone()), built: true, seconds: d.seconds, warnings, draft: draft(&files) });
                stage.record(&d.job.id, &d.job.hash, files);
            }
            Err(e) => io_error = io_error.or(Some(format!("{}: {e}", d.job.id))),
        }
    }
    if let Some(e) = io_error {
        progress.clear().ok();
        return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space; the previous pack is untouched", format);
    }
    if p.diags.has_errors() {
        return p.report(format);
    }

    // Videos, one at a time: after print (a motion poster may show the poster's preview) and with
    // the radio engine's voices.
    if !videos.is_empty() {
        let Some(fonts) = fonts_dir.as_deref() else { return p.report(format) };
        let Some(gst) = crate::video::start(fonts, &cache, &mut p.diags) else { return p.report(format) };
        for job in videos {
            let Work::Output(i) = job.work else { continue };
            let lang = job.locale.clone();
            let preview = first_poster_preview(&stage, &lang).map(|rel| stage_dir.join(rel));
            let bar = progress.add(crate::video::bar(&job.id));
            let start = Instant::now();
            let mut diags = Diagnostics::new();
            let made = crate::video::render(&gst, &env.only(i), &job.content, preview, &cache, &stage_dir, &bar, &mut diags);
            bar.finish_and_clear();
            let warnings = diags.count(Severity::Warning);
            p.diags.extend(diags.into_vec());
            if p.diags.has_errors() {
                return p.report(format);
            }
            let files: io::Result<Vec<Artifact>> = made.iter().map(|f| Artifact::of_file(&stage_dir, &f.path, f.kind, Some(&lang), f.props.clone())).collect();
            match files {
                Ok(files) => {
                    rows.push(Row { job: job.id.clone(), locale: Some(lang), built: true, seconds: start.elapsed().as_secs_f64(), warnings, draft: draft(&files) });
                    stage.record(&job.id, &job.hash, files);
                }
                Err(e) => return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space; the previous pack is untouched", format),
            }
        }
    }

    // Made from the other files: the translators' folder, the web pack and the bundles.
    let made = (|| -> io::Result<()> {
        let start = Instant::now();
        let built = !reuse(&mut stage, "translators", &translators_hash)?;
        if built {
            let files = translators.iter().map(|(path, bytes)| Artifact::write(&stage_dir, path, kind_of(path), None, bytes, serde_json::Map::new())).collect::<io::Result<Vec<_>>>()?;
            stage.record("translators", &translators_hash, files);
        }
        rows.push(Row { job: "translators".into(), locale: None, built, seconds: start.elapsed().as_secs_f64(), warnings: 0, draft: false });
        if web_wanted {
            let start = Instant::now();
            let mut inputs: Vec<(&str, &str)> = stage.artifacts().iter().map(|a| (a.path.as_str(), a.sha256.as_str())).collect();
            inputs.sort_unstable();
            let hash = plan::derived_hash("web", &(&contents, inputs));
            let built = !reuse(&mut stage, "web", &hash)?;
            if built {
                let files = web(c, &contents, &stage)?;
                stage.record("web", &hash, files);
            }
            rows.push(Row { job: "web".into(), locale: None, built, seconds: start.elapsed().as_secs_f64(), warnings: 0, draft: false });
        }
        for folder in BUNDLES {
            let prefix = format!("{folder}/");
            let mut inputs: Vec<(&str, &str)> = stage.artifacts().iter().filter(|a| a.path.starts_with(&prefix)).map(|a| (a.path.as_str(), a.sha256.as_str())).collect();
            inputs.sort_unstable();
            if inputs.is_empty() {
                continue;
            }
            let start = Instant::now();
            let job = format!("bundle:{folder}");
            let hash = plan::derived_hash(&job, &inputs);
            let count = inputs.len();
            let built = !reuse(&mut stage, &job, &hash)?;
            if built {
                let zip = format!("bundles/{}-{folder}.zip", c.id());
                loa_pack::zip_folder(&stage_dir, folder, &zip)?;
                let mut props = serde_json::Map::new();
                props.insert("folder".into(), folder.into());
                props.insert("files".into(), count.into());
                let a = Artifact::of_file(&stage_dir, &zip, "bundle", None, props)?;
                stage.record(&job, &hash, vec![a]);
            }
            rows.push(Row { job, locale: None, built, seconds: start.elapsed().as_secs_f64(), warnings: 0, draft: false });
        }
        Ok(())
    })();
    if let Err(e) = made {
        return fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space; the previous pack is untouched", format);
    }
    let written = stage.commit(c.id(), &locales);
    let code = finish_diagnostics(&mut p, dir, format);
    match written {
        Ok(m) => {
            summary(&out, &rows, m.artifacts.len() + 1, &locales, false, started, format);
            if format == Format::Human {
                for rc in &contents {
                    match rc.fallbacks() {
                        0 => {}
                        n => println!("  {}", tr!("build-fallbacks", locale = &rc.locale, n = n, chain = rc.chain[1..].join(", "))),
                    }
                }
            }
            code
        }
        Err(e) => fail(format!("cannot write the pack to {}: {e}", out.display()), "check that the folder is writable and the disk has space; the previous pack is untouched", format),
    }
}

/// A pid for a message, `?` when the lock file named none.
fn pid_text(pid: Option<u32>) -> String {
    pid.map_or_else(|| "?".to_string(), |p| p.to_string())
}

fn kind_of(path: &str) -> &'static str {
    if path.ends_with(".csv") {
        "glossary"
    } else if path.ends_with(".xlf") {
        "translation-xliff"
    } else if path.ends_with(".ftl") {
        "translation-skeleton"
    } else {
        "translation-status"
    }
}

/// The pack path of the first poster's first-page preview in `lang`.
fn first_poster_preview(stage: &Stage, lang: &str) -> Option<String> {
    let mut v: Vec<&str> = stage
        .artifacts()
        .iter()
        .filter(|a| a.kind == "preview" && a.locale.as_deref() == Some(lang) && a.path.contains("/poster-") && a.path.ends_with("-01.png"))
        .map(|a| a.path.as_str())
        .collect();
    v.sort();
    v.first().map(|s| s.to_string())
}

/// Writes the web pack into the stage.
fn web(c: &Campaign, contents: &[ResolvedContent], stage: &Stage) -> io::Result<Vec<Artifact>> {
    let dir = stage.dir();
    let mut files = Vec::new();
    for f in loa_web::render(c, contents, stage.artifacts(), dir) {
        let a = match f.source {
            loa_web::Source::Bytes(bytes) => Artifact::write(dir, &f.path, f.kind, f.locale.as_deref(), &bytes, serde_json::Map::new())?,
            loa_web::Source::Copy(from) => {
                loa_pack::link_or_copy(&dir.join(&from), &dir.join(&f.path))?;
                match stage.artifacts().iter().find(|a| a.path == from) {
                    Some(src) => Artifact { kind: f.kind.to_string(), locale: f.locale.clone(), path: f.path.clone(), job: None, ..src.clone() },
                    None => Artifact::of_file(dir, &f.path, f.kind, f.locale.as_deref(), serde_json::Map::new())?,
                }
            }
        };
        files.push(a);
    }
    Ok(files)
}

/// Prints what a successful build has to say: warnings only a build finds (subtitles timed from
/// the voices) in full, the others counted (`loa check` shows them).
fn finish_diagnostics(p: &mut Project, dir: &Path, format: Format) -> u8 {
    if format != Format::Human || p.diags.has_errors() {
        return p.report(format);
    }
    let (built, checked): (Vec<_>, Vec<_>) = std::mem::take(&mut p.diags).into_vec().into_iter().partition(|d| d.code.starts_with("W05"));
    if !built.is_empty() {
        let mut shown = Diagnostics::new();
        shown.extend(built);
        report(&p.map, shown, format);
    }
    if !checked.is_empty() {
        eprintln!("{}", tr!("build-warnings-elsewhere", n = checked.len(), dir = dir.display().to_string()));
    }
    0
}

fn seconds(s: f64) -> String {
    if s >= 60.0 { format!("{}m {:02.0}s", (s / 60.0) as u64, s % 60.0) } else { format!("{s:.1}s") }
}

/// The table of jobs (human) or the build report (JSON), on stdout.
fn summary(out: &Path, rows: &[Row], files: usize, locales: &[String], up_to_date: bool, started: Instant, format: Format) {
    let total = started.elapsed().as_secs_f64();
    let built = rows.iter().filter(|r| r.built).count();
    if format == Format::Json {
        let jobs: Vec<_> = rows
            .iter()
            .map(|r| json!({"job": r.job, "locale": r.locale, "result": if r.built { "built" } else { "unchanged" }, "seconds": (r.seconds * 100.0).round() / 100.0, "warnings": r.warnings, "draft": r.draft}))
            .collect();
        let report = json!({"pack": out.display().to_string(), "up-to-date": up_to_date, "files": files, "locales": locales, "jobs": jobs, "seconds": (total * 1000.0).round() / 1000.0});
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
        return;
    }
    if up_to_date {
        println!("{}", tr!("build-up-to-date", pack = out.display().to_string(), jobs = rows.len(), files = files, time = seconds(total)));
        return;
    }
    let built_word = tr!("build-built");
    // Columns as wide as their heading in the language of the run and their longest value.
    let width = |id: &str, min: usize| tr!(id).chars().count().max(min);
    let longest_locale = rows.iter().filter_map(|r| r.locale.as_deref()).map(|l| l.chars().count()).max().unwrap_or(0);
    let (lw, tw) = (width("build-col-locale", longest_locale.max(3)), width("build-col-time", 8));
    println!("{:<30} {:<lw$} {:<10} {:>tw$} {:>9}", tr!("build-col-job"), tr!("build-col-locale"), tr!("build-col-result"), tr!("build-col-time"), tr!("build-col-warnings"));
    for r in rows.iter().filter(|r| r.built) {
        println!(
            "{:<30} {:<lw$} {:<10} {:>tw$} {:>9}  {}",
            r.job,
            r.locale.as_deref().unwrap_or("—"),
            built_word,
            seconds(r.seconds),
            r.warnings,
            if r.draft { tr!("build-draft-voice") } else { String::new() }
        );
    }
    let unchanged = rows.len() - built;
    if unchanged > 0 {
        println!("{:<30} {:<lw$} {:<10}", tr!("build-more", n = unchanged), "", tr!("build-unchanged"));
    }
    let drafts: Vec<&str> = rows.iter().filter(|r| r.draft).map(|r| r.job.as_str()).collect();
    println!(
        "{}",
        tr!("build-done", pack = out.display().to_string(), files = files, locales = locales.len(), list = locales.join(", "), built = built, unchanged = unchanged, time = seconds(total))
    );
    if !drafts.is_empty() {
        println!("{}", tr!("build-drafts", jobs = drafts.join(", ")));
    }
}
