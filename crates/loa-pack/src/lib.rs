//! The campaign pack. Artifacts are written into a staging folder beside the output; only when
//! the whole build succeeded is `manifest.json` written and the staging folder swapped in, so a
//! failed or interrupted build leaves the previous pack untouched. [`verify`] checks a pack
//! against its manifest.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = "manifest.json";

/// One file of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Artifact {
    /// What it is, e.g. `content`; later `poster`, `radio-broadcast`, `subtitles`…
    pub kind: String,
    /// The locale it is in, if any.
    pub locale: Option<String>,
    /// Path inside the pack, `/`-separated.
    pub path: String,
    pub bytes: u64,
    pub sha256: String,
    /// The build job that made it (e.g. `poster:main:vi`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<String>,
    /// Measured properties of the kind (pages, trim size, duration, loudness …).
    #[serde(flatten)]
    pub props: serde_json::Map<String, serde_json::Value>,
}

/// `manifest.json`: the pack's table of contents. No dates, so two builds of the same inputs give
/// the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Manifest {
    pub campaign: String,
    pub loa_version: String,
    pub locales: Vec<String>,
    /// Each build job and the hash of everything it read (see ARCHITECTURE.md, "Planner").
    #[serde(default)]
    pub jobs: BTreeMap<String, String>,
    pub artifacts: Vec<Artifact>,
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Size and SHA-256 of a file, read in pieces (a broadcast WAV can be a gigabyte).
pub fn file_digest(path: &Path) -> io::Result<(u64, String)> {
    let mut f = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut len = 0u64;
    loop {
        let n = io::Read::read(&mut f, &mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        len += n as u64;
    }
    Ok((len, hex(&hasher.finalize())))
}

/// A pack being built in a staging folder. Dropped without [`Stage::commit`], it removes itself.
///
/// Every file belongs to a job (one output in one locale, say); the manifest records each job's
/// input hash, so the next build can take a job's files from the previous pack ([`Stage::reuse`])
/// instead of rendering them again.
#[derive(Debug)]
pub struct Stage {
    out: PathBuf,
    dir: PathBuf,
    previous: Option<Manifest>,
    jobs: BTreeMap<String, String>,
    artifacts: Vec<Artifact>,
    committed: bool,
}

fn name_of(out: &Path) -> String {
    out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "pack".into())
}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    out.with_file_name(format!(".{}.{tag}-{}", name_of(out), std::process::id()))
}

/// Whether process `pid` still runs (only known on Linux; elsewhere assumed alive).
fn alive(pid: u32) -> bool {
    !Path::new("/proc/self").exists() || Path::new(&format!("/proc/{pid}")).exists()
}

/// Removes what builds killed midway left beside `out` (their staging folders), and puts back a
/// previous pack a killed swap had moved aside. [`Stage::new`] calls it; so should a build that
/// finds nothing to do.
pub fn clean_up_after_killed_builds(out: &Path) -> io::Result<()> {
    let Some(parent) = out.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p }) else { return Ok(()) };
    let prefix = format!(".{}.", name_of(out));
    let Ok(entries) = fs::read_dir(parent) else { return Ok(()) };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(&prefix) else { continue };
        let Some((tag, pid)) = rest.rsplit_once('-') else { continue };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if pid == std::process::id() || alive(pid) {
            continue;
        }
        match tag {
            "previous" if !out.exists() => fs::rename(e.path(), out)?,
            "staging" | "previous" => fs::remove_dir_all(e.path())?,
            _ => {}
        }
    }
    Ok(())
}

/// The lock file of the pack at `out`: `.<name>.lock` beside it (never inside the pack).
pub fn lock_path(out: &Path) -> PathBuf {
    out.with_file_name(format!(".{}.lock", name_of(out)))
}

/// The exclusive right to build the pack at `out`, held from before the previous pack is read
/// until the new one is swapped in: two builds of one folder never interleave. It is an
/// advisory `flock` on [`lock_path`], so the system releases it when the build ends in any way,
/// SIGKILL included; the file holds the builder's pid, to name it to whoever waits. Dropping the
/// lock removes the file.
#[derive(Debug)]
pub struct BuildLock {
    /// Holds the lock while open.
    _file: fs::File,
    path: PathBuf,
}

