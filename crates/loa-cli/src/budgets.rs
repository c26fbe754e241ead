//! Length budgets, checked by `loa check` before any media is built:
//!
//! - **print**: every poster, leaflet and handbook is laid out for real, in every locale, with
//!   the fonts of the build; a text that does not fit its box is reported with its message id
//!   (E0301, or W0309 in a pseudo-locale);
//! - **subtitles**: each video's cues are made with its own rules (characters per line, reading
//!   speed) from the voice lengths estimated by [`loa_audio::pace`] (W0601);
//! - **radio**: each voice segment's length is estimated the same way, and a bulletin estimated
//!   over its `target-duration` is reported with its longest segments (W0602).
//!
//! The figures per message and locale are printed by `loa check --budgets`.

use crate::i18n::tr;
use loa_audio::pace::estimated_seconds;
use loa_campaign::{Campaign, Spec};
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics, FsSources};
use loa_video::cues::{self, Segment};
use loa_video::render::{VOICE_OVER_SPACING, aspects, cue_settings, label};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

/// A bulletin may run this much over its target before it is reported (estimates are rough).
const TARGET_TOLERANCE: f64 = 1.10;

/// What one message costs in one locale.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Figures {
    /// Estimated seconds read aloud (radio and voice-overs).
    pub seconds: Option<f64>,
    /// Fastest subtitle reading speed, characters per second, over the videos that show it.
    pub cps: Option<f64>,
    /// The reading speed its video allows.
    pub max_cps: Option<f64>,
}

/// Figures by (message id, locale).
pub type Table = BTreeMap<(String, String), Figures>;

/// Checks every budget of `campaign` in `contents`; returns the figures.
pub fn check(c: &Campaign, contents: &[ResolvedContent], fonts_dir: Option<&Path>, diags: &mut Diagnostics) -> Table {
    let mut table = Table::new();
    print(c, contents, fonts_dir, diags);
    for content in contents {
        radio(c, content, &mut table, diags);
        subtitles(c, content, &mut table, diags);
    }
    table
}

/// Lays out every print product: what does not fit is reported by the layout itself.
fn print(c: &Campaign, contents: &[ResolvedContent], fonts_dir: Option<&Path>, diags: &mut Diagnostics) {
    let has_print = c.outputs.iter().any(|o| o.enabled() && matches!(o.spec, Spec::Poster(_) | Spec::Leaflet(_) | Spec::Handbook(_)));
    if !has_print {
        return;
    }
    let Some(dir) = fonts_dir else {
        diags.push(Diagnostic::error("E0306", "Loa's fonts (assets/fonts) were not found, so print layouts cannot be checked").hint("reinstall Loa, or set LOA_ASSETS to the folder that holds fonts/"));
        return;
    };
    let Some(mut assets) = loa_print::render::load_assets(c, &FsSources, dir, diags) else { return };
    for content in contents {
        let _ = loa_print::render::lay_out(&mut assets, c, content, diags);
    }
}

/// The text read aloud for message `id`, and the locale it is in.
fn spoken<'a>(content: &'a ResolvedContent, id: &str) -> Option<(&'a str, &'a str)> {
    let m = content.messages.get(id)?;
    let t = m.attributes.get("spoken").or(m.value.as_ref())?;
    Some((t.text.as_str(), t.locale.as_str()))
}

fn seconds(content: &ResolvedContent, id: &str) -> f64 {
    spoken(content, id).map_or(0.0, |(text, lang)| estimated_seconds(text, lang))
}

fn radio(c: &Campaign, content: &ResolvedContent, table: &mut Table, diags: &mut Diagnostics) {
    let lang = &content.locale;
    for output in c.outputs.iter().filter(|o| o.enabled()) {
        let Spec::Radio(r) = &output.spec else { continue };
        let mut total = 0.0;
        let mut voices: Vec<(&str, f64)> = Vec::new();
        for seg in &r.rundown {
            let seg = seg.get_ref();
            if let Some(p) = &seg.pause {
                total += p.get_ref();
            }
            if let Some(id) = &seg.voice {
                let s = seconds(content, id.get_ref());
                total += s;
                voices.push((id.get_ref(), s));
                table.entry((id.get_ref().clone(), lang.clone())).or_default().seconds = Some(s);
            }
        }
        let Some(target) = &r.target_duration else { continue };
        if total > target.get_ref() * TARGET_TOLERANCE {
            voices.sort_by(|a, b| b.1.total_cmp(&a.1));
            let longest: Vec<String> = voices.iter().take(3).map(|(id, s)| format!("`{id}` {s:.0} s")).collect();
            diags.push(
                Diagnostic::warning("W0602", format!("the radio bulletin `{}` in {lang} is estimated at {total:.0} s of voice and pauses, over its target of {:.0} s", output.name.get_ref(), target.get_ref()))
                    .at(c.file, target.span())
                    .note(format!("longest segments: {}", longest.join(", ")))
                    .note(format!("estimated at {} syllables a second (Vietnamese, Bru) or {} words a minute; the build measures the recordings", loa_audio::pace::SYLLABLES_PER_SECOND, loa_audio::pace::WORDS_PER_MINUTE))
                    .hint("shorten the longest messages (a `.spoken` wording may be shorter than the printed one), or raise `target-duration`"),
            );
        }
    }
}

