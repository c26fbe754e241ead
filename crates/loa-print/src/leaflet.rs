//! The tri-fold leaflet (A4 landscape, roll fold). Outside, left to right: the flap that folds in
//! (the key points), the back (contact, QR code for the portal, legal basis) and the cover (logo,
//! headline, campaign title). Inside: the questions and answers, flowing across the three panels.
//! The panel that folds in is 3 mm narrower than the others so that it clears the fold.

use crate::doc::{Bookmark, Colour, Doc, Item, Page, Role, Shape, mm};
use crate::layout::{Ctx, Problem, in_lang, rect, text};
use crate::qr::qr;
use loa_text::{Block, Emphasis, Face, Overflow, Style};
use std::ops::Range;
use std::sync::Arc;

pub struct LeafletInput<'a> {
    pub headline: &'a str,
    pub points: Vec<&'a str>,
    pub qa: Vec<&'a str>,
    pub call_to_action: Option<&'a str>,
    pub logos: &'a [(Arc<usvg::Tree>, String)],
}

/// Width of the panel that folds in, and of the other two, in millimetres.
const FLAP: f32 = 97.0;
const PANEL: f32 = 100.0;
/// Inner margin of a panel at its folds and trim edges, and at the top and foot of the sheet.
const SIDE: f32 = 8.0;
const TOP: f32 = 10.0;
/// The measure of the inside columns: the same in all three panels, so that an answer can run on
/// from one panel into the next line by line.
const COLUMN: f32 = FLAP - 2.0 * SIDE;
/// Sizes tried for the answers, largest first; the smallest is the floor for reading.
const ANSWER_SIZES: [f32; 6] = [12.0, 11.5, 11.0, 10.5, 10.0, 9.5];

/// Lays out the leaflet: page 1 is the outside, page 2 the inside. `press` gives press pages
/// (bleed, crop and fold marks), otherwise screen pages for the accessible edition. `None` when a
/// problem was reported.
pub fn leaflet(cx: &mut Ctx, input: &LeafletInput, press: bool) -> Option<Doc> {
    let (w, h) = (mm(FLAP + 2.0 * PANEL), mm(210.0));
    let new_page = |folds: [f32; 2]| {
        if press {
            Page { folds: folds.map(mm).to_vec(), ..Page::press(w, h) }
        } else {
            Page::new(w, h)
        }
    };
    let mut outside = new_page([FLAP, FLAP + PANEL]);
    let mut inside = new_page([PANEL, 2.0 * PANEL]);
    let mut outline = Vec::new();
    let headline = cover(cx, input, &mut outside, &mut outline)?;
    flap(cx, input, &mut outside)?;
    back(cx, input, &mut outside, &mut outline)?;
    questions(cx, input, &mut inside, &mut outline)?;
    Some(Doc { title: headline, lang: cx.lang().to_string(), pages: vec![outside, inside], outline })
}

/// Lays out `text` in a `width` × `height` box with `emphasis`, stepping the size down to `floor`;
/// reports an overflow (and missing glyphs) like [`Ctx::fit`].
#[allow(clippy::too_many_arguments)]
fn fit(cx: &mut Ctx, id: &str, text: &str, style: &Style, emphasis: &[Emphasis], width: f32, height: f32, floor: f32, slot: &str) -> Option<Arc<Block>> {
    match cx.fonts.fit(text, style, emphasis, width, height, floor) {
        Ok(b) => Some(cx.block(id, text, &style.size(b.style.size), emphasis, width)),
        Err(o) => {
            cx.overflow(id, slot, &o);
            None
        }
    }
}

