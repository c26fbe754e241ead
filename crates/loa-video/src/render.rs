//! Videos from a campaign's `[video.<name>]` tables, per locale: motion posters (a still with the
//! locale's voice-over) and cuts from footage, in every aspect ratio asked for, with subtitles
//! burnt in and written beside the video as SRT and WebVTT, and a plain-text transcript — all
//! from one cue list per video, aspect and locale.
//!
//! What comes from other output families — the voice-over (the radio engine) and the poster
//! preview used as a default still (the print engine) — is asked of the caller through
//! [`Inputs`], so this crate does not depend on them.

use std::path::{Path, PathBuf};
use std::time::Duration;

use loa_campaign::{Campaign, Output, Spec, VideoSpec};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics};

use crate::cues::{self, Audience, CueSettings, Segment};
use crate::gst::{AudioTrack, CutJob, Encoding, Gst, PosterJob, RateControl, SpeedPreset, VideoError};
use crate::{Aspect, Size};

/// A voice-over made by the caller: a mastered WAV and when each message is spoken in it.
#[derive(Debug, Clone)]
pub struct VoiceOver {
    pub wav: PathBuf,
    /// Per message: id, start and duration in seconds.
    pub segments: Vec<(String, f64, f64)>,
    pub duration_s: f64,
    /// Some message uses a synthetic (DRAFT) voice.
    pub draft: bool,
}

/// What a video needs from the rest of the build.
pub trait Inputs {
    /// The voice-over of `ids` in the locale of `content`, written to `wav`; `None` after a
    /// diagnostic.
    fn voice_over(&mut self, output: &Output, content: &ResolvedContent, ids: &[&str], lufs: f64, wav: &Path, diags: &mut Diagnostics) -> Option<VoiceOver>;
    /// The preview PNG of the campaign's first poster in `lang`, if one was made.
    fn poster_preview(&self, lang: &str) -> Option<PathBuf>;
    /// Called with the job's name and the fraction done, a few times a second.
    fn progress(&mut self, job: &str, fraction: f64);
}

/// A file written into the pack folder, for the manifest.
#[derive(Debug, Clone)]
pub struct VideoFile {
    /// `video`, `subtitles` or `transcript`.
    pub kind: &'static str,
    /// Relative to the pack folder, `/`-separated.
    pub path: String,
    pub props: serde_json::Map<String, serde_json::Value>,
}

/// Renders every enabled video of `campaign` for one locale into the pack folder `out`; `work` is
/// a scratch folder for voice-overs.
pub fn render(gst: &Gst, campaign: &Campaign, content: &ResolvedContent, inputs: &mut dyn Inputs, out: &Path, work: &Path, diags: &mut Diagnostics) -> Vec<VideoFile> {
    let mut files = Vec::new();
    for output in campaign.outputs.iter().filter(|o| o.enabled()) {
        let Spec::Video(spec) = &output.spec else { continue };
        if let Some(mut f) = video(gst, campaign, output, spec, content, inputs, out, work, diags) {
            files.append(&mut f);
        }
    }
    files
}

fn aspect_of(s: &str) -> Aspect {
    match s {
        "9:16" => Aspect::Portrait,
        "1:1" => Aspect::Square,
        _ => Aspect::Landscape,
    }
}

fn size_of(aspect: Aspect, resolution: u32) -> Size {
    match (aspect, resolution) {
        (Aspect::Landscape, 1080) => Size { width: 1920, height: 1080 },
        (Aspect::Portrait, 1080) => Size { width: 1080, height: 1920 },
        (a, _) => a.size(),
    }
}

fn tag(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Landscape => "16x9",
        Aspect::Portrait => "9x16",
        Aspect::Square => "1x1",
    }
}

/// The aspects a video table asks for (16:9 when it names none).
pub fn aspects(spec: &VideoSpec) -> Vec<Aspect> {
    if spec.aspects.is_empty() { vec![Aspect::Landscape] } else { spec.aspects.iter().map(|a| aspect_of(a.get_ref())).collect() }
}

/// The subtitle rules of a video in one aspect and locale: line length, reading speed for its
/// audience, and the names never split.
pub fn cue_settings(spec: &VideoSpec, content: &ResolvedContent, aspect: Aspect) -> CueSettings {
    let audience = if spec.audience.as_ref().is_some_and(|a| a.get_ref() == "easy") { Audience::Easy } else { Audience::General };
    let mut settings = CueSettings::new(aspect, audience).with_protected(protected(content));
    if let Some(n) = &spec.chars_per_line {
        settings.max_chars_per_line = *n.get_ref() as usize;
    }
    settings
}

