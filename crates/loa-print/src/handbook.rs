//! The legal handbook: a cover, a table of contents with the real page numbers (laid out twice),
//! chapters of questions and answers and law excerpts, a glossary, running page numbers, a nested
//! PDF outline, pages padded to a multiple of four for saddle stitching, and a back cover with the
//! contacts. The same flow sets the A5 press edition, the accessible edition and the A4 large-print
//! edition; [`impose`] makes the 2-up saddle-stitch edition.

use crate::doc::{Bookmark, Colour, Doc, Item, Page, Role, Shape, mm};
use crate::layout::{Ctx, in_lang, rect, text};
use crate::qr::qr;
use loa_text::{Align, Block, Face, Style};
use std::sync::Arc;

/// One chapter: its title message and its items (Q&A ids and excerpt ids).
#[derive(Debug, Clone)]
pub struct Chapter {
    pub title: String,
    pub items: Vec<String>,
}

pub struct HandbookInput<'a> {
    pub chapters: Vec<Chapter>,
    pub glossary: Vec<String>,
    /// Message ids that are law excerpts (set as quotations).
    pub excerpts: Vec<String>,
    pub headline: Option<&'a str>,
    pub call_to_action: Option<&'a str>,
    pub logos: &'a [(Arc<usvg::Tree>, String)],
}

/// Sizes and faces of an edition.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub width: f32,
    pub height: f32,
    /// top, right, bottom, left
    pub margins: [f32; 4],
    pub body: Style,
    pub chapter: Style,
    pub question: Style,
    pub quote: Style,
    pub small: Style,
    pub gap: f32,
    /// Press pages (bleed, marks) or screen pages.
    pub press: bool,
}

impl Theme {
    /// A5 portrait: Noto Serif body, Noto Sans headings.
    pub fn a5(press: bool) -> Theme {
        Theme {
            width: mm(148.0),
            height: mm(210.0),
            margins: [mm(16.0), mm(15.0), mm(20.0), mm(15.0)],
            body: Style::new(Face::Serif, 10.5).leading(1.38).align(Align::Justify),
            chapter: Style::new(Face::Sans, 18.0).bold().leading(1.2),
            question: Style::new(Face::Sans, 11.0).bold().leading(1.3),
            quote: Style::new(Face::Serif, 10.0).italic().leading(1.38),
            small: Style::new(Face::Sans, 8.0).leading(1.3),
            gap: 7.0,
            press,
        }
    }

    /// A4 large print: Andika, 17 pt body, left-aligned, no italics.
    pub fn large_print() -> Theme {
        Theme {
            width: mm(210.0),
            height: mm(297.0),
            margins: [mm(20.0), mm(20.0), mm(24.0), mm(20.0)],
            body: Style::new(Face::Easy, 17.0).leading(1.45),
            chapter: Style::new(Face::Easy, 28.0).bold().leading(1.2),
            question: Style::new(Face::Easy, 19.0).bold().leading(1.3),
            quote: Style::new(Face::Easy, 17.0).leading(1.45),
            small: Style::new(Face::Easy, 16.0).leading(1.3),
            gap: 12.0,
            press: true,
        }
    }

    fn page(&self) -> Page {
        if self.press { Page::press(self.width, self.height) } else { Page::new(self.width, self.height) }
    }

    fn inner(&self) -> f32 {
        self.width - self.margins[1] - self.margins[3]
    }

    fn bottom(&self) -> f32 {
        self.height - self.margins[2]
    }
}

/// Pages being filled top to bottom.
pub(crate) struct Flow {
    theme: Theme,
    pub(crate) pages: Vec<Page>,
    pub(crate) y: f32,
    key: u32,
}

impl Flow {
    pub(crate) fn new(theme: Theme) -> Flow {
        Flow { theme, pages: Vec::new(), y: 0.0, key: 0 }
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(self.theme.page());
        self.y = self.theme.margins[0];
    }

