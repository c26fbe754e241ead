//! One locale's page and the shared style sheet.

use crate::html::{base64, blocks, date_locale, duration, esc, inline, lang_attr, linkify, size};
use crate::{Media, autonym, label, page_path};
use loa_campaign::{Campaign, Spec};
use loa_content::{ResolvedContent, Text};
use loa_pack::Artifact;
use serde_json::{Value, json};
use std::fmt::Write;
use std::path::Path;

pub(crate) struct Ctx<'a> {
    pub campaign: &'a Campaign,
    pub rc: &'a ResolvedContent,
    pub reference: &'a str,
    pub langs: &'a [String],
    /// The pack's artifacts, sorted by path.
    pub artifacts: &'a [&'a Artifact],
    pub pack_dir: &'a Path,
}

/// Print products offered for download, in this order, with their label and English fallback.
const DOWNLOADS: [(&str, &str, &str); 7] = [
    ("poster", "web-poster", "Poster"),
    ("leaflet-accessible", "web-leaflet-accessible", "Leaflet, accessible edition"),
    ("handbook-accessible", "web-handbook-accessible", "Handbook, accessible edition"),
    ("handbook-large-print", "web-handbook-large-print", "Handbook, large print"),
    ("leaflet-easy-read", "web-leaflet-easy-read", "Leaflet, easy-read with pictures"),
    ("handbook-easy-read", "web-handbook-easy-read", "Handbook, easy-read with pictures"),
    ("radio-script", "web-radio-script", "Radio script"),
];

impl Ctx<'_> {
    fn lang(&self) -> &str {
        &self.rc.locale
    }

    fn label(&self, id: &str, english: &str) -> Text {
        label(self.rc, id, english)
    }

    fn inline_label(&self, id: &str, english: &str) -> String {
        inline(self.lang(), &self.label(id, english))
    }

    /// The value of a message, if it has one.
    fn value(&self, id: &str) -> Option<&Text> {
        self.rc.messages.get(id)?.value.as_ref()
    }

    fn attr(&self, id: &str, attr: &str) -> Option<&Text> {
        self.rc.messages.get(id)?.attributes.get(attr)
    }

    /// This locale's artifacts of `kind`.
    fn of_kind<'b>(&'b self, kind: &'b str) -> impl Iterator<Item = &'b Artifact> + 'b {
        self.artifacts.iter().copied().filter(move |a| a.kind == kind && a.locale.as_deref() == Some(self.lang()))
    }

    /// `../` from a locale's page to `web/`.
    fn root(&self) -> &'static str {
        if self.lang() == self.reference { "" } else { "../" }
    }

    fn find(&self, path: &str) -> Option<&Artifact> {
        self.artifacts.iter().copied().find(|a| a.path == path)
    }

    /// A PNG preview of the first page of a print artifact (the screen editions share the
    /// previews of their press edition).
    fn thumbnail(&self, a: &Artifact) -> Option<&Artifact> {
        let lang = a.locale.as_deref()?;
        let stem = file_stem(&a.path);
        let candidates = [stem.to_string(), stem.replace("-accessible", "")];
        candidates.iter().find_map(|s| self.find(&format!("previews/{lang}/{s}-01.png")))
    }
}

fn file_stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

fn prop_f64(a: &Artifact, key: &str) -> Option<f64> {
    a.props.get(key).and_then(Value::as_f64)
}

fn is_draft(a: &Artifact) -> bool {
    a.props.get("draft").and_then(Value::as_bool).unwrap_or(false)
}

/// Width and height attributes for an image shown `width` pixels wide.
fn img_size(a: &Artifact, width: u32) -> String {
    let ratio = a
        .props
        .get("trim-mm")
        .and_then(Value::as_array)
        .and_then(|v| Some(v.get(1)?.as_f64()? / v.first()?.as_f64()?))
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(std::f64::consts::SQRT_2);
    format!(" width=\"{width}\" height=\"{}\"", (width as f64 * ratio).round() as u32)
}

