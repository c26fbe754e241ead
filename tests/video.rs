//! Videos as `loa build` makes them: a cut from generated footage — checked with ffprobe and
//! ffmpeg, sidecars read back with an independent parser (subtp). The demo's motion posters are
//! checked on the whole demo pack that `tests/pack.rs` builds.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod media;
mod support;
use media::{band_difference, frames, grey_frame, probe, sidecars};
use support::{loa, minimal_campaign};

/// Footage with a frame counter, `seconds` long, 1280×720 at 25 fps, with a tone.
fn footage(path: &Path, seconds: u32) {
    let ok = Command::new("ffmpeg")
        .args(["-v", "error", "-y", "-f", "lavfi", "-i", &format!("testsrc2=size=1280x720:rate=25:duration={seconds}"), "-f", "lavfi", "-i", &format!("sine=frequency=440:duration={seconds}")])
        .args(["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"])
        .arg(path)
        .status()
        .expect("ffmpeg")
        .success();
    assert!(ok);
}

/// The minimal fixture with a cut from generated footage and a message with an ampersand.
fn cut_campaign(dir: &Path, table: &str) -> PathBuf {
    let camp = minimal_campaign(dir);
    fs::create_dir_all(camp.join("footage")).expect("mkdir");
    footage(&camp.join("footage/street.mp4"), 10);
    let mut toml = fs::read_to_string(camp.join("campaign.toml")).expect("toml");
    toml.push_str(table);
    fs::write(camp.join("campaign.toml"), toml).expect("toml");
    for (lang, text) in [("vi", "Hỏi & đáp: quyền tiếp cận thông tin"), ("en", "Questions & answers: the right to information")] {
        let f = camp.join(format!("locales/{lang}/campaign.ftl"));
        let mut s = fs::read_to_string(&f).expect("ftl");
        s.push_str(&format!("qa-intro = {text}\n"));
        fs::write(f, s).expect("ftl");
    }
    camp
}

const CUT: &str = "\n[video.street]\nkind = \"cut\"\nfootage = \"footage/street.mp4\"\nin = 2.0\nout = 7.0\nanchor = [0.3, 0.5]\naspects = [\"16:9\", \"9:16\"]\nmessages = [\"qa-intro\", \"qa-cost\"]\n";

#[test]
fn a_cut_is_frame_accurate_subtitled_and_reproducible() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = cut_campaign(tmp.path(), CUT);
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for p in [&a, &b] {
        let out = loa(&camp, &["build", ".", "--out", &p.to_string_lossy()]);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    for (tag, w, h) in [("16x9", 1280, 720), ("9x16", 720, 1280)] {
        let file = a.join(format!("video/vi/street-{tag}.mp4"));
        let (streams, duration) = probe(&file);
        assert_eq!(streams, vec![format!("h264,{w},{h}"), "aac".to_string()]);
        assert!((duration - 5.0).abs() <= 0.04, "{duration}");
        assert_eq!(frames(&file), 125, "5 s at 25 fps");
        assert_eq!(fs::read(&file).expect("a"), fs::read(b.join(format!("video/vi/street-{tag}.mp4"))).expect("b"), "{tag}: same bytes twice");
    }
    // The first frame is the footage's frame at 2 s (testsrc2 draws a moving pattern, so frames
    // 1/25 s apart differ).
    let cut = grey_frame(&a.join("video/vi/street-16x9.mp4"), 0.0);
    let src = grey_frame(&camp.join("footage/street.mp4"), 2.0);
    let before = grey_frame(&camp.join("footage/street.mp4"), 1.96);
    let top = (0.0, 0.7); // above the subtitles
    let same = band_difference(&cut, &src, 1280, top);
    let other = band_difference(&cut, &before, 1280, top);
    assert!(same < other / 2.0, "first frame matches the source at 2.00 s ({same}) better than at 1.96 s ({other})");
    // The ampersand reaches the sidecars (escaped in WebVTT only) and the screen.
    let (srt, vtt) = sidecars(&a, "video/vi/street-16x9");
    assert!(srt[0].2.contains("Hỏi & đáp"), "{srt:?}");
    assert!(vtt[0].2.contains("Hỏi &amp; đáp"), "{vtt:?}");
    let with_text = grey_frame(&a.join("video/vi/street-16x9.mp4"), (srt[0].0 + srt[0].1) as f64 / 2000.0);
    let source = grey_frame(&camp.join("footage/street.mp4"), 2.0 + (srt[0].0 + srt[0].1) as f64 / 2000.0);
    assert!(band_difference(&with_text, &source, 1280, (0.8, 0.97)) > 10.0, "the first cue (with its &) is on screen");
}

#[test]
fn bad_footage_is_reported_where_campaign_toml_names_it() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let camp = cut_campaign(tmp.path(), &CUT.replace("out = 7.0", "out = 12.5"));
    let out = loa(&camp, &["--format", "short", "build", ".", "--out", &tmp.path().join("p").to_string_lossy()]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error[E0502]") && err.contains("12.5") && err.contains("10.00 s"), "{err}");
    let line = fs::read_to_string(camp.join("campaign.toml")).expect("toml").lines().position(|l| l.starts_with("out = ")).expect("out line") + 1;
    assert!(err.contains(&format!("campaign.toml:{line}:7")), "located at the `out` value: {err}");
    assert!(!tmp.path().join("p").exists(), "no pack");

    fs::write(camp.join("footage/street.mp4"), "these are notes, not a video\n").expect("write");
    let out = loa(&camp, &["--format", "short", "build", ".", "--only", "video", "--out", &tmp.path().join("p").to_string_lossy()]);
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{err}");
    let line = fs::read_to_string(camp.join("campaign.toml")).expect("toml").lines().position(|l| l.starts_with("footage = ")).expect("footage line") + 1;
    assert!(err.contains("error[E0501]") && err.contains(&format!("campaign.toml:{line}:11")), "{err}");
}
