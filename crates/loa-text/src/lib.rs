//! Loa's text engine, shared by print and video. Only the fonts vendored in `assets/fonts` are
//! used (never system fonts), so output is the same on every machine. Text is shaped with mark
//! positioning (NFD Vietnamese and Bru `ŏ́` stack correctly), broken into lines by UAX #14 (Khmer at
//! dictionary word boundaries) and returned as positioned glyph runs that keep the text range of
//! every glyph, so PDFs extract back to the source text.

use parley::fontique::{Blob, Collection, CollectionOptions};
use parley::{
    Alignment, AlignmentOptions, FontContext, FontFamily, FontFamilyName, FontStyle, FontWeight, LayoutContext,
    LineHeight, PositionedLayoutItem, StyleProperty,
};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// One font file.
#[derive(Clone)]
pub struct FontFile {
    /// File name without extension, e.g. `NotoSans-Bold`.
    pub name: String,
    pub data: Arc<Vec<u8>>,
    pub index: u32,
}

impl std::fmt::Debug for FontFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFile").field("name", &self.name).field("bytes", &self.data.len()).finish()
    }
}

/// Type faces Loa sets text in. Every face falls back, by script, to the Khmer, Cham and Tai Viet
/// fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Face {
    /// Noto Sans: headings, posters, leaflets.
    Sans,
    /// Noto Serif: handbook body text.
    Serif,
    /// Andika: large print and easy-read (a literacy font).
    Easy,
}

const SCRIPT_FALLBACKS: [&str; 3] = ["Noto Sans Khmer", "Noto Sans Cham", "Noto Sans Tai Viet"];

impl Face {
    fn families(self) -> Vec<FontFamilyName<'static>> {
        let first: &[&'static str] = match self {
            Face::Sans => &["Noto Sans"],
            Face::Serif => &["Noto Serif"],
            Face::Easy => &["Andika", "Noto Sans"],
        };
        first.iter().chain(&SCRIPT_FALLBACKS).map(|n| FontFamilyName::Named(Cow::Borrowed(n))).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub face: Face,
    /// Font size in points.
    pub size: f32,
    pub bold: bool,
    pub italic: bool,
    /// Line height as a multiple of the size.
    pub leading: f32,
    pub align: Align,
}

impl Style {
    pub fn new(face: Face, size: f32) -> Style {
        Style { face, size, bold: false, italic: false, leading: 1.3, align: Align::Left }
    }
    pub fn bold(mut self) -> Style {
        self.bold = true;
        self
    }
    pub fn italic(mut self) -> Style {
        self.italic = true;
        self
    }
    pub fn leading(mut self, leading: f32) -> Style {
        self.leading = leading;
        self
    }
    pub fn align(mut self, align: Align) -> Style {
        self.align = align;
        self
    }
    pub fn size(mut self, size: f32) -> Style {
        self.size = size;
        self
    }
}

/// A part of a paragraph set differently (e.g. a bold label before the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Emphasis {
    pub range: Range<usize>,
    pub bold: bool,
    pub italic: bool,
}

/// One glyph, positioned relative to the block's top-left corner (y is the baseline).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub x: f32,
    pub y: f32,
    pub advance: f32,
    /// The bytes of the block's text this glyph shows (shared by all glyphs of a cluster).
    pub text: Range<usize>,
}

/// Consecutive glyphs in one font and size.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Index into [`FontBook::files`].
    pub font: usize,
    pub size: f32,
    pub glyphs: Vec<Glyph>,
}

/// One line: its box (top, bottom) and baseline, relative to the block's top.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub top: f32,
    pub bottom: f32,
    pub baseline: f32,
    pub runs: Vec<Run>,
    /// The text this line shows.
    pub text: Range<usize>,
}

/// A laid-out paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: Arc<str>,
    pub style: Style,
    /// The width it was set to.
    pub width: f32,
    pub lines: Vec<Line>,
}

impl Block {
    /// Height from the top of the first line to the bottom of the last.
    pub fn height(&self) -> f32 {
        self.lines.last().map_or(0.0, |l| l.bottom) - self.lines.first().map_or(0.0, |l| l.top)
    }

