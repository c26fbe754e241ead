//! Fixture campaigns, one folder each. `tests/invalid/<case>/` must fail `loa check` with exactly
//! the diagnostics in its `expected.stderr` (short format: file:line:col: severity[code]) and exit
//! code 1, and `loa build` must refuse it without writing anything. `tests/fixtures/<case>/` must
//! pass (its `expected.stderr` lists the warnings) and build a pack that verifies.
//! `UPDATE_GOLDEN=1 cargo test --test cases` rewrites the expected files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn loa(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(args)
        .current_dir(dir)
        .env("LOA_TODAY", "2026-12-04")
        .output()
        .expect("run loa")
}

fn cases(kind: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests").join(kind);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&root).expect("fixture folder").map(|e| e.expect("entry").path()).filter(|p| p.is_dir()).collect();
    v.sort();
    v
}

/// Compares with `expected.stderr`, or rewrites it under UPDATE_GOLDEN=1. Returns a failure text.
fn golden(case: &Path, actual: &str) -> Option<String> {
    let path = case.join("expected.stderr");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != actual).then(|| format!("{}:\n--- expected\n{expected}--- actual\n{actual}", case.display()))
}

fn no_panic(case: &Path, out: &Output) -> Option<String> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code() == Some(2) || stderr.contains("internal error") || stderr.contains("panicked"))
        .then(|| format!("{}: internal error or panic:\n{stderr}", case.display()))
}

/// `file:line:col: error[E0123]: message`
fn is_located(line: &str) -> bool {
    let mut parts = line.splitn(4, ':');
    let (Some(file), Some(l), Some(c), Some(rest)) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return false };
    !file.is_empty()
        && l.parse::<u32>().is_ok()
        && c.parse::<u32>().is_ok()
        && (rest.starts_with(" error[E") || rest.starts_with(" warning[W"))
}

#[test]
fn invalid_campaigns_give_located_diagnostics_and_exit_1() {
    let cases = cases("invalid");
    assert!(cases.len() >= 25, "at least 25 invalid fixtures, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let out = loa(case, &["--format", "short", "check", "."]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        failures.extend(no_panic(case, &out));
        if out.status.code() != Some(1) {
            failures.push(format!("{}: exit code {:?}, expected 1\n{stderr}", case.display(), out.status.code()));
        }
        // The contract: every problem names file:line:col, a severity and a code.
        if let Some(bad) = stderr.lines().find(|l| !is_located(l)) {
            failures.push(format!("{}: diagnostic is not located: {bad}", case.display()));
        }
        if !stderr.contains("error[E") {
            failures.push(format!("{}: no error reported", case.display()));
        }
        failures.extend(golden(case, &stderr));

        // Building it fails the same way and writes nothing.
        let tmp = tempfile::tempdir().expect("tempdir");
        let pack = tmp.path().join("pack");
        let pack_arg = pack.to_string_lossy().into_owned();
        let out = loa(case, &["--format", "short", "build", ".", "--out", &pack_arg]);
        failures.extend(no_panic(case, &out));
        if out.status.code() != Some(1) || String::from_utf8_lossy(&out.stderr) != stderr {
            failures.push(format!("{}: build did not fail like check", case.display()));
        }
        if std::fs::read_dir(tmp.path()).map(|d| d.count()).unwrap_or(0) != 0 {
            failures.push(format!("{}: a failed build left files in the output folder", case.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn valid_fixtures_check_and_build() {
    let mut failures = Vec::new();
    for case in cases("fixtures") {
        let out = loa(&case, &["--format", "short", "check", "."]);
        failures.extend(no_panic(&case, &out));
        if out.status.code() != Some(0) {
            failures.push(format!("{}: check exit code {:?}\n{}", case.display(), out.status.code(), String::from_utf8_lossy(&out.stderr)));
        }
        failures.extend(golden(&case, &String::from_utf8_lossy(&out.stderr)));
        let tmp = tempfile::tempdir().expect("tempdir");
        let pack = tmp.path().join("pack").to_string_lossy().into_owned();
        let out = loa(&case, &["--format", "short", "build", ".", "--out", &pack]);
        if out.status.code() != Some(0) {
            failures.push(format!("{}: build failed\n{}", case.display(), String::from_utf8_lossy(&out.stderr)));
            continue;
        }
        let out = loa(&case, &["verify", &pack]);
        if out.status.code() != Some(0) {
            failures.push(format!("{}: pack does not verify\n{}", case.display(), String::from_utf8_lossy(&out.stderr)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