    fn next_key(&mut self) -> u32 {
        self.key += 1;
        self.key
    }

    fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    /// Places a block at `indent`, splitting it between pages at line boundaries (at least two
    /// lines on each side). `keep` is the height of what must follow on the same page.
    pub(crate) fn place(&mut self, block: &Arc<Block>, indent: f32, fill: Colour, role: Role, keep: f32, lang: Option<String>) -> (usize, f32) {
        let key = self.next_key();
        let lines = block.lines.len();
        let fits = |flow: &Flow, h: f32| flow.y + h <= flow.theme.bottom() + 0.01;
        let must_move = !fits(self, block.height() + keep) && (lines < 4 || !fits(self, line_bottom(block, 1)));
        if self.pages.is_empty() || (must_move && self.y > self.theme.margins[0]) {
            self.new_page();
        }
        let start = (self.page_index(), self.y);
        let mut rest = block.clone();
        loop {
            if fits(self, rest.height() + keep) || rest.lines.len() < 4 {
                self.push(&rest, indent, fill, role.clone(), key, lang.clone());
                self.y += rest.height();
                return start;
            }
            // How many lines fit here, leaving at least two for the next page.
            let avail = self.theme.bottom() - self.y;
            let mut n = rest.lines.iter().take_while(|l| l.bottom <= avail).count();
            n = n.min(rest.lines.len() - 2);
            if n >= 2 {
                let head = Arc::new(rest.slice(0..n));
                self.push(&head, indent, fill, role.clone(), key, lang.clone());
                rest = Arc::new(rest.slice(n..rest.lines.len()));
            }
            self.new_page();
        }
    }

    fn push(&mut self, block: &Arc<Block>, x: f32, fill: Colour, role: Role, key: u32, lang: Option<String>) {
        let mut item = Item::new(self.theme.margins[3] + x, self.y, Shape::Text { block: block.clone(), fill }, role);
        item.key = key;
        item.lang = lang;
        if let Some(p) = self.pages.last_mut() {
            p.push(item);
        }
    }
}

fn line_bottom(b: &Block, i: usize) -> f32 {
    b.lines.get(i).map_or(0.0, |l| l.bottom)
}

/// What the table of contents lists.
struct Entry {
    level: u8,
    text: String,
    page: usize,
    y: f32,
}

