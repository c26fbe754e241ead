//! Framing a still for a motion poster: the whole picture, never cropped (a poster cut at its
//! edges loses words), scaled to fit the frame above a band kept free for the subtitles, centred
//! on a plain background — so the subtitles never sit on the poster's own text.

use tiny_skia::{Color, FilterQuality, IntSize, Pixmap, PixmapPaint, Transform};

use crate::Size;

/// Share of the frame height kept free under the picture for two subtitle lines.
pub const SUBTITLE_BAND: f64 = 0.2;

/// Most pixels of a still (a motion poster's picture), read from its PNG header before it is
/// decoded. 50 megapixels is far more than a 1080 × 1920 frame needs (2 MP) and than a phone
/// photo has (12–48 MP); decoding takes 4 bytes a pixel (200 MB at the limit).
pub const MAX_STILL_PIXELS: u64 = 50_000_000;

/// Width and height a PNG declares in its `IHDR` chunk, if it starts like a PNG.
pub fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") || png.get(12..16) != Some(b"IHDR") {
        return None;
    }
    let w = u32::from_be_bytes(png.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(png.get(20..24)?.try_into().ok()?);
    Some((w, h))
}

/// `png` fitted into `size` above a band of `band` × height, on `background` (sRGB), as a PNG.
pub fn frame(png: &[u8], size: Size, band: f64, background: [u8; 3]) -> Result<Vec<u8>, String> {
    let mut src = Pixmap::decode_png(png).map_err(|e| format!("the still is not a PNG Loa can read ({e})"))?;
    let mut canvas = Pixmap::new(size.width, size.height).ok_or("the video size is not usable")?;
    canvas.fill(Color::from_rgba8(background[0], background[1], background[2], 255));
    let area_h = f64::from(size.height) * (1.0 - band.clamp(0.0, 0.9));
    let scale = (f64::from(size.width) / f64::from(src.width())).min(area_h / f64::from(src.height()));
    // Halve first while the picture is more than twice too big: one bicubic step from far
    // above would skip pixels and make small text shimmer.
    let target_w = f64::from(src.width()) * scale;
    let (mut w, mut h) = (f64::from(src.width()), f64::from(src.height()));
    while target_w * 2.0 < w && src.width() > 2 && src.height() > 2 {
        let (hw, hh) = (src.width() / 2, src.height() / 2);
        let mut half = Pixmap::new(hw, hh).ok_or("the still is too small")?;
        let paint = PixmapPaint { quality: FilterQuality::Bilinear, ..PixmapPaint::default() };
        half.draw_pixmap(0, 0, src.as_ref(), &paint, Transform::from_scale(hw as f32 / src.width() as f32, hh as f32 / src.height() as f32), None);
        src = half;
        w = f64::from(src.width());
        h = f64::from(src.height());
    }
    let s = (f64::from(size.width) / w).min(area_h / h);
    let (dw, dh) = (w * s, h * s);
    let (x, y) = ((f64::from(size.width) - dw) / 2.0, (area_h - dh) / 2.0);
    let paint = PixmapPaint { quality: FilterQuality::Bicubic, ..PixmapPaint::default() };
    canvas.draw_pixmap(0, 0, src.as_ref(), &paint, Transform::from_row(s as f32, 0.0, 0.0, s as f32, x as f32, y as f32), None);
    // Opaque RGB: no alpha channel for the encoder to drop.
    let rgb: Vec<u8> = canvas.data().chunks_exact(4).flat_map(|p| [p[0], p[1], p[2], 255]).collect();
    let opaque = Pixmap::from_vec(rgb, IntSize::from_wh(size.width, size.height).ok_or("bad size")?).ok_or("bad size")?;
    opaque.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32, rgb: [u8; 3]) -> Vec<u8> {
        let mut p = Pixmap::new(w, h).expect("pixmap");
        p.fill(Color::from_rgba8(rgb[0], rgb[1], rgb[2], 255));
        p.encode_png().expect("png")
    }

    #[test]
    fn a_portrait_poster_fits_above_the_subtitle_band_uncropped() {
        let size = Size { width: 1280, height: 720 };
        let out = Pixmap::decode_png(&frame(&png(1169, 1654, [255, 0, 0]), size, SUBTITLE_BAND, [0, 0, 80]).expect("frame")).expect("decode");
        assert_eq!((out.width(), out.height()), (1280, 720));
        let at = |x: u32, y: u32| {
            let p = out.pixel(x, y).expect("pixel");
            [p.red(), p.green(), p.blue()]
        };
        // Centred, top to the band: 576 px high, 407 px wide.
        assert_eq!(at(640, 5), [255, 0, 0]);
        assert_eq!(at(640, 570), [255, 0, 0]);
        assert_eq!(at(640, 600), [0, 0, 80], "the subtitle band is free");
        assert_eq!(at(400, 300), [0, 0, 80], "pillarboxed, not stretched");
        assert_eq!(at(460, 300), [255, 0, 0]);
        // Detail survives the downscaling (a stripe pattern stays a pattern, not a grey blur).
        let mut stripes = Pixmap::new(1200, 1600).expect("pixmap");
        for (i, px) in stripes.pixels_mut().iter_mut().enumerate() {
            let on = (i % 1200 / 60) % 2 == 0;
            *px = tiny_skia::ColorU8::from_rgba(if on { 255 } else { 0 }, 0, 0, 255).premultiply();
        }
        let out = Pixmap::decode_png(&frame(&stripes.encode_png().expect("png"), size, SUBTITLE_BAND, [0, 0, 0]).expect("frame")).expect("decode");
        let reds: Vec<u8> = (440..840).map(|x| out.pixel(x, 300).expect("pixel").red()).collect();
        assert!(reds.iter().any(|&r| r > 230) && reds.iter().any(|&r| r < 25), "stripes kept: {reds:?}");
        assert!(frame(b"not a png", size, 0.2, [0, 0, 0]).is_err());
    }
}
