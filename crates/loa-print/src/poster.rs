//! The poster (A3 or A2 portrait): a brand-coloured band with the logo and the headline, the key
//! points large enough to read from two metres, a call-to-action band with a QR code for the
//! portal, and the legal basis of every statement at the foot.

use crate::doc::{Colour, Doc, Item, Page, Role, Shape, mm};
use crate::layout::{Ctx, in_lang, rect, text};
use crate::qr::qr;
use loa_text::{Align, Face, Style};
use std::sync::Arc;

pub struct PosterInput<'a> {
    pub size: &'a str,
    pub headline: &'a str,
    pub points: Vec<&'a str>,
    pub call_to_action: Option<&'a str>,
    pub logos: &'a [(Arc<usvg::Tree>, String)],
}

/// Trim size in points of a poster size name (`A2`; anything else is A3).
pub fn trim_size(size: &str) -> (f32, f32) {
    if size == "A2" { (mm(420.0), mm(594.0)) } else { (mm(297.0), mm(420.0)) }
}

/// Lays out the poster; `None` when a problem was reported.
pub fn poster(cx: &mut Ctx, input: &PosterInput) -> Option<Doc> {
    let (w, h) = trim_size(input.size);
    let s = w / mm(297.0); // sizes below are for A3 and scale with the sheet
    let margin = mm(18.0) * s;
    let inner = w - 2.0 * margin;
    let p = cx.palette;
    let mut page = Page::press(w, h);
    let bleed = page.bleed;

    // Band: logo, campaign title, headline.
    let band = h * 0.34;
    page.push(rect(-bleed, -bleed, w + 2.0 * bleed, band + bleed, p.primary));
    let logo = mm(30.0) * s;
    let mut x_title = margin;
    if let Some((tree, alt)) = input.logos.first() {
        page.push(Item::new(margin, margin, Shape::Svg { tree: tree.clone(), w: logo, h: logo }, Role::Figure(alt.clone())));
        x_title = margin + logo + mm(8.0) * s;
    }
    let title_id = cx.content.title.clone();
    let title = cx.text(&title_id);
    let title_block = cx.fit(&title_id, &title, &Style::new(Face::Sans, 20.0 * s).bold().leading(1.2), w - margin - x_title, logo, 12.0 * s, "title line")?;
    let ty = margin + (logo - title_block.height()) / 2.0;
    page.push(text(x_title, ty, title_block, Colour::WHITE, Role::Paragraph));
    let head_top = margin + logo + mm(10.0) * s;
    let headline = cx.text(input.headline);
    let head = cx.fit(input.headline, &headline, &Style::new(Face::Sans, 104.0 * s).bold().leading(1.08), inner, band - head_top - mm(8.0) * s, 56.0 * s, "headline box")?;
    let hy = head_top + (band - head_top - mm(8.0) * s - head.height()) / 2.0;
    page.push(in_lang(text(margin, hy, head, Colour::WHITE, Role::Heading(1)), cx.value_lang(input.headline)));

    // Foot: legal basis.
    let mut ids: Vec<&str> = vec![input.headline];
    ids.extend(&input.points);
    ids.extend(input.call_to_action);
    let citations = cx.content.citations(&ids);
    let foot_h = mm(22.0) * s;
    let foot_top = h - margin - foot_h;
    if !citations.is_empty() {
        let label = cx.content.label("legal-basis", "Căn cứ pháp lý").to_string();
        let line = format!("{label}: {}.", citations.join("; "));
        let legal = cx.fit("legal-basis", &line, &Style::new(Face::Sans, 13.0 * s).leading(1.25), inner, foot_h, 9.0 * s, "legal-basis line")?;
        page.push(text(margin, h - margin - legal.height(), legal, p.muted, Role::Paragraph));
    }

    // Call to action with the QR code.
    let cta_h = h * 0.2;
    let cta_top = foot_top - mm(6.0) * s - cta_h;
    page.push(rect(-bleed, cta_top, w + 2.0 * bleed, cta_h, p.accent));
    let qr_size = cta_h - mm(16.0) * s;
    let portal = cx.content.variables.get("portal-url").cloned();
    let mut cta_w = inner;
    if let Some(url) = portal {
        match qr(&url, qr_size, Colour::BLACK) {
            Ok(code) => {
                let qx = w - margin - qr_size;
                let qy = cta_top + mm(5.0) * s;
                page.push(rect(qx, qy, qr_size, qr_size, Colour::WHITE));
                let caption = cx.content.label("scan-for-more", "").to_string();
                page.push(Item::new(qx, qy, code, Role::Figure(format!("{caption} {url}").trim().to_string())));
                if !caption.is_empty() {
                    let cap = cx.block("scan-for-more", &caption, &Style::new(Face::Sans, 10.0 * s).align(Align::Center), &[], qr_size + mm(10.0) * s);
                    page.push(text(qx - mm(5.0) * s, qy + qr_size + mm(1.5) * s, cap, Colour::BLACK, Role::Paragraph));
                }
                cta_w = inner - qr_size - mm(10.0) * s;
            }
            Err(e) => cx.problems.push(crate::layout::Problem { code: "E0305", message: e, hint: "check the portal-url variable".into() }),
        }
    }
    if let Some(id) = input.call_to_action {
        let t = cx.text(id);
        let block = cx.fit(id, &t, &Style::new(Face::Sans, 30.0 * s).bold().leading(1.25), cta_w, cta_h - mm(12.0) * s, 16.0 * s, "call-to-action band")?;
        page.push(in_lang(text(margin, cta_top + (cta_h - block.height()) / 2.0, block, Colour::BLACK, Role::Paragraph), cx.value_lang(id)));
    }

    // Key points, numbered, all at one size.
    let top = band + mm(14.0) * s;
    let avail = cta_top - mm(10.0) * s - top;
    let badge = mm(16.0) * s;
    let gap = mm(7.0) * s;
    let text_w = inner - badge - mm(7.0) * s;
    let texts: Vec<(String, String)> = input.points.iter().map(|id| (id.to_string(), cx.text(id))).collect();
    let mut size = 34.0 * s;
    let floor = 22.0 * s;
    let blocks = loop {
        let blocks: Vec<_> = texts.iter().map(|(_, t)| cx.fonts.layout(t, &Style::new(Face::Sans, size).leading(1.22), &[], text_w)).collect();
        let total: f32 = blocks.iter().map(|b| b.height().max(badge)).sum::<f32>() + gap * (blocks.len().saturating_sub(1)) as f32;
        if total <= avail {
            break blocks;
        }
        if size <= floor {
            // Name the longest point: it is the one to shorten.
            let (i, b) = blocks.iter().enumerate().max_by(|a, b| a.1.height().total_cmp(&b.1.height()))?;
            let o = loa_text::Overflow { size, needed: total, available: avail };
            let _ = b;
            cx.overflow(&texts[i].0, "key points area", &o);
            return None;
        }
        size = (size * 0.95).max(floor);
    };
    let mut y = top;
    for (i, (block, (id, _))) in blocks.into_iter().zip(&texts).enumerate() {
        let block = Arc::new(block);
        page.push(rect(margin, y, badge, badge, p.primary));
        let num = cx.block(id, &(i + 1).to_string(), &Style::new(Face::Sans, 26.0 * s).bold().align(Align::Center), &[], badge);
        page.push(text(margin, y + (badge - num.height()) / 2.0, num, Colour::WHITE, Role::Artifact));
        let mut item = in_lang(text(margin + badge + mm(7.0) * s, y, block.clone(), p.text, Role::ListItem), cx.value_lang(id));
        item.key = i as u32 + 1;
        page.push(item);
        y += block.height().max(badge) + gap;
    }
    let title = cx.content.text(input.headline).unwrap_or_default().to_string();
    Some(Doc { title, lang: cx.lang().to_string(), pages: vec![page], outline: Vec::new() })
}