fn subtitles(c: &Campaign, content: &ResolvedContent, table: &mut Table, diags: &mut Diagnostics) {
    let lang = &content.locale;
    let (lead, gap, tail) = VOICE_OVER_SPACING;
    for output in c.outputs.iter().filter(|o| o.enabled()) {
        let Spec::Video(v) = &output.spec else { continue };
        // A cut with the footage's own sound spreads the subtitles over the cut: no voice to time.
        if !v.speaks_messages() {
            continue;
        }
        let mut t = lead;
        let mut segments = Vec::new();
        for id in &v.messages {
            let id = id.get_ref();
            let Some(text) = content.text(id) else { continue };
            let d = seconds(content, id);
            segments.push(Segment { message_id: id.clone(), text: text.to_string(), start: Duration::from_secs_f64(t), duration: Duration::from_secs_f64(d) });
            t += d + gap;
        }
        let until = Duration::from_secs_f64((t - gap).max(0.0) + tail);
        for aspect in aspects(v) {
            let settings = cue_settings(v, content, aspect);
            let made = cues::build(&segments, Some(until), &settings);
            for s in &segments {
                let graphemes = cues::graphemes(&s.text) as f64;
                let cps = graphemes / s.duration.as_secs_f64().max(0.1);
                let f = table.entry((s.message_id.clone(), lang.clone())).or_default();
                f.cps = Some(f.cps.map_or(cps, |c| c.max(cps)));
                f.max_cps = Some(settings.max_cps);
            }
            for w in &made.warnings {
                diags.push(
                    Diagnostic::warning("W0601", format!("{w} — video `{}`, {lang}, {} (estimated)", output.name.get_ref(), label(aspect)))
                        .at(c.file, output.name.span())
                        .note("timed from the estimated length of the voice; the build times the real voice and reports again"),
                );
            }
        }
    }
}

/// Notes for translators, per message: where the text appears and what its reference wording
/// costs (seconds read aloud, subtitle speed), so a translation can stay about as long. Written
/// into each XLIFF unit by `loa l10n export`.
pub fn notes(c: &Campaign, reference: &ResolvedContent) -> loa_l10n::xliff::Notes {
    let mut table = Table::new();
    let mut ignored = Diagnostics::new();
    radio(c, reference, &mut table, &mut ignored);
    subtitles(c, reference, &mut table, &mut ignored);
    let mut used: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for o in c.outputs.iter().filter(|o| o.enabled()) {
        for id in crate::plan::named_messages(c, o) {
            used.entry(id).or_default().push(format!("{} `{}`", o.kind.as_str(), o.name.get_ref()));
        }
    }
    let lang = &reference.locale;
    let mut notes = loa_l10n::xliff::Notes::new();
    for (id, products) in used {
        let mut s = format!("Used in: {}.", products.join(", "));
        if let Some(f) = table.get(&(id.clone(), lang.clone())) {
            if let Some(secs) = f.seconds {
                s.push_str(&format!(" The {lang} text takes about {secs:.0} s to read aloud."));
            }
            if let (Some(cps), Some(max)) = (f.cps, f.max_cps) {
                s.push_str(&format!(" As a subtitle it goes by at {cps:.0} characters a second; viewers read at most {max:.0}."));
            }
            s.push_str(" Keep the translation about as long; `loa check` lays out every product with it.");
        }
        notes.entry(id).or_default().push(("length".to_string(), s));
    }
    notes
}

/// The figures as a table for people: one line per message and locale.
pub fn render(table: &Table) -> String {
    let mut out = format!("{:<28} {:<10} {:>9} {:>14}\n", tr!("budget-message"), tr!("budget-locale"), tr!("budget-seconds"), tr!("budget-cps"));
    for ((id, lang), f) in table {
        let secs = f.seconds.map_or("—".to_string(), |s| format!("{s:.1}"));
        let cps = match (f.cps, f.max_cps) {
            (Some(c), Some(m)) => format!("{c:.1} / {m:.0}{}", if c > m { " !" } else { "" }),
            _ => "—".to_string(),
        };
        out.push_str(&format!("{id:<28} {lang:<10} {secs:>9} {cps:>14}\n"));
    }
    out
}
