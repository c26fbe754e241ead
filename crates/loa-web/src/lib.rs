//! The offline web pack: `web/` inside the campaign pack, static and self-contained (no scripts,
//! no external requests, relative links only), so the folder can be zipped on its own or
//! published as the portal's information-access section.
//!
//! - `web/index.html` for the reference locale, `web/<lang>/index.html` for the others: the
//!   campaign's messages, questions and answers, excerpts, glossary and legal facts as HTML meant
//!   to meet WCAG 2.2 AA (`lang` on text that came from another locale, one `h1`, ordered
//!   headings, landmarks, a skip link, visible focus, contrast ≥ 4.5:1), audio and video players
//!   (captions track, transcripts, DRAFT voices said), thumbnails and download links with sizes,
//!   and a language switcher (links in each language's own name).
//! - `web/style.css`, shared.
//! - `web/feed.json`: messages and legal facts of every locale with effective dates, for the
//!   portal to import (format in `docs/web-pack.md`).
//! - `web/media/<lang>/…`: copies of the pack's MP3, MP4, WebVTT, PDF and PNG files.
//!
//! [`render`] works with whatever artifacts the build produced (`--only` may leave out kinds).
//! Same inputs give the same bytes: nothing depends on the date or on the order of `artifacts`.

mod feed;
mod html;
mod page;

pub use html::esc;

use loa_content::{ResolvedContent, Text};
use loa_pack::Artifact;
use std::collections::BTreeMap;
use std::path::Path;

/// One file of the web pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebFile {
    /// Path inside the pack, `/`-separated, starting with `web/`.
    pub path: String,
    pub source: Source,
    /// The manifest kind: `web-page`, `web-style`, `web-feed` or `web-media`.
    pub kind: &'static str,
    pub locale: Option<String>,
}

/// Where a [`WebFile`]'s bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Bytes(Vec<u8>),
    /// Pack path of an existing artifact to copy (or hard-link) as it is.
    Copy(String),
}

/// The language's name in that language, for the switcher and caption tracks.
pub fn autonym(lang: &str) -> &str {
    match lang {
        "vi" => "Tiếng Việt",
        "en" => "English",
        "bru" => "Bru – Vân Kiều",
        "km" => "ភាសាខ្មែរ",
        "fr" => "Français",
        "zh" => "中文",
        "lo" => "ພາສາລາວ",
        "th" => "ไทย",
        _ => lang,
    }
}

/// The page of a locale, relative to `web/`.
pub fn page_path(lang: &str, reference: &str) -> String {
    if lang == reference { "index.html".to_string() } else { format!("{lang}/index.html") }
}

/// A UI label of the page's locale: the shared string if the shared locales have it, else the
/// built-in English one (marked `en` so the page says so).
pub(crate) fn label(c: &ResolvedContent, id: &str, english: &str) -> Text {
    c.labels.get(id).cloned().unwrap_or_else(|| Text { text: english.to_string(), locale: "en".to_string() })
}

/// The brand's screen colour if it reaches 4.5:1 on white, else Loa's blue.
fn primary_colour(c: &loa_campaign::Campaign) -> String {
    let brand = c.brand.colours.iter().find(|(k, _)| k.get_ref() == "primary").or_else(|| c.brand.colours.iter().next());
    brand
        .map(|(_, v)| v.srgb.get_ref().to_ascii_lowercase())
        .filter(|s| html::contrast(s, "#ffffff").is_some_and(|r| r >= 4.5))
        .unwrap_or_else(|| "#0b4f9c".to_string())
}

/// Where a copied artifact goes: `web/media/<lang>/<file name>`.
pub(crate) fn media_path(a: &Artifact) -> String {
    let name = a.path.rsplit('/').next().unwrap_or(&a.path);
    match &a.locale {
        Some(l) => format!("web/media/{l}/{name}"),
        None => format!("web/media/{name}"),
    }
}

/// Collects the media a page uses, each once.
#[derive(Default)]
pub(crate) struct Media {
    files: BTreeMap<String, WebFile>,
}

impl Media {
    /// Registers `a` for copying; returns its path relative to `web/`.
    pub(crate) fn use_artifact(&mut self, a: &Artifact) -> String {
        let path = media_path(a);
        self.files.entry(path.clone()).or_insert_with(|| WebFile {
            path: path.clone(),
            source: Source::Copy(a.path.clone()),
            kind: "web-media",
            locale: a.locale.clone(),
        });
        path.trim_start_matches("web/").to_string()
    }
}

/// The web pack for `contents` (one per locale, the reference locale's first or not: the
/// campaign's order is used). `artifacts` are the pack's other files; `pack_dir` is read for
/// text artifacts (transcripts) when the campaign does not say what a video speaks.
pub fn render(c: &loa_campaign::Campaign, contents: &[ResolvedContent], artifacts: &[Artifact], pack_dir: &Path) -> Vec<WebFile> {
    let reference = c.reference().to_string();
    // Locales in the campaign's order, only those with content.
    let mut order: Vec<&ResolvedContent> = Vec::new();
    for lang in c.locales() {
        if let Some(rc) = contents.iter().find(|r| r.locale == lang)
            && !order.iter().any(|o| o.locale == rc.locale)
        {
            order.push(rc);
        }
    }
    for rc in contents {
        if !order.iter().any(|o| o.locale == rc.locale) {
            order.push(rc);
        }
    }
    let reference = if order.iter().any(|r| r.locale == reference) {
        reference
    } else {
        order.first().map(|r| r.locale.clone()).unwrap_or(reference)
    };
    let mut sorted: Vec<&Artifact> = artifacts.iter().filter(|a| !a.path.starts_with("web/")).collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let colour = primary_colour(c);
    let langs: Vec<String> = order.iter().map(|r| r.locale.clone()).collect();
    let mut media = Media::default();
    let mut out = Vec::new();
    let mut feed_media = BTreeMap::new();
    for rc in &order {
        let ctx = page::Ctx { campaign: c, rc, reference: &reference, langs: &langs, artifacts: &sorted, pack_dir };
        let (html, used) = page::page(&ctx, &mut media);
        feed_media.insert(rc.locale.clone(), used);
        out.push(WebFile {
            path: format!("web/{}", page_path(&rc.locale, &reference)),
            source: Source::Bytes(html.into_bytes()),
            kind: "web-page",
            locale: Some(rc.locale.clone()),
        });
    }
    out.push(WebFile { path: "web/style.css".into(), source: Source::Bytes(page::css(&colour).into_bytes()), kind: "web-style", locale: None });
    out.push(WebFile {
        path: "web/feed.json".into(),
        source: Source::Bytes(feed::feed(c, &order, &reference, &feed_media).into_bytes()),
        kind: "web-feed",
        locale: None,
    });
    out.extend(media.files.into_values());
    out
}

#[cfg(test)]
mod tests;