/// Sets a heading at `width` with its lines evened out: the narrowest width that needs no more
/// lines, so that no word is left alone on the last line.
pub(crate) fn balanced(cx: &mut Ctx, id: &str, text: &str, style: &Style, width: f32) -> Arc<Block> {
    let lines = |cx: &mut Ctx, w: f32| cx.fonts.layout(text, style, &[], w).lines.len();
    let n = lines(cx, width);
    let (mut lo, mut hi) = (width * 0.5, width);
    if n > 1 {
        for _ in 0..10 {
            let mid = f32::midpoint(lo, hi);
            if lines(cx, mid) > n {
                lo = mid;
            } else {
                hi = mid;
            }
        }
    }
    cx.block(id, text, style, &[], hi)
}

/// Emphasis on the first line of `text` (up to its first line break), when it has more than one.
fn first_line_bold(text: &str) -> Vec<Emphasis> {
    text.find('\n').map(|end| Emphasis { range: 0..end, bold: true, italic: false }).into_iter().collect()
}

/// Cover (outside, right): brand background, logo, headline, campaign title. Returns the headline.
fn cover(cx: &mut Ctx, input: &LeafletInput, page: &mut Page, outline: &mut Vec<Bookmark>) -> Option<String> {
    let p = cx.palette;
    let (h, bleed) = (page.height, page.bleed);
    let left = mm(FLAP + PANEL);
    let x = left + mm(SIDE);
    let inner = mm(PANEL - 2.0 * SIDE);
    page.push(rect(left, -bleed, mm(PANEL) + bleed, h + 2.0 * bleed, p.primary));

    let logo_h = mm(24.0);
    let top = mm(TOP + 4.0);
    if let Some((tree, alt)) = input.logos.first() {
        let size = tree.size();
        let lw = (logo_h * size.width() / size.height().max(1.0)).min(inner);
        let lh = lw * size.height() / size.width().max(1.0);
        page.push(Item::new(x, top, Shape::Svg { tree: tree.clone(), w: lw, h: lh }, Role::Figure(alt.clone())));
    }

    // The headline and the title below it, as one group in the space under the logo, a little
    // above its middle.
    let title_id = cx.content.title.clone();
    let title = cx.text(&title_id);
    let title_style = Style::new(Face::Sans, 14.0).leading(1.3);
    let title_size = match cx.fonts.fit(&title, &title_style, &[], inner, mm(30.0), 10.0) {
        Ok(b) => b.style.size,
        Err(o) => {
            cx.overflow(&title_id, "cover title", &o);
            return None;
        }
    };
    let title_block = balanced(cx, &title_id, &title, &title_style.size(title_size), inner);
    let headline = cx.text(input.headline);
    let area_top = top + logo_h + mm(14.0);
    let area = h - mm(TOP) - area_top;
    let bar_gap = mm(7.0);
    let head_box = area - 2.0 * bar_gap - title_block.height();
    let head = cx.fit(input.headline, &headline, &Style::new(Face::Sans, 46.0).bold().leading(1.1), inner, head_box, 24.0, "cover headline")?;
    let group = head.height() + 2.0 * bar_gap + title_block.height();
    let hy = area_top + (area - group) * 0.4;
    page.push(in_lang(text(x, hy, head.clone(), Colour::WHITE, Role::Heading(1)), cx.value_lang(input.headline)));
    let bar_y = hy + head.height() + bar_gap;
    page.push(rect(x, bar_y - mm(0.75), mm(16.0), mm(1.5), p.accent));
    page.push(in_lang(text(x, bar_y + bar_gap, title_block, Colour::WHITE, Role::Paragraph), cx.value_lang(&title_id)));
    outline.push(Bookmark { title: headline.clone(), page: 0, y: hy, children: Vec::new() });
    Some(headline)
}

