//! Removing personal metadata from pictures a campaign brings (a photo embedded in an SVG logo
//! carries the camera's EXIF: GPS position, date, owner). Only what drawing needs is kept:
//!
//! - PNG: every chunk except `eXIf`, `tEXt`, `iTXt`, `zTXt` and `tIME`;
//! - JPEG: every segment except APP1 (EXIF, XMP), APP3–APP13 (APP13: IPTC/Photoshop), APP15 and
//!   comments; APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour transform) stay;
//! - WebP: every chunk except `EXIF` and `XMP `, with the VP8X flags saying so.
//!
//! Anything else, and anything malformed, is returned as it came (the decoder reports it).

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const PNG_DROPPED: [&[u8; 4]; 5] = [b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"];

/// The picture without its metadata (see the module's documentation).
pub fn strip(bytes: &[u8]) -> Vec<u8> {
    let stripped = if bytes.starts_with(PNG_SIGNATURE) {
        strip_png(bytes)
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        strip_jpeg(bytes)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        strip_webp(bytes)
    } else {
        None
    };
    stripped.unwrap_or_else(|| bytes.to_vec())
}

fn be32(b: &[u8]) -> Option<usize> {
    Some(u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as usize)
}

fn le32(b: &[u8]) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize)
}

fn strip_png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = PNG_SIGNATURE.to_vec();
    let mut at = PNG_SIGNATURE.len();
    while at < bytes.len() {
        let len = be32(bytes.get(at..)?)?;
        let end = at.checked_add(12)?.checked_add(len)?;
        let chunk = bytes.get(at..end)?;
        if !PNG_DROPPED.iter().any(|t| &chunk[4..8] == t.as_slice()) {
            out.extend_from_slice(chunk);
        }
        at = end;
        if &chunk[4..8] == b"IEND" {
            break;
        }
    }
    Some(out)
}

fn jpeg_kept(marker: u8) -> bool {
    !matches!(marker, 0xE1 | 0xE3..=0xED | 0xEF | 0xFE)
}

fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = vec![0xFF, 0xD8];
    let mut at = 2;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            // Start of scan: the entropy-coded data and everything after it stay as they are.
            0xDA => {
                out.extend_from_slice(&bytes[at..]);
                return Some(out);
            }
            0xD9 => {
                out.extend_from_slice(&bytes[at..at + 2]);
                return Some(out);
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&bytes[at..at + 2]);
                at += 2;
            }
            _ => {
                let len = usize::from(u16::from_be_bytes([*bytes.get(at + 2)?, *bytes.get(at + 3)?]));
                if len < 2 {
                    return None;
                }
                let end = at.checked_add(2 + len)?;
                let segment = bytes.get(at..end)?;
                if jpeg_kept(marker) {
                    out.extend_from_slice(segment);
                }
                at = end;
            }
        }
    }
}

fn strip_webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    let mut at = 12;
    while at < bytes.len() {
        let tag = bytes.get(at..at + 4)?;
        let len = le32(bytes.get(at + 4..)?)?;
        let end = at.checked_add(8)?.checked_add(len)?.checked_add(len % 2)?;
        let chunk = bytes.get(at..end.min(bytes.len()))?;
        match tag {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let mut c = chunk.to_vec();
                if let Some(flags) = c.get_mut(8) {
                    *flags &= !0x0C;
                }
                body.extend_from_slice(&c);
            }
            _ => body.extend_from_slice(chunk),
        }
        at = end;
    }
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(body.len() + 4).ok()?.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_chunk(tag: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(tag);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    }

    #[test]
    fn png_text_exif_and_time_chunks_go() {
        let mut png = PNG_SIGNATURE.to_vec();
        let ihdr = png_chunk(b"IHDR", &[0; 13]);
        let idat = png_chunk(b"IDAT", &[1, 2, 3]);
        png.extend(&ihdr);
        png.extend(png_chunk(b"eXIf", b"MM\0*GPS"));
        png.extend(png_chunk(b"tEXt", b"Author\0Nguyen"));
        png.extend(png_chunk(b"tIME", &[7; 7]));
        png.extend(&idat);
        png.extend(png_chunk(b"IEND", &[]));
        let mut want = PNG_SIGNATURE.to_vec();
        want.extend(ihdr);
        want.extend(idat);
        want.extend(png_chunk(b"IEND", &[]));
        assert_eq!(strip(&png), want);
    }

    #[test]
    fn jpeg_exif_xmp_iptc_and_comments_go_colour_profiles_stay() {
        let seg = |m: u8, data: &[u8]| {
            let mut s = vec![0xFF, m];
            s.extend_from_slice(&((data.len() + 2) as u16).to_be_bytes());
            s.extend_from_slice(data);
            s
        };
        let app0 = seg(0xE0, b"JFIF\0\x01\x01");
        let icc = seg(0xE2, b"ICC_PROFILE\0...");
        let dqt = seg(0xDB, &[0; 65]);
        let scan = [0xFF, 0xDA, 0, 2, 0xE1, 0xFF, 0x00, 0xFF, 0xD9];
        let mut jpeg = vec![0xFF, 0xD8];
        jpeg.extend(&app0);
        jpeg.extend(seg(0xE1, b"Exif\0\0MM\0*GPSLatitude"));
        jpeg.extend(seg(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));
        jpeg.extend(&icc);
        jpeg.extend(seg(0xED, b"Photoshop 3.0\0"));
        jpeg.extend(seg(0xFE, b"shot by Nguyen"));
        jpeg.extend(&dqt);
        jpeg.extend(scan);
        let mut want = vec![0xFF, 0xD8];
        want.extend(app0);
        want.extend(icc);
        want.extend(dqt);
        want.extend(scan);
        assert_eq!(strip(&jpeg), want);
    }

    #[test]
    fn webp_exif_and_xmp_chunks_go() {
        let chunk = |tag: &[u8; 4], data: &[u8]| {
            let mut c = tag.to_vec();
            c.extend_from_slice(&(data.len() as u32).to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let riff = |chunks: &[Vec<u8>]| {
            let body: Vec<u8> = chunks.concat();
            let mut w = b"RIFF".to_vec();
            w.extend_from_slice(&((body.len() + 4) as u32).to_le_bytes());
            w.extend_from_slice(b"WEBP");
            w.extend(body);
            w
        };
        let webp = riff(&[chunk(b"VP8X", &[0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]), chunk(b"VP8L", &[1, 2, 3]), chunk(b"EXIF", b"MM\0*"), chunk(b"XMP ", b"<x/>")]);
        assert_eq!(strip(&webp), riff(&[chunk(b"VP8X", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), chunk(b"VP8L", &[1, 2, 3])]));
    }

    #[test]
    fn malformed_pictures_come_back_unchanged() {
        for bad in [&b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR"[..], &[0xFF, 0xD8, 0xFF, 0xE1, 0xFF], b"RIFF\0\0\0\0WEBPVP8", b"", b"GIF89a"] {
            assert_eq!(strip(bad), bad);
        }
    }
}
