//! Writing a [`Doc`] as PDF with krilla. Press documents get TrimBox/BleedBox, crop marks and fold
//! marks in the registration colour and CMYK fills; accessible documents are tagged and validated
//! as PDF/UA-1 by krilla at export. No dates are written, so the bytes depend only on the input.

use crate::doc::{Bookmark, Colour, Doc, Item, Page, Role, Shape};
use krilla::color::{cmyk, separation};
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{Path, PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::{Fill, Paint, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use krilla_svg::{SurfaceExt, SvgSettings};
use loa_text::FontFile;
use std::collections::HashMap;
use std::num::NonZeroU16;

/// Which kind of PDF to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// For the press: boxes, marks, CMYK.
    Press,
    /// Tagged PDF/UA-1 for screen readers (no marks).
    Accessible,
}

fn paint(c: Colour) -> Paint {
    if c.registration {
        let space = separation::SeparationSpace::new(
            separation::SeparationColorant::AllColorants,
            cmyk::Color::new(255, 255, 255, 255).into(),
        );
        let colour: krilla::color::Color = separation::Color::new(255, space).into();
        colour.into()
    } else {
        let [c, m, y, k] = c.cmyk.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8);
        cmyk::Color::new(c, m, y, k).into()
    }
}

fn fill(c: Colour) -> Fill {
    Fill { paint: paint(c), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Option<Path> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, y, w, h)?);
    pb.finish()
}

struct Writer<'a> {
    fonts: &'a [FontFile],
    cache: HashMap<usize, Font>,
}

impl Writer<'_> {
    fn font(&mut self, i: usize) -> Option<Font> {
        if let Some(f) = self.cache.get(&i) {
            return Some(f.clone());
        }
        let file = self.fonts.get(i)?;
        let font = Font::new(file.data.as_ref().clone().into(), file.index)?;
        self.cache.insert(i, font.clone());
        Some(font)
    }

    /// Draws one item; text is drawn line by line, each line inside `tag` when tagging.
    fn draw(&mut self, s: &mut Surface, item: &Item, mut tag: impl FnMut(&mut Surface, bool) -> Option<Identifier>, ids: &mut Vec<Identifier>) {
        s.push_transform(&Transform::from_translate(item.x, item.y));
        match &item.shape {
            Shape::Rect { w, h, fill: c } => {
                let id = tag(s, false);
                if let Some(p) = rect_path(0.0, 0.0, *w, *h) {
                    s.set_stroke(None);
                    s.set_fill(Some(fill(*c)));
                    s.draw_path(&p);
                }
                end(s, id, ids);
            }
            Shape::Line { dx, dy, width, colour } => {
                let id = tag(s, false);
                let mut pb = PathBuilder::new();
                pb.move_to(0.0, 0.0);
                pb.line_to(*dx, *dy);
                if let Some(p) = pb.finish() {
                    s.set_fill(None);
                    s.set_stroke(Some(Stroke { paint: paint(*colour), width: *width, ..Default::default() }));
                    s.draw_path(&p);
                    s.set_stroke(None);
                }
                end(s, id, ids);
            }
            Shape::Text { block, fill: c } => {
                s.set_stroke(None);
                s.set_fill(Some(fill(*c)));
                for line in &block.lines {
                    let id = tag(s, true);
                    for run in &line.runs {
                        let (Some(first), Some(font)) = (run.glyphs.first(), self.font(run.font)) else { continue };
                        let origin = Point::from_xy(first.x, line.baseline);
                        let glyphs: Vec<KrillaGlyph> = run
                            .glyphs
                            .iter()
                            .enumerate()
                            .map(|(i, g)| {
                                // Absolute positions become advances between neighbours, so
                                // justification and mark offsets land exactly where parley put them.
                                let next_x = run.glyphs.get(i + 1).map_or(g.x + g.advance, |n| n.x);
                                KrillaGlyph::new(
                                    GlyphId::new(u32::from(g.id)),
                                    (next_x - g.x) / run.size,
                                    0.0,
                                    // krilla's y offset points up, parley's y down.
                                    -(g.y - line.baseline) / run.size,
                                    0.0,
                                    g.text.clone(),
                                    None,
                                )
                            })
                            .collect();
                        s.draw_glyphs(origin, &glyphs, font, &block.text, run.size, false);
                    }
                    end(s, id, ids);
                }
            }
            Shape::Svg { tree, w, h } => {
                let id = tag(s, false);
                if let Some(size) = Size::from_wh(*w, *h) {
                    s.draw_svg(tree, size, SvgSettings::default());
                }
                end(s, id, ids);
            }
            Shape::Qr { modules, n, size, fill: c } => {
                let id = tag(s, false);
                let m = size / *n as f32;
                let mut pb = PathBuilder::new();
                for (i, dark) in modules.iter().enumerate() {
                    if *dark && let Some(r) = Rect::from_xywh((i % n) as f32 * m, (i / n) as f32 * m, m, m) {
                        pb.push_rect(r);
                    }
                }
                if let Some(p) = pb.finish() {
                    s.set_stroke(None);
                    s.set_fill(Some(fill(*c)));
                    s.draw_path(&p);
                }
                end(s, id, ids);
            }
        }
        s.pop();
    }
}

