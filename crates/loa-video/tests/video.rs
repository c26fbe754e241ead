//! The GStreamer engine on short generated inputs, read back with ffprobe and ffmpeg (an
//! independent decoder).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;
use loa_video::cues::{self, Cue, CueSettings, Segment};
use loa_video::gst::{
    Anchor, AudioTrack, CutJob, PosterJob, ProbeError, VideoError, debian_package,
};
use loa_video::{Aspect, Size};

const SMALL: Size = Size {
    width: 320,
    height: 180,
};

fn ms(v: u64) -> Duration {
    Duration::from_millis(v)
}

/// 2 s of a 640×360 flat colour (subtitle renders are compared on it), no sound.
fn flat_source() -> PathBuf {
    fixture("flat.mp4", |p| {
        ffmpeg_to(
            "-f lavfi -i color=c=0x30406a:size=640x360:rate=25:duration=2 -c:v libx264 -preset ultrafast -pix_fmt yuv420p",
            p,
        )
    })
}

/// 1 s of 320×180: red left half, blue right half, no sound.
fn split_source() -> PathBuf {
    fixture("split.mp4", |p| {
        ffmpeg_to(
            "-f lavfi -i color=c=red:s=160x180:r=25:d=1[a];color=c=blue:s=160x180:r=25:d=1[b];[a][b]hstack -c:v libx264 -preset ultrafast -pix_fmt yuv420p",
            p,
        )
    })
}

/// A 0.6 s 660 Hz voice-over (WAV, 48 kHz mono).
fn voice_wav() -> PathBuf {
    fixture("voice.wav", |p| {
        ffmpeg_to(
            "-f lavfi -i sine=frequency=660:duration=0.6:sample_rate=48000 -c:a pcm_s16le",
            p,
        )
    })
}

