//! Designer's poster templates: an SVG drawn at the poster's trim size whose rectangles with an
//! id `loa-<slot>` are boxes that Loa fills. Slots: `loa-headline`, `loa-point-1` … `loa-point-5`,
//! `loa-call-to-action`, `loa-legal-basis`, `loa-qr`, or `loa-msg-<message-id>` for any message.
//! The slot rectangles are removed before the artwork is drawn; text is set by Loa (shaped,
//! fitted, selectable), so an overflow is reported like on the built-in poster.

use crate::doc::{Colour, Doc, Item, Page, Role, Shape};
use crate::layout::{Ctx, Problem, text};
use crate::qr::qr;
use loa_text::{Face, Style};
use std::sync::Arc;

/// A box to fill, in the template's user units.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub name: String,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    /// `fill` of the rectangle when the designer gave one: the text colour.
    pub colour: Option<[u8; 3]>,
}

/// A parsed template: the artwork without its slots, and the slots.
pub struct Template {
    pub art: Arc<usvg::Tree>,
    pub slots: Vec<Slot>,
    /// Width and height of the template in its user units (the viewBox).
    pub view: (f32, f32),
}

fn number(v: Option<&str>) -> Option<f32> {
    v?.trim().trim_end_matches("px").parse().ok()
}

/// Parses a template. Slot rectangles must not be inside transformed groups.
pub fn parse(svg: &str, options: &usvg::Options) -> Result<Template, String> {
    let doc = roxmltree::Document::parse(svg).map_err(|e| e.to_string())?;
    let root = doc.root_element();
    let view = match root.attribute("viewBox").map(|v| v.split([' ', ',']).filter_map(|n| n.parse::<f32>().ok()).collect::<Vec<_>>()) {
        Some(v) if v.len() == 4 && v[2] > 0.0 && v[3] > 0.0 => (v[2], v[3]),
        _ => match (number(root.attribute("width")), number(root.attribute("height"))) {
            (Some(w), Some(h)) if w > 0.0 && h > 0.0 => (w, h),
            _ => return Err("the template needs a viewBox (or a width and height in px)".into()),
        },
    };
    let mut slots = Vec::new();
    let mut cut: Vec<std::ops::Range<usize>> = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let Some(id) = node.attribute("id").and_then(|i| i.strip_prefix("loa-")) else { continue };
        if node.tag_name().name() != "rect" {
            return Err(format!("slot `loa-{id}` must be a <rect>, not <{}>", node.tag_name().name()));
        }
        if node.ancestors().any(|a| a.attribute("transform").is_some()) || node.attribute("transform").is_some() {
            return Err(format!("slot `loa-{id}` is inside a transformed group; ungroup it in the editor"));
        }
        let (Some(x), Some(y), Some(w), Some(h)) =
            (number(node.attribute("x")).or(Some(0.0)), number(node.attribute("y")).or(Some(0.0)), number(node.attribute("width")), number(node.attribute("height")))
        else {
            return Err(format!("slot `loa-{id}` needs a width and a height"));
        };
        let colour = node.attribute("fill").and_then(|f| {
            let hex = f.strip_prefix('#').filter(|h| h.len() == 6)?;
            let b = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some([b(0)?, b(2)?, b(4)?])
        });
        slots.push(Slot { name: id.to_string(), x, y, w, h, colour });
        cut.push(node.range());
    }
    if slots.is_empty() {
        return Err("it has no slots: name rectangles `loa-headline`, `loa-point-1` … for Loa to fill".into());
    }
    let mut art = String::with_capacity(svg.len());
    let mut last = 0;
    cut.sort_by_key(|r| r.start);
    for r in cut {
        if r.start >= last {
            art.push_str(&svg[last..r.start]);
            last = r.end;
        }
    }
    art.push_str(&svg[last..]);
    let tree = usvg::Tree::from_str(&art, options).map_err(|e| e.to_string())?;
    Ok(Template { art: Arc::new(tree), slots, view })
}

/// The message a slot shows.
fn slot_message<'a>(slot: &'a str, headline: &'a str, points: &'a [&'a str], cta: Option<&'a str>) -> Option<&'a str> {
    match slot {
        "headline" => Some(headline),
        "call-to-action" => cta,
        s if s.starts_with("point-") => s[6..].parse::<usize>().ok().and_then(|n| points.get(n.wrapping_sub(1)).copied()),
        s => s.strip_prefix("msg-"),
    }
}

/// Lays out a poster from a template at `w` × `h` points.
pub fn poster(cx: &mut Ctx, t: &Template, w: f32, h: f32, headline: &str, points: &[&str], cta: Option<&str>) -> Option<Doc> {
    let (sx, sy) = (w / t.view.0, h / t.view.1);
    let mut page = Page::press(w, h);
    page.push(Item::new(0.0, 0.0, Shape::Svg { tree: t.art.clone(), w, h }, Role::Artifact));
    let mut used: Vec<&str> = Vec::new();
    for slot in &t.slots {
        let (x, y, bw, bh) = (slot.x * sx, slot.y * sy, slot.w * sx, slot.h * sy);
        let fill = slot.colour.map_or(Colour::BLACK, |rgb| Colour { rgb, ..Colour::BLACK });
        match slot.name.as_str() {
            "qr" => {
                if let Some(url) = cx.content.variables.get("portal-url").cloned()
                    && let Ok(code) = qr(&url, bw.min(bh), Colour::BLACK)
                {
                    // On white, whatever the artwork behind: a QR code needs its light quiet zone.
                    page.push(crate::layout::rect(x, y, bw.min(bh), bw.min(bh), Colour::WHITE));
                    page.push(Item::new(x, y, code, Role::Figure(url)));
                }
            }
            "legal-basis" => {
                let label = cx.content.label("legal-basis", "Căn cứ pháp lý").to_string();
                let ids: Vec<&str> = t.slots.iter().filter_map(|s| slot_message(&s.name, headline, points, cta)).collect();
                let citations = cx.content.citations(&ids);
                if citations.is_empty() {
                    continue;
                }
                let line = format!("{label}: {}.", citations.join("; "));
                let b = cx.fit("legal-basis", &line, &Style::new(Face::Sans, bh.min(14.0)).leading(1.25), bw, bh, 7.0, "legal-basis slot")?;
                page.push(text(x, y, b, fill, Role::Paragraph));
            }
            name => {
                let Some(id) = slot_message(name, headline, points, cta) else {
                    cx.problems.push(Problem {
                        code: "E0307",
                        message: format!("the poster template has a slot `loa-{name}` that Loa does not know"),
                        hint: "use loa-headline, loa-point-1 … loa-point-5, loa-call-to-action, loa-legal-basis, loa-qr or loa-msg-<message-id>".into(),
                    });
                    continue;
                };
                used.push(id);
                let t = cx.text(id);
                let bold = name == "headline";
                let start = if bold { bh.min(bw / 4.0) } else { (bh / 3.0).min(40.0) };
                let mut style = Style::new(Face::Sans, start).leading(1.15);
                if bold {
                    style = style.bold();
                }
                let b = cx.fit(id, &t, &style, bw, bh, start.min(9.0), &format!("template slot `loa-{name}`"))?;
                let role = if bold { Role::Heading(1) } else { Role::Paragraph };
                page.push(text(x, y, b, fill, role));
            }
        }
    }
    let title = cx.content.text(headline).unwrap_or_default().to_string();
    Some(Doc { title, lang: cx.lang().to_string(), pages: vec![page], outline: Vec::new() })
}