    /// Lines `range`, moved up so that the first starts at 0 (for splitting across pages).
    pub fn slice(&self, range: Range<usize>) -> Block {
        let lines = &self.lines[range];
        let dy = lines.first().map_or(0.0, |l| l.top);
        let lines = lines
            .iter()
            .map(|l| Line {
                top: l.top - dy,
                bottom: l.bottom - dy,
                baseline: l.baseline - dy,
                runs: l
                    .runs
                    .iter()
                    .map(|r| Run { glyphs: r.glyphs.iter().map(|g| Glyph { y: g.y - dy, ..g.clone() }).collect(), ..r.clone() })
                    .collect(),
                text: l.text.clone(),
            })
            .collect();
        Block { text: self.text.clone(), style: self.style, width: self.width, lines }
    }

    /// Characters no font has a glyph for (they would print as empty boxes).
    pub fn missing_glyphs(&self) -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for g in self.lines.iter().flat_map(|l| &l.runs).flat_map(|r| &r.glyphs) {
            if g.id == 0 {
                for c in self.text.get(g.text.clone()).unwrap_or("").chars() {
                    if !c.is_whitespace() && !out.contains(&c) {
                        out.push(c);
                    }
                }
            }
        }
        out
    }

    /// The widest line, from its first to its last inked glyph (spaces at the ends do not count).
    pub fn content_width(&self) -> f32 {
        let inked = |g: &&Glyph| self.text.get(g.text.clone()).is_some_and(|t| !t.trim().is_empty());
        self.lines
            .iter()
            .filter_map(|l| {
                let mut glyphs = l.runs.iter().flat_map(|r| &r.glyphs).filter(inked);
                let first = glyphs.next()?;
                let last = glyphs.next_back().unwrap_or(first);
                Some(last.x + last.advance - first.x)
            })
            .fold(0.0, f32::max)
    }
}

/// Text did not fit its box even at the smallest allowed size.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    /// The smallest size tried.
    pub size: f32,
    /// The height the text needed at that size, and the height available.
    pub needed: f32,
    pub available: f32,
}

/// The vendored fonts and the layout machinery.
pub struct FontBook {
    files: Vec<FontFile>,
    by_blob: HashMap<u64, usize>,
    fonts: FontContext,
    layouts: LayoutContext<()>,
}

impl FontBook {
    /// Loads every `.ttf`/`.otf` in `dir` (sorted by name, for determinism).
    pub fn load(dir: &Path) -> Result<FontBook, String> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read the font folder {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ttf" || x == "otf"))
            .collect();
        paths.sort();
        // Only fonts inside the folder: a link leading elsewhere is refused, not read.
        let root = std::fs::canonicalize(dir).map_err(|e| format!("cannot read the font folder {}: {e}", dir.display()))?;
        let mut files = Vec::new();
        for p in paths {
            if !std::fs::canonicalize(&p).is_ok_and(|c| c.starts_with(&root)) {
                return Err(format!("{} is a link that leads outside the font folder", p.display()));
            }
            let data = std::fs::read(&p).map_err(|e| format!("cannot read font {}: {e}", p.display()))?;
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            files.push((name, data));
        }
        FontBook::from_files(files)
    }

    /// Builds a font book from `(name, bytes)` pairs.
    pub fn from_files(list: Vec<(String, Vec<u8>)>) -> Result<FontBook, String> {
        let mut collection = Collection::new(CollectionOptions { shared: false, system_fonts: false });
        let mut files = Vec::new();
        let mut by_blob = HashMap::new();
        for (name, data) in list {
            let data = Arc::new(data);
            let blob = Blob::new(data.clone());
            let registered = collection.register_fonts(blob.clone(), None);
            if registered.is_empty() {
                return Err(format!("{name} is not a font Loa can read"));
            }
            by_blob.insert(blob.id(), files.len());
            files.push(FontFile { name, data, index: 0 });
        }
        if files.is_empty() {
            return Err("no fonts found".into());
        }
        let fonts = FontContext { collection, source_cache: Default::default() };
        Ok(FontBook { files, by_blob, fonts, layouts: LayoutContext::new() })
    }

