//! Diagnostics for Loa: every file a run reads is registered in a [`SourceMap`], problems are
//! [`Diagnostic`]s that keep a `(FileId, byte range)` and become `file:line:col` only when printed.
//! All problems of a run are collected in a [`Diagnostics`] list and printed together.

pub mod i18n;
mod print;
mod sources;

pub use i18n::Lang;
pub use print::{Format, render, render_in};
pub use sources::{FsSources, MemSources, PathProblem, Sources, resolve_inside};

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file in a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(u32);

/// A file read during a run: where it lives, how to show its path, and its text.
#[derive(Debug)]
pub struct SourceFile {
    /// The path used to read the file.
    pub path: PathBuf,
    /// The path as printed in diagnostics.
    pub display: String,
    /// The text, exactly as read (before any normalisation).
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// 1-based line and column of a byte offset; the column counts characters, not bytes.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self.text[start..offset].chars().count();
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else { return "" };
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Byte offset of the start of a 1-based line (the end of the file past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(self.text.len())
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every file read during a run, so that spans can be printed as `file:line:col`.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers a file; `display` is how its path is printed.
    pub fn add(&mut self, path: impl Into<PathBuf>, display: impl Into<String>, text: String) -> FileId {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile { path: path.into(), display: display.into(), text, line_starts });
        id
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The id of a file already registered under `path`.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.files.iter().position(|f| f.path == path).map(|i| FileId(i as u32))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub span: Range<usize>,
}

/// One problem: what is wrong (message), where (label), why and how to fix it (notes, hints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code such as `E0101`, listed in `docs/diagnostics.md`.
    pub code: &'static str,
    pub message: String,
    pub label: Option<Label>,
    /// A second place worth showing (e.g. the first definition of a duplicate).
    pub related: Vec<(Label, String)>,
    pub notes: Vec<String>,
    pub hints: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity,
            code,
            message: message.into(),
            label: None,
            related: Vec::new(),
            notes: Vec::new(),
            hints: Vec::new(),
        }
    }

    pub fn at(mut self, file: FileId, span: Range<usize>) -> Self {
        self.label = Some(Label { file, span });
        self
    }

    pub fn related(mut self, file: FileId, span: Range<usize>, what: impl Into<String>) -> Self {
        self.related.push((Label { file, span }, what.into()));
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// The problems of a run, collected so that they are all reported together.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.list.extend(ds);
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.list.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// Sorts by file, position, then code, and drops exact duplicates, so output is stable.
    pub fn sort(&mut self, map: &SourceMap) {
        let key = |d: &Diagnostic| {
            let (path, start) = match &d.label {
                Some(l) => (map.get(l.file).display.clone(), l.span.start),
                None => (String::new(), 0),
            };
            (path, start, d.code, d.message.clone())
        };
        self.list.sort_by_cached_key(key);
        self.list.dedup();
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

/// A short "did you mean" suggestion among `candidates` (edit distance ≤ 1/3 of the length).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    /// Longer words are never names a user mistyped (and the distance costs length²).
    const LONGEST: usize = 100;
    let len = word.chars().count();
    let limit = (len / 3).max(1);
    if len > LONGEST {
        return None;
    }
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(len) <= limit)
        .map(|c| (edit_distance(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

/// Edit distance where swapping two neighbours counts as one edit (`titel` → `title`).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// How to print `base/rel`: joined, without a leading `./`.
pub fn display_join(base: &Path, rel: impl AsRef<Path>) -> String {
    use std::path::Component;
    let mut parts: Vec<Component> = Vec::new();
    let full = base.join(rel);
    for c in full.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined: PathBuf = parts.iter().collect();
    let s = joined.to_string_lossy().into_owned();
    if s.is_empty() { ".".into() } else { s }
}

/// How to print a file the run found by itself (shared locales, skeleton targets): relative to
/// the folder the user named, e.g. `campaigns/x` + `/repo/locales/vi/a.ftl` → `locales/vi/a.ftl`.
pub fn display_path(dir: &Path, path: &Path) -> String {
    display_join(dir, relative(path, dir))
}

/// `path` relative to `base` when it is below `base`'s parent folders, else as is.
fn relative(path: &Path, base: &Path) -> PathBuf {
    let (Ok(p), Ok(b)) = (std::path::absolute(path), std::path::absolute(base)) else { return path.to_path_buf() };
    let p: Vec<_> = p.components().collect();
    let b: Vec<_> = b.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let mut map = SourceMap::new();
        let id = map.add("a.ftl", "a.ftl", "tiêu-đề = Bạn có quyền\nx = 1\n".to_string());
        let f = map.get(id);
        let off = f.text.find("Bạn").unwrap_or_default();
        assert_eq!(f.line_col(off), (1, 11));
        let off2 = f.text.find("x =").unwrap_or_default();
        assert_eq!(f.line_col(off2), (2, 1));
        assert_eq!(f.line_text(2), "x = 1");
        // an offset inside a multi-byte char does not panic
        assert_eq!(f.line_col(3), (1, 3));
    }

    #[test]
    fn closest_suggests_near_names_only() {
        assert_eq!(closest("refrence-locale", ["reference-locale", "locales"]), Some("reference-locale"));
        assert_eq!(closest("zzz", ["reference-locale"]), None);
        assert_eq!(closest("titel", ["id", "title", "locales"]), Some("title"));
    }
}
