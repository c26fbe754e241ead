//! Benchmark: 30 s of generated 1280×720 footage cut to 16:9 and 9:16 with burnt-in subtitles,
//! by Loa's GStreamer pipeline and by the equivalent ffmpeg + libass command on the same input
//! and the same cues (SRT); then a 60 s 9:16 motion poster. Prints the median of
//! `LOA_BENCH_RUNS` runs (default 3) of each.
//!
//! `cargo bench -p loa-video --bench cut`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use loa_video::cues::{self, Audience, CueSettings, Segment};
use loa_video::gst::{CutJob, PosterJob, RateControl, SubtitleStyle, init};
use loa_video::Aspect;

const TEXTS: &[&str] = &[
    "Người dân có quyền tiếp cận thông tin & được trả lời.",
    "Theo Luật Tiếp cận thông tin, cơ quan nhà nước phải cung cấp thông tin đúng hạn.",
    "Yêu cầu có thể gửi trực tiếp, qua bưu điện hoặc qua mạng.",
    "Thông tin được cung cấp miễn phí, trừ chi phí in, sao và gửi.",
    "Nếu bị từ chối, người dân có quyền khiếu nại hoặc khởi kiện.",
    "Hãy liên hệ Ủy ban nhân dân xã để được hướng dẫn.",
];

fn ffmpeg(args: &[&str]) {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-nostdin", "-y"])
        .args(args)
        .output()
        .expect("ffmpeg runs");
    assert!(out.status.success(), "ffmpeg {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fonts = root.join("assets/fonts");
    let work: PathBuf = root.join("target/tmp/loa-video-bench");
    std::fs::create_dir_all(&work).unwrap();
    let gst = init(&fonts, &work.join("fontconfig")).expect("GStreamer starts");
    let runs: usize = std::env::var("LOA_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);

    let src = work.join("footage-30s-720p.mp4");
    if !src.exists() {
        ffmpeg(&[
            "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25:duration=30",
            "-f", "lavfi", "-i", "sine=frequency=440:duration=30",
            "-c:v", "libx264", "-preset", "veryfast", "-g", "50", "-pix_fmt", "yuv420p",
            "-c:a", "aac", src.to_str().unwrap(),
        ]);
    }
    let segments: Vec<Segment> = TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| Segment {
            message_id: format!("m{i}"),
            text: (*t).into(),
            start: Duration::from_millis(i as u64 * 5000 + 200),
            duration: Duration::from_millis(4500),
        })
        .collect();

    println!("30 s 1280×720 25 fps footage, burnt-in subtitles, {runs} runs each, median:");
    for aspect in [Aspect::Landscape, Aspect::Portrait] {
        let size = aspect.size();
        let settings = CueSettings::new(aspect, Audience::General)
            .with_protected(["Luật Tiếp cận thông tin", "Ủy ban nhân dân"]);
        let cue_list = cues::build(&segments, Some(Duration::from_secs(30)), &settings).cues;
        let srt = work.join(format!("cues-{}x{}.srt", size.width, size.height));
        std::fs::write(&srt, cues::srt(&cue_list)).unwrap();

        // As `loa build` encodes: constant quantizer 23 with two x264 threads (reproducible
        // bytes), the same rate control as ffmpeg's `-qp 23` below.
        let mut ours = Vec::new();
        let mut files = Vec::new();
        for i in 0..runs {
            let out = work.join(format!("loa-{}x{}-{i}.mp4", size.width, size.height));
            let mut job = CutJob::new(&src, &out, Duration::ZERO, Duration::from_secs(30), size);
            job.cues = cue_list.clone();
            job.encoding.rate_control = RateControl::ConstantQp;
            job.encoding.threads = 2;
            let t = Instant::now();
            gst.cut(&job).expect("cut");
            ours.push(t.elapsed());
            files.push(std::fs::read(&out).unwrap());
        }
        let reproducible = files.windows(2).all(|w| w[0] == w[1]);

        // The same picture with ffmpeg: centre crop to the output's shape, scale, libass.
        let px = SubtitleStyle::default().font_px(size);
        let ass_size = f64::from(px) * 288.0 / f64::from(size.height); // libass: PlayResY 288
        let crop = format!(
            "crop='min(iw,ih*{w}/{h})':'min(ih,iw*{h}/{w})',scale={w}:{h}",
            w = size.width,
            h = size.height
        );
        let filter = format!(
            "{crop},subtitles={}:fontsdir={}:force_style='FontName=Noto Sans,Bold=1,\
             FontSize={ass_size:.1},Outline=1,Shadow=1,MarginV=20'",
            srt.display(),
            fonts.display()
        );
        let mut theirs = Vec::new();
        for i in 0..runs {
            let out = work.join(format!("ffmpeg-{}x{}-{i}.mp4", size.width, size.height));
            let t = Instant::now();
            ffmpeg(&[
                "-i", src.to_str().unwrap(), "-vf", &filter, "-r", "25",
                "-c:v", "libx264", "-preset", "veryfast", "-qp", "23",
                "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", out.to_str().unwrap(),
            ]);
            theirs.push(t.elapsed());
        }
        let (a, b) = (median(ours).as_secs_f64(), median(theirs).as_secs_f64());
        println!(
            "  {aspect:?} {}×{}: loa {a:.2} s (identical bytes every run: {reproducible}), \
             ffmpeg + libass {b:.2} s; loa ÷ ffmpeg {:.2}",
            size.width,
            size.height,
            a / b
        );
    }

    // A 60 s 9:16 motion poster from a 1920×1080 still and a 60 s voice-over.
    let image = work.join("still-1080p.png");
    let voice = work.join("voice-60s.wav");
    if !image.exists() || !voice.exists() {
        ffmpeg(&["-f", "lavfi", "-i", "testsrc2=size=1920x1080", "-frames:v", "1", image.to_str().unwrap()]);
        ffmpeg(&["-f", "lavfi", "-i", "sine=frequency=300:duration=60:sample_rate=48000", voice.to_str().unwrap()]);
    }
    let segments: Vec<Segment> = (0..12)
        .map(|i| Segment {
            message_id: format!("m{i}"),
            text: TEXTS[i % TEXTS.len()].into(),
            start: Duration::from_millis(i as u64 * 5000),
            duration: Duration::from_millis(4600),
        })
        .collect();
    let settings = CueSettings::new(Aspect::Portrait, Audience::General);
    let cue_list = cues::build(&segments, Some(Duration::from_secs(60)), &settings).cues;
    let mut times = Vec::new();
    for i in 0..runs {
        let out = work.join(format!("poster-{i}.mp4"));
        let mut job = PosterJob::new(&image, &voice, &out, Aspect::Portrait.size());
        job.cues = cue_list.clone();
        job.encoding.rate_control = RateControl::ConstantQp;
        job.encoding.threads = 2;
        let t = Instant::now();
        gst.motion_poster(&job).expect("poster");
        times.push(t.elapsed());
    }
    let p = median(times).as_secs_f64();
    println!("  motion poster 60 s 720×1280 from a 1920×1080 PNG: {p:.2} s ({:.1}× real time)", 60.0 / p);
}
