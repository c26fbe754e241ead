//! Videos in `loa build`: starts the video engine with Loa's fonts, and gives it what comes from
//! the other output families — the voice-over from the radio engine, the poster preview from the
//! print engine — and a progress bar for the encodes.

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use loa_campaign::{Campaign, Output};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics};
use loa_video::gst::Gst;
use loa_video::render::{Inputs, VideoFile, VoiceOver};

struct Glue<'a> {
    campaign: &'a Campaign,
    cache: PathBuf,
    /// The first poster's first-page preview for this locale, in the stage.
    preview: Option<PathBuf>,
    /// The job's line in the build's progress display.
    bar: &'a ProgressBar,
}

impl Inputs for Glue<'_> {
    fn voice_over(&mut self, output: &Output, content: &ResolvedContent, ids: &[&str], lufs: f64, wav: &Path, diags: &mut Diagnostics) -> Option<VoiceOver> {
        let what = format!("the video `{}`", output.name.get_ref());
        let v = loa_audio::radio::voice_over(self.campaign, output, &what, content, ids, loa_video::render::VOICE_OVER_SPACING, lufs, &self.cache, wav, diags)?;
        Some(VoiceOver {
            wav: wav.to_path_buf(),
            segments: v.segments.into_iter().map(|(id, _, start, dur)| (id, start, dur)).collect(),
            duration_s: v.duration_s,
            draft: v.draft,
        })
    }

    fn poster_preview(&self, _lang: &str) -> Option<PathBuf> {
        self.preview.clone()
    }

    fn progress(&mut self, job: &str, fraction: f64) {
        self.bar.set_message(job.to_string());
        self.bar.set_position((fraction.clamp(0.0, 1.0) * 1000.0) as u64);
    }
}

/// Starts the video engine with Loa's fonts (its fontconfig lives in `cache`).
pub fn start(fonts_dir: &Path, cache: &Path, diags: &mut Diagnostics) -> Option<Gst> {
    match loa_video::gst::init(fonts_dir, &cache.join("fontconfig")) {
        Ok(g) => Some(g),
        Err(e) => {
            diags.push(Diagnostic::error("E0504", format!("the video engine could not start: {e}")).hint("install GStreamer: run ./dev demo, or apt-get install the packages listed in ./dev"));
            None
        }
    }
}

/// A progress line for a video job: a bar over the encodes.
pub fn bar(job: &str) -> ProgressBar {
    let bar = ProgressBar::new(1000);
    if let Ok(style) = ProgressStyle::with_template("  {prefix:28} [{bar:30}] {percent:>3}% {elapsed} {msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(job.to_string());
    bar
}

/// Renders the enabled videos of `c` for one locale into `stage`. `preview` is the poster preview
/// a motion poster may show; draft voices and voice-overs are kept in `cache`.
#[allow(clippy::too_many_arguments)]
pub fn render(gst: &Gst, c: &Campaign, content: &ResolvedContent, preview: Option<PathBuf>, cache: &Path, stage: &Path, bar: &ProgressBar, diags: &mut Diagnostics) -> Vec<VideoFile> {
    let mut glue = Glue { campaign: c, cache: cache.join("draft-voices"), preview, bar };
    loa_video::render::render(gst, c, content, &mut glue, stage, &cache.join("voice-overs"), diags)
}