/// RMS (0–1) of the sound between `from` and `to` seconds, decoded by ffmpeg.
fn rms(path: &Path, from: f64, to: f64) -> f64 {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-i"])
        .arg(path)
        .args(["-vn", "-ac", "1", "-ar", "8000", "-f", "s16le", "-"])
        .output()
        .expect("ffmpeg runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let samples: Vec<f64> = out
        .stdout
        .chunks_exact(2)
        .map(|b| f64::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
        .collect();
    let (a, b) = (
        (from * 8000.0) as usize,
        ((to * 8000.0) as usize).min(samples.len()),
    );
    assert!(
        a < b,
        "no sound between {from} and {to} s ({} samples)",
        samples.len()
    );
    (samples[a..b].iter().map(|s| s * s).sum::<f64>() / (b - a) as f64).sqrt()
}

fn video_stream(path: &Path) -> std::collections::HashMap<String, String> {
    ffprobe_streams(path, true)
        .into_iter()
        .find(|s| s["codec_type"] == "video")
        .expect("a video stream")
}

#[test]
fn cut_from_2_to_7_s_has_125_frames_starting_at_frame_50() {
    let gst = engine();
    let src = source_10s();
    let out = scratch().join("cut_2_7.mp4");
    let job = CutJob::new(&src, &out, ms(2000), ms(7000), SMALL);
    let done = gst.cut(&job).expect("cut");
    assert_eq!(done.frames, 125);
    assert_eq!(video_stream(&out)["nb_read_frames"], "125");
    // The first frame is the source's frame 50 (2.00 s), not its neighbours.
    let first = frame_rgb(&out, 0, None);
    let d: Vec<f64> = [49, 50, 51]
        .iter()
        .map(|&n| mad(&first, &frame_rgb(&src, n, None)))
        .collect();
    assert!(
        d[1] < 3.0 && d[1] < d[0] / 2.0 && d[1] < d[2] / 2.0,
        "{d:?}"
    );
    // And the last is frame 174.
    let last = frame_rgb(&out, 124, None);
    let d: Vec<f64> = [173, 174, 175]
        .iter()
        .map(|&n| mad(&last, &frame_rgb(&src, n, None)))
        .collect();
    assert!(
        d[1] < 3.0 && d[1] < d[0] / 2.0 && d[1] < d[2] / 2.0,
        "{d:?}"
    );
    // The footage's tone comes along.
    assert!(rms(&out, 0.1, 4.9) > 0.03);
    assert!(!scratch().join("cut_2_7.mp4.part").exists());
}

#[test]
fn every_aspect_has_exact_size_h264_aac_and_length() {
    let gst = engine();
    let src = source_10s();
    for aspect in [Aspect::Landscape, Aspect::Portrait, Aspect::Square] {
        let size = aspect.size();
        let out = scratch().join(format!("aspect_{}x{}.mp4", size.width, size.height));
        let job = CutJob::new(&src, &out, ms(1000), ms(2000), size);
        gst.cut(&job).expect("cut");
        let streams = ffprobe_streams(&out, false);
        let video = streams
            .iter()
            .find(|s| s["codec_type"] == "video")
            .expect("video");
        let audio = streams
            .iter()
            .find(|s| s["codec_type"] == "audio")
            .expect("audio");
        assert_eq!(video["codec_name"], "h264");
        assert_eq!(audio["codec_name"], "aac");
        assert_eq!(video["width"], size.width.to_string());
        assert_eq!(video["height"], size.height.to_string());
        let duration = ffprobe_duration(&out);
        assert!((duration - 1.0).abs() <= 0.04, "{aspect:?}: {duration} s");
    }
}

#[test]
fn crop_keeps_the_anchored_side() {
    let gst = engine();
    let src = split_source();
    let size = Size {
        width: 90,
        height: 160,
    };
    let mut colours = Vec::new();
    for x in [0.0, 1.0] {
        let out = scratch().join(format!("anchor_{x}.mp4"));
        let mut job = CutJob::new(&src, &out, ms(0), ms(400), size);
        job.anchor = Anchor { x, y: 0.5 };
        gst.cut(&job).expect("cut");
        colours.push(mean_rgb(&frame_rgb(&out, 3, None)));
    }
    let [red, blue] = [colours[0], colours[1]];
    assert!(
        red[0] > 200.0 && red[2] < 40.0,
        "anchor 0 should keep the red left: {red:?}"
    );
    assert!(
        blue[2] > 200.0 && blue[0] < 40.0,
        "anchor 1 should keep the blue right: {blue:?}"
    );
}

/// The subtitle text the golden image shows.
const SUBTITLE: &str = "Người dân có quyền tiếp cận thông tin & được trả lời";

/// Cuts the flat source with `text` shown from 0.4 to 0.8 s.
fn subtitled(name: &str, text: &str) -> PathBuf {
    let out = scratch().join(name);
    let mut job = CutJob::new(
        flat_source(),
        &out,
        ms(0),
        ms(1000),
        Size {
            width: 640,
            height: 360,
        },
    );
    job.cues = vec![Cue {
        start: ms(400),
        end: ms(800),
        text: text.into(),
        message_id: "m".into(),
    }];
    engine().cut(&job).expect("cut");
    out
}

/// Share of pixels that differ by more than 64 in some channel.
fn strongly_different(a: &[u8], b: &[u8]) -> f64 {
    let n = a
        .chunks_exact(3)
        .zip(b.chunks_exact(3))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 64))
        .count();
    n as f64 / (a.len() / 3) as f64
}

