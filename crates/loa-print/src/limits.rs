//! Resource limits of the print engine, in one place. Each is far beyond a real campaign's
//! artwork and texts, so only a damaged or hostile file reaches it; it is then refused with a
//! located diagnostic before it can exhaust the memory, the stack or the time of the build.

/// Most pixels of a picture inside a logo or poster template (PNG, JPEG, GIF, WebP), checked from
/// its header before anything decodes it. 50 megapixels is an A2 poster at 300 dpi (7016 × 4961
/// = 34.8 MP) with room to spare; decoding takes 4 bytes a pixel (200 MB at the limit), and a
/// header can declare 100 000 × 100 000 pixels (40 GB) in a few bytes.
pub const MAX_IMAGE_PIXELS: u64 = 50_000_000;

/// Most elements in a logo or template SVG. A detailed provincial emblem has a few thousand;
/// each element costs memory and drawing time in every PDF and preview.
pub const MAX_SVG_ELEMENTS: usize = 100_000;

/// Deepest nesting of elements in a logo or template SVG. Editors nest a few groups deep; the
/// SVG converter recurses once per level, and thousands of levels overflow the stack.
pub const MAX_SVG_DEPTH: usize = 256;

/// Most pages of a handbook (A5 edition). The demo's handbook has 12; 200 pages is a thick
/// book for a saddle stitch, and every page is drawn four times (press, imposed, accessible,
/// large print).
pub const MAX_HANDBOOK_PAGES: usize = 200;

/// Counts the elements of an SVG and their depth from its text, without building a tree:
/// `Err` names the limit passed. Comments, CDATA, processing instructions and the DOCTYPE (with
/// its internal subset) are skipped.
pub fn svg_shape(data: &[u8]) -> Result<(), String> {
    let find = |from: usize, pat: &[u8]| data.get(from..).and_then(|d| d.windows(pat.len()).position(|w| w == pat)).map(|p| from + p + pat.len());
    let (mut i, mut depth, mut elements) = (0usize, 0usize, 0usize);
    while let Some(lt) = data.get(i..).and_then(|d| d.iter().position(|&b| b == b'<')).map(|p| i + p) {
        let rest = &data[lt..];
        let next = if rest.starts_with(b"<!--") {
            find(lt, b"-->")
        } else if rest.starts_with(b"<![CDATA[") {
            find(lt, b"]]>")
        } else if rest.starts_with(b"<?") {
            find(lt, b"?>")
        } else if rest.starts_with(b"<!") {
            // <!DOCTYPE …> or <!DOCTYPE … [ internal subset ]>
            let gt = find(lt, b">");
            match find(lt, b"[") {
                Some(b) if gt.is_none_or(|g| b < g) => find(b, b"]").and_then(|e| find(e, b">")),
                _ => gt,
            }
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            find(lt, b">")
        } else {
            // A start tag: its end is the first `>` outside quotes.
            let mut quote = None;
            let mut end = None;
            for (k, &b) in rest.iter().enumerate().skip(1) {
                match (quote, b) {
                    (Some(q), _) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(b),
                    (None, b'>') => {
                        end = Some(k);
                        break;
                    }
                    _ => {}
                }
            }
            elements += 1;
            if end.is_some_and(|k| rest[k - 1] != b'/') {
                depth += 1;
            }
            if elements > MAX_SVG_ELEMENTS {
                return Err(format!("it has more than {MAX_SVG_ELEMENTS} elements"));
            }
            if depth > MAX_SVG_DEPTH {
                return Err(format!("its elements nest more than {MAX_SVG_DEPTH} deep"));
            }
            end.map(|k| lt + k + 1)
        };
        let Some(n) = next else { break };
        i = n;
    }
    Ok(())
}

/// What is wrong with a picture inside an SVG.
pub enum ImageProblem {
    /// More than [`MAX_IMAGE_PIXELS`]: the message names its size.
    TooLarge(String),
    /// Its header or data cannot be read.
    Damaged(String),
}

/// Checks every raster picture inside `tree` (and inside SVG pictures in it): its size from the
/// header against [`MAX_IMAGE_PIXELS`], and that a PNG decodes (resvg and krilla would otherwise
/// leave a damaged one out without a word).
pub fn check_images(tree: &usvg::Tree) -> Result<(), ImageProblem> {
    fn walk(g: &usvg::Group) -> Result<(), ImageProblem> {
        for node in g.children() {
            match node {
                usvg::Node::Group(g) => walk(g)?,
                usvg::Node::Image(img) => check(img.kind())?,
                _ => {}
            }
            let mut sub = Ok(());
            node.subroots(|g| {
                if sub.is_ok() {
                    sub = walk(g);
                }
            });
            sub?;
        }
        Ok(())
    }
    fn check(kind: &usvg::ImageKind) -> Result<(), ImageProblem> {
        let (data, what) = match kind {
            usvg::ImageKind::SVG(t) => return walk(t.root()),
            usvg::ImageKind::PNG(d) => (d, "PNG"),
            usvg::ImageKind::JPEG(d) => (d, "JPEG"),
            usvg::ImageKind::GIF(d) => (d, "GIF"),
            usvg::ImageKind::WEBP(d) => (d, "WebP"),
        };
        let size = imagesize::blob_size(data).map_err(|e| ImageProblem::Damaged(format!("a {what} picture in it cannot be read ({e})")))?;
        let pixels = (size.width as u64).saturating_mul(size.height as u64);
        if pixels > MAX_IMAGE_PIXELS {
            return Err(ImageProblem::TooLarge(format!(
                "a {what} picture in it has {} × {} pixels ({} megapixels); Loa accepts at most {} megapixels",
                size.width,
                size.height,
                pixels / 1_000_000,
                MAX_IMAGE_PIXELS / 1_000_000
            )));
        }
        if what == "PNG" {
            tiny_skia::Pixmap::decode_png(data).map_err(|e| ImageProblem::Damaged(format!("a PNG picture in it is damaged ({e})")))?;
        }
        Ok(())
    }
    walk(tree.root())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_shape_counts_elements_and_depth() {
        assert!(svg_shape(b"<?xml version=\"1.0\"?><!-- <g><g> --><svg><g><rect a=\"<>\"/></g></svg>").is_ok());
        let deep = format!("<svg>{}{}</svg>", "<g>".repeat(300), "</g>".repeat(300));
        assert!(svg_shape(deep.as_bytes()).is_err());
        let wide = format!("<svg>{}</svg>", "<rect/>".repeat(MAX_SVG_ELEMENTS + 1));
        assert!(svg_shape(wide.as_bytes()).is_err());
        assert!(svg_shape(b"<!DOCTYPE svg [ <!ENTITY a \"<g><g>\"> ]><svg/>").is_ok());
    }
}
