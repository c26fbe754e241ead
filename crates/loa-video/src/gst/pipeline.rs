//! Pieces every pipeline shares: settings, the anchored crop, the subtitle overlay driven by the
//! cue list, the encoders and muxer, decoded sources that can be cut frame-accurately, running a
//! pipeline to the end (progress, errors, stalls) and delivering the file.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use gstreamer as gst;
use gstreamer::prelude::*;
use gstreamer_pbutils as pbutils;
use gstreamer_video as gst_video;

use super::{VideoError, mp4, require};
use crate::Size;
use crate::cues::{self, Cue};

/// Which part of the picture stays when it is cropped to another shape: `x` from 0.0 (keep the
/// left edge) to 1.0 (keep the right edge), `y` from 0.0 (top) to 1.0 (bottom).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    /// Horizontal position, 0.0–1.0.
    pub x: f64,
    /// Vertical position, 0.0–1.0.
    pub y: f64,
}

impl Anchor {
    /// The centre of the picture.
    pub const CENTRE: Anchor = Anchor { x: 0.5, y: 0.5 };
}

impl Default for Anchor {
    fn default() -> Self {
        Anchor::CENTRE
    }
}

/// x264's speed/quality trade-off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SpeedPreset {
    /// Fastest, largest files.
    UltraFast,
    /// Very fast.
    SuperFast,
    /// The default: fast with good compression.
    #[default]
    VeryFast,
    /// Faster.
    Faster,
    /// Fast.
    Fast,
    /// x264's own default.
    Medium,
    /// Slow, smaller files.
    Slow,
}

impl SpeedPreset {
    /// The name x264 uses.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeedPreset::UltraFast => "ultrafast",
            SpeedPreset::SuperFast => "superfast",
            SpeedPreset::VeryFast => "veryfast",
            SpeedPreset::Faster => "faster",
            SpeedPreset::Fast => "fast",
            SpeedPreset::Medium => "medium",
            SpeedPreset::Slow => "slow",
        }
    }
}

/// How x264 spends bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RateControl {
    /// Constant quality (x264 `pass=qual`, CRF): the smallest files for a quality. Byte-for-byte
    /// reproducible only with one encoder thread.
    #[default]
    Quality,
    /// Constant quantizer (x264 `pass=quant`, like ffmpeg's `-qp`): reproducible with any fixed
    /// thread count, but files are about 1.6× larger at the same number.
    ConstantQp,
}

/// How the video and audio are encoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoding {
    /// Output frame rate (frames per second); footage with another or a variable rate is
    /// converted. Default 25.
    pub fps: u32,
    /// Rate control. Default [`RateControl::Quality`].
    pub rate_control: RateControl,
    /// x264 quality or quantizer, 0–50, lower is better. Default 23.
    pub quantizer: u32,
    /// x264 speed preset. Default very fast.
    pub speed_preset: SpeedPreset,
    /// x264 threads (0 = as many as x264 likes). Default 1, because the output must be
    /// reproducible: with constant quality (CRF) and two or more threads, x264 (0.164, Debian 12)
    /// makes different bytes from the same frames run to run (measured on 30 s of 720p). The rest
    /// of the pipeline (decoding, scaling, subtitles) runs on other threads, so one encoder
    /// thread costs less than half the speed; see `benches/cut.rs`.
    pub threads: u32,
    /// Seconds between key frames (where players can start). Default 2.
    pub keyframe_seconds: u32,
    /// AAC bit rate in bits per second. Default 128 000.
    pub audio_bitrate: u32,
}

impl Default for Encoding {
    fn default() -> Self {
        Encoding {
            fps: 25,
            rate_control: RateControl::Quality,
            quantizer: 23,
            speed_preset: SpeedPreset::VeryFast,
            threads: 1,
            keyframe_seconds: 2,
            audio_bitrate: 128_000,
        }
    }
}

/// How burnt-in subtitles look: bottom-centred white text with a dark outline and shadow.
#[derive(Debug, Clone, PartialEq)]
pub struct SubtitleStyle {
    /// Font family; it must be in the vendored fonts. Default Noto Sans.
    pub family: String,
    /// Bold. Default true.
    pub bold: bool,
    /// Font size (pixels) as a fraction of the output height. Default 0.055 (40 px at 720).
    pub size_of_height: f64,
    /// The font size is capped at this fraction of the output width, so that a full line fits
    /// in portrait and square outputs. Default 0.042 (30 px at 720 wide).
    pub max_size_of_width: f64,
    /// Space under the text as a fraction of the output height. Default 0.06.
    pub bottom_margin: f64,
    /// A dark outline around the letters. Default true.
    pub outline: bool,
    /// A drop shadow. Default true.
    pub shadow: bool,
    /// A shaded box behind the text. Default false.
    pub shaded_background: bool,
}

