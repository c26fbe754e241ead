//! Loa's video engine, independent of the campaign model.
//!
//! - [`cues`]: the one cue list that drives burnt-in subtitles, SRT, WebVTT and transcripts
//!   (pure Rust: grapheme-counted, balanced two-line blocks, protected names, timing from the
//!   voice segments, guideline breaches as warnings).
//! - [`gst`]: GStreamer pipelines: checking that the plugins are installed (naming the Debian
//!   package), probing inputs, frame-accurate cuts to any output size with an anchored crop and
//!   burnt-in subtitles, motion posters from a still image and a voice-over. H.264 + AAC in MP4.
//!
//! Outputs are reproducible: the same inputs and settings give the same bytes (one x264 thread
//! by default, no wall-clock times or source metadata in the MP4).
//!
//! System packages (Debian 12): `libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev` to build;
//! `gstreamer1.0-plugins-{base,good,bad,ugly} gstreamer1.0-libav gstreamer1.0-x` to run; the
//! tests also use `ffmpeg`/`ffprobe` and `fc-match` (package `fontconfig`) as independent
//! checks.
//!
//! The crate denies unsafe code except one audited block: setting `FONTCONFIG_FILE` before
//! GStreamer starts ([`gst::fonts`]).

pub mod cues;
#[cfg(feature = "gst")]
pub mod gst;
#[cfg(feature = "gst")]
pub mod render;
pub mod still;

/// The three output shapes campaigns use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    /// 16:9, 1280×720 (web, television).
    Landscape,
    /// 9:16, 720×1280 (phone stories, short videos).
    Portrait,
    /// 1:1, 1080×1080 (social feeds).
    Square,
}

impl Aspect {
    /// The default output size in pixels (width, height).
    pub fn size(self) -> Size {
        match self {
            Aspect::Landscape => Size {
                width: 1280,
                height: 720,
            },
            Aspect::Portrait => Size {
                width: 720,
                height: 1280,
            },
            Aspect::Square => Size {
                width: 1080,
                height: 1080,
            },
        }
    }
}

/// A frame size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Size {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}
