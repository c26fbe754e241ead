//! What the campaign and ftl targets share: the checks `loa check` runs, on files in memory.

use loa_diag::{Diagnostics, MemSources, SourceMap, Sources};
use loa_l10n::Roots;
use std::path::Path;

pub const CAMPAIGN: &str = "/fuzz/c";
pub const SHARED: &str = "/fuzz/locales";

/// Sources holding the shared strings of the tests (`tests/locales/{vi,en}/shared.ftl`) at [`SHARED`].
pub fn with_shared_strings() -> MemSources {
    let mut m = MemSources::new();
    m.insert(format!("{SHARED}/vi/shared.ftl"), include_str!("../../tests/locales/vi/shared.ftl"));
    m.insert(format!("{SHARED}/en/shared.ftl"), include_str!("../../tests/locales/en/shared.ftl"));
    m
}

/// Loads the campaign at [`CAMPAIGN`] like `loa check` (campaign.toml, shared and campaign
/// `.ftl` files, glossary, lock, every check) and resolves every locale, as `loa build` would.
pub fn check(sources: &MemSources) {
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let Some(c) = loa_campaign::load(sources, &mut map, Path::new(CAMPAIGN), (2026, 12, 4), &mut diags) else { return };
    let config = loa_content::locale_config(&c);
    let shared = Path::new(SHARED);
    let roots = Roots { campaign_dir: c.dir.clone(), campaign_root: c.root.clone(), shared: sources.is_dir(shared).then(|| shared.to_path_buf()) };
    let set = loa_l10n::load(sources, &mut map, &roots, &config, &mut diags);
    loa_l10n::check(&set, &mut diags);
    loa_l10n::check_glossary(&set, &map, &mut diags);
    loa_content::check(&c, &set, &mut diags);
    if diags.has_errors() {
        render(&map, diags);
        return;
    }
    let langs: Vec<String> = c.locales().map(str::to_string).collect();
    for lang in &langs {
        let _ = loa_content::resolve(&c, &set, lang, &mut diags);
    }
    render(&map, diags);
}

/// Every printer, as a user would see the diagnostics (positions turned into line:col).
fn render(map: &SourceMap, mut diags: Diagnostics) {
    diags.sort(map);
    let list = diags.into_vec();
    for format in [loa_diag::Format::Short, loa_diag::Format::Human, loa_diag::Format::Json] {
        for lang in [loa_diag::Lang::En, loa_diag::Lang::Vi] {
            let _ = loa_diag::render_in(map, &list, format, lang);
        }
    }
}