fn end(s: &mut Surface, id: Option<Identifier>, ids: &mut Vec<Identifier>) {
    if let Some(id) = id {
        s.end_tagged();
        ids.push(id);
    }
}

/// Crop marks at the four trim corners (outside the bleed) and fold marks, in registration colour.
fn marks(page: &Page) -> Vec<Item> {
    let (w, h, b) = (page.width, page.height, page.bleed);
    let gap = b + crate::doc::mm(1.0);
    let len = page.slug - crate::doc::mm(2.0);
    let line = |x: f32, y: f32, dx: f32, dy: f32| {
        Item::new(x, y, Shape::Line { dx, dy, width: 0.25, colour: Colour::REGISTRATION }, Role::Artifact)
    };
    let mut v = Vec::new();
    for (cx, sx) in [(0.0, -1.0), (w, 1.0)] {
        for (cy, sy) in [(0.0, -1.0), (h, 1.0)] {
            v.push(line(cx + sx * gap, cy, sx * len, 0.0));
            v.push(line(cx, cy + sy * gap, 0.0, sy * len));
        }
    }
    for &x in &page.folds {
        v.push(line(x, -gap, 0.0, -len));
        v.push(line(x, h + gap, 0.0, len));
    }
    v
}

fn outline_node(b: &Bookmark, margin: &[f32]) -> OutlineNode {
    let m = margin.get(b.page).copied().unwrap_or(0.0);
    let mut node = OutlineNode::new(b.title.clone(), XyzDestination::new(b.page, Point::from_xy(m, b.y + m)));
    for c in &b.children {
        node.push_child(outline_node(c, margin));
    }
    node
}

