//! The build plan: every output × locale is a job with a hash of everything it reads — Loa's
//! version, the output's table, the brand, the messages it uses as resolved through the locale's
//! fallback chain (with the locale each text came from), the legal facts, variables and labels,
//! and the files it reads (fonts, logos, templates, footage, recordings). A job whose hash is the
//! one recorded in the previous pack's manifest is not rendered again.
//!
//! A job is rendered from a copy of the content restricted to the messages it hashed, so it
//! cannot read a message the hash does not cover.

use loa_campaign::{Campaign, Output, OutputKind, Spanned, Spec};
use loa_content::ResolvedContent;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// What a job renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// `content/<lang>.json`.
    Content,
    /// One output (index into `campaign.outputs`).
    Output(usize),
}

#[derive(Debug, Clone)]
pub struct Job {
    /// `content:vi`, `poster:main:vi`, `radio:weekly:bru` …
    pub id: String,
    pub work: Work,
    pub locale: String,
    pub hash: String,
    /// The content the job may read.
    pub content: ResolvedContent,
}

impl Job {
    pub fn kind(&self, c: &Campaign) -> Option<OutputKind> {
        match self.work {
            Work::Content => None,
            Work::Output(i) => Some(c.outputs[i].kind),
        }
    }
}

/// A SHA-256 over labelled parts.
struct Hasher(Sha256);

impl Hasher {
    fn new(job: &str) -> Hasher {
        let mut h = Hasher(Sha256::new());
        h.part("loa", env!("CARGO_PKG_VERSION").as_bytes());
        h.part("job", job.as_bytes());
        h
    }

