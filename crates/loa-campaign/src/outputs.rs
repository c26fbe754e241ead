//! Output tables: `[poster.<name>]`, `[leaflet.<name>]`, `[handbook.<name>]`, `[radio.<name>]`,
//! `[video.<name>]`. Each kind reads only its own table; this module knows which messages and
//! assets each names, so `loa check` can verify them before any media is built.

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutputKind {
    Poster,
    Leaflet,
    Handbook,
    Radio,
    Video,
}

impl OutputKind {
    pub const ALL: [OutputKind; 5] = [Self::Poster, Self::Leaflet, Self::Handbook, Self::Radio, Self::Video];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Poster => "poster",
            Self::Leaflet => "leaflet",
            Self::Handbook => "handbook",
            Self::Radio => "radio",
            Self::Video => "video",
        }
    }
}

fn yes() -> bool {
    true
}

/// A poster. Message fields default to the campaign's `[messages]` groups.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PosterSpec {
    #[serde(default = "yes")]
    pub enabled: bool,
    /// `A3` or `A2`, portrait.
    pub size: Option<Spanned<String>>,
    pub headline: Option<Spanned<String>>,
    pub points: Option<Vec<Spanned<String>>>,
    pub call_to_action: Option<Spanned<String>>,
    /// A designer's SVG whose `loa-<slot>` rectangles Loa fills (see docs/campaign-format.md).
    pub template: Option<Spanned<String>>,
}

/// A tri-fold leaflet. Message fields default to the campaign's `[messages]` groups.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LeafletSpec {
    #[serde(default = "yes")]
    pub enabled: bool,
    pub headline: Option<Spanned<String>>,
    pub points: Option<Vec<Spanned<String>>>,
    pub qa: Option<Vec<Spanned<String>>>,
    pub call_to_action: Option<Spanned<String>>,
    /// `true`: also an easy-read A4 edition from the messages' `.easy` wordings and `[pictures]`.
    pub easy_read: Option<Spanned<bool>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// Message id of the chapter title.
    pub title: Spanned<String>,
    /// Q&A items and law excerpts, in order.
    pub items: Vec<Spanned<String>>,
}

/// A legal handbook.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HandbookSpec {
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    /// Glossary term ids; defaults to the campaign's `[messages] glossary`.
    pub glossary: Option<Vec<Spanned<String>>>,
    /// `true`: also an easy-read A4 edition from the messages' `.easy` wordings and `[pictures]`.
    pub easy_read: Option<Spanned<bool>>,
}

/// One entry of a radio rundown: exactly one of `jingle`, `voice`, `bed` (+ `under`), `pause`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// Audio file played as is.
    pub jingle: Option<Spanned<String>>,
    /// Message id read by the announcer.
    pub voice: Option<Spanned<String>>,
    /// Music bed played under the `under` voice segments.
    pub bed: Option<Spanned<String>>,
    #[serde(default)]
    pub under: Vec<Spanned<String>>,
    /// Silence in seconds.
    pub pause: Option<Spanned<f64>>,
}

/// The command that speaks a draft voice when a recording is missing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftVoice {
    /// Program and arguments; `{voice}`, `{output}` (a WAV file) and `{text}` are replaced.
    pub command: Vec<Spanned<String>>,
    /// The voice to use per locale; a locale without one has no draft voice.
    #[serde(default)]
    pub voices: std::collections::BTreeMap<String, Spanned<String>>,
}

/// A radio bulletin.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RadioSpec {
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default)]
    pub profiles: Vec<Spanned<String>>,
    pub target_duration: Option<Spanned<f64>>,
    #[serde(default)]
    pub rundown: Vec<Spanned<Segment>>,
    /// Draft voice for missing recordings (default: espeak-ng with `vi` and `en` voices).
    pub draft_voice: Option<DraftVoice>,
    /// Locales allowed to use another locale's audio, e.g. `{ bru = "vi" }` (recorded in the manifest).
    #[serde(default)]
    pub audio_fallback: std::collections::BTreeMap<Spanned<String>, Spanned<String>>,
    /// Changes to the delivery profiles' targets, e.g. `{ loudspeaker = { lufs = -18.0 } }`.
    #[serde(default)]
    pub targets: std::collections::BTreeMap<Spanned<String>, Target>,
}

/// Loudness targets of a delivery profile; what is left out keeps the profile's default.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Target {
    /// Integrated loudness, LUFS.
    pub lufs: Option<f64>,
    /// Maximum true peak, dBTP.
    pub true_peak: Option<f64>,
    /// Broadcast WAV only: 24 (default) or 16 (with TPDF dither).
    pub bits: Option<u16>,
    /// 1 (mono) or 2 (stereo); defaults: broadcast 2, loudspeaker 1.
    pub channels: Option<u16>,
    /// Loudspeaker MP3 only: constant bit rate in kbit/s (default 64).
    pub bitrate_kbps: Option<u16>,
}

