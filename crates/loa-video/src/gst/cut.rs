//! A frame-accurate cut of footage, cropped around an anchor and scaled to the output size, with
//! burnt-in subtitles and a sound track.
//!
//! ```text
//! filesrc ! decodebin ─video─ queue ! videorate ! caps(fps) ! videoconvert ! videoflip(auto)
//!                                   ! videocrop(anchor) ! videoscale ! caps(W×H) ! textoverlay
//!                                   ! videoconvert ! x264enc ! mp4mux ! filesink(<out>.part)
//!                     ─audio─ queue ! audioconvert ! audioresample ─┐
//! filesrc ! decodebin ─audio─ (voice-over) ───────────────────────── audiomixer ! … ! avenc_aac ! mp4mux
//! audiotestsrc wave=silence (exactly the cut's length) ──────────────┘
//! ```
//!
//! The silence guarantees a sound track as long as the picture whatever the inputs have; the
//! footage's sound and the voice-over join it when asked for.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use gstreamer as gst;
use gstreamer::prelude::*;

use super::pipeline::{self, Anchor, Counters, Encoding, Output, Source, SubtitleStyle, Targets};
use super::{VideoError, probe, require, secs};
use crate::Size;
use crate::cues::Cue;

/// The sound of a cut.
#[derive(Debug, Clone, PartialEq)]
pub enum AudioTrack {
    /// The footage's own sound (silence if it has none).
    Footage,
    /// A voice-over (already mastered) instead of the footage's sound, from the cut's start;
    /// cut off at the end of the picture.
    Replace(PathBuf),
    /// A voice-over over the footage's sound, which is lowered to `footage_gain` (0.0–1.0).
    Mix {
        /// The voice-over.
        voice: PathBuf,
        /// Level of the footage's sound (linear: 0.25 is about −12 dB).
        footage_gain: f64,
    },
    /// No sound (a silent track, so every player shows the same controls).
    Silence,
}

/// What to cut and how.
#[derive(Debug, Clone, PartialEq)]
pub struct CutJob {
    /// The footage.
    pub input: PathBuf,
    /// The MP4 to write (written as `<output>.part`, renamed when complete).
    pub output: PathBuf,
    /// In point, in the footage's time.
    pub start: Duration,
    /// Out point (exclusive), in the footage's time.
    pub end: Duration,
    /// Output frame size (see [`crate::Aspect::size`]).
    pub size: Size,
    /// Which part of the picture to keep when its shape differs from the output's.
    pub anchor: Anchor,
    /// Burnt-in subtitles, timed from the cut's start.
    pub cues: Vec<Cue>,
    /// The sound.
    pub audio: AudioTrack,
    /// Encoder settings.
    pub encoding: Encoding,
    /// How the subtitles look.
    pub style: SubtitleStyle,
}

impl CutJob {
    /// A cut with centred crop, no subtitles, the footage's sound and default settings.
    pub fn new(
        input: impl Into<PathBuf>,
        output: impl Into<PathBuf>,
        start: Duration,
        end: Duration,
        size: Size,
    ) -> Self {
        CutJob {
            input: input.into(),
            output: output.into(),
            start,
            end,
            size,
            anchor: Anchor::CENTRE,
            cues: Vec::new(),
            audio: AudioTrack::Footage,
            encoding: Encoding::default(),
            style: SubtitleStyle::default(),
        }
    }
}

/// Elements a cut needs.
const CUT_ELEMENTS: &[&str] = &[
    "filesrc",
    "decodebin",
    "videorate",
    "videoflip",
    "volume",
    "fakesink",
];

