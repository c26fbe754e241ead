//! `web/feed.json`: every locale's messages and legal facts, for the portal to import. The format
//! is described in `docs/web-pack.md`; keys are written in a fixed order.

use crate::{autonym, page_path};
use loa_campaign::Campaign;
use loa_content::{ResolvedContent, Text};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

pub const FORMAT: &str = "loa-web-feed";
pub const VERSION: u32 = 1;

fn text(t: &Text) -> Value {
    json!({ "text": t.text, "locale": t.locale })
}

/// The campaign's messages in product order, each once, with the group that names it.
fn grouped(rc: &ResolvedContent) -> Vec<(&'static str, &str)> {
    let g = &rc.groups;
    let mut all: Vec<(&'static str, &str)> = Vec::new();
    if let Some(h) = &g.headline {
        all.push(("headline", h));
    }
    all.extend(g.points.iter().map(|i| ("point", i.as_str())));
    if let Some(c) = &g.call_to_action {
        all.push(("call-to-action", c));
    }
    all.extend(g.qa.iter().map(|i| ("qa", i.as_str())));
    all.extend(g.excerpts.iter().map(|i| ("excerpt", i.as_str())));
    all.extend(g.glossary.iter().map(|i| ("glossary", i.as_str())));
    let mut v: Vec<(&'static str, &str)> = Vec::new();
    for (group, id) in all {
        if !v.iter().any(|(_, i)| *i == id) {
            v.push((group, id));
        }
    }
    v
}

fn locale_entry(rc: &ResolvedContent, reference: &str, media: &[Value]) -> Value {
    let mut messages = Vec::new();
    for (group, id) in grouped(rc) {
        let Some(m) = rc.messages.get(id) else { continue };
        let mut o = Map::new();
        o.insert("id".into(), json!(id));
        o.insert("group".into(), json!(group));
        match &m.value {
            Some(t) => {
                o.insert("text".into(), json!(t.text));
                o.insert("locale".into(), json!(t.locale));
            }
            None => {
                o.insert("text".into(), Value::Null);
                o.insert("locale".into(), Value::Null);
            }
        }
        let attrs: Map<String, Value> = m.attributes.iter().map(|(k, t)| (k.clone(), text(t))).collect();
        o.insert("attributes".into(), Value::Object(attrs));
        o.insert("facts".into(), json!(m.facts));
        messages.push(Value::Object(o));
    }
    let facts: Vec<Value> = rc
        .facts
        .iter()
        .map(|f| {
            json!({
                "id": f.id,
                "law": f.law,
                "article": f.article,
                "name": f.name.as_ref().map(text),
                "effective-from": f.effective_from.iso,
                "effective-from-text": f.effective_from.text,
                "valid-until": f.valid_until.as_ref().map(|d| d.iso.clone()),
                "valid-until-text": f.valid_until.as_ref().map(|d| d.text.clone()),
                "source": f.source,
                "citation": f.citation.as_ref().map(text),
                "messages": f.messages,
            })
        })
        .collect();
    let title = rc.messages.get(&rc.title).and_then(|m| m.value.as_ref()).map(text);
    json!({
        "locale": rc.locale,
        "name": autonym(&rc.locale),
        "page": page_path(&rc.locale, reference),
        "chain": rc.chain,
        "title": title,
        "messages": messages,
        "facts": facts,
        "media": media,
    })
}

/// The feed as pretty JSON with a final newline.
pub(crate) fn feed(c: &Campaign, order: &[&ResolvedContent], reference: &str, media: &BTreeMap<String, Vec<Value>>) -> String {
    let locales: Vec<Value> = order.iter().map(|rc| locale_entry(rc, reference, media.get(&rc.locale).map_or(&[][..], |v| v.as_slice()))).collect();
    let v = json!({
        "format": FORMAT,
        "version": VERSION,
        "campaign": c.id(),
        "reference-locale": reference,
        "locales": locales,
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
