//! What both test files need: running the built `loa` with a pinned date.

use std::path::{Path, PathBuf};

/// The repository's root folder.
#[allow(dead_code)] // not every test file uses it
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}
use std::process::{Command, Output};

/// Runs `loa` in `dir` with `LOA_TODAY` pinned, so date checks give the same output every day,
/// and in English (`LANG=C`, whatever the machine's locale), the language of the golden files.
#[allow(dead_code)] // not every test file uses it
pub fn loa(dir: &Path, args: &[&str]) -> Output {
    loa_env(dir, args, &[("LANG", "C")])
}

/// Runs `loa` like [`loa`], with `LC_ALL`, `LC_MESSAGES` and `LANG` taken only from `env`.
pub fn loa_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loa"));
    cmd.args(args).current_dir(dir).env("LOA_TODAY", "2026-12-04");
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied()).output().expect("run loa")
}

/// A copy of `tests/fixtures/minimal` in `dir/c`, with the shared strings beside it in
/// `dir/locales`, so a test can add tables and files to it. Returns the campaign folder.
#[allow(dead_code)]
pub fn minimal_campaign(dir: &Path) -> PathBuf {
    let camp = dir.join("c");
    let src = repo().join("tests/fixtures/minimal");
    for f in ["campaign.toml", "locales/vi/campaign.ftl", "locales/en/campaign.ftl"] {
        std::fs::create_dir_all(camp.join(f).parent().expect("parent")).expect("mkdir");
        std::fs::copy(src.join(f), camp.join(f)).expect("copy");
    }
    let shared = dir.join("locales");
    for lang in ["vi", "en"] {
        std::fs::create_dir_all(shared.join(lang)).expect("mkdir");
        std::fs::copy(repo().join(format!("tests/locales/{lang}/shared.ftl")), shared.join(format!("{lang}/shared.ftl"))).expect("copy");
    }
    camp
}