#[test]
fn vietnamese_subtitle_matches_the_golden_image() {
    // The bottom band where subtitles sit.
    let band = Some((640, 80, 0, 280));
    let out = subtitled("subtitled.mp4", SUBTITLE);
    let shown = frame_rgb(&out, 15, band); // 0.6 s
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/subtitle-vi.png");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        ffmpeg(&[
            "-i",
            out.to_str().unwrap(),
            "-vf",
            "select=eq(n\\,15),crop=640:80:0:280",
            "-frames:v",
            "1",
            golden.to_str().unwrap(),
        ]);
    }
    let expected = png_rgb(&golden);
    let (m, s) = (
        mad(&shown, &expected),
        strongly_different(&shown, &expected),
    );
    assert!(
        m < 1.5 && s < 0.002,
        "differs from the golden image: mean {m}, strong {s}"
    );
    // The text is really there, and only while its cue is active (0.4–0.8 s).
    let before = frame_rgb(&out, 5, band);
    let after = frame_rgb(&out, 22, band);
    assert!(strongly_different(&before, &expected) > 0.02);
    assert!(strongly_different(&before, &after) < 0.001);
    // The same words without diacritics look measurably different: the marks are in the golden.
    let plain = subtitled(
        "subtitled-plain.mp4",
        "Nguoi dan co quyen tiep can thong tin & duoc tra loi",
    );
    let plain = frame_rgb(&plain, 15, band);
    assert!(
        strongly_different(&plain, &expected) > 0.005,
        "{}",
        strongly_different(&plain, &expected)
    );
}

#[test]
fn markup_characters_are_escaped() {
    // A raw `&` or `<` would make Pango reject the markup and the subtitle vanish silently.
    let band = Some((640, 80, 0, 280));
    let out = subtitled("markup.mp4", "A & B <c>");
    let shown = frame_rgb(&out, 15, band);
    let empty = frame_rgb(&out, 5, band);
    assert!(strongly_different(&shown, &empty) > 0.005);
}