/// The flap (outside, left; it folds in): the key points as a list with accent markers, all at
/// one size, as large as fits.
fn flap(cx: &mut Ctx, input: &LeafletInput, page: &mut Page) -> Option<()> {
    let p = cx.palette;
    let x = mm(SIDE);
    let marker = mm(3.2);
    let indent = mm(7.0);
    let width = mm(FLAP - 2.0 * SIDE) - indent;
    let top = mm(TOP);
    let avail = page.height - 2.0 * mm(TOP);
    let texts: Vec<(&str, String)> = input.points.iter().map(|id| (*id, cx.text(id))).collect();
    let gap_for = |size: f32| size * 0.9;
    let (mut size, floor) = (17.0_f32, 11.0);
    let size = loop {
        let total: f32 = texts.iter().map(|(_, t)| cx.fonts.layout(t, &Style::new(Face::Sans, size).leading(1.3), &[], width).height()).sum::<f32>()
            + gap_for(size) * texts.len().saturating_sub(1) as f32;
        if total <= avail {
            break size;
        }
        if size <= floor {
            let longest = texts.iter().max_by_key(|(_, t)| t.len()).map_or("", |(id, _)| *id);
            cx.overflow(longest, "key points on the flap", &Overflow { size, needed: total, available: avail });
            return None;
        }
        size = (size - 0.5).max(floor);
    };
    let mut y = top;
    for (i, (id, t)) in texts.iter().enumerate() {
        let block = cx.block(id, t, &Style::new(Face::Sans, size).leading(1.3), &[], width);
        // The marker sits on the middle of the first line's lower-case letters.
        let mid = block.lines.first().map_or(0.0, |l| l.baseline - size * 0.27);
        page.push(rect(x, y + mid - marker / 2.0, marker, marker, p.accent));
        let height = block.height();
        let mut item = in_lang(text(x + indent, y, block, p.text, Role::ListItem), cx.value_lang(id));
        item.key = i as u32 + 1;
        page.push(item);
        y += height + gap_for(size);
    }
    Some(())
}