/// The page and the media entries for the feed.
pub(crate) fn page(cx: &Ctx, media: &mut Media) -> (String, Vec<Value>) {
    let lang = cx.lang();
    let rc = cx.rc;
    let root = cx.root();
    let mut feed_media = Vec::new();
    let title = cx.value(&rc.title).cloned().unwrap_or_else(|| Text { text: rc.campaign.clone(), locale: lang.to_string() });
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<link rel=\"stylesheet\" href=\"{root}style.css\">\n",
        esc(lang),
        esc(&title.text)
    );
    for l in cx.langs {
        let href = relative(lang, cx.reference, l);
        let _ = writeln!(h, "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", esc(l), esc(&href));
    }
    h.push_str("</head>\n<body>\n");
    let skip = cx.label("web-skip-link", "Skip to main content");
    let _ = writeln!(h, "<a class=\"skip\" href=\"#main\"{}>{}</a>", lang_attr(lang, &skip.locale), esc(&skip.text));

    // Header: the language switcher.
    h.push_str("<header class=\"site\">\n");
    let nav = cx.label("web-languages", "Languages");
    let _ = writeln!(h, "<nav class=\"languages\" aria-label=\"{}\"{}>\n<ul>", esc(&nav.text), lang_attr(lang, &nav.locale));
    for l in cx.langs {
        let href = relative(lang, cx.reference, l);
        let current = if l == lang { " aria-current=\"page\"" } else { "" };
        let _ = writeln!(h, "<li><a href=\"{}\" hreflang=\"{l}\" lang=\"{l}\"{current}>{}</a></li>", esc(&href), esc(autonym(l)), l = esc(l));
    }
    h.push_str("</ul>\n</nav>\n</header>\n");

    h.push_str("<main id=\"main\">\n");
    let _ = writeln!(h, "<h1{}>{}</h1>", lang_attr(lang, &title.locale), esc(&title.text));
    if let Some(t) = rc.groups.headline.as_deref().and_then(|id| cx.value(id)) {
        h.push_str(&blocks(lang, t, Some("lead")));
    }
    if rc.fallbacks() > 0 {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", cx.inline_label("web-untranslated", "Some text is not translated yet and is shown in another language."));
    }

    // Sections, built first so the contents list names only those present.
    let mut sections: Vec<(&str, Text, String)> = Vec::new();
    let mut push = |id: &'static str, label: Text, body: String| {
        if !body.is_empty() {
            sections.push((id, label, body));
        }
    };
    push("messages", cx.label("web-key-messages", "Key messages"), points(cx));
    push("contact", cx.label("contact", "Contact"), rc.groups.call_to_action.as_deref().and_then(|id| cx.value(id)).map(|t| blocks(lang, t, None)).unwrap_or_default());
    push("listen", cx.label("web-listen", "Listen"), listen(cx, media, &mut feed_media));
    push("watch", cx.label("web-watch", "Watch"), watch(cx, media, &mut feed_media));
    push("questions", cx.label("web-questions", "Questions and answers"), questions(cx));
    push("law", cx.label("web-excerpts", "From the law"), excerpts(cx));
    push("glossary", cx.label("glossary", "Glossary"), glossary(cx));
    push("legal-basis", cx.label("legal-basis", "Legal basis"), facts(cx));
    push("downloads", cx.label("web-downloads", "Downloads"), downloads(cx, media, &mut feed_media));

    if sections.len() > 1 {
        let toc = cx.label("contents", "Contents");
        let _ = writeln!(h, "<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\"{}>{}</h2>\n<ol>", lang_attr(lang, &toc.locale), esc(&toc.text));
        for (id, t, _) in &sections {
            let _ = writeln!(h, "<li><a href=\"#{id}\"{}>{}</a></li>", lang_attr(lang, &t.locale), esc(&t.text));
        }
        h.push_str("</ol>\n</nav>\n");
    }
    for (id, t, body) in &sections {
        let _ = write!(h, "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\"{}>{}</h2>\n{body}</section>\n", lang_attr(lang, &t.locale), esc(&t.text));
    }
    h.push_str("</main>\n");

    let _ = write!(
        h,
        "<footer class=\"site\">\n<p><a href=\"{root}feed.json\" type=\"application/json\">{}</a></p>\n</footer>\n</body>\n</html>\n",
        cx.inline_label("web-feed", "Data for the portal (JSON)")
    );
    (h, feed_media)
}

/// The link from `from`'s page to `to`'s page.
fn relative(from: &str, reference: &str, to: &str) -> String {
    let target = page_path(to, reference);
    if from == reference { target } else { format!("../{target}") }
}

