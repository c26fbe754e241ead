//! GStreamer pipelines (gstreamer-rs 0.25, GStreamer 1.22 as in Debian 12).
//!
//! Everything starts with [`init`], which points fontconfig at the vendored fonts, starts
//! GStreamer and returns a [`Gst`] handle; the handle's methods do the work:
//!
//! - [`Gst::require`]: are these elements installed? If not, which Debian packages bring them.
//! - [`Gst::probe`]: what a media file holds ([`MediaInfo`]).
//! - [`Gst::cut`]: a frame-accurate cut of footage, cropped around an anchor to any size, with
//!   burnt-in subtitles and the footage's sound, a voice-over, both, or silence ([`CutJob`]).
//! - [`Gst::motion_poster`]: a still image held for the length of a voice-over, with burnt-in
//!   subtitles ([`PosterJob`]).
//!
//! Both write H.264 (x264, constant quality) + AAC in MP4 with the index at the front
//! (`faststart`), first to `<output>.part`, renamed when complete; the container's creation and
//! modification times are set to zero, so identical inputs give identical bytes.
//!
//! Module map: [`fonts`] (fontconfig), [`require`] (elements → packages), [`probe`]
//! (Discoverer), `pipeline` (pieces every pipeline shares: crop, subtitles, encoders, running
//! and cleaning up), `cut` and `poster` (the two jobs), `mp4` (zeroing timestamps).

pub mod fonts;
pub mod probe;
pub mod require;

mod cut;
mod mp4;
mod pipeline;
mod poster;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use gstreamer as gst;

pub use cut::{AudioTrack, CutJob};
pub use fonts::FontError;
pub use pipeline::{Anchor, Encoding, Output, RateControl, SpeedPreset, SubtitleStyle};
pub use poster::PosterJob;
pub use probe::{MediaInfo, ProbeError};
pub use require::{MissingElement, MissingElements, debian_package};

/// Proof that GStreamer runs with Loa's fonts; made by [`init`].
#[derive(Debug, Clone, Copy)]
pub struct Gst {
    _private: (),
}