/// Writes `doc` as PDF bytes.
pub fn pdf(doc: &Doc, fonts: &[FontFile], kind: Kind) -> Result<Vec<u8>, String> {
    let tagged = kind == Kind::Accessible;
    let mut settings = SerializeSettings { enable_tagging: tagged, xmp_metadata: tagged, ..Default::default() };
    if tagged {
        settings.configuration = ConfigurationBuilder::new()
            .with_accessibility_validator(Accessibility::UA1)
            .finish()
            .map_err(|e| format!("{e:?}"))?;
    }
    let mut document = Document::new_with(settings);
    let mut writer = Writer { fonts, cache: HashMap::new() };
    let mut tree = TagTree::new().with_lang(Some(doc.lang.clone()));
    // Structure elements being filled: (role, key, group).
    let mut open: Vec<(Role, u32, TagGroup)> = Vec::new();
    let mut list: Option<TagGroup> = None;

    for page in &doc.pages {
        let m = page.margin();
        let media = Size::from_wh(page.width + 2.0 * m, page.height + 2.0 * m).ok_or("empty page")?;
        let trim = Rect::from_xywh(m, m, page.width, page.height);
        let bleed = Rect::from_xywh(m - page.bleed, m - page.bleed, page.width + 2.0 * page.bleed, page.height + 2.0 * page.bleed);
        let mut ps = PageSettings::new(media).with_trim_box(trim).with_bleed_box(bleed);
        // Page labels: the printed number (each page carries its own, or the count restarts).
        if let Some(n) = page.label.as_deref().and_then(|l| l.parse::<u32>().ok()).and_then(std::num::NonZeroU32::new) {
            ps = ps.with_page_label(PageLabel::new(Some(NumberingStyle::Arabic), None, Some(n)));
        }
        let mut p = document.start_page_with(ps);
        let mut s = p.surface();
        s.push_transform(&Transform::from_translate(m, m));
        let mut all: Vec<&Item> = page.items.iter().collect();
        let extra = if kind == Kind::Press && page.slug > 0.0 { marks(page) } else { Vec::new() };
        all.extend(&extra);
        for item in all {
            let mut ids = Vec::new();
            let lang = item.lang.clone();
            let role = item.role.clone();
            writer.draw(
                &mut s,
                item,
                |s, text| {
                    if !tagged {
                        return None;
                    }
                    Some(match (&role, text) {
                        (Role::Artifact, _) => s.start_tagged(ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None))),
                        (_, true) => s.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(lang.as_deref()))),
                        (_, false) => s.start_tagged(ContentTag::Other),
                    })
                },
                &mut ids,
            );
            if !tagged || item.role == Role::Artifact {
                continue;
            }
            // Attach the identifiers: to the open element of the same role and key, or a new one.
            let same = open.last().is_some_and(|(r, k, _)| *r == item.role && *k == item.key && item.key != 0);
            if !same {
                close(&mut open, &mut list, &mut tree);
                let group = match &item.role {
                    Role::Heading(n) => {
                        let title = text_of(item);
                        TagGroup::new(Tag::Hn(NonZeroU16::new(u16::from((*n).max(1))).unwrap_or(NonZeroU16::MIN), Some(title)))
                    }
                    Role::Paragraph | Role::ListItem => TagGroup::new(Tag::P),
                    Role::Figure(alt) => TagGroup::new(Tag::Figure(Some(alt.clone()))),
                    Role::Artifact => continue,
                };
                open.push((item.role.clone(), item.key, group));
            }
            if let Some((_, _, g)) = open.last_mut() {
                for id in ids {
                    g.push(id);
                }
            }
        }
        s.pop();
        s.finish();
        p.finish();
    }
    close(&mut open, &mut list, &mut tree);
    if let Some(l) = list.take() {
        tree.push(l);
    }
    if tagged {
        document.set_tag_tree(tree);
    }
    let margins: Vec<f32> = doc.pages.iter().map(Page::margin).collect();
    let mut outline = Outline::new();
    for b in &doc.outline {
        outline.push_child(outline_node(b, &margins));
    }
    document.set_outline(outline);
    document.set_metadata(Metadata::new().title(doc.title.clone()).language(doc.lang.clone()));
    document.finish().map_err(|e| format!("{e:?}"))
}

fn text_of(item: &Item) -> String {
    match &item.shape {
        Shape::Text { block, .. } => block.text.to_string(),
        _ => String::new(),
    }
}

/// Moves finished structure elements into the tree; list items gather into one list.
fn close(open: &mut Vec<(Role, u32, TagGroup)>, list: &mut Option<TagGroup>, tree: &mut TagTree) {
    for (role, _, group) in open.drain(..) {
        if role == Role::ListItem {
            let mut body = TagGroup::new(Tag::LBody);
            body.push(group);
            let mut li = TagGroup::new(Tag::LI);
            li.push(body);
            list.get_or_insert_with(|| TagGroup::new(Tag::L(ListNumbering::Disc))).push(li);
        } else {
            if let Some(l) = list.take() {
                tree.push(l);
            }
            tree.push(group);
        }
    }
}