/// The back (outside, middle): contact heading, call to action, QR code for the portal, and at
/// the foot the legal basis of everything the leaflet states.
fn back(cx: &mut Ctx, input: &LeafletInput, page: &mut Page, outline: &mut Vec<Bookmark>) -> Option<()> {
    let p = cx.palette;
    let h = page.height;
    let x = mm(FLAP + SIDE);
    let inner = mm(PANEL - 2.0 * SIDE);
    let bottom = h - mm(TOP);

    let contact = cx.content.label("contact", "Liên hệ").to_string();
    let heading = cx.block("contact", &contact, &Style::new(Face::Sans, 20.0).bold().leading(1.2), &[], inner);
    let mut y = mm(TOP);
    outline.push(Bookmark { title: contact, page: 0, y, children: Vec::new() });
    page.push(in_lang(text(x, y, heading.clone(), p.primary, Role::Heading(2)), cx.label_lang("contact")));
    y += heading.height() + mm(2.5);
    page.push(rect(x, y, mm(16.0), mm(1.5), p.accent));
    y += mm(1.5) + mm(5.0);

    // The legal basis at the foot, one entry per source, as small as it must be.
    let mut ids: Vec<&str> = vec![input.headline, cx.content.title.as_str()];
    ids.extend(&input.points);
    ids.extend(&input.qa);
    ids.extend(input.call_to_action);
    let citations: Vec<String> = cx.content.citations(&ids).into_iter().map(str::to_string).collect();
    let citation_lang = |c: &str| cx.citation_lang(c);
    let mut langs = vec![cx.label_lang("legal-basis")];
    langs.extend(citations.iter().map(|c| citation_lang(c)));
    let mut foot = bottom;
    // Pushed last: the legal basis comes after the call to action in reading order.
    let mut legal = Vec::new();
    if !citations.is_empty() {
        let label = cx.content.label("legal-basis", "Căn cứ pháp lý").to_string();
        let room = mm(62.0);
        let (mut size, floor) = (8.0_f32, 6.5);
        let (blocks, gap) = loop {
            let mark = cx.problems.len();
            let mut blocks = vec![cx.block("legal-basis", &label, &Style::new(Face::Sans, size).bold().leading(1.3), &[], inner)];
            blocks.extend(citations.iter().map(|c| cx.block("legal-basis", c, &Style::new(Face::Sans, size).leading(1.3), &[], inner)));
            let gap = size * 0.4;
            let total = blocks.iter().map(|b| b.height()).sum::<f32>() + gap * (blocks.len() - 1) as f32;
            if total <= room {
                break (blocks, gap);
            }
            if size <= floor {
                cx.overflow("legal-basis", "legal-basis lines on the back", &Overflow { size, needed: total, available: room });
                return None;
            }
            cx.problems.truncate(mark);
            size = (size - 0.25).max(floor);
        };
        foot = bottom - blocks.iter().map(|b| b.height()).sum::<f32>() - gap * (blocks.len() - 1) as f32;
        let mut ly = foot;
        for (i, block) in blocks.into_iter().enumerate() {
            let height = block.height();
            // The label, then the sources as a list.
            let role = if i == 0 { Role::Paragraph } else { Role::ListItem };
            let mut item = in_lang(text(x, ly, block, p.muted, role), langs.get(i).cloned().flatten());
            item.key = 100 + i as u32;
            legal.push(item);
            ly += height + gap;
        }
    }

    // The call to action, then the QR code with its caption, in the room above the legal basis.
    let qr_size = mm(34.0);
    let portal = cx.content.variables.get("portal-url").cloned();
    let qr_room = if portal.is_some() { mm(8.0) + qr_size } else { 0.0 };
    if let Some(id) = input.call_to_action {
        let t = cx.text(id);
        let style = Style::new(Face::Sans, 14.0).leading(1.4);
        let room = foot - mm(9.0) - qr_room - y;
        let block = fit(cx, id, &t, &style, &first_line_bold(&t), inner, room, 10.0, "call to action on the back")?;
        let height = block.height();
        page.push(in_lang(text(x, y, block, p.text, Role::Paragraph), cx.value_lang(id)));
        y += height;
    }
    if let Some(url) = portal {
        let qr_y = y + mm(8.0);
        match qr(&url, qr_size, Colour::BLACK) {
            Ok(code) => {
                page.push(rect(x, qr_y, qr_size, qr_size, Colour::WHITE));
                let caption = cx.content.label("scan-for-more", "").to_string();
                page.push(Item::new(x, qr_y, code, Role::Figure(format!("{caption} {url}").trim().to_string())));
                if !caption.is_empty() {
                    let cap_w = inner - qr_size - mm(4.0);
                    let cap = cx.block("scan-for-more", &caption, &Style::new(Face::Sans, 10.0).bold().leading(1.3), &[], cap_w);
                    let cap_y = qr_y + (qr_size - cap.height()) / 2.0;
                    page.push(in_lang(text(x + qr_size + mm(4.0), cap_y, cap, p.primary, Role::Paragraph), cx.label_lang("scan-for-more")));
                }
            }
            Err(e) => cx.problems.push(Problem { code: "E0305", message: e, hint: "check the portal-url variable".into() }),
        }
    }
    for item in legal {
        page.push(item);
    }
    Some(())
}

/// One piece of the inside flow.
enum Part {
    Question,
    Answer(Range<usize>),
}

/// The height of lines `r` of `b`.
fn span(b: &Block, r: Range<usize>) -> f32 {
    match (b.lines.get(r.start), r.end.checked_sub(1).and_then(|e| b.lines.get(e))) {
        (Some(first), Some(last)) if r.end > r.start => last.bottom - first.top,
        _ => 0.0,
    }
}