/// A video: a motion poster (a still with the voice-over) or a cut from footage.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct VideoSpec {
    #[serde(default = "yes")]
    pub enabled: bool,
    /// `motion-poster` or `cut`.
    pub kind: Option<Spanned<String>>,
    /// Message ids spoken (motion poster, or a cut with `voice-over`) or shown over the footage,
    /// in order.
    #[serde(default)]
    pub messages: Vec<Spanned<String>>,
    /// Aspect ratios: `16:9`, `9:16`, `1:1` (default `16:9`).
    #[serde(default)]
    pub aspects: Vec<Spanned<String>>,
    /// `720` (1280×720 / 720×1280, the default) or `1080` (1920×1080 / 1080×1920); 1:1 is
    /// always 1080×1080.
    pub resolution: Option<Spanned<u32>>,
    /// Motion poster: the still image (PNG) in the campaign folder; default the preview
    /// of the campaign's first poster in the same locale.
    pub still: Option<Spanned<String>>,
    /// Cut: the footage file in the campaign folder.
    pub footage: Option<Spanned<String>>,
    /// Cut: in and out points in the footage, seconds.
    #[serde(rename = "in")]
    pub cut_in: Option<Spanned<f64>>,
    #[serde(rename = "out")]
    pub cut_out: Option<Spanned<f64>>,
    /// Cut: the point kept in frame when cropping to another aspect ratio, as fractions of the
    /// width and height (default `[0.5, 0.5]`, the centre).
    pub anchor: Option<Spanned<[f64; 2]>>,
    /// Cut: replace the footage's sound with the messages' voice-over (default false: the
    /// footage's own sound, with the messages as subtitles spread over the cut).
    pub voice_over: Option<bool>,
    /// Loudness of the voice-over, LUFS (default −16, for social media; −23 for television).
    pub lufs: Option<Spanned<f64>>,
    /// `general` (17 characters per second) or `easy` (13, for children and easy-read).
    pub audience: Option<Spanned<String>>,
    /// Most characters per subtitle line (default by aspect: 42 for 16:9, 37 for 1:1, 32 for 9:16).
    pub chars_per_line: Option<Spanned<u32>>,
    /// H.264 quantizer, 0 (lossless) to 51 (default 23).
    pub quality: Option<Spanned<u32>>,
    /// x264 speed preset (default `veryfast`).
    pub preset: Option<Spanned<String>>,
}

impl VideoSpec {
    /// Whether the video speaks its messages (a voice-over): a motion poster always does, a cut
    /// only with `voice-over = true` (otherwise it keeps the footage's own sound).
    pub fn speaks_messages(&self) -> bool {
        self.kind.as_ref().is_none_or(|k| k.get_ref() != "cut") || self.voice_over == Some(true)
    }
}

#[derive(Debug, Clone, Serialize)]
#[allow(clippy::large_enum_variant)] // a handful per campaign, never copied in bulk
pub enum Spec {
    Poster(PosterSpec),
    Leaflet(LeafletSpec),
    Handbook(HandbookSpec),
    Radio(RadioSpec),
    Video(VideoSpec),
}

/// One named output instance, e.g. `[poster.main]`.
#[derive(Debug, Clone)]
pub struct Output {
    pub kind: OutputKind,
    pub name: Spanned<String>,
    pub spec: Spec,
}

impl Output {
    pub fn enabled(&self) -> bool {
        match &self.spec {
            Spec::Poster(s) => s.enabled,
            Spec::Leaflet(s) => s.enabled,
            Spec::Handbook(s) => s.enabled,
            Spec::Radio(s) => s.enabled,
            Spec::Video(s) => s.enabled,
        }
    }

    /// Turns the output off for this build (its settings stay readable).
    pub fn disable(&mut self) {
        match &mut self.spec {
            Spec::Poster(s) => s.enabled = false,
            Spec::Leaflet(s) => s.enabled = false,
            Spec::Handbook(s) => s.enabled = false,
            Spec::Radio(s) => s.enabled = false,
            Spec::Video(s) => s.enabled = false,
        }
    }

    /// `easy-read = true` of a leaflet or handbook (its place in campaign.toml), if set.
    pub fn easy_read(&self) -> Option<&Spanned<bool>> {
        let flag = match &self.spec {
            Spec::Leaflet(s) => s.easy_read.as_ref(),
            Spec::Handbook(s) => s.easy_read.as_ref(),
            _ => None,
        };
        flag.filter(|f| *f.get_ref())
    }

    /// Message ids this output names itself (not those it inherits from `[messages]`).
    pub fn messages(&self) -> Vec<&Spanned<String>> {
        let mut v: Vec<&Spanned<String>> = Vec::new();
        match &self.spec {
            Spec::Poster(s) => {
                v.extend(&s.headline);
                v.extend(s.points.iter().flatten());
                v.extend(&s.call_to_action);
            }
            Spec::Leaflet(s) => {
                v.extend(&s.headline);
                v.extend(s.points.iter().flatten());
                v.extend(s.qa.iter().flatten());
                v.extend(&s.call_to_action);
            }
            Spec::Handbook(s) => {
                for c in &s.chapters {
                    v.push(&c.title);
                    v.extend(&c.items);
                }
                v.extend(s.glossary.iter().flatten());
            }
            Spec::Radio(s) => {
                for seg in &s.rundown {
                    v.extend(&seg.get_ref().voice);
                    v.extend(&seg.get_ref().under);
                }
            }
            Spec::Video(s) => v.extend(&s.messages),
        }
        v
    }

    /// Asset paths (relative to the campaign folder) this output reads.
    pub fn assets(&self) -> Vec<&Spanned<String>> {
        match &self.spec {
            Spec::Poster(p) => p.template.iter().collect(),
            Spec::Video(v) => v.still.iter().chain(&v.footage).collect(),
            Spec::Radio(s) => s
                .rundown
                .iter()
                .flat_map(|seg| seg.get_ref().jingle.iter().chain(&seg.get_ref().bed))
                .collect(),
            _ => Vec::new(),
        }
    }
}