impl Default for SubtitleStyle {
    fn default() -> Self {
        SubtitleStyle {
            family: super::fonts::SUBTITLE_FAMILY.to_string(),
            bold: true,
            size_of_height: 0.055,
            max_size_of_width: 0.042,
            bottom_margin: 0.06,
            outline: true,
            shadow: true,
            shaded_background: false,
        }
    }
}

impl SubtitleStyle {
    /// Font size in pixels for an output size.
    pub fn font_px(&self, size: Size) -> u32 {
        let by_height = f64::from(size.height) * self.size_of_height;
        let by_width = f64::from(size.width) * self.max_size_of_width;
        by_height.min(by_width).round().max(8.0) as u32
    }

    /// The Pango font description (`Noto Sans Bold 40px`).
    pub fn font_desc(&self, size: Size) -> String {
        let weight = if self.bold { " Bold" } else { "" };
        format!("{}{weight} {}px", self.family, self.font_px(size))
    }
}

/// A finished video.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    /// Where it was written.
    pub path: PathBuf,
    /// Number of video frames.
    pub frames: u64,
    /// Length (frames ÷ frame rate).
    pub duration: Duration,
    /// Frame size.
    pub size: Size,
}

/// Checks the settings every job shares.
pub(crate) fn check_common(
    size: Size,
    anchor: Anchor,
    encoding: &Encoding,
    output: &Path,
) -> Result<(), VideoError> {
    let job = |problem: String| Err(VideoError::Job { problem });
    if size.width < 16 || size.height < 16 || size.width > 8192 || size.height > 8192 {
        return job(format!(
            "the output size {}×{} is not usable: width and height must be 16 to 8192 pixels",
            size.width, size.height
        ));
    }
    if size.width % 2 == 1 || size.height % 2 == 1 {
        return job(format!(
            "the output size {}×{} has an odd number: H.264 needs even widths and heights \
             (try {}×{})",
            size.width,
            size.height,
            size.width + size.width % 2,
            size.height + size.height % 2
        ));
    }
    let unit = |v: f64| v.is_finite() && (0.0..=1.0).contains(&v);
    if !unit(anchor.x) || !unit(anchor.y) {
        return job(format!(
            "the crop anchor ({}, {}) is outside the picture: use values from 0.0 to 1.0",
            anchor.x, anchor.y
        ));
    }
    if !(1..=120).contains(&encoding.fps) {
        return job(format!(
            "the frame rate {} is not usable: use 1 to 120",
            encoding.fps
        ));
    }
    if encoding.quantizer > 50 {
        return job(format!(
            "the quality {} is not usable: use 0 (best) to 50",
            encoding.quantizer
        ));
    }
    if output.file_name().is_none() {
        return job(format!(
            "the output {} is not a file name",
            output.display()
        ));
    }
    Ok(())
}

/// Makes an element (after [`require`] has confirmed it exists).
pub(crate) fn make(factory: &str) -> Result<gst::Element, VideoError> {
    let element = gst::ElementFactory::make(factory).build().map_err(|_| {
        VideoError::Missing(require::MissingElements {
            missing: vec![require::MissingElement {
                element: factory.to_string(),
                debian_package: require::debian_package(factory),
            }],
        })
    })?;
    // Scaling and converting split the picture into bands on two threads; each line is computed
    // the same way whatever the split, so the output does not change.
    if matches!(factory, "videoconvert" | "videoscale") && element.has_property("n-threads") {
        element.set_property("n-threads", 2u32);
    }
    Ok(element)
}

/// A `capsfilter` with these caps.
pub(crate) fn caps_filter(caps: gst::Caps) -> Result<gst::Element, VideoError> {
    let f = make("capsfilter")?;
    f.set_property("caps", caps);
    Ok(f)
}

/// A linking failure: a bug, not a user error, but reported rather than panicking.
pub(crate) fn link_error(what: &str, e: impl std::fmt::Display) -> VideoError {
    VideoError::Pipeline {
        element: what.to_string(),
        message: format!("internal error: cannot connect the pipeline ({e})"),
        debug: None,
    }
}