/// Why [`BuildLock::take`] did not lock.
#[derive(Debug)]
pub enum LockError {
    /// Another build holds it (and `wait` was false); its pid if the file names one.
    Busy(Option<u32>),
    Io(io::Error),
}

impl From<io::Error> for LockError {
    fn from(e: io::Error) -> Self {
        LockError::Io(e)
    }
}

impl BuildLock {
    /// Takes the lock of the pack at `out` (creating the folder that holds it). When another
    /// build holds it: with `wait`, calls `waiting(pid)` once and blocks until it is free;
    /// without, returns [`LockError::Busy`].
    pub fn take(out: &Path, wait: bool, mut waiting: impl FnMut(Option<u32>)) -> Result<BuildLock, LockError> {
        use rustix::fs::{FlockOperation, flock};
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let path = lock_path(out);
        let mut told = false;
        loop {
            let file = fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
            match flock(&file, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {}
                Err(e) if e == rustix::io::Errno::WOULDBLOCK => {
                    let pid = fs::read_to_string(&path).ok().and_then(|s| s.trim().parse().ok());
                    if !wait {
                        return Err(LockError::Busy(pid));
                    }
                    if !told {
                        waiting(pid);
                        told = true;
                    }
                    flock(&file, FlockOperation::LockExclusive).map_err(io::Error::from)?;
                }
                Err(e) => return Err(LockError::Io(e.into())),
            }
            // The holder before us removes the file as it lets go: a lock on a file no longer
            // at `path` guards nothing, so start again with the file now there.
            let same = fs::metadata(&path).ok().is_some_and(|m| {
                use std::os::unix::fs::MetadataExt;
                file.metadata().is_ok_and(|f| f.ino() == m.ino() && f.dev() == m.dev())
            });
            if !same {
                continue;
            }
            file.set_len(0)?;
            (&file).write_all(format!("{}\n", std::process::id()).as_bytes())?;
            return Ok(BuildLock { _file: file, path });
        }
    }
}

impl Drop for BuildLock {
    fn drop(&mut self) {
        // Removed while still locked (closing the file lets go): see `take`.
        let _ = fs::remove_file(&self.path);
    }
}

/// Makes a rename in the folder holding `path` durable (best effort: not every system can).
fn sync_parent(path: &Path) {
    if let Some(parent) = path.parent().map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p })
        && let Ok(dir) = fs::File::open(parent)
    {
        let _ = dir.sync_all();
    }
}

/// Reads the manifest of the pack at `out`, if there is a readable one.
pub fn read_manifest(out: &Path) -> Option<Manifest> {
    serde_json::from_slice(&fs::read(out.join(MANIFEST)).ok()?).ok()
}

/// The manifest of the pack at `out` when the pack is whole — written by this version of Loa,
/// every file present with its size (not its hash: that is `loa verify`'s job) — else `None`.
pub fn intact(out: &Path) -> Option<Manifest> {
    let m = read_manifest(out)?;
    let whole = m.loa_version == env!("CARGO_PKG_VERSION")
        && m.artifacts.iter().all(|a| fs::metadata(out.join(&a.path)).is_ok_and(|md| md.is_file() && md.len() == a.bytes));
    whole.then_some(m)
}

/// Writes `bytes` to `rel` (`/`-separated) inside `dir`, creating folders.
pub fn write_file(dir: &Path, rel: &str, bytes: &[u8]) -> io::Result<()> {
    let target = dir.join(rel);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut f = fs::File::create(&target)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Hard-links `from` to `to` (creating folders), or copies it where links are not possible.
pub fn link_or_copy(from: &Path, to: &Path) -> io::Result<()> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    if to.exists() {
        fs::remove_file(to)?;
    }
    if fs::hard_link(from, to).is_err() {
        fs::copy(from, to)?;
    }
    Ok(())
}

