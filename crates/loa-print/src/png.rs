//! PNG previews: a page's trim area rasterised with tiny-skia — glyph outlines from the same fonts
//! and positions as the PDF, SVG artwork through resvg.

use crate::doc::{Colour, Page, Shape};
use loa_text::FontFile;
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

struct Outline(PathBuilder);

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, -y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, -y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, -y1, x, -y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, -y1, x2, -y2, x, -y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

fn paint(c: Colour) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.rgb[0], c.rgb[1], c.rgb[2], 255);
    p.anti_alias = true;
    p
}

/// Renders the trim area of `page` at `dpi` into PNG bytes.
pub fn png(page: &Page, fonts: &[FontFile], dpi: f32) -> Result<Vec<u8>, String> {
    let scale = dpi / 72.0;
    let w = (page.width * scale).round().max(1.0) as u32;
    let h = (page.height * scale).round().max(1.0) as u32;
    let mut pixmap = Pixmap::new(w, h).ok_or("page too large to preview")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let faces: Vec<Option<ttf_parser::Face>> =
        fonts.iter().map(|f| ttf_parser::Face::parse(&f.data, f.index).ok()).collect();
    let base = Transform::from_scale(scale, scale);
    for item in &page.items {
        let at = base.pre_translate(item.x, item.y);
        match &item.shape {
            Shape::Rect { w, h, fill } => {
                if let Some(r) = Rect::from_xywh(0.0, 0.0, *w, *h) {
                    pixmap.fill_rect(r, &paint(*fill), at, None);
                }
            }
            Shape::Line { dx, dy, width, colour } => {
                let mut pb = PathBuilder::new();
                pb.move_to(0.0, 0.0);
                pb.line_to(*dx, *dy);
                if let Some(path) = pb.finish() {
                    let stroke = Stroke { width: *width, ..Stroke::default() };
                    pixmap.stroke_path(&path, &paint(*colour), &stroke, at, None);
                }
            }
            Shape::Text { block, fill } => {
                for run in block.lines.iter().flat_map(|l| &l.runs) {
                    let Some(Some(face)) = faces.get(run.font) else { continue };
                    let k = run.size / f32::from(face.units_per_em());
                    for g in &run.glyphs {
                        let mut outline = Outline(PathBuilder::new());
                        if face.outline_glyph(ttf_parser::GlyphId(g.id), &mut outline).is_none() {
                            continue;
                        }
                        if let Some(path) = outline.0.finish() {
                            let t = at.pre_translate(g.x, g.y).pre_scale(k, k);
                            pixmap.fill_path(&path, &paint(*fill), FillRule::Winding, t, None);
                        }
                    }
                }
            }
            Shape::Svg { tree, w, h } => {
                let size = tree.size();
                let t = at.pre_scale(w / size.width(), h / size.height());
                resvg::render(tree, t, &mut pixmap.as_mut());
            }
            Shape::Qr { modules, n, size, fill } => {
                let m = size / *n as f32;
                for (i, dark) in modules.iter().enumerate() {
                    if *dark && let Some(r) = Rect::from_xywh((i % n) as f32 * m, (i / n) as f32 * m, m, m) {
                        pixmap.fill_rect(r, &paint(*fill), at, None);
                    }
                }
            }
        }
    }
    encode(&pixmap)
}

/// RGB PNG with fast compression: previews are many and large, deflate dominated the build.
fn encode(pixmap: &Pixmap) -> Result<Vec<u8>, String> {
    let rgb: Vec<u8> = pixmap.data().chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    let mut writer = enc.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}
