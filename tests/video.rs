//! Videos as `loa build` makes them: the demo's motion posters in every aspect and locale, and a
//! cut from generated footage — checked with ffprobe and ffmpeg, sidecars read back with an
//! independent parser (subtp).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

mod support;
use support::{loa, minimal_campaign, repo};

const DEMO: &str = "campaigns/access-to-information";

/// The demo's posters and videos, built once for the tests of this file.
fn demo_pack() -> &'static Path {
    static PACK: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &PACK
        .get_or_init(|| {
            let tmp = tempfile::tempdir().expect("tempdir");
            let pack = tmp.path().join("pack");
            let out = loa(&repo(), &["build", DEMO, "--only", "poster,video", "--out", &pack.to_string_lossy()]);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
            (tmp, pack)
        })
        .1
}

fn manifest(pack: &Path) -> Vec<serde_json::Value> {
    let m: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    m["artifacts"].as_array().expect("artifacts").clone()
}

/// `codec,width,height` of each stream and the container duration, by ffprobe.
fn probe(file: &Path) -> (Vec<String>, f64) {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-show_entries", "stream=codec_name,width,height:format=duration", "-of", "csv=p=0"])
        .arg(file)
        .output()
        .expect("ffprobe");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut lines: Vec<String> = text.lines().map(|l| l.trim_end_matches(',').to_string()).filter(|l| !l.is_empty()).collect();
    let duration = lines.pop().and_then(|d| d.parse().ok()).expect("duration");
    (lines, duration)
}

/// Exact number of video frames, by decoding.
fn frames(file: &Path) -> u64 {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0"])
        .arg(file)
        .output()
        .expect("ffprobe");
    String::from_utf8_lossy(&out.stdout).trim().parse().expect("frame count")
}

