//! Campaign × locale → [`ResolvedContent`]: plain data that every output renders from. Before
//! resolving, [`check`] cross-checks `campaign.toml` against the `.ftl` files (messages named but
//! defined nowhere, required attributes, unknown and unused variables).

use loa_campaign::{Campaign, Fact, Variable, date_of};
use loa_diag::{Diagnostic, Diagnostics, closest};
use loa_l10n::numbers::format_date;
use loa_l10n::{Arg, LocaleSet, ResolveError};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The variables a message attached to a legal fact may use, besides the campaign's.
pub const FACT_VARIABLES: [&str; 4] = ["law", "article", "effective-from", "valid-until"];

/// The locales to load for `c` and how they fall back, from its `[campaign]` table. Locales with
/// an invalid tag are left out: the campaign checks report them, and loading them would only add
/// noise.
pub fn locale_config(c: &Campaign) -> loa_l10n::LocaleConfig {
    loa_l10n::LocaleConfig {
        reference: c.reference().to_string(),
        locales: c.meta.locales.iter().map(|l| l.get_ref().clone()).filter(|l| unic_langid::LanguageIdentifier::from_bytes(l.as_bytes()).is_ok()).collect(),
        declared: c.meta.locales.iter().map(|l| (l.get_ref().clone(), (c.file, l.span()))).collect(),
        fallback: c.meta.fallback.iter().map(|(k, v)| (k.get_ref().clone(), v.iter().map(|l| l.get_ref().clone()).collect())).collect(),
    }
}

/// A formatted string and the locale it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub text: String,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResolvedMessage {
    pub value: Option<Text>,
    pub attributes: BTreeMap<String, Text>,
    /// Ids of the legal facts this message states.
    pub facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Date {
    /// `2018-07-01`
    pub iso: String,
    /// As the locale writes it: `ngày 1 tháng 7 năm 2018`.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResolvedFact {
    pub id: String,
    /// The law's number, when verified.
    pub law: Option<String>,
    pub name: Option<Text>,
    pub article: Option<String>,
    pub effective_from: Date,
    pub valid_until: Option<Date>,
    pub source: String,
    pub messages: Vec<String>,
    /// The legal-basis line for print, e.g. "Điều 31, Luật Tiếp cận thông tin số 104/2016/QH13,
    /// có hiệu lực từ ngày 1 tháng 7 năm 2018" (from the shared `fact-citation*` messages).
    pub citation: Option<Text>,
}

/// The message ids each product group names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Groups {
    pub headline: Option<String>,
    pub points: Vec<String>,
    pub call_to_action: Option<String>,
    pub qa: Vec<String>,
    pub excerpts: Vec<String>,
    pub glossary: Vec<String>,
}

/// Everything a product needs for one locale, every string formatted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResolvedContent {
    pub campaign: String,
    pub locale: String,
    /// The fallback chain used, this locale first.
    pub chain: Vec<String>,
    pub title: String,
    pub groups: Groups,
    pub variables: BTreeMap<String, String>,
    pub facts: Vec<ResolvedFact>,
    /// Every campaign message, and every shared message the campaign names.
    pub messages: BTreeMap<String, ResolvedMessage>,
    /// Shared interface strings without variables ("Mục lục", "Căn cứ pháp lý" …) for products.
    pub labels: BTreeMap<String, Text>,
}

impl ResolvedContent {
    /// The text of a message (its value), if it has one.
    pub fn text(&self, id: &str) -> Option<&str> {
        self.messages.get(id)?.value.as_ref().map(|t| t.text.as_str())
    }

    /// The text of a message's attribute.
    pub fn attr(&self, id: &str, attribute: &str) -> Option<&str> {
        self.messages.get(id)?.attributes.get(attribute).map(|t| t.text.as_str())
    }

    /// A shared interface string, or `fallback` when the shared locales lack it.
    pub fn label<'a>(&'a self, id: &str, fallback: &'a str) -> &'a str {
        self.labels.get(id).map_or(fallback, |t| t.text.as_str())
    }

    /// The legal-basis lines of the facts that `ids` state, each once, in fact order.
    pub fn citations(&self, ids: &[&str]) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for f in self.facts.iter().filter(|f| f.messages.iter().any(|m| ids.contains(&m.as_str()))) {
            if let Some(t) = &f.citation
                && !out.contains(&t.text.as_str())
            {
                out.push(&t.text);
            }
        }
        out
    }

    /// Messages that came from another locale of the chain.
    /// Whether this is a pseudo-locale's content (`qps-stress` …), made to test the layouts.
    pub fn is_pseudo(&self) -> bool {
        loa_l10n::pseudo::is_pseudo(&self.locale)
    }

    pub fn fallbacks(&self) -> usize {
        self.messages.values().filter(|m| m.value.as_ref().is_some_and(|t| t.locale != self.locale)).count()
    }
}

