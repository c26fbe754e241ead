//! Helpers shared by the integration tests: the engine (started once per test binary), inputs
//! generated with ffmpeg into a temporary folder, and ffprobe/ffmpeg read-backs.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use loa_video::gst::{Gst, init};

/// The repository's vendored fonts.
pub fn fonts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts")
}

/// Where the generated fontconfig configuration lives for tests.
pub fn fontconfig_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("loa-video-fontconfig")
}

/// The engine, started once for the whole test binary.
pub fn engine() -> Gst {
    static GST: OnceLock<Gst> = OnceLock::new();
    *GST.get_or_init(|| init(&fonts_dir(), &fontconfig_dir()).expect("GStreamer starts"))
}

/// The tests' working folder, `target/tmp/loa-video-tests`: emptied when the test binary starts
/// (not by the child processes it starts), left in place afterwards for inspection.
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("loa-video-tests");
        if std::env::var_os("LOA_VIDEO_CHILD").is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

/// Runs ffmpeg quietly; panics with its message on failure.
pub fn ffmpeg(args: &[&str]) {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-y"])
        .args(args)
        .output()
        .expect("ffmpeg runs");
    assert!(
        out.status.success(),
        "ffmpeg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs ffmpeg with the space-separated `args` (none may contain a space), then `output`.
pub fn ffmpeg_to(args: &str, output: &str) {
    let mut all: Vec<&str> = args.split_whitespace().collect();
    all.push(output);
    ffmpeg(&all);
}

/// Makes `name` in the scratch folder once (by `make`), returns its path.
pub fn fixture(name: &str, make: impl FnOnce(&str)) -> PathBuf {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let path = scratch().join(name);
    if !path.exists() {
        make(path.to_str().unwrap());
    }
    path
}

/// 10 s of 320×180 testsrc2 (moving picture, frame counter) at 25 fps, one key frame only (so
/// a cut must decode from the start), with a 440 Hz tone and a title tag.
pub fn source_10s() -> PathBuf {
    fixture("src10.mp4", |p| {
        ffmpeg_to(
            "-f lavfi -i testsrc2=size=320x180:rate=25:duration=10 -f lavfi -i sine=frequency=440:duration=10 -c:v libx264 -preset ultrafast -g 250 -pix_fmt yuv420p -c:a aac -metadata title=PRIVATE-TITLE",
            p,
        )
    })
}

/// A stream's fields from ffprobe (`codec_name`, `width`, `nb_read_frames`…), per stream.
pub fn ffprobe_streams(
    path: &Path,
    count_frames: bool,
) -> Vec<std::collections::HashMap<String, String>> {
    let mut cmd = Command::new("ffprobe");
    cmd.args([
        "-v",
        "error",
        "-show_entries",
        "stream=codec_type,codec_name,width,height,nb_read_frames,duration,r_frame_rate",
        "-of",
        "default=noprint_wrappers=0",
    ]);
    if count_frames {
        cmd.arg("-count_frames");
    }
    let out = cmd.arg(path).output().expect("ffprobe runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut streams = Vec::new();
    let mut current = std::collections::HashMap::new();
    for line in text.lines() {
        match line {
            "[STREAM]" => current = std::collections::HashMap::new(),
            "[/STREAM]" => streams.push(std::mem::take(&mut current)),
            _ => {
                if let Some((k, v)) = line.split_once('=') {
                    current.insert(k.to_string(), v.to_string());
                }
            }
        }
    }
    streams
}

/// The container's duration in seconds.
pub fn ffprobe_duration(path: &Path) -> f64 {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(path)
        .output()
        .expect("ffprobe runs");
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a duration")
}

/// Frame `n` (0-based, in decode order of presentation) as packed RGB, optionally cropped to
/// `(w, h, x, y)`.
pub fn frame_rgb(path: &Path, n: u32, crop: Option<(u32, u32, u32, u32)>) -> Vec<u8> {
    let mut filter = format!("select=eq(n\\,{n})");
    if let Some((w, h, x, y)) = crop {
        filter.push_str(&format!(",crop={w}:{h}:{x}:{y}"));
    }
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-i"])
        .arg(path)
        .args([
            "-vf",
            &filter,
            "-frames:v",
            "1",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-",
        ])
        .output()
        .expect("ffmpeg runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A PNG decoded to packed RGB.
pub fn png_rgb(path: &Path) -> Vec<u8> {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-i"])
        .arg(path)
        .args(["-f", "rawvideo", "-pix_fmt", "rgb24", "-"])
        .output()
        .expect("ffmpeg runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Mean absolute difference of two equally long byte images (0–255).
pub fn mad(a: &[u8], b: &[u8]) -> f64 {
    assert_eq!(a.len(), b.len(), "images of different sizes");
    a.iter()
        .zip(b)
        .map(|(x, y)| f64::from(x.abs_diff(*y)))
        .sum::<f64>()
        / a.len() as f64
}

/// Mean of each channel of a packed RGB image.
pub fn mean_rgb(img: &[u8]) -> [f64; 3] {
    let mut sum = [0f64; 3];
    for px in img.chunks_exact(3) {
        for c in 0..3 {
            sum[c] += f64::from(px[c]);
        }
    }
    let n = (img.len() / 3).max(1) as f64;
    [sum[0] / n, sum[1] / n, sum[2] / n]
}