/// Lines of a short text, with line breaks; the caller puts `lang` on the element.
fn lines(t: &Text) -> String {
    t.text.lines().map(linkify).collect::<Vec<_>>().join("<br>\n")
}

fn points(cx: &Ctx) -> String {
    let mut s = String::new();
    for id in &cx.rc.groups.points {
        if let Some(t) = cx.value(id) {
            let _ = writeln!(s, "<li{}>{}</li>", lang_attr(cx.lang(), &t.locale), lines(t));
        }
    }
    if s.is_empty() { s } else { format!("<ul class=\"points\">\n{s}</ul>\n") }
}

/// A draft-voice notice for media made with a synthetic voice.
fn draft_note(cx: &Ctx, a: &Artifact) -> String {
    if !is_draft(a) {
        return String::new();
    }
    format!(
        "<p class=\"draft\"><strong>{}:</strong> {}</p>\n",
        cx.inline_label("draft", "Draft"),
        cx.inline_label("web-draft-voice", "The voice is a machine-made draft, not yet a human recording.")
    )
}

/// A transcript as a disclosure; `texts` are in order.
fn transcript(cx: &Ctx, texts: &[&Text]) -> String {
    if texts.is_empty() {
        return String::new();
    }
    let mut s = format!("<details class=\"transcript\">\n<summary>{}</summary>\n", cx.inline_label("web-transcript", "Transcript"));
    for t in texts {
        s.push_str(&blocks(cx.lang(), t, None));
    }
    s.push_str("</details>\n");
    s
}

/// `(MP3, 1:09, 550 kB)` style details.
fn meta(cx: &Ctx, format: &str, a: &Artifact) -> String {
    let mut parts = vec![esc(format)];
    if let Some(d) = prop_f64(a, "duration-s") {
        parts.push(duration(d));
    }
    if let Some(p) = a.props.get("pages").and_then(Value::as_u64)
        && format == "PDF"
    {
        parts.push(format!("{}: {p}", cx.inline_label("web-pages", "Pages")));
    }
    parts.push(size(a.bytes, cx.lang()));
    format!("<span class=\"meta\">({})</span>", parts.join(", "))
}

fn media_entry(kind: &str, rel: &str, a: &Artifact) -> Value {
    let mut v = json!({ "kind": kind, "path": rel, "bytes": a.bytes, "sha256": a.sha256 });
    for key in ["duration-s", "width", "height", "aspect", "pages", "draft"] {
        if let Some(p) = a.props.get(key) {
            v[key] = p.clone();
        }
    }
    v
}

fn listen(cx: &Ctx, media: &mut Media, feed: &mut Vec<Value>) -> String {
    // One player per programme: the MP3 if there is one, else the broadcast WAV.
    let mut programmes: Vec<(&str, &Artifact)> = Vec::new();
    for a in cx.of_kind("radio-loudspeaker").chain(cx.of_kind("radio-broadcast")) {
        let stem = file_stem(&a.path);
        if !programmes.iter().any(|(s, _)| *s == stem) {
            programmes.push((stem, a));
        }
    }
    let mut s = String::new();
    let several = programmes.len() > 1;
    for (stem, a) in programmes {
        let rel = media.use_artifact(a);
        feed.push(media_entry("audio", &rel, a));
        let mime = if a.path.ends_with(".mp3") { "audio/mpeg" } else { "audio/wav" };
        let format = if a.path.ends_with(".mp3") { "MP3" } else { "WAV" };
        let root = cx.root();
        s.push_str("<div class=\"player\">\n");
        let mut heading = cx.inline_label("web-radio-programme", "Radio programme");
        if several {
            let _ = write!(heading, " ({})", esc(stem));
        }
        let _ = writeln!(s, "<h3 id=\"audio-{}\">{heading}</h3>", esc(stem));
        let _ = writeln!(
            s,
            "<audio controls preload=\"none\" src=\"{root}{}\" aria-labelledby=\"audio-{}\"><a href=\"{root}{}\">{}</a></audio>",
            esc(&rel),
            esc(stem),
            esc(&rel),
            cx.inline_label("web-download-audio", "Download the audio")
        );
        s.push_str(&draft_note(cx, a));
        let _ = writeln!(
            s,
            "<p><a href=\"{root}{}\" type=\"{mime}\">{}</a> {}</p>",
            esc(&rel),
            cx.inline_label("web-download-audio", "Download the audio"),
            meta(cx, format, a)
        );
        // What the announcer reads, from the campaign's rundown.
        let texts: Vec<&Text> = cx
            .campaign
            .outputs
            .iter()
            .find_map(|o| match &o.spec {
                Spec::Radio(r) if o.name.get_ref() == stem => Some(r),
                _ => None,
            })
            .map(|r| r.rundown.iter().filter_map(|seg| seg.get_ref().voice.as_ref()).filter_map(|id| cx.value(id.get_ref())).collect())
            .unwrap_or_default();
        s.push_str(&transcript(cx, &texts));
        s.push_str("</div>\n");
    }
    s
}

