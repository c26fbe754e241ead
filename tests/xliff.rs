//! XLIFF 2.0 round trip (issue 7, item 1): `loa l10n export` → translate-toolkit (an independent
//! XLIFF reader and writer, `tests/xliff/roundtrip.py`) → `loa l10n import` leaves every `.ftl`
//! file of the demo byte-identical; a reference text edited after export makes import refuse
//! that unit as stale; a new translation lands in the locale's file with its mark removed.
//! Needs Python 3 with translate-toolkit: `python3 -m pip install translate-toolkit==3.20.4`.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{loa, repo};

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// The demo campaign in `dir/campaigns/demo`, with the shared strings in `dir/locales`.
fn demo_campaign(dir: &Path) -> PathBuf {
    let camp = dir.join("campaigns/demo");
    copy_tree(&repo().join("campaigns/access-to-information"), &camp);
    copy_tree(&repo().join("locales"), &dir.join("locales"));
    camp
}

/// Every `.ftl` file under `dir`, with its bytes.
fn ftl_files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ftl") {
                out.insert(p.clone(), std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn text(o: &Output) -> String {
    format!("status {:?}\nstdout:\n{}\nstderr:\n{}", o.status.code(), String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// Exports `lang`; returns the file and its unit count (from the command's report).
fn export(root: &Path, camp: &Path, lang: &str) -> (PathBuf, usize) {
    let xlf = root.join(format!("{lang}.xlf"));
    let o = loa(root, &["l10n", "export", s(camp), lang, "--out", s(&xlf)]);
    assert!(o.status.success(), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let units = out.split(": ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).expect("unit count");
    (xlf, units)
}

/// Runs the translate-toolkit script; returns the written file and (units, units with a target).
fn through_toolkit(xlf: &Path, edit: Option<(&str, &str)>) -> (PathBuf, usize, usize) {
    let out = xlf.with_extension("toolkit.xlf");
    let mut cmd = Command::new("python3");
    cmd.arg(repo().join("tests/xliff/roundtrip.py")).arg(xlf).arg(&out);
    if let Some((id, t)) = edit {
        cmd.args([id, t]);
    }
    let o = cmd.output().expect("python3 is needed for this test");
    assert!(o.status.success(), "translate-toolkit failed (install it: pip install translate-toolkit==3.20.4)\n{}", text(&o));
    let counts: Vec<usize> = String::from_utf8_lossy(&o.stdout).split_whitespace().filter_map(|n| n.parse().ok()).collect();
    (out, counts[0], counts[1])
}

/// 1-based line of the line starting with `prefix` in `file`.
fn line_of(file: &Path, prefix: &str) -> usize {
    std::fs::read_to_string(file).expect("read").lines().position(|l| l.starts_with(prefix)).expect("line") + 1
}

#[test]
fn round_trip_leaves_ftl_files_byte_identical_and_refuses_stale_units() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let camp = demo_campaign(root);
    let before = ftl_files(root);
    assert!(before.len() >= 6, "{before:?}");
    let mut exported = BTreeMap::new();
    for lang in ["en", "bru"] {
        let (xlf, units) = export(root, &camp, lang);
        // Issue 7.5: each unit says where its text appears and what the reference costs.
        let xml = std::fs::read_to_string(&xlf).expect("xlf");
        let unit = &xml[xml.find("<unit id=\"point-where\"").expect("point-where unit")..];
        let note = &unit[..unit.find("</notes>").expect("notes")];
        assert!(note.contains("<note category=\"length\">Used in: leaflet `main`, poster `main`, radio `weekly`, video `spot`. The vi text takes about "), "{note}");
        assert!(note.contains("viewers read at most 17"), "{note}");
        let (back, read, with_target) = through_toolkit(&xlf, None);
        assert_eq!(read, units, "translate-toolkit read a different number of units for {lang}");
        if lang == "en" {
            assert!(with_target > 100, "en is translated: {with_target} targets");
        }
        let o = loa(root, &["l10n", "import", s(&camp), s(&back)]);
        assert!(o.status.success(), "{}", text(&o));
        assert!(String::from_utf8_lossy(&o.stdout).contains("0 written"), "{}", text(&o));
        let after = ftl_files(root);
        for (p, b) in &before {
            assert!(after.get(p) == Some(b), "{} changed by the {lang} round trip", p.display());
        }
        exported.insert(lang, back);
    }

    // The authors change a reference message after the export: its unit is stale.
    let vi = camp.join("locales/vi/campaign.ftl");
    let old = std::fs::read_to_string(&vi).expect("read");
    let edited = old.replacen("\nqa-who = ", "\nqa-who = Xin chú ý. ", 1);
    assert_ne!(edited, old);
    std::fs::write(&vi, &edited).expect("write");
    let line = line_of(&vi, "qa-who =");
    let o = loa(root, &["l10n", "import", s(&camp), s(&exported["en"]), "--format", "short"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    let want = format!("campaigns/demo/locales/vi/campaign.ftl:{line}:1: error[E0143]: unit `qa-who` is stale");
    assert!(err.contains(&want), "expected `{want}` in\n{}", text(&o));
    assert_eq!(err.matches("error[").count(), 1, "only qa-who is refused\n{}", text(&o));
    // The others are fine (the attribute `qa-who.question` did not change).
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 refused"), "{}", text(&o));
    let after = ftl_files(root);
    for (p, b) in &before {
        if *p != vi {
            assert!(after.get(p) == Some(b), "{} changed by a refused import", p.display());
        }
    }
}

#[test]
fn a_new_translation_lands_in_the_locale_file_without_its_mark() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let camp = demo_campaign(root);
    let bru = camp.join("locales/bru/campaign.ftl");
    let old = std::fs::read_to_string(&bru).expect("read");
    let (xlf, _) = export(root, &camp, "bru");
    let new_text = "Pai têq bữn dyơng dáng & <dŏq> “ŏ́”";
    // A message without attributes: one with an untranslated `.easy` (the headline) keeps its
    // mark until every part of it is translated.
    let (back, _, with_target) = through_toolkit(&xlf, Some(("ch-who", new_text)));
    assert_eq!(with_target, 1);
    let o = loa(root, &["l10n", "import", s(&camp), s(&back)]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 written"), "{}", text(&o));
    let want = old.replacen("# TODO(loa): untranslated\nch-who = Ai được hỏi, và hỏi ai?\n", &format!("ch-who = {new_text}\n"), 1);
    assert_ne!(want, old, "the demo's bru ch-who is no longer an untranslated skeleton entry");
    assert_eq!(std::fs::read_to_string(&bru).expect("read"), want);
    // The campaign still checks, and bru now has its own chapter title.
    let o = loa(root, &["check", s(&camp), "--format", "short"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("`ch-who` is not translated"), "{}", text(&o));
}

#[test]
fn import_rejects_what_is_not_xliff_2_for_this_campaign() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    let camp = demo_campaign(root);
    let (xlf, _) = export(root, &camp, "en");
    let good = std::fs::read_to_string(&xlf).expect("read");
    let cases = [
        ("broken.xlf", good.replacen("</unit>", "</unitx>", 1), "error[E0140]"),
        ("v12.xlf", good.replacen("version=\"2.0\"", "version=\"1.2\"", 1), "error[E0141]: XLIFF version 1.2"),
        ("km.xlf", good.replacen("trgLang=\"en\"", "trgLang=\"km\"", 1), "error[E0141]: trgLang `km`"),
        ("unknown.xlf", good.replacen("<unit id=\"headline\"", "<unit id=\"headlin\"", 1), "error[E0142]: unit `headlin`"),
    ];
    for (name, content, want) in cases {
        let f = root.join(name);
        std::fs::write(&f, content).expect("write");
        let o = loa(root, &["l10n", "import", s(&camp), s(&f), "--format", "short"]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(want), "{name}: expected `{want}` in\n{}", text(&o));
        assert!(err.starts_with(&format!("{}:", f.display())), "{name}: located in the .xlf\n{}", text(&o));
    }
}