fn ids(v: &[loa_campaign::Spanned<String>]) -> Vec<String> {
    v.iter().map(|s| s.get_ref().clone()).collect()
}

/// The arguments every message of `lang` receives: campaign variables, dates in the locale's words.
fn variable_args(c: &Campaign, lang: &str) -> Vec<(String, Arg)> {
    c.variables
        .iter()
        .map(|(k, v)| {
            let arg = match v.get_ref() {
                Variable::Text(s) => Arg::Text(loa_l10n::hygiene::to_nfc(s)),
                Variable::Integer(i) => Arg::Number(*i as f64),
                Variable::Decimal(x) => Arg::Number(*x),
                Variable::Date(d) => Arg::Text(date_text(d, lang).map(|d| d.text).unwrap_or_default()),
            };
            (k.get_ref().clone(), arg)
        })
        .collect()
}

fn date_text(d: &loa_campaign::Datetime, lang: &str) -> Option<Date> {
    let (y, m, day) = date_of(d)?;
    Some(Date { iso: format!("{y:04}-{m:02}-{day:02}"), text: format_date(y, m, day, lang)? })
}

fn fact_args(f: &Fact, lang: &str) -> Vec<(String, Arg)> {
    let mut v = Vec::new();
    if let Some(l) = &f.law {
        v.push(("law".to_string(), Arg::Text(l.get_ref().clone())));
    }
    if let Some(a) = &f.article {
        v.push(("article".into(), Arg::Text(a.get_ref().clone())));
    }
    if let Some(d) = date_text(f.effective_from.get_ref(), lang) {
        v.push(("effective-from".into(), Arg::Text(d.text)));
    }
    if let Some(d) = f.valid_until.as_ref().and_then(|u| date_text(u.get_ref(), lang)) {
        v.push(("valid-until".into(), Arg::Text(d.text)));
    }
    v
}

