//! Radio deliveries of the demo checked with independent tools: ffmpeg's EBU R128 meter agrees
//! with every QC file within 0.1 LU and the profile is met; the WAV is BWF (format tag 1, a
//! `bext` chunk before `data`, read back by ffprobe); Bru uses the Vietnamese audio, and says so.

use std::path::Path;
use std::process::Command;

mod support;
use support::{loa, minimal_campaign, repo};

const DEMO: &str = "campaigns/access-to-information";

/// Integrated loudness and true peak as ffmpeg measures them.
fn ffmpeg_r128(file: &Path) -> (f64, f64) {
    let out = Command::new("ffmpeg")
        .args(["-nostats", "-hide_banner", "-i"])
        .arg(file)
        .args(["-af", "ebur128=peak=true", "-f", "null", "-"])
        .output()
        .expect("ffmpeg (./dev installs it)");
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    let summary = log.rsplit("Summary:").next().unwrap_or("").to_string();
    let value = |key: &str| -> f64 {
        summary
            .lines()
            .find(|l| l.trim_start().starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{key} not in ffmpeg output:\n{log}"))
    };
    (value("I:"), value("Peak:"))
}

/// The chunk ids of a RIFF file, in order.
fn chunks(wav: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 12;
    while i + 8 <= wav.len() {
        out.push(String::from_utf8_lossy(&wav[i..i + 4]).into_owned());
        let len = u32::from_le_bytes([wav[i + 4], wav[i + 5], wav[i + 6], wav[i + 7]]) as usize;
        i += 8 + len + (len & 1);
    }
    out
}

#[test]
fn deliveries_meet_their_profiles_and_agree_with_ffmpeg() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pack = tmp.path().join("pack");
    let out = loa(&repo(), &["build", DEMO, "--only", "radio", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    let arts = manifest["artifacts"].as_array().expect("artifacts");
    let mut checked = 0;
    for a in arts.iter().filter(|a| a["kind"] == "radio-broadcast" || a["kind"] == "radio-loudspeaker") {
        let path = pack.join(a["path"].as_str().expect("path"));
        let qc: serde_json::Value = serde_json::from_slice(&std::fs::read(format!("{}.qc.json", path.display())).expect("qc")).expect("json");
        let (i, tp) = ffmpeg_r128(&path);
        let qc_i = qc["integrated-lufs"].as_f64().expect("I");
        assert!((i - qc_i).abs() <= 0.1, "{}: ffmpeg {i} LUFS, QC {qc_i}", path.display());
        let target = qc["target"]["integrated-lufs"].as_f64().expect("target");
        let tolerance = qc["target"]["tolerance-lu"].as_f64().expect("tolerance");
        assert!((i - target).abs() <= tolerance, "{}: {i} LUFS, target {target} ±{tolerance}", path.display());
        // ffmpeg's peak is measured at 4× like ours; the MP3 is checked after decoding.
        assert!(tp <= -1.0 + 0.05, "{}: true peak {tp} dBTP", path.display());
        assert_eq!(qc["pass"], true);
        if a["kind"] == "radio-broadcast" {
            let wav = std::fs::read(&path).expect("wav");
            assert_eq!(u16::from_le_bytes([wav[20], wav[21]]), 1, "fmt tag 1 (PCM), not EXTENSIBLE");
            assert_eq!(u16::from_le_bytes([wav[34], wav[35]]), 24, "24-bit");
            let ids = chunks(&wav);
            let bext = ids.iter().position(|c| c == "bext").expect("bext chunk");
            let data = ids.iter().position(|c| c == "data").expect("data chunk");
            assert!(bext < data, "bext before data: {ids:?}");
            let probe = Command::new("ffprobe").args(["-v", "error", "-show_entries", "format_tags", "-of", "compact"]).arg(&path).output().expect("ffprobe");
            let tags = String::from_utf8_lossy(&probe.stdout);
            assert!(tags.contains("encoded_by=Loa") && tags.contains("coding_history=A=PCM"), "{tags}");
        }
        checked += 1;
    }
    assert_eq!(checked, 6, "broadcast and loudspeaker files for vi, en and bru");
    let bru = arts.iter().find(|a| a["kind"] == "radio-broadcast" && a["locale"] == "bru").expect("bru bulletin");
    assert_eq!(bru["audio-fallback"], "vi", "the manifest says Bru listeners get Vietnamese audio");
    assert_eq!(bru["draft"], true, "espeak-ng voices are drafts");
    let script = std::fs::read_to_string(pack.join("radio/bru/weekly-script.txt")).expect("script");
    assert!(script.contains("voice/bru/headline.wav") && script.contains("DRAFT"), "{script}");
    // The same script typeset for printing, tagged.
    let pdf = pack.join("radio/bru/weekly-script.pdf");
    assert!(arts.iter().any(|a| a["path"] == "radio/bru/weekly-script.pdf" && a["kind"] == "radio-script"));
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("voice/bru/headline.wav") && text.contains("Bạn có quyền được biết"), "{text}");
}

/// A campaign with real recordings in every supported format and several sample rates (made here
/// with espeak-ng and ffmpeg): no draft voice is used, every delivery meets its profile — here
/// with targets the campaign changed (a quieter 96 kbit/s loudspeaker file, a 16-bit mono
/// broadcast file).
#[test]
fn recordings_in_mixed_formats_and_rates_make_a_finished_bulletin() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = minimal_campaign(tmp.path());
    let mut toml = std::fs::read_to_string(camp.join("campaign.toml")).expect("toml");
    toml.push_str("\n[radio.news]\nprofiles = [\"broadcast\", \"loudspeaker\"]\ntargets = { loudspeaker = { lufs = -18.0, bitrate-kbps = 96 }, broadcast = { bits = 16, channels = 1 } }\nrundown = [\n  { voice = \"headline\" },\n  { pause = 0.6 },\n  { voice = \"commune-provides\" },\n  { voice = \"title\" },\n  { voice = \"qa-cost\" },\n]\n");
    std::fs::write(camp.join("campaign.toml"), toml).expect("toml");
    let recordings = [
        ("headline", "flac", "22050"),
        ("commune-provides", "mp3", "44100"),
        ("title", "ogg", "32000"),
        ("qa-cost", "m4a", "44100"),
    ];
    for lang in ["vi", "en"] {
        let dir = camp.join("voice").join(lang);
        std::fs::create_dir_all(&dir).expect("mkdir");
        for (id, ext, rate) in recordings {
            let raw = dir.join(format!("{id}.raw.wav"));
            let said = Command::new("espeak-ng").args(["-v", lang, "-w"]).arg(&raw).arg(format!("{id} {lang}")).status().expect("espeak-ng");
            assert!(said.success());
            let out = dir.join(format!("{id}.{ext}"));
            let ok = Command::new("ffmpeg").args(["-v", "error", "-y", "-i"]).arg(&raw).args(["-ar", rate]).arg(&out).status().expect("ffmpeg").success();
            assert!(ok, "ffmpeg made {}", out.display());
            std::fs::remove_file(raw).expect("rm");
        }
    }
    let pack = tmp.path().join("pack");
    let out = loa(&camp, &["build", ".", "--out", &pack.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    for lang in ["vi", "en"] {
        let wav = std::fs::read(pack.join(format!("radio/{lang}/news.wav"))).expect("wav");
        assert_eq!(u16::from_le_bytes([wav[34], wav[35]]), 16, "16 bits as the campaign asked");
        assert_eq!(u16::from_le_bytes([wav[22], wav[23]]), 1, "mono as the campaign asked");
        let mp3 = pack.join(format!("radio/{lang}/news.mp3"));
        let probe = Command::new("ffprobe")
            .args(["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=bit_rate,channels,sample_rate", "-of", "csv=p=0"])
            .arg(&mp3)
            .output()
            .expect("ffprobe");
        assert_eq!(String::from_utf8_lossy(&probe.stdout).trim(), "48000,1,96000", "MP3 at 96 kbit/s, mono");
        for (file, target) in [("news.wav", -23.0), ("news.mp3", -18.0)] {
            let path = pack.join(format!("radio/{lang}/{file}"));
            let qc: serde_json::Value = serde_json::from_slice(&std::fs::read(format!("{}.qc.json", path.display())).expect("qc")).expect("json");
            assert_eq!(qc["draft"], false, "{lang}/{file}: recordings only");
            assert_eq!(qc["inputs"].as_object().map(|o| o.len()), Some(4), "{qc}");
            let (i, tp) = ffmpeg_r128(&path);
            assert!((i - qc["integrated-lufs"].as_f64().expect("I")).abs() <= 0.1, "{lang}/{file}: ffmpeg {i}");
            assert!((i - target).abs() <= 1.0 && tp <= -1.0 + 0.05, "{lang}/{file}: {i} LUFS {tp} dBTP");
        }
    }
}