    pub fn files(&self) -> &[FontFile] {
        &self.files
    }

    /// Lays out `text` in lines no wider than `width` points. The text is set in NFC, so that what
    /// a PDF extracts back is NFC whatever the input; marks without a precomposed form (Bru `ŏ́`)
    /// stay separate and are positioned by the font.
    pub fn layout(&mut self, text: &str, style: &Style, emphasis: &[Emphasis], width: f32) -> Block {
        use unicode_normalization::{UnicodeNormalization, is_nfc};
        if !is_nfc(text) {
            // Emphasis ranges refer to the input; they are dropped rather than misplaced.
            let nfc: String = text.nfc().collect();
            return self.layout(&nfc, style, &[], width);
        }
        let families = style.face.families();
        let mut builder = self.layouts.ranged_builder(&mut self.fonts, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::List(Cow::Owned(families))));
        builder.push_default(StyleProperty::FontSize(style.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(style.leading)));
        builder.push_default(StyleProperty::FontWeight(if style.bold { FontWeight::BOLD } else { FontWeight::NORMAL }));
        builder.push_default(StyleProperty::FontStyle(if style.italic { FontStyle::Italic } else { FontStyle::Normal }));
        for e in emphasis {
            if e.bold {
                builder.push(StyleProperty::FontWeight(FontWeight::BOLD), e.range.clone());
            }
            if e.italic {
                builder.push(StyleProperty::FontStyle(FontStyle::Italic), e.range.clone());
            }
        }
        let mut layout = builder.build(text);
        layout.break_all_lines(Some(width));
        let align = match style.align {
            Align::Left => Alignment::Left,
            Align::Center => Alignment::Center,
            Align::Right => Alignment::Right,
            Align::Justify => Alignment::Justify,
        };
        layout.align(align, AlignmentOptions::default());