fn watch(cx: &Ctx, media: &mut Media, feed: &mut Vec<Value>) -> String {
    let lang = cx.lang();
    let root = cx.root();
    // Videos grouped by name (`spot-16x9.mp4` → `spot`).
    let mut videos: Vec<(String, Vec<&Artifact>)> = Vec::new();
    for a in cx.of_kind("video") {
        let stem = file_stem(&a.path);
        let aspect = a.props.get("aspect").and_then(Value::as_str).unwrap_or("").replace(':', "x");
        let name = stem.strip_suffix(&format!("-{aspect}")).unwrap_or(stem).to_string();
        match videos.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.push(a),
            None => videos.push((name, vec![a])),
        }
    }
    let poster = cx.artifacts.iter().copied().find(|a| {
        a.kind == "preview" && a.locale.as_deref() == Some(lang) && file_stem(&a.path).starts_with("poster-") && a.path.ends_with("-01.png")
    });
    let several = videos.len() > 1;
    let mut s = String::new();
    for (name, aspects) in &videos {
        let Some(main) = aspects.iter().copied().find(|a| a.props.get("aspect").and_then(Value::as_str) == Some("16:9")).or_else(|| aspects.first().copied()) else {
            continue;
        };
        let spec = cx.campaign.outputs.iter().find_map(|o| match &o.spec {
            Spec::Video(v) if o.name.get_ref() == name => Some(v),
            _ => None,
        });
        let spoken: Vec<&Text> = spec.map(|v| v.messages.iter().filter_map(|id| cx.value(id.get_ref())).collect()).unwrap_or_default();
        // Captions are in the language their words came from.
        let caption_lang = match spoken.first() {
            Some(first) if spoken.iter().all(|t| t.locale == first.locale) => first.locale.clone(),
            _ => lang.to_string(),
        };
        let mut heading = cx.inline_label("web-video", "Video");
        if several {
            let _ = write!(heading, " ({})", esc(name));
        }
        s.push_str("<div class=\"player\">\n");
        let _ = writeln!(s, "<h3 id=\"video-{}\">{heading}</h3>", esc(name));
        let rel = media.use_artifact(main);
        feed.push(media_entry("video", &rel, main));
        let (w, hgt) = (prop_f64(main, "width").unwrap_or(1280.0), prop_f64(main, "height").unwrap_or(720.0));
        let poster_attr = poster.map(|p| format!(" poster=\"{root}{}\"", esc(&media.use_artifact(p)))).unwrap_or_default();
        let _ = writeln!(
            s,
            "<video controls preload=\"none\" width=\"{w}\" height=\"{hgt}\" style=\"aspect-ratio: {w} / {hgt}\"{poster_attr} aria-labelledby=\"video-{}\">\n<source src=\"{root}{}\" type=\"video/mp4\">",
            esc(name),
            esc(&rel)
        );
        let vtt_path = main.path.replace(".mp4", ".vtt");
        if let Some(vtt) = cx.find(&vtt_path) {
            let vrel = media.use_artifact(vtt);
            feed.push(media_entry("captions", &vrel, vtt));
            // Inline as a data: URL when the file can be read: browsers refuse to load a
            // caption file from a page opened from disk (file: URLs are unique origins).
            let src = match std::fs::read(cx.pack_dir.join(&vtt.path)) {
                Ok(bytes) if bytes.len() <= 256 * 1024 => format!("data:text/vtt;base64,{}", base64(&bytes)),
                _ => format!("{root}{vrel}"),
            };
            let _ = writeln!(
                s,
                "<track kind=\"captions\" src=\"{}\" srclang=\"{}\" label=\"{}\" default>",
                esc(&src),
                esc(&caption_lang),
                esc(autonym(&caption_lang))
            );
        }
        let _ = writeln!(s, "<a href=\"{root}{}\">{}</a>\n</video>", esc(&rel), cx.inline_label("web-download-video", "Download the video"));
        s.push_str(&draft_note(cx, main));
        // The transcript: the spoken messages, else the pack's transcript file.
        let from_file;
        let texts: Vec<&Text> = if spoken.is_empty() {
            let path = format!("video/{lang}/{name}.txt");
            from_file = cx
                .find(&path)
                .and_then(|_| std::fs::read_to_string(cx.pack_dir.join(&path)).ok())
                .map(|t| Text { text: t, locale: lang.to_string() });
            from_file.iter().collect()
        } else {
            spoken
        };
        s.push_str(&transcript(cx, &texts));
        s.push_str("<ul class=\"files\">\n");
        for a in aspects {
            let rel = media.use_artifact(a);
            if !std::ptr::eq(*a, main) {
                feed.push(media_entry("video", &rel, a));
            }
            let aspect = a.props.get("aspect").and_then(Value::as_str).unwrap_or("");
            let _ = writeln!(
                s,
                "<li><a href=\"{root}{}\" type=\"video/mp4\">{} {}</a> {}</li>",
                esc(&rel),
                cx.inline_label("web-download-video", "Download the video"),
                esc(aspect),
                meta(cx, "MP4", a)
            );
        }
        s.push_str("</ul>\n</div>\n");
    }
    s
}

