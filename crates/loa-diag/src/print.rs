//! Printers: `short` (one line each, for scripts and tests), `human` (snippet with carets and
//! hints) and `json` (for machines and editors).

use crate::{Diagnostic, Label, SourceMap};
use serde_json::{Value, json};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Short,
    Human,
    Json,
}

/// Renders diagnostics in the given format; the result ends with a newline unless empty.
pub fn render(map: &SourceMap, diags: &[Diagnostic], format: Format) -> String {
    match format {
        Format::Short => diags.iter().map(|d| short(map, d) + "\n").collect(),
        Format::Human => diags.iter().map(|d| human(map, d)).collect(),
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

fn short(map: &SourceMap, d: &Diagnostic) -> String {
    let head = format!("{}[{}]: {}", d.severity.as_str(), d.code, d.message);
    match &d.label {
        Some(l) => format!("{}: {head}", location(map, l)),
        None => head,
    }
}

fn human(map: &SourceMap, d: &Diagnostic) -> String {
    let mut out = format!("{}[{}]: {}\n", d.severity.as_str(), d.code, d.message);
    if let Some(l) = &d.label {
        snippet(&mut out, map, l, "");
    }
    for (l, what) in &d.related {
        snippet(&mut out, map, l, what);
    }
    for n in &d.notes {
        let _ = writeln!(out, "   = note: {n}");
    }
    for h in &d.hints {
        let _ = writeln!(out, "   = hint: {h}");
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
}
