//! The serde model of `campaign.toml`. Values a user can get wrong are `Spanned`, so every later
//! check can point at them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use toml::Spanned;
use toml::value::Datetime;

/// `[campaign]`: identity and languages.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Meta {
    /// Lower-case slug: names the pack folder (`out/<id>/`).
    pub id: Spanned<String>,
    /// Message id of the campaign's title.
    pub title: Spanned<String>,
    /// The locale authors write in; every other locale is checked against it.
    pub reference_locale: Spanned<String>,
    /// Every locale the campaign is built in, the reference included.
    pub locales: Vec<Spanned<String>>,
    /// Explicit fallback chains, e.g. `{ bru = ["vi"] }`. A locale without one has no fallback.
    #[serde(default)]
    pub fallback: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

/// A value usable in every message as `{ $name }`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Variable {
    Text(String),
    Integer(i64),
    Decimal(f64),
    Date(Datetime),
}

/// `[facts.<id>]`: a legal fact, cited by the messages that state it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Fact {
    /// Law or decree number, e.g. `104/2016/QH13`; left out while the number is not verified
    /// (then `name` is required).
    pub law: Option<Spanned<String>>,
    /// Message id of the law's name (usually from the shared `locales/`).
    pub name: Option<Spanned<String>>,
    /// Article (and clause), e.g. `31` or `31.1`.
    pub article: Option<Spanned<String>>,
    pub effective_from: Spanned<Datetime>,
    pub valid_until: Option<Spanned<Datetime>>,
    /// Where the fact can be checked (URL of the official text).
    pub source: Option<Spanned<String>>,
    /// Message ids that state this fact.
    #[serde(default)]
    pub messages: Vec<Spanned<String>>,
    /// A note for editors; never printed.
    pub note: Option<String>,
}

/// `[messages]`: key messages grouped the way the products use them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Groups {
    pub headline: Option<Spanned<String>>,
    #[serde(default)]
    pub points: Vec<Spanned<String>>,
    pub call_to_action: Option<Spanned<String>>,
    /// Q&A items: the value is the answer, the `.question` attribute the question.
    #[serde(default)]
    pub qa: Vec<Spanned<String>>,
    /// Law excerpts: the value is the excerpt; attach the fact it quotes in `[facts]`.
    #[serde(default)]
    pub excerpts: Vec<Spanned<String>>,
    /// Glossary terms: the value is the term, the `.definition` attribute its meaning.
    #[serde(default)]
    pub glossary: Vec<Spanned<String>>,
}

/// A colour given for both press (CMYK, percent) and screen (sRGB hex).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colour {
    pub cmyk: Spanned<[f64; 4]>,
    pub srgb: Spanned<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// Path inside the campaign folder (SVG).
    pub file: Spanned<String>,
    /// Message id of the alternative text read by screen readers.
    pub alt: Spanned<String>,
}

/// A picture of the easy-read editions (`[pictures]`, keyed by the message it illustrates): the
/// same two fields as a logo, an SVG file and the message id of its alternative text.
pub type Picture = Logo;

/// `[brand]`: colours and logos.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    #[serde(default)]
    pub colours: BTreeMap<Spanned<String>, Colour>,
    #[serde(default)]
    pub logos: Vec<Logo>,
}
