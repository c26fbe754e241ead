//! What both test files need: running the built `loa` with a pinned date.

use std::path::Path;
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
