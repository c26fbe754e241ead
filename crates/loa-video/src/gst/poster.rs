//! A motion poster: a still PNG held for the length of a voice-over, with burnt-in subtitles.
//!
//! ```text
//! filesrc ! pngdec ! videoconvert ! videocrop(anchor) ! videoscale ! caps(W×H)
//!         ! imagefreeze num-buffers=N ! caps(fps) ! textoverlay ! videoconvert
//!         ! x264enc tune=stillimage ! mp4mux ! filesink(<out>.part)
//! filesrc ! decodebin ! queue ! audioconvert ! audioresample ─ audiomixer ! … ! avenc_aac ! mp4mux
//! audiotestsrc wave=silence (N frames long) ─────────────────────┘
//! ```
//!
//! The picture is scaled *before* `imagefreeze`, so the scaling happens once instead of once per
//! frame (about twice as fast). `imagefreeze` never ends by itself: `num-buffers` is set from the
//! voice-over's length. No slow zoom (Ken Burns) yet: it would need a crop that changes every
//! frame after `imagefreeze`, i.e. scaling every frame.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use gstreamer as gst;
use gstreamer::prelude::*;

use super::pipeline::{self, Anchor, Counters, Encoding, Output, Source, SubtitleStyle, Targets};
use super::{VideoError, probe, require};
use crate::Size;
use crate::cues::Cue;

/// What to make a motion poster from.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterJob {
    /// The still picture (PNG).
    pub image: PathBuf,
    /// The voice-over (already mastered); the video lasts as long as it does.
    pub voice: PathBuf,
    /// The MP4 to write (written as `<output>.part`, renamed when complete).
    pub output: PathBuf,
    /// Output frame size.
    pub size: Size,
    /// Which part of the picture to keep when its shape differs from the output's.
    pub anchor: Anchor,
    /// Burnt-in subtitles, timed from the start.
    pub cues: Vec<Cue>,
    /// Encoder settings (x264 is tuned for still images).
    pub encoding: Encoding,
    /// How the subtitles look.
    pub style: SubtitleStyle,
}

impl PosterJob {
    /// A poster with centred crop, no subtitles and default settings.
    pub fn new(
        image: impl Into<PathBuf>,
        voice: impl Into<PathBuf>,
        output: impl Into<PathBuf>,
        size: Size,
    ) -> Self {
        PosterJob {
            image: image.into(),
            voice: voice.into(),
            output: output.into(),
            size,
            anchor: Anchor::CENTRE,
            cues: Vec::new(),
            encoding: Encoding::default(),
            style: SubtitleStyle::default(),
        }
    }
}

/// Elements a motion poster needs.
const POSTER_ELEMENTS: &[&str] = &["filesrc", "pngdec", "imagefreeze", "decodebin", "fakesink"];

/// Whether the file starts with the PNG signature.
fn is_png(path: &std::path::Path) -> bool {
    let mut head = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head == *b"\x89PNG\r\n\x1a\n"
}

pub(crate) fn motion_poster(
    job: &PosterJob,
    progress: &mut dyn FnMut(f64),
) -> Result<Output, VideoError> {
    pipeline::check_common(job.size, job.anchor, &job.encoding, &job.output)?;
    let mut needed = pipeline::COMMON_ELEMENTS.to_vec();
    needed.extend_from_slice(POSTER_ELEMENTS);
    require::require(&needed)?;
    let picture = probe::probe(&job.image)?;
    if !is_png(&job.image) || !picture.has_video {
        return Err(VideoError::Job {
            problem: format!(
                "{} is not a PNG picture: export the poster image as PNG",
                job.image.display()
            ),
        });
    }
    let voice = probe::voice_over(&job.voice)?;
    let fps = u64::from(job.encoding.fps);
    let frames = (voice.duration.as_nanos() * u128::from(fps)).div_ceil(1_000_000_000);
    let frames = u64::try_from(frames).unwrap_or(u64::MAX).max(1);
    let length = Duration::from_nanos(frames * 1_000_000_000 / fps);
    let counters = Arc::new(Counters::default());
    pipeline::deliver(&job.output, |part| {
        let pipe = pipeline::new_pipeline();
        let stopper = pipeline::Stopper(pipe.clone());
        let mux = pipeline::muxer(&pipe, part)?;
        let picture = pipeline::Picture {
            size: job.size,
            encoding: &job.encoding,
            style: &job.style,
            cues: &job.cues,
            still: true,
        };
        let tail = pipeline::video_tail(&pipe, &mux, &picture, counters.clone())?;
        let src = pipeline::make("filesrc")?;
        src.set_property("location", &job.image);
        let dec = pipeline::make("pngdec")?;
        let convert = pipeline::make("videoconvert")?;
        let crop = pipeline::anchored_crop(job.anchor, job.size)?;
        let scale = pipeline::make("videoscale")?;
        // I420 here, once, so the frames imagefreeze repeats need no conversion before x264.
        let size_caps = pipeline::caps_filter(
            gst::Caps::builder("video/x-raw")
                .field("format", "I420")
                .field("width", i32::try_from(job.size.width).unwrap_or(0))
                .field("height", i32::try_from(job.size.height).unwrap_or(0))
                .field("pixel-aspect-ratio", gst::Fraction::new(1, 1))
                .build(),
        )?;
        let freeze = pipeline::make("imagefreeze")?;
        freeze.set_property("num-buffers", i32::try_from(frames).unwrap_or(i32::MAX));
        let rate_caps = pipeline::caps_filter(
            gst::Caps::builder("video/x-raw")
                .field(
                    "framerate",
                    gst::Fraction::new(i32::try_from(fps).unwrap_or(25), 1),
                )
                .build(),
        )?;
        pipeline::chain(
            &pipe,
            &[
                &src, &dec, &convert, &crop, &scale, &size_caps, &freeze, &rate_caps,
            ],
        )?;
        rate_caps
            .link(&tail)
            .map_err(|e| pipeline::link_error("textoverlay", e))?;
        let mixer = pipeline::audio_bed(&pipe, &mux, length, &job.encoding)?;
        let input = pipeline::audio_input(&pipe, &mixer, None)?;
        let sources = [Source::new(
            &pipe,
            &job.voice,
            Targets {
                video: None,
                audio: Some(input),
            },
            None,
        )?];
        let result = pipeline::run(&pipe, &sources, length, &counters, progress);
        drop(stopper);
        result
    })?;
    let frames = counters.frames();
    Ok(Output {
        path: job.output.clone(),
        frames,
        duration: Duration::from_nanos(frames * 1_000_000_000 / fps),
        size: job.size,
    })
}