/// Flows Q&A items (question and answer blocks) down columns whose tops are `tops`, all ending
/// at `bottom`. A question keeps at least two lines of its answer; an answer runs on into the next
/// column at a line boundary, never leaving a single line behind. Returns (item, column, y, part),
/// or the index of the first item that does not fit.
fn flow(items: &[(Arc<Block>, Arc<Block>)], tops: &[f32], bottom: f32, q_gap: f32, item_gap: f32) -> Result<Vec<(usize, usize, f32, Part)>, usize> {
    let mut out = Vec::new();
    let (mut col, mut y) = (0, tops.first().copied().ok_or(0_usize)?);
    for (i, (q, a)) in items.iter().enumerate() {
        let n = a.lines.len();
        let keep = q.height() + q_gap + span(a, 0..n.min(2));
        let mut gap = if out.is_empty() { 0.0 } else { item_gap };
        if y + gap + keep > bottom {
            col += 1;
            y = *tops.get(col).ok_or(i)?;
            gap = 0.0;
            if y + keep > bottom {
                return Err(i);
            }
        }
        y += gap;
        out.push((i, col, y, Part::Question));
        y += q.height() + q_gap;
        let mut start = 0;
        loop {
            let mut end = start;
            while end < n && y + span(a, start..end + 1) <= bottom {
                end += 1;
            }
            if end == n {
                out.push((i, col, y, Part::Answer(start..n)));
                y += span(a, start..n);
                break;
            }
            // No widow: move a line along rather than leave one alone at the next column's top.
            let least = if start == 0 { 2 } else { 1 };
            if n - end == 1 && end - start > least {
                end -= 1;
            }
            if end == start {
                return Err(i);
            }
            out.push((i, col, y, Part::Answer(start..end)));
            start = end;
            col += 1;
            y = *tops.get(col).ok_or(i)?;
        }
    }
    Ok(out)
}

/// Markers that begin a list entry inside an answer (`- entry` lines of a message).
const BULLETS: [&str; 3] = ["- ", "– ", "• "];

/// The start of the text line (between hard breaks) that byte `at` of `text` belongs to, and
/// whether that line is a list entry.
fn entry_of(text: &str, at: usize) -> (usize, bool) {
    let start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
    (start, BULLETS.iter().any(|b| text.get(start..).is_some_and(|t| t.starts_with(b))))
}

/// How far the text of a list entry stands in from its marker, if `block` has list entries.
fn hanging_indent(block: &Block) -> Option<f32> {
    block
        .lines
        .iter()
        .filter_map(|line| {
            let (start, entry) = entry_of(&block.text, line.text.start);
            if !entry || start != line.text.start {
                return None;
            }
            let marker = BULLETS.iter().find(|b| block.text[start..].starts_with(**b)).map_or(0, |b| b.len());
            let mut glyphs = line.runs.iter().flat_map(|r| &r.glyphs);
            let first = glyphs.clone().next()?.x;
            glyphs.find(|g| g.text.start >= start + marker).map(|g| g.x - first)
        })
        .reduce(f32::max)
}

/// An answer set at `width`; the lines that continue a list entry hang under the entry's text.
fn answer(cx: &mut Ctx, id: &str, text: &str, style: &Style, width: f32) -> Arc<Block> {
    let trial = cx.fonts.layout(text, style, &[], width);
    let Some(indent) = hanging_indent(&trial) else { return cx.block(id, text, style, &[], width) };
    let mut block = Arc::unwrap_or_clone(cx.block(id, text, style, &[], width - indent));
    let source = block.text.clone();
    for line in &mut block.lines {
        let (start, entry) = entry_of(&source, line.text.start);
        if entry && start != line.text.start {
            for g in line.runs.iter_mut().flat_map(|r| &mut r.glyphs) {
                g.x += indent;
            }
        }
    }
    Arc::new(block)
}

