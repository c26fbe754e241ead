//! The campaign pack as a whole: incremental rebuilds (nothing to do, one message changed),
//! reproducible clean builds, a build killed midway, bundles and job tickets, `loa verify`, and
//! the web pack in headless Chromium with axe-core (needs node, Debian's `chromium` and
//! `npm ci --prefix tests/web`; `./dev test` installs them, and the test says what is missing).
//!
//! One clean build of the whole demo is shared; each test copies what it changes. The tests
//! take turns (`TURN`): the no-op rebuild is timed and must not share the cores.

mod media;
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use media::{band_difference, frames, grey_frame, manifest, probe, sidecars};
use support::{loa, repo};

static TURN: Mutex<()> = Mutex::new(());

fn turn() -> MutexGuard<'static, ()> {
    TURN.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Copies the folder `from` into `to` (files and folders only).
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for e in fs::read_dir(from).expect("read_dir").flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().expect("type").is_dir() {
            copy_tree(&src, &dst);
        } else {
            fs::copy(&src, &dst).expect("copy");
        }
    }
}

/// A copy of the demo campaign with the shared strings beside it: `<dir>/campaigns/demo`.
fn demo_campaign(dir: &Path) -> PathBuf {
    let camp = dir.join("campaigns/demo");
    copy_tree(&repo().join("campaigns/access-to-information"), &camp);
    copy_tree(&repo().join("locales"), &dir.join("locales"));
    camp
}

struct Demo {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    campaign: PathBuf,
    pack: PathBuf,
}

/// One clean build of the whole demo (print, radio, video, web, bundles).
fn demo() -> &'static Demo {
    static DEMO: OnceLock<Demo> = OnceLock::new();
    DEMO.get_or_init(|| {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path().to_path_buf();
        let campaign = demo_campaign(&root);
        let pack = root.join("out/a");
        let r = build(&root, &campaign, &pack, &[]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        Demo { _tmp: tmp, root, campaign, pack }
    })
}

fn build(dir: &Path, campaign: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["build", campaign.to_str().expect("utf-8"), "--out", out.to_str().expect("utf-8"), "--format", "json"];
    args.extend(extra);
    loa(dir, &args)
}

/// The build report's jobs that were rendered.
fn built(report: &std::process::Output) -> Vec<String> {
    let r: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&report.stdout)));
    r["jobs"].as_array().expect("jobs").iter().filter(|j| j["result"] == "built").map(|j| j["job"].as_str().expect("id").to_string()).collect()
}

