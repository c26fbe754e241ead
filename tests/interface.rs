//! Loa's own interface in Vietnamese and English (issue 7, item 7): the language comes from
//! `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`; diagnostics, summaries and `--help` follow it,
//! places and codes do not.

use std::path::Path;

mod support;
use support::{loa_env, repo};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const BROKEN: &str = "tests/invalid/unknown-key";

#[test]
fn lang_vi_prints_diagnostics_in_vietnamese() {
    let out = loa_env(&repo(), &["check", BROKEN], &[("LANG", "vi")]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("lỗi[E0002]: không có khoá `titel` trong [campaign]"), "{err}");
    assert!(err.contains("--> tests/invalid/unknown-key/campaign.toml:3:1"), "{err}");
    assert!(err.contains("= gợi ý: có phải ý bạn là `title`?"), "{err}");
    assert!(err.contains("1 lỗi, 0 cảnh báo"), "{err}");
    assert!(!err.contains("unknown key") && !err.contains("error"), "{err}");
}

#[test]
fn short_format_keeps_places_and_codes_in_every_language() {
    let en = loa_env(&repo(), &["--format", "short", "check", BROKEN], &[("LANG", "C")]);
    let vi = loa_env(&repo(), &["--format", "short", "check", BROKEN], &[("LANG", "vi_VN.UTF-8")]);
    let golden = std::fs::read_to_string(repo().join(BROKEN).join("expected.stderr")).expect("golden");
    assert_eq!(text(&en.stderr), format!("{BROKEN}/{golden}"));
    let (en, vi) = (text(&en.stderr), text(&vi.stderr));
    assert_eq!(en.lines().count(), vi.lines().count());
    for (e, v) in en.lines().zip(vi.lines()) {
        let place = |l: &str| l.split(": ").next().map(str::to_string);
        assert_eq!(place(e), place(v), "{e}\n{v}");
        assert!(v.contains("lỗi[E0002]: "), "{v}");
    }
}

#[test]
fn english_unless_asked_and_lang_option_wins() {
    for env in [&[][..], &[("LANG", "C")][..], &[("LANG", "en_US.UTF-8")][..], &[("LANG", "vi"), ("LC_ALL", "C")][..]] {
        let out = loa_env(&repo(), &["check", BROKEN], env);
        let err = text(&out.stderr);
        assert!(err.contains("error[E0002]: unknown key `titel` in [campaign]") && err.contains("1 error, 0 warnings"), "{env:?}: {err}");
    }
    let out = loa_env(&repo(), &["--lang", "en", "check", BROKEN], &[("LANG", "vi_VN.UTF-8")]);
    assert!(text(&out.stderr).contains("error[E0002]: unknown key"), "{}", text(&out.stderr));
    let out = loa_env(&repo(), &["check", BROKEN, "--lang=vi"], &[("LANG", "C")]);
    assert!(text(&out.stderr).contains("lỗi[E0002]"), "{}", text(&out.stderr));
    let out = loa_env(&repo(), &["check", BROKEN], &[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "vi_VN.UTF-8")]);
    assert!(text(&out.stderr).contains("lỗi[E0002]"), "LC_MESSAGES before LANG: {}", text(&out.stderr));
}

#[test]
fn json_keeps_its_keys_and_severities() {
    let out = loa_env(&repo(), &["--format", "json", "check", BROKEN], &[("LANG", "vi")]);
    let list: serde_json::Value = serde_json::from_slice(&out.stderr).expect("json");
    let d = &list[0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "E0002");
    assert_eq!(d["location"]["line"], 3);
    assert!(d["message"].as_str().is_some_and(|m| m.starts_with("không có khoá")), "{d}");
}

/// Words of clap's English help that must not appear in a Vietnamese one.
const ENGLISH: [&str; 10] = ["Usage", "Options", "Commands", "Arguments", "Print help", "[OPTIONS]", "<COMMAND>", "default:", "possible values", "The campaign folder"];

#[test]
fn help_is_vietnamese() {
    for args in [&["--help"][..], &["build", "--help"][..], &["l10n", "--help"][..], &["l10n", "export", "-h"][..], &["check", "--help"][..]] {
        let out = loa_env(&repo(), args, &[("LANG", "vi_VN.UTF-8")]);
        let help = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(help.contains("Cách dùng: loa") && help.contains("Tùy chọn:") && help.contains("In hướng dẫn"), "{args:?}:\n{help}");
        for word in ENGLISH {
            assert!(!help.contains(word), "{args:?}: `{word}` in\n{help}");
        }
    }
    let out = loa_env(&repo(), &["build", "--help"], &[("LANG", "vi")]);
    let help = text(&out.stdout);
    assert!(help.contains("Cách dùng: loa build [TÙY-CHỌN] <CHIẾN-DỊCH>") && help.contains("--out <NƠI-GHI>"), "{help}");
    let out = loa_env(&repo(), &["help", "build"], &[("LANG", "vi")]);
    assert!(text(&out.stdout).contains("Cách dùng: loa build"), "{}", text(&out.stdout));
    let out = loa_env(&repo(), &["--help"], &[]);
    let help = text(&out.stdout);
    assert!(help.contains("Usage: loa [OPTIONS] <COMMAND>") && help.contains("Commands:") && help.contains("--lang <LANG>"), "{help}");
}

#[test]
fn unknown_language_is_a_clear_error() {
    let out = loa_env(&repo(), &["--lang", "xx", "check", BROKEN], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("`xx` is not a language of Loa's interface") && err.contains("--lang vi"), "{err}");
    let out = loa_env(&repo(), &["check", BROKEN, "--lang=fr"], &[("LANG", "vi")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("`fr` không phải là ngôn ngữ giao diện của Loa"), "{}", text(&out.stderr));
    // A locale the interface does not have in the environment is simply English.
    let out = loa_env(&repo(), &["check", BROKEN], &[("LANG", "fr_FR.UTF-8")]);
    assert!(text(&out.stderr).contains("error[E0002]"), "{}", text(&out.stderr));
}

#[test]
fn command_line_mistakes_are_explained_in_vietnamese() {
    let out = loa_env(&repo(), &["chek", BROKEN], &[("LANG", "vi")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("không có lệnh `chek`") && err.contains("có phải ý bạn là `check`?"), "{err}");
    let out = loa_env(&repo(), &["check"], &[("LANG", "vi")]);
    assert!(text(&out.stderr).contains("còn thiếu: <CHIẾN-DỊCH>"), "{}", text(&out.stderr));
}

#[test]
fn reports_follow_the_language() {
    let dir = Path::new("campaigns/access-to-information");
    let out = loa_env(&repo(), &["l10n", "status", &dir.to_string_lossy()], &[("LANG", "vi")]);
    let table = text(&out.stdout);
    assert!(table.starts_with("ngôn ngữ") && table.contains("đã dịch") && table.contains(" từ)"), "{table}");
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = loa_env(tmp.path(), &["new", "chien-dich"], &[("LANG", "vi")]);
    assert!(text(&out.stdout).contains("đã tạo chiến dịch `chien-dich`"), "{}", text(&out.stdout));
    let out = loa_env(tmp.path(), &["new", "chien-dich"], &[("LANG", "vi")]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("lỗi[E0900]: chien-dich đã tồn tại và không trống") && err.contains("gợi ý: hãy chọn một tên thư mục mới"), "{err}");
}
