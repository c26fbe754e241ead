//! Printers: `short` (one line each, for scripts and tests), `human` (snippet with carets and
//! hints) and `json` (for machines and editors).

use crate::i18n::{self, Lang};
use crate::{Diagnostic, Label, SourceMap};
use serde_json::{Value, json};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Short,
    Human,
    Json,
}

/// Renders diagnostics in the given format, in English; the result ends with a newline unless empty.
pub fn render(map: &SourceMap, diags: &[Diagnostic], format: Format) -> String {
    render_in(map, diags, format, Lang::En)
}

/// The words around a diagnostic's own text, in the language of the interface.
struct Words {
    error: String,
    warning: String,
    note: String,
    hint: String,
}

impl Words {
    fn new(lang: Lang) -> Self {
        Words {
            error: i18n::text(lang, "diag-error", &[]),
            warning: i18n::text(lang, "diag-warning", &[]),
            note: i18n::text(lang, "diag-note", &[]),
            hint: i18n::text(lang, "diag-hint", &[]),
        }
    }

    fn severity(&self, d: &Diagnostic) -> &str {
        match d.severity {
            crate::Severity::Error => &self.error,
            crate::Severity::Warning => &self.warning,
        }
    }
}

/// Renders diagnostics in the given format and language ([`i18n::translate`]); the result ends
/// with a newline unless empty. JSON keeps its keys and severities; its texts follow the language.
pub fn render_in(map: &SourceMap, diags: &[Diagnostic], format: Format, lang: Lang) -> String {
    let words = Words::new(lang);
    let diags: Vec<Diagnostic> = diags.iter().map(|d| i18n::translate(lang, d)).collect();
    match format {
        Format::Short => diags.iter().map(|d| short(map, d, &words) + "\n").collect(),
        Format::Human => diags.iter().map(|d| human(map, d, &words)).collect(),
        Format::Json => {
            let list: Vec<Value> = diags.iter().map(|d| to_json(map, d)).collect();
            let mut s = serde_json::to_string_pretty(&list).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

fn location(map: &SourceMap, l: &Label) -> String {
    let f = map.get(l.file);
    let (line, col) = f.line_col(l.span.start);
    format!("{}:{line}:{col}", f.display)
}

fn short(map: &SourceMap, d: &Diagnostic, words: &Words) -> String {
    let head = format!("{}[{}]: {}", words.severity(d), d.code, d.message);
    match &d.label {
        Some(l) => format!("{}: {head}", location(map, l)),
        None => head,
    }
}

fn human(map: &SourceMap, d: &Diagnostic, words: &Words) -> String {
    let mut out = format!("{}[{}]: {}\n", words.severity(d), d.code, d.message);
    if let Some(l) = &d.label {
        snippet(&mut out, map, l, "");
    }
    for (l, what) in &d.related {
        snippet(&mut out, map, l, what);
    }
    for n in &d.notes {
        let _ = writeln!(out, "   = {}: {n}", words.note);
    }
    for h in &d.hints {
        let _ = writeln!(out, "   = {}: {h}", words.hint);
    }
    out.push('\n');
    out
}

fn snippet(out: &mut String, map: &SourceMap, l: &Label, what: &str) {
    let f = map.get(l.file);
    let (line, col) = f.line_col(l.span.start);
    let (end_line, end_col) = f.line_col(l.span.end);
    let text = f.line_text(line);
    let width = line.to_string().len().max(2);
    let pad = " ".repeat(width);
    let _ = writeln!(out, "{pad}--> {}:{line}:{col}", f.display);
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{line:>width$} | {}", text.replace('\t', " "));
    let line_len = text.chars().count() + 1;
    let last = if end_line == line { end_col.max(col + 1) } else { line_len.max(col + 1) };
    let carets = "^".repeat(last - col);
    let label = if what.is_empty() { String::new() } else { format!(" {what}") };
    let _ = writeln!(out, "{pad} | {}{carets}{label}", " ".repeat(col - 1));
}

fn to_json(map: &SourceMap, d: &Diagnostic) -> Value {
    let place = |l: &Label| {
        let f = map.get(l.file);
        let (line, column) = f.line_col(l.span.start);
        let (end_line, end_column) = f.line_col(l.span.end);
        json!({
            "file": f.display, "line": line, "column": column,
            "end-line": end_line, "end-column": end_column,
            "byte-start": l.span.start, "byte-end": l.span.end,
        })
    };
    json!({
        "severity": d.severity.as_str(),
        "code": d.code,
        "message": d.message,
        "location": d.label.as_ref().map(place),
        "related": d.related.iter().map(|(l, w)| json!({"location": place(l), "message": w})).collect::<Vec<_>>(),
        "notes": d.notes,
        "hints": d.hints,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Diagnostic;

    #[test]
    fn short_and_human_name_the_place() {
        let mut map = SourceMap::new();
        let id = map.add("c.toml", "c.toml", "[campaign]\ntitel = \"x\"\n".to_string());
        let d = Diagnostic::error("E0102", "unknown key `titel`").at(id, 11..16).hint("did you mean `title`?");
        assert_eq!(render(&map, std::slice::from_ref(&d), Format::Short), "c.toml:2:1: error[E0102]: unknown key `titel`\n");
        let human = render(&map, std::slice::from_ref(&d), Format::Human);
        assert!(human.contains(" 2 | titel = \"x\"\n"), "{human}");
        assert!(human.contains("   | ^^^^^\n"), "{human}");
        assert!(human.contains("= hint: did you mean `title`?"), "{human}");
        let json = render(&map, &[d], Format::Json);
        assert!(json.contains("\"line\": 2"), "{json}");
    }

    #[test]
    fn vietnamese_keeps_the_place_and_the_code() {
        let mut map = SourceMap::new();
        let id = map.add("c.toml", "c.toml", "[campaign]\nlocales = [\"vi\", \"vi\"]\n".to_string());
        let d = Diagnostic::error("E0013", "locale `vi` is listed twice").at(id, 30..34).hint("remove the second one");
        let short = render_in(&map, std::slice::from_ref(&d), Format::Short, Lang::Vi);
        assert!(short.starts_with("c.toml:2:20: lỗi[E0013]: "), "{short}");
        assert!(!short.contains("listed twice"), "{short}");
        let human = render_in(&map, std::slice::from_ref(&d), Format::Human, Lang::Vi);
        assert!(human.contains("= gợi ý: "), "{human}");
        let json = render_in(&map, &[d], Format::Json, Lang::Vi);
        assert!(json.contains("\"severity\": \"error\""), "{json}");
    }
}