fn verify(pack: &Path) {
    let v = loa(pack.parent().expect("parent"), &["verify", pack.to_str().expect("utf-8")]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn a_rebuild_without_changes_renders_nothing_in_under_half_a_second() {
    let d = demo();
    let _t = turn();
    let before = fs::read(d.pack.join("manifest.json")).expect("manifest");
    let start = Instant::now();
    let r = build(&d.root, &d.campaign, &d.pack, &[]);
    let took = start.elapsed();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(built(&r), Vec::<String>::new());
    let report: serde_json::Value = serde_json::from_slice(&r.stdout).expect("json");
    assert_eq!(report["up-to-date"], true);
    assert!(took < Duration::from_millis(500), "the no-op rebuild took {took:?}");
    assert_eq!(fs::read(d.pack.join("manifest.json")).expect("manifest"), before, "the pack is left as it was");
    verify(&d.pack);
}

#[test]
fn changing_one_bru_message_rebuilds_only_the_jobs_that_use_it() {
    let d = demo();
    let _t = turn();
    // A second campaign folder and a copy of the pack, beside the first (same cache).
    let root = d.root.join("bru-edit");
    let campaign = demo_campaign(&root);
    let pack = d.root.join("out/bru-edit");
    copy_tree(&d.pack, &pack);
    // `qa-foreigners` is in the handbook only.
    let ftl = campaign.join("locales/bru/campaign.ftl");
    let text = fs::read_to_string(&ftl).expect("bru ftl");
    let old = "# TODO(loa): untranslated\nqa-foreigners = Có.";
    assert!(text.contains(old), "the demo's bru file changed: update this test");
    fs::write(&ftl, text.replace(old, "qa-foreigners = Có!")).expect("write");
    let r = build(&root, &campaign, &pack, &[]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let mut rendered: Vec<String> = built(&r).into_iter().filter(|j| j != "translators" && j != "web" && !j.starts_with("bundle:")).collect();
    rendered.sort();
    assert_eq!(rendered, ["content:bru", "handbook:main:bru"]);
    // Bundles whose files did not change are not zipped again.
    let all = built(&r);
    assert!(all.contains(&"bundle:print".to_string()) && !all.contains(&"bundle:radio".to_string()), "{all:?}");
    verify(&pack);
    let hb = Command::new("pdftotext").arg(pack.join("print/bru/handbook-accessible-main.pdf")).arg("-").output().expect("pdftotext");
    assert!(String::from_utf8_lossy(&hb.stdout).contains("Có!"), "the change is in the bru handbook");
}

#[test]
fn a_second_clean_build_gives_the_same_bytes() {
    let d = demo();
    let _t = turn();
    // A build of its own: another folder, another cache, one job at a time. One locale (Bru,
    // with its fallbacks to Vietnamese) is enough to compare every kind of output, and a third
    // of the time of a whole second pack. (Web pages are left out: a one-locale web pack has
    // no language menu.)
    let tmp = tempfile::tempdir().expect("tempdir");
    let campaign = demo_campaign(tmp.path());
    let pack = tmp.path().join("out/b");
    let r = build(tmp.path(), &campaign, &pack, &["--jobs", "1", "--locale", "bru"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    verify(&pack);
    let manifest = |p: &Path| -> serde_json::Value { serde_json::from_slice(&fs::read(p.join("manifest.json")).expect("manifest")).expect("json") };
    let (a, b) = (manifest(&d.pack), manifest(&pack));
    let by_path = |m: &serde_json::Value| -> std::collections::BTreeMap<String, serde_json::Value> {
        m["artifacts"].as_array().expect("artifacts").iter().filter(|x| x["locale"] == "bru" && x["kind"] != "web-page").map(|x| (x["path"].as_str().expect("path").to_string(), x.clone())).collect()
    };
    let (a, b) = (by_path(&a), by_path(&b));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "the Bru files differ");
    let differ: Vec<&String> = a.keys().filter(|k| a[*k] != b[*k]).collect();
    assert!(differ.is_empty(), "not the same bytes in two clean builds: {differ:?}");
    let kinds: std::collections::BTreeSet<&str> = b.values().filter_map(|x| x["kind"].as_str()).collect();
    for kind in ["poster", "leaflet", "handbook", "radio", "video", "subtitles", "web"] {
        assert!(kinds.iter().any(|k| k.contains(kind)), "no {kind} file compared: {kinds:?}");
    }
}

#[test]
fn a_build_killed_while_rendering_leaves_the_previous_pack_intact() {
    let d = demo();
    let _t = turn();
    let pack = d.root.join("out/killed");
    copy_tree(&d.pack, &pack);
    let manifest = fs::read(pack.join("manifest.json")).expect("manifest");
    for wait in [Duration::from_millis(300), Duration::from_secs(3)] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_loa"))
            .args(["build", d.campaign.to_str().expect("utf-8"), "--out", pack.to_str().expect("utf-8"), "--clean"])
            .current_dir(&d.root)
            .env("LOA_TODAY", "2026-12-04")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn loa");
        std::thread::sleep(wait);
        assert!(child.try_wait().expect("wait").is_none(), "the build ended before it could be killed");
        child.kill().expect("SIGKILL");
        child.wait().expect("wait");
        verify(&pack);
        assert_eq!(fs::read(pack.join("manifest.json")).expect("manifest"), manifest);
    }
    // The next build clears what the killed ones left beside the pack.
    let r = build(&d.root, &d.campaign, &pack, &[]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let left: Vec<String> = fs::read_dir(d.root.join("out")).expect("out").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with(".killed.")).collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn bundles_are_zips_of_their_folders_with_job_tickets_for_the_press() {
    let d = demo();
    let m: serde_json::Value = serde_json::from_slice(&fs::read(d.pack.join("manifest.json")).expect("manifest")).expect("json");
    let arts = m["artifacts"].as_array().expect("artifacts");
    for folder in ["radio", "print", "web", "translators"] {
        let zip = format!("bundles/access-to-information-{folder}.zip");
        let entry = arts.iter().find(|a| a["path"] == zip.as_str()).unwrap_or_else(|| panic!("{zip} is not in the manifest"));
        assert_eq!(entry["kind"], "bundle");
        let listed: Vec<&str> = arts.iter().filter_map(|a| a["path"].as_str()).filter(|p| p.starts_with(&format!("{folder}/"))).collect();
        assert_eq!(entry["files"], listed.len(), "{zip}");
        // unzip -Z1 lists the entries: exactly the folder's files, relative.
        let z = Command::new("python3").args(["-c", "import sys,zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))"]).arg(d.pack.join(&zip)).output().expect("python3");
        let mut names: Vec<String> = String::from_utf8_lossy(&z.stdout).lines().map(str::to_string).collect();
        names.sort();
        let mut want: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(names, want, "{zip}");
    }
    for lang in ["vi", "en", "bru"] {
        for product in ["poster-main", "leaflet-main", "handbook-main", "handbook-large-print-main"] {
            let t = fs::read_to_string(d.pack.join(format!("print/{lang}/{product}.ticket.txt"))).unwrap_or_else(|e| panic!("{product} {lang}: {e}"));
            assert!(t.contains("Số lượng / Quantity:") && t.contains("3 mm") && t.contains(&format!("{product}.pdf")), "{t}");
        }
    }
    let poster = fs::read_to_string(d.pack.join("print/vi/poster-main.ticket.txt")).expect("ticket");
    assert!(poster.contains("297 × 420 mm") && poster.contains("4/0"), "{poster}");
    // Translators get the Bru file with what is left to translate, and the glossary.
    let bru = fs::read_to_string(d.pack.join("translators/bru/campaign.ftl")).expect("bru skeleton");
    assert!(bru.contains("TODO(loa): untranslated"));
    let xlf = fs::read_to_string(d.pack.join("translators/bru/access-to-information.bru.xlf")).expect("bru xliff");
    assert!(xlf.contains("urn:oasis:names:tc:xliff:document:2.0") && xlf.contains("trgLang=\"bru\""), "{}", &xlf[..xlf.len().min(300)]);
    let glossary = fs::read_to_string(d.pack.join("translators/glossary.csv")).expect("glossary");
    assert!(glossary.starts_with("id,vi term,vi definition,en term,en definition,bru term,bru definition\r\n"));
    assert!(glossary.contains("term-information,Thông tin,"));
}

#[test]
fn verify_reports_missing_changed_and_unlisted_files() {
    let d = demo();
    let _t = turn();
    let pack = d.root.join("out/tampered");
    copy_tree(&d.pack, &pack);
    fs::remove_file(pack.join("radio/vi/weekly.mp3")).expect("rm");
    fs::write(pack.join("print/en/poster-main.pdf"), b"%PDF-").expect("write");
    fs::write(pack.join("print/notes.txt"), b"x").expect("write");
    let v = loa(&d.root, &["verify", pack.to_str().expect("utf-8"), "--format", "short"]);
    assert_eq!(v.status.code(), Some(1));
    let err = String::from_utf8_lossy(&v.stderr);
    for want in ["radio/vi/weekly.mp3 is listed in the manifest but missing", "print/en/poster-main.pdf differs", "print/notes.txt is not listed"] {
        assert!(err.contains(want), "{want}: {err}");
    }
    // A rebuild repairs it: the damaged jobs are rendered again.
    let r = build(&d.root, &d.campaign, &pack, &[]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let jobs = built(&r);
    assert!(jobs.contains(&"radio:weekly:vi".to_string()) && jobs.contains(&"poster:main:en".to_string()) && !jobs.contains(&"poster:main:vi".to_string()), "{jobs:?}");
    verify(&pack);
}

#[test]
fn locale_and_only_choose_the_jobs() {
    let d = demo();
    let _t = turn();
    let pack = d.root.join("out/bru-print");
    let r = build(&d.root, &d.campaign, &pack, &["--locale", "bru", "--only", "print"]);
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let m: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    assert_eq!(m["locales"], serde_json::json!(["bru"]));
    let jobs: Vec<&str> = m["jobs"].as_object().expect("jobs").keys().map(String::as_str).collect();
    assert_eq!(jobs, ["bundle:print", "bundle:translators", "content:bru", "handbook:main:bru", "leaflet:main:bru", "poster:main:bru", "translators"]);
    let bad = loa(&d.root, &["build", d.campaign.to_str().expect("utf-8"), "--out", pack.to_str().expect("utf-8"), "--locale", "fr"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("`fr` is not a locale of campaign"));
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Node, the runner's packages and Chromium, or a message saying what to install.
fn runner_ready() -> Result<PathBuf, String> {
    let runner = repo().join("tests/web/axe.mjs");
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => return Err("`node` is not installed: apt-get install -y nodejs npm".into()),
    }
    for package in ["axe-core", "playwright-core"] {
        if !repo().join("tests/web/node_modules").join(package).join("package.json").exists() {
            return Err(format!("tests/web/node_modules/{package} is missing: run `npm ci --prefix tests/web`"));
        }
    }
    let chromium = std::env::var_os("CHROMIUM").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !chromium.exists() {
        return Err(format!("no Chromium at {}: apt-get install -y chromium (or set CHROMIUM)", chromium.display()));
    }
    Ok(runner)
}

/// The locale pages the build should have written, from the manifest's locales.
fn locale_pages(pack: &Path) -> Vec<String> {
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).expect("manifest")).expect("manifest json");
    let locales: Vec<String> = manifest["locales"].as_array().expect("locales").iter().filter_map(|l| l.as_str().map(String::from)).collect();
    let reference = locales.first().cloned().unwrap_or_default();
    locales.iter().map(|l| if *l == reference { "index.html".to_string() } else { format!("{l}/index.html") }).collect()
}

#[test]
/// The web pack through axe-core in Chromium (`tests/web/axe.mjs`): no WCAG 2.2 A/AA violation
/// in any locale, every focused element visible, nothing requested from the network.
/// Screenshots go to `target/web-screenshots/`.
fn web_pack_is_accessible_and_offline() {
    let runner = runner_ready().unwrap_or_else(|e| panic!("the web accessibility check cannot run: {e}"));
    let pack = &demo().pack;
    let pack = pack.as_path();
    let _t = turn();

    let web = pack.join("web");
    assert!(web.join("index.html").is_file(), "web/index.html is missing");
    let feed: serde_json::Value = serde_json::from_slice(&std::fs::read(web.join("feed.json")).expect("web/feed.json")).expect("feed.json is JSON");
    assert_eq!(feed["format"], "loa-web-feed");
    let pages = locale_pages(pack);
    assert_eq!(pages[0], "index.html", "the reference locale's page is web/index.html");
    for p in &pages {
        assert!(web.join(p).is_file(), "web/{p} is missing");
    }

    let shots = repo().join("target/web-screenshots");
    let _ = std::fs::remove_dir_all(&shots);
    let run = Command::new("node").arg(&runner).arg(&web).arg(&shots).output().expect("run node");
    let stdout = text(&run.stdout);
    assert!(run.status.code() != Some(2), "the runner could not run:\n{}", text(&run.stderr));
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("runner output is not JSON ({e}):\n{stdout}\n{}", text(&run.stderr)));
    let requests = summary["requests"].as_array().expect("requests");
    assert!(requests.is_empty(), "network requests from an offline pack:\n{}", serde_json::to_string_pretty(requests).unwrap_or_default());
    let violations = summary["violations"].as_array().expect("violations");
    assert!(violations.is_empty(), "accessibility violations:\n{}", serde_json::to_string_pretty(violations).unwrap_or_default());
    let checked: Vec<&str> = summary["pages"].as_array().expect("pages").iter().filter_map(|p| p["page"].as_str()).collect();
    for p in &pages {
        assert!(checked.contains(&p.as_str()), "{p} was not checked: {checked:?}");
        let png = shots.join(format!("{}.png", p.trim_end_matches(".html").replace('/', "_")));
        assert!(png.is_file(), "no screenshot {}", png.display());
    }
    for page in summary["pages"].as_array().expect("pages") {
        assert!(page["focusable"].as_u64().unwrap_or(0) > 0, "nothing focusable on {}", page["page"]);
    }
    assert_eq!(run.status.code(), Some(0), "{stdout}\n{}", text(&run.stderr));
}

#[test]
fn preview_serves_the_web_pack_on_localhost() {
    use std::io::{Read, Write};
    let d = demo();
    let _t = turn();
    let port = 18_000 + (std::process::id() % 1000) as u16;
    let mut child = Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["preview", d.campaign.to_str().expect("utf-8"), "--out", d.pack.to_str().expect("utf-8"), "--port", &port.to_string()])
        .current_dir(&d.root)
        .env("LOA_TODAY", "2026-12-04")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn loa preview");
    let get = |path: &str| -> Option<String> {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").ok()?;
        let mut body = String::new();
        s.read_to_string(&mut body).ok()?;
        Some(body)
    };
    let mut page = None;
    for _ in 0..100 {
        page = get("/");
        if page.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let outside = get("/../manifest.json");
    let _ = child.kill();
    let _ = child.wait();
    let page = page.expect("loa preview answers");
    assert!(page.starts_with("HTTP/1.1 200") && page.contains("text/html") && page.contains("<html lang=\"vi\""), "{}", &page[..page.len().min(400)]);
    assert!(outside.is_some_and(|r| r.starts_with("HTTP/1.1 404")), "nothing outside web/ is served");
}

// The demo's motion posters, read back as a station or a viewer would (tests/media.rs).

#[test]
fn demo_motion_posters_in_every_aspect_and_locale() {
    let pack = &demo().pack;
    let artifacts = manifest(pack);
    for lang in ["vi", "en", "bru"] {
        for (tag, w, h) in [("16x9", 1280, 720), ("9x16", 720, 1280), ("1x1", 1080, 1080)] {
            let path = format!("video/{lang}/spot-{tag}.mp4");
            let entry = artifacts.iter().find(|a| a["path"] == path.as_str()).unwrap_or_else(|| panic!("{path} listed"));
            assert_eq!(entry["kind"], "video");
            let (streams, duration) = probe(&pack.join(&path));
            assert_eq!(streams, vec![format!("h264,{w},{h}"), "aac".to_string()], "{path}");
            let listed = entry["duration-s"].as_f64().expect("duration-s");
            assert!((duration - listed).abs() <= 0.05, "{path}: ffprobe {duration} s, manifest {listed} s");
            assert_eq!(entry["draft"], true, "espeak-ng voices are DRAFT");
            let n = frames(&pack.join(&path));
            assert!((n as f64 / 25.0 - listed).abs() <= 0.04 + 1e-9, "{path}: {n} frames for {listed} s");
            // Subtitles: both sidecars hold the same cues, which end within the video.
            let (srt, vtt) = sidecars(pack, &format!("video/{lang}/spot-{tag}"));
            assert!(srt.len() >= 6, "{path}: {} cues", srt.len());
            assert_eq!(srt.iter().map(|c| (c.0, c.1)).collect::<Vec<_>>(), vtt.iter().map(|c| (c.0, c.1)).collect::<Vec<_>>());
            assert!(srt.last().is_some_and(|c| c.1 as f64 / 1000.0 <= listed + 1e-3));
            assert!(srt.windows(2).all(|p| p[1].0 >= p[0].1 + 40), "{path}: cues keep a gap");
            for kind in ["srt", "vtt"] {
                assert!(artifacts.iter().any(|a| a["path"] == format!("video/{lang}/spot-{tag}.{kind}") && a["kind"] == "subtitles" && a["format"] == kind));
            }
        }
        let transcript = fs::read_to_string(pack.join(format!("video/{lang}/spot.txt"))).expect("transcript");
        assert_eq!(transcript.split("\n\n").filter(|p| !p.trim().is_empty()).count(), 6, "{lang}: a paragraph per message");
    }
    let (vi, _) = sidecars(pack, "video/vi/spot-16x9");
    let all: String = vi.iter().map(|c| c.2.clone()).collect::<Vec<_>>().join(" ");
    assert!(all.contains("Mọi công dân đều có quyền tiếp cận") && all.contains("miễn phí"), "{all}");
}

#[test]
fn burnt_in_subtitles_follow_the_cue_list() {
    let pack = &demo().pack;
    let file = pack.join("video/vi/spot-16x9.mp4");
    let (cues, _) = sidecars(pack, "video/vi/spot-16x9");
    // Inside the second cue against inside the gap before it: only the subtitle band changes
    // (the still does not move).
    let (gap, inside) = ((cues[0].1 + cues[1].0) as f64 / 2000.0, (cues[1].0 + cues[1].1) as f64 / 2000.0);
    assert!(cues[1].0 - cues[0].1 >= 80, "a gap to look at");
    let (a, b) = (grey_frame(&file, gap), grey_frame(&file, inside));
    assert_eq!(a.len(), 1280 * 720);
    let band = band_difference(&a, &b, 1280, (0.8, 1.0));
    let picture = band_difference(&a, &b, 1280, (0.0, 0.75));
    assert!(band > 8.0, "the subtitle shows in its band: {band}");
    assert!(picture < 1.0, "the picture is still: {picture}");
}

/// `loa build` on a small campaign (a poster in two locales), as a child process.
fn spawn_build(dir: &Path, campaign: &Path, pack: &Path, extra: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(["build", campaign.to_str().expect("utf-8"), "--out", pack.to_str().expect("utf-8")])
        .args(extra)
        .current_dir(dir)
        .env("LOA_TODAY", "2026-12-04")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn loa")
}

#[test]
fn two_builds_of_one_pack_at_once_leave_one_whole_pack() {
    let _t = turn();
    let tmp = tempfile::tempdir().expect("tempdir");
    let campaign = support::minimal_campaign(tmp.path());
    let toml = campaign.join("campaign.toml");
    let text = fs::read_to_string(&toml).expect("campaign.toml");
    fs::write(&toml, format!("{text}\n[poster.main]\n")).expect("write");
    let out = tmp.path().join("out");
    let pack = out.join("p");
    // Started together: one builds, the other waits for it, then builds in its turn.
    let first = spawn_build(tmp.path(), &campaign, &pack, &["--clean"]);
    let second = spawn_build(tmp.path(), &campaign, &pack, &[]);
    for child in [first, second] {
        let r = child.wait_with_output().expect("wait");
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    }
    verify(&pack);
    let beside = |out: &Path| -> Vec<String> { fs::read_dir(out).expect("out").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with(".p.")).collect() };
    assert!(beside(&out).is_empty(), "staging folders or the lock left: {:?}", beside(&out));

    // While another build holds the pack: `--no-wait` refuses, naming it; without, it waits.
    let lock = loa_pack::BuildLock::take(&pack, false, |_| {}).expect("lock");
    let refused = loa(tmp.path(), &["--format", "short", "build", campaign.to_str().expect("utf-8"), "--out", pack.to_str().expect("utf-8"), "--no-wait"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("error[E0905]") && err.contains(&format!("(pid {})", std::process::id())), "{err}");
    let mut waiting = spawn_build(tmp.path(), &campaign, &pack, &["--clean"]);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(waiting.try_wait().expect("wait").is_none(), "the build waits for the lock");
    drop(lock);
    let r = waiting.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{err}");
    assert_eq!(err.matches(&format!("another build of {} is running (pid {}); waiting…", pack.display(), std::process::id())).count(), 1, "{err}");
    verify(&pack);
    assert!(beside(&out).is_empty(), "{:?}", beside(&out));
}

/// What a picture or video file of the pack carries besides the picture: metadata chunks,
/// segments and boxes that may hold personal data (EXIF with GPS, XMP, IPTC, text, timestamps).
fn metadata_in(path: &Path, b: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        let mut at = 8;
        while at + 12 <= b.len() {
            let (len, tag) = (be32(&b[at..]), &b[at + 4..at + 8]);
            if [&b"eXIf"[..], b"tEXt", b"iTXt", b"zTXt", b"tIME"].contains(&tag) {
                found.push(format!("PNG chunk {}", String::from_utf8_lossy(tag)));
            }
            at += 12 + len;
        }
    } else if b.starts_with(&[0xFF, 0xD8]) {
        let mut at = 2;
        while at + 4 <= b.len() && b[at] == 0xFF && b[at + 1] != 0xDA {
            let marker = b[at + 1];
            if matches!(marker, 0xE1 | 0xE3..=0xED | 0xEF | 0xFE) {
                found.push(format!("JPEG segment FF{marker:02X}"));
            }
            at += 2 + usize::from(u16::from_be_bytes([b[at + 2], b[at + 3]]));
        }
    } else if b.len() > 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        let mut at = 12;
        while at + 8 <= b.len() {
            let len = u32::from_le_bytes([b[at + 4], b[at + 5], b[at + 6], b[at + 7]]) as usize;
            if [&b"EXIF"[..], b"XMP "].contains(&&b[at..at + 4]) {
                found.push(format!("WebP chunk {}", String::from_utf8_lossy(&b[at..at + 4])));
            }
            at += 8 + len + len % 2;
        }
    }
    // Whatever the container (MP4 boxes too): EXIF, XMP, a GPS position (`©xyz`), IPTC.
    for (needle, what) in [(&b"Exif\0\0"[..], "EXIF"), (b"<x:xmpmeta", "XMP"), (b"http://ns.adobe.com/xap", "XMP"), ("©xyz".as_bytes(), "GPS position box"), (b"Photoshop 3.0\0", "IPTC")] {
        if b.windows(needle.len()).any(|w| w == needle) {
            found.push(what.to_string());
        }
    }
    if !found.is_empty() {
        found.insert(0, path.display().to_string());
    }
    found
}

/// Issue 8.4: no picture or video in the demo pack carries EXIF, GPS, XMP or text metadata
/// (previews, video stills and the web pack's copies of them; the MP4s).
#[test]
fn no_picture_or_video_in_the_pack_carries_personal_metadata() {
    let d = demo();
    let mut scanned = 0;
    let mut problems = Vec::new();
    let mut stack = vec![d.pack.clone()];
    while let Some(dir) = stack.pop() {
        for e in fs::read_dir(&dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("").to_ascii_lowercase();
            if !["png", "jpg", "jpeg", "webp", "gif", "svg", "mp4", "m4a", "mov"].contains(&ext.as_str()) {
                continue;
            }
            scanned += 1;
            let found = metadata_in(&p, &fs::read(&p).expect("read"));
            if !found.is_empty() {
                problems.push(found.join(": "));
            }
        }
    }
    assert!(scanned >= 20, "only {scanned} pictures and videos in the demo pack");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The scanner finds what it looks for.
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend([0, 0, 0, 4]);
    png.extend(b"eXIfExif");
    png.extend([0; 4]);
    assert_eq!(metadata_in(Path::new("x.png"), &png), ["x.png", "PNG chunk eXIf", "EXIF"]);
}