/// Adds elements to the pipeline and links them in a chain.
pub(crate) fn chain(
    pipeline: &gst::Pipeline,
    elements: &[&gst::Element],
) -> Result<(), VideoError> {
    pipeline
        .add_many(elements.iter().copied())
        .map_err(|e| link_error("pipeline", e))?;
    gst::Element::link_many(elements.iter().copied()).map_err(|e| link_error("pipeline", e))
}

/// The part of a `width × height` picture (pixel aspect `par`) to keep for an output of
/// `target` size, placed by `anchor`: `(left, right, top, bottom)` pixels to cut away.
/// Offsets and kept sizes are even, so chroma planes stay aligned.
pub(crate) fn crop_rect(
    width: u32,
    height: u32,
    par: (i32, i32),
    target: Size,
    anchor: Anchor,
) -> (u32, u32, u32, u32) {
    let (pn, pd) = if par.0 > 0 && par.1 > 0 {
        (f64::from(par.0), f64::from(par.1))
    } else {
        (1.0, 1.0)
    };
    let (w, h) = (f64::from(width), f64::from(height));
    let source = w * pn / (h * pd);
    let wanted = f64::from(target.width) / f64::from(target.height);
    let (keep_w, keep_h) = if source > wanted {
        ((h * wanted * pd / pn).round() as u32, height)
    } else {
        (width, (w * pn / (pd * wanted)).round() as u32)
    };
    let even = |v: u32, limit: u32| (v.min(limit) & !1).max(2.min(limit));
    let (keep_w, keep_h) = (even(keep_w, width), even(keep_h, height));
    let place = |spare: u32, at: f64| {
        ((f64::from(spare) * at.clamp(0.0, 1.0)).round() as u32 & !1).min(spare)
    };
    let left = place(width - keep_w, anchor.x);
    let top = place(height - keep_h, anchor.y);
    (left, width - keep_w - left, top, height - keep_h - top)
}

/// A `videocrop` that, when the picture's size is known (its caps), cuts it to `target`'s shape
/// around `anchor`.
pub(crate) fn anchored_crop(anchor: Anchor, target: Size) -> Result<gst::Element, VideoError> {
    let crop = make("videocrop")?;
    let pad = crop
        .static_pad("sink")
        .ok_or_else(|| link_error("videocrop", "no sink pad"))?;
    pad.add_probe(gst::PadProbeType::EVENT_DOWNSTREAM, move |pad, info| {
        if let Some(gst::PadProbeData::Event(event)) = &info.data
            && let gst::EventView::Caps(caps) = event.view()
            && let Ok(vi) = gst_video::VideoInfo::from_caps(caps.caps())
            && let Some(crop) = pad.parent_element()
        {
            let par = vi.par();
            let (l, r, t, b) = crop_rect(
                vi.width(),
                vi.height(),
                (par.numer(), par.denom()),
                target,
                anchor,
            );
            for (name, v) in [("left", l), ("right", r), ("top", t), ("bottom", b)] {
                crop.set_property(name, i32::try_from(v).unwrap_or(0));
            }
        }
        gst::PadProbeReturn::Ok
    });
    Ok(crop)
}

/// How far the video has got and how many frames it has, updated by the subtitle overlay.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    position_ns: AtomicU64,
    frames: AtomicU64,
}

impl Counters {
    pub(crate) fn position(&self) -> Duration {
        Duration::from_nanos(self.position_ns.load(Ordering::Relaxed))
    }
    pub(crate) fn frames(&self) -> u64 {
        self.frames.load(Ordering::Relaxed)
    }
}

