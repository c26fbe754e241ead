//! Small helpers for building HTML as strings: escaping, `lang` attributes for text that came
//! from another locale, multi-line message text as paragraphs and lists, sizes and durations.

use loa_content::Text;
use std::fmt::Write;

/// Escapes text for element content and for attribute values in double quotes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// ` lang="x"` when `locale` is not the page's language, else nothing.
pub fn lang_attr(page: &str, locale: &str) -> String {
    if locale == page || locale.is_empty() { String::new() } else { format!(" lang=\"{}\"", esc(locale)) }
}

/// A short text inline: escaped, wrapped in `<span lang>` when it came from another locale.
pub fn inline(page: &str, t: &Text) -> String {
    if t.locale == page || t.locale.is_empty() {
        esc(&t.text)
    } else {
        format!("<span lang=\"{}\">{}</span>", esc(&t.locale), esc(&t.text))
    }
}

/// Escapes a line and turns `http(s)://…` into links (trailing punctuation stays outside).
pub fn linkify(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find("https://").or_else(|| rest.find("http://")) {
        out.push_str(&esc(&rest[..i]));
        let tail = &rest[i..];
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let mut url = &tail[..end];
        while let Some(last) = url.chars().last()
            && ".,;:!?)]”’\"'".contains(last)
        {
            url = &url[..url.len() - last.len_utf8()];
        }
        let _ = write!(out, "<a href=\"{0}\">{0}</a>", esc(url));
        rest = &tail[url.len()..];
    }
    out.push_str(&esc(rest));
    out
}

/// A message's text as blocks: runs of lines starting with `- ` become a list, other runs a
/// paragraph with line breaks. The blocks carry `lang` when the text came from another locale.
pub fn blocks(page: &str, t: &Text, class: Option<&str>) -> String {
    let lang = lang_attr(page, &t.locale);
    let class = class.map(|c| format!(" class=\"{c}\"")).unwrap_or_default();
    let mut out = String::new();
    let mut para: Vec<&str> = Vec::new();
    let mut items: Vec<&str> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, out: &mut String| {
        if !para.is_empty() {
            let body: Vec<String> = para.iter().map(|l| linkify(l)).collect();
            let _ = writeln!(out, "<p{class}{lang}>{}</p>", body.join("<br>\n"));
            para.clear();
        }
    };
    let flush_items = |items: &mut Vec<&str>, out: &mut String| {
        if !items.is_empty() {
            let _ = writeln!(out, "<ul{class}{lang}>");
            for i in items.iter() {
                let _ = writeln!(out, "<li>{}</li>", linkify(i));
            }
            out.push_str("</ul>\n");
            items.clear();
        }
    };
    for line in t.text.lines().map(str::trim_end) {
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            flush_para(&mut para, &mut out);
            items.push(item);
        } else if line.trim().is_empty() {
            flush_para(&mut para, &mut out);
            flush_items(&mut items, &mut out);
        } else {
            flush_items(&mut items, &mut out);
            para.push(line);
        }
    }
    flush_para(&mut para, &mut out);
    flush_items(&mut items, &mut out);
    out
}

fn english(lang: &str) -> bool {
    loa_l10n::numbers::number_style(lang) == loa_l10n::numbers::NumberStyle::English
}

/// A file size as people read it: `850 B`, `122 kB`, `2.3 MB` (English) / `2,3 MB` (others).
pub fn size(bytes: u64, lang: &str) -> String {
    let s = if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} kB", (bytes + 500) / 1000)
    } else if bytes < 1_000_000_000 {
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        let tenths = (bytes + 50_000_000) / 100_000_000;
        format!("{}.{} GB", tenths / 10, tenths % 10)
    };
    if english(lang) { s } else { s.replace('.', ",") }
}

/// A duration as `<time>`: `1:09` with `datetime="PT1M9S"`.
pub fn duration(seconds: f64) -> String {
    let total = if seconds.is_finite() && seconds > 0.0 { seconds.round() as u64 } else { 0 };
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let shown = if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") };
    let mut iso = String::from("PT");
    if h > 0 {
        let _ = write!(iso, "{h}H");
    }
    if m > 0 {
        let _ = write!(iso, "{m}M");
    }
    let _ = write!(iso, "{s}S");
    format!("<time datetime=\"{iso}\">{shown}</time>")
}

/// The locale whose words `loa_l10n::numbers::format_date` wrote a date in for `lang`.
pub fn date_locale(lang: &str) -> &str {
    if english(lang) { lang } else { "vi" }
}

/// Standard base64 with padding (for `data:` URLs).
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// WCAG relative luminance of `#rrggbb`.
pub fn luminance(hex: &str) -> Option<f64> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let ch = |i: usize| -> Option<f64> {
        let v = u8::from_str_radix(&h[i..i + 2], 16).ok()? as f64 / 255.0;
        Some(if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * ch(0)? + 0.7152 * ch(2)? + 0.0722 * ch(4)?)
}

/// Contrast ratio between two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str, locale: &str) -> Text {
        Text { text: text.into(), locale: locale.into() }
    }

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(esc(r#"<a href="x">Tom & Jerry's</a>"#), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assert_eq!(esc("Điều 31 — “số”"), "Điều 31 — “số”");
    }

    #[test]
    fn fallback_text_carries_its_lang() {
        assert_eq!(inline("bru", &t("Bạn có quyền", "vi")), "<span lang=\"vi\">Bạn có quyền</span>");
        assert_eq!(inline("vi", &t("Bạn có quyền", "vi")), "Bạn có quyền");
        assert_eq!(blocks("bru", &t("a\n- b\n- c", "vi"), None), "<p lang=\"vi\">a</p>\n<ul lang=\"vi\">\n<li>b</li>\n<li>c</li>\n</ul>\n");
        assert_eq!(blocks("vi", &t("x <y>\nz", "vi"), Some("k")), "<p class=\"k\">x &lt;y&gt;<br>\nz</p>\n");
    }

    #[test]
    fn links_in_text() {
        assert_eq!(linkify("Trên mạng: https://example.gov.vn/a?b=1&c=2."), "Trên mạng: <a href=\"https://example.gov.vn/a?b=1&amp;c=2\">https://example.gov.vn/a?b=1&amp;c=2</a>.");
        assert_eq!(linkify("no link <here>"), "no link &lt;here&gt;");
    }

    #[test]
    fn sizes_and_durations() {
        assert_eq!(size(2_291_582, "en"), "2.3 MB");
        assert_eq!(size(2_291_582, "vi"), "2,3 MB");
        assert_eq!(size(2_291_582, "bru"), "2,3 MB");
        assert_eq!(size(122_305, "vi"), "122 kB");
        assert_eq!(size(728, "en"), "728 B");
        assert_eq!(duration(68.66), "<time datetime=\"PT1M9S\">1:09</time>");
        assert_eq!(duration(45.0), "<time datetime=\"PT45S\">0:45</time>");
    }

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("WEBVTT\n\nạ".as_bytes()), "V0VCVlRUCgrhuqE=");
    }

    #[test]
    fn contrast_of_brand_blue() {
        let r = contrast("#0b4f9c", "#ffffff").unwrap_or(0.0);
        assert!(r > 7.0, "{r}");
        assert!(contrast("#ffc20e", "#ffffff").unwrap_or(9.0) < 4.5);
    }
}
