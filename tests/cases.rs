//! Fixture campaigns, one folder each. `tests/invalid/<case>/` must fail `loa check` with exactly
//! the diagnostics in its `expected.stderr` (short format: file:line:col: severity[code]) and exit
//! code 1, and `loa build` must refuse it without writing anything. `tests/fixtures/<case>/` must
//! pass (its `expected.stderr` lists the warnings) and build a pack that verifies.
//! `UPDATE_GOLDEN=1 cargo test --test cases` rewrites the expected files.

use std::path::{Path, PathBuf};
use std::process::Output;

mod support;
use support::loa;


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

/// Campaigns whose products cannot be made (text that does not fit its box, a logo that is not
/// SVG, missing recordings): `build` fails with exactly `expected.stderr` and leaves the output
/// folder as it was. `check` finds the print problems first, with the same diagnostics (it lays
/// every product out); only the media problems wait for the build.
#[test]
fn build_errors_name_the_message_locale_and_product() {
    let mut failures = Vec::new();
    let mut caught_by_check = 0;
    for case in cases("build-errors") {
        let out = loa(&case, &["--format", "short", "check", "."]);
        if out.status.code() != Some(0) {
            caught_by_check += 1;
            failures.extend(golden(&case, &String::from_utf8_lossy(&out.stderr)));
        }
        let tmp = tempfile::tempdir().expect("tempdir");
        let pack = tmp.path().join("pack").to_string_lossy().into_owned();
        let out = loa(&case, &["--format", "short", "build", ".", "--out", &pack]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        failures.extend(no_panic(&case, &out));
        if out.status.code() != Some(1) {
            failures.push(format!("{}: build exit code {:?}\n{stderr}", case.display(), out.status.code()));
        }
        if let Some(bad) = stderr.lines().find(|l| !is_located(l)) {
            failures.push(format!("{}: diagnostic is not located: {bad}", case.display()));
        }
        failures.extend(golden(&case, &stderr));
        // Only the cache of draft voices (beside the pack, never in it) may be there.
        let left: Vec<String> = std::fs::read_dir(tmp.path()).map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()).unwrap_or_default();
        if left.iter().any(|n| n != ".loa-cache") {
            failures.push(format!("{}: a failed build left files in the output folder: {left:?}", case.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(caught_by_check, 3, "the logo and the two poster cases are found by check");
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

#[test]
fn every_diagnostic_code_is_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let doc = std::fs::read_to_string(root.join("docs/diagnostics.md")).expect("docs/diagnostics.md");
    let mut stack = vec![root.join("crates")];
    let mut missing = Vec::new();
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).expect("source");
                for (i, _) in src.match_indices('"') {
                    let code = src.get(i + 1..i + 6).unwrap_or("");
                    let is_code = code.len() == 5
                        && (code.starts_with('E') || code.starts_with('W'))
                        && code[1..].bytes().all(|b| b.is_ascii_digit())
                        && src[i + 6..].starts_with('"');
                    if is_code && !doc.contains(code) {
                        missing.push(format!("{code} ({})", p.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "undocumented diagnostic codes: {missing:?}");
}

/// Damaged copies of a valid campaign (truncated at every few bytes, mid-character included, and
/// bytes replaced) never make `loa` panic: each run ends with exit 0 or 1.
#[test]
fn damaged_inputs_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let tmp = tempfile::tempdir().expect("tempdir");
    let shared = tmp.path().join("locales");
    for lang in ["vi", "en"] {
        std::fs::create_dir_all(shared.join(lang)).expect("mkdir");
        std::fs::copy(root.join(format!("locales/{lang}/shared.ftl")), shared.join(format!("{lang}/shared.ftl"))).expect("copy");
    }
    let case = tmp.path().join("c");
    let files = ["campaign.toml", "locales/vi/campaign.ftl", "locales/en/campaign.ftl"];
    let originals: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(root.join("fixtures/minimal").join(f)).expect("read")).collect();
    let restore = || {
        for (f, bytes) in files.iter().zip(&originals) {
            let p = case.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, bytes).expect("write");
        }
    };
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut failures = Vec::new();
    let mut runs = 0;
    for (i, f) in files.iter().enumerate() {
        let len = originals[i].len();
        let mut variants: Vec<Vec<u8>> = (0..len).step_by(len / 24 + 1).map(|n| originals[i][..n].to_vec()).collect();
        for _ in 0..24 {
            let mut v = originals[i].clone();
            for _ in 0..3 {
                let at = (next() as usize) % v.len().max(1);
                const BYTES: &[u8] = b"[]{}=\".\n -$#\xff\xc3*";
                let byte = BYTES[(next() as usize) % BYTES.len()];
                if let Some(b) = v.get_mut(at) {
                    *b = byte;
                }
            }
            variants.push(v);
        }
        for v in variants {
            restore();
            std::fs::write(case.join(f), &v).expect("write variant");
            let out = loa(&case, &["--format", "short", "check", "."]);
            runs += 1;
            if !matches!(out.status.code(), Some(0 | 1)) || String::from_utf8_lossy(&out.stderr).contains("internal error") {
                failures.push(format!("{f} = {:?}\n{}", String::from_utf8_lossy(&v), String::from_utf8_lossy(&out.stderr)));
            }
        }
    }
    assert!(runs > 100, "{runs} runs");
    assert!(failures.is_empty(), "{} of {runs} damaged inputs crashed loa:\n{}", failures.len(), failures.join("\n"));
}
