//! The campaign model: `campaigns/<id>/campaign.toml` parsed with every position kept, then
//! validated (locales and fallback chains, variables, legal facts, brand, asset paths, output
//! tables). Parsing collects every problem of the file rather than stopping at the first.

mod model;
mod outputs;
mod parse;
mod validate;
pub use validate::{MP3_BITRATES, date_of, is_identifier};

pub use model::{Brand, Colour, Fact, Groups, Logo, Meta, Picture, Variable};
pub use outputs::{
    Chapter, DraftVoice, HandbookSpec, Target, LeafletSpec, Output, OutputKind, PosterSpec, RadioSpec, Segment, Spec, VideoSpec,
};
pub use toml::Spanned;
pub use toml::value::Datetime;

use loa_diag::{Diagnostic, Diagnostics, FileId, SourceMap, Sources, display_join};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file every campaign folder holds.
pub const CAMPAIGN_FILE: &str = "campaign.toml";

/// A parsed and validated campaign.
#[derive(Debug, Clone)]
pub struct Campaign {
    /// The folder as the user named it (used to print paths).
    pub dir: PathBuf,
    /// The folder with symlinks resolved: nothing is read from outside it.
    pub root: PathBuf,
    /// `campaign.toml` in the [`SourceMap`].
    pub file: FileId,
    pub meta: Meta,
    pub variables: BTreeMap<Spanned<String>, Spanned<Variable>>,
    pub facts: BTreeMap<Spanned<String>, Fact>,
    pub messages: Groups,
    pub brand: Brand,
    /// `[pictures]`: the picture beside each message in the easy-read editions, by message id.
    pub pictures: BTreeMap<Spanned<String>, Picture>,
    pub outputs: Vec<Output>,
}

/// A section of an easy-read edition: its title (a message id, if any) and its items.
pub type EasySection<'a> = (Option<&'a Spanned<String>>, Vec<&'a Spanned<String>>);

/// What an easy-read edition sets from `.easy` wordings, in reading order, each id with the place
/// in campaign.toml that names it (the product's own field, or the `[messages]` group it inherits).
#[derive(Debug, Clone, Default)]
pub struct EasyRead<'a> {
    pub headline: Option<&'a Spanned<String>>,
    /// Leaflet: the key points, then the questions (no titles); handbook: its chapters with their
    /// titles and Q&A items (law excerpts are quoted word for word, so they are left out).
    pub sections: Vec<EasySection<'a>>,
    pub call_to_action: Option<&'a Spanned<String>>,
}

impl<'a> EasyRead<'a> {
    /// Every message set from its `.easy` wording: headline, items, call to action.
    pub fn messages(&self) -> Vec<&'a Spanned<String>> {
        let mut v: Vec<&'a Spanned<String>> = self.headline.into_iter().collect();
        v.extend(self.sections.iter().flat_map(|(_, items)| items.iter().copied()));
        v.extend(self.call_to_action);
        v
    }

    /// The messages that stand beside a picture: all but the headline.
    pub fn illustrated(&self) -> Vec<&'a Spanned<String>> {
        let mut v: Vec<&'a Spanned<String>> = self.sections.iter().flat_map(|(_, items)| items.iter().copied()).collect();
        v.extend(self.call_to_action);
        v
    }
}

/// A calendar date, compared as `(year, month, day)`.
pub type Date = (i32, u8, u8);

impl Campaign {
    pub fn id(&self) -> &str {
        self.meta.id.get_ref()
    }

