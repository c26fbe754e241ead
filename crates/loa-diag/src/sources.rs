//! All file access goes through [`Sources`], so tests can serve campaigns from memory and the
//! "nothing is read from outside the campaign" rule has one place to live.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

/// Read access to the files of a run.
pub trait Sources: Send + Sync {
    /// The whole file as bytes.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// The files and folders directly inside `dir`, sorted by name.
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    /// The path with every symlink resolved (the file must exist).
    fn canonical(&self, path: &Path) -> io::Result<PathBuf>;
    fn is_dir(&self, path: &Path) -> bool;
    fn is_file(&self, path: &Path) -> bool;
}

/// The real file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct FsSources;

impl Sources for FsSources {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        let mut v = std::fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<io::Result<Vec<_>>>()?;
        v.sort();
        Ok(v)
    }

    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
}

/// Files held in memory (for tests); paths are normalised lexically, there are no symlinks.
#[derive(Debug, Default, Clone)]
pub struct MemSources {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemSources {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, path: impl AsRef<Path>, content: impl Into<Vec<u8>>) {
        self.files.insert(normalize(path.as_ref()), content.into());
    }
}

fn not_found() -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, "no such file")
}

impl Sources for MemSources {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files.get(&normalize(path)).cloned().ok_or_else(not_found)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        let dir = normalize(dir);
        let mut out: Vec<PathBuf> = self
            .files
            .keys()
            .filter_map(|p| p.strip_prefix(&dir).ok())
            .filter_map(|rest| rest.components().next())
            .map(|c| dir.join(c))
            .collect();
        out.dedup();
        if out.is_empty() { Err(not_found()) } else { Ok(out) }
    }

    fn canonical(&self, path: &Path) -> io::Result<PathBuf> {
        let p = normalize(path);
        if self.is_file(&p) || self.is_dir(&p) { Ok(p) } else { Err(not_found()) }
    }

    fn is_dir(&self, path: &Path) -> bool {
        let p = normalize(path);
        self.files.keys().any(|k| k != &p && k.starts_with(&p))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&normalize(path))
    }
}

/// Removes `.` and resolves `..` lexically.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_sources_list_and_read() {
        let mut m = MemSources::new();
        m.insert("c/locales/vi/a.ftl", "a = 1");
        m.insert("c/locales/en/a.ftl", "a = 1");
        assert_eq!(m.list(Path::new("c/locales")).unwrap_or_default(), vec![PathBuf::from("c/locales/en"), PathBuf::from("c/locales/vi")]);
        assert!(m.is_dir(Path::new("c/./locales")));
        assert_eq!(m.read(Path::new("c/locales/../locales/vi/a.ftl")).unwrap_or_default(), b"a = 1");
        assert!(m.read(Path::new("c/x")).is_err());
    }
}

/// Why a path named in a campaign may not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    Absolute,
    ParentDir,
    Missing,
    /// A symlink (or a `..` hidden behind one) leads to this place outside the folder.
    Outside(PathBuf),
}

impl PathProblem {
    /// What is wrong and how to fix it, for a diagnostic.
    pub fn explain(&self) -> (String, String) {
        match self {
            PathProblem::Absolute => (
                "is an absolute path".into(),
                "give the path relative to the campaign folder, e.g. `images/logo.svg`".into(),
            ),
            PathProblem::ParentDir => (
                "leaves the campaign folder (`..`)".into(),
                "copy the file into the campaign folder and name it from there".into(),
            ),
            PathProblem::Missing => (
                "does not exist".into(),
                "check the spelling (names are case-sensitive) or add the file".into(),
            ),
            PathProblem::Outside(_) => (
                "is a link that leads outside the campaign folder".into(),
                "replace the link with a copy of the file".into(),
            ),
        }
    }
}

/// Resolves `rel` inside `root` (a canonical folder), refusing absolute paths, `..`, missing files
/// and symlinks that lead outside `root`.
pub fn resolve_inside(sources: &dyn Sources, root: &Path, rel: &str) -> Result<PathBuf, PathProblem> {
    let p = Path::new(rel);
    if p.is_absolute() || rel.starts_with('/') || rel.starts_with('\\') || rel.contains(':') {
        return Err(PathProblem::Absolute);
    }
    if p.components().any(|c| matches!(c, Component::ParentDir)) {
        return Err(PathProblem::ParentDir);
    }
    let joined = root.join(p);
    let canonical = sources.canonical(&joined).map_err(|_| PathProblem::Missing)?;
    if !canonical.starts_with(root) {
        return Err(PathProblem::Outside(canonical));
    }
    Ok(canonical)
}
