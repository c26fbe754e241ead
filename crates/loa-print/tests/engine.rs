//! The print engine checked with independent tools (poppler): saddle-stitch imposition read back
//! from the PDF, and marks stacked correctly (NFD Vietnamese, Bru ŏ́, Khmer) against a golden PNG.

use loa_print::doc::{Colour, Doc, Item, Page, Role, Shape, mm};
use loa_print::handbook::impose;
use loa_print::pdf::{Kind, pdf};
use loa_text::{Face, FontBook, Style};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fonts() -> FontBook {
    FontBook::load(&root().join("assets/fonts")).expect("vendored fonts")
}

fn pdftotext(pdf: &Path, page: Option<usize>) -> String {
    let mut cmd = Command::new("pdftotext");
    cmd.arg("-layout");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd.arg(pdf).arg("-").output().expect("pdftotext (apt-get install poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn page_with(fb: &mut FontBook, text: &str, w: f32, h: f32) -> Page {
    let mut page = Page::new(w, h);
    let block = fb.layout(text, &Style::new(Face::Sans, 14.0), &[], w - 40.0);
    page.push(Item::new(20.0, 20.0, Shape::Text { block: Arc::new(block), fill: Colour::BLACK }, Role::Paragraph));
    page
}

#[test]
fn imposition_pairs_pages_by_the_saddle_stitch_rule() {
    let mut fb = fonts();
    let tmp = tempfile::tempdir().expect("tempdir");
    for n in [8usize, 12, 48] {
        let pages = (1..=n).map(|i| page_with(&mut fb, &format!("P{i}"), mm(148.0), mm(210.0))).collect();
        let doc = Doc { title: "t".into(), lang: "vi".into(), pages, outline: Vec::new() };
        let imposed = impose(&doc);
        assert_eq!(imposed.pages.len(), n / 2, "{n} pages make {} sheet sides", n / 2);
        let path = tmp.path().join(format!("imposed-{n}.pdf"));
        std::fs::write(&path, pdf(&imposed, fb.files(), Kind::Press).expect("pdf")).expect("write");
        for s in 0..n / 4 {
            let sides = [(n - 2 * s, 2 * s + 1), (2 * s + 2, n - 2 * s - 1)];
            for (k, (left, right)) in sides.into_iter().enumerate() {
                let text = pdftotext(&path, Some(2 * s + k + 1));
                let found: Vec<&str> = text.split_whitespace().collect();
                assert_eq!(found, vec![format!("P{left}"), format!("P{right}")], "{n} pages, sheet {s}, side {k}");
            }
        }
    }
}

#[test]
fn marks_stack_and_text_extracts_back() {
    let mut fb = fonts();
    let nfd = "Vie\u{323}\u{302}t Nam: quye\u{302}\u{300}n tie\u{302}\u{301}p ca\u{323}\u{302}n tho\u{302}ng tin";
    let nfc = "Việt Nam: quyền tiếp cận thông tin";
    let bru = "Bru: ŏ\u{301} cŏ\u{301}";
    let khmer = "ភាសាខ្មែរគឺជាភាសាកំណើតរបស់ជនជាតិខ្មែរ";
    let make = |fb: &mut FontBook, first: &str| {
        let mut page = Page::new(mm(120.0), mm(60.0));
        for (i, t) in [first, bru, khmer].iter().enumerate() {
            let block = fb.layout(t, &Style::new(Face::Sans, 16.0), &[], mm(110.0));
            page.push(Item::new(mm(5.0), mm(5.0) + i as f32 * 48.0, Shape::Text { block: Arc::new(block), fill: Colour::BLACK }, Role::Paragraph));
        }
        page
    };
    let from_nfd = make(&mut fb, nfd);
    let from_nfc = make(&mut fb, nfc);
    let png = loa_print::png::png(&from_nfd, fb.files(), 150.0).expect("png");
    assert_eq!(png, loa_print::png::png(&from_nfc, fb.files(), 150.0).expect("png"), "NFD input renders exactly like NFC");

    // Golden picture, compared with a tolerance (UPDATE_GOLDEN=1 rewrites it).
    let golden = root().join("tests/golden/marks.png");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &png).expect("write golden");
    }
    let want = image_pixels(&std::fs::read(&golden).expect("golden"));
    let got = image_pixels(&png);
    assert_eq!(want.len(), got.len(), "same size");
    let diff = want.iter().zip(&got).filter(|(a, b)| a.abs_diff(**b) > 64).count();
    assert!(diff * 1000 < got.len(), "{diff} of {} pixels differ from tests/golden/marks.png", got.len());

    // The PDF gives the text back in NFC, marks and Khmer clusters included.
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("marks.pdf");
    let doc = Doc { title: "marks".into(), lang: "vi".into(), pages: vec![from_nfd], outline: Vec::new() };
    std::fs::write(&path, pdf(&doc, fb.files(), Kind::Press).expect("pdf")).expect("write");
    if let Some(dir) = std::env::var_os("LOA_TEST_KEEP") {
        std::fs::copy(&path, Path::new(&dir).join("marks.pdf")).expect("keep");
    }
    let text = pdftotext(&path, None);
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(squash(&text).contains(nfc), "{text}");
    assert!(text.contains("ŏ\u{301}"), "{text}");
    assert!(text.replace(' ', "").contains(khmer), "{text}");
}

/// Grey levels of a PNG (decoded with the same crate that wrote it is not independent, so this
/// reads the pixels through resvg's tiny-skia only to compare two of our own renderings).
fn image_pixels(png: &[u8]) -> Vec<u8> {
    let pixmap = tiny_skia::Pixmap::decode_png(png).expect("png");
    pixmap.data().chunks(4).map(|p| ((u16::from(p[0]) + u16::from(p[1]) + u16::from(p[2])) / 3) as u8).collect()
}
