//! End-to-end behaviour of the `loa` command on the demo campaign and on fixtures: exit codes,
//! the pack and its manifest, translation status and skeletons, atomic builds, `loa new`.

use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

mod support;
use support::{loa, minimal_campaign, repo};

const DEMO: &str = "campaigns/access-to-information";


fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Copies a folder (files only, no links) so a test can change it.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for e in fs::read_dir(from).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else if e.file_name() != "expected.stderr" {
            fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("prefix").to_string_lossy().into_owned();
                out.push((rel, fs::read(&p).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn demo_campaign_checks_clean() {
    let out = loa(&repo(), &["check", DEMO]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("error["), "{}", text(&out.stderr));
}

#[test]
fn demo_build_writes_a_pack_whose_manifest_matches_its_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    // Print and the web pack (the whole demo is built in tests/pack.rs).
    let out = loa(&repo(), &["build", DEMO, "--out", &pack.to_string_lossy(), "--only", "print,web"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let manifest: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let artifacts = manifest["artifacts"].as_array().expect("artifacts");
    let files = files_under(&pack);
    assert_eq!(artifacts.len() + 1, files.len(), "every file but the manifest is listed");
    for a in artifacts {
        let path = a["path"].as_str().expect("path");
        let bytes = fs::read(pack.join(path)).expect("listed file exists");
        let sha: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(a["sha256"].as_str(), Some(sha.as_str()), "{path}");
        assert_eq!(a["bytes"].as_u64(), Some(bytes.len() as u64), "{path}");
        assert!(a["kind"].is_string() && (a["locale"].is_string() || path.starts_with("bundles/") || path.starts_with("translators/") || path.starts_with("web/")), "{path}");
    }
    for lang in ["vi", "en", "bru"] {
        assert!(artifacts.iter().any(|a| a["path"] == format!("content/{lang}.json")), "content/{lang}.json listed");
    }
    // Vietnamese dates and provenance in the resolved content.
    let vi: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("content/vi.json")).expect("vi")).expect("json");
    let first_fact = &vi["facts"][0];
    assert!(first_fact["effective-from"]["text"].as_str().is_some_and(|t| t.starts_with("ngày ")), "{first_fact}");
    let bru: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("content/bru.json")).expect("bru")).expect("json");
    let messages = bru["messages"].as_object().expect("messages");
    assert!(!messages.is_empty());
    assert!(messages.values().all(|m| m["value"].is_null() || m["value"]["locale"] == "vi"), "bru falls back to vi, and says so");
    let out = loa(&repo(), &["verify", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

/// Message ids defined in the `.ftl` files of a folder, counted independently of Loa.
fn ids_in(dir: &Path) -> usize {
    let mut n = 0;
    for (_, bytes) in files_under(dir) {
        for line in text(&bytes).lines() {
            let id: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
            if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
                n += 1;
            }
        }
    }
    n
}

#[test]
fn status_shows_vi_and_en_complete_and_bru_falling_back() {
    let out = loa(&repo(), &["--format", "json", "l10n", "status", DEMO]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let get = |lang: &str| list.as_array().and_then(|l| l.iter().find(|s| s["locale"] == lang)).cloned().expect("locale");
    let total = ids_in(&repo().join(DEMO).join("locales/vi")) + ids_in(&repo().join("locales/vi"));
    for lang in ["vi", "en"] {
        let s = get(lang);
        assert_eq!(s["percent"], 100.0, "{s}");
        assert_eq!(s["messages"]["translated"], total, "{s}");
    }
    let bru = get("bru");
    assert_eq!(bru["messages"]["total"], total);
    assert_eq!(bru["messages"]["translated"], 0, "the demo has no invented Bru translations");
    assert_eq!(bru["messages"]["fallback"], total, "{bru}");
    assert_eq!(bru["messages"]["missing"], 0);
    assert_eq!(bru["chain"], serde_json::json!(["bru", "vi"]));
    // The table names the same figures.
    let out = loa(&repo(), &["l10n", "status", DEMO]);
    let table = text(&out.stdout);
    assert!(table.lines().any(|l| l.starts_with("bru") && l.contains("0.0%")), "{table}");
    assert!(table.lines().any(|l| l.starts_with("vi") && l.contains("100.0%")), "{table}");
}

/// Issue 7.2: a forbidden variant from glossary.csv is reported where it is in the .ftl text.
#[test]
fn glossary_violation_is_reported_at_its_place() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    fs::write(camp.join("glossary.csv"), "locale,term,forbidden,note\nvi,tiếp cận thông tin,truy cập thông tin|tiep can thong tin,tên của Luật\n").expect("glossary");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert_eq!(out.status.code(), Some(0), "the approved term is used: {}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("W0151"), "{}", text(&out.stderr));

    let vi = camp.join("locales/vi/campaign.ftl");
    let original = fs::read_to_string(&vi).expect("vi");
    // Line 2; “Truy cập” starts at column 25 (characters, not bytes); case does not matter, and
    // the variant is found across a line break. “tiếp can” (a missing diacritic) is not “tiếp cận”.
    let changed = original.replace("headline = Bạn có quyền được biết", "headline = Bạn có quyền Truy cập\n    thông tin, tiếp can thông tin");
    fs::write(&vi, changed).expect("write");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let hits: Vec<&str> = stderr.lines().filter(|l| l.contains("W0151")).collect();
    assert_eq!(hits.len(), 1, "{stderr}");
    assert!(hits[0].starts_with("locales/vi/campaign.ftl:2:25: warning[W0151]: “Truy cập thông tin” in `headline`"), "{stderr}");
    assert!(hits[0].contains("“tiếp cận thông tin”"), "names the approved term: {stderr}");
}

/// Issue 7.3: a translation made from an older reference text is stale; `l10n lock` records the
/// new text, and `l10n import` refreshes the units it imports.
#[test]
fn stale_translation_is_reported_until_locked() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let out = loa(&camp, &["l10n", "lock", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lock = fs::read_to_string(camp.join("locales/l10n.lock")).expect("lock");
    assert!(lock.contains("[en]\n\"commune-provides\" = \""), "{lock}");
    assert!(lock.contains("\"qa-cost.question\" = \""), "{lock}");
    assert_eq!(loa(&camp, &["l10n", "lock", "."]).status.code(), Some(0));
    assert_eq!(fs::read_to_string(camp.join("locales/l10n.lock")).expect("lock"), lock, "deterministic");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert!(!text(&out.stderr).contains("W0152"), "{}", text(&out.stderr));

    // Layout alone is not a change; the words are.
    let vi = camp.join("locales/vi/campaign.ftl");
    let original = fs::read_to_string(&vi).expect("vi");
    fs::write(&vi, original.replace("    .question = Có phải trả tiền không?", "    .question =\n        Có phải trả tiền không?")).expect("write");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert!(!text(&out.stderr).contains("W0152"), "{}", text(&out.stderr));
    fs::write(&vi, original.replace("Có phải trả tiền không?", "Có phải trả phí không?")).expect("write");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "a warning: {stderr}");
    let stale: Vec<&str> = stderr.lines().filter(|l| l.contains("W0152")).collect();
    assert_eq!(stale, vec!["locales/en/campaign.ftl:5:5: warning[W0152]: `qa-cost.question` in en may be out of date: the vi text changed since it was translated"], "{stderr}");
    let out = loa(&camp, &["--format", "json", "l10n", "status", "."]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let en = list.as_array().and_then(|l| l.iter().find(|s| s["locale"] == "en")).cloned().expect("en");
    assert_eq!(en["stale"], 1, "{en}");
    assert_eq!(en["stale-messages"], serde_json::json!(["qa-cost"]));
    let table = text(&loa(&camp, &["l10n", "status", "."]).stdout);
    assert!(table.lines().next().is_some_and(|h| h.contains("stale")), "{table}");

    // Importing the translation again (the translator saw the new text) refreshes the lock.
    let xlf = tmp.path().join("en.xlf");
    let out = loa(&camp, &["l10n", "export", ".", "en", "--out", &xlf.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = loa(&camp, &["l10n", "import", ".", &xlf.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert!(!text(&out.stderr).contains("W0152"), "{}", text(&out.stderr));

    // So does `l10n lock`.
    fs::write(&vi, original.replace("Có phải trả tiền không?", "Tôi có phải trả tiền không?")).expect("write");
    assert!(text(&loa(&camp, &["--format", "short", "check", "."]).stderr).contains("W0152"));
    let out = loa(&camp, &["l10n", "lock", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert!(!text(&out.stderr).contains("W0152"), "{}", text(&out.stderr));
    let out = loa(&camp, &["--format", "json", "l10n", "status", "."]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(list.as_array().expect("list").iter().all(|s| s["stale"] == 0), "{list}");
}

#[test]
fn skeleton_parses_and_turns_missing_into_untranslated() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = tmp.path().join("c");
    copy_dir(&repo().join("tests/fixtures/warnings"), &camp);
    copy_dir(&repo().join("tests/locales"), &tmp.path().join("locales"));
    let before = loa(&camp, &["--format", "short", "check", "."]);
    assert!(text(&before.stderr).contains("warning[W0121]: `title` is missing in bru"), "{}", text(&before.stderr));
    let bru_file = camp.join("locales/bru/campaign.ftl");
    let original = fs::read_to_string(&bru_file).expect("bru");

    let out = loa(&camp, &["l10n", "skeleton", ".", "bru"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 messages to translate"), "{}", text(&out.stdout));
    let written = fs::read_to_string(&bru_file).expect("bru");
    assert!(written.starts_with(&original), "existing translations are never touched");
    assert!(written.contains("# vi: title = Tiếp cận thông tin ở tỉnh { $province }"), "{written}");

    let after = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&after.stderr);
    assert_eq!(after.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("W0121"), "no message is missing any more: {stderr}");
    assert!(!stderr.contains("E0101"), "the skeleton parses: {stderr}");
    for id in ["title", "commune-provides", "qa-cost"] {
        assert!(stderr.contains(&format!("warning[W0122]: `{id}` is not translated into bru yet")), "{id}: {stderr}");
    }
    // Running it again adds nothing and changes nothing.
    let again = loa(&camp, &["l10n", "skeleton", ".", "bru"]);
    assert!(text(&again.stdout).contains("nothing to add"), "{}", text(&again.stdout));
    assert_eq!(fs::read_to_string(&bru_file).expect("bru"), written);
}

#[test]
fn a_failed_build_leaves_the_previous_pack_untouched() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = tmp.path().join("c");
    copy_dir(&repo().join("tests/fixtures/minimal"), &camp);
    copy_dir(&repo().join("tests/locales"), &tmp.path().join("locales"));
    let pack = tmp.path().join("out");
    let out = loa(&camp, &["build", ".", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let before = files_under(&pack);

    fs::write(camp.join("locales/vi/campaign.ftl"), "headline = { $nowhere\n").expect("break");
    let out = loa(&camp, &["--format", "short", "build", ".", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(files_under(&pack), before);
    let beside: Vec<String> = fs::read_dir(tmp.path()).expect("ls").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert!(beside.iter().all(|n| ["c", "locales", "out", ".loa-cache"].contains(&n.as_str())), "no staging folder left behind: {beside:?}");
    let out = loa(&camp, &["verify", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn new_scaffolds_a_campaign_that_checks_and_builds() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = loa(tmp.path(), &["new", "Land Law 2024"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let toml = fs::read_to_string(tmp.path().join("Land Law 2024/campaign.toml")).expect("toml");
    assert!(toml.contains("id = \"land-law-2024\""));
    assert!(toml.contains("Sửa các giá trị") && toml.contains("Edit the values"), "comments in Vietnamese and English");
    let out = loa(tmp.path(), &["--format", "short", "check", "Land Law 2024"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = loa(tmp.path(), &["build", "Land Law 2024", "--out", "pack"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // It refuses to overwrite.
    let out = loa(tmp.path(), &["new", "Land Law 2024"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn formats_and_exit_codes() {
    let case = repo().join("tests/invalid/unknown-key");
    let out = loa(&case, &["--format", "json", "check", "."]);
    assert_eq!(out.status.code(), Some(1));
    let list: serde_json::Value = serde_json::from_slice(&out.stderr).expect("json diagnostics");
    assert_eq!(list[0]["code"], "E0002");
    assert_eq!(list[0]["location"]["line"], 3);
    assert_eq!(list[0]["location"]["column"], 1);
    assert_eq!(list[0]["hints"][0], "did you mean `title`?");

    let out = loa(&case, &["check", "."]);
    let human = text(&out.stderr);
    assert!(human.contains("--> campaign.toml:3:1") && human.contains("^^^^^") && human.contains("= hint: did you mean `title`?"), "{human}");
    assert!(human.ends_with("1 error, 0 warnings\n"), "{human}");

    // Usage errors are user errors; help is not an error.
    assert_eq!(loa(&case, &["check"]).status.code(), Some(1));
    assert_eq!(loa(&case, &["--help"]).status.code(), Some(0));
    // A folder that is not a campaign.
    let out = loa(&case, &["--format", "short", "check", "no-such-folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("error[E0005]"));
}

#[test]
fn fix_repairs_nfc_and_invisible_characters() {
    for case in ["not-nfc", "invisible-characters"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let camp = tmp.path().join("c");
        copy_dir(&repo().join("tests/invalid").join(case), &camp);
        copy_dir(&repo().join("tests/locales"), &tmp.path().join("locales"));
        let out = loa(&camp, &["--format", "short", "check", "--fix", "."]);
        assert_eq!(out.status.code(), Some(0), "{case}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("fixed 1 file"), "{}", text(&out.stderr));
        let vi = fs::read_to_string(camp.join("locales/vi/campaign.ftl")).expect("vi");
        assert!(vi.contains("headline = Bạn có quyền được biết\n"), "{case}: {vi:?}");
    }
}

/// The complete example in docs/campaign-format.md is a campaign that passes `loa check`.
#[test]
fn the_documented_example_checks() {
    let doc = fs::read_to_string(repo().join("docs/campaign-format.md")).expect("doc");
    let block = |lang: &str| -> String {
        let start = doc.find("## A complete example").and_then(|i| doc[i..].find(&format!("```{lang}\n")).map(|j| i + j + lang.len() + 4)).expect("block");
        let end = doc[start..].find("```").expect("end") + start;
        doc[start..end].to_string()
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = tmp.path().join("c");
    fs::create_dir_all(camp.join("locales/vi")).expect("mkdir");
    fs::create_dir_all(camp.join("images")).expect("mkdir");
    fs::create_dir_all(camp.join("audio")).expect("mkdir");
    fs::write(camp.join("campaign.toml"), block("toml")).expect("toml");
    fs::write(camp.join("locales/vi/campaign.ftl"), block("ftl")).expect("ftl");
    // A jingle and a music bed, generated (ffmpeg, installed by ./dev).
    for (f, source) in [("audio/intro.flac", "sine=frequency=660:duration=2"), ("audio/bed.ogg", "sine=frequency=220:duration=3")] {
        let ok = std::process::Command::new("ffmpeg")
            .args(["-v", "error", "-y", "-f", "lavfi", "-i", source, "-ar", "44100"])
            .arg(camp.join(f))
            .status()
            .expect("ffmpeg")
            .success();
        assert!(ok, "ffmpeg made {f}");
    }
    fs::write(camp.join("images/logo.svg"), br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>"#).expect("logo");
    fs::create_dir_all(tmp.path().join("locales/vi")).expect("mkdir");
    fs::write(tmp.path().join("locales/vi/shared.ftl"), "law-forestry-2017 = Luật Lâm nghiệp\n").expect("shared");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
    assert!(stderr.contains("W0126"), "bru has no translations yet and says so: {stderr}");
    let out = loa(&camp, &["build", ".", "--out", "../pack"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let vi = fs::read_to_string(tmp.path().join("pack/content/vi.json")).expect("vi");
    assert!(vi.contains("Luật Lâm nghiệp số 16/2017/QH14 có hiệu lực từ ngày 1 tháng 1 năm 2019."), "{vi}");
    assert!(vi.contains("Họp thôn ngày 15 tháng 12 năm 2026: 30 tổ viên"), "{vi}");
}

/// Issue 7.4: the stress pseudo-locale builds every print product of the demo, with its stacked
/// marks in the PDFs; `check` reports no box it overflows.
#[test]
fn stress_pseudo_locale_builds_every_print_product_of_the_demo() {
    let out = loa(&repo(), &["--format", "short", "check", DEMO, "--locale", "qps-stress"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("W0309") && !stderr.contains("E0301"), "no slot overflows: {stderr}");

    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("stress");
    let out = loa(&repo(), &["build", DEMO, "--locale", "qps-stress", "--only", "print", "--out", pack.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let manifest: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let mut kinds: Vec<String> = manifest["artifacts"]
        .as_array()
        .expect("artifacts")
        .iter()
        .filter(|a| a["path"].as_str().is_some_and(|p| p.starts_with("print/qps-stress/") && p.ends_with(".pdf")))
        .map(|a| a["kind"].as_str().unwrap_or_default().to_string())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["handbook", "handbook-accessible", "handbook-easy-read", "handbook-imposed", "handbook-large-print", "leaflet", "leaflet-accessible", "leaflet-easy-read", "poster"]);
    let poster = std::process::Command::new("pdftotext").arg(pack.join("print/qps-stress/poster-main.pdf")).arg("-").output().expect("pdftotext");
    let poster = text(&poster.stdout);
    // “Bạn có quyền được biết”, every vowel with two marks and two words in five said twice.
    assert!(poster.contains("Bặn cỗ cỗ qữỹễn"), "{poster}");
}

/// Issue 7.4 and 7.5: a headline that fits in Vietnamese but not 40 % longer is reported by
/// `check --locale qps-stress` with its message id, before anything is built; the build of the
/// pseudo-locale leaves that poster out with the same warning and builds the rest.
#[test]
fn a_box_the_stress_text_overflows_is_reported_by_check_with_its_message_id() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let toml = fs::read_to_string(camp.join("campaign.toml")).expect("toml") + "\n[poster.main]\nsize = \"A3\"\n\n[leaflet.main]\n";
    fs::write(camp.join("campaign.toml"), toml).expect("toml");
    let vi = camp.join("locales/vi/campaign.ftl");
    let long = fs::read_to_string(&vi).expect("vi").replace("headline = Bạn có quyền được biết", "headline = Bạn có quyền được biết thông tin của cơ quan nhà nước ở xã mình");
    fs::write(&vi, long).expect("vi");

    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert_eq!(out.status.code(), Some(0), "it fits in vi and en: {}", text(&out.stderr));
    let out = loa(&camp, &["--format", "short", "check", ".", "--locale", "qps-stress"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "a pseudo-locale only warns: {stderr}");
    let hits: Vec<&str> = stderr.lines().filter(|l| l.contains("W0309")).collect();
    assert_eq!(hits.len(), 1, "{stderr}");
    assert!(hits[0].starts_with("campaign.toml:"), "{stderr}");
    assert!(hits[0].contains("message `headline` (qps-stress) does not fit the headline box of the poster `main`"), "{stderr}");

    let out = loa(&camp, &["--format", "short", "build", ".", "--locale", "qps-stress", "--only", "print", "--out", "stress"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("W0309") && stderr.contains("`headline`"), "{stderr}");
    assert!(camp.join("stress/print/qps-stress/leaflet-main.pdf").is_file());
    assert!(!camp.join("stress/print/qps-stress/poster-main.pdf").exists());

    // In a real locale the same overflow is an error, reported by check alone.
    let longer = fs::read_to_string(&vi).expect("vi").replace("ở xã mình", "ở xã mình, ở huyện và ở tỉnh, từ nay đến mãi về sau");
    fs::write(&vi, longer).expect("vi");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.lines().any(|l| l.contains("error[E0301]: message `headline` (vi) does not fit the headline box")), "{stderr}");
}

/// Issue 7.5: `check --budgets` prints, per message and locale, the estimated seconds read aloud
/// and the subtitle reading speed; a bulletin estimated over its target duration is reported.
#[test]
fn budgets_report_seconds_per_message_and_a_bulletin_over_its_target() {
    let out = loa(&repo(), &["check", DEMO, "--budgets"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let row = |id: &str, lang: &str| stdout.lines().find(|l| l.split_whitespace().take(2).eq([id, lang])).map(str::to_string);
    for lang in ["vi", "en", "bru"] {
        let r = row("point-where", lang).unwrap_or_else(|| panic!("no point-where {lang}: {stdout}"));
        let secs: f64 = r.split_whitespace().nth(2).and_then(|s| s.parse().ok()).expect("seconds");
        assert!((5.0..30.0).contains(&secs), "{r}");
        assert!(r.contains("/ 17"), "subtitle speed against 17 cps: {r}");
    }

    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let toml = fs::read_to_string(camp.join("campaign.toml")).expect("toml")
        + "\n[radio.weekly]\ntarget-duration = 2.0\nrundown = [{ voice = \"headline\" }, { pause = 0.5 }, { voice = \"commune-provides\" }]\n";
    fs::write(camp.join("campaign.toml"), toml).expect("toml");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let hits: Vec<&str> = stderr.lines().filter(|l| l.contains("W0602")).collect();
    assert_eq!(hits.len(), 2, "one per locale: {stderr}");
    assert!(hits.iter().any(|h| h.contains("the radio bulletin `weekly` in vi is estimated at")), "{stderr}");
    let out = loa(&camp, &["check", "."]);
    assert!(text(&out.stderr).contains("note: longest segments: `commune-provides`"), "{}", text(&out.stderr));
}

/// Issue 8.4: files Loa finds by itself (shared strings, recordings named by convention, fonts)
/// are refused, never read, when they are links leading outside their folder; each refusal is
/// a located diagnostic.
#[test]
fn links_out_of_the_shared_strings_recordings_and_fonts_are_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let outside = tmp.path().join("outside");
    fs::create_dir_all(&outside).expect("mkdir");
    fs::write(outside.join("private.ftl"), "secret = Số CMND 012345678\n").expect("write");
    // A shared .ftl that leads out of the shared locales/ folder.
    let link = tmp.path().join("locales/vi/private.ftl");
    std::os::unix::fs::symlink(outside.join("private.ftl"), &link).expect("symlink");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("../locales/vi/private.ftl:1:1: error[E0031]: ../locales/vi/private.ftl is a link that leads outside the shared locales folder"), "{stderr}");
    assert!(!stderr.contains("secret"), "{stderr}");
    fs::remove_file(&link).expect("rm");

    // A recording found by its name, voice/vi/headline.wav, that leads out of the campaign.
    fs::write(outside.join("headline.wav"), b"RIFF").expect("write");
    fs::create_dir_all(camp.join("voice/vi")).expect("mkdir");
    std::os::unix::fs::symlink(outside.join("headline.wav"), camp.join("voice/vi/headline.wav")).expect("symlink");
    let toml = fs::read_to_string(camp.join("campaign.toml")).expect("toml");
    fs::write(camp.join("campaign.toml"), format!("{toml}\n[radio.weekly]\nprofiles = [\"broadcast\"]\nrundown = [{{ voice = \"headline\" }}]\n")).expect("write");
    let pack = tmp.path().join("out/p");
    // `check` finds it before any media is made, at the same place as the build.
    for args in [vec!["check", "."], vec!["build", ".", "--out", pack.to_str().expect("utf-8"), "--only", "radio", "--locale", "vi"]] {
        let out = loa(&camp, &[&["--format", "short"], &args[..]].concat());
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.lines().any(|l| l.starts_with("campaign.toml:") && l.contains("error[E0031]: voice/vi/headline.wav is a link that leads outside the campaign folder")), "{args:?}: {stderr}");
    }
    assert!(!pack.exists());

    fs::remove_file(camp.join("voice/vi/headline.wav")).expect("rm");

    // Loa's own fonts: a link out of assets/fonts is refused.
    let assets = tmp.path().join("assets");
    fs::create_dir_all(assets.join("fonts")).expect("mkdir");
    for e in fs::read_dir(repo().join("assets/fonts")).expect("fonts").flatten() {
        std::fs::copy(e.path(), assets.join("fonts").join(e.file_name())).expect("copy font");
    }
    fs::write(outside.join("x.ttf"), b"not a font").expect("write");
    std::os::unix::fs::symlink(outside.join("x.ttf"), assets.join("fonts/zz-outside.ttf")).expect("symlink");
    // `check` loads the fonts to lay out a poster.
    let toml = fs::read_to_string(camp.join("campaign.toml")).expect("toml");
    fs::write(camp.join("campaign.toml"), format!("{toml}\n[poster.main]\n")).expect("write");
    let out = support::loa_env(&camp, &["--format", "short", "check", "."], &[("LANG", "C"), ("LOA_ASSETS", assets.to_str().expect("utf-8"))]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[E0306]: cannot load Loa's fonts: ") && stderr.contains("zz-outside.ttf is a link that leads outside the font folder"), "{stderr}");
}
