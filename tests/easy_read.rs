//! The easy-read editions (issue 7, item 6): the demo's Vietnamese leaflet and handbook built
//! alone (`--only print --locale vi`) and read back with poppler and qpdf — A4, tagged, Andika
//! only, nothing set under 16 pt, every `.easy` line extracted with its diacritics, a figure with
//! its alternative text for every picture; and a small campaign for the diagnostics (a missing
//! `.easy`, a missing picture file, a translation without `.easy`, a message without a picture).

use std::fs;
use std::process::Command;

mod support;
use support::{loa, minimal_campaign, repo};

const DEMO: &str = "campaigns/access-to-information";

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{tool}: {e} (./dev installs poppler-utils and qpdf)"));
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The `/Alt` texts of a PDF uncompressed by qpdf (UTF-16BE hex strings, as krilla writes them,
/// or literal strings).
fn alt_texts(qdf: &[u8]) -> Vec<String> {
    let s = String::from_utf8_lossy(qdf);
    let mut out = Vec::new();
    for part in s.split("/Alt ").skip(1) {
        if let Some(hex) = part.strip_prefix('<').and_then(|p| p.split('>').next()) {
            let bytes: Vec<u8> = (0..hex.len() / 2).filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()).collect();
            let units: Vec<u16> = bytes.chunks(2).skip(1).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
            out.push(String::from_utf16_lossy(&units));
        } else if let Some(lit) = part.strip_prefix('(').and_then(|p| p.split(')').next()) {
            out.push(lit.to_string());
        }
    }
    out
}

#[test]
fn the_demo_easy_read_editions_read_back() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    let out = loa(&repo(), &["build", DEMO, "--only", "print", "--locale", "vi", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let manifest: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let arts = manifest["artifacts"].as_array().expect("artifacts");
    let content: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("content/vi.json")).expect("content")).expect("json");
    let easy = |id: &str| -> Vec<String> {
        let t = content["messages"][id]["attributes"]["easy"]["text"].as_str().unwrap_or_else(|| panic!("{id} has no .easy in content/vi.json"));
        t.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
    };
    let leaflet_ids = ["headline", "point-right", "point-where", "point-free", "point-photo", "point-providers", "qa-who", "qa-where", "qa-deadline", "qa-cost", "qa-disability", "call-to-action"];
    let handbook_ids = ["headline", "qa-who", "qa-foreigners", "qa-commune", "qa-providers", "qa-disability", "qa-where", "qa-photo", "qa-deadline", "qa-cost", "qa-not-accessible", "call-to-action"];
    for (kind, ids, pictures) in [("leaflet-easy-read", &leaflet_ids[..], 11), ("handbook-easy-read", &handbook_ids[..], 11)] {
        let a = arts.iter().find(|a| a["kind"] == kind && a["locale"] == "vi").unwrap_or_else(|| panic!("{kind} not in the manifest"));
        let path = a["path"].as_str().expect("path");
        assert_eq!(path, format!("print/vi/{kind}-main.pdf"));
        let trim = a["trim-mm"].as_array().expect("trim-mm");
        assert!((trim[0].as_f64().unwrap_or(0.0) - 210.0).abs() < 0.1 && (trim[1].as_f64().unwrap_or(0.0) - 297.0).abs() < 0.1, "{kind}: A4 in the manifest");
        let pages = a["pages"].as_u64().expect("pages");
        for p in 1..=pages {
            let preview = format!("previews/vi/{kind}-main-{p:02}.png");
            assert!(arts.iter().any(|a| a["path"] == preview.as_str()), "{preview} in the manifest");
        }
        let file = pack.join(path).to_string_lossy().into_owned();

        let info = run("pdfinfo", &[&file]);
        assert!(info.contains("Tagged:          yes"), "{kind}: {info}");
        assert!(info.contains("595.276 x 841.89 pts (A4)"), "{kind}: {info}");
        assert!(info.contains(&format!("Pages:           {pages}")), "{kind}: {info}");

        let fonts = run("pdffonts", &[&file]);
        let faces: Vec<&str> = fonts.lines().skip(2).filter_map(|l| l.split_whitespace().next()).collect();
        assert!(!faces.is_empty() && faces.iter().all(|f| f.contains("Andika")), "{kind}: only Andika: {fonts}");

        // Every idea of every `.easy` wording comes back, diacritics and all.
        let extracted = squash(&run("pdftotext", &[&file, "-"]));
        for id in ids {
            for line in easy(id) {
                assert!(extracted.contains(&squash(&line)), "{kind}: pdftotext lacks “{line}” ({id})");
            }
        }
        assert!(extracted.contains("Người dưới 18 tuổi hỏi qua người đại diện theo pháp luật."), "{kind}: {extracted}");

        // Font sizes as written into the content streams: none under 16 pt.
        let qdf = tmp.path().join(format!("{kind}.qdf.pdf"));
        run("qpdf", &["--qdf", "--object-streams=disable", &file, &qdf.to_string_lossy()]);
        let bytes = fs::read(&qdf).expect("qdf");
        let body = String::from_utf8_lossy(&bytes);
        let sizes: Vec<f32> = body.split(" Tf").filter_map(|before| before.rsplit(|c: char| c.is_whitespace()).next()?.parse().ok()).collect();
        assert!(sizes.len() > 20, "{kind}: text size operators found: {sizes:?}");
        let smallest = sizes.iter().copied().fold(f32::MAX, f32::min);
        assert!(smallest >= 16.0, "{kind}: text set at {smallest} pt");

        // Structure: a tagged document whose pictures are figures with their alt texts.
        assert!(body.contains("/StructTreeRoot") && body.contains("/Marked true"), "{kind}: tagged");
        let alts = alt_texts(&bytes);
        let figures = alts.iter().filter(|a| a.starts_with("Hình vẽ:")).count();
        assert_eq!(figures, pictures, "{kind}: a figure with its alt text per picture: {alts:?}");
        assert!(alts.iter().any(|a| a == "Hình vẽ: tờ lịch và đồng hồ"), "{alts:?}");
        assert!(run("qpdf", &["--check", &file]).contains("No syntax or stream encoding errors"));
    }
}

