//! Loading a campaign folder for any command: campaign.toml, the shared and campaign `.ftl`
//! files, and every check that needs no media. Diagnostics are collected, then printed together.

use loa_campaign::{Campaign, Date};
use loa_diag::{Diagnostics, Format, FsSources, Severity, SourceMap};
use loa_l10n::{LocaleSet, Roots};
use std::path::{Path, PathBuf};

pub struct Project {
    pub map: SourceMap,
    pub diags: Diagnostics,
    pub campaign: Option<Campaign>,
    pub locales: Option<LocaleSet>,
    pub roots: Option<Roots>,
}

impl Project {
    /// Loads and checks `dir`. Never fails: problems are in `diags`.
    pub fn load(dir: &Path) -> Project {
        let sources = FsSources;
        let mut map = SourceMap::new();
        let mut diags = Diagnostics::new();
        let campaign = loa_campaign::load(&sources, &mut map, dir, today(), &mut diags);
        let mut project = Project { map, diags, campaign: None, locales: None, roots: None };
        let Some(c) = campaign else { return project };
        let config = loa_content::locale_config(&c);
        let roots = Roots { campaign_dir: c.dir.clone(), campaign_root: c.root.clone(), shared: shared_locales(&c.root) };
        let set = loa_l10n::load(&sources, &mut project.map, &roots, &config, &mut project.diags);
        loa_l10n::check(&set, &mut project.diags);
        loa_l10n::check_glossary(&set, &project.map, &mut project.diags);
        loa_content::check(&c, &set, &mut project.diags);
        project.campaign = Some(c);
        project.locales = Some(set);
        project.roots = Some(roots);
        project
    }

    /// Adds the pseudo-locales among `wanted` (e.g. `qps-stress`) to the loaded campaign, after
    /// every check: they are built like any locale but never checked as translations.
    pub fn add_pseudo_locales(&mut self, wanted: &[String]) {
        let (Some(c), Some(set)) = (self.campaign.as_mut(), self.locales.as_mut()) else { return };
        for lang in wanted.iter().filter(|l| loa_l10n::pseudo::is_pseudo(l)) {
            if c.locales().any(|l| l == lang) {
                continue;
            }
            match set.add_pseudo(&self.map, lang) {
                Ok(()) => {
                    let span = c.meta.locales.first().map(|l| l.span()).unwrap_or(0..0);
                    c.meta.locales.push(loa_campaign::Spanned::new(span, lang.clone()));
                }
                Err(e) => self.diags.push(loa_diag::Diagnostic::error("E0900", e)),
            }
        }
    }

    /// Prints the diagnostics (sorted) to stderr; returns the exit code they call for.
    pub fn report(&mut self, format: Format) -> u8 {
        let diags = std::mem::take(&mut self.diags);
        report(&self.map, diags, format)
    }
}

/// The locales `--locale` chose (all of the campaign's when it names none, pseudo-locales included
/// once added), in the campaign's order; the exit code of the error when it names another.
pub fn chosen_locales(c: &Campaign, wanted: &[String], format: Format) -> Result<Vec<String>, u8> {
    let all: Vec<&str> = c.locales().collect();
    if let Some(bad) = wanted.iter().find(|l| !all.contains(&l.as_str())) {
        return Err(crate::commands::fail(
            format!("`{bad}` is not a locale of campaign `{}` (it has {})", c.id(), all.join(", ")),
            "give --locale one of the campaign's locales or a pseudo-locale (qps-accent, qps-stress), or add it to `locales` in [campaign]",
            format,
        ));
    }
    Ok(all.into_iter().filter(|l| wanted.is_empty() || wanted.iter().any(|w| w == l)).map(str::to_string).collect())
}

/// Prints diagnostics to stderr, with a count in human format; 1 if any is an error.
pub fn report(map: &SourceMap, mut diags: Diagnostics, format: Format) -> u8 {
    diags.sort(map);
    let errors = diags.count(Severity::Error);
    let warnings = diags.count(Severity::Warning);
    let list = diags.into_vec();
    if !list.is_empty() || format == Format::Json {
        eprint!("{}", loa_diag::render_in(map, &list, format, crate::i18n::lang()));
    }
    if format == Format::Human && (errors + warnings) > 0 {
        eprintln!("{}", plural_summary(errors, warnings));
    }
    u8::from(errors > 0)
}

fn plural_summary(errors: usize, warnings: usize) -> String {
    crate::i18n::tr!("diag-summary", errors = errors, warnings = warnings)
}

/// The shared `locales/` folder: the nearest one above the campaign folder.
pub fn shared_locales(campaign_root: &Path) -> Option<PathBuf> {
    campaign_root.ancestors().skip(1).map(|a| a.join("locales")).find(|p| p.is_dir())
}

/// Loa's fonts: `LOA_ASSETS/fonts` when set; else the nearest `assets/fonts` above the campaign,
/// above the `loa` executable, or in the source tree it was built from.
pub fn fonts_dir(campaign_root: &Path) -> Option<PathBuf> {
    if let Some(a) = std::env::var_os("LOA_ASSETS") {
        return Some(PathBuf::from(a).join("fonts")).filter(|p| p.is_dir());
    }
    let exe = std::env::current_exe().ok();
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    campaign_root
        .ancestors()
        .skip(1)
        .chain(exe.iter().flat_map(|e| e.ancestors().skip(1)))
        .chain(std::iter::once(built_from.as_path()))
        .map(|a| a.join("assets/fonts"))
        .find(|p| p.is_dir())
}

/// Today's date (UTC), or `LOA_TODAY=YYYY-MM-DD` when set (for reproducible checks).
pub fn today() -> Date {
    if let Ok(s) = std::env::var("LOA_TODAY") {
        let parts: Vec<i64> = s.split('-').filter_map(|p| p.parse().ok()).collect();
        if let [y, m, d] = parts[..] {
            return (y as i32, m as u8, d as u8);
        }
    }
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    civil_from_days((secs / 86_400) as i64)
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> Date {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m as u8, d as u8)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_454), (2026, 1, 1));
        assert_eq!(super::civil_from_days(19_782), (2024, 2, 29));
    }
}
