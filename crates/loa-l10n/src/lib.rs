//! Fluent localisation for Loa. Shared strings (`locales/<lang>/*.ftl`) and campaign strings
//! (`<campaign>/locales/<lang>/*.ftl`) are loaded with positions, checked for translators, and
//! resolved through an explicit fallback chain that records the locale every string came from.
//! Bidi isolation is off, text is NFC, numbers and dates are formatted the locale's way.

mod check;
pub mod glossary;
pub mod hygiene;
pub mod limits;
mod load;
pub mod lock;
pub mod numbers;
pub mod pseudo;
mod resolve;
mod scan;
mod status;
pub mod xliff;

pub use check::check;
pub use glossary::check_glossary;
pub use load::load;
pub use resolve::{Arg, Resolved, ResolveError};
pub use scan::{Entry, UNTRANSLATED_MARK};
pub use status::{LocaleStatus, MessageState, Skeleton, SkeletonFile, skeleton, status};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use loa_diag::FileId;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Which locales to load and how they fall back (from the campaign's `[campaign]` table).
#[derive(Debug, Clone)]
pub struct LocaleConfig {
    pub reference: String,
    /// Every locale, the reference included, in the campaign's order.
    pub locales: Vec<String>,
    /// Explicit fallbacks per locale, e.g. `bru → [vi]`.
    pub fallback: BTreeMap<String, Vec<String>>,
    /// Where each locale is declared (in campaign.toml), to point at it.
    pub declared: BTreeMap<String, (FileId, std::ops::Range<usize>)>,
}

impl LocaleConfig {
    /// The locales to try for `lang`: itself, then its fallbacks.
    pub fn chain<'a>(&'a self, lang: &'a str) -> Vec<&'a str> {
        let mut v = vec![lang];
        v.extend(self.fallback.get(lang).into_iter().flatten().map(String::as_str));
        v
    }
}

/// Where the `.ftl` files of a run live.
#[derive(Debug, Clone)]
pub struct Roots {
    /// The campaign folder as named by the user, for printing.
    pub campaign_dir: PathBuf,
    /// The campaign folder, canonical: locale files must stay inside it.
    pub campaign_root: PathBuf,
    /// The shared `locales/` folder, if any.
    pub shared: Option<PathBuf>,
}

/// One `.ftl` file of a locale.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub file: FileId,
    /// File name, e.g. `campaign.ftl`.
    pub name: String,
    pub shared: bool,
}

/// All messages and terms of one locale.
pub struct Locale {
    pub lang: String,
    pub files: Vec<FtlFile>,
    /// Entries by id (terms with their leading `-`); the first definition wins.
    pub entries: BTreeMap<String, Entry>,
    /// Second and later definitions of an id, reported as duplicates.
    pub duplicates: Vec<Entry>,
    /// The campaign has a `locales/<lang>/` folder.
    pub has_folder: bool,
    /// A file could not be read or parsed completely: comparisons would only repeat that error.
    pub broken: bool,
    /// A pseudo-locale made from the reference ([`pseudo`]).
    pseudo: bool,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).field("files", &self.files).finish_non_exhaustive()
    }
}

impl Locale {
    /// The entry for a message id, if this locale defines it as translated text.
    pub fn translated(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id).filter(|e| !e.untranslated)
    }
}

/// Every locale of a campaign, loaded.
#[derive(Debug)]
pub struct LocaleSet {
    pub config: LocaleConfig,
    pub locales: BTreeMap<String, Locale>,
    /// `locales/l10n.lock`: the reference hashes translations were made from (empty if none).
    pub lock: lock::Lock,
    /// `glossary.csv`, if the campaign has one.
    pub glossary: Option<glossary::Glossary>,
}

impl LocaleSet {
    pub fn get(&self, lang: &str) -> Option<&Locale> {
        self.locales.get(lang)
    }

    pub fn reference(&self) -> Option<&Locale> {
        self.locales.get(&self.config.reference)
    }
}

impl hygiene::Legacy {
    /// How the legacy encoding is named to users.
    pub fn name(&self) -> &'static str {
        match self {
            hygiene::Legacy::Tcvn3 => "TCVN3 (ABC, .VnTime) text",
            hygiene::Legacy::Vni => "VNI text",
        }
    }
}