#[test]
fn easy_read_mistakes_are_located() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let toml = camp.join("campaign.toml");
    let mut t = fs::read_to_string(&toml).expect("toml");
    t.push_str("\n[pictures]\ncommune-provides = { file = \"images/provides.svg\", alt = \"provides-alt\" }\n\n[leaflet.main]\neasy-read = true\n");
    fs::write(&toml, &t).expect("write");
    for (lang, alt) in [("vi", "Hình vẽ: trụ sở xã"), ("en", "Drawing: the commune office")] {
        let path = camp.join(format!("locales/{lang}/campaign.ftl"));
        let ftl = fs::read_to_string(&path).expect("ftl") + &format!("provides-alt = {alt}\n");
        fs::write(&path, ftl).expect("ftl");
    }

    // No `.easy` anywhere: every message of the edition is named at its line in the .ftl file.
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("locales/vi/campaign.ftl:2:1: error[E0203]: `headline` has no `.easy` wording for the easy-read edition of leaflet `main`"), "{stderr}");
    assert!(stderr.contains("locales/vi/campaign.ftl:3:1: error[E0203]: `commune-provides`"), "{stderr}");
    assert!(stderr.contains("locales/vi/campaign.ftl:4:1: error[E0203]: `qa-cost`"), "{stderr}");
    // The picture file is missing, and qa-cost has none: both at their place in campaign.toml.
    let line = t.lines().position(|l| l.starts_with("commune-provides = {")).expect("line") + 1;
    assert!(stderr.contains(&format!("campaign.toml:{line}:29: error[E0030]: `images/provides.svg`")), "{stderr}");
    let qa = t.lines().position(|l| l.starts_with("qa = [")).expect("qa") + 1;
    assert!(stderr.contains(&format!("campaign.toml:{qa}:7: warning[W0042]: `qa-cost` has no picture in the easy-read edition of leaflet `main`")), "{stderr}");
    let out = loa(&camp, &["build", ".", "--out", "../pack"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(!tmp.path().join("pack").exists(), "nothing is built");

    // Vietnamese gets its `.easy` wordings, English not yet: reported like any missing attribute.
    let ftl = |lang: &str| camp.join(format!("locales/{lang}/campaign.ftl"));
    let vi = fs::read_to_string(ftl("vi")).expect("vi")
        .replace("Bạn có quyền được biết\n", "Bạn có quyền được biết\n    .easy = Bạn có quyền được biết thông tin.\n")
        .replace("(Điều { $article }, Luật số { $law }).\n", "(Điều { $article }, Luật số { $law }).\n    .easy =\n        Ủy ban nhân dân xã cho bạn biết thông tin.\n        Đó là thông tin do xã làm ra.\n")
        .replace("    .question = Có phải trả tiền không?\n", "    .question = Có phải trả tiền không?\n    .easy = Bạn không phải trả tiền.\n");
    fs::write(ftl("vi"), vi).expect("vi");
    fs::create_dir_all(camp.join("images")).expect("mkdir");
    fs::write(camp.join("images/provides.svg"), br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>"#).expect("svg");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("E0203") && !stderr.contains("E0030"), "{stderr}");
    assert!(stderr.contains("locales/en/campaign.ftl:2:1: error[E0124]: `headline` has no `.easy` in en"), "{stderr}");

    // With English done the edition builds, beside the picture's message in its alt text.
    let en = fs::read_to_string(ftl("en")).expect("en");
    let mut fixed = String::new();
    for l in en.lines() {
        fixed.push_str(l);
        fixed.push('\n');
        if l.starts_with("headline =") || l.starts_with("commune-provides =") || l.starts_with("    .question") {
            fixed.push_str("    .easy = Easy words.\n");
        }
    }
    fs::write(ftl("en"), fixed).expect("en");
    let out = loa(&camp, &["--format", "short", "check", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = loa(&camp, &["build", ".", "--only", "print", "--out", "../pack"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for lang in ["vi", "en"] {
        let pdf = tmp.path().join(format!("pack/print/{lang}/leaflet-easy-read-main.pdf"));
        let extracted = squash(&run("pdftotext", &[&pdf.to_string_lossy(), "-"]));
        let want = if lang == "vi" { "Ủy ban nhân dân xã cho bạn biết thông tin. Đó là thông tin do xã làm ra." } else { "Easy words." };
        assert!(extracted.contains(want), "{lang}: {extracted}");
    }

    // The planner sees what the edition reads: the picture file, and its alt-text message.
    let rebuilt = || -> Vec<String> {
        let out = loa(&camp, &["build", ".", "--only", "print", "--out", "../pack", "--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report");
        let jobs = r["jobs"].as_array().expect("jobs").iter().filter(|j| j["result"] == "built");
        jobs.filter_map(|j| j["job"].as_str()).filter(|j| j.starts_with("leaflet")).map(str::to_string).collect()
    };
    assert!(rebuilt().is_empty(), "nothing changed");
    fs::write(camp.join("images/provides.svg"), br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><rect width="8" height="8"/></svg>"#).expect("svg");
    assert_eq!(rebuilt(), ["leaflet:main:en", "leaflet:main:vi"], "a changed picture");
    let en = fs::read_to_string(ftl("en")).expect("en").replace("the commune office", "the commune's office");
    fs::write(ftl("en"), en).expect("en");
    assert_eq!(rebuilt(), ["leaflet:main:en"], "a changed alt text");
}
