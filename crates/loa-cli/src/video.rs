//! Videos in `loa build`: starts the video engine with Loa's fonts, and gives it what comes from
//! the other output families — the voice-over from the radio engine, the poster preview from the
//! print engine — and a progress bar for the encodes.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use loa_campaign::{Campaign, Output};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics};
use loa_video::render::{Inputs, VideoFile, VoiceOver};

struct Glue<'a> {
    campaign: &'a Campaign,
    cache: PathBuf,
    /// The first poster's first-page preview per locale, in the stage.
    previews: Vec<(String, PathBuf)>,
    bar: Option<(String, ProgressBar)>,
    show_progress: bool,
}

impl Inputs for Glue<'_> {
    fn voice_over(&mut self, output: &Output, content: &ResolvedContent, ids: &[&str], lufs: f64, wav: &Path, diags: &mut Diagnostics) -> Option<VoiceOver> {
        let what = format!("the video `{}`", output.name.get_ref());
        let v = loa_audio::radio::voice_over(self.campaign, output, &what, content, ids, (0.5, 0.6, 1.0), lufs, &self.cache, wav, diags)?;
        Some(VoiceOver {
            wav: wav.to_path_buf(),
            segments: v.segments.into_iter().map(|(id, _, start, dur)| (id, start, dur)).collect(),
            duration_s: v.duration_s,
            draft: v.draft,
        })
    }

    fn poster_preview(&self, lang: &str) -> Option<PathBuf> {
        self.previews.iter().find(|(l, _)| l == lang).map(|(_, p)| p.clone())
    }

    fn progress(&mut self, job: &str, fraction: f64) {
        if !self.show_progress {
            return;
        }
        if self.bar.as_ref().is_none_or(|(j, _)| j != job) {
            if let Some((_, b)) = self.bar.take() {
                b.finish_and_clear();
            }
            let bar = ProgressBar::new(1000);
            if let Ok(style) = ProgressStyle::with_template("  video {msg:24} [{bar:30}] {percent:>3}% {elapsed}") {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(job.to_string());
            self.bar = Some((job.to_string(), bar));
        }
        if let Some((_, b)) = &self.bar {
            b.set_position((fraction.clamp(0.0, 1.0) * 1000.0) as u64);
        }
    }
}

/// Renders every video of every locale into `stage`. `printed` lists the print files already in
/// the stage (the poster previews a motion poster may use). Draft voices and voice-overs are
/// kept in `cache`.
pub fn render(c: &Campaign, contents: &[ResolvedContent], previews: Vec<(String, PathBuf)>, fonts_dir: &Path, cache: &Path, stage: &Path, diags: &mut Diagnostics) -> Vec<(String, VideoFile)> {
    let gst = match loa_video::gst::init(fonts_dir, &cache.join("fontconfig")) {
        Ok(g) => g,
        Err(e) => {
            diags.push(Diagnostic::error("E0504", format!("the video engine could not start: {e}")).hint("install GStreamer: run ./dev demo, or apt-get install the packages listed in ./dev"));
            return Vec::new();
        }
    };
    let mut glue = Glue { campaign: c, cache: cache.join("draft-voices"), previews, bar: None, show_progress: std::io::stderr().is_terminal() };
    let work = cache.join("voice-overs");
    let mut files = Vec::new();
    for content in contents {
        for f in loa_video::render::render(&gst, c, content, &mut glue, stage, &work, diags) {
            files.push((content.locale.clone(), f));
        }
    }
    if let Some((_, b)) = glue.bar.take() {
        b.finish_and_clear();
    }
    files
}
