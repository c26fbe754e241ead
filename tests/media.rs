//! Reading videos back the way a station or a viewer would: ffprobe for streams, durations and
//! exact frame counts, ffmpeg for single frames, subtp for SRT and WebVTT sidecars. Shared by
//! `tests/video.rs` and `tests/pack.rs`.

#![allow(dead_code)] // each test file uses some of these

use std::fs;
use std::path::Path;
use std::process::Command;

/// The pack's manifest entries.
pub fn manifest(pack: &Path) -> Vec<serde_json::Value> {
    let m: serde_json::Value = serde_json::from_slice(&fs::read(pack.join("manifest.json")).expect("manifest")).expect("json");
    m["artifacts"].as_array().expect("artifacts").clone()
}

/// `codec,width,height` of each stream and the container duration, by ffprobe.
pub fn probe(file: &Path) -> (Vec<String>, f64) {
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
pub fn frames(file: &Path) -> u64 {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0"])
        .arg(file)
        .output()
        .expect("ffprobe");
    String::from_utf8_lossy(&out.stdout).trim().parse().expect("frame count")
}

/// The frame at `t` seconds as 8-bit grey pixels.
pub fn grey_frame(file: &Path, t: f64) -> Vec<u8> {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-ss", &format!("{t:.3}"), "-i"])
        .arg(file)
        .args(["-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "-"])
        .output()
        .expect("ffmpeg");
    out.stdout
}

/// A cue as read back: start and end in milliseconds, text.
pub type Read = Vec<(u64, u64, String)>;

/// SRT and WebVTT cues, read with subtp.
pub fn sidecars(pack: &Path, base: &str) -> (Read, Read) {
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
pub fn band_difference(a: &[u8], b: &[u8], width: usize, rows: (f64, f64)) -> f64 {
    let height = a.len() / width;
    let (r0, r1) = ((rows.0 * height as f64) as usize, (rows.1 * height as f64) as usize);
    let (a, b) = (&a[r0 * width..r1 * width], &b[r0 * width..r1 * width]);
    a.iter().zip(b).map(|(x, y)| f64::from(x.abs_diff(*y))).sum::<f64>() / a.len() as f64
}