/// Lays out the handbook in one theme.
pub fn handbook(cx: &mut Ctx, input: &HandbookInput, theme: Theme) -> Option<Doc> {
    let t = theme;
    let p = cx.palette;
    let inner = t.inner();
    let lang = cx.lang().to_string();

    // Body: chapters and glossary, as if they started on page 0.
    let mut body = Flow::new(t);
    let mut entries: Vec<Entry> = Vec::new();
    for ch in &input.chapters {
        body.new_page();
        let title = cx.text(&ch.title);
        let block = cx.block(&ch.title, &title, &t.chapter, &[], inner);
        body.pages.last_mut()?.push(rect(t.margins[3], body.y, mm(14.0), mm(1.6), p.accent));
        body.y += mm(5.0);
        let (page, y) = body.place(&block, 0.0, p.primary, Role::Heading(1), 0.0, cx.value_lang(&ch.title));
        entries.push(Entry { level: 1, text: title, page, y });
        body.y += t.gap * 1.6;
        for id in &ch.items {
            // The legal basis stays on the page of the text it supports.
            let citations = cx.content.citations(&[id.as_str()]);
            let legal = (!citations.is_empty()).then(|| {
                let label = cx.content.label("legal-basis", "Căn cứ pháp lý");
                format!("{label}: {}.", citations.join("; "))
            });
            // A legal-basis line in another language (a fallback) is marked as such.
            let legal_lang = citations.iter().find_map(|c| cx.citation_lang(c));
            let legal = legal.map(|line| cx.block("legal-basis", &line, &t.small, &[], inner));
            let keep_legal = legal.as_ref().map_or(0.0, |b| b.height() + 3.0);
            if input.excerpts.contains(id) {
                let quote = cx.text(id);
                let block = cx.block(id, &quote, &t.quote, &[], inner - mm(6.0));
                let cite = cx.content.attr(id, "cite").map(str::to_string);
                let cite = cite.map(|c| cx.block(id, &c, &t.small, &[], inner - mm(6.0)));
                let keep = cite.as_ref().map_or(0.0, |b| b.height() + 2.0) + keep_legal;
                let bar_y = body.y;
                let bar_page = body.pages.len();
                let (page, y) = body.place(&block, mm(6.0), p.text, Role::Paragraph, keep, cx.value_lang(id));
                if body.pages.len() == bar_page && page + 1 == bar_page {
                    body.pages.last_mut()?.push(rect(t.margins[3], bar_y, mm(1.2), body.y - bar_y, p.accent));
                }
                if let Some(b) = cite {
                    body.y += 2.0;
                    body.place(&b, mm(6.0), p.muted, Role::Paragraph, keep_legal, cx.attr_lang(id, "cite"));
                }
                let short: String = quote.chars().take(60).collect();
                entries.push(Entry { level: 2, text: format!("{short}…"), page, y });
            } else {
                let question = cx.attr(id, "question");
                let answer = cx.text(id);
                let q = cx.block(id, &question, &t.question, &[], inner);
                let a = cx.block(id, &answer, &t.body, &[], inner);
                let keep = line_bottom(&a, 1).min(a.height());
                let (page, y) = body.place(&q, 0.0, p.primary, Role::Heading(2), keep + 3.0, cx.attr_lang(id, "question"));
                body.y += 3.0;
                body.place(&a, 0.0, p.text, Role::Paragraph, keep_legal, cx.value_lang(id));
                entries.push(Entry { level: 2, text: question, page, y });
            }
            if let Some(b) = legal {
                body.y += 3.0;
                body.place(&b, 0.0, p.muted, Role::Paragraph, 0.0, legal_lang);
            }
            body.y += t.gap * 1.5;
        }
    }
    if !input.glossary.is_empty() {
        body.new_page();
        let title = cx.content.label("glossary", "Giải thích từ ngữ").to_string();
        let block = cx.block("glossary", &title, &t.chapter, &[], inner);
        body.pages.last_mut()?.push(rect(t.margins[3], body.y, mm(14.0), mm(1.6), p.accent));
        body.y += mm(5.0);
        let (page, y) = body.place(&block, 0.0, p.primary, Role::Heading(1), 0.0, cx.label_lang("glossary"));
        entries.push(Entry { level: 1, text: title, page, y });
        body.y += t.gap * 1.6;
        for id in &input.glossary {
            let term = cx.text(id);
            let def = cx.attr(id, "definition");
            let tb = cx.block(id, &term, &t.question, &[], inner);
            let db = cx.block(id, &def, &t.body, &[], inner);
            let keep = line_bottom(&db, 1).min(db.height());
            body.place(&tb, 0.0, p.text, Role::Heading(2), keep + 2.0, cx.value_lang(id));
            body.y += 2.0;
            body.place(&db, 0.0, p.text, Role::Paragraph, 0.0, cx.attr_lang(id, "definition"));
            body.y += t.gap * 1.3;
        }
    }

    // Table of contents: laid out once with placeholder numbers to learn its length.
    let contents = cx.content.label("contents", "Mục lục").to_string();
    let toc_pages = toc(cx, &t, &contents, &entries, None).len();
    let offset = 1 + toc_pages; // cover + contents
    let toc = toc(cx, &t, &contents, &entries, Some(offset));

    // Assemble: cover, contents, body, blank pages, back cover.
    let mut pages = vec![cover(cx, &t, input)?];
    pages.extend(toc);
    pages.extend(body.pages);
    while (pages.len() + 1) % 4 != 0 {
        pages.push(t.page());
    }
    pages.push(back_cover(cx, &t, input));
    let last = pages.len() - 1;
    for (i, page) in pages.iter_mut().enumerate() {
        page.label = Some((i + 1).to_string());
        if i == 0 || i == last || page.items.is_empty() {
            continue;
        }
        let n = cx.block("page", &(i + 1).to_string(), &t.small.align(Align::Center), &[], t.inner());
        page.push(text(t.margins[3], t.height - t.margins[2] / 2.0 - n.height() / 2.0, n, p.muted, Role::Artifact));
    }

    // Outline: chapters with their items.
    let mut outline: Vec<Bookmark> = Vec::new();
    for e in &entries {
        let b = Bookmark { title: e.text.clone(), page: e.page + offset, y: e.y, children: Vec::new() };
        match (e.level, outline.last_mut()) {
            (2, Some(parent)) => parent.children.push(b),
            _ => outline.push(b),
        }
    }
    let title = cx.content.text(&cx.content.title).unwrap_or_default().to_string();
    Some(Doc { title, lang, pages, outline })
}