/// The subtitle overlay, driven by the cue list: a probe on its video input looks up the cue
/// active at each frame's running time and sets the `text` property when it changes.
fn overlay(
    size: Size,
    style: &SubtitleStyle,
    cues: &[Cue],
    counters: Arc<Counters>,
) -> Result<gst::Element, VideoError> {
    let overlay = make("textoverlay")?;
    overlay.set_property("font-desc", style.font_desc(size));
    overlay.set_property("auto-resize", false);
    overlay.set_property_from_str("valignment", "bottom");
    overlay.set_property_from_str("halignment", "center");
    overlay.set_property_from_str("line-alignment", "center");
    overlay.set_property_from_str("wrap-mode", "none");
    let margin = (f64::from(size.height) * style.bottom_margin).round() as i32;
    overlay.set_property("ypad", margin);
    overlay.set_property("draw-outline", style.outline);
    overlay.set_property("draw-shadow", style.shadow);
    overlay.set_property("shaded-background", style.shaded_background);
    overlay.set_property("text", "");
    // textoverlay reads Pango markup: escape `&`, `<`, `>` or the text silently vanishes.
    let markup: Vec<String> = cues
        .iter()
        .map(|c| gst::glib::markup_escape_text(&c.text).to_string())
        .collect();
    let cues: Vec<Cue> = cues.to_vec();
    let current: Mutex<Option<usize>> = Mutex::new(None);
    let pad = overlay
        .static_pad("video_sink")
        .ok_or_else(|| link_error("textoverlay", "no video_sink pad"))?;
    pad.add_probe(gst::PadProbeType::BUFFER, move |pad, info| {
        let Some(buffer) = info.buffer() else {
            return gst::PadProbeReturn::Ok;
        };
        let Some(pts) = buffer.pts() else {
            return gst::PadProbeReturn::Ok;
        };
        let running = pad
            .sticky_event::<gst::event::Segment>(0)
            .and_then(|s| {
                s.segment()
                    .downcast_ref::<gst::ClockTime>()
                    .and_then(|seg| seg.to_running_time(pts))
            })
            .unwrap_or(pts);
        let end = running + buffer.duration().unwrap_or(gst::ClockTime::ZERO);
        counters
            .position_ns
            .fetch_max(end.nseconds(), Ordering::Relaxed);
        counters.frames.fetch_add(1, Ordering::Relaxed);
        let active = cues::active(&cues, Duration::from_nanos(running.nseconds()));
        let mut current = current.lock().unwrap_or_else(PoisonError::into_inner);
        if *current != active {
            *current = active;
            if let Some(overlay) = pad.parent_element() {
                overlay.set_property("text", active.map_or("", |i| markup[i].as_str()));
            }
        }
        gst::PadProbeReturn::Ok
    });
    Ok(overlay)
}

/// Elements every job needs (besides its sources).
pub(crate) const COMMON_ELEMENTS: &[&str] = &[
    "queue",
    "capsfilter",
    "videoconvert",
    "videoscale",
    "videocrop",
    "textoverlay",
    "x264enc",
    "mp4mux",
    "filesink",
    "audiotestsrc",
    "audiomixer",
    "audioconvert",
    "audioresample",
    "avenc_aac",
];

/// Empties tag events on their way into the muxer. Footage carries metadata (titles, the
/// camera, the phone's GPS position) that has no place in a campaign video, and tags reach the
/// muxer at times that vary from run to run, which made the MP4 header differ between
/// identical runs. (The events are replaced, not dropped: a dropped sticky event is sent again
/// before every buffer.)
fn drop_tags(element: &gst::Element) -> Result<(), VideoError> {
    let pad = element.static_pad("src").ok_or_else(|| link_error("queue", "no src pad"))?;
    pad.add_probe(gst::PadProbeType::EVENT_DOWNSTREAM, |_, info| {
        let is_tag = matches!(&info.data, Some(gst::PadProbeData::Event(e)) if e.type_() == gst::EventType::Tag);
        if is_tag {
            info.data = Some(gst::PadProbeData::Event(gst::event::Tag::new(gst::TagList::new())));
        }
        gst::PadProbeReturn::Ok
    });
    Ok(())
}

/// The muxer writing to `part`.
pub(crate) fn muxer(pipeline: &gst::Pipeline, part: &Path) -> Result<gst::Element, VideoError> {
    let mux = make("mp4mux")?;
    mux.set_property("faststart", true);
    mux.set_property("faststart-file", faststart_path(part));
    let sink = make("filesink")?;
    sink.set_property("location", part);
    chain(pipeline, &[&mux, &sink])?;
    Ok(mux)
}

/// What the encoded picture looks like.
pub(crate) struct Picture<'a> {
    pub size: Size,
    pub encoding: &'a Encoding,
    pub style: &'a SubtitleStyle,
    pub cues: &'a [Cue],
    /// A still image: x264 tuned for it.
    pub still: bool,
}