fn questions(cx: &Ctx) -> String {
    let lang = cx.lang();
    let mut s = String::new();
    for id in &cx.rc.groups.qa {
        let (Some(q), Some(a)) = (cx.attr(id, "question"), cx.value(id)) else { continue };
        let _ = writeln!(s, "<div class=\"qa\" id=\"qa-{}\">\n<h3{}>{}</h3>", esc(id), lang_attr(lang, &q.locale), esc(&q.text));
        s.push_str(&blocks(lang, a, None));
        s.push_str(&basis(cx, id));
        s.push_str("</div>\n");
    }
    s
}

/// The legal-basis line under an item: links to the facts it states.
fn basis(cx: &Ctx, id: &str) -> String {
    let facts: Vec<_> = cx.rc.facts.iter().filter(|f| f.messages.iter().any(|m| m == id)).collect();
    if facts.is_empty() {
        return String::new();
    }
    let links: Vec<String> = facts
        .iter()
        .map(|f| {
            let text = f.citation.clone().or_else(|| f.name.clone()).unwrap_or_else(|| Text { text: f.id.clone(), locale: cx.lang().to_string() });
            format!("<a href=\"#fact-{}\">{}</a>", esc(&f.id), inline(cx.lang(), &text))
        })
        .collect();
    format!("<p class=\"basis\">{}: {}</p>\n", cx.inline_label("legal-basis", "Legal basis"), links.join("; "))
}

fn excerpts(cx: &Ctx) -> String {
    let lang = cx.lang();
    let mut s = String::new();
    for id in &cx.rc.groups.excerpts {
        let Some(t) = cx.value(id) else { continue };
        s.push_str("<figure class=\"excerpt\">\n<blockquote>\n");
        s.push_str(&blocks(lang, t, None));
        s.push_str("</blockquote>\n");
        if let Some(c) = cx.attr(id, "cite") {
            let _ = writeln!(s, "<figcaption{}>{}</figcaption>", lang_attr(lang, &c.locale), esc(&c.text));
        }
        s.push_str("</figure>\n");
        s.push_str(&basis(cx, id));
    }
    s
}

fn glossary(cx: &Ctx) -> String {
    let lang = cx.lang();
    let mut s = String::new();
    for id in &cx.rc.groups.glossary {
        let Some(t) = cx.value(id) else { continue };
        let _ = writeln!(s, "<dt{}>{}</dt>", lang_attr(lang, &t.locale), esc(&t.text));
        match cx.attr(id, "definition") {
            Some(d) => {
                let _ = write!(s, "<dd>\n{}</dd>\n", blocks(lang, d, None));
            }
            None => s.push_str("<dd></dd>\n"),
        }
    }
    if s.is_empty() { s } else { format!("<dl class=\"glossary\">\n{s}</dl>\n") }
}