    fn part(&mut self, label: &str, bytes: &[u8]) {
        self.0.update((label.len() as u64).to_le_bytes());
        self.0.update(label.as_bytes());
        self.0.update((bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn json<T: Serialize>(&mut self, label: &str, value: &T) {
        self.part(label, &serde_json::to_vec(value).unwrap_or_default());
    }

    fn finish(self) -> String {
        self.0.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// SHA-256 of files, remembered by path, size and modification time so that an unchanged
/// rebuild does not read fonts and footage again.
#[derive(Default, Serialize, Deserialize)]
pub struct FileHashes {
    #[serde(skip)]
    path: PathBuf,
    #[serde(skip)]
    changed: bool,
    files: BTreeMap<String, (u64, u128, String)>,
}

impl FileHashes {
    pub fn load(path: PathBuf) -> FileHashes {
        let mut h: FileHashes = fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        h.path = path;
        h
    }

    /// The file's SHA-256, or a marker for a file that cannot be read (the job then reports it).
    pub fn hash(&mut self, path: &Path) -> String {
        let Ok(meta) = fs::metadata(path) else { return "missing".into() };
        let mtime = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
        let key = path.to_string_lossy().into_owned();
        if let Some((len, t, sha)) = self.files.get(&key)
            && *len == meta.len()
            && *t == mtime
        {
            return sha.clone();
        }
        let Ok((len, sha)) = loa_pack::file_digest(path) else { return "unreadable".into() };
        self.files.insert(key, (len, mtime, sha.clone()));
        self.changed = true;
        sha
    }

    /// Every file directly in `dir`, by name. A file that is a link leading outside `root` (the
    /// campaign folder) is not read: the radio job refuses it (E0031).
    fn folder(&mut self, root: &Path, dir: &Path) -> Vec<(String, String)> {
        let mut names: Vec<PathBuf> = fs::read_dir(dir).map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect()).unwrap_or_default();
        names.sort();
        names
            .iter()
            .map(|p| {
                let inside = fs::canonicalize(p).is_ok_and(|c| c.starts_with(root));
                let hash = if inside { self.hash(p) } else { "outside".into() };
                (p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), hash)
            })
            .collect()
    }

    pub fn save(&self) {
        if self.changed
            && let Some(parent) = self.path.parent()
            && fs::create_dir_all(parent).is_ok()
            && let Ok(json) = serde_json::to_vec(self)
        {
            let tmp = self.path.with_extension(format!("{}.tmp", std::process::id()));
            if fs::write(&tmp, json).is_ok() {
                let _ = fs::rename(&tmp, &self.path);
            }
        }
    }
}

/// The messages an output reads: those it names, those it takes from `[messages]`, and the
/// campaign title, logo descriptions and law names every product may show.
pub fn used_messages(c: &Campaign, o: &Output) -> BTreeSet<String> {
    let mut ids = named_messages(c, o);
    ids.insert(c.meta.title.get_ref().clone());
    ids.extend(c.brand.logos.iter().map(|l| l.alt.get_ref().clone()));
    ids.extend(c.facts.values().filter_map(|f| f.name.as_ref()).map(|n| n.get_ref().clone()));
    ids
}

/// The messages output `o` names, itself or through the campaign's `[messages]` groups.
pub fn named_messages(c: &Campaign, o: &Output) -> BTreeSet<String> {
    let g = &c.messages;
    let mut ids: BTreeSet<String> = o.messages().into_iter().map(|s| s.get_ref().clone()).collect();
    match &o.spec {
        Spec::Poster(p) => {
            if p.headline.is_none() {
                ids.extend(names(&g.headline));
            }
            if p.points.is_none() {
                ids.extend(names(&g.points));
            }
            if p.call_to_action.is_none() {
                ids.extend(names(&g.call_to_action));
            }
        }
        Spec::Leaflet(l) => {
            if l.headline.is_none() {
                ids.extend(names(&g.headline));
            }
            if l.points.is_none() {
                ids.extend(names(&g.points));
            }
            if l.qa.is_none() {
                ids.extend(names(&g.qa));
            }
            if l.call_to_action.is_none() {
                ids.extend(names(&g.call_to_action));
            }
        }
        Spec::Handbook(h) => {
            if h.glossary.is_none() {
                ids.extend(names(&g.glossary));
            }
            ids.extend(names(&g.excerpts));
            ids.extend(names(&g.headline));
            ids.extend(names(&g.call_to_action));
        }
        Spec::Radio(_) | Spec::Video(_) => {}
    }
    // An easy-read edition also reads the alternative texts of its pictures.
    if let Some(easy) = c.easy_read(o) {
        let used = easy.messages();
        ids.extend(c.pictures.iter().filter(|(k, _)| used.iter().any(|u| u.get_ref() == k.get_ref())).map(|(_, p)| p.alt.get_ref().clone()));
    }
    ids
}

fn names<'a>(v: impl IntoIterator<Item = &'a Spanned<String>>) -> impl Iterator<Item = String> {
    v.into_iter().map(|s| s.get_ref().clone())
}

/// `content` with only the messages in `ids`.
fn restrict(content: &ResolvedContent, ids: &BTreeSet<String>) -> ResolvedContent {
    let mut r = content.clone();
    r.messages.retain(|id, _| ids.contains(id));
    r
}

/// Plans the jobs of `outputs` (indexes of enabled outputs) for each of `contents`.
/// `fonts` is Loa's font folder.
pub fn plan(c: &Campaign, contents: &[ResolvedContent], fonts: Option<&Path>, files: &mut FileHashes) -> Vec<Job> {
    let font_files = fonts.map(|f| files.folder(&fs::canonicalize(f).unwrap_or_else(|_| f.to_path_buf()), f)).unwrap_or_default();
    let logos: Vec<(String, String)> = c.brand.logos.iter().map(|l| (l.file.get_ref().clone(), files.hash(&c.root.join(l.file.get_ref())))).collect();
    // Locales whose recordings a bulletin may use for another (`audio-fallback`).
    let audio_fallbacks: Vec<(String, String)> = c
        .outputs
        .iter()
        .filter_map(|o| match &o.spec {
            Spec::Radio(r) => Some(r.audio_fallback.iter().map(|(k, v)| (k.get_ref().clone(), v.get_ref().clone())).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut jobs = Vec::new();
    for rc in contents {
        let lang = rc.locale.clone();
        let id = format!("content:{lang}");
        let mut h = Hasher::new(&id);
        h.json("content", rc);
        jobs.push(Job { id, work: Work::Content, locale: lang.clone(), hash: h.finish(), content: rc.clone() });
        let mut poster_hashes = Vec::new();
        // Posters first: a motion poster's hash includes theirs.
        let mut outputs: Vec<(usize, &Output)> = c.outputs.iter().enumerate().filter(|(_, o)| o.enabled()).collect();
        outputs.sort_by_key(|(i, o)| (o.kind, *i));
        for (i, o) in outputs {
            let id = format!("{}:{}:{lang}", o.kind.as_str(), o.name.get_ref());
            // A designer's template may name any message in its slots (`loa-msg-<id>`).
            let content = match &o.spec {
                Spec::Poster(p) if p.template.is_some() => rc.clone(),
                _ => restrict(rc, &used_messages(c, o)),
            };
            let mut h = Hasher::new(&id);
            h.json("spec", &o.spec);
            h.json("brand", &c.brand);
            h.json("content", &content);
            h.json("fonts", &font_files);
            for a in o.assets() {
                h.part(a.get_ref(), files.hash(&c.root.join(a.get_ref())).as_bytes());
            }
            if c.easy_read(o).is_some() {
                let pictures: Vec<(&str, &str, &str, String)> = c
                    .pictures
                    .iter()
                    .map(|(k, p)| (k.get_ref().as_str(), p.file.get_ref().as_str(), p.alt.get_ref().as_str(), files.hash(&c.root.join(p.file.get_ref()))))
                    .collect();
                h.json("pictures", &pictures);
            }
            match o.kind {
                OutputKind::Poster | OutputKind::Leaflet | OutputKind::Handbook => h.json("logos", &logos),
                OutputKind::Radio | OutputKind::Video => {
                    let mut voices: BTreeSet<&str> = rc.chain.iter().map(String::as_str).collect();
                    voices.extend(audio_fallbacks.iter().filter(|(from, _)| *from == lang).map(|(_, to)| to.as_str()));
                    for v in voices {
                        h.json(&format!("voice/{v}"), &files.folder(&c.root, &c.root.join("voice").join(v)));
                    }
                }
            }
            if o.kind == OutputKind::Video {
                // A motion poster may show the poster's preview.
                h.json("posters", &poster_hashes);
            }
            let hash = h.finish();
            if o.kind == OutputKind::Poster {
                poster_hashes.push(hash.clone());
            }
            jobs.push(Job { id, work: Work::Output(i), locale: lang.clone(), hash, content });
        }
    }
    jobs
}

/// The hash of a job made from other files (the web pack, a bundle): Loa's version, the job,
/// and `inputs` (e.g. paths and SHA-256 of the files it packs).
pub fn derived_hash<T: Serialize>(job: &str, inputs: &T) -> String {
    let mut h = Hasher::new(job);
    h.json("inputs", inputs);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_labelled() {
        // Moving bytes from one part to the next changes the hash.
        let mut a = Hasher::new("j");
        a.part("x", b"ab");
        a.part("y", b"c");
        let mut b = Hasher::new("j");
        b.part("x", b"a");
        b.part("y", b"bc");
        assert_ne!(a.finish(), b.finish());
        assert_ne!(derived_hash("web", &1), derived_hash("web", &2));
        assert_eq!(derived_hash("web", &1), derived_hash("web", &1));
    }

    #[test]
    fn file_hashes_are_remembered_until_the_file_changes() -> std::io::Result<()> {
        let tmp = tempfile::tempdir()?;
        let f = tmp.path().join("a.bin");
        fs::write(&f, b"one")?;
        let mut h = FileHashes::load(tmp.path().join("hashes.json"));
        let first = h.hash(&f);
        assert_eq!(first, loa_pack::sha256_hex(b"one"));
        h.save();
        let mut again = FileHashes::load(tmp.path().join("hashes.json"));
        assert_eq!(again.hash(&f), first);
        assert!(!again.changed, "an unchanged file is not read again");
        fs::write(&f, b"two!")?;
        assert_eq!(again.hash(&f), loa_pack::sha256_hex(b"two!"));
        assert_eq!(again.hash(&tmp.path().join("none")), "missing");
        Ok(())
    }
}