impl Artifact {
    /// Lists a file already written at `dir/path`, with its size and SHA-256.
    pub fn of_file(dir: &Path, path: &str, kind: &str, locale: Option<&str>, props: serde_json::Map<String, serde_json::Value>) -> io::Result<Artifact> {
        let (bytes, sha256) = file_digest(&dir.join(path))?;
        Ok(Artifact { kind: kind.to_string(), locale: locale.map(str::to_string), path: path.to_string(), bytes, sha256, job: None, props })
    }

    /// Writes `bytes` to `dir/path` and lists it.
    pub fn write(dir: &Path, path: &str, kind: &str, locale: Option<&str>, bytes: &[u8], props: serde_json::Map<String, serde_json::Value>) -> io::Result<Artifact> {
        write_file(dir, path, bytes)?;
        Ok(Artifact { kind: kind.to_string(), locale: locale.map(str::to_string), path: path.to_string(), bytes: bytes.len() as u64, sha256: sha256_hex(bytes), job: None, props })
    }
}

impl Stage {
    /// Starts a pack that will replace `out`, and reads the previous pack's manifest.
    pub fn new(out: &Path) -> io::Result<Stage> {
        // A file where the pack should be is the user's, not an old pack: never swap it away.
        if fs::symlink_metadata(out).is_ok_and(|m| !m.is_dir()) {
            return Err(io::Error::new(io::ErrorKind::AlreadyExists, format!("{} is a file, not a pack folder", out.display())));
        }
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        clean_up_after_killed_builds(out)?;
        let dir = sibling(out, "staging");
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        Ok(Stage { out: out.to_path_buf(), dir, previous: read_manifest(out), jobs: BTreeMap::new(), artifacts: Vec::new(), committed: false })
    }

    /// The staging folder: jobs write their files here, then [`Stage::record`] lists them.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The previous pack's hash of `job`, if it had one.
    pub fn previous_hash(&self, job: &str) -> Option<&str> {
        self.previous.as_ref()?.jobs.get(job).map(String::as_str)
    }

    /// Takes `job`'s files from the previous pack (hard links, no copying) when it was built from
    /// the same inputs (`hash`) and its files are all there; returns whether it did.
    pub fn reuse(&mut self, job: &str, hash: &str) -> io::Result<bool> {
        if self.previous_hash(job) != Some(hash) {
            return Ok(false);
        }
        let Some(prev) = &self.previous else { return Ok(false) };
        let files: Vec<Artifact> = prev.artifacts.iter().filter(|a| a.job.as_deref() == Some(job)).cloned().collect();
        let intact = files.iter().all(|a| fs::metadata(self.out.join(&a.path)).is_ok_and(|m| m.is_file() && m.len() == a.bytes));
        if !intact {
            return Ok(false);
        }
        for a in &files {
            link_or_copy(&self.out.join(&a.path), &self.dir.join(&a.path))?;
        }
        self.record(job, hash, files);
        Ok(true)
    }

    /// Lists the files a job wrote into [`Stage::dir`], with the hash of the job's inputs.
    pub fn record(&mut self, job: &str, hash: &str, artifacts: Vec<Artifact>) {
        self.jobs.insert(job.to_string(), hash.to_string());
        self.artifacts.extend(artifacts.into_iter().map(|a| Artifact { job: Some(job.to_string()), ..a }));
    }

    /// The files listed so far.
    pub fn artifacts(&self) -> &[Artifact] {
        &self.artifacts
    }

