//! Probing a media file (GStreamer's Discoverer) before any pipeline is built: which streams it
//! has, how long it is, its size, frame rate and rotation. Footage with no audio track or rotated
//! phone footage changes the pipeline's shape, so this always comes first.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use gstreamer as gst;
use gstreamer_pbutils as pbutils;
use gstreamer_pbutils::prelude::*;

/// How long the Discoverer may take on one file.
const TIMEOUT: gst::ClockTime = gst::ClockTime::from_seconds(20);

/// What a media file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaInfo {
    /// Length of the longest stream.
    pub duration: Duration,
    /// Whether there is a video stream (or a still image).
    pub has_video: bool,
    /// Whether there is an audio stream.
    pub has_audio: bool,
    /// Stored width of the first video stream in pixels (0 without video), before rotation.
    pub width: u32,
    /// Stored height of the first video stream in pixels (0 without video), before rotation.
    pub height: u32,
    /// Frame rate as a fraction, `None` if variable or unknown (stills, some phone footage).
    pub fps: Option<(i32, i32)>,
    /// Clockwise rotation to apply for display, in degrees (0, 90, 180 or 270), from the
    /// `image-orientation` tag that phones write.
    pub rotation: u32,
    /// Whether the video stream is a still image.
    pub is_image: bool,
}

impl MediaInfo {
    /// Width and height as shown, after rotation.
    pub fn display_size(&self) -> (u32, u32) {
        if self.rotation % 180 == 90 {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }
}

/// Why a file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbeError {
    /// The file does not exist or cannot be read.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The file is empty (zero bytes).
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// GStreamer does not recognise the file as audio or video.
    NotMedia {
        /// The file.
        path: PathBuf,
        /// What GStreamer said.
        detail: String,
    },
    /// A decoder or demuxer for this format is not installed.
    MissingPlugin {
        /// The file.
        path: PathBuf,
        /// What is missing, as GStreamer describes it.
        details: Vec<String>,
    },
    /// The file is recognised but lasts no time at all.
    ZeroDuration {
        /// The file.
        path: PathBuf,
    },
    /// Probing took longer than 20 s.
    Timeout {
        /// The file.
        path: PathBuf,
    },
}

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProbeError::Unreadable { path, reason } => {
                write!(f, "cannot read {}: {reason}", path.display())
            }
            ProbeError::Empty { path } => write!(
                f,
                "{} is empty (0 bytes): the copy or download probably failed; copy it again",
                path.display()
            ),
            ProbeError::NotMedia { path, detail } => write!(
                f,
                "GStreamer cannot read {} as audio or video ({detail}): it may not be a media \
                 file, or be empty, unfinished or damaged; export it again as MP4 (H.264/AAC), \
                 WAV or PNG",
                path.display()
            ),
            ProbeError::MissingPlugin { path, details } => write!(
                f,
                "no GStreamer plugin installed can decode {} (missing: {}); install \
                 gstreamer1.0-libav, gstreamer1.0-plugins-good and gstreamer1.0-plugins-bad, or \
                 convert the file to MP4 (H.264/AAC)",
                path.display(),
                details.join(", ")
            ),
            ProbeError::ZeroDuration { path } => write!(
                f,
                "{} lasts no time at all (zero length): export the clip again",
                path.display()
            ),
            ProbeError::Timeout { path } => write!(
                f,
                "reading {} took too long (over 20 s): the file may be damaged or on a slow drive",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ProbeError {}

/// Degrees of clockwise rotation for an `image-orientation` tag value.
fn rotation_of(orientation: &str) -> u32 {
    match orientation {
        "rotate-90" | "flip-rotate-90" => 90,
        "rotate-180" | "flip-rotate-180" => 180,
        "rotate-270" | "flip-rotate-270" => 270,
        _ => 0,
    }
}

/// Probes `path` (GStreamer must be initialised).
pub(crate) fn probe(path: &Path) -> Result<MediaInfo, ProbeError> {
    let unreadable = |e: std::io::Error| ProbeError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(ProbeError::Unreadable {
            path: path.to_path_buf(),
            reason: "it is not a file".into(),
        });
    }
    if meta.len() == 0 {
        return Err(ProbeError::Empty {
            path: path.to_path_buf(),
        });
    }
    let absolute = std::fs::canonicalize(path).map_err(unreadable)?;
    let uri = gst::glib::filename_to_uri(&absolute, None).map_err(|e| ProbeError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let not_media = |detail: String| ProbeError::NotMedia {
        path: path.to_path_buf(),
        detail,
    };
    let discoverer = pbutils::Discoverer::new(TIMEOUT).map_err(|e| not_media(e.to_string()))?;
    let info = match discoverer.discover_uri(&uri) {
        Ok(info) => info,
        Err(e) => {
            return Err(if e.matches(gst::CoreError::MissingPlugin) {
                ProbeError::MissingPlugin {
                    path: path.to_path_buf(),
                    details: vec![e.to_string()],
                }
            } else {
                not_media(e.to_string())
            });
        }
    };
    match info.result() {
        pbutils::DiscovererResult::Ok => {}
        pbutils::DiscovererResult::MissingPlugins => {
            return Err(ProbeError::MissingPlugin {
                path: path.to_path_buf(),
                details: info
                    .missing_elements_installer_details()
                    .iter()
                    .map(|d| d.to_string())
                    .collect(),
            });
        }
        pbutils::DiscovererResult::Timeout => {
            return Err(ProbeError::Timeout {
                path: path.to_path_buf(),
            });
        }
        other => return Err(not_media(format!("{other:?}"))),
    }
    let videos = info.video_streams();
    let audios = info.audio_streams();
    if videos.is_empty() && audios.is_empty() {
        return Err(not_media("no audio or video stream".into()));
    }
    let mut media = MediaInfo {
        duration: Duration::from_nanos(info.duration().map_or(0, gst::ClockTime::nseconds)),
        has_video: !videos.is_empty(),
        has_audio: !audios.is_empty(),
        width: 0,
        height: 0,
        fps: None,
        rotation: 0,
        is_image: false,
    };
    if let Some(video) = videos.first() {
        media.width = video.width();
        media.height = video.height();
        media.is_image = video.is_image();
        let rate = video.framerate();
        if rate.numer() > 0 && rate.denom() > 0 {
            media.fps = Some((rate.numer(), rate.denom()));
        }
        let orientation = video.tags().and_then(|t| {
            t.get::<gst::tags::ImageOrientation>()
                .map(|v| v.get().to_string())
        });
        media.rotation = orientation.as_deref().map_or(0, rotation_of);
    }
    if media.duration.is_zero() && !media.is_image {
        return Err(ProbeError::ZeroDuration {
            path: path.to_path_buf(),
        });
    }
    Ok(media)
}

/// Probes a voice-over: it must have a sound track.
pub(crate) fn voice_over(path: &Path) -> Result<MediaInfo, super::VideoError> {
    let info = probe(path)?;
    if !info.has_audio {
        return Err(super::VideoError::Job { problem: format!("the voice-over {} has no sound track", path.display()) });
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orientation_tags() {
        assert_eq!(rotation_of("rotate-90"), 90);
        assert_eq!(rotation_of("rotate-270"), 270);
        assert_eq!(rotation_of("rotate-0"), 0);
        let m = MediaInfo {
            duration: Duration::from_secs(1),
            has_video: true,
            has_audio: false,
            width: 1920,
            height: 1080,
            fps: Some((30, 1)),
            rotation: 90,
            is_image: false,
        };
        assert_eq!(m.display_size(), (1080, 1920));
    }
}

