//! The diagnostics catalogs against the code: every code the sources use has an entry (so a new
//! code is translated, not silently shown in English), and every diagnostic the golden files of
//! `tests/invalid/` and `tests/build-errors/` expect is read by an English entry (so a reworded
//! message is noticed). Both lists name exactly what is missing.

use loa_diag::i18n::{self, CATALOGS, Lang};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) || p.file_name().is_some_and(|n| n == ext) {
            out.push(p);
        }
    }
}

/// Codes written as string literals in the crates' `src/` folders, each with its first place.
fn codes_in_sources() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    for krate in fs::read_dir(repo().join("crates")).into_iter().flatten().flatten() {
        files(&krate.path().join("src"), "rs", &mut paths);
    }
    paths.sort();
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for p in paths {
        let text = fs::read_to_string(&p).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let bytes = line.as_bytes();
            for i in 0..bytes.len().saturating_sub(6) {
                let lit = &bytes[i..i + 7];
                if lit[0] == b'"' && (lit[1] == b'E' || lit[1] == b'W') && lit[2..6].iter().all(u8::is_ascii_digit) && lit[6] == b'"' {
                    let code = String::from_utf8_lossy(&lit[1..6]).into_owned();
                    if seen.insert(code.clone()) {
                        let rel = p.strip_prefix(repo()).unwrap_or(&p).display().to_string();
                        found.push((code, format!("{rel}:{}", n + 1)));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_diagnostic_code_has_a_vietnamese_entry() {
    let en = CATALOGS.iter().find(|(l, f, _)| *l == Lang::En && *f == "diagnostics.ftl").map(|c| c.2).unwrap_or_default();
    let vi = CATALOGS.iter().find(|(l, f, _)| *l == Lang::Vi && *f == "diagnostics.ftl").map(|c| c.2).unwrap_or_default();
    let ids = |text: &str| -> BTreeSet<String> { i18n::entries(text).0.into_iter().map(|(id, _)| id).collect() };
    let (en, vi) = (ids(en), ids(vi));
    let has = |set: &BTreeSet<String>, code: &str| set.iter().any(|id| id == code || id.strip_prefix(code).is_some_and(|r| r.starts_with('-')));
    let codes = codes_in_sources();
    assert!(codes.len() > 50, "the scan found only {} codes", codes.len());
    let missing: Vec<String> = codes
        .iter()
        .filter(|(code, _)| !has(&en, code) || !has(&vi, code))
        .map(|(code, place)| format!("{code} (first used at {place})"))
        .collect();
    assert!(
        missing.is_empty(),
        "these diagnostic codes have no entry in crates/loa-diag/i18n/en/diagnostics.ftl and vi/diagnostics.ftl \
         (add `CODE = <the English text with {{ $variables }}>` and its Vietnamese translation):\n  {}",
        missing.join("\n  ")
    );
}

#[test]
fn every_expected_diagnostic_is_read_by_an_english_entry() {
    let mut paths = Vec::new();
    for dir in ["tests/invalid", "tests/build-errors"] {
        files(&repo().join(dir), "expected.stderr", &mut paths);
    }
    paths.sort();
    assert!(!paths.is_empty());
    let mut unread = Vec::new();
    for p in &paths {
        for line in fs::read_to_string(p).unwrap_or_default().lines() {
            // `file:line:col: error[E0101]: message` (short format)
            let Some(start) = line.find("error[").or_else(|| line.find("warning[")) else { continue };
            let rest = &line[start..];
            let (Some(open), Some(close)) = (rest.find('['), rest.find("]: ")) else { continue };
            let (code, message) = (&rest[open + 1..close], &rest[close + 3..]);
            if i18n::english_entry(code, message).is_none() {
                let rel = p.strip_prefix(repo()).unwrap_or(p).display().to_string();
                unread.push(format!("{rel}: [{code}] {message}"));
            }
        }
    }
    assert!(
        unread.is_empty(),
        "no entry of crates/loa-diag/i18n/en/diagnostics.ftl reads these messages (reworded in the code?), so they stay in English:\n  {}",
        unread.join("\n  ")
    );
}
