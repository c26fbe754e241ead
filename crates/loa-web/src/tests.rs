use super::*;
use loa_content::{Date, Groups, ResolvedFact, ResolvedMessage};
use loa_diag::{Diagnostics, MemSources, SourceMap};
use serde_json::{Value, json};

const TOML: &str = r##"
[campaign]
id = "web-test"
title = "title"
reference-locale = "vi"
locales = ["vi", "en", "bru"]
fallback = { bru = ["vi"] }

[brand.colours.primary]
cmyk = [100, 60, 0, 10]
srgb = "#0B4F9C"

[facts.art9]
law = "104/2016/QH13"
name = "law-2016"
article = "9"
effective-from = 2018-07-01
valid-until = 2026-08-31
source = "https://example.org/law?a=1&b=2"
messages = ["qa-cost"]

[messages]
headline = "headline"
points = ["point"]
qa = ["qa-cost"]

[radio.weekly]
profiles = ["loudspeaker"]
rundown = [{ voice = "headline" }, { pause = 0.5 }, { voice = "point" }]

[video.spot]
kind = "motion-poster"
aspects = ["16:9"]
messages = ["headline", "point"]
"##;

fn campaign() -> loa_campaign::Campaign {
    let mut src = MemSources::new();
    src.insert("/c/campaign.toml", TOML);
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let c = loa_campaign::load(&src, &mut map, Path::new("/c"), (2026, 1, 1), &mut diags);
    c.unwrap_or_else(|| panic!("campaign: {:?}", diags.into_vec()))
}

fn t(text: &str, locale: &str) -> Text {
    Text { text: text.into(), locale: locale.into() }
}

fn msg(value: Text, attrs: &[(&str, Text)], facts: &[&str]) -> ResolvedMessage {
    ResolvedMessage {
        value: Some(value),
        attributes: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        facts: facts.iter().map(|s| s.to_string()).collect(),
    }
}

/// Content for `lang`: English is translated; Bru falls back to Vietnamese for everything
/// except the headline.
fn content(lang: &str) -> ResolvedContent {
    let (src, head) = match lang {
        "en" => ("en", t("You have the right to know", "en")),
        "bru" => ("vi", t("Bru headline <b>", "bru")),
        _ => ("vi", t("Bạn có quyền được biết", "vi")),
    };
    let words = |vi: &str, en: &str| if src == "en" { t(en, "en") } else { t(vi, "vi") };
    let mut messages = BTreeMap::new();
    messages.insert("title".to_string(), msg(words("Quyền tiếp cận thông tin", "The right of access to information"), &[], &[]));
    messages.insert("headline".to_string(), msg(head, &[], &[]));
    messages.insert("point".to_string(), msg(words("Thông tin được cung cấp miễn phí & nhanh.", "Information is free & quick."), &[("easy", words("Miễn phí.", "Free."))], &[]));
    messages.insert(
        "qa-cost".to_string(),
        msg(words("Không mất tiền:\n- phô tô\n- gửi", "No fee:\n- copies\n- post"), &[("question", words("Có mất tiền không?", "Does it cost?"))], &["art9"]),
    );
    let mut labels = BTreeMap::new();
    labels.insert("legal-basis".to_string(), words("Căn cứ pháp lý", "Legal basis"));
    labels.insert("web-listen".to_string(), words("Nghe", "Listen"));
    let date = |iso: &str, vi: &str, en: &str| Date { iso: iso.into(), text: if src == "en" { en.into() } else { vi.into() } };
    ResolvedContent {
        campaign: "web-test".into(),
        locale: lang.into(),
        chain: if lang == "bru" { vec!["bru".into(), "vi".into()] } else { vec![lang.into()] },
        title: "title".into(),
        groups: Groups { headline: Some("headline".into()), points: vec!["point".into()], call_to_action: None, qa: vec!["qa-cost".into()], excerpts: vec![], glossary: vec![] },
        variables: BTreeMap::new(),
        facts: vec![ResolvedFact {
            id: "art9".into(),
            law: Some("104/2016/QH13".into()),
            name: Some(words("Luật Tiếp cận thông tin", "Law on Access to Information")),
            article: Some("9".into()),
            effective_from: date("2018-07-01", "ngày 1 tháng 7 năm 2018", "1 July 2018"),
            valid_until: Some(date("2026-08-31", "ngày 31 tháng 8 năm 2026", "31 August 2026")),
            source: "https://example.org/law?a=1&b=2".into(),
            messages: vec!["qa-cost".into()],
            citation: Some(words("Điều 9, Luật Tiếp cận thông tin", "Article 9, Law on Access to Information")),
        }],
        messages,
        labels,
    }
}

