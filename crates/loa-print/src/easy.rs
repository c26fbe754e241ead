//! The easy-read edition of a leaflet or handbook, after Inclusion Europe's "Information for
//! all": A4 portrait, Andika, text at 18 pt and nothing under 16 pt, left-aligned, no italics,
//! large line spacing; every message set from its `.easy` wording, each line of which is one idea
//! and its own paragraph; a picture on the left of every point and the text on its right (the
//! picture, the question and the first idea stay on one page; a long item goes on to the next
//! page between two ideas, never leaving one alone there); a line never breaks inside a word (a
//! line that would starts at the space before the word instead, else the paragraph is set a
//! little smaller, else below the picture across the whole width); page numbers in words
//! ("Trang 3/8"); the legal basis of everything it states once at the end, so that it does not
//! come between the points. Written as tagged PDF/UA-1: headings, paragraphs, and each picture a
//! figure with its alternative text.

use crate::doc::{Bookmark, Doc, Item, Page, Role, Shape, mm};
use crate::layout::{Ctx, Problem, in_lang, rect, text};
use loa_text::{Align, Block, Face, Style};
use std::collections::HashMap;
use std::sync::Arc;

/// The heading of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Heading {
    /// A message (a handbook chapter title).
    Message(String),
    /// A shared label, with the text used when the shared locales lack it.
    Label(&'static str, &'static str),
}

#[derive(Debug, Clone)]
pub struct EasySection {
    pub heading: Heading,
    /// Message ids: key points or Q&A items (a `.question` attribute makes an item a question).
    pub items: Vec<String>,
}

pub struct EasyInput<'a> {
    /// The handbook's cover page: the campaign title above the headline, alone on page 1.
    /// Without it (the leaflet) the headline is the title and the sections follow it.
    pub cover: bool,
    pub headline: Option<&'a str>,
    pub sections: Vec<EasySection>,
    pub call_to_action: Option<&'a str>,
    pub logos: &'a [(Arc<usvg::Tree>, String)],
    /// Pictures by the message they illustrate, with their alternative text (resolved).
    pub pictures: &'a HashMap<String, (Arc<usvg::Tree>, String)>,
}

const WIDTH: f32 = 210.0;
const HEIGHT: f32 = 297.0;
/// top, right, bottom, left (mm)
const MARGINS: [f32; 4] = [18.0, 18.0, 24.0, 18.0];
/// The picture's box and the gap between it and the text (mm).
const PICTURE: f32 = 38.0;
const GUTTER: f32 = 8.0;
/// Text sizes: body, and the sizes a paragraph may step down to so that no word is split.
const BODY: [f32; 3] = [18.0, 17.0, 16.0];
/// The smallest size anything is set in.
pub const FLOOR: f32 = 16.0;

fn body() -> Style {
    Style::new(Face::Easy, BODY[0]).leading(1.5).align(Align::Left)
}
fn title() -> Style {
    Style::new(Face::Easy, 32.0).bold().leading(1.25).align(Align::Left)
}
fn section() -> Style {
    Style::new(Face::Easy, 26.0).bold().leading(1.25).align(Align::Left)
}
fn question() -> Style {
    Style::new(Face::Easy, 20.0).bold().leading(1.4).align(Align::Left)
}
fn small() -> Style {
    Style::new(Face::Easy, FLOOR).leading(1.4).align(Align::Left)
}

/// True when every line of `block` but the last ends at a space or a line break, i.e. no word is
/// split between two lines.
pub fn breaks_between_words(block: &Block) -> bool {
    split_word(block).is_none()
}