#[test]
fn vendored_fonts_resolve_through_the_generated_config() {
    engine();
    let conf = fontconfig_dir().join("fonts.conf");
    let fc = |pattern: &str| {
        let out = Command::new("fc-match")
            .env("FONTCONFIG_FILE", &conf)
            .args([pattern, "file"])
            .output()
            .expect("fc-match runs (Debian package fontconfig)");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert!(
        fc("Noto Sans:bold").ends_with("assets/fonts/NotoSans-Bold.ttf"),
        "{}",
        fc("Noto Sans:bold")
    );
    assert!(fc("sans-serif").ends_with("assets/fonts/NotoSans-Regular.ttf"));
    // A family that is not vendored still resolves to a vendored file, never a system font.
    assert!(
        fc("DejaVu Sans").contains("/assets/fonts/"),
        "{}",
        fc("DejaVu Sans")
    );
}

#[test]
fn footage_without_sound_gets_silence_or_the_voice_over() {
    let gst = engine();
    let src = split_source();
    let out = scratch().join("silent.mp4");
    gst.cut(&CutJob::new(&src, &out, ms(0), ms(1000), SMALL))
        .expect("cut");
    let streams = ffprobe_streams(&out, false);
    assert!(streams.iter().any(|s| s["codec_name"] == "aac"));
    assert!((ffprobe_duration(&out) - 1.0).abs() <= 0.04);
    assert!(rms(&out, 0.0, 0.95) < 0.001);
    // With a 0.6 s voice-over instead: the tone, then silence to the end of the picture.
    let out = scratch().join("voiced.mp4");
    let mut job = CutJob::new(&src, &out, ms(0), ms(1000), SMALL);
    job.audio = AudioTrack::Replace(voice_wav());
    gst.cut(&job).expect("cut");
    assert!(rms(&out, 0.1, 0.5) > 0.03);
    assert!(rms(&out, 0.7, 0.95) < 0.003);
    assert!((ffprobe_duration(&out) - 1.0).abs() <= 0.04);
}

#[test]
fn voice_over_mixed_over_the_footage_sound_and_cut_to_the_picture() {
    let gst = engine();
    let out = scratch().join("mixed.mp4");
    let mut job = CutJob::new(source_10s(), &out, ms(3000), ms(3400), SMALL);
    job.audio = AudioTrack::Mix {
        voice: voice_wav(),
        footage_gain: 0.25,
    };
    gst.cut(&job).expect("cut");
    // 0.6 s of voice over a 0.4 s picture: the sound stops with the picture.
    assert!(
        (ffprobe_duration(&out) - 0.4).abs() <= 0.04,
        "{}",
        ffprobe_duration(&out)
    );
    assert!(rms(&out, 0.05, 0.35) > 0.03);
}

#[test]
fn rotated_phone_footage_is_turned_upright() {
    let gst = engine();
    let rotated = fixture("rotated.mp4", |p| {
        let plain = scratch().join("rotated-plain.mp4");
        ffmpeg_to(
            "-f lavfi -i testsrc2=size=320x180:rate=25:duration=1 -c:v libx264 -preset ultrafast -pix_fmt yuv420p",
            plain.to_str().unwrap(),
        );
        ffmpeg(&[
            "-i",
            plain.to_str().unwrap(),
            "-c",
            "copy",
            "-metadata:s:v:0",
            "rotate=90",
            p,
        ]);
    });
    let info = gst.probe(&rotated).expect("probe");
    assert_eq!(info.rotation % 180, 90, "{info:?}");
    assert_eq!(info.display_size(), (180, 320));
    let out = scratch().join("upright.mp4");
    gst.cut(&CutJob::new(
        &rotated,
        &out,
        ms(0),
        ms(400),
        Size {
            width: 180,
            height: 320,
        },
    ))
    .expect("cut");
    // ffmpeg turns the picture upright itself when decoding: the two must agree.
    let ours = frame_rgb(&out, 2, None);
    let reference = frame_rgb(&rotated, 2, None);
    assert!(mad(&ours, &reference) < 4.0, "{}", mad(&ours, &reference));
}

#[test]
fn variable_frame_rate_becomes_25_fps() {
    let gst = engine();
    // 1 s at 30 fps, then 1 s at 10 fps, marked variable.
    let vfr = fixture("vfr.mp4", |p| {
        ffmpeg_to(
            "-f lavfi -i testsrc2=size=320x180:rate=30:duration=2 -vf select='lt(n\\,30)+not(mod(n\\,3))' -vsync vfr -c:v libx264 -preset ultrafast -pix_fmt yuv420p",
            p,
        )
    });
    let out = scratch().join("cfr.mp4");
    gst.cut(&CutJob::new(&vfr, &out, ms(0), ms(1800), SMALL))
        .expect("cut");
    let v = video_stream(&out);
    assert_eq!(v["r_frame_rate"], "25/1");
    assert_eq!(v["nb_read_frames"], "45");
}

#[test]
fn identical_jobs_give_identical_bytes_and_progress_is_reported() {
    let gst = engine();
    let cue = Cue { start: ms(100), end: ms(900), text: "Xin chào".into(), message_id: "m".into() };
    let mut runs = Vec::new();
    for i in 0..2 {
        let out = scratch().join(format!("same-{i}.mp4"));
        let mut job = CutJob::new(source_10s(), &out, ms(4000), ms(7000), SMALL);
        job.cues = vec![cue.clone()];
        job.audio = AudioTrack::Mix { voice: voice_wav(), footage_gain: 0.5 };
        let mut seen = Vec::new();
        gst.cut_with_progress(&job, &mut |f| seen.push(f)).expect("cut");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert_eq!(seen.last(), Some(&1.0));
        runs.push(std::fs::read(&out).expect("read"));
        if i == 0 {
            std::thread::sleep(Duration::from_millis(1100)); // the muxer's clock moves on
        }
    }
    assert!(runs[0] == runs[1], "two identical cuts differ");
    // The footage's metadata (here a title; on phones, the GPS position) is not copied.
    assert!(!runs[0].windows(13).any(|w| w == b"PRIVATE-TITLE"));
    assert!(std::fs::read(source_10s()).unwrap().windows(13).any(|w| w == b"PRIVATE-TITLE"));
}

#[test]
fn motion_poster_lasts_as_long_as_the_voice() {
    let gst = engine();
    let image = fixture("poster.png", |p| {
        ffmpeg_to(
            "-f lavfi -i testsrc2=size=400x300 -frames:v 1",
            p,
        )
    });
    let voice = fixture("voice1500.wav", |p| {
        ffmpeg_to(
            "-f lavfi -i sine=frequency=500:duration=1.5:sample_rate=48000 -c:a pcm_s16le",
            p,
        )
    });
    let out = scratch().join("poster.mp4");
    let mut job = PosterJob::new(
        &image,
        &voice,
        &out,
        Size {
            width: 180,
            height: 320,
        },
    );
    let built = cues::build(
        &[Segment {
            message_id: "m".into(),
            text: "Xin chào".into(),
            start: ms(0),
            duration: ms(1500),
        }],
        None,
        &CueSettings::new(Aspect::Portrait, Default::default()),
    );
    job.cues = built.cues;
    let done = gst.motion_poster(&job).expect("poster");
    assert_eq!(done.frames, 38); // ceil(1.5 s × 25)
    let v = video_stream(&out);
    assert_eq!(
        (
            v["codec_name"].as_str(),
            v["width"].as_str(),
            v["height"].as_str()
        ),
        ("h264", "180", "320")
    );
    assert_eq!(v["nb_read_frames"], "38");
    assert!((ffprobe_duration(&out) - 1.52).abs() <= 0.04);
    assert!(rms(&out, 0.1, 1.4) > 0.03);
    // The picture is the poster, cropped to 3:4 → 9:16 around the centre.
    let first = frame_rgb(&out, 0, None);
    let last = frame_rgb(&out, 37, None);
    let band = 180 * 200 * 3; // above the subtitle
    assert!(mad(&first[..band], &last[..band]) < 2.0);
}

#[test]
fn bad_jobs_are_refused_with_a_reason_and_leave_nothing() {
    let gst = engine();
    let src = source_10s();
    let out = scratch().join("bad.mp4");
    let err = gst
        .cut(&CutJob::new(&src, &out, ms(8000), ms(12_000), SMALL))
        .expect_err("too long");
    assert!(
        matches!(err, VideoError::Job { .. }) && err.to_string().contains("lasts only"),
        "{err}"
    );
    let err = gst
        .cut(&CutJob::new(
            &src,
            &out,
            ms(0),
            ms(1000),
            Size {
                width: 321,
                height: 180,
            },
        ))
        .expect_err("odd");
    assert!(err.to_string().contains("even"), "{err}");
    let err = gst
        .cut(&CutJob::new(&src, &out, ms(3000), ms(1000), SMALL))
        .expect_err("reversed");
    assert!(err.to_string().contains("before it starts"), "{err}");
    let err = gst
        .cut(&CutJob::new(
            scratch().join("nothing.mp4"),
            &out,
            ms(0),
            ms(1000),
            SMALL,
        ))
        .expect_err("missing");
    assert!(
        matches!(err, VideoError::Probe(ProbeError::Unreadable { .. })),
        "{err}"
    );
    let err = gst
        .motion_poster(&PosterJob::new(&src, voice_wav(), &out, SMALL))
        .expect_err("not a png");
    assert!(err.to_string().contains("PNG"), "{err}");
    assert!(!out.exists() && !scratch().join("bad.mp4.part").exists());
}

#[test]
fn probe_reads_footage_and_rejects_text_and_empty_files() {
    let gst = engine();
    let info = gst.probe(&source_10s()).expect("probe");
    assert_eq!(
        (info.width, info.height, info.fps, info.rotation),
        (320, 180, Some((25, 1)), 0)
    );
    assert!(info.has_video && info.has_audio);
    assert!(
        (info.duration.as_secs_f64() - 10.0).abs() < 0.05,
        "{info:?}"
    );
    let wav = gst.probe(&voice_wav()).expect("probe wav");
    assert!(wav.has_audio && !wav.has_video);
    let text = scratch().join("notes.txt");
    std::fs::write(&text, "Đây không phải là video.\n").unwrap();
    let err = gst.probe(&text).expect_err("text");
    assert!(matches!(err, ProbeError::NotMedia { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot read"), "{err}");
    let empty = scratch().join("empty.mp4");
    std::fs::write(&empty, "").unwrap();
    let err = gst.probe(&empty).expect_err("empty");
    assert_eq!(
        err,
        ProbeError::Empty {
            path: empty.clone()
        }
    );
    assert!(err.to_string().contains("0 bytes"));
    // An MP4 with no frames at all (262 bytes of headers).
    let zero = scratch().join("zero-frames.mp4");
    ffmpeg_to("-f lavfi -i testsrc2=size=32x18:rate=25 -frames:v 0 -c:v libx264", zero.to_str().unwrap());
    let err = gst.probe(&zero).expect_err("no frames");
    // Depending on timing, GStreamer reports it at once or never prerolls (then the probe's
    // time limit ends it): refused either way.
    assert!(matches!(err, ProbeError::ZeroDuration { .. } | ProbeError::NotMedia { .. } | ProbeError::Timeout { .. }), "{err:?}");
}

/// Runs in a child process with a reduced plugin folder (GStreamer reads its registry once
/// per process): `require` must name what is missing and the Debian package.
#[test]
fn missing_plugins_are_named_with_their_debian_package() {
    if std::env::var_os("LOA_VIDEO_CHILD").is_some() {
        let gst = engine();
        match gst.require(&["videoconvert", "textoverlay", "x264enc", "mp4mux"]) {
            Ok(()) => println!("RESULT ok"),
            Err(e) => {
                for m in &e.missing {
                    println!("RESULT {} {}", m.element, m.debian_package.unwrap_or("?"));
                }
                println!("MESSAGE {e}");
            }
        }
        let out = scratch().join("never.mp4");
        let err = gst.cut(&CutJob::new(
            scratch().join("x.mp4"),
            &out,
            ms(0),
            ms(1000),
            SMALL,
        ));
        println!(
            "CUT {}",
            err.map(|_| "ok".to_string())
                .unwrap_or_else(|e| e.to_string())
        );
        return;
    }
    let system = Path::new("/usr/lib/x86_64-linux-gnu/gstreamer-1.0");
    let reduced = scratch().join("reduced-plugins");
    std::fs::create_dir_all(&reduced).unwrap();
    // Core elements, plugins-base's videoconvert and plugins-good's MP4 muxer; no pango, no x264.
    for lib in [
        "libgstcoreelements.so",
        "libgstvideoconvertscale.so",
        "libgstisomp4.so",
    ] {
        let target = reduced.join(lib);
        if !target.exists() {
            std::os::unix::fs::symlink(system.join(lib), target).unwrap();
        }
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "missing_plugins_are_named_with_their_debian_package",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("LOA_VIDEO_CHILD", "1")
        .env("GST_PLUGIN_SYSTEM_PATH_1_0", &reduced)
        .env("GST_PLUGIN_PATH_1_0", "")
        .env_remove("GST_PLUGIN_PATH")
        .env("GST_REGISTRY_1_0", scratch().join("reduced-registry.bin"))
        .output()
        .expect("child runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split("RESULT ").nth(1))
        .collect();
    assert_eq!(
        results,
        [
            "textoverlay gstreamer1.0-x",
            "x264enc gstreamer1.0-plugins-ugly"
        ],
        "{text}"
    );
    assert!(
        text.contains("apt-get install gstreamer1.0-plugins-ugly gstreamer1.0-x"),
        "{text}"
    );
    let cut = text
        .lines()
        .find_map(|l| l.strip_prefix("CUT "))
        .unwrap_or_default();
    assert!(
        cut.contains("`avenc_aac` (package gstreamer1.0-libav)"),
        "{cut}"
    );
    assert_eq!(debian_package("avenc_aac"), Some("gstreamer1.0-libav"));
}
