//! Checking that the GStreamer elements a pipeline needs are installed, and naming the Debian
//! package that brings each one.

use std::fmt;

use gstreamer as gst;

/// Which Debian package (bookworm) ships each element Loa uses.
const PACKAGES: &[(&str, &[&str])] = &[
    (
        "libgstreamer1.0-0",
        &[
            "queue",
            "capsfilter",
            "filesrc",
            "filesink",
            "fakesink",
            "identity",
            "tee",
            "multiqueue",
        ],
    ),
    (
        "gstreamer1.0-plugins-base",
        &[
            "decodebin",
            "uridecodebin",
            "playbin",
            "videoconvert",
            "videoscale",
            "videorate",
            "audioconvert",
            "audioresample",
            "audiotestsrc",
            "videotestsrc",
            "audiomixer",
            "volume",
            "appsrc",
            "appsink",
            "typefind",
        ],
    ),
    (
        "gstreamer1.0-x",
        &["textoverlay", "timeoverlay", "clockoverlay", "textrender"],
    ),
    (
        "gstreamer1.0-plugins-good",
        &[
            "mp4mux",
            "qtmux",
            "qtdemux",
            "aspectratiocrop",
            "videocrop",
            "videobox",
            "imagefreeze",
            "videoflip",
            "pngdec",
            "pngenc",
            "jpegdec",
            "wavparse",
            "aacparse",
            "matroskademux",
        ],
    ),
    ("gstreamer1.0-plugins-ugly", &["x264enc"]),
    ("gstreamer1.0-plugins-bad", &["h264parse", "h265parse"]),
    (
        "gstreamer1.0-libav",
        &["avenc_aac", "avdec_h264", "avdec_h265", "avdec_aac"],
    ),
];

/// The Debian package that ships `element`, if Loa knows it.
pub fn debian_package(element: &str) -> Option<&'static str> {
    PACKAGES
        .iter()
        .find(|(_, elements)| elements.contains(&element))
        .map(|(package, _)| *package)
}

/// An element that is not installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingElement {
    /// The GStreamer element name (`x264enc`).
    pub element: String,
    /// The Debian package that ships it (`gstreamer1.0-plugins-ugly`), if known.
    pub debian_package: Option<&'static str>,
}

/// Elements a pipeline needs that are not installed (at least one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingElements {
    /// Every missing element, in the order asked for.
    pub missing: Vec<MissingElement>,
}

impl MissingElements {
    /// The Debian packages to install, sorted, without repeats.
    pub fn packages(&self) -> Vec<&'static str> {
        let mut p: Vec<&'static str> = self
            .missing
            .iter()
            .filter_map(|m| m.debian_package)
            .collect();
        p.sort_unstable();
        p.dedup();
        p
    }
}

impl fmt::Display for MissingElements {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<String> = self
            .missing
            .iter()
            .map(|m| match m.debian_package {
                Some(p) => format!("`{}` (package {p})", m.element),
                None => format!("`{}`", m.element),
            })
            .collect();
        write!(f, "GStreamer elements missing: {}", names.join(", "))?;
        let packages = self.packages();
        if !packages.is_empty() {
            write!(
                f,
                "; install them with `apt-get install {}`",
                packages.join(" ")
            )?;
        }
        if self.missing.iter().any(|m| m.debian_package.is_none()) {
            write!(
                f,
                "; look the others up with `apt-file search` or gst-inspect-1.0"
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for MissingElements {}

/// Checks that every element is installed (GStreamer must be initialised).
pub(crate) fn require(elements: &[&str]) -> Result<(), MissingElements> {
    let missing: Vec<MissingElement> = elements
        .iter()
        .filter(|e| gst::ElementFactory::find(e).is_none())
        .map(|e| MissingElement {
            element: (*e).to_string(),
            debian_package: debian_package(e),
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(MissingElements { missing })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_named_and_listed_once() {
        assert_eq!(debian_package("textoverlay"), Some("gstreamer1.0-x"));
        assert_eq!(debian_package("x264enc"), Some("gstreamer1.0-plugins-ugly"));
        assert_eq!(debian_package("avenc_aac"), Some("gstreamer1.0-libav"));
        assert_eq!(
            debian_package("imagefreeze"),
            Some("gstreamer1.0-plugins-good")
        );
        assert_eq!(debian_package("nosuchthing"), None);
        let m = MissingElements {
            missing: vec![
                MissingElement {
                    element: "x264enc".into(),
                    debian_package: debian_package("x264enc"),
                },
                MissingElement {
                    element: "textoverlay".into(),
                    debian_package: debian_package("textoverlay"),
                },
                MissingElement {
                    element: "timeoverlay".into(),
                    debian_package: debian_package("timeoverlay"),
                },
            ],
        };
        assert_eq!(
            m.to_string(),
            "GStreamer elements missing: `x264enc` (package gstreamer1.0-plugins-ugly), \
             `textoverlay` (package gstreamer1.0-x), `timeoverlay` (package gstreamer1.0-x); \
             install them with `apt-get install gstreamer1.0-plugins-ugly gstreamer1.0-x`"
        );
    }
}