fn facts(cx: &Ctx) -> String {
    let lang = cx.lang();
    let dl = date_locale(lang);
    let mut s = String::new();
    // By law, then article number (`9.1` after `9`, `31` after `6`).
    let mut facts: Vec<_> = cx.rc.facts.iter().collect();
    let article_key = |a: &Option<String>| -> Vec<u64> { a.as_deref().map(|a| a.split('.').map(|n| n.trim().parse().unwrap_or(u64::MAX)).collect()).unwrap_or_default() };
    facts.sort_by(|a, b| (&a.law, article_key(&a.article), &a.id).cmp(&(&b.law, article_key(&b.article), &b.id)));
    for f in facts {
        let _ = writeln!(s, "<div class=\"fact\" id=\"fact-{}\">", esc(&f.id));
        let mut title = String::new();
        if let Some(a) = &f.article {
            let _ = write!(title, "{} {}", cx.inline_label("web-article", "Article"), esc(a));
        }
        if let Some(n) = &f.name {
            if !title.is_empty() {
                title.push_str(", ");
            }
            title.push_str(&inline(lang, n));
        }
        if title.is_empty() {
            title = esc(f.law.as_deref().unwrap_or(&f.id));
        }
        let _ = writeln!(s, "<h3>{title}</h3>\n<dl>");
        if let Some(l) = &f.law {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", cx.inline_label("web-law-number", "Number"), esc(l));
        }
        if let Some(a) = &f.article {
            let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", cx.inline_label("web-article", "Article"), esc(a));
        }
        let _ = writeln!(
            s,
            "<dt>{}</dt><dd><time datetime=\"{}\"{}>{}</time></dd>",
            cx.inline_label("web-in-force-from", "In force from"),
            esc(&f.effective_from.iso),
            lang_attr(lang, dl),
            esc(&f.effective_from.text)
        );
        if let Some(u) = &f.valid_until {
            let _ = writeln!(
                s,
                "<dt>{}</dt><dd><time datetime=\"{}\"{}>{}</time></dd>",
                cx.inline_label("web-in-force-until", "In force until"),
                esc(&u.iso),
                lang_attr(lang, dl),
                esc(&u.text)
            );
        }
        let host = f.source.split("://").nth(1).and_then(|r| r.split('/').next()).filter(|h| !h.is_empty()).unwrap_or(&f.source);
        let _ = writeln!(s, "<dt>{}</dt><dd><a href=\"{}\">{}</a></dd>", cx.inline_label("source", "Source"), esc(&f.source), esc(host));
        s.push_str("</dl>\n</div>\n");
    }
    s
}

fn downloads(cx: &Ctx, media: &mut Media, feed: &mut Vec<Value>) -> String {
    let root = cx.root();
    let mut s = String::new();
    for (kind, id, english) in DOWNLOADS {
        let items: Vec<&Artifact> = cx.of_kind(kind).filter(|a| a.path.ends_with(".pdf")).collect();
        for a in &items {
            let rel = media.use_artifact(a);
            feed.push(media_entry(kind, &rel, a));
            let mut name = cx.inline_label(id, english);
            if items.len() > 1 {
                let _ = write!(name, " ({})", esc(file_stem(&a.path).trim_start_matches(kind).trim_start_matches('-')));
            }
            let img = cx
                .thumbnail(a)
                .map(|p| format!("<img src=\"{root}{}\" alt=\"\"{}>", esc(&media.use_artifact(p)), img_size(p, 96)))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "<li>{img}<div><a href=\"{root}{}\" type=\"application/pdf\">{name}</a> {}</div></li>",
                esc(&rel),
                meta(cx, "PDF", a)
            );
        }
    }
    if s.is_empty() { s } else { format!("<ul class=\"downloads\">\n{s}</ul>\n") }
}