    /// Writes the manifest and swaps the staging folder in place of the previous pack, in one
    /// atomic step where the system allows it (Linux `renameat2(RENAME_EXCHANGE)`).
    pub fn commit(mut self, campaign: &str, locales: &[String]) -> io::Result<Manifest> {
        self.artifacts.sort_by(|a, b| a.path.cmp(&b.path));
        let manifest = Manifest {
            campaign: campaign.to_string(),
            loa_version: env!("CARGO_PKG_VERSION").to_string(),
            locales: locales.to_vec(),
            jobs: std::mem::take(&mut self.jobs),
            artifacts: std::mem::take(&mut self.artifacts),
        };
        let mut json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        json.push(b'\n');
        write_file(&self.dir, MANIFEST, &json)?;
        if self.out.exists() {
            use rustix::fs::{CWD, RenameFlags, renameat_with};
            match renameat_with(CWD, &self.dir, CWD, &self.out, RenameFlags::EXCHANGE) {
                Ok(()) => {
                    // The staging path now holds the previous pack.
                    self.committed = true;
                    sync_parent(&self.out);
                    fs::remove_dir_all(&self.dir)?;
                    return Ok(manifest);
                }
                Err(_) => {
                    // No atomic exchange here: move the old pack aside, then the new one in. A
                    // build killed between the two renames is repaired by the next build.
                    let old = sibling(&self.out, "previous");
                    fs::rename(&self.out, &old)?;
                    if let Err(e) = fs::rename(&self.dir, &self.out) {
                        let _ = fs::rename(&old, &self.out);
                        return Err(e);
                    }
                    self.committed = true;
                    fs::remove_dir_all(&old)?;
                    return Ok(manifest);
                }
            }
        }
        fs::rename(&self.dir, &self.out)?;
        self.committed = true;
        sync_parent(&self.out);
        Ok(manifest)
    }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Whether `name` may be a zip entry: relative, `/`-separated, without `.`, `..` or empty parts,
/// so that unzipping it cannot write outside the folder it is unzipped into.
pub fn safe_entry_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(['\\', ':', '\0'])
        && name.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Zips the folder `folder` of `dir` into `dir/zip`, entries named `folder/…`, in path order
/// with fixed dates and modes, so the same files give the same bytes. Media that is already
/// compressed is stored; text is deflated. Only regular files are packed: a symlink is never
/// followed (it could lead out of the pack), and every entry name is checked with
/// [`safe_entry_name`].
pub fn zip_folder(dir: &Path, folder: &str, zip: &str) -> io::Result<()> {
    use zip::write::SimpleFileOptions;
    let mut files = Vec::new();
    let mut stack = vec![dir.join(folder)];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d)? {
            let e = e?;
            let t = e.file_type()?;
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                let rel = e.path().strip_prefix(dir).map_err(io::Error::other)?.to_string_lossy().replace('\\', "/");
                if !safe_entry_name(&rel) {
                    return Err(io::Error::other(format!("refusing to zip {rel}: not a plain relative path")));
                }
                files.push(rel);
            }
            // Symlinks (`file_type` does not follow them) and anything else are left out.
        }
    }
    files.sort();
    let target = dir.join(zip);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut w = zip::ZipWriter::new(io::BufWriter::new(fs::File::create(&target)?));
    for rel in files {
        let stored = [".wav", ".mp3", ".mp4", ".png", ".jpg", ".pdf", ".zip"].iter().any(|x| rel.ends_with(x));
        let method = if stored { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644)
            .large_file(fs::metadata(dir.join(&rel))?.len() >= u32::MAX as u64);
        w.start_file(rel.as_str(), options).map_err(io::Error::other)?;
        io::copy(&mut fs::File::open(dir.join(&rel))?, &mut w)?;
    }
    let mut inner = w.finish().map_err(io::Error::other)?;
    inner.flush()?;
    inner.get_ref().sync_all()
}

/// A way a pack differs from its manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoManifest(String),
    Missing(String),
    Changed(String),
    Unlisted(String),
}

