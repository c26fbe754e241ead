//! What both test files need: running the built `loa` with a pinned date.

use std::path::{Path, PathBuf};

/// The repository's root folder.
#[allow(dead_code)] // not every test file uses it
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}
use std::process::{Command, Output};

/// Runs `loa` in `dir` with `LOA_TODAY` pinned, so date checks give the same output every day.
pub fn loa(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .args(args)
        .current_dir(dir)
        .env("LOA_TODAY", "2026-12-04")
        .output()
        .expect("run loa")
}
