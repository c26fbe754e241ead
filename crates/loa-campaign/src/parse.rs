//! campaign.toml → typed tables. The document is parsed once into a spanned tree (recovering from
//! syntax errors), then each table — and each entry of the named tables — is deserialised on its
//! own, so one mistake does not hide the others.

use crate::model::{Brand, Fact, Groups, Meta, Picture, Variable};
use crate::outputs::{Output, OutputKind, Spec};
use loa_diag::{Diagnostic, Diagnostics, FileId, SourceMap, closest};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

pub(crate) struct Raw {
    pub meta: Option<Meta>,
    pub variables: BTreeMap<Spanned<String>, Spanned<Variable>>,
    pub facts: BTreeMap<Spanned<String>, Fact>,
    pub messages: Groups,
    pub brand: Brand,
    pub pictures: BTreeMap<Spanned<String>, Picture>,
    pub outputs: Vec<Output>,
}

const TABLES: [&str; 11] =
    ["campaign", "variables", "facts", "messages", "brand", "pictures", "poster", "leaflet", "handbook", "radio", "video"];

pub(crate) fn parse(map: &SourceMap, file: FileId, diags: &mut Diagnostics) -> Option<Raw> {
    let text = map.get(file).text.as_str();
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            diags.push(
                Diagnostic::error("E0001", format!("TOML syntax: {}", first_line(e.message())))
                    .at(file, span)
                    .hint("see docs/campaign-format.md; strings need double quotes, tables look like `[campaign]`"),
            );
        }
        return None;
    }
    let ctx = Ctx { file, diags };
    let mut raw = Raw {
        meta: None,
        variables: BTreeMap::new(),
        facts: BTreeMap::new(),
        messages: Groups::default(),
        brand: Brand::default(),
        pictures: BTreeMap::new(),
        outputs: Vec::new(),
    };
    let mut ctx = ctx;
    let root_span = root.span();
    for (key, value) in root.get_ref().iter() {
        let name: &str = key.get_ref();
        let kspan = key.span();
        match name {
            "campaign" => raw.meta = ctx.de(value, "[campaign]"),
            "variables" => {
                for (k, v) in ctx.entries(value, "[variables]") {
                    // A variable of the wrong type is reported and kept as empty text, so the
                    // messages using it do not report it a second time as unknown.
                    let var = ctx.de_variable(&v).unwrap_or_else(|| Spanned::new(v.span(), Variable::Text(String::new())));
                    raw.variables.insert(k, var);
                }
            }
            "facts" => {
                for (k, v) in ctx.entries(value, "[facts]") {
                    let ctx_name = format!("[facts.{}]", k.get_ref());
                    if let Some(f) = ctx.de::<Fact>(&v, &ctx_name) {
                        raw.facts.insert(k, f);
                    }
                }
            }
            "messages" => raw.messages = ctx.de(value, "[messages]").unwrap_or_default(),
            "brand" => raw.brand = ctx.de(value, "[brand]").unwrap_or_default(),
            "pictures" => {
                for (k, v) in ctx.entries(value, "[pictures]") {
                    let ctx_name = format!("[pictures] {}", k.get_ref());
                    if let Some(p) = ctx.de::<Picture>(&v, &ctx_name) {
                        raw.pictures.insert(k, p);
                    }
                }
            }
            _ => match OutputKind::ALL.into_iter().find(|k| k.as_str() == name) {
                Some(kind) => {
                    for (k, v) in ctx.entries(value, &format!("[{name}]")) {
                        let t = format!("[{name}.{}]", k.get_ref());
                        let spec = match kind {
                            OutputKind::Poster => ctx.de(&v, &t).map(Spec::Poster),
                            OutputKind::Leaflet => ctx.de(&v, &t).map(Spec::Leaflet),
                            OutputKind::Handbook => ctx.de(&v, &t).map(Spec::Handbook),
                            OutputKind::Radio => ctx.de(&v, &t).map(Spec::Radio),
                            OutputKind::Video => ctx.de(&v, &t).map(Spec::Video),
                        };
                        if let Some(spec) = spec {
                            raw.outputs.push(Output { kind, name: k, spec });
                        }
                    }
                }
                None => {
                    let mut d = Diagnostic::error("E0002", format!("unknown table `{name}`")).at(file, kspan);
                    d = match closest(name, TABLES) {
                        Some(c) => d.hint(format!("did you mean `{c}`?")),
                        None => d.hint(format!("the tables are: {}", TABLES.join(", "))),
                    };
                    ctx.diags.push(d);
                }
            },
        }
    }
    if raw.meta.is_none() && !root.get_ref().iter().any(|(k, _)| k.get_ref() == "campaign") {
        ctx.diags.push(
            Diagnostic::error("E0004", "campaign.toml has no [campaign] table")
                .at(file, root_span.start..root_span.start)
                .hint("start the file with [campaign] and its id, title, reference-locale and locales"),
        );
    }
    Some(raw)
}