pub(crate) fn cut(job: &CutJob, progress: &mut dyn FnMut(f64)) -> Result<Output, VideoError> {
    pipeline::check_common(job.size, job.anchor, &job.encoding, &job.output)?;
    let mut needed = pipeline::COMMON_ELEMENTS.to_vec();
    needed.extend_from_slice(CUT_ELEMENTS);
    require::require(&needed)?;
    if job.end <= job.start {
        return Err(VideoError::Job {
            problem: format!(
                "the cut of {} ends ({}) before it starts ({}): swap or fix the in and out points",
                job.input.display(),
                secs(job.end),
                secs(job.start)
            ),
        });
    }
    let info = probe::probe(&job.input)?;
    if !info.has_video || info.is_image {
        return Err(VideoError::Job {
            problem: format!(
                "{} has no moving picture{}: use footage (MP4, MOV, MKV…)",
                job.input.display(),
                if info.is_image {
                    " (it is a still image: make a motion poster instead)"
                } else {
                    ""
                }
            ),
        });
    }
    let fps = job.encoding.fps;
    let frame = Duration::from_nanos(1_000_000_000 / u64::from(fps));
    if job.end > info.duration + frame / 2 {
        return Err(VideoError::Job {
            problem: format!(
                "the cut of {} ends at {} but the footage lasts only {}: move the out point",
                job.input.display(),
                secs(job.end),
                secs(info.duration)
            ),
        });
    }
    let voice = match &job.audio {
        AudioTrack::Replace(v) | AudioTrack::Mix { voice: v, .. } => {
            probe::voice_over(v)?;
            Some(v.clone())
        }
        AudioTrack::Footage | AudioTrack::Silence => None,
    };
    let length = job.end - job.start;
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
            still: false,
        };
        let tail = pipeline::video_tail(&pipe, &mux, &picture, counters.clone())?;
        // Picture: fixed frame rate first (drops frames early, fixes variable rates), then
        // upright, crop, scale.
        let rate = pipeline::make("videorate")?;
        let rate_caps = pipeline::caps_filter(
            gst::Caps::builder("video/x-raw")
                .field(
                    "framerate",
                    gst::Fraction::new(i32::try_from(fps).unwrap_or(25), 1),
                )
                .build(),
        )?;
        let convert = pipeline::make("videoconvert")?;
        let flip = pipeline::make("videoflip")?;
        flip.set_property_from_str("video-direction", "auto");
        let crop = pipeline::anchored_crop(job.anchor, job.size)?;
        let scale = pipeline::make("videoscale")?;
        let size_caps = pipeline::caps_filter(
            gst::Caps::builder("video/x-raw")
                .field("width", i32::try_from(job.size.width).unwrap_or(0))
                .field("height", i32::try_from(job.size.height).unwrap_or(0))
                .field("pixel-aspect-ratio", gst::Fraction::new(1, 1))
                .build(),
        )?;
        let video_in = pipeline::queued(
            &pipe,
            &[
                &rate, &rate_caps, &convert, &flip, &crop, &scale, &size_caps,
            ],
        )?;
        size_caps
            .link(&tail)
            .map_err(|e| pipeline::link_error("textoverlay", e))?;
        // Sound.
        let mixer = pipeline::audio_bed(&pipe, &mux, length, &job.encoding)?;
        let footage_audio = match &job.audio {
            AudioTrack::Footage if info.has_audio => {
                Some(pipeline::audio_input(&pipe, &mixer, None)?)
            }
            AudioTrack::Mix { footage_gain, .. } if info.has_audio => {
                Some(pipeline::audio_input(&pipe, &mixer, Some(*footage_gain))?)
            }
            _ => None,
        };
        let mut sources = vec![Source::new(
            &pipe,
            &job.input,
            Targets {
                video: Some(video_in),
                audio: footage_audio,
            },
            Some((job.start, job.end)),
        )?];
        if let Some(voice) = &voice {
            let input = pipeline::audio_input(&pipe, &mixer, None)?;
            sources.push(Source::new(
                &pipe,
                voice,
                Targets {
                    video: None,
                    audio: Some(input),
                },
                Some((Duration::ZERO, length)),
            )?);
        }
        let result = pipeline::run(&pipe, &sources, length, &counters, progress);
        drop(stopper);
        result
    })?;
    let frames = counters.frames();
    Ok(Output {
        path: job.output.clone(),
        frames,
        duration: Duration::from_nanos(frames * 1_000_000_000 / u64::from(fps)),
        size: job.size,
    })
}