/// The inside: a heading, then the questions and answers across the three panels, at the largest
/// answer size with which they all fit.
fn questions(cx: &mut Ctx, input: &LeafletInput, page: &mut Page, outline: &mut Vec<Bookmark>) -> Option<()> {
    let p = cx.palette;
    let h = page.height;
    let col_w = mm(COLUMN);
    let panels = [(0.0, PANEL), (PANEL, PANEL), (2.0 * PANEL, FLAP)];
    let xs: Vec<f32> = panels.iter().map(|(left, width)| mm(left + (width - COLUMN) / 2.0)).collect();
    let bottom = h - mm(TOP);

    let title = format!("{} – {}", cx.content.label("question", "Hỏi"), cx.content.label("answer", "Đáp"));
    let heading = cx.block("question", &title, &Style::new(Face::Sans, 20.0).bold().leading(1.2), &[], col_w);
    let y = mm(TOP);
    page.push(in_lang(text(xs[0], y, heading.clone(), p.primary, Role::Heading(1)), cx.label_lang("question")));
    let bar_y = y + heading.height() + mm(2.5);
    page.push(rect(xs[0], bar_y, mm(16.0), mm(1.5), p.accent));
    let first_top = bar_y + mm(1.5) + mm(6.0);
    let tops = [first_top, mm(TOP), mm(TOP)];

    let texts: Vec<(&str, String, String)> = input
        .qa
        .iter()
        .map(|id| {
            let question = cx.attr(id, "question");
            (*id, question, cx.text(id))
        })
        .collect();
    let mut placed = None;
    let mut last = (0, 0.0, 0.0, 0.0);
    for (n, size) in ANSWER_SIZES.into_iter().enumerate() {
        let final_try = n + 1 == ANSWER_SIZES.len();
        let mark = cx.problems.len();
        let q_style = Style::new(Face::Sans, size + 1.5).bold().leading(1.25);
        let a_style = Style::new(Face::Sans, size).leading(1.4);
        let blocks: Vec<(Arc<Block>, Arc<Block>)> =
            texts.iter().map(|(id, q, a)| (balanced(cx, id, q, &q_style, col_w), answer(cx, id, a, &a_style, col_w))).collect();
        let (q_gap, item_gap) = (size * 0.35, size * 1.5);
        match flow(&blocks, &tops, bottom, q_gap, item_gap) {
            Ok(parts) => {
                placed = Some((blocks, parts));
                break;
            }
            Err(i) => {
                let needed = blocks.iter().map(|(q, a)| q.height() + q_gap + a.height()).sum::<f32>() + item_gap * blocks.len().saturating_sub(1) as f32;
                let available = tops.iter().map(|t| bottom - t).sum::<f32>();
                last = (i, size, needed, available);
                if !final_try {
                    cx.problems.truncate(mark);
                }
            }
        }
    }
    let Some((blocks, parts)) = placed else {
        let (i, size, needed, available) = last;
        cx.overflow(texts.get(i).map_or("", |t| t.0), "inside panels", &Overflow { size, needed, available });
        return None;
    };

    let mut children = Vec::new();
    for (i, col, y, part) in parts {
        let (q, a) = &blocks[i];
        let key = 2 * i as u32 + 1;
        match part {
            Part::Question => {
                children.push(Bookmark { title: texts[i].1.clone(), page: 1, y, children: Vec::new() });
                let lang = cx.attr_lang(texts[i].0, "question");
                let mut item = in_lang(text(xs[col], y, q.clone(), p.primary, Role::Heading(2)), lang);
                item.key = key;
                page.push(item);
            }
            Part::Answer(r) => {
                let block = if r == (0..a.lines.len()) { a.clone() } else { Arc::new(a.slice(r)) };
                let mut item = in_lang(text(xs[col], y, block, p.text, Role::Paragraph), cx.value_lang(texts[i].0));
                item.key = key + 1;
                page.push(item);
            }
        }
    }
    outline.push(Bookmark { title, page: 1, y, children });
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Palette;
    use loa_content::{Groups, ResolvedContent, ResolvedMessage, Text};
    use loa_text::{FontBook, Line};
    use std::collections::BTreeMap;
    use std::path::Path;

    fn lines(n: usize) -> Arc<Block> {
        let line = |i: usize| Line { top: i as f32 * 10.0, bottom: (i + 1) as f32 * 10.0, baseline: i as f32 * 10.0 + 8.0, runs: Vec::new(), text: 0..0 };
        Arc::new(Block { text: Arc::from(""), style: Style::new(Face::Sans, 10.0), width: 100.0, lines: (0..n).map(line).collect() })
    }

    fn parts(items: &[(usize, usize)]) -> Result<Vec<(usize, usize, f32, Part)>, usize> {
        let blocks: Vec<_> = items.iter().map(|(q, a)| (lines(*q), lines(*a))).collect();
        flow(&blocks, &[0.0, 0.0, 0.0], 100.0, 0.0, 0.0)
    }

    fn answers(p: &[(usize, usize, f32, Part)]) -> Vec<(usize, usize, Range<usize>)> {
        p.iter().filter_map(|(i, c, _, part)| if let Part::Answer(r) = part { Some((*i, *c, r.clone())) } else { None }).collect()
    }

    #[test]
    fn a_question_keeps_two_lines_of_its_answer() {
        // 90 of 100 used: the next question and two lines need 30, so they start the next column.
        let p = parts(&[(1, 8), (1, 5)]).expect("fits");
        assert_eq!(answers(&p), vec![(0, 0, 0..8), (1, 1, 0..5)]);
        assert!(matches!(p[2], (1, 1, y, Part::Question) if y == 0.0));
    }

    #[test]
    fn an_answer_runs_on_at_a_line_boundary_without_a_widow() {
        // Column 1: 60 used, question at 60, three lines fit but only one would remain: two go.
        let p = parts(&[(1, 8), (1, 5), (1, 4)]).expect("fits");
        assert_eq!(answers(&p)[2..], [(2, 1, 0..2), (2, 2, 2..4)]);
        let p = parts(&[(1, 8), (1, 5), (1, 6)]).expect("fits");
        assert_eq!(answers(&p)[2..], [(2, 1, 0..3), (2, 2, 3..6)]);
    }

    #[test]
    fn names_the_item_that_does_not_fit() {
        assert_eq!(parts(&[(1, 9), (1, 9), (1, 9), (1, 3)]).err(), Some(3));
    }

    fn content(qa_repeat: usize) -> ResolvedContent {
        let t = |s: &str| Text { text: s.to_string(), locale: "vi".into() };
        let mut messages = BTreeMap::new();
        let mut add = |id: &str, value: &str, question: Option<&str>| {
            let attributes = question.map(|q| ("question".to_string(), t(q))).into_iter().collect();
            messages.insert(id.to_string(), ResolvedMessage { value: Some(t(value)), attributes, facts: Vec::new() });
        };
        add("title", "Quyền tiếp cận thông tin ở xã Phong Nha, tỉnh Quảng Trị", None);
        add("headline", "Bạn có quyền được biết", None);
        add("point-a", "Mọi công dân đều có quyền tiếp cận thông tin của cơ quan nhà nước.", None);
        add("point-b", "Thông tin được cung cấp miễn phí.", None);
        add("cta", "Cần thông tin? Hãy hỏi Ủy ban nhân dân xã.\nĐiện thoại: 0232 000 000", None);
        let answer = "Bạn có thể yêu cầu theo một trong ba cách:\n- đến trực tiếp cơ quan, đơn vị;\n- gửi qua bưu điện;\n- gửi qua mạng: thư điện tử, cổng thông tin điện tử, Cổng Dịch vụ công quốc gia, ứng dụng trên điện thoại.\nHãy hỏi cán bộ xã. ";
        for id in ["qa-a", "qa-b", "qa-c"] {
            add(id, &answer.repeat(qa_repeat), Some("Tôi hỏi thông tin ở đâu, bằng cách nào?"));
        }
        let groups = Groups { headline: None, points: Vec::new(), call_to_action: None, qa: Vec::new(), excerpts: Vec::new(), glossary: Vec::new() };
        let variables = BTreeMap::from([("portal-url".to_string(), "https://example.gov.vn/tiep-can-thong-tin".to_string())]);
        ResolvedContent { campaign: "test".into(), locale: "vi".into(), chain: vec!["vi".into()], title: "title".into(), groups, variables, facts: Vec::new(), messages, labels: BTreeMap::new() }
    }

    fn lay_out(content: &ResolvedContent, press: bool) -> (Option<Doc>, Vec<Problem>) {
        let mut fonts = FontBook::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts")).expect("vendored fonts");
        let palette = Palette { primary: Colour::BLACK, accent: Colour::GREY, text: Colour::BLACK, muted: Colour::GREY };
        let mut cx = Ctx { fonts: &mut fonts, content, palette, product: "leaflet `test`".into(), problems: Vec::new() };
        let input = LeafletInput { headline: "headline", points: vec!["point-a", "point-b"], qa: vec!["qa-a", "qa-b", "qa-c"], call_to_action: Some("cta"), logos: &[] };
        let doc = leaflet(&mut cx, &input, press);
        (doc, cx.problems)
    }

    /// The inked extent of a text item, left and right.
    fn extent(item: &Item) -> Option<(f32, f32)> {
        let Shape::Text { block, .. } = &item.shape else { return None };
        let inked = block.lines.iter().flat_map(|l| &l.runs).flat_map(|r| &r.glyphs).filter(|g| !block.text[g.text.clone()].trim().is_empty());
        let (l, r) = inked.fold((f32::MAX, f32::MIN), |(l, r), g| (l.min(g.x), r.max(g.x + g.advance)));
        Some((item.x + l, item.x + r))
    }

    #[test]
    fn text_keeps_clear_of_folds_and_trim() {
        for press in [true, false] {
            let (doc, problems) = lay_out(&content(1), press);
            assert!(problems.is_empty(), "{problems:?}");
            let doc = doc.expect("leaflet");
            assert_eq!(doc.pages.len(), 2);
            let edges = [[0.0, FLAP, FLAP + PANEL, FLAP + 2.0 * PANEL], [0.0, PANEL, 2.0 * PANEL, FLAP + 2.0 * PANEL]];
            for (page, edges) in doc.pages.iter().zip(edges) {
                assert_eq!((page.width, page.height), (mm(297.0), mm(210.0)));
                assert_eq!(page.folds, if press { edges[1..3].iter().map(|e| mm(*e)).collect() } else { Vec::new() });
                for item in &page.items {
                    if let Some((l, r)) = extent(item) {
                        let panel = edges.windows(2).find(|e| l >= mm(e[0]) && l < mm(e[1])).expect("in a panel");
                        assert!(l >= mm(panel[0] + 5.0) && r <= mm(panel[1] - 5.0), "{l} {r} in {panel:?}");
                        let Shape::Text { block, .. } = &item.shape else { continue };
                        assert!(item.y >= mm(5.0) && item.y + block.height() <= page.height - mm(5.0));
                    }
                    if let (Shape::Rect { w, h, .. }, false) = (&item.shape, press) {
                        assert!(item.x >= 0.0 && item.y >= 0.0 && item.x + w <= page.width + 0.01 && item.y + h <= page.height + 0.01, "no bleed on screen");
                    }
                }
            }
        }
    }

    #[test]
    fn answers_split_across_panels_stay_one_paragraph() {
        let (doc, problems) = lay_out(&content(2), false);
        assert!(problems.is_empty(), "{problems:?}");
        let inside = &doc.expect("leaflet").pages[1];
        let keys: Vec<u32> = inside.items.iter().filter(|i| i.role == Role::Paragraph).map(|i| i.key).collect();
        assert!(keys.windows(2).any(|k| k[0] == k[1]), "an answer runs on: {keys:?}");
    }

    #[test]
    fn too_many_answers_are_an_overflow_naming_the_message() {
        let (doc, problems) = lay_out(&content(6), true);
        assert!(doc.is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].code, "E0301");
        assert!(problems[0].message.contains("`qa-"), "{}", problems[0].message);
    }
}
