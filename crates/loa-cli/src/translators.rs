//! What translators get: the status report (also printed by `loa l10n status`), the files of
//! every incomplete locale with the reference text of each missing message (as `.ftl` and as
//! XLIFF 2.0 for CAT tools), and the glossary as a spreadsheet — the pack's `translators/` bundle.

use loa_content::ResolvedContent;
use loa_diag::Lang;
use loa_l10n::{LocaleSet, LocaleStatus, MessageState, Roots};
use serde_json::json;
use std::fs;

/// The status table in English, as the pack's `translators/status.txt` holds it.
pub fn status_table(statuses: &[LocaleStatus]) -> String {
    status_table_in(statuses, Lang::En)
}

/// The status table in `lang`, as `loa l10n status` prints it.
pub fn status_table_in(statuses: &[LocaleStatus], lang: Lang) -> String {
    let w = |id: &str| loa_diag::i18n::text(lang, id, &[]);
    let mut out = format!(
        "{:<8} {:<10} {:>12} {:>12} {:>12} {:>6} {:>8}\n",
        w("status-locale"),
        w("status-falls-back"),
        w("status-translated"),
        w("status-fallback"),
        w("status-missing"),
        w("status-stale"),
        w("status-done")
    );
    for s in statuses {
        let cell = |(n, words): (usize, usize)| loa_diag::i18n::text(lang, "status-words", &[("n", n.into()), ("words", words.into())]);
        let chain = if s.chain.len() > 1 { s.chain[1..].join(" → ") } else { "—".into() };
        out.push_str(&format!(
            "{:<8} {:<10} {:>12} {:>12} {:>12} {:>6} {:>7.1}%\n",
            s.lang,
            chain,
            cell(s.translated()),
            cell(s.fallback()),
            cell(s.missing()),
            s.stale.len(),
            s.percent()
        ));
    }
    out.push_str(&w("status-legend"));
    out.push('\n');
    out
}

/// The status of every locale as JSON, with the ids of the messages still to translate.
pub fn status_json(statuses: &[LocaleStatus]) -> serde_json::Value {
    statuses
        .iter()
        .map(|s| {
            let ids = |want: fn(&MessageState) -> bool| -> Vec<&str> { s.messages.iter().filter(|(_, st, _)| want(st)).map(|(id, _, _)| id.as_str()).collect() };
            json!({
                "locale": s.lang,
                "chain": s.chain,
                "messages": {"translated": s.translated().0, "fallback": s.fallback().0, "missing": s.missing().0, "total": s.total().0},
                "words": {"translated": s.translated().1, "fallback": s.fallback().1, "missing": s.missing().1, "total": s.total().1},
                "percent": (s.percent() * 10.0).round() / 10.0,
                "fallback-messages": ids(|st| matches!(st, MessageState::Fallback(_))),
                "missing-messages": ids(|st| *st == MessageState::Missing),
                "stale": s.stale.len(),
                "stale-messages": s.stale,
            })
        })
        .collect()
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// The files of the `translators/` bundle, as (path in the pack, bytes).
pub fn bundle(c: &loa_campaign::Campaign, set: &LocaleSet, map: &loa_diag::SourceMap, roots: &Roots, contents: &[ResolvedContent]) -> Vec<(String, Vec<u8>)> {
    let glossary: Vec<String> = c.messages.glossary.iter().map(|s| s.get_ref().clone()).collect();
    let statuses = loa_l10n::status(set);
    let mut files = vec![
        ("translators/status.txt".to_string(), status_table(&statuses).into_bytes()),
        ("translators/status.json".to_string(), {
            let mut j = serde_json::to_vec_pretty(&status_json(&statuses)).unwrap_or_default();
            j.push(b'\n');
            j
        }),
    ];
    for s in statuses.iter().filter(|s| s.lang != set.config.reference && (s.fallback().0 > 0 || s.missing().0 > 0)) {
        // The locale's files as they are, with the messages it lacks added (reference text, marked
        // untranslated): what `loa l10n skeleton` would write.
        let mut ftl: std::collections::BTreeMap<std::path::PathBuf, String> = std::collections::BTreeMap::new();
        let dirs = [Some(roots.campaign_root.join("locales")), roots.shared.clone()];
        for dir in dirs.into_iter().flatten().map(|d| d.join(&s.lang)) {
            let Ok(rd) = fs::read_dir(&dir) else { continue };
            for e in rd.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "ftl")) {
                if let Ok(text) = fs::read_to_string(e.path()) {
                    ftl.insert(e.path(), text);
                }
            }
        }
        let sk = loa_l10n::skeleton(set, roots, &s.lang, |path| fs::read_to_string(path).ok());
        for f in sk.files {
            ftl.insert(f.path, f.content);
        }
        // The same for a CAT tool, as XLIFF 2.0 (`loa l10n import` takes it back).
        let (xlf, _) = loa_l10n::xliff::export(set, map, &s.lang, &crate::commands::fact_notes(c));
        files.push((format!("translators/{}/{}.{}.xlf", s.lang, c.id(), s.lang), xlf.into_bytes()));
        for (path, content) in ftl {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let shared = roots.shared.as_ref().is_some_and(|d| path.starts_with(d));
            let name = if shared { format!("shared-{name}") } else { name };
            files.push((format!("translators/{}/{name}", s.lang), content.into_bytes()));
        }
    }
    // The glossary: one row per term, a term and a definition column per locale; a cell is left
    // empty where the locale has no translation of its own yet.
    let mut csv = String::from("id");
    for rc in contents {
        csv.push_str(&format!(",{0} term,{0} definition", rc.locale));
    }
    csv.push_str("\r\n");
    for id in &glossary {
        csv.push_str(&csv_cell(id));
        for rc in contents {
            let m = rc.messages.get(id);
            let own = |t: Option<&loa_content::Text>| t.filter(|t| t.locale == rc.locale).map(|t| csv_cell(&t.text)).unwrap_or_default();
            csv.push_str(&format!(",{},{}", own(m.and_then(|m| m.value.as_ref())), own(m.and_then(|m| m.attributes.get("definition")))));
        }
        csv.push_str("\r\n");
    }
    files.push(("translators/glossary.csv".to_string(), csv.into_bytes()));
    files
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_are_quoted_when_needed() {
        assert_eq!(super::csv_cell("Quyền, tiếp cận"), "\"Quyền, tiếp cận\"");
        assert_eq!(super::csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(super::csv_cell("thông tin"), "thông tin");
    }
}