/// Subtitles and H.264 encoding into `mux`; returns the element raw video (already at the
/// picture's size and the output frame rate) must be linked to.
pub(crate) fn video_tail(
    pipeline: &gst::Pipeline,
    mux: &gst::Element,
    picture: &Picture<'_>,
    counters: Arc<Counters>,
) -> Result<gst::Element, VideoError> {
    let Picture {
        size,
        encoding,
        style,
        cues,
        still,
    } = *picture;
    let overlay = overlay(size, style, cues, counters)?;
    let convert = make("videoconvert")?;
    let format = caps_filter(
        gst::Caps::builder("video/x-raw")
            .field("format", "I420")
            .build(),
    )?;
    let x264 = make("x264enc")?;
    x264.set_property_from_str(
        "pass",
        match encoding.rate_control {
            RateControl::Quality => "qual",
            RateControl::ConstantQp => "quant",
        },
    );
    x264.set_property("quantizer", encoding.quantizer);
    x264.set_property_from_str("speed-preset", encoding.speed_preset.as_str());
    x264.set_property("threads", encoding.threads);
    x264.set_property(
        "key-int-max",
        (encoding.fps * encoding.keyframe_seconds).max(1),
    );
    if still {
        x264.set_property_from_str("tune", "stillimage");
    }
    let queue = make("queue")?;
    drop_tags(&queue)?;
    chain(pipeline, &[&overlay, &convert, &format, &x264, &queue])?;
    queue.link(mux).map_err(|e| link_error("mp4mux", e))?;
    Ok(overlay)
}

/// The sound track: silence for exactly `length` (so the track is never shorter than the
/// picture), mixed with whatever is linked to the returned mixer, encoded to AAC into `mux`.
pub(crate) fn audio_bed(
    pipeline: &gst::Pipeline,
    mux: &gst::Element,
    length: Duration,
    encoding: &Encoding,
) -> Result<gst::Element, VideoError> {
    const RATE: u64 = 48_000;
    const PER_BUFFER: u64 = 480; // 10 ms
    let samples = (u128::from(RATE) * length.as_nanos()).div_ceil(1_000_000_000);
    let buffers = i32::try_from((samples as u64).div_ceil(PER_BUFFER)).unwrap_or(i32::MAX);
    let silence = make("audiotestsrc")?;
    silence.set_property_from_str("wave", "silence");
    silence.set_property("samplesperbuffer", PER_BUFFER as i32);
    silence.set_property("num-buffers", buffers);
    let raw = gst::Caps::builder("audio/x-raw")
        .field("rate", RATE as i32)
        .field("channels", 2i32)
        .build();
    let silence_caps = caps_filter(raw.clone())?;
    let mixer = make("audiomixer")?;
    let convert = make("audioconvert")?;
    let resample = make("audioresample")?;
    let caps = caps_filter(raw)?;
    let aac = make("avenc_aac")?;
    aac.set_property(
        "bitrate",
        i32::try_from(encoding.audio_bitrate).unwrap_or(128_000),
    );
    let queue = make("queue")?;
    drop_tags(&queue)?;
    chain(
        pipeline,
        &[
            &silence,
            &silence_caps,
            &mixer,
            &convert,
            &resample,
            &caps,
            &aac,
            &queue,
        ],
    )?;
    queue.link(mux).map_err(|e| link_error("mp4mux", e))?;
    Ok(mixer)
}

/// A chain `queue ! audioconvert ! audioresample [! volume]` into `mixer`; returns its input.
pub(crate) fn audio_input(
    pipeline: &gst::Pipeline,
    mixer: &gst::Element,
    gain: Option<f64>,
) -> Result<gst::Pad, VideoError> {
    let queue = make("queue")?;
    let convert = make("audioconvert")?;
    let resample = make("audioresample")?;
    let mut elements = vec![queue.clone(), convert, resample];
    if let Some(gain) = gain {
        let volume = make("volume")?;
        volume.set_property("volume", gain.clamp(0.0, 10.0));
        elements.push(volume);
    }
    let refs: Vec<&gst::Element> = elements.iter().collect();
    chain(pipeline, &refs)?;
    if let Some(last) = elements.last() {
        last.link(mixer).map_err(|e| link_error("audiomixer", e))?;
    }
    queue
        .static_pad("sink")
        .ok_or_else(|| link_error("queue", "no sink pad"))
}