fn toc(cx: &mut Ctx, t: &Theme, heading: &str, entries: &[Entry], offset: Option<usize>) -> Vec<Page> {
    let p = cx.palette;
    let mut flow = Flow::new(*t);
    flow.new_page();
    let h = cx.block("contents", heading, &t.chapter, &[], t.inner());
    flow.place(&h, 0.0, p.primary, Role::Heading(1), 0.0, cx.label_lang("contents"));
    flow.y += t.gap * 1.5;
    let num_w = t.small.size * 3.5;
    for e in entries {
        let (style, indent) = if e.level == 1 { (t.body.bold().align(Align::Left), 0.0) } else { (t.body.align(Align::Left), mm(5.0)) };
        let page = offset.map_or("000".to_string(), |o| (e.page + o + 1).to_string());
        let b = cx.block("contents", &e.text, &style, &[], t.inner() - indent - num_w);
        if e.level == 1 {
            flow.y += t.gap * 0.6;
        }
        let (pi, y) = flow.place(&b, indent, p.text, Role::Paragraph, 0.0, None);
        let nb = cx.block("contents", &page, &style.align(Align::Right), &[], num_w);
        let mut item = Item::new(t.margins[3] + t.inner() - num_w, y, Shape::Text { block: nb, fill: p.text }, Role::Paragraph);
        item.key = flow.next_key();
        flow.pages[pi].push(item);
        flow.y += t.gap * 0.35;
    }
    flow.pages
}

fn cover(cx: &mut Ctx, t: &Theme, input: &HandbookInput) -> Option<Page> {
    let p = cx.palette;
    let mut page = t.page();
    let b = page.bleed;
    page.push(rect(-b, -b, t.width + 2.0 * b, t.height + 2.0 * b, p.primary));
    page.push(rect(-b, t.height * 0.72, t.width + 2.0 * b, mm(2.5), p.accent));
    let inner = t.inner();
    let mut y = t.margins[0] + mm(6.0);
    if let Some((tree, alt)) = input.logos.first() {
        let s = t.width * 0.22;
        page.push(Item::new(t.margins[3], y, Shape::Svg { tree: tree.clone(), w: s, h: s }, Role::Figure(alt.clone())));
        y += s + mm(12.0);
    }
    let title_id = cx.content.title.clone();
    let title = cx.text(&title_id);
    let style = Style::new(t.chapter.face, t.chapter.size * 1.5).bold().leading(1.15);
    let block = cx.fit(&title_id, &title, &style, inner, t.height * 0.3, t.chapter.size, "cover title")?;
    let h = block.height();
    page.push(in_lang(text(t.margins[3], y, block, Colour::WHITE, Role::Heading(1)), cx.value_lang(&title_id)));
    y += h + mm(6.0);
    if let Some(id) = input.headline {
        let head = cx.text(id);
        let block = cx.block(id, &head, &t.question.size(t.question.size * 1.2), &[], inner);
        page.push(in_lang(text(t.margins[3], y, block, Colour::WHITE, Role::Paragraph), cx.value_lang(id)));
    }
    Some(page)
}