/// Cross-checks between `campaign.toml` and the `.ftl` files.
pub fn check(c: &Campaign, set: &LocaleSet, diags: &mut Diagnostics) {
    let Some(reference) = set.reference() else { return };
    if reference.broken {
        return; // its own errors come first; these checks would only repeat them
    }
    let ref_lang = c.reference();
    // Messages named by the campaign.
    for id in c.named_messages() {
        let name = id.get_ref();
        if reference.entries.contains_key(name.as_str()) {
            continue;
        }
        let elsewhere: Vec<&str> = set.locales.values().filter(|l| l.entries.contains_key(name.as_str())).map(|l| l.lang.as_str()).collect();
        let d = if elsewhere.is_empty() {
            let d = Diagnostic::error("E0201", format!("message `{name}` is not defined in any locale")).at(c.file, id.span());
            match closest(name, reference.entries.keys().filter(|k| !k.starts_with('-')).map(String::as_str)) {
                Some(s) => d.hint(format!("did you mean `{s}`?")),
                None => d.hint(format!("add `{name} = …` to locales/{ref_lang}/campaign.ftl")),
            }
        } else {
            Diagnostic::error("E0201", format!("message `{name}` is not in the reference locale {ref_lang} (only in {})", elsewhere.join(", ")))
                .at(c.file, id.span())
                .hint(format!("every message is written in {ref_lang} first: add it to locales/{ref_lang}/"))
        };
        diags.push(d);
    }
    // Attributes the products need.
    let required = c.messages.qa.iter().map(|id| (id, "question")).chain(c.messages.glossary.iter().map(|id| (id, "definition")));
    for (id, attr) in required {
        if let Some(e) = reference.entries.get(id.get_ref().as_str())
            && e.attribute(attr).is_none()
        {
            diags.push(Diagnostic::error("E0202", format!("`{}` needs a `.{attr}` attribute", id.get_ref()))
                .at(e.file, e.id_span.clone())
                .related(c.file, id.span(), "named here")
                .hint(format!("add a line `    .{attr} = …` below `{} = …`", id.get_ref())));
        }
    }
    // Easy-read editions set every message they use from its `.easy` wording.
    let mut easy_seen = BTreeSet::new();
    for o in &c.outputs {
        let Some(easy) = c.easy_read(o) else { continue };
        for id in easy.messages() {
            if let Some(e) = reference.entries.get(id.get_ref().as_str())
                && e.attribute("easy").is_none()
                && easy_seen.insert(id.get_ref().as_str())
            {
                diags.push(Diagnostic::error("E0203", format!("`{}` has no `.easy` wording for the easy-read edition of {} `{}`", id.get_ref(), o.kind.as_str(), o.name.get_ref()))
                    .at(e.file, e.id_span.clone())
                    .related(c.file, id.span(), "used by the easy-read edition here")
                    .hint(format!("add a line `    .easy = …` below `{} = …`: short sentences, one idea per line, saying no more than the message", id.get_ref())));
            }
        }
    }
    // Variables.
    let campaign_vars: BTreeSet<&str> = c.variables.keys().map(|k| k.get_ref().as_str()).collect();
    let mut used = BTreeSet::new();
    for locale in set.locales.values() {
        for e in locale.entries.values().chain(&locale.duplicates) {
            for (v, place) in &e.variables {
                used.insert(v.clone());
                if e.shared || e.is_term() {
                    continue;
                }
                let facts: Vec<(&str, &Fact)> = c.facts_of(&e.id).collect();
                let stated = !facts.is_empty();
                if campaign_vars.contains(v.as_str()) {
                    continue;
                }
                if stated && FACT_VARIABLES.contains(&v.as_str()) {
                    if facts.len() > 1 {
                        let ids: Vec<&str> = facts.iter().map(|(k, _)| *k).collect();
                        diags.push(Diagnostic::error("E0118", format!("`${v}` in `{}` ({}) is ambiguous: the message states {} facts ({})", e.id, locale.lang, facts.len(), ids.join(", ")))
                            .at(e.file, place.clone())
                            .hint("write the figure in the text, or split the message so that each states one fact"));
                    } else if let Some((k, f)) = facts.first()
                        && !fact_args(f, &locale.lang).iter().any(|(name, _)| name == v)
                    {
                        diags.push(Diagnostic::error("E0116", format!("`${v}` in `{}` ({}): legal fact `{k}` has no `{v}`", e.id, locale.lang))
                            .at(e.file, place.clone())
                            .hint(format!("add `{v} = …` to [facts.{k}], or write the text without `${v}`")));
                    }
                    continue;
                }
                let mut candidates: Vec<&str> = campaign_vars.iter().copied().collect();
                if stated {
                    candidates.extend(FACT_VARIABLES);
                }
                let d = Diagnostic::error("E0116", format!("unknown variable `${v}` in `{}` ({})", e.id, locale.lang)).at(e.file, place.clone());
                diags.push(match closest(v, candidates.iter().copied()) {
                    Some(s) => d.hint(format!("did you mean `${s}`?")),
                    None if FACT_VARIABLES.contains(&v.as_str()) => d.hint(format!(
                        "`${v}` exists only in messages attached to a legal fact: add `{}` to that fact's `messages`", e.id)),
                    None => d.hint(format!("define it in [variables] of campaign.toml, e.g. `{v} = \"…\"`")),
                });
            }
        }
    }
    for k in c.variables.keys() {
        if !used.contains(k.get_ref()) {
            diags.push(Diagnostic::warning("W0117", format!("variable `{}` is used by no message", k.get_ref()))
                .at(c.file, k.span())
                .hint(format!("use it as `{{ ${} }}` in a message, or delete it", k.get_ref())));
        }
    }
}

