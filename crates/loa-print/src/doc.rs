//! The page display list: what every product lays out and every writer (press PDF, tagged PDF,
//! imposed PDF, PNG preview) draws. Coordinates are points, y down, origin at the trim box's
//! top-left corner; items may reach into the bleed (negative or beyond the trim size).

use loa_text::Block;
use std::sync::Arc;

/// Millimetres to points.
pub const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// A colour for the press (CMYK, 0–1) with its screen equivalent for previews.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour {
    pub cmyk: [f32; 4],
    pub rgb: [u8; 3],
    /// The registration colour (all separations) used for crop and fold marks.
    pub registration: bool,
}

impl Colour {
    /// A brand colour given in both spaces (CMYK in percent).
    pub fn brand(cmyk_percent: [f64; 4], rgb: [u8; 3]) -> Colour {
        Colour { cmyk: cmyk_percent.map(|v| (v / 100.0).clamp(0.0, 1.0) as f32), rgb, registration: false }
    }
    pub const BLACK: Colour = Colour { cmyk: [0.0, 0.0, 0.0, 1.0], rgb: [0x1a, 0x1a, 0x1a], registration: false };
    pub const WHITE: Colour = Colour { cmyk: [0.0, 0.0, 0.0, 0.0], rgb: [0xff, 0xff, 0xff], registration: false };
    /// Rich grey for secondary text (K 70 %).
    pub const GREY: Colour = Colour { cmyk: [0.0, 0.0, 0.0, 0.7], rgb: [0x59, 0x59, 0x59], registration: false };
    pub const REGISTRATION: Colour = Colour { cmyk: [1.0, 1.0, 1.0, 1.0], rgb: [0, 0, 0], registration: true };
}

/// What an item is, for the accessible (tagged) editions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Decoration, running footers, marks: not read out.
    Artifact,
    Heading(u8),
    Paragraph,
    /// An item of a list; consecutive list items form one list.
    ListItem,
    /// A picture with its alternative text.
    Figure(String),
}

#[derive(Debug, Clone)]
pub enum Shape {
    Rect { w: f32, h: f32, fill: Colour },
    Line { dx: f32, dy: f32, width: f32, colour: Colour },
    Text { block: Arc<Block>, fill: Colour },
    Svg { tree: Arc<usvg::Tree>, w: f32, h: f32 },
    /// A QR code: `n` × `n` modules, dark where true, drawn as vector squares.
    Qr { modules: Arc<Vec<bool>>, n: usize, size: f32, fill: Colour },
}

/// A shape at a place, with its role and language.
#[derive(Debug, Clone)]
pub struct Item {
    pub x: f32,
    pub y: f32,
    pub shape: Shape,
    pub role: Role,
    /// Items with the same key and role form one structure element (a paragraph split across
    /// columns or pages).
    pub key: u32,
    /// BCP 47 language of the text, when it differs from the document's.
    pub lang: Option<String>,
}

impl Item {
    pub fn new(x: f32, y: f32, shape: Shape, role: Role) -> Item {
        Item { x, y, shape, role, key: 0, lang: None }
    }
}

/// One page. `bleed` and `slug` (room for marks) are 0 for screen editions.
#[derive(Debug, Clone)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub bleed: f32,
    pub slug: f32,
    pub items: Vec<Item>,
    /// x positions of folds (leaflets), marked outside the trim.
    pub folds: Vec<f32>,
    /// The printed page number or label, for the PDF's page labels.
    pub label: Option<String>,
}

impl Page {
    pub fn new(width: f32, height: f32) -> Page {
        Page { width, height, bleed: 0.0, slug: 0.0, items: Vec::new(), folds: Vec::new(), label: None }
    }

    /// A press page: 3 mm bleed and room for crop marks.
    pub fn press(width: f32, height: f32) -> Page {
        Page { bleed: mm(3.0), slug: mm(10.0), ..Page::new(width, height) }
    }

    pub fn push(&mut self, item: Item) {
        self.items.push(item);
    }

    /// Offset of the trim box inside the media box.
    pub fn margin(&self) -> f32 {
        self.bleed + self.slug
    }
}

/// An entry of the PDF outline (bookmarks).
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    /// 0-based page index.
    pub page: usize,
    pub y: f32,
    pub children: Vec<Bookmark>,
}

/// A document to write.
#[derive(Debug, Clone)]
pub struct Doc {
    pub title: String,
    pub lang: String,
    pub pages: Vec<Page>,
    pub outline: Vec<Bookmark>,
}