fn back_cover(cx: &mut Ctx, t: &Theme, input: &HandbookInput) -> Page {
    let p = cx.palette;
    let mut page = t.page();
    let inner = t.inner();
    let mut y = t.height * 0.45;
    let contact = cx.content.label("contact", "Liên hệ").to_string();
    let h = cx.block("contact", &contact, &t.question, &[], inner);
    let hh = h.height();
    page.push(text(t.margins[3], y, h, p.primary, Role::Heading(2)));
    y += hh + mm(3.0);
    if let Some(id) = input.call_to_action {
        let cta = cx.text(id);
        let b = cx.block(id, &cta, &t.body.align(Align::Left), &[], inner);
        let bh = b.height();
        page.push(in_lang(text(t.margins[3], y, b, p.text, Role::Paragraph), cx.value_lang(id)));
        y += bh + mm(6.0);
    }
    if let Some(url) = cx.content.variables.get("portal-url").cloned() {
        let size = (t.width * 0.3).min(t.height - t.margins[2] - y);
        if size > mm(15.0)
            && let Ok(code) = qr(&url, size, Colour::BLACK)
        {
            let caption = cx.content.label("scan-for-more", "").to_string();
            page.push(Item::new(t.margins[3], y, code, Role::Figure(format!("{caption} {url}").trim().to_string())));
        }
    }
    page
}

/// The saddle-stitch edition: the pages two by two on A4 landscape sheets, printed both sides,
/// so that folding the stack in half gives the pages in order. Sheet `s` (0-based) of an `n`-page
/// book carries pages `n−2s | 2s+1` on its front and `2s+2 | n−2s−1` on its back (1-based).
pub fn impose(doc: &Doc) -> Doc {
    let n = doc.pages.len();
    let (w, h) = doc.pages.first().map_or((0.0, 0.0), |p| (p.width, p.height));
    let (sheet_w, sheet_h) = (mm(297.0), mm(210.0));
    let x0 = (sheet_w - 2.0 * w) / 2.0;
    let y0 = (sheet_h - h) / 2.0;
    let mut pages = Vec::new();
    for s in 0..n / 4 {
        for (left, right) in [(n - 2 * s, 2 * s + 1), (2 * s + 2, n - 2 * s - 1)] {
            let mut sheet = Page::new(sheet_w, sheet_h);
            for (page_no, dx) in [(left, x0), (right, x0 + w)] {
                let Some(src) = doc.pages.get(page_no - 1) else { continue };
                for item in &src.items {
                    if let Some(item) = clip(item, w, h) {
                        sheet.push(Item { x: item.x + dx, y: item.y + y0, ..item });
                    }
                }
            }
            pages.push(sheet);
        }
    }
    Doc { title: doc.title.clone(), lang: doc.lang.clone(), pages, outline: Vec::new() }
}

/// Keeps an item inside the trim of its page (backgrounds reach into the bleed).
fn clip(item: &Item, w: f32, h: f32) -> Option<Item> {
    match &item.shape {
        Shape::Rect { w: rw, h: rh, fill } => {
            let (x1, y1) = (item.x.max(0.0), item.y.max(0.0));
            let (x2, y2) = ((item.x + rw).min(w), (item.y + rh).min(h));
            (x2 > x1 && y2 > y1).then(|| Item { x: x1, y: y1, shape: Shape::Rect { w: x2 - x1, h: y2 - y1, fill: *fill }, ..item.clone() })
        }
        _ => Some(item.clone()),
    }
}