/// Checks every file of `pack` against its manifest: missing, changed and unlisted files.
pub fn verify(pack: &Path) -> Vec<Problem> {
    let manifest: Manifest = match fs::read(pack.join(MANIFEST)).map_err(|e| e.to_string()).and_then(|b| {
        serde_json::from_slice(&b).map_err(|e| e.to_string())
    }) {
        Ok(m) => m,
        Err(e) => return vec![Problem::NoManifest(e)],
    };
    let mut problems = Vec::new();
    let mut listed = BTreeSet::new();
    for a in &manifest.artifacts {
        listed.insert(a.path.clone());
        match file_digest(&pack.join(&a.path)) {
            Err(_) => problems.push(Problem::Missing(a.path.clone())),
            Ok((len, sha)) if len != a.bytes || sha != a.sha256 => problems.push(Problem::Changed(a.path.clone())),
            Ok(_) => {}
        }
    }
    let mut stack = vec![pack.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = fs::read_dir(&dir) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(rel) = p.strip_prefix(pack) {
                let rel = rel.to_string_lossy().replace('\\', "/");
                if rel != MANIFEST && !listed.contains(&rel) {
                    problems.push(Problem::Unlisted(rel));
                }
            }
        }
    }
    problems.sort_by_key(|p| format!("{p:?}"));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_props() -> serde_json::Map<String, serde_json::Value> {
        serde_json::Map::new()
    }

    #[test]
    fn commit_swaps_and_verify_finds_changes() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let out = tmp.path().join("pack");
        let mut s = Stage::new(&out)?;
        let a = Artifact::write(s.dir(), "content/vi.json", "content", Some("vi"), b"{}", no_props())?;
        s.record("content:vi", "h1", vec![a]);
        let m = s.commit("demo", &["vi".into()])?;
        assert_eq!(m.artifacts[0].sha256, sha256_hex(b"{}"));
        assert_eq!(m.artifacts[0].job.as_deref(), Some("content:vi"));
        assert!(verify(&out).is_empty());
        // A failed build (stage dropped) leaves the pack as it was.
        {
            let s = Stage::new(&out)?;
            Artifact::write(s.dir(), "content/vi.json", "content", Some("vi"), b"changed", no_props())?;
        }
        assert_eq!(fs::read(out.join("content/vi.json"))?, b"{}");
        assert!(verify(&out).is_empty());
        fs::write(out.join("content/vi.json"), b"x")?;
        fs::write(out.join("extra.txt"), b"x")?;
        assert_eq!(verify(&out), vec![Problem::Changed("content/vi.json".into()), Problem::Unlisted("extra.txt".into())]);
        // Only the pack is left beside it: no staging or previous folders.
        assert_eq!(fs::read_dir(tmp.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn unchanged_jobs_are_taken_from_the_previous_pack() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let out = tmp.path().join("pack");
        let mut s = Stage::new(&out)?;
        for (job, path) in [("a", "a/1.txt"), ("b", "b/1.txt")] {
            let art = Artifact::write(s.dir(), path, "text", None, job.as_bytes(), no_props())?;
            s.record(job, "h", vec![art]);
        }
        s.commit("demo", &[])?;
        assert!(intact(&out).is_some());
        let mut s = Stage::new(&out)?;
        assert!(s.reuse("a", "h")?);
        assert!(!s.reuse("b", "changed")?, "a job whose inputs changed is rebuilt");
        let art = Artifact::write(s.dir(), "b/1.txt", "text", None, b"new", no_props())?;
        s.record("b", "changed", vec![art]);
        let m = s.commit("demo", &[])?;
        assert_eq!(fs::read(out.join("a/1.txt"))?, b"a");
        assert_eq!(fs::read(out.join("b/1.txt"))?, b"new");
        assert_eq!(m.jobs["b"], "changed");
        assert!(verify(&out).is_empty());
        fs::write(out.join("b/1.txt"), b"longer")?;
        assert!(intact(&out).is_none(), "a file of another size");
        fs::write(out.join("b/1.txt"), b"new")?;
        // A job whose file went missing is not reused.
        fs::remove_file(out.join("a/1.txt"))?;
        let mut s = Stage::new(&out)?;
        assert!(!s.reuse("a", "h")?);
        Ok(())
    }

    #[test]
    fn a_killed_build_is_cleaned_up_and_a_moved_pack_put_back() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let out = tmp.path().join("pack");
        // No process has pid 4194304 + 1 (above Linux's pid_max).
        let dead = 4_194_305;
        fs::create_dir_all(tmp.path().join(format!(".pack.staging-{dead}")))?;
        let moved = tmp.path().join(format!(".pack.previous-{dead}"));
        fs::create_dir_all(&moved)?;
        fs::write(moved.join(MANIFEST), b"{}")?;
        drop(Stage::new(&out)?);
        assert!(out.join(MANIFEST).is_file(), "the pack a killed swap had moved aside is back");
        assert_eq!(fs::read_dir(tmp.path())?.count(), 1);
        Ok(())
    }

    #[test]
    fn a_second_lock_of_one_pack_waits_or_is_refused() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let out = tmp.path().join("pack");
        let first = BuildLock::take(&out, false, |_| {}).map_err(|e| io::Error::other(format!("{e:?}")))?;
        assert_eq!(fs::read_to_string(lock_path(&out))?.trim(), std::process::id().to_string());
        // flock locks belong to the open file: a second open in this process is refused too.
        match BuildLock::take(&out, false, |_| {}) {
            Err(LockError::Busy(pid)) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("expected Busy, got {other:?}"),
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let out = out.clone();
            std::thread::spawn(move || {
                let lock = BuildLock::take(&out, true, |pid| tx.send(pid).unwrap_or(()));
                lock.map(|_| ()).map_err(|e| format!("{e:?}"))
            })
        };
        assert_eq!(rx.recv_timeout(std::time::Duration::from_secs(5)).ok(), Some(Some(std::process::id())), "told once who holds it");
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(!waiter.is_finished(), "the second build waits");
        drop(first);
        assert_eq!(waiter.join().map_err(|_| io::Error::other("waiter panicked"))?, Ok(()));
        assert!(!lock_path(&out).exists(), "the lock file goes with the last lock");
        assert_eq!(fs::read_dir(tmp.path())?.count(), 0);
        Ok(())
    }

    #[test]
    fn zips_are_reproducible_and_relative() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let d = tmp.path();
        write_file(d, "radio/vi/a.txt", "Xin chào".as_bytes())?;
        write_file(d, "radio/b.mp3", &[1, 2, 3])?;
        zip_folder(d, "radio", "radio.zip")?;
        let first = fs::read(d.join("radio.zip"))?;
        std::thread::sleep(std::time::Duration::from_millis(1100));
        zip_folder(d, "radio", "radio.zip")?;
        assert_eq!(first, fs::read(d.join("radio.zip"))?);
        let mut z = zip::ZipArchive::new(io::Cursor::new(first)).map_err(io::Error::other)?;
        let names: Vec<String> = z.file_names().map(|n| n.map(|n| n.to_string())).collect::<Result<_, _>>().map_err(io::Error::other)?;
        assert_eq!(names, ["radio/b.mp3", "radio/vi/a.txt"]);
        let mut text = String::new();
        io::Read::read_to_string(&mut z.by_name("radio/vi/a.txt").map_err(io::Error::other)?, &mut text)?;
        assert_eq!(text, "Xin chào");
        Ok(())
    }

    #[test]
    fn zips_never_follow_links_out_of_the_folder_nor_name_a_path_outside() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let d = tmp.path().join("stage");
        write_file(&d, "web/index.html", b"<html>")?;
        write_file(tmp.path(), "secret/id-card.txt", b"personal")?;
        std::os::unix::fs::symlink(tmp.path().join("secret/id-card.txt"), d.join("web/card.txt"))?;
        std::os::unix::fs::symlink(tmp.path().join("secret"), d.join("web/secret"))?;
        std::os::unix::fs::symlink("/etc", d.join("web/etc"))?;
        zip_folder(&d, "web", "web.zip")?;
        let mut z = zip::ZipArchive::new(fs::File::open(d.join("web.zip"))?).map_err(io::Error::other)?;
        let names: Vec<String> = z.file_names().map(|n| n.map(|n| n.to_string())).collect::<Result<_, _>>().map_err(io::Error::other)?;
        assert_eq!(names, ["web/index.html"]);
        for i in 0..z.len() {
            let f = z.by_index(i).map_err(io::Error::other)?;
            let name = f.name().map_err(io::Error::other)?.into_owned();
            assert!(f.enclosed_name().is_some() && safe_entry_name(&name), "{name}");
        }
        for bad in ["/etc/passwd", "../x", "web/../../x", "web//x", "./web", "c:/x", "web\\..\\x", ""] {
            assert!(!safe_entry_name(bad), "{bad}");
        }
        assert!(safe_entry_name("radio/vi/weekly.mp3"));
        Ok(())
    }
}
