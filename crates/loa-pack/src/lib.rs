//! The campaign pack. Artifacts are written into a staging folder beside the output; only when
//! the whole build succeeded is `manifest.json` written and the staging folder swapped in, so a
//! failed or interrupted build leaves the previous pack untouched. [`verify`] checks a pack
//! against its manifest.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
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
#[derive(Debug)]
pub struct Stage {
    out: PathBuf,
    dir: PathBuf,
    artifacts: Vec<Artifact>,
    committed: bool,
}

fn sibling(out: &Path, tag: &str) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "pack".into());
    out.with_file_name(format!(".{name}.{tag}-{}", std::process::id()))
}

impl Stage {
    /// Starts a pack that will replace `out`.
    pub fn new(out: &Path) -> io::Result<Stage> {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let dir = sibling(out, "staging");
        if dir.exists() {
            fs::remove_dir_all(&dir)?;
        }
        fs::create_dir_all(&dir)?;
        Ok(Stage { out: out.to_path_buf(), dir, artifacts: Vec::new(), committed: false })
    }

    /// The staging folder (for outputs that write files themselves; register them with [`Stage::add`]).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `bytes` to `path` (relative, `/`-separated) in the pack and lists it.
    pub fn write(&mut self, path: &str, kind: &str, locale: Option<&str>, bytes: &[u8]) -> io::Result<()> {
        self.write_with(path, kind, locale, bytes, serde_json::Map::new())
    }

    /// Like [`Stage::write`], recording measured properties in the manifest.
    pub fn write_with(&mut self, path: &str, kind: &str, locale: Option<&str>, bytes: &[u8], props: serde_json::Map<String, serde_json::Value>) -> io::Result<()> {
        let target = self.dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut f = fs::File::create(&target)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        self.push(path, kind, locale, bytes, props);
        Ok(())
    }

    /// Lists a file an output already wrote into [`Stage::dir`], with its measured properties.
    pub fn add(&mut self, path: &str, kind: &str, locale: Option<&str>, props: serde_json::Map<String, serde_json::Value>) -> io::Result<()> {
        let (bytes, sha256) = file_digest(&self.dir.join(path))?;
        self.artifacts.push(Artifact { kind: kind.to_string(), locale: locale.map(str::to_string), path: path.to_string(), bytes, sha256, props });
        Ok(())
    }

    fn push(&mut self, path: &str, kind: &str, locale: Option<&str>, bytes: &[u8], props: serde_json::Map<String, serde_json::Value>) {
        self.artifacts.push(Artifact {
            kind: kind.to_string(),
            locale: locale.map(str::to_string),
            path: path.to_string(),
            bytes: bytes.len() as u64,
            sha256: sha256_hex(bytes),
            props,
        });
    }

    /// Writes the manifest and swaps the staging folder in place of the previous pack.
    pub fn commit(mut self, campaign: &str, locales: &[String]) -> io::Result<Manifest> {
        self.artifacts.sort_by(|a, b| a.path.cmp(&b.path));
        let manifest = Manifest {
            campaign: campaign.to_string(),
            loa_version: env!("CARGO_PKG_VERSION").to_string(),
            locales: locales.to_vec(),
            artifacts: std::mem::take(&mut self.artifacts),
        };
        let mut json = serde_json::to_vec_pretty(&manifest).map_err(io::Error::other)?;
        json.push(b'\n');
        let mut f = fs::File::create(self.dir.join(MANIFEST))?;
        f.write_all(&json)?;
        f.sync_all()?;
        let old = sibling(&self.out, "previous");
        let had_old = self.out.exists();
        if had_old {
            if old.exists() {
                fs::remove_dir_all(&old)?;
            }
            fs::rename(&self.out, &old)?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.out) {
            if had_old {
                let _ = fs::rename(&old, &self.out);
            }
            return Err(e);
        }
        self.committed = true;
        if had_old {
            fs::remove_dir_all(&old)?;
        }
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

    #[test]
    fn commit_swaps_and_verify_finds_changes() -> io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let out = tmp.path().join("pack");
        let mut s = Stage::new(&out)?;
        s.write("content/vi.json", "content", Some("vi"), b"{}")?;
        let m = s.commit("demo", &["vi".into()])?;
        assert_eq!(m.artifacts[0].sha256, sha256_hex(b"{}"));
        assert!(verify(&out).is_empty());
        // A failed build (stage dropped) leaves the pack as it was.
        {
            let mut s = Stage::new(&out)?;
            s.write("content/vi.json", "content", Some("vi"), b"changed")?;
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
}
