//! What every product shares: the brand colours, setting a message as a text block (reporting
//! characters no font covers), fitting, and the problems a product reports.

use crate::doc::{Colour, Item, Role, Shape};
use loa_content::ResolvedContent;
use loa_text::{Block, Emphasis, FontBook, Overflow, Style};
use std::sync::Arc;

/// A problem found while laying out a product (turned into a located diagnostic by the caller).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub code: &'static str,
    pub message: String,
    pub hint: String,
}

/// The campaign's colours, with sensible defaults.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub primary: Colour,
    pub accent: Colour,
    pub text: Colour,
    pub muted: Colour,
}

impl Palette {
    pub fn from_brand(brand: &loa_campaign::Brand) -> Palette {
        let get = |name: &str| {
            brand.colours.iter().find(|(k, _)| k.get_ref() == name).map(|(_, c)| {
                let hex = c.srgb.get_ref().trim_start_matches('#');
                let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
                Colour::brand(*c.cmyk.get_ref(), [byte(0), byte(2), byte(4)])
            })
        };
        Palette {
            primary: get("primary").unwrap_or(Colour::brand([100.0, 60.0, 0.0, 10.0], [0x0b, 0x4f, 0x9c])),
            accent: get("accent").unwrap_or(Colour::brand([0.0, 24.0, 95.0, 0.0], [0xff, 0xc2, 0x0e])),
            text: Colour::BLACK,
            muted: Colour::GREY,
        }
    }
}

/// Laying out one product in one locale.
pub struct Ctx<'a> {
    pub fonts: &'a mut FontBook,
    pub content: &'a ResolvedContent,
    pub palette: Palette,
    /// e.g. `poster main`, for messages.
    pub product: String,
    pub problems: Vec<Problem>,
}

impl Ctx<'_> {
    pub fn lang(&self) -> &str {
        &self.content.locale
    }

    /// The locale of message `id`'s text when it came from another locale of the fallback chain
    /// (the tagged editions mark it, so that a screen reader reads it in that language).
    pub fn value_lang(&self, id: &str) -> Option<String> {
        lang_of(self.content, self.content.messages.get(id).and_then(|m| m.value.as_ref()))
    }

    /// Like [`Ctx::value_lang`], for an attribute (a question, a definition).
    pub fn attr_lang(&self, id: &str, attribute: &str) -> Option<String> {
        lang_of(self.content, self.content.messages.get(id).and_then(|m| m.attributes.get(attribute)))
    }

    /// Like [`Ctx::value_lang`], for a legal-basis line.
    pub fn citation_lang(&self, citation: &str) -> Option<String> {
        lang_of(self.content, self.content.facts.iter().filter_map(|f| f.citation.as_ref()).find(|t| t.text == citation))
    }

    /// Like [`Ctx::value_lang`], for a shared label.
    pub fn label_lang(&self, id: &str) -> Option<String> {
        lang_of(self.content, self.content.labels.get(id))
    }

    /// The text of message `id`, or a problem if it has none.
    pub fn text(&mut self, id: &str) -> String {
        match self.content.text(id) {
            Some(t) => t.to_string(),
            None => {
                self.problems.push(Problem {
                    code: "E0303",
                    message: format!("message `{id}` has no text in {} for the {}", self.content.locale, self.product),
                    hint: "give the message a value in the .ftl file".into(),
                });
                String::new()
            }
        }
    }

    /// The text of attribute `attribute` of message `id` (a question, a definition), or a problem.
    pub fn attr(&mut self, id: &str, attribute: &str) -> String {
        match self.content.attr(id, attribute) {
            Some(t) => t.to_string(),
            None => {
                self.problems.push(Problem {
                    code: "E0303",
                    message: format!("message `{id}` has no `.{attribute}` in {} for the {}", self.content.locale, self.product),
                    hint: format!("add a line `    .{attribute} = …` below the message in the .ftl file"),
                });
                String::new()
            }
        }
    }

    /// Sets `text` (from message `id`) at `width`; reports characters no vendored font covers.
    pub fn block(&mut self, id: &str, text: &str, style: &Style, emphasis: &[Emphasis], width: f32) -> Arc<Block> {
        let block = self.fonts.layout(text, style, emphasis, width);
        self.check_glyphs(id, &block);
        Arc::new(block)
    }

    /// Like [`Ctx::block`], stepping the size down to `floor` until it fits `height`; reports an
    /// overflow naming the message, the locale and the product.
    #[allow(clippy::too_many_arguments)]
    pub fn fit(&mut self, id: &str, text: &str, style: &Style, width: f32, height: f32, floor: f32, slot: &str) -> Option<Arc<Block>> {
        match self.fonts.fit(text, style, &[], width, height, floor) {
            Ok(b) => {
                self.check_glyphs(id, &b);
                Some(Arc::new(b))
            }
            Err(o) => {
                self.overflow(id, slot, &o);
                None
            }
        }
    }

    pub fn overflow(&mut self, id: &str, slot: &str, o: &Overflow) {
        self.problems.push(Problem {
            code: "E0301",
            message: format!(
                "message `{id}` ({}) does not fit the {} of the {}: it needs {:.0} mm at {:.0} pt, the box has {:.0} mm",
                self.content.locale,
                slot,
                self.product,
                o.needed * 25.4 / 72.0,
                o.size,
                o.available * 25.4 / 72.0
            ),
            hint: "shorten the text (an `.easy` wording is often shorter), or split it into two messages".into(),
        });
    }

    fn check_glyphs(&mut self, id: &str, block: &Block) {
        let missing = block.missing_glyphs();
        if !missing.is_empty() {
            let list: Vec<String> = missing.iter().map(|c| format!("“{c}” U+{:04X}", *c as u32)).collect();
            self.problems.push(Problem {
                code: "E0304",
                message: format!("message `{id}` ({}) has characters no font of Loa can print: {}", self.content.locale, list.join(", ")),
                hint: "check the text for stray symbols; scripts Loa prints: Latin (Vietnamese, Bru), Khmer, Cham, Tai Viet".into(),
            });
        }
    }
}

fn lang_of(content: &ResolvedContent, source: Option<&loa_content::Text>) -> Option<String> {
    source.filter(|t| t.locale != content.locale).map(|t| t.locale.clone())
}

/// `item`, marked as being in `lang`.
pub fn in_lang(mut item: Item, lang: Option<String>) -> Item {
    item.lang = lang;
    item
}

/// A text item.
pub fn text(x: f32, y: f32, block: Arc<Block>, fill: Colour, role: Role) -> Item {
    Item::new(x, y, Shape::Text { block, fill }, role)
}

/// A filled rectangle (decoration).
pub fn rect(x: f32, y: f32, w: f32, h: f32, fill: Colour) -> Item {
    Item::new(x, y, Shape::Rect { w, h, fill }, Role::Artifact)
}