/// Silence before, between and after the messages of a motion poster's voice-over, in seconds.
pub const VOICE_OVER_SPACING: (f64, f64, f64) = (0.5, 0.6, 1.0);

/// `16:9`, `9:16`, `1:1`.
pub fn label(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Landscape => "16:9",
        Aspect::Portrait => "9:16",
        Aspect::Square => "1:1",
    }
}

fn preset(name: &str) -> SpeedPreset {
    match name {
        "ultrafast" => SpeedPreset::UltraFast,
        "superfast" => SpeedPreset::SuperFast,
        "faster" => SpeedPreset::Faster,
        "fast" => SpeedPreset::Fast,
        "medium" => SpeedPreset::Medium,
        "slow" | "slower" | "veryslow" => SpeedPreset::Slow,
        _ => SpeedPreset::VeryFast,
    }
}

fn secs(s: f64) -> Duration {
    Duration::from_secs_f64(s.max(0.0))
}

/// Names never split across subtitle lines: multi-word variable values (places, offices) and
/// the names of the laws, in this locale.
fn protected(content: &ResolvedContent) -> Vec<String> {
    let mut p: Vec<String> = content.variables.values().filter(|v| v.contains(' ') && v.chars().count() <= 40).cloned().collect();
    p.extend(content.facts.iter().filter_map(|f| f.name.as_ref()).map(|t| t.text.clone()).filter(|t| t.chars().count() <= 40));
    p.sort();
    p.dedup();
    p
}