/// The frame at `t` seconds as 8-bit grey pixels.
fn grey_frame(file: &Path, t: f64) -> Vec<u8> {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-ss", &format!("{t:.3}"), "-i"])
        .arg(file)
        .args(["-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "-"])
        .output()
        .expect("ffmpeg");
    out.stdout
}

/// A cue as read back: start and end in milliseconds, text.
type Read = Vec<(u64, u64, String)>;

/// SRT and WebVTT cues, read with subtp.
fn sidecars(pack: &Path, base: &str) -> (Read, Read) {
    let srt = fs::read_to_string(pack.join(format!("{base}.srt"))).expect("srt");
    let vtt = fs::read_to_string(pack.join(format!("{base}.vtt"))).expect("vtt");
    let ms = |h: u8, m: u8, s: u8, ms: u16| u64::from(h) * 3_600_000 + u64::from(m) * 60_000 + u64::from(s) * 1000 + u64::from(ms);
    let s = subtp::srt::SubRip::parse(&srt).expect("SRT parses");
    let s = s.subtitles.iter().map(|c| (ms(c.start.hours, c.start.minutes, c.start.seconds, c.start.milliseconds), ms(c.end.hours, c.end.minutes, c.end.seconds, c.end.milliseconds), c.text.join("\n"))).collect();
    let v = subtp::vtt::WebVtt::parse(&vtt).expect("WebVTT parses");
    let v = v
        .blocks
        .iter()
        .filter_map(|b| match b {
            subtp::vtt::VttBlock::Que(c) => Some((
                ms(c.timings.start.hours, c.timings.start.minutes, c.timings.start.seconds, c.timings.start.milliseconds),
                ms(c.timings.end.hours, c.timings.end.minutes, c.timings.end.seconds, c.timings.end.milliseconds),
                c.payload.join("\n"),
            )),
            _ => None,
        })
        .collect();
    (s, v)
}

/// Mean absolute difference of two grey frames over rows `rows` (fractions of the height).
fn band_difference(a: &[u8], b: &[u8], width: usize, rows: (f64, f64)) -> f64 {
    let height = a.len() / width;
    let (r0, r1) = ((rows.0 * height as f64) as usize, (rows.1 * height as f64) as usize);
    let (a, b) = (&a[r0 * width..r1 * width], &b[r0 * width..r1 * width]);
    a.iter().zip(b).map(|(x, y)| f64::from(x.abs_diff(*y))).sum::<f64>() / a.len() as f64
}

#[test]
fn demo_motion_posters_in_every_aspect_and_locale() {
    let pack = demo_pack();
    let artifacts = manifest(pack);
    for lang in ["vi", "en", "bru"] {
        for (tag, w, h) in [("16x9", 1280, 720), ("9x16", 720, 1280), ("1x1", 1080, 1080)] {
            let path = format!("video/{lang}/spot-{tag}.mp4");
            let entry = artifacts.iter().find(|a| a["path"] == path.as_str()).unwrap_or_else(|| panic!("{path} listed"));
            assert_eq!(entry["kind"], "video");
            let (streams, duration) = probe(&pack.join(&path));
            assert_eq!(streams, vec![format!("h264,{w},{h}"), "aac".to_string()], "{path}");
            let listed = entry["duration-s"].as_f64().expect("duration-s");
            assert!((duration - listed).abs() <= 0.05, "{path}: ffprobe {duration} s, manifest {listed} s");
            assert_eq!(entry["draft"], true, "espeak-ng voices are DRAFT");
            let n = frames(&pack.join(&path));
            assert!((n as f64 / 25.0 - listed).abs() <= 0.04 + 1e-9, "{path}: {n} frames for {listed} s");
            // Subtitles: both sidecars hold the same cues, which end within the video.
            let (srt, vtt) = sidecars(pack, &format!("video/{lang}/spot-{tag}"));
            assert!(srt.len() >= 6, "{path}: {} cues", srt.len());
            assert_eq!(srt.iter().map(|c| (c.0, c.1)).collect::<Vec<_>>(), vtt.iter().map(|c| (c.0, c.1)).collect::<Vec<_>>());
            assert!(srt.last().is_some_and(|c| c.1 as f64 / 1000.0 <= listed + 1e-3));
            assert!(srt.windows(2).all(|p| p[1].0 >= p[0].1 + 40), "{path}: cues keep a gap");
            for kind in ["srt", "vtt"] {
                assert!(artifacts.iter().any(|a| a["path"] == format!("video/{lang}/spot-{tag}.{kind}") && a["kind"] == "subtitles" && a["format"] == kind));
            }
        }
        let transcript = fs::read_to_string(pack.join(format!("video/{lang}/spot.txt"))).expect("transcript");
        assert_eq!(transcript.split("\n\n").filter(|p| !p.trim().is_empty()).count(), 6, "{lang}: a paragraph per message");
    }
    let (vi, _) = sidecars(pack, "video/vi/spot-16x9");
    let all: String = vi.iter().map(|c| c.2.clone()).collect::<Vec<_>>().join(" ");
    assert!(all.contains("Mọi công dân đều có quyền tiếp cận") && all.contains("miễn phí"), "{all}");
}

#[test]
fn burnt_in_subtitles_follow_the_cue_list() {
    let pack = demo_pack();
    let file = pack.join("video/vi/spot-16x9.mp4");
    let (cues, _) = sidecars(pack, "video/vi/spot-16x9");
    // Inside the second cue against inside the gap before it: only the subtitle band changes
    // (the still does not move).
    let (gap, inside) = ((cues[0].1 + cues[1].0) as f64 / 2000.0, (cues[1].0 + cues[1].1) as f64 / 2000.0);
    assert!(cues[1].0 - cues[0].1 >= 80, "a gap to look at");
    let (a, b) = (grey_frame(&file, gap), grey_frame(&file, inside));
    assert_eq!(a.len(), 1280 * 720);
    let band = band_difference(&a, &b, 1280, (0.8, 1.0));
    let picture = band_difference(&a, &b, 1280, (0.0, 0.75));
    assert!(band > 8.0, "the subtitle shows in its band: {band}");
    assert!(picture < 1.0, "the picture is still: {picture}");
}

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