/// A `queue` whose sink pad a decoded stream is linked to, followed by `rest`.
pub(crate) fn queued(
    pipeline: &gst::Pipeline,
    rest: &[&gst::Element],
) -> Result<gst::Pad, VideoError> {
    let queue = make("queue")?;
    let mut all = vec![&queue];
    all.extend_from_slice(rest);
    chain(pipeline, &all)?;
    queue
        .static_pad("sink")
        .ok_or_else(|| link_error("queue", "no sink pad"))
}

/// Where decoded streams go; a stream nobody wants goes to a `fakesink`.
#[derive(Default)]
pub(crate) struct Targets {
    /// The input for the first video stream.
    pub video: Option<gst::Pad>,
    /// The input for the first audio stream.
    pub audio: Option<gst::Pad>,
}

/// Pads held back until the seek that starts a cut has been sent.
#[derive(Default)]
struct GateState {
    linked: usize,
    blocked: usize,
    no_more_pads: bool,
    probes: Vec<(gst::Pad, gst::PadProbeId)>,
    seek_pad: Option<gst::Pad>,
    seek_pad_is_video: bool,
}

#[derive(Default)]
struct Gate {
    state: Mutex<GateState>,
    changed: Condvar,
}

impl Gate {
    fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A decoded input file (`filesrc ! decodebin`). With a range, its streams are held at their
/// first buffer until the pipeline plays, then cut with one accurate flushing seek on the
/// decoder's output pad (a seek on the whole pipeline would reach the muxer and leave a file
/// without index).
pub(crate) struct Source {
    gate: Option<Arc<Gate>>,
    range: Option<(Duration, Duration)>,
}

impl Source {
    pub(crate) fn new(
        pipeline: &gst::Pipeline,
        path: &Path,
        targets: Targets,
        range: Option<(Duration, Duration)>,
    ) -> Result<Source, VideoError> {
        let src = make("filesrc")?;
        src.set_property("location", path);
        let decode = make("decodebin")?;
        chain(pipeline, &[&src, &decode])?;
        let gate = range.map(|_| Arc::new(Gate::default()));
        let targets = Mutex::new(targets);
        let weak = pipeline.downgrade();
        let pad_gate = gate.clone();
        decode.connect_pad_added(move |decode, pad| {
            let kind = pad
                .current_caps()
                .or_else(|| Some(pad.query_caps(None)))
                .and_then(|c| c.structure(0).map(|s| s.name().to_string()))
                .unwrap_or_default();
            let wanted = {
                let mut t = targets.lock().unwrap_or_else(PoisonError::into_inner);
                if kind.starts_with("video/") {
                    t.video.take()
                } else if kind.starts_with("audio/") {
                    t.audio.take()
                } else {
                    None
                }
            };
            let is_video = kind.starts_with("video/") && wanted.is_some();
            let sink = match wanted {
                Some(p) => Some(p),
                None => weak.upgrade().and_then(|p| discard(&p).ok()),
            };
            let Some(sink) = sink else { return };
            if let Some(gate) = &pad_gate {
                let first = std::sync::atomic::AtomicBool::new(true);
                let probe_gate = gate.clone();
                let id = sink.add_probe(
                    gst::PadProbeType::BLOCK
                        | gst::PadProbeType::BUFFER
                        | gst::PadProbeType::BUFFER_LIST,
                    move |_, _| {
                        if first.swap(false, Ordering::Relaxed) {
                            probe_gate.lock().blocked += 1;
                            probe_gate.changed.notify_all();
                        }
                        gst::PadProbeReturn::Ok
                    },
                );
                let mut state = gate.lock();
                if let Some(id) = id {
                    state.linked += 1;
                    state.probes.push((sink.clone(), id));
                }
                if state.seek_pad.is_none() || (is_video && !state.seek_pad_is_video) {
                    state.seek_pad = Some(pad.clone());
                    state.seek_pad_is_video = is_video;
                }
            }
            if let Err(e) = pad.link(&sink) {
                gst::element_error!(
                    decode,
                    gst::StreamError::Failed,
                    ("cannot connect the {} stream: {:?}", kind, e)
                );
            }
        });
        if let Some(gate) = gate.clone() {
            decode.connect_no_more_pads(move |_| {
                gate.lock().no_more_pads = true;
                gate.changed.notify_all();
            });
        }
        Ok(Source { gate, range })
    }