        let mut lines = Vec::new();
        for line in layout.lines() {
            let m = line.metrics();
            let mut runs: Vec<Run> = Vec::new();
            for item in line.items() {
                let PositionedLayoutItem::GlyphRun(gr) = item else { continue };
                let run = gr.run();
                let font = self.by_blob.get(&run.font().data.id()).copied().unwrap_or(0);
                // Text ranges per glyph, from the run's clusters in visual order.
                let mut ranges: Vec<Range<usize>> = Vec::new();
                for cluster in run.visual_clusters() {
                    let n = cluster.glyphs().count();
                    if n == 0
                        && let Some(last) = ranges.last_mut()
                    {
                        let r = cluster.text_range();
                        last.start = last.start.min(r.start);
                        last.end = last.end.max(r.end);
                    }
                    ranges.extend(std::iter::repeat_n(cluster.text_range(), n));
                }
                let glyphs: Vec<Glyph> = gr
                    .positioned_glyphs()
                    .enumerate()
                    .map(|(i, g)| Glyph {
                        id: u16::try_from(g.id).unwrap_or(0),
                        x: g.x,
                        y: g.y,
                        advance: g.advance,
                        text: ranges.get(i).cloned().unwrap_or(0..0),
                    })
                    .collect();
                runs.push(Run { font, size: run.font_size(), glyphs });
            }
            lines.push(Line {
                top: m.block_min_coord,
                bottom: m.block_max_coord,
                baseline: m.baseline,
                runs,
                text: line.text_range(),
            });
        }
        Block { text: Arc::from(text), style: *style, width, lines }
    }

    /// Lays out `text` in a `width` × `height` box, stepping the size down (by 4 % each time) from
    /// `style.size` to `floor` until it fits.
    pub fn fit(&mut self, text: &str, style: &Style, emphasis: &[Emphasis], width: f32, height: f32, floor: f32) -> Result<Block, Overflow> {
        let mut size = style.size;
        loop {
            let block = self.layout(text, &style.size(size), emphasis, width);
            let too_wide = block.content_width() > width + 0.01;
            if block.height() <= height && !too_wide {
                return Ok(block);
            }
            if size <= floor {
                return Err(Overflow { size, needed: block.height(), available: height });
            }
            size = (size * 0.96).max(floor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> FontBook {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
        FontBook::load(&dir).expect("vendored fonts")
    }

    fn text_of(b: &Block) -> String {
        // Rebuild the text from glyph ranges, cluster by cluster.
        let mut out = String::new();
        let mut last: Option<Range<usize>> = None;
        for g in b.lines.iter().flat_map(|l| &l.runs).flat_map(|r| &r.glyphs) {
            if last.as_ref() != Some(&g.text) {
                out.push_str(&b.text[g.text.clone()]);
                last = Some(g.text.clone());
            }
        }
        out
    }

    #[test]
    fn shapes_vietnamese_with_the_vendored_fonts_only() {
        let mut fb = book();
        let b = fb.layout("Quyền tiếp cận thông tin", &Style::new(Face::Sans, 12.0), &[], 500.0);
        assert_eq!(b.lines.len(), 1);
        assert!(b.missing_glyphs().is_empty());
        let font = &fb.files()[b.lines[0].runs[0].font];
        assert_eq!(font.name, "NotoSans-Regular");
        assert_eq!(text_of(&b).replace(' ', ""), "Quyềntiếpcậnthôngtin");
    }

    #[test]
    fn decomposed_marks_are_positioned_not_missing() {
        let mut fb = book();
        // NFD "ệ" and Bru ŏ́ (no precomposed form): the marks get their own glyphs, stacked by GPOS.
        let b = fb.layout("Vie\u{323}\u{302}t ŏ\u{301}", &Style::new(Face::Sans, 20.0), &[], 500.0);
        assert!(b.missing_glyphs().is_empty(), "{:?}", b.missing_glyphs());
        let glyphs: Vec<&Glyph> = b.lines[0].runs.iter().flat_map(|r| &r.glyphs).collect();
        // The acute over ŏ sits above the base glyph, not after it.
        let acute = glyphs.iter().rev().find(|g| b.text[g.text.clone()].contains('\u{301}')).expect("acute");
        let base = glyphs.iter().rev().find(|g| g.advance > 0.0 && b.text[g.text.clone()].contains('ŏ')).expect("base");
        assert!(acute.x < base.x + base.advance, "mark drawn over its base");
    }

    #[test]
    fn khmer_falls_back_and_breaks_between_words() {
        let mut fb = book();
        let text = "ភាសាខ្មែរគឺជាភាសាកំណើតរបស់ជនជាតិខ្មែរនិងជាភាសាផ្លូវការរបស់ប្រទេសកម្ពុជា";
        let b = fb.layout(text, &Style::new(Face::Sans, 14.0), &[], 120.0);
        assert!(b.lines.len() > 1, "wrapped without spaces");
        assert!(b.missing_glyphs().is_empty());
        assert!(b.lines[0].runs.iter().all(|r| fb.files()[r.font].name.starts_with("NotoSansKhmer")));
    }

    #[test]
    fn fit_steps_down_then_reports_overflow() {
        let mut fb = book();
        let style = Style::new(Face::Sans, 40.0).bold();
        let ok = fb.fit("Bạn có quyền được biết", &style, &[], 200.0, 120.0, 20.0).expect("fits");
        assert!(ok.style.size < 40.0 && ok.style.size >= 20.0);
        let err = fb.fit(&"Bạn có quyền được biết ".repeat(20), &style, &[], 200.0, 60.0, 20.0);
        assert!(matches!(err, Err(Overflow { size, .. }) if size == 20.0));
    }

    #[test]
    fn justified_lines_fill_the_width() {
        let mut fb = book();
        let text = "Mọi công dân đều có quyền yêu cầu cơ quan nhà nước cung cấp thông tin. ".repeat(4);
        let b = fb.layout(text.trim_end(), &Style::new(Face::Serif, 10.0).align(Align::Justify), &[], 200.0);
        let inked = |g: &&Glyph| !b.text[g.text.clone()].trim().is_empty();
        let w = b.lines[0].runs.iter().flat_map(|r| &r.glyphs).filter(inked).map(|g| g.x + g.advance).fold(0.0, f32::max);
        assert!((w - 200.0).abs() < 1.0, "first line ends at {w}");
    }
}