/// The lines of an `.easy` wording: one idea each.
pub fn ideas(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// One thing placed in a row's text column: a block, its colour, role and language, and the
/// space above it.
struct Piece {
    /// What it says and how (to set it again at another width).
    text: String,
    style: Style,
    block: Arc<Block>,
    colour: crate::doc::Colour,
    role: Role,
    lang: Option<String>,
    above: f32,
}

/// Pages filled top to bottom.
struct Flow {
    pages: Vec<Page>,
    y: f32,
    key: u32,
}

impl Flow {
    fn new_page(&mut self) {
        self.pages.push(Page::new(mm(WIDTH), mm(HEIGHT)));
        self.y = mm(MARGINS[0]);
    }

    fn bottom() -> f32 {
        mm(HEIGHT - MARGINS[2])
    }

    /// Starts a new page unless `height` fits below `y`.
    fn room_for(&mut self, height: f32) {
        if self.pages.is_empty() || (self.y + height > Self::bottom() + 0.01 && self.y > mm(MARGINS[0]) + 0.01) {
            self.new_page();
        }
    }

    fn push(&mut self, mut item: Item) {
        self.key += 1;
        item.key = self.key;
        if let Some(p) = self.pages.last_mut() {
            p.push(item);
        }
    }
}

/// Sets one paragraph at `width` so that no line breaks inside a word: a line that would (a web
/// address breaks after its hyphens) starts instead at the space before that word, and when the
/// word is wider than the line even so, the size steps down from 18 pt to 16 pt. Problems
/// (missing glyphs) go to `cx`.
fn paragraph(cx: &mut Ctx, id: &str, text: &str, style: &Style, width: f32) -> Arc<Block> {
    let sizes: Vec<f32> = BODY.into_iter().filter(|s| *s <= style.size).collect();
    let sizes = if sizes.is_empty() || style.size > BODY[0] { vec![style.size] } else { sizes };
    let mut best = (text.to_string(), style.size);
    'sizes: for size in sizes {
        let mut t = text.to_string();
        loop {
            let block = cx.fonts.layout(&t, &style.size(size), &[], width);
            let Some(at) = split_word(&block) else {
                best = (t, size);
                break 'sizes;
            };
            // The last space before the split word becomes a line break; none: try smaller.
            match t.get(..at).and_then(|head| head.rfind(' ')) {
                // (Only on the line being split: a word alone on its line is too wide for it.)
                Some(space) if !t[space..at].contains('\n') => t.replace_range(space..space + 1, "\n"),
                _ => {
                    best = (text.to_string(), size);
                    continue 'sizes;
                }
            }
        }
    }
    cx.block(id, &best.0, &style.size(best.1), &[], width)
}

/// Where the first line of `block` that starts inside a word starts (a byte offset of its text).
fn split_word(block: &Block) -> Option<usize> {
    block.lines.iter().skip(1).map(|l| l.text.start).find(|&start| !block.text.get(..start).is_some_and(|before| before.ends_with(char::is_whitespace)))
}