/// The fonts folder GStreamer was started with in this process.
static STARTED: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Points fontconfig at `fonts_dir` only (a `fonts.conf` and its cache are written into
/// `config_dir`), then starts GStreamer. Call it before starting threads; later calls with the
/// same fonts folder return at once, with another folder they fail (fontconfig reads its
/// configuration once per process).
pub fn init(fonts_dir: &Path, config_dir: &Path) -> Result<Gst, VideoError> {
    let mut started = STARTED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let wanted = std::fs::canonicalize(fonts_dir).map_err(|_| {
        VideoError::Fonts(FontError::NoFonts {
            dir: fonts_dir.to_path_buf(),
        })
    })?;
    if let Some(active) = started.as_ref() {
        return if *active == wanted {
            Ok(Gst { _private: () })
        } else {
            Err(VideoError::OtherFonts {
                active: active.clone(),
                wanted,
            })
        };
    }
    let file = fonts::write_config(&wanted, config_dir).map_err(VideoError::Fonts)?;
    fonts::use_config(&file);
    gst::init().map_err(|e| VideoError::Init {
        detail: e.to_string(),
    })?;
    *started = Some(wanted);
    Ok(Gst { _private: () })
}

impl Gst {
    /// Checks that every element is installed; the error names each missing one and the Debian
    /// package that ships it.
    pub fn require(&self, elements: &[&str]) -> Result<(), MissingElements> {
        require::require(elements)
    }

    /// What a media file holds. Text files, empty files and clips of zero length are errors.
    pub fn probe(&self, path: &Path) -> Result<MediaInfo, ProbeError> {
        probe::probe(path)
    }

    /// Cuts footage (see [`CutJob`]).
    pub fn cut(&self, job: &CutJob) -> Result<Output, VideoError> {
        cut::cut(job, &mut |_| {})
    }

    /// Cuts footage, calling `progress` with the fraction done (0.0 to 1.0) a few times a second.
    pub fn cut_with_progress(
        &self,
        job: &CutJob,
        progress: &mut dyn FnMut(f64),
    ) -> Result<Output, VideoError> {
        cut::cut(job, progress)
    }

    /// Makes a motion poster (see [`PosterJob`]).
    pub fn motion_poster(&self, job: &PosterJob) -> Result<Output, VideoError> {
        poster::motion_poster(job, &mut |_| {})
    }

    /// Makes a motion poster, calling `progress` with the fraction done.
    pub fn motion_poster_with_progress(
        &self,
        job: &PosterJob,
        progress: &mut dyn FnMut(f64),
    ) -> Result<Output, VideoError> {
        poster::motion_poster(job, progress)
    }
}

/// Why a video could not be made.
#[derive(Debug)]
pub enum VideoError {
    /// The vendored fonts could not be set up.
    Fonts(FontError),
    /// [`init`] was already called with another fonts folder.
    OtherFonts {
        /// The folder in use.
        active: PathBuf,
        /// The folder asked for.
        wanted: PathBuf,
    },
    /// GStreamer itself could not start.
    Init {
        /// What GStreamer said.
        detail: String,
    },
    /// Elements the pipeline needs are not installed.
    Missing(MissingElements),
    /// An input file cannot be used.
    Probe(ProbeError),
    /// The job asks for something impossible (times outside the footage, odd sizes…).
    Job {
        /// What is wrong and how to fix it.
        problem: String,
    },
    /// A decoder for one of the inputs is not installed (found while running).
    MissingDecoder {
        /// What is missing, as GStreamer describes it.
        description: String,
    },
    /// GStreamer stopped with an error.
    Pipeline {
        /// The element that failed.
        element: String,
        /// Its message.
        message: String,
        /// GStreamer's technical details.
        debug: Option<String>,
    },
    /// The pipeline made no progress for a long time.
    Stalled {
        /// How long it waited.
        seconds: u64,
    },
    /// The output could not be written.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl fmt::Display for VideoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VideoError::Fonts(e) => e.fmt(f),
            VideoError::OtherFonts { active, wanted } => write!(
                f,
                "subtitle fonts were already set to {} in this process; {} cannot be used as well \
                 (internal error: initialise the video engine once)",
                active.display(),
                wanted.display()
            ),
            VideoError::Init { detail } => write!(
                f,
                "GStreamer could not start ({detail}); install the GStreamer packages listed in \
                 ./dev"
            ),
            VideoError::Missing(e) => e.fmt(f),
            VideoError::Probe(e) => e.fmt(f),
            VideoError::Job { problem } => f.write_str(problem),
            VideoError::MissingDecoder { description } => write!(
                f,
                "no GStreamer plugin installed can decode an input ({description}); install \
                 gstreamer1.0-libav, gstreamer1.0-plugins-good and gstreamer1.0-plugins-bad, or \
                 convert the file to MP4 (H.264/AAC)"
            ),
            VideoError::Pipeline {
                element, message, ..
            } => {
                write!(f, "video processing failed in `{element}`: {message}")
            }
            VideoError::Stalled { seconds } => write!(
                f,
                "video processing made no progress for {seconds} s and was stopped; the input may \
                 be damaged (try re-exporting it)"
            ),
            VideoError::Io { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for VideoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            VideoError::Fonts(e) => Some(e),
            VideoError::Missing(e) => Some(e),
            VideoError::Probe(e) => Some(e),
            VideoError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<MissingElements> for VideoError {
    fn from(e: MissingElements) -> Self {
        VideoError::Missing(e)
    }
}

impl From<ProbeError> for VideoError {
    fn from(e: ProbeError) -> Self {
        VideoError::Probe(e)
    }
}

/// Seconds with one decimal, for messages.
pub(crate) fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}