    pub fn reference(&self) -> &str {
        self.meta.reference_locale.get_ref()
    }

    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.meta.locales.iter().map(|l| l.get_ref().as_str())
    }

    /// The locales to try, in order, for `lang`: itself, then its declared fallbacks.
    pub fn chain(&self, lang: &str) -> Vec<String> {
        let mut chain = vec![lang.to_string()];
        if let Some((_, v)) = self.meta.fallback.iter().find(|(k, _)| k.get_ref() == lang) {
            chain.extend(v.iter().map(|l| l.get_ref().clone()));
        }
        chain
    }

    /// The facts that a message states.
    pub fn facts_of<'a>(&'a self, message: &'a str) -> impl Iterator<Item = (&'a str, &'a Fact)> + 'a {
        self.facts
            .iter()
            .filter(move |(_, f)| f.messages.iter().any(|m| m.get_ref() == message))
            .map(|(k, f)| (k.get_ref().as_str(), f))
    }

    /// Every message id the campaign names (title, groups, facts, logos' alt text, outputs), with
    /// its place in `campaign.toml`, in file order.
    pub fn named_messages(&self) -> Vec<&Spanned<String>> {
        let g = &self.messages;
        let mut v: Vec<&Spanned<String>> = vec![&self.meta.title];
        v.extend(&g.headline);
        v.extend(&g.points);
        v.extend(&g.call_to_action);
        v.extend(&g.qa);
        v.extend(&g.excerpts);
        v.extend(&g.glossary);
        for f in self.facts.values() {
            v.extend(&f.name);
            v.extend(&f.messages);
        }
        v.extend(self.brand.logos.iter().map(|l| &l.alt));
        for (id, p) in &self.pictures {
            v.push(id);
            v.push(&p.alt);
        }
        for o in &self.outputs {
            v.extend(o.messages());
        }
        v.sort_by_key(|s| s.span().start);
        v
    }

    /// The easy-read edition of output `o`, when it has `easy-read = true`.
    pub fn easy_read<'a>(&'a self, o: &'a Output) -> Option<EasyRead<'a>> {
        o.easy_read()?;
        let g = &self.messages;
        Some(match &o.spec {
            Spec::Leaflet(l) => EasyRead {
                headline: l.headline.as_ref().or(g.headline.as_ref()),
                sections: vec![
                    (None, l.points.as_ref().unwrap_or(&g.points).iter().collect()),
                    (None, l.qa.as_ref().unwrap_or(&g.qa).iter().collect()),
                ],
                call_to_action: l.call_to_action.as_ref().or(g.call_to_action.as_ref()),
            },
            Spec::Handbook(h) => EasyRead {
                headline: g.headline.as_ref(),
                sections: h
                    .chapters
                    .iter()
                    .map(|c| (Some(&c.title), c.items.iter().filter(|i| !g.excerpts.iter().any(|e| e.get_ref() == i.get_ref())).collect()))
                    .collect(),
                call_to_action: g.call_to_action.as_ref(),
            },
            _ => return None,
        })
    }
}

/// Reads and validates `<dir>/campaign.toml`. Problems go to `diags`; `None` when the file could
/// not be read or parsed far enough to continue.
pub fn load(sources: &dyn Sources, map: &mut SourceMap, dir: &Path, today: Date, diags: &mut Diagnostics) -> Option<Campaign> {
    let path = dir.join(CAMPAIGN_FILE);
    let display = display_join(dir, CAMPAIGN_FILE);
    let root = match sources.canonical(dir) {
        Ok(r) if sources.is_dir(&r) => r,
        _ => {
            diags.push(
                Diagnostic::error("E0005", format!("`{}` is not a campaign folder", dir.display()))
                    .hint("give the folder that holds campaign.toml, e.g. `campaigns/access-to-information`; `loa new <dir>` creates one"),
            );
            return None;
        }
    };
    let text = match sources.read(&path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            // Located at the first byte that is not UTF-8 (the text before it is registered).
            let good = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
            let file = map.add(path, display.clone(), prefix);
            diags.push(
                Diagnostic::error("E0005", format!("{display} is not UTF-8 text"))
                    .at(file, good..good)
                    .hint("save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8)"),
            );
            return None;
        }
        Err(e) => {
            let file = map.add(path, display.clone(), String::new());
            diags.push(
                Diagnostic::error("E0005", format!("cannot read {display}: {e}"))
                    .at(file, 0..0)
                    .hint("every campaign folder needs a campaign.toml; `loa new <dir>` creates one"),
            );
            return None;
        }
    };
    let file = map.add(path, display, text);
    let raw = parse::parse(map, file, diags)?;
    let mut campaign = Campaign {
        dir: dir.to_path_buf(),
        root,
        file,
        meta: raw.meta?,
        variables: raw.variables,
        facts: raw.facts,
        messages: raw.messages,
        brand: raw.brand,
        pictures: raw.pictures,
        outputs: raw.outputs,
    };
    validate::validate(&campaign, sources, today, diags);
    // A locale listed twice is reported (E0013) once; the later stages see it once, so a list of
    // 200 000 copies costs no more than one.
    let mut seen = std::collections::BTreeSet::new();
    campaign.meta.locales.retain(|l| seen.insert(l.get_ref().clone()));
    Some(campaign)
}