/// Lays out the easy-read edition. `None` when a problem was reported.
pub fn easy_read(cx: &mut Ctx, input: &EasyInput) -> Option<Doc> {
    let p = cx.palette;
    let inner = mm(WIDTH - MARGINS[1] - MARGINS[3]);
    let left = mm(MARGINS[3]);
    let column_x = left + mm(PICTURE + GUTTER);
    let column = inner - mm(PICTURE + GUTTER);
    let mut flow = Flow { pages: Vec::new(), y: 0.0, key: 0 };
    let mut outline: Vec<Bookmark> = Vec::new();
    flow.new_page();

    // Top of page 1: the logo, then the title.
    if let Some((tree, alt)) = input.logos.first() {
        let size = tree.size();
        let h = mm(if input.cover { 45.0 } else { 28.0 });
        let w = (h * size.width() / size.height().max(1.0)).min(inner);
        let h = w * size.height() / size.width().max(1.0);
        flow.push(Item::new(left, flow.y, Shape::Svg { tree: tree.clone(), w, h }, Role::Figure(alt.clone())));
        flow.y += h + mm(if input.cover { 20.0 } else { 8.0 });
    }
    let headline = input.headline.map(|id| (id, cx.attr(id, "easy")));
    // The title: the campaign's on the handbook's cover (the headline below it), else the
    // headline's wording (or, without a headline, the campaign's title).
    let (id, doc_title, lang) = match (&headline, input.cover) {
        (Some((id, easy)), false) => (id.to_string(), ideas(easy).join(" "), cx.attr_lang(id, "easy")),
        _ => {
            let id = cx.content.title.clone();
            let t = cx.text(&id);
            let lang = cx.value_lang(&id);
            (id, t, lang)
        }
    };
    let (size, gap) = if input.cover { (36.0, mm(10.0)) } else { (title().size, mm(4.0)) };
    let block = crate::leaflet::balanced(cx, &id, &doc_title, &title().size(size), inner);
    let h = block.height();
    outline.push(Bookmark { title: doc_title.clone(), page: 0, y: flow.y, children: Vec::new() });
    flow.push(in_lang(text(left, flow.y, block, p.primary, Role::Heading(1)), lang));
    flow.y += h + gap;
    flow.push(rect(left, flow.y, mm(20.0), mm(2.0), p.accent));
    flow.y += mm(if input.cover { 10.0 } else { 8.0 });
    if input.cover
        && let Some((id, easy)) = &headline
    {
        for idea in ideas(easy) {
            let block = paragraph(cx, id, idea, &question().size(24.0), inner);
            let h = block.height();
            flow.push(in_lang(text(left, flow.y, block, p.text, Role::Paragraph), cx.attr_lang(id, "easy")));
            flow.y += h + mm(3.0);
        }
    }

    let mut sections = input.sections.clone();
    if let Some(id) = input.call_to_action {
        sections.push(EasySection { heading: Heading::Label("contact", "Liên hệ"), items: vec![id.to_string()] });
    }
    for s in &sections {
        if s.items.is_empty() {
            continue;
        }
        let (heading, lang) = match &s.heading {
            Heading::Message(id) => (cx.text(id), cx.value_lang(id)),
            Heading::Label(id, fallback) => (cx.content.label(id, fallback).to_string(), cx.label_lang(id)),
        };
        let heading_id = match &s.heading {
            Heading::Message(id) => id.as_str(),
            Heading::Label(id, _) => id,
        };
        let hb = paragraph(cx, heading_id, &heading, &section(), inner);
        let rows: Vec<(String, Vec<Piece>)> = s.items.iter().map(|id| (id.clone(), row(cx, id, column))).collect();
        // A handbook chapter starts a page; a heading stays with its first row.
        if input.cover && matches!(s.heading, Heading::Message(_)) {
            flow.new_page();
        }
        let first = rows.first().map_or(0.0, |(id, pieces)| row_height(&pieces[..pieces.len().min(2)], input.pictures.contains_key(id)));
        flow.room_for(hb.height() + mm(8.0) + first);
        let hh = hb.height();
        outline.push(Bookmark { title: heading.clone(), page: flow.pages.len() - 1, y: flow.y, children: Vec::new() });
        flow.push(in_lang(text(left, flow.y, hb, p.primary, Role::Heading(2)), lang));
        flow.y += hh + mm(2.5);
        flow.push(rect(left, flow.y, mm(16.0), mm(1.5), p.accent));
        flow.y += mm(6.0);
        for (id, pieces) in rows {
            let picture = input.pictures.get(&id);
            // The picture, the question and the first idea stay together; the row may go on
            // on the next page between two ideas, never inside one.
            let keep = row_height(&pieces[..pieces.len().min(2)], picture.is_some());
            if pieces.iter().any(|p| p.block.height() > Flow::bottom() - mm(MARGINS[0])) || keep > Flow::bottom() - mm(MARGINS[0]) {
                cx.problems.push(Problem {
                    code: "E0301",
                    message: format!("message `{id}` ({}) does not fit one page of the easy-read edition of the {}", cx.content.locale, cx.product),
                    hint: "shorten its `.easy` wording: one short idea per line".into(),
                });
                return None;
            }
            flow.room_for(keep);
            let top = flow.y;
            let mut page = flow.pages.len() - 1;
            let x = if let Some((tree, alt)) = picture {
                let size = tree.size();
                let scale = (mm(PICTURE) / size.width().max(1.0)).min(mm(PICTURE) / size.height().max(1.0));
                let (w, h) = (size.width() * scale, size.height() * scale);
                flow.push(Item::new(left + (mm(PICTURE) - w) / 2.0, top, Shape::Svg { tree: tree.clone(), w, h }, Role::Figure(alt.clone())));
                column_x
            } else {
                left
            };
            // Without a picture the text takes the whole width: set it again there. With one, a
            // paragraph holding a word wider than the text column (a web address) goes below
            // the picture, across the whole width.
            let mut set = Vec::new();
            for piece in pieces {
                let (mut block, mut px, mut wide) = (piece.block.clone(), x, false);
                if picture.is_none() {
                    block = paragraph(cx, &id, &piece.text, &piece.style, inner);
                } else if !breaks_between_words(&block) {
                    let full = paragraph(cx, &id, &piece.text, &piece.style, inner);
                    if breaks_between_words(&full) {
                        (block, px, wide) = (full, left, true);
                    }
                }
                set.push((piece, block, px, wide));
            }
            let picture_bottom = if picture.is_some() { top + mm(PICTURE) } else { top };
            // Where the row goes on to the next page: never leaving one idea alone there.
            let mut y = top;
            let mut split = None;
            for (i, (piece, block, _, wide)) in set.iter().enumerate() {
                y = (y + piece.above).max(if *wide { picture_bottom + mm(2.5) } else { 0.0 });
                if y + block.height() > Flow::bottom() + 0.01 {
                    split = Some(if i + 1 == set.len() && i > 2 { i - 1 } else { i });
                    break;
                }
                y += block.height();
            }
            let (mut y, mut bottom) = (top, picture_bottom);
            for (i, (piece, block, px, wide)) in set.into_iter().enumerate() {
                let below = if wide { bottom + mm(2.5) } else { 0.0 };
                let h = block.height();
                if split == Some(i) || (y + piece.above).max(below) + h > Flow::bottom() + 0.01 {
                    flow.new_page();
                    page = flow.pages.len() - 1;
                    (y, bottom) = (flow.y, flow.y);
                } else {
                    y = (y + piece.above).max(below);
                }
                if let Role::Heading(_) = piece.role
                    && let Some(parent) = outline.last_mut()
                {
                    parent.children.push(Bookmark { title: block.text.to_string(), page, y, children: Vec::new() });
                }
                flow.push(in_lang(text(px, y, block, piece.colour, piece.role), piece.lang));
                y += h;
            }
            flow.y = y.max(bottom) + mm(10.0);
        }
        flow.y += mm(4.0);
    }

    // The legal basis of everything the edition states, each source once, at the end.
    let mut stated: Vec<&str> = input.headline.into_iter().collect();
    stated.extend(input.sections.iter().flat_map(|s| s.items.iter().map(String::as_str)));
    stated.extend(input.call_to_action);
    let citations: Vec<String> = cx.content.citations(&stated).into_iter().map(str::to_string).collect();
    if !citations.is_empty() {
        let label = cx.content.label("legal-basis", "Căn cứ pháp lý").to_string();
        let hb = paragraph(cx, "legal-basis", &label, &question(), inner);
        let blocks: Vec<(Arc<Block>, Option<String>)> = citations.iter().map(|c| (paragraph(cx, "legal-basis", &format!("{c}."), &small(), inner), cx.citation_lang(c))).collect();
        flow.room_for(hb.height() + mm(3.0) + blocks.first().map_or(0.0, |(b, _)| b.height()));
        let hh = hb.height();
        outline.push(Bookmark { title: label, page: flow.pages.len() - 1, y: flow.y, children: Vec::new() });
        flow.push(in_lang(text(left, flow.y, hb, p.muted, Role::Heading(2)), cx.label_lang("legal-basis")));
        flow.y += hh + mm(3.0);
        for (block, lang) in blocks {
            let h = block.height();
            flow.room_for(h);
            flow.push(in_lang(text(left, flow.y, block, p.muted, Role::Paragraph), lang));
            flow.y += h + mm(2.5);
        }
    }

    // Page numbers in words, and the PDF's page labels.
    let word = cx.content.label("page", "Trang").to_string();
    let count = flow.pages.len();
    for (i, page) in flow.pages.iter_mut().enumerate() {
        page.label = Some((i + 1).to_string());
        if input.cover && i == 0 {
            continue;
        }
        let number = format!("{word} {}/{count}", i + 1);
        let b = cx.block("page", &number, &small(), &[], inner);
        page.push(text(left, mm(HEIGHT) - mm(MARGINS[2]) / 2.0 - b.height() / 2.0, b, p.muted, Role::Artifact));
    }
    Some(Doc { title: doc_title, lang: cx.lang().to_string(), pages: flow.pages, outline })
}