    /// Waits until every stream is held, sends the seek, lets the streams go.
    fn open(&self, bus: &gst::Bus) -> Result<(), VideoError> {
        let (Some(gate), Some((start, stop))) = (&self.gate, self.range) else {
            return Ok(());
        };
        let deadline = Instant::now() + STALL;
        let ready = |s: &GateState| s.no_more_pads && s.linked > 0 && s.blocked >= s.linked;
        let seek_pad = loop {
            {
                let mut state = gate.lock();
                if !ready(&state) {
                    state = gate
                        .changed
                        .wait_timeout(state, Duration::from_millis(50))
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
                if ready(&state) {
                    break state.seek_pad.clone();
                }
            }
            if let Some(err) = bus_failure(bus, gst::ClockTime::ZERO) {
                return Err(err);
            }
            if Instant::now() > deadline {
                return Err(VideoError::Stalled {
                    seconds: STALL.as_secs(),
                });
            }
        };
        let seek = gst::event::Seek::new(
            1.0,
            gst::SeekFlags::FLUSH | gst::SeekFlags::ACCURATE,
            gst::SeekType::Set,
            clock(start),
            gst::SeekType::Set,
            clock(stop),
        );
        let sent = seek_pad.is_some_and(|p| p.send_event(seek));
        let probes = std::mem::take(&mut gate.lock().probes);
        for (pad, id) in probes {
            pad.remove_probe(id);
        }
        if sent {
            Ok(())
        } else {
            Err(VideoError::Pipeline {
                element: "decodebin".into(),
                message: "the input cannot be cut at the requested time (seeking refused); \
                          re-export it as MP4"
                    .into(),
                debug: None,
            })
        }
    }
}

/// A `fakesink` for a stream nobody wants, added to a running pipeline.
fn discard(pipeline: &gst::Pipeline) -> Result<gst::Pad, VideoError> {
    let sink = make("fakesink")?;
    sink.set_property("sync", false);
    sink.set_property("async", false);
    pipeline.add(&sink).map_err(|e| link_error("fakesink", e))?;
    let _ = sink.sync_state_with_parent();
    sink.static_pad("sink")
        .ok_or_else(|| link_error("fakesink", "no sink pad"))
}

/// A `Duration` as a GStreamer clock time.
pub(crate) fn clock(d: Duration) -> gst::ClockTime {
    gst::ClockTime::from_nseconds(u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

/// How long a pipeline may make no progress before it is given up.
const STALL: Duration = Duration::from_secs(60);

/// An error or missing-plugin message waiting on the bus, if any.
fn bus_failure(bus: &gst::Bus, wait: gst::ClockTime) -> Option<VideoError> {
    let msg =
        bus.timed_pop_filtered(wait, &[gst::MessageType::Error, gst::MessageType::Element])?;
    failure(&msg)
}

/// The error a bus message reports, if it reports one.
fn failure(msg: &gst::Message) -> Option<VideoError> {
    if pbutils::MissingPluginMessage::is(msg) {
        let description = pbutils::MissingPluginMessage::parse(msg)
            .map(|m| m.description().to_string())
            .unwrap_or_else(|_| "unknown format".into());
        return Some(VideoError::MissingDecoder { description });
    }
    match msg.view() {
        gst::MessageView::Error(e) => Some(VideoError::Pipeline {
            element: e
                .src()
                .map(|s| s.name().to_string())
                .unwrap_or_else(|| "pipeline".into()),
            message: e.error().to_string(),
            debug: e.debug().map(|d| d.to_string()),
        }),
        _ => None,
    }
}

/// Sets the pipeline to `Null` when dropped, on every path out.
pub(crate) struct Stopper(pub gst::Pipeline);

impl Drop for Stopper {
    fn drop(&mut self) {
        let _ = self.0.set_state(gst::State::Null);
    }
}

/// Plays the pipeline to the end: opens the sources' gates, reports progress (the overlay's
/// running time against `length`) and fails on errors or stalls.
pub(crate) fn run(
    pipeline: &gst::Pipeline,
    sources: &[Source],
    length: Duration,
    counters: &Counters,
    progress: &mut dyn FnMut(f64),
) -> Result<(), VideoError> {
    let bus = pipeline
        .bus()
        .ok_or_else(|| link_error("pipeline", "no bus"))?;
    if pipeline.set_state(gst::State::Playing).is_err() {
        return Err(
            bus_failure(&bus, gst::ClockTime::from_seconds(1)).unwrap_or_else(|| {
                VideoError::Pipeline {
                    element: "pipeline".into(),
                    message: "could not start".into(),
                    debug: None,
                }
            }),
        );
    }
    for source in sources {
        source.open(&bus)?;
    }
    progress(0.0);
    let mut last = (Duration::ZERO, Instant::now());
    loop {
        let msg = bus.timed_pop_filtered(
            gst::ClockTime::from_mseconds(200),
            &[
                gst::MessageType::Eos,
                gst::MessageType::Error,
                gst::MessageType::Element,
            ],
        );
        if let Some(msg) = msg {
            if let gst::MessageView::Eos(_) = msg.view() {
                progress(1.0);
                return Ok(());
            }
            if let Some(err) = failure(&msg) {
                return Err(err);
            }
        }
        let position = counters.position();
        if position != last.0 {
            last = (position, Instant::now());
            if !length.is_zero() {
                progress((position.as_secs_f64() / length.as_secs_f64()).min(1.0));
            }
        } else if last.1.elapsed() > STALL {
            return Err(VideoError::Stalled {
                seconds: STALL.as_secs(),
            });
        }
    }
}

/// `<output>.part`: the file is written there and renamed when complete.
pub(crate) fn part_path(output: &Path) -> PathBuf {
    let mut name = output.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    output.with_file_name(name)
}

/// The muxer's temporary file for moving the index to the front.
fn faststart_path(part: &Path) -> PathBuf {
    let mut name = part.file_name().unwrap_or_default().to_os_string();
    name.push(".moov");
    part.with_file_name(name)
}

/// Runs `build_and_run` writing to `<output>.part`; on success zeroes the MP4 timestamps and
/// renames the file into place, on failure removes the partial files.
pub(crate) fn deliver(
    output: &Path,
    build_and_run: impl FnOnce(&Path) -> Result<(), VideoError>,
) -> Result<(), VideoError> {
    let part = part_path(output);
    let result = build_and_run(&part)
        .and_then(|()| mp4::zero_timestamps(&part))
        .and_then(|()| {
            std::fs::rename(&part, output).map_err(|source| VideoError::Io {
                path: output.to_path_buf(),
                source,
            })
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    let _ = std::fs::remove_file(faststart_path(&part));
    result
}

/// A new pipeline.
pub(crate) fn new_pipeline() -> gst::Pipeline {
    gst::Pipeline::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    const P916: Size = Size {
        width: 720,
        height: 1280,
    };

    #[test]
    fn crop_follows_the_anchor() {
        // 1280×720 to 9:16: keep 404 (405 rounded to even) columns.
        assert_eq!(
            crop_rect(1280, 720, (1, 1), P916, Anchor { x: 0.0, y: 0.5 }),
            (0, 876, 0, 0)
        );
        assert_eq!(
            crop_rect(1280, 720, (1, 1), P916, Anchor { x: 1.0, y: 0.5 }),
            (876, 0, 0, 0)
        );
        assert_eq!(
            crop_rect(1280, 720, (1, 1), P916, Anchor::CENTRE),
            (438, 438, 0, 0)
        );
        // 9:16 to 16:9: keep rows.
        let wide = Size {
            width: 1280,
            height: 720,
        };
        assert_eq!(
            crop_rect(720, 1280, (1, 1), wide, Anchor { x: 0.5, y: 0.25 }),
            (0, 0, 218, 658)
        );
        // Same shape: nothing cut.
        assert_eq!(
            crop_rect(640, 360, (1, 1), wide, Anchor::CENTRE),
            (0, 0, 0, 0)
        );
        // Anamorphic 1440×1080 at 4:3 pixels is 16:9: nothing cut.
        assert_eq!(
            crop_rect(1440, 1080, (4, 3), wide, Anchor::CENTRE),
            (0, 0, 0, 0)
        );
    }

    #[test]
    fn font_size_follows_the_output() {
        let s = SubtitleStyle::default();
        assert_eq!(
            s.font_px(Size {
                width: 1280,
                height: 720
            }),
            40
        );
        assert_eq!(s.font_px(P916), 30);
        assert_eq!(
            s.font_px(Size {
                width: 1080,
                height: 1080
            }),
            45
        );
        assert_eq!(s.font_desc(P916), "Noto Sans Bold 30px");
    }

    #[test]
    fn part_file_beside_the_output() {
        assert_eq!(
            part_path(Path::new("/x/a.mp4")),
            PathBuf::from("/x/a.mp4.part")
        );
    }
}