fn art(kind: &str, locale: &str, path: &str, bytes: u64, props: Value) -> Artifact {
    Artifact {
        kind: kind.into(),
        locale: Some(locale.into()),
        path: path.into(),
        bytes,
        sha256: "0".repeat(64),
        job: None,
        props: props.as_object().cloned().unwrap_or_default(),
    }
}

fn artifacts() -> Vec<Artifact> {
    let mut v = Vec::new();
    for l in ["vi", "en", "bru"] {
        v.push(art("radio-loudspeaker", l, &format!("radio/{l}/weekly.mp3"), 549_312, json!({"duration-s": 68.66, "draft": true})));
        v.push(art("video", l, &format!("video/{l}/spot-16x9.mp4"), 2_291_582, json!({"aspect": "16:9", "width": 1280, "height": 720, "duration-s": 45.68})));
        v.push(art("subtitles", l, &format!("video/{l}/spot-16x9.vtt"), 1000, json!({"aspect": "16:9", "format": "vtt"})));
        v.push(art("preview", l, &format!("previews/{l}/poster-main-01.png"), 50_000, json!({"pages": 1, "trim-mm": [297.0, 420.0]})));
        v.push(art("poster", l, &format!("print/{l}/poster-main.pdf"), 32_676, json!({"pages": 1, "trim-mm": [297.0, 420.0]})));
        v.push(art("handbook", l, &format!("print/{l}/handbook-main.pdf"), 100_000, json!({"pages": 12})));
    }
    v
}

fn render_all() -> Vec<WebFile> {
    let contents: Vec<ResolvedContent> = ["vi", "en", "bru"].iter().map(|l| content(l)).collect();
    render(&campaign(), &contents, &artifacts(), Path::new("/nonexistent"))
}

fn text_of(files: &[WebFile], path: &str) -> String {
    let f = files.iter().find(|f| f.path == path).unwrap_or_else(|| panic!("no {path}"));
    match &f.source {
        Source::Bytes(b) => String::from_utf8(b.clone()).expect("utf-8"),
        Source::Copy(p) => panic!("{path} is a copy of {p}"),
    }
}