/// The text column of one row: the question (a Q&A item), then each idea of the `.easy` wording.
fn row(cx: &mut Ctx, id: &str, width: f32) -> Vec<Piece> {
    let p = cx.palette;
    let mut pieces = Vec::new();
    if cx.content.attr(id, "question").is_some() {
        let q = cx.attr(id, "question");
        let block = paragraph(cx, id, &q, &question(), width);
        pieces.push(Piece { text: q, style: question(), block, colour: p.primary, role: Role::Heading(3), lang: cx.attr_lang(id, "question"), above: 0.0 });
    }
    let easy = cx.attr(id, "easy");
    for (i, idea) in ideas(&easy).into_iter().enumerate() {
        let above = if i == 0 && pieces.is_empty() { 0.0 } else { mm(2.5) };
        let block = paragraph(cx, id, idea, &body(), width);
        pieces.push(Piece { text: idea.to_string(), style: body(), block, colour: p.text, role: Role::Paragraph, lang: cx.attr_lang(id, "easy"), above });
    }
    pieces
}

/// The height of a row: its text column, or its picture when taller.
fn row_height(pieces: &[Piece], picture: bool) -> f32 {
    let text: f32 = pieces.iter().map(|p| p.above + p.block.height()).sum();
    if picture { text.max(mm(PICTURE)) } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Colour;
    use crate::layout::Palette;
    use loa_content::{Groups, ResolvedContent, ResolvedMessage, Text};
    use loa_text::FontBook;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// Wider than the text column beside a picture at 16 pt, narrower than the page.
    const URL: &str = "https://example.gov.vn/tiep-can-thong-tin-o-xa-phong";

    fn content() -> ResolvedContent {
        let t = |s: &str| Text { text: s.to_string(), locale: "vi".into() };
        let mut messages = BTreeMap::new();
        let mut add = |id: &str, value: &str, attrs: &[(&str, &str)]| {
            let attributes = attrs.iter().map(|(k, v)| (k.to_string(), t(v))).collect();
            messages.insert(id.to_string(), ResolvedMessage { value: Some(t(value)), attributes, facts: Vec::new() });
        };
        add("title", "Quyền tiếp cận thông tin ở xã Phong Nha, tỉnh Quảng Trị", &[]);
        add("headline", "Bạn có quyền được biết", &[("easy", "Bạn có quyền được biết thông tin.")]);
        add("point-a", "Mọi công dân đều có quyền tiếp cận thông tin.", &[("easy", "Bạn có quyền hỏi thông tin.")]);
        add("point-b", "…", &[("easy", "Bạn có thể đến cơ quan để hỏi.\nBạn có thể gửi thư qua bưu điện.\nBạn có thể hỏi qua mạng.")]);
        let long = "Thông tin đơn giản, có sẵn: cơ quan cung cấp chậm nhất 5 ngày làm việc, kể từ ngày nhận được yêu cầu hợp lệ.\n";
        for id in ["qa-a", "qa-b", "qa-c"] {
            add(id, "…", &[("question", "Bao lâu thì tôi nhận được thông tin?"), ("easy", &format!("{}Trên mạng: {URL}", long.repeat(3)))]);
        }
        add("ch", "Hỏi thế nào, bao lâu, có mất tiền không?", &[]);
        add("cta", "…", &[("easy", &format!("Bạn cần thông tin?\nHãy hỏi Ủy ban nhân dân xã Phong Nha.\nTrên mạng: {URL}"))]);
        let groups = Groups { headline: None, points: Vec::new(), call_to_action: None, qa: Vec::new(), excerpts: Vec::new(), glossary: Vec::new() };
        ResolvedContent { campaign: "test".into(), locale: "vi".into(), chain: vec!["vi".into()], title: "title".into(), groups, variables: BTreeMap::new(), facts: Vec::new(), messages, labels: BTreeMap::new() }
    }

    fn lay_out(cover: bool) -> (Option<Doc>, Vec<Problem>) {
        let content = content();
        let mut fonts = FontBook::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts")).expect("vendored fonts");
        let palette = Palette { primary: Colour::BLACK, accent: Colour::GREY, text: Colour::BLACK, muted: Colour::GREY };
        let mut cx = Ctx { fonts: &mut fonts, content: &content, palette, product: "handbook `test`".into(), problems: Vec::new() };
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>"#;
        let tree = Arc::new(usvg::Tree::from_data(svg, &usvg::Options::default()).expect("svg"));
        // qa-b has no picture: set across the whole width.
        let pictures: HashMap<String, (Arc<usvg::Tree>, String)> =
            ["point-a", "point-b", "qa-a", "qa-c", "cta"].iter().map(|id| (id.to_string(), (tree.clone(), format!("picture of {id}")))).collect();
        let sections = vec![
            EasySection { heading: Heading::Label("web-key-messages", "Những điều cần biết"), items: vec!["point-a".into(), "point-b".into()] },
            EasySection { heading: Heading::Message("ch".into()), items: vec!["qa-a".into(), "qa-b".into(), "qa-c".into()] },
        ];
        let input = EasyInput { cover, headline: Some("headline"), sections, call_to_action: Some("cta"), logos: &[], pictures: &pictures };
        let doc = easy_read(&mut cx, &input);
        (doc, cx.problems)
    }

    fn texts(doc: &Doc) -> impl Iterator<Item = (usize, &Item, &Arc<Block>)> {
        doc.pages.iter().enumerate().flat_map(|(i, p)| p.items.iter().filter_map(move |it| match &it.shape {
            Shape::Text { block, .. } => Some((i, it, block)),
            _ => None,
        }))
    }

    #[test]
    fn everything_is_16_pt_or_more_upright_and_no_word_is_split() {
        for cover in [false, true] {
            let (doc, problems) = lay_out(cover);
            assert!(problems.is_empty(), "{problems:?}");
            let doc = doc.expect("laid out");
            assert!(doc.pages.iter().all(|p| (p.width - mm(210.0)).abs() < 0.01 && (p.height - mm(297.0)).abs() < 0.01 && p.bleed == 0.0), "A4, no bleed");
            let mut n = 0;
            for (_, item, block) in texts(&doc) {
                n += 1;
                assert!(!block.style.italic, "no italics: {}", block.text);
                assert_eq!(block.style.align, Align::Left, "left-aligned: {}", block.text);
                for run in block.lines.iter().flat_map(|l| &l.runs) {
                    assert!(run.size >= FLOOR, "{} pt in “{}”", run.size, block.text);
                }
                assert!(breaks_between_words(block), "a word split across lines in “{}”", block.text);
                // The text stays above the bottom margin; the page number inside the page.
                let limit = if item.role == Role::Artifact { mm(HEIGHT - 5.0) } else { Flow::bottom() };
                assert!(item.y + block.height() <= limit + 0.01, "“{}” runs off the page", block.text);
            }
            assert!(n > 10);
            // The web address could only fit by starting its own line.
            assert!(texts(&doc).any(|(_, _, b)| b.text.ends_with(&format!("Trên mạng:\n{URL}"))));
        }
    }

    #[test]
    fn each_idea_is_a_paragraph_beside_its_picture() {
        let (doc, _) = lay_out(false);
        let doc = doc.expect("laid out");
        let paragraphs: Vec<String> = texts(&doc).map(|(_, _, b)| b.text.to_string()).collect();
        for idea in ["Bạn có thể đến cơ quan để hỏi.", "Bạn có thể gửi thư qua bưu điện.", "Bạn có thể hỏi qua mạng."] {
            assert_eq!(paragraphs.iter().filter(|p| *p == idea).count(), 1, "“{idea}” is one paragraph of its own: {paragraphs:?}");
        }
        let column_x = mm(MARGINS[3] + PICTURE + GUTTER);
        for page in &doc.pages {
            for fig in page.items.iter().filter(|i| matches!(i.role, Role::Figure(_))) {
                let Shape::Svg { w, h, .. } = fig.shape else { panic!("a figure is a picture") };
                assert!(fig.x + w <= column_x, "the picture stays in its column");
                // Nothing is drawn over the picture.
                for t in page.items.iter().filter(|i| matches!(i.shape, Shape::Text { .. })) {
                    let Shape::Text { block, .. } = &t.shape else { continue };
                    let overlap_y = t.y < fig.y + h && fig.y < t.y + block.height();
                    assert!(!(overlap_y && t.x < fig.x + w), "“{}” overlaps a picture", block.text);
                }
                let Role::Figure(alt) = &fig.role else { continue };
                assert!(alt.starts_with("picture of "), "alt text: {alt}");
            }
        }
        // qa-b has no picture: its ideas start at the margin.
        let at_margin = texts(&doc).filter(|(_, i, b)| b.text.starts_with("Thông tin đơn giản") && (i.x - mm(MARGINS[3])).abs() < 0.01).count();
        assert_eq!(at_margin, 3, "the ideas of the item without a picture take the whole width");
    }

    #[test]
    fn the_same_input_gives_the_same_pages() {
        let (a, _) = lay_out(true);
        let (b, _) = lay_out(true);
        let dump = |d: &Doc| format!("{:?}", d.pages.iter().map(|p| p.items.iter().map(|i| (i.x, i.y, i.role.clone())).collect::<Vec<_>>()).collect::<Vec<_>>());
        assert_eq!(dump(&a.expect("a")), dump(&b.expect("b")));
    }

    #[test]
    fn ideas_are_the_lines_of_the_wording() {
        assert_eq!(ideas("Bạn có quyền hỏi.\n  \nHỏi ở xã.  \n"), vec!["Bạn có quyền hỏi.", "Hỏi ở xã."]);
    }
}