struct Ctx<'d> {
    file: FileId,
    diags: &'d mut Diagnostics,
}

impl Ctx<'_> {
    fn de<T: DeserializeOwned>(&mut self, value: &Spanned<DeValue<'_>>, table: &str) -> Option<T> {
        match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(v) => Some(v),
            Err(e) => {
                self.diags.push(serde_error(self.file, value.span(), table, &e));
                None
            }
        }
    }

    /// The entries of a table of named tables (`[facts.<id>]`, `[poster.<name>]`, `[variables]`).
    fn entries<'i>(&mut self, value: &Spanned<DeValue<'i>>, table: &str) -> Vec<(Spanned<String>, Spanned<DeValue<'i>>)> {
        match value.get_ref() {
            DeValue::Table(t) => t
                .iter()
                .map(|(k, v)| (Spanned::new(k.span(), k.get_ref().to_string()), v.clone()))
                .collect(),
            other => {
                self.diags.push(
                    Diagnostic::error("E0003", format!("{table} must be a table, found {}", other.type_str()))
                        .at(self.file, value.span())
                        .hint(format!("write it as a table header, e.g. `{}`", table.replace(']', ".name]"))),
                );
                Vec::new()
            }
        }
    }

    fn de_variable(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Spanned<Variable>> {
        let v = match value.get_ref() {
            DeValue::String(s) => Some(Variable::Text(s.to_string())),
            DeValue::Integer(_) | DeValue::Float(_) | DeValue::Datetime(_) => {
                Variable::deserialize_from(value.clone())
            }
            _ => None,
        };
        if v.is_none() {
            self.diags.push(
                Diagnostic::error("E0003", format!("a variable must be text, a number or a date, found {}", value.get_ref().type_str()))
                    .at(self.file, value.span())
                    .hint("e.g. `hotline = \"0232 000 000\"`"),
            );
        }
        v.map(|v| Spanned::new(value.span(), v))
    }
}

impl Variable {
    fn deserialize_from(value: Spanned<DeValue<'_>>) -> Option<Variable> {
        use serde::Deserialize;
        Variable::deserialize(ValueDeserializer::from(value)).ok()
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s).trim()
}

/// Turns a serde error into a diagnostic that says what is wrong in the user's words.
fn serde_error(file: FileId, table_span: Range<usize>, table: &str, e: &toml::de::Error) -> Diagnostic {
    let msg = first_line(e.message());
    let span = e.span().unwrap_or(table_span);
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (field, allowed) = rest.split_once('`').unwrap_or((rest, ""));
        let names: Vec<&str> = allowed.split('`').skip(1).step_by(2).collect();
        let d = Diagnostic::error("E0002", format!("unknown key `{field}` in {table}")).at(file, span);
        return match closest(field, names.iter().copied()) {
            Some(c) => d.hint(format!("did you mean `{c}`?")),
            None if names.is_empty() => d.hint(format!("{table} takes no keys here")),
            None => d.hint(format!("the keys of {table} are: {}", names.join(", "))),
        };
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return Diagnostic::error("E0004", format!("{table} is missing the key `{field}`"))
            .at(file, span.start..span.start)
            .hint(format!("add `{field} = …` to {table}; see docs/campaign-format.md"));
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        return Diagnostic::error("E0003", format!("wrong type in {table}: expected {expected}, found {found}"))
            .at(file, span)
            .hint("see docs/campaign-format.md for the type of each key");
    }
    Diagnostic::error("E0003", format!("invalid value in {table}: {msg}"))
        .at(file, span)
        .hint("see docs/campaign-format.md for the allowed values")
}