#[allow(clippy::too_many_arguments)]
fn video(gst: &Gst, c: &Campaign, output: &Output, spec: &VideoSpec, content: &ResolvedContent, inputs: &mut dyn Inputs, out: &Path, work: &Path, diags: &mut Diagnostics) -> Option<Vec<VideoFile>> {
    let lang = content.locale.as_str();
    let name = output.name.get_ref();
    let here = |code: &'static str, msg: String| Diagnostic::error(code, msg).at(c.file, output.name.span());
    let cut = spec.kind.as_ref().is_some_and(|k| k.get_ref() == "cut");
    let ids: Vec<&str> = spec.messages.iter().map(|m| m.get_ref().as_str()).collect();
    let what = format!("the video `{name}`");
    let stem = format!("video/{lang}/{name}");
    if let Err(e) = std::fs::create_dir_all(out.join(&stem).with_file_name("")).and_then(|()| std::fs::create_dir_all(work)) {
        diags.push(here("E0590", format!("cannot make the folders for {stem}: {e}")));
        return None;
    }
    let lufs = spec.lufs.as_ref().map_or(-16.0, |l| *l.get_ref());
    let wav = work.join(format!("{name}-{lang}.wav"));

    // What is seen and heard: the footage or the still, the voice (or the footage's sound), and
    // the text segments the cues are made from.
    let text = |id: &str| content.text(id).unwrap_or_default().to_string();
    let mut voice = None;
    let (duration_s, segments, source) = if cut {
        let footage_spec = spec.footage.as_ref()?;
        let footage = c.root.join(footage_spec.get_ref());
        let info = match gst.probe(&footage) {
            Ok(i) if i.has_video && !i.is_image => i,
            Ok(_) => {
                diags.push(Diagnostic::error("E0501", format!("`{}` is not a video (no moving picture in it)", footage_spec.get_ref())).at(c.file, footage_spec.span()).hint("give a video file (MP4, MOV, MKV, WebM)"));
                return None;
            }
            Err(e) => {
                diags.push(Diagnostic::error("E0501", format!("`{}` cannot be used: {e}", footage_spec.get_ref())).at(c.file, footage_spec.span()).hint("export the footage again as MP4 (H.264)"));
                return None;
            }
        };
        let length = info.duration.as_secs_f64();
        let from = spec.cut_in.as_ref().map_or(0.0, |i| *i.get_ref());
        let to = spec.cut_out.as_ref().map_or(length, |o| *o.get_ref());
        for (v, key) in [(spec.cut_in.as_ref(), "in"), (spec.cut_out.as_ref(), "out")] {
            if let Some(v) = v
                && *v.get_ref() > length + 1e-3
            {
                diags.push(Diagnostic::error("E0502", format!("`{key} = {}` is past the end of `{}`, which lasts {length:.2} s", v.get_ref(), footage_spec.get_ref())).at(c.file, v.span()).hint(format!("give a time from 0 to {length:.2} seconds")));
            }
        }
        if to <= from {
            diags.push(here("E0502", format!("the cut of `{}` is empty ({from:.2}–{to:.2} s)", footage_spec.get_ref())).hint("`out` must come after `in`"));
        }
        if diags.has_errors() {
            return None;
        }
        let span = to - from;
        let segments: Vec<Segment> = if spec.voice_over == Some(true) {
            let v = inputs.voice_over(output, content, &ids, lufs, &wav, diags)?;
            let s = v.segments.iter().map(|(id, start, dur)| Segment { message_id: id.clone(), text: text(id), start: secs(*start), duration: secs(*dur) }).collect();
            voice = Some(v);
            s
        } else {
            // Shown over the footage: the cut's time shared by text length.
            let lengths: Vec<usize> = ids.iter().map(|id| cues::graphemes(&text(id)).max(1)).collect();
            let total: usize = lengths.iter().sum::<usize>().max(1);
            let mut at = 0.0;
            ids.iter()
                .zip(&lengths)
                .map(|(id, n)| {
                    let d = span * *n as f64 / total as f64;
                    let s = Segment { message_id: id.to_string(), text: text(id), start: secs(at), duration: secs(d) };
                    at += d;
                    s
                })
                .collect()
        };
        (span, segments, Source::Footage { file: footage, from, to })
    } else {
        let still = match &spec.still {
            Some(s) => c.root.join(s.get_ref()),
            None => match inputs.poster_preview(lang) {
                Some(p) => p,
                None => {
                    diags.push(here("E0503", format!("the motion poster `{name}` ({lang}) has no picture")).hint("add `still = \"images/spot.png\"`, or a [poster.*] table whose preview it can use"));
                    return None;
                }
            },
        };
        let v = inputs.voice_over(output, content, &ids, lufs, &wav, diags)?;
        let segments = v.segments.iter().map(|(id, start, dur)| Segment { message_id: id.clone(), text: text(id), start: secs(*start), duration: secs(*dur) }).collect();
        let d = v.duration_s;
        voice = Some(v);
        (d, segments, Source::Still(still))
    };
    let draft = voice.as_ref().is_some_and(|v| v.draft);

    let mut files = Vec::new();
    let resolution = spec.resolution.as_ref().map_or(720, |r| *r.get_ref());
    let encoding = Encoding {
        rate_control: RateControl::ConstantQp,
        threads: 2,
        quantizer: spec.quality.as_ref().map_or(23, |q| *q.get_ref()),
        speed_preset: spec.preset.as_ref().map_or(SpeedPreset::VeryFast, |p| preset(p.get_ref())),
        ..Encoding::default()
    };
    let write = |path: &str, text: &str, diags: &mut Diagnostics| match std::fs::write(out.join(path), text) {
        Ok(()) => true,
        Err(e) => {
            diags.push(Diagnostic::error("E0590", format!("{path} could not be written: {e}")));
            false
        }
    };
    let mut transcript_done = false;
    for aspect in aspects(spec) {
        let size = size_of(aspect, resolution);
        let settings = cue_settings(spec, content, aspect);
        let cues = cues::build(&segments, Some(secs(duration_s)), &settings);
        for w in &cues.warnings {
            diags.push(Diagnostic::warning("W0501", format!("{w} — {what}, {lang}, {}", label(aspect))).at(c.file, output.name.span()));
        }
        let base = format!("{stem}-{}", tag(aspect));
        let mut props = serde_json::Map::new();
        props.insert("aspect".into(), label(aspect).into());
        for (ext, body) in [("srt", cues::srt(&cues.cues)), ("vtt", cues::webvtt(&cues.cues))] {
            let path = format!("{base}.{ext}");
            if !write(&path, &body, diags) {
                return None;
            }
            let mut p = props.clone();
            p.insert("format".into(), ext.into());
            p.insert("cues".into(), cues.cues.len().into());
            files.push(VideoFile { kind: "subtitles", path, props: p });
        }
        if !transcript_done {
            let path = format!("{stem}.txt");
            if !write(&path, &cues::transcript(&cues.cues), diags) {
                return None;
            }
            files.push(VideoFile { kind: "transcript", path, props: serde_json::Map::new() });
            transcript_done = true;
        }
        let path = format!("{base}.mp4");
        let target = out.join(&path);
        let job_name = format!("{name} {lang} {}", label(aspect));
        let made = match &source {
            Source::Footage { file, from, to } => {
                let mut job = CutJob::new(file, &target, secs(*from), secs(*to), size);
                if let Some(a) = &spec.anchor {
                    job.anchor = crate::gst::Anchor { x: a.get_ref()[0], y: a.get_ref()[1] };
                }
                job.cues = cues.cues.clone();
                job.encoding = encoding.clone();
                if let Some(v) = &voice {
                    job.audio = AudioTrack::Replace(v.wav.clone());
                }
                gst.cut_with_progress(&job, &mut |f| inputs.progress(&job_name, f))
            }
            Source::Still(still) => {
                let Some(v) = &voice else { return None };
                let framed = work.join(format!("{name}-{lang}-{}.png", tag(aspect)));
                let read = std::fs::read(still).map_err(|e| e.to_string());
                // A header may declare 100 000 × 100 000 pixels (40 GB to decode) in a few bytes.
                if let Some((w, h)) = read.as_deref().ok().and_then(crate::still::png_size).filter(|&(w, h)| u64::from(w) * u64::from(h) > crate::still::MAX_STILL_PIXELS) {
                    let place = spec.still.as_ref().map_or(output.name.span(), |s| s.span());
                    let mp = u64::from(w) * u64::from(h) / 1_000_000;
                    diags.push(
                        Diagnostic::error("E0505", format!("the still of {what} ({lang}) has {w} × {h} pixels ({mp} megapixels); Loa accepts at most {} megapixels", crate::still::MAX_STILL_PIXELS / 1_000_000))
                            .at(c.file, place)
                            .hint("scale the picture down: a 1080p video needs 1920 × 1080 pixels"),
                    );
                    return None;
                }
                let made = read.and_then(|png| crate::still::frame(&png, size, crate::still::SUBTITLE_BAND, background(c)));
                if let Err(e) = made.and_then(|png| std::fs::write(&framed, png).map_err(|e| e.to_string())) {
                    let place = spec.still.as_ref().map_or(output.name.span(), |s| s.span());
                    diags.push(Diagnostic::error("E0503", format!("the still of {what} ({lang}) cannot be used: {e}")).at(c.file, place).hint("give a PNG image"));
                    return None;
                }
                let mut job = PosterJob::new(&framed, &v.wav, &target, size);
                job.cues = cues.cues.clone();
                job.encoding = encoding.clone();
                gst.motion_poster_with_progress(&job, &mut |f| inputs.progress(&job_name, f))
            }
        };
        match made {
            Ok(o) => {
                let mut p = props;
                p.insert("width".into(), o.size.width.into());
                p.insert("height".into(), o.size.height.into());
                p.insert("frames".into(), o.frames.into());
                p.insert("duration-s".into(), ((o.duration.as_secs_f64() * 100.0).round() / 100.0).into());
                p.insert("draft".into(), draft.into());
                files.push(VideoFile { kind: "video", path, props: p });
            }
            Err(e) => {
                let (code, hint) = match &e {
                    VideoError::Missing(m) => ("E0504", format!("install the packages: apt-get install {}", m.packages().join(" "))),
                    VideoError::Probe(_) => ("E0501", "give a PNG still, or export the footage again as MP4 (H.264)".to_string()),
                    VideoError::Job { .. } => ("E0502", "check the video's settings".to_string()),
                    _ => ("E0590", "if the inputs play in a media player, report this with the campaign".to_string()),
                };
                diags.push(here(code, format!("{what} ({lang}, {}) could not be made: {e}", label(aspect))).hint(hint));
                return None;
            }
        }
    }
    Some(files)
}

/// Background of a motion poster: the brand's `primary` colour when white subtitles on it reach
/// 4.5:1 contrast (WCAG AA), else near-black.
fn background(c: &Campaign) -> [u8; 3] {
    let dark = [0x1a, 0x1a, 0x1a];
    let Some(colour) = c.brand.colours.iter().find(|(k, _)| k.get_ref() == "primary").map(|(_, v)| v.srgb.get_ref()) else { return dark };
    let hex = |i: usize| u8::from_str_radix(colour.get(i..i + 2).unwrap_or("zz"), 16).ok();
    let (Some(r), Some(g), Some(b)) = (hex(1), hex(3), hex(5)) else { return dark };
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    if 1.05 / (luminance + 0.05) >= 4.5 { [r, g, b] } else { dark }
}

enum Source {
    Footage { file: PathBuf, from: f64, to: f64 },
    Still(PathBuf),
}
