//! Every print product of the demo, in every locale, checked the way a printer checks it:
//! `pdfinfo -box` (TrimBox at trim size, BleedBox 3 mm larger), `pdffonts` (embedded, subset),
//! `pdftotext` (the localised headline comes back exactly) and `qpdf --check`.

use std::process::Command;

mod support;
use support::{loa, repo};

const DEMO: &str = "campaigns/access-to-information";

fn run(tool: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{tool}: {e} (./dev installs poppler-utils and qpdf)"));
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

/// `[x0, y0, x1, y1]` of a box line of `pdfinfo -box` for page 1.
fn pdf_box(info: &str, name: &str) -> [f32; 4] {
    let line = info.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in {info}"));
    let v: Vec<f32> = line[name.len() + 1..].split_whitespace().filter_map(|x| x.parse().ok()).collect();
    [v[0], v[1], v[2], v[3]]
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_print_product_passes_the_printers_checks() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    let out = loa(&repo(), &["build", DEMO, "--only", "print", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let mut failures = Vec::new();
    let mut checked = 0;
    for a in manifest["artifacts"].as_array().expect("artifacts") {
        let path = a["path"].as_str().expect("path");
        let kind = a["kind"].as_str().expect("kind");
        let print_kind = ["poster", "leaflet", "handbook"].iter().any(|k| kind.starts_with(k));
        if !path.ends_with(".pdf") || !print_kind {
            continue;
        }
        checked += 1;
        let locale = a["locale"].as_str().expect("locale");
        let file = pack.join(path).to_string_lossy().into_owned();
        let content: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join(format!("content/{locale}.json"))).expect("content")).expect("json");
        let headline_id = content["groups"]["headline"].as_str().expect("headline id");
        let headline = content["messages"][headline_id]["value"]["text"].as_str().expect("headline");

        let (ok, info) = run("pdfinfo", &["-box", &file]);
        assert!(ok, "{info}");
        let trim = pdf_box(&info, "TrimBox:");
        let bleed = pdf_box(&info, "BleedBox:");
        let mm = |pt: f32| pt * 25.4 / 72.0;
        let [tw, th] = [mm(trim[2] - trim[0]), mm(trim[3] - trim[1])];
        let want = a["trim-mm"].as_array().expect("trim-mm");
        let (ww, wh) = (want[0].as_f64().unwrap_or(0.0) as f32, want[1].as_f64().unwrap_or(0.0) as f32);
        if (tw - ww).abs() > 0.2 || (th - wh).abs() > 0.2 {
            failures.push(format!("{path}: TrimBox {tw:.1}×{th:.1} mm, manifest says {ww}×{wh}"));
        }
        let press = !matches!(kind, "handbook-accessible" | "leaflet-accessible" | "handbook-imposed" | "leaflet-easy-read" | "handbook-easy-read");
        let expected_bleed = if press { 3.0 } else { 0.0 };
        for (i, side) in ["left", "bottom", "right", "top"].iter().enumerate() {
            let d = mm((trim[i] - bleed[i]).abs());
            if (d - expected_bleed).abs() > 0.05 {
                failures.push(format!("{path}: bleed on the {side} is {d:.2} mm, expected {expected_bleed}"));
            }
        }
        let (_, fonts) = run("pdffonts", &[&file]);
        for line in fonts.lines().skip(2) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let n = cols.len();
            if n < 5 || cols[n - 5] != "yes" || cols[n - 4] != "yes" || cols[n - 3] != "yes" {
                failures.push(format!("{path}: font not embedded+subset+unicode: {line}"));
            }
        }
        let (_, text) = run("pdftotext", &[&file, "-"]);
        let wanted = match kind {
            k if k.starts_with("handbook") => content["messages"]["campaign-title"]["value"]["text"].as_str().unwrap_or(headline),
            _ => headline,
        };
        if !squash(&text).contains(&squash(wanted)) {
            failures.push(format!("{path}: pdftotext lacks “{wanted}”"));
        }
        let (ok, q) = run("qpdf", &["--check", &file]);
        if !ok {
            failures.push(format!("{path}: qpdf --check: {q}"));
        }
    }
    assert!(checked >= 3 * 5, "every product in every locale: {checked} PDFs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn print_manifest_kinds_have_pages_and_previews() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    let out = loa(&repo(), &["build", DEMO, "--only", "print", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0));
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let arts = manifest["artifacts"].as_array().expect("artifacts");
    for lang in ["vi", "en", "bru"] {
        for kind in ["poster", "handbook", "handbook-imposed", "handbook-accessible", "handbook-large-print"] {
            let a = arts.iter().find(|a| a["kind"] == kind && a["locale"] == lang).unwrap_or_else(|| panic!("{kind} {lang} missing"));
            let pages = a["pages"].as_u64().expect("pages");
            assert!(pages >= 1);
            if kind.starts_with("handbook") && kind != "handbook-imposed" {
                assert_eq!(pages % 4, 0, "{kind} {lang}: {pages} pages, not a multiple of 4");
            }
        }
        let previews = arts.iter().filter(|a| a["kind"] == "preview" && a["locale"] == lang).count();
        let handbook_pages = arts.iter().find(|a| a["kind"] == "handbook" && a["locale"] == lang).and_then(|a| a["pages"].as_u64()).unwrap_or(0);
        assert!(previews as u64 > handbook_pages, "a preview of every page ({previews})");
    }
    let accessible = arts.iter().find(|a| a["kind"] == "handbook-accessible" && a["locale"] == "vi").expect("accessible");
    let (_, info) = run("pdfinfo", &[&pack.join(accessible["path"].as_str().expect("path")).to_string_lossy()]);
    assert!(info.contains("Tagged:          yes"), "{info}");
}

/// The contents page gives the page each chapter starts on, and the tagged Bru edition marks the
/// Vietnamese text it falls back to as Vietnamese (document language `bru`, spans `vi`).
#[test]
fn contents_page_numbers_are_right_and_fallback_text_is_marked() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    let out = loa(&repo(), &["build", DEMO, "--only", "print", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0));
    let handbook = pack.join("print/vi/handbook-main.pdf").to_string_lossy().into_owned();
    let (_, toc) = run("pdftotext", &["-f", "2", "-l", "2", "-layout", &handbook, "-"]);
    let content: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join("content/vi.json")).expect("content")).expect("json");
    let mut checked = 0;
    for id in ["ch-who", "ch-how", "ch-what"] {
        let title = content["messages"][id]["value"]["text"].as_str().expect("chapter title");
        let line = toc.lines().find(|l| l.contains(title)).unwrap_or_else(|| panic!("{title} not in contents:\n{toc}"));
        let page: String = line.trim_end().rsplit(' ').next().unwrap_or("").to_string();
        let (_, text) = run("pdftotext", &["-f", &page, "-l", &page, &handbook, "-"]);
        assert!(squash(&text).contains(title), "contents say “{title}” is on page {page}:\n{text}");
        checked += 1;
    }
    assert_eq!(checked, 3);

    let tagged = pack.join("print/bru/handbook-accessible-main.pdf");
    let qdf = tmp.path().join("qdf.pdf");
    let (ok, msg) = run("qpdf", &["--qdf", "--object-streams=disable", &tagged.to_string_lossy(), &qdf.to_string_lossy()]);
    assert!(ok, "{msg}");
    let bytes = std::fs::read(&qdf).expect("qdf");
    let has = |needle: &str| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(has("/Lang (bru)"), "document language");
    assert!(has("/Lang(vi)") || has("/Lang (vi)"), "Vietnamese fallback text is marked as Vietnamese");
    let (_, info) = run("pdfinfo", &[&tagged.to_string_lossy()]);
    assert!(info.lines().any(|l| l.starts_with("Title:") && l.len() > 20), "{info}");
}