#[test]
fn pages_per_locale_with_switcher() {
    let files = render_all();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for p in ["web/index.html", "web/en/index.html", "web/bru/index.html", "web/style.css", "web/feed.json"] {
        assert!(paths.contains(&p), "{p} in {paths:?}");
    }
    assert!(files.iter().all(|f| f.path.starts_with("web/")));
    let vi = text_of(&files, "web/index.html");
    assert!(vi.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(vi.contains("<a href=\"en/index.html\" hreflang=\"en\" lang=\"en\">English</a>"));
    assert!(vi.contains("<a href=\"bru/index.html\" hreflang=\"bru\" lang=\"bru\">Bru – Vân Kiều</a>"));
    assert!(vi.contains("<a href=\"index.html\" hreflang=\"vi\" lang=\"vi\" aria-current=\"page\">Tiếng Việt</a>"));
    assert_eq!(vi.matches("<h1").count(), 1);
    let en = text_of(&files, "web/en/index.html");
    assert!(en.contains("href=\"../style.css\""));
    assert!(en.contains("<a href=\"../index.html\" hreflang=\"vi\" lang=\"vi\">Tiếng Việt</a>"));
    assert!(en.contains("src=\"../media/en/weekly.mp3\""));
    // No scripts, nothing absolute but outbound links.
    for f in ["web/index.html", "web/en/index.html", "web/bru/index.html"] {
        let h = text_of(&files, f);
        assert!(!h.contains("<script"), "{f}");
        assert!(!h.contains("src=\"http") && !h.contains("src=\"/") && !h.contains("href=\"/"), "{f}");
    }
}

#[test]
fn fallback_text_is_marked_with_its_language() {
    let files = render_all();
    let bru = text_of(&files, "web/bru/index.html");
    assert!(bru.starts_with("<!DOCTYPE html>\n<html lang=\"bru\">"));
    // The title and the point came from Vietnamese; the headline is Bru (and escaped).
    assert!(bru.contains("<h1 lang=\"vi\">Quyền tiếp cận thông tin</h1>"), "{bru}");
    assert!(bru.contains("<li lang=\"vi\">Thông tin được cung cấp miễn phí &amp; nhanh.</li>"));
    assert!(bru.contains("<p class=\"lead\">Bru headline &lt;b&gt;</p>"));
    assert!(bru.contains("<h3 lang=\"vi\">Có mất tiền không?</h3>"));
    assert!(bru.contains("<ul lang=\"vi\">\n<li>phô tô</li>"));
    // Labels: shared ones from vi carry lang="vi"; built-in English ones lang="en".
    assert!(bru.contains("<h2 id=\"listen\" lang=\"vi\">Nghe</h2>"));
    assert!(bru.contains("<h2 id=\"watch\" lang=\"en\">Watch</h2>"));
    // Dates are written in Vietnamese words for Bru.
    assert!(bru.contains("<time datetime=\"2018-07-01\" lang=\"vi\">ngày 1 tháng 7 năm 2018</time>"));
    // Captions are in the language of their words: Bru's come from Vietnamese but the headline
    // is Bru, so the track is Bru.
    assert!(bru.contains("srclang=\"bru\" label=\"Bru – Vân Kiều\" default>"));
    let vi = text_of(&files, "web/index.html");
    assert!(!vi.contains(" lang=\"vi\">Quyền"), "no lang on the page's own language");
    assert!(vi.contains("<h1>Quyền tiếp cận thông tin</h1>"));
    assert!(vi.contains("srclang=\"vi\" label=\"Tiếng Việt\" default>"));
    assert!(bru.contains("class=\"note\""), "the page says some text is not translated");
    assert!(!vi.contains("class=\"note\""));
}

#[test]
fn media_players_downloads_and_drafts() {
    let files = render_all();
    let vi = text_of(&files, "web/index.html");
    assert!(vi.contains("<audio controls preload=\"none\" src=\"media/vi/weekly.mp3\""));
    assert!(vi.contains("<time datetime=\"PT1M9S\">1:09</time>"));
    assert!(vi.contains("549 kB"));
    assert!(vi.contains("2,3 MB"));
    assert!(text_of(&files, "web/en/index.html").contains("2.3 MB"));
    assert!(vi.contains("class=\"draft\""), "the radio voice is a draft");
    assert_eq!(vi.matches("class=\"draft\"").count(), 1, "the video is not a draft");
    assert!(vi.contains("poster=\"media/vi/poster-main-01.png\""));
    assert!(vi.contains("<track kind=\"captions\" src=\"media/vi/spot-16x9.vtt\""));
    // Transcripts from the rundown and the video's messages.
    assert!(vi.contains("<details class=\"transcript\">"));
    // Press handbook is not offered; the poster is.
    assert!(vi.contains("href=\"media/vi/poster-main.pdf\""));
    assert!(!vi.contains("handbook-main.pdf"));
    let copies: Vec<(&str, &str)> = files
        .iter()
        .filter_map(|f| match &f.source {
            Source::Copy(p) => Some((f.path.as_str(), p.as_str())),
            Source::Bytes(_) => None,
        })
        .collect();
    assert!(copies.contains(&("web/media/vi/weekly.mp3", "radio/vi/weekly.mp3")));
    assert!(copies.contains(&("web/media/bru/spot-16x9.vtt", "video/bru/spot-16x9.vtt")));
    assert!(files.iter().filter(|f| matches!(f.source, Source::Copy(_))).all(|f| f.kind == "web-media"));
    let mut seen = std::collections::BTreeSet::new();
    assert!(files.iter().all(|f| seen.insert(f.path.clone())), "each path once");
}

#[test]
fn works_with_content_only() {
    let contents: Vec<ResolvedContent> = ["vi", "en"].iter().map(|l| content(l)).collect();
    let files = render(&campaign(), &contents, &[], Path::new("/nonexistent"));
    let vi = text_of(&files, "web/index.html");
    assert!(!vi.contains("<audio") && !vi.contains("<video") && !vi.contains("id=\"downloads\""));
    assert!(vi.contains("id=\"questions\""));
    assert!(!files.iter().any(|f| f.path.starts_with("web/bru")));
}

#[test]
fn feed_has_messages_and_facts_with_dates() {
    let files = render_all();
    let feed: Value = serde_json::from_str(&text_of(&files, "web/feed.json")).expect("json");
    assert_eq!(feed["format"], "loa-web-feed");
    assert_eq!(feed["version"], 1);
    assert_eq!(feed["campaign"], "web-test");
    assert_eq!(feed["reference-locale"], "vi");
    let locales = feed["locales"].as_array().expect("locales");
    assert_eq!(locales.iter().map(|l| l["locale"].as_str().unwrap_or("")).collect::<Vec<_>>(), ["vi", "en", "bru"]);
    let bru = &locales[2];
    assert_eq!(bru["page"], "bru/index.html");
    assert_eq!(bru["name"], "Bru – Vân Kiều");
    let msgs = bru["messages"].as_array().expect("messages");
    assert_eq!(msgs.iter().map(|m| m["id"].as_str().unwrap_or("")).collect::<Vec<_>>(), ["headline", "point", "qa-cost"]);
    assert_eq!(msgs[0]["locale"], "bru");
    assert_eq!(msgs[1]["locale"], "vi", "the locale the text actually came from");
    assert_eq!(msgs[2]["group"], "qa");
    assert_eq!(msgs[2]["attributes"]["question"]["text"], "Có mất tiền không?");
    assert_eq!(msgs[2]["facts"], json!(["art9"]));
    let fact = &locales[1]["facts"][0];
    assert_eq!(fact["law"], "104/2016/QH13");
    assert_eq!(fact["article"], "9");
    assert_eq!(fact["effective-from"], "2018-07-01");
    assert_eq!(fact["valid-until"], "2026-08-31");
    assert_eq!(fact["valid-until-text"], "31 August 2026");
    assert_eq!(fact["source"], "https://example.org/law?a=1&b=2");
    assert_eq!(fact["citation"]["text"], "Article 9, Law on Access to Information");
    let media = locales[0]["media"].as_array().expect("media");
    assert!(media.iter().any(|m| m["kind"] == "audio" && m["path"] == "media/vi/weekly.mp3" && m["draft"] == true));
}

#[test]
fn deterministic_and_independent_of_artifact_order() {
    let a = render_all();
    let b = render_all();
    assert_eq!(a, b);
    let contents: Vec<ResolvedContent> = ["vi", "en", "bru"].iter().map(|l| content(l)).collect();
    let mut reversed = artifacts();
    reversed.reverse();
    let c = render(&campaign(), &contents, &reversed, Path::new("/nonexistent"));
    assert_eq!(a, c);
}

#[test]
fn escapes_attribute_values() {
    let files = render_all();
    let vi = text_of(&files, "web/index.html");
    assert!(vi.contains("href=\"https://example.org/law?a=1&amp;b=2\""));
}

#[test]
fn style_uses_a_readable_brand_colour() {
    let files = render_all();
    let css = text_of(&files, "web/style.css");
    assert!(css.contains("--primary: #0b4f9c;"));
    assert!(css.contains(":focus-visible"));
}