/// The shared style sheet. `primary` has at least 4.5:1 contrast on white.
pub(crate) fn css(primary: &str) -> String {
    format!(
        r#":root {{
  --primary: {primary};
  --text: #1a1a1a;
  --muted: #4a4a4a;
  --bg: #ffffff;
  --soft: #f2f5f9;
  --focus: #ffc20e;
}}
* {{ box-sizing: border-box; }}
html {{ font-size: 100%; }}
body {{
  margin: 0;
  font-family: "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.6;
  color: var(--text);
  background: var(--bg);
}}
main, .site > * {{ max-width: 48rem; margin-left: auto; margin-right: auto; padding-left: 1rem; padding-right: 1rem; }}
a {{ color: var(--primary); text-decoration: underline; text-underline-offset: 0.15em; }}
a:hover {{ text-decoration-thickness: 0.15em; }}
:focus-visible {{ outline: 3px solid var(--text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }}
.skip {{ position: absolute; left: 0.5rem; top: -10rem; z-index: 10; background: var(--bg); color: var(--primary); padding: 0.5rem 1rem; font-weight: bold; }}
.skip:focus {{ top: 0.5rem; }}
.visually-hidden {{ position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }}
header.site {{ background: var(--primary); color: #ffffff; padding: 0.5rem 0; }}
header.site a {{ color: #ffffff; }}
header.site :focus-visible {{ outline-color: var(--focus); box-shadow: none; }}
.languages ul {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }}
.languages a {{ display: inline-block; padding: 0.5rem 0.25rem; min-height: 44px; }}
.languages a[aria-current="page"] {{ font-weight: bold; text-decoration-thickness: 0.2em; }}
h1 {{ font-size: 2rem; line-height: 1.25; color: var(--primary); margin: 1.5rem 0 0.5rem; }}
h2 {{ font-size: 1.5rem; line-height: 1.3; color: var(--primary); margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--primary); }}
h3 {{ font-size: 1.2rem; line-height: 1.35; margin: 1.5rem 0 0.5rem; }}
.lead {{ font-size: 1.35rem; font-weight: bold; }}
.note, .draft {{ background: var(--soft); border-left: 4px solid var(--primary); padding: 0.5rem 0.75rem; }}
.toc ol {{ padding-left: 1.5rem; }}
.toc h2 {{ border-top: 0; margin-top: 1.5rem; font-size: 1.2rem; }}
.points li {{ margin-bottom: 0.5rem; }}
.player {{ margin-bottom: 2rem; }}
audio {{ width: 100%; max-width: 36rem; }}
video {{ display: block; width: 100%; height: auto; max-width: 48rem; background: #1a1a1a; object-fit: contain; }}
details.transcript {{ margin: 0.75rem 0; border: 1px solid var(--muted); border-radius: 4px; padding: 0.25rem 0.75rem; }}
details.transcript summary {{ cursor: pointer; font-weight: bold; padding: 0.25rem 0; }}
.meta {{ color: var(--muted); }}
.files, .downloads {{ list-style: none; padding: 0; }}
.files li {{ margin: 0.25rem 0; }}
.downloads li {{ display: flex; gap: 1rem; align-items: flex-start; margin: 0 0 1rem; }}
.downloads li > div {{ min-width: 0; }}
.downloads img {{ border: 1px solid var(--muted); flex: none; height: auto; }}
.qa {{ margin-bottom: 1.5rem; }}
.basis, .citation {{ color: var(--muted); font-size: 0.95rem; }}
.excerpt {{ margin: 1rem 0; }}
.excerpt blockquote {{ margin: 0; padding: 0.25rem 1rem; border-left: 4px solid var(--primary); background: var(--soft); }}
.excerpt figcaption {{ color: var(--muted); font-size: 0.95rem; margin-top: 0.25rem; }}
.glossary dt {{ font-weight: bold; margin-top: 1rem; }}
.glossary dd {{ margin-left: 0; }}
.glossary dd p {{ margin: 0.25rem 0; }}
.fact {{ border: 1px solid var(--muted); border-radius: 4px; padding: 0 1rem; margin-bottom: 1rem; }}
.fact dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }}
.fact dt {{ font-weight: bold; }}
.fact dd {{ margin: 0; overflow-wrap: anywhere; }}
footer.site {{ border-top: 2px solid var(--primary); margin-top: 3rem; padding: 1rem 0 2rem; }}
@media (prefers-reduced-motion: reduce) {{ * {{ scroll-behavior: auto !important; }} }}
@media print {{ header.site, .skip, .toc {{ display: none; }} }}
"#
    )
}