/// Formats every string of one locale. Any formatting error or missing message is a diagnostic
/// and the result is `None`.
pub fn resolve(c: &Campaign, set: &LocaleSet, lang: &str, diags: &mut Diagnostics) -> Option<ResolvedContent> {
    let reference = set.reference()?;
    let vars = variable_args(c, lang);
    let before = diags.count(loa_diag::Severity::Error);
    let mut wanted: BTreeSet<String> = reference.entries.values().filter(|e| !e.shared && !e.is_term()).map(|e| e.id.clone()).collect();
    wanted.extend(c.named_messages().into_iter().map(|s| s.get_ref().clone()).filter(|id| reference.entries.contains_key(id)));
    let mut messages = BTreeMap::new();
    for id in wanted {
        let Some(r) = reference.entries.get(&id) else { continue };
        let mut args: Vec<(String, Arg)> = vars.clone();
        let facts: Vec<String> = c.facts_of(&id).map(|(k, _)| k.to_string()).collect();
        if let Some((_, f)) = c.facts_of(&id).next() {
            args.extend(fact_args(f, lang));
        }
        let args_ref: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let mut one = |attr: Option<&str>| match set.resolve(lang, &id, attr, &args_ref) {
            Ok(r) => Some(Text { text: r.text, locale: r.locale }),
            Err(e) => {
                diags.push(resolve_error(e, lang));
                None
            }
        };
        let value = if r.has_value { one(None) } else { None };
        let attributes = r.attributes.iter().filter_map(|(a, _)| Some((a.clone(), one(Some(a))?))).collect();
        messages.insert(id.clone(), ResolvedMessage { value, attributes, facts });
    }
    let mut facts = Vec::new();
    for (k, f) in &c.facts {
        let name = f.name.as_ref().and_then(|n| messages.get(n.get_ref()).and_then(|m: &ResolvedMessage| m.value.clone()));
        let citation = citation(set, lang, f, name.as_ref());
        facts.push(ResolvedFact {
            id: k.get_ref().clone(),
            law: f.law.as_ref().map(|l| l.get_ref().clone()),
            name,
            article: f.article.as_ref().map(|a| a.get_ref().clone()),
            effective_from: date_text(f.effective_from.get_ref(), lang)?,
            valid_until: f.valid_until.as_ref().and_then(|u| date_text(u.get_ref(), lang)),
            source: f.source.as_ref().map(|s| s.get_ref().clone())?,
            messages: ids(&f.messages),
            citation,
        });
    }
    if diags.count(loa_diag::Severity::Error) > before {
        return None;
    }
    let labels = reference
        .entries
        .values()
        .filter(|e| e.shared && !e.is_term() && e.variables.is_empty() && e.has_value)
        .filter_map(|e| set.resolve(lang, &e.id, None, &[]).ok().map(|r| (e.id.clone(), Text { text: r.text, locale: r.locale })))
        .collect();
    let g = &c.messages;
    Some(ResolvedContent {
        campaign: c.id().to_string(),
        locale: lang.to_string(),
        chain: set.config.chain(lang).iter().map(|s| s.to_string()).collect(),
        title: c.meta.title.get_ref().clone(),
        groups: Groups {
            headline: g.headline.as_ref().map(|s| s.get_ref().clone()),
            points: ids(&g.points),
            call_to_action: g.call_to_action.as_ref().map(|s| s.get_ref().clone()),
            qa: ids(&g.qa),
            excerpts: ids(&g.excerpts),
            glossary: ids(&g.glossary),
        },
        variables: vars
            .into_iter()
            .map(|(k, v)| {
                let s = match v {
                    Arg::Text(t) => t,
                    Arg::Number(n) => loa_l10n::numbers::format_decimal(n, loa_l10n::numbers::number_style(lang)),
                };
                (k, s)
            })
            .collect(),
        facts,
        messages,
        labels,
    })
}

/// The legal-basis line of a fact, through the shared messages `fact-citation`,
/// `fact-citation-article` and `fact-citation-unnumbered` (word order is the translator's).
fn citation(set: &LocaleSet, lang: &str, f: &Fact, name: Option<&Text>) -> Option<Text> {
    let date = date_text(f.effective_from.get_ref(), lang)?.text;
    let name = name.map(|t| t.text.clone()).or_else(|| f.law.as_ref().map(|l| l.get_ref().clone()))?;
    let mut args = vec![("name", Arg::Text(name)), ("date", Arg::Text(date))];
    let id = match (&f.law, &f.article) {
        (Some(law), Some(article)) => {
            args.push(("law", Arg::Text(law.get_ref().clone())));
            args.push(("article", Arg::Text(article.get_ref().clone())));
            "fact-citation-article"
        }
        (Some(law), None) => {
            args.push(("law", Arg::Text(law.get_ref().clone())));
            "fact-citation"
        }
        (None, _) => "fact-citation-unnumbered",
    };
    set.resolve(lang, id, None, &args).ok().map(|r| Text { text: r.text, locale: r.locale })
}

fn resolve_error(e: ResolveError, lang: &str) -> Diagnostic {
    match e {
        ResolveError::Missing { id, attribute, chain } => {
            let what = match &attribute {
                Some(a) => format!("`{id}.{a}`"),
                None => format!("`{id}`"),
            };
            Diagnostic::error("E0120", format!("{what} has no text in {lang} (tried {})", chain.join(" → ")))
                .hint(format!("translate it in locales/{lang}/, or give {lang} a fallback in [campaign] fallback"))
        }
        ResolveError::Format { id, locale, place, errors } => {
            Diagnostic::error("E0130", format!("`{id}` cannot be formatted in {locale}: {}", errors.join("; ")))
                .at(place.0, place.1)
                .hint("check the variables and references of this message")
        }
    }
}
