//! XLIFF 2.0 for translators' CAT tools: `export` writes one unit per message and attribute of
//! the reference locale (the reference text as source, the locale's own translation as target,
//! notes for context, a hash of the source); `import` writes targets back into the locale's
//! `.ftl` files, touching only what changed, and refuses units whose reference text changed since
//! export.
//!
//! Text travels as text; every placeable (`{ $commune }`, `{ -term }`, `{ "{" }`) is a protected
//! `<ph>` whose Fluent text is in the unit's `<originalData>`. A pattern with a select expression
//! cannot be cut into text and codes without breaking it, so it travels as Fluent source ("FTL-only
//! unit", with a note) and its target is read back as Fluent.

use crate::{Entry, Locale, LocaleSet, Roots, UNTRANSLATED_MARK};
use fluent_syntax::ast;
use loa_diag::{Diagnostic, Diagnostics, FileId, SourceMap};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::PathBuf;

pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
pub const MDA_NS: &str = "urn:oasis:names:tc:xliff:metadata:2.0";
const HASH_TYPE: &str = "loa-source-hash";
const FTL_ONLY_NOTE: &str = "FTL-only unit: this text holds Fluent syntax (a select expression). Translate the words \
inside the variants; keep `{ $x ->`, the `[keys]`, `*[other]`, the `{ … }` placeables and the closing `}` exactly as they are.";

/// A piece of a plain pattern: text, or a placeable as Fluent source (`{ $commune }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Code(String),
}

/// A message value or attribute as it travels in XLIFF.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    /// Text and placeables, or `None` when the pattern has a select expression.
    pieces: Option<Vec<Piece>>,
    /// The pattern as Fluent source, in the serializer's layout (no `id =`, lines dedented).
    ftl: String,
}

impl Part {
    fn of(p: &ast::Pattern<&str>) -> Part {
        Part { pieces: pieces(p), ftl: pattern_ftl(p) }
    }
}

/// The pattern as Fluent source: what a translator would write after `id = `, lines dedented.
pub fn pattern_ftl(p: &ast::Pattern<&str>) -> String {
    let res = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(p.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let s = fluent_syntax::serializer::serialize(&res);
    let s = s.strip_prefix("x =").unwrap_or(&s);
    let s = s.strip_suffix('\n').unwrap_or(s);
    if let Some(one) = s.strip_prefix(' ') {
        return one.to_string();
    }
    s.trim_start_matches('\n').split('\n').map(|l| l.strip_prefix("    ").unwrap_or(l)).collect::<Vec<_>>().join("\n")
}

/// Text and placeables of a pattern; `None` if it has a select expression.
pub fn pieces(p: &ast::Pattern<&str>) -> Option<Vec<Piece>> {
    let mut out: Vec<Piece> = Vec::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => match out.last_mut() {
                Some(Piece::Text(t)) => t.push_str(value),
                _ => out.push(Piece::Text(value.to_string())),
            },
            ast::PatternElement::Placeable { expression } => {
                if has_select(expression) {
                    return None;
                }
                out.push(Piece::Code(pattern_ftl(&ast::Pattern { elements: vec![el.clone()] })));
            }
        }
    }
    Some(out)
}

fn has_select(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => has_select(expression),
        ast::Expression::Inline(_) => false,
    }
}

/// SHA-256 (hex) of a unit's reference text as Fluent source: what import compares to detect
/// that the reference changed since export.
pub fn source_hash(ftl: &str) -> String {
    Sha256::digest(ftl.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// XML text content, escaped. Characters XML 1.0 cannot hold are dropped (the `.ftl` checks
/// already reject control characters in messages).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An attribute value, escaped (quotes, and line breaks as references so they survive
/// attribute-value normalisation).
pub fn escape_attr(s: &str) -> String {
    escape_text(s).replace('"', "&quot;").replace('\n', "&#10;").replace('\t', "&#9;")
}

/// What a message carries besides its text: (category, text) notes per message id, e.g. its
/// legal facts and length budget. Attribute units get their message's notes.
pub type Notes = BTreeMap<String, Vec<(String, String)>>;

/// One message or term as parsed from a file: comment, value and attributes.
#[derive(Debug, Clone)]
struct Parsed {
    comment: Option<String>,
    value: Option<Part>,
    attributes: Vec<(String, Part)>,
}

impl Parsed {
    fn part(&self, attr: Option<&str>) -> Option<&Part> {
        match attr {
            None => self.value.as_ref(),
            Some(a) => self.attributes.iter().find(|(n, _)| n == a).map(|(_, p)| p),
        }
    }
}

/// Messages and terms of one file, in order: (id, parsed).
fn parse_file(text: &str) -> Vec<(String, Parsed)> {
    let ast = match fluent_syntax::parser::parse(text) {
        Ok(a) => a,
        Err((a, _)) => a,
    };
    let mut out = Vec::new();
    for e in &ast.body {
        let (id, value, attrs, comment) = match e {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes, m.comment.as_ref()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes, t.comment.as_ref()),
            _ => continue,
        };
        let comment = comment
            .map(|c| c.content.iter().filter(|l| !l.trim().starts_with(UNTRANSLATED_MARK)).copied().collect::<Vec<_>>().join("\n"))
            .filter(|c| !c.trim().is_empty());
        let attributes = attrs.iter().map(|a| (a.id.name.to_string(), Part::of(&a.value))).collect();
        out.push((id, Parsed { comment, value: value.map(Part::of), attributes }));
    }
    out
}

/// Every entry of a locale (first definition of each id), parsed.
fn parse_locale(map: &SourceMap, locale: &Locale) -> BTreeMap<String, Parsed> {
    let mut out = BTreeMap::new();
    for f in &locale.files {
        for (id, p) in parse_file(&map.get(f.file).text) {
            if locale.entries.get(&id).is_some_and(|e| e.file == f.file) {
                out.entry(id).or_insert(p);
            }
        }
    }
    out
}

fn unit_id(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// Writes the XLIFF 2.0 document for `lang`; also returns the number of units.
pub fn export(set: &LocaleSet, map: &SourceMap, lang: &str, notes: &Notes) -> (String, usize) {
    let reference_lang = &set.config.reference;
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<xliff xmlns=\"{XLIFF_NS}\" xmlns:mda=\"{MDA_NS}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape_attr(reference_lang),
        escape_attr(lang)
    ));
    let (Some(reference), Some(locale)) = (set.reference(), set.get(lang)) else {
        x.push_str("</xliff>\n");
        return (x, 0);
    };
    let translations = parse_locale(map, locale);
    let mut count = 0;
    for (n, f) in reference.files.iter().enumerate() {
        let parsed: Vec<_> = parse_file(&map.get(f.file).text)
            .into_iter()
            .filter(|(id, _)| reference.entries.get(id).is_some_and(|e| e.file == f.file))
            .collect();
        if parsed.is_empty() {
            continue;
        }
        let original = format!("{}/{}", if f.shared { "shared" } else { "campaign" }, f.name);
        x.push_str(&format!("  <file id=\"f{}\" original=\"{}\">\n", n + 1, escape_attr(&original)));
        for (id, p) in &parsed {
            let own = locale.entries.get(id).filter(|e| !e.untranslated).and_then(|_| translations.get(id));
            let parts = p.value.iter().map(|v| (None, v)).chain(p.attributes.iter().map(|(a, v)| (Some(a.as_str()), v)));
            for (attr, source) in parts {
                let target = own.and_then(|t| t.part(attr));
                let mut unit_notes = Vec::new();
                if let Some(c) = &p.comment {
                    unit_notes.push(("comment".to_string(), c.clone()));
                }
                unit_notes.extend(notes.get(id).into_iter().flatten().cloned());
                write_unit(&mut x, &unit_id(id, attr), source, target, &unit_notes);
                count += 1;
            }
        }
        x.push_str("  </file>\n");
    }
    x.push_str("</xliff>\n");
    (x, count)
}

fn write_unit(x: &mut String, id: &str, source: &Part, target: Option<&Part>, notes: &[(String, String)]) {
    x.push_str(&format!("    <unit id=\"{}\" name=\"{}\">\n", escape_attr(id), escape_attr(id)));
    x.push_str("      <mda:metadata>\n        <mda:metaGroup category=\"loa\">\n");
    x.push_str(&format!("          <mda:meta type=\"{HASH_TYPE}\">{}</mda:meta>\n", source_hash(&source.ftl)));
    if source.pieces.is_none() {
        x.push_str("          <mda:meta type=\"loa-format\">ftl</mda:meta>\n");
    }
    x.push_str("        </mda:metaGroup>\n      </mda:metadata>\n");
    let mut all_notes: Vec<(String, String)> = notes.to_vec();
    if source.pieces.is_none() {
        all_notes.push(("loa-ftl-only".to_string(), FTL_ONLY_NOTE.to_string()));
    }
    if !all_notes.is_empty() {
        x.push_str("      <notes>\n");
        for (cat, text) in &all_notes {
            x.push_str(&format!("        <note category=\"{}\">{}</note>\n", escape_attr(cat), escape_text(text)));
        }
        x.push_str("      </notes>\n");
    }
    let state = if target.is_some() { "translated" } else { "initial" };
    let (src, tgt, data) = match &source.pieces {
        None => (escape_text(&source.ftl), target.map(|t| escape_text(&t.ftl)), Vec::new()),
        Some(src_pieces) => {
            let mut data: Vec<String> = Vec::new();
            let mut src_ids: Vec<(String, usize)> = Vec::new();
            let src = inline(src_pieces, &mut data, &mut |code, data| {
                let n = src_ids.len() + 1;
                let d = data_id(data, code);
                src_ids.push((code.to_string(), n));
                (n.to_string(), d)
            });
            let tgt = target.map(|t| match &t.pieces {
                Some(tp) => {
                    let mut free = src_ids.clone();
                    let mut extra = 0;
                    inline(tp, &mut data, &mut |code, data| {
                        let d = data_id(data, code);
                        match free.iter().position(|(c, _)| c == code) {
                            Some(i) => (free.remove(i).1.to_string(), d),
                            None => {
                                extra += 1;
                                (format!("t{extra}"), d)
                            }
                        }
                    })
                }
                // The translation uses a select expression where the reference does not: give it
                // as Fluent, which import reads back as one code.
                None => {
                    let d = data_id(&mut data, &t.ftl);
                    format!("<ph id=\"t1\" dataRef=\"{d}\" disp=\"{}\" equiv=\"{}\"/>", escape_attr(&t.ftl), escape_attr(&t.ftl))
                }
            });
            (src, tgt, data)
        }
    };
    if !data.is_empty() {
        x.push_str("      <originalData>\n");
        for (i, d) in data.iter().enumerate() {
            x.push_str(&format!("        <data id=\"d{}\">{}</data>\n", i + 1, escape_text(d)));
        }
        x.push_str("      </originalData>\n");
    }
    x.push_str(&format!("      <segment state=\"{state}\">\n"));
    x.push_str(&format!("        <source xml:space=\"preserve\">{src}</source>\n"));
    if let Some(t) = tgt {
        x.push_str(&format!("        <target xml:space=\"preserve\">{t}</target>\n"));
    }
    x.push_str("      </segment>\n    </unit>\n");
}

fn data_id(data: &mut Vec<String>, code: &str) -> String {
    let i = data.iter().position(|d| d == code).unwrap_or_else(|| {
        data.push(code.to_string());
        data.len() - 1
    });
    format!("d{}", i + 1)
}

/// Inline content: text escaped, codes as `<ph>` (id and dataRef from `ids`).
/// Gives a code its `<ph>` id and dataRef.
type PhIds<'a> = dyn FnMut(&str, &mut Vec<String>) -> (String, String) + 'a;

fn inline(pieces: &[Piece], data: &mut Vec<String>, ids: &mut PhIds) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => s.push_str(&escape_text(t)),
            Piece::Code(c) => {
                let (id, d) = ids(c, data);
                s.push_str(&format!("<ph id=\"{id}\" dataRef=\"{d}\" disp=\"{}\" equiv=\"{}\"/>", escape_attr(c), escape_attr(c)));
            }
        }
    }
    s
}

/// A file `import` changes or creates: its new content.
#[derive(Debug, Clone)]
pub struct ImportedFile {
    pub path: PathBuf,
    pub content: String,
    /// Units written into it.
    pub units: usize,
}

/// What `import` found.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub lang: String,
    pub files: Vec<ImportedFile>,
    /// Units whose target was written.
    pub written: usize,
    /// Units whose target is what the file already has.
    pub unchanged: usize,
    /// Units without a target.
    pub untranslated: usize,
    /// Units refused (stale, unknown, unusable): reported in the diagnostics.
    pub refused: usize,
    /// Messages left marked untranslated because some of their parts have no translation yet.
    pub still_marked: Vec<String>,
    /// Units (`id`, `id.attr`) whose target is now in the locale (written or unchanged): their
    /// source was current, so the lock records it.
    pub translated_units: Vec<String>,
}

/// A target to write: the Fluent source of the new pattern.
struct NewText {
    attr: Option<String>,
    ftl: String,
}

fn err_at(code: &'static str, msg: String, file: FileId, span: Range<usize>) -> Diagnostic {
    Diagnostic::error(code, msg).at(file, span)
}

/// Reads the XLIFF file `xlf` (already in `map`) and computes the new `.ftl` contents for its
/// target locale. `None` when the file as a whole cannot be used (diagnostics say why).
pub fn import(set: &LocaleSet, map: &SourceMap, roots: &Roots, xlf: FileId, diags: &mut Diagnostics) -> Option<Import> {
    let text = map.get(xlf).text.as_str();
    let opts = roxmltree::ParsingOptions { allow_dtd: false, ..Default::default() };
    let doc = match roxmltree::Document::parse_with_options(text, opts) {
        Ok(d) => d,
        Err(e) => {
            let pos = e.pos();
            let at = offset_of(map, xlf, pos.row as usize, pos.col as usize);
            diags.push(err_at("E0140", format!("not well-formed XML: {e}"), xlf, at..at).hint("the file was damaged; export it again or repair it in the CAT tool"));
            return None;
        }
    };
    let root = doc.root_element();
    let root_span = tag_span(&root);
    if root.tag_name().namespace() != Some(XLIFF_NS) || root.tag_name().name() != "xliff" {
        diags.push(err_at("E0141", format!("not an XLIFF 2.0 document (root element must be <xliff xmlns=\"{XLIFF_NS}\">)"), xlf, root_span).hint("export with `loa l10n export`; XLIFF 1.2 files cannot be imported"));
        return None;
    }
    if root.attribute("version") != Some("2.0") {
        let v = root.attribute("version").unwrap_or("none");
        diags.push(err_at("E0141", format!("XLIFF version {v}: only 2.0 can be imported"), xlf, root_span).hint("save the file as XLIFF 2.0 in the CAT tool"));
        return None;
    }
    let reference_lang = &set.config.reference;
    if root.attribute("srcLang") != Some(reference_lang.as_str()) {
        diags.push(
            err_at("E0141", format!("srcLang is `{}`, but the campaign's reference locale is `{reference_lang}`", root.attribute("srcLang").unwrap_or("")), xlf, root_span)
                .hint("export the file again from this campaign"),
        );
        return None;
    }
    let lang = root.attribute("trgLang").unwrap_or("");
    if lang == reference_lang || !set.config.locales.iter().any(|l| l == lang) {
        diags.push(
            err_at("E0141", format!("trgLang `{lang}` is not a target locale of the campaign (it has {})", set.config.locales.join(", ")), xlf, root_span)
                .hint("import a file exported for one of the campaign's locales"),
        );
        return None;
    }
    let (Some(reference), Some(locale)) = (set.reference(), set.get(lang)) else { return None };
    let ref_parsed = parse_locale(map, reference);
    let loc_parsed = parse_locale(map, locale);

    let mut result = Import { lang: lang.to_string(), ..Default::default() };
    let mut seen = BTreeSet::new();
    // Per message id: the targets to write.
    let mut todo: BTreeMap<String, Vec<NewText>> = BTreeMap::new();
    // Per message id: parts that have a target (written or identical).
    let mut covered: BTreeMap<String, BTreeSet<Option<String>>> = BTreeMap::new();
    for unit in doc.descendants().filter(|n| n.is_element() && n.tag_name().namespace() == Some(XLIFF_NS) && n.tag_name().name() == "unit") {
        let span = tag_span(&unit);
        let Some(uid) = unit.attribute("id") else {
            diags.push(err_at("E0144", "a unit without an id".into(), xlf, span));
            result.refused += 1;
            continue;
        };
        if !seen.insert(uid.to_string()) {
            diags.push(err_at("E0142", format!("unit `{uid}` appears twice"), xlf, span).hint("keep one"));
            result.refused += 1;
            continue;
        }
        // Which message and part the unit is.
        let found = match reference.entries.get(uid) {
            Some(e) if ref_parsed.get(uid).is_some_and(|p| p.value.is_some()) => Some((e, uid.to_string(), None)),
            _ => uid.rsplit_once('.').and_then(|(m, a)| {
                let e = reference.entries.get(m)?;
                ref_parsed.get(m)?.part(Some(a))?;
                Some((e, m.to_string(), Some(a.to_string())))
            }),
        };
        let Some((ref_entry, id, attr)) = found else {
            diags.push(
                err_at("E0142", format!("unit `{uid}` is not a message or attribute of the reference locale `{reference_lang}`"), xlf, span)
                    .hint("it was probably removed or renamed since export: export again"),
            );
            result.refused += 1;
            continue;
        };
        let Some(source) = ref_parsed.get(&id).and_then(|p| p.part(attr.as_deref())) else { continue };
        let hash = unit
            .descendants()
            .find(|n| n.tag_name().namespace() == Some(MDA_NS) && n.tag_name().name() == "meta" && n.attribute("type") == Some(HASH_TYPE))
            .and_then(|n| n.text())
            .map(str::trim);
        let Some(hash) = hash else {
            diags.push(err_at("E0144", format!("unit `{uid}` has no {HASH_TYPE} metadata: cannot tell whether its source is current"), xlf, span).hint("export the file again with `loa l10n export`"));
            result.refused += 1;
            continue;
        };
        if hash != source_hash(&source.ftl) {
            let place = match &attr {
                Some(a) => ref_entry.attribute(a).cloned().unwrap_or(ref_entry.id_span.clone()),
                None => ref_entry.id_span.clone(),
            };
            diags.push(
                err_at("E0143", format!("unit `{uid}` is stale: the {reference_lang} text changed since this file was exported; its translation was not imported"), ref_entry.file, place)
                    .related(xlf, span, "the unit in the XLIFF file")
                    .hint(format!("export {lang} again and translate the new text")),
            );
            result.refused += 1;
            continue;
        }
        let target = match unit_target(&unit, source.pieces.is_none()) {
            Ok(Some(t)) => t,
            Ok(None) => {
                result.untranslated += 1;
                continue;
            }
            Err((msg, at)) => {
                let at = at.map(|n| tag_span(&n)).unwrap_or(span);
                diags.push(err_at("E0144", format!("unit `{uid}`: {msg}"), xlf, at));
                result.refused += 1;
                continue;
            }
        };
        // The new pattern as Fluent source, checked by parsing it back.
        let mut typed_text: Option<Vec<String>> = None;
        let new_ftl = match (&source.pieces, target) {
            (None, Target::Ftl(f)) => f,
            (_, Target::Ftl(_)) => continue,
            (_, Target::Pieces(p)) => {
                typed_text = Some(texts(&p));
                if p.iter().any(|x| matches!(x, Piece::Text(t) if t.contains(['{', '}']))) {
                    diags.push(err_at("E0144", format!("unit `{uid}`: `{{` or `}}` typed as text"), xlf, span).hint("braces are Fluent syntax: remove them, or write them in the .ftl file as { \"{\" }"));
                    result.refused += 1;
                    continue;
                }
                p.iter().map(|x| match x {
                    Piece::Text(t) | Piece::Code(t) => t.as_str(),
                }).collect::<String>()
            }
        };
        let Some(written) = reparse(&new_ftl) else {
            diags.push(
                err_at("E0144", format!("unit `{uid}`: the translation cannot be written as Fluent as it is (a syntax error, leading or trailing spaces, or a line starting with `[`, `*` or `.`)"), xlf, span)
                    .hint("edit the text, or write this one in the .ftl file directly"),
            );
            result.refused += 1;
            continue;
        };
        if typed_text.is_some() && written.pieces.as_deref().map(texts) != typed_text {
            diags.push(err_at("E0144", format!("unit `{uid}`: the translation does not survive being written as Fluent (leading or trailing spaces, or a line starting with `[`, `*` or `.`)"), xlf, span).hint("edit the text, or write this one in the .ftl file directly"));
            result.refused += 1;
            continue;
        }
        covered.entry(id.clone()).or_default().insert(attr.clone());
        result.translated_units.push(uid.to_string());
        let current = loc_parsed.get(&id).and_then(|p| p.part(attr.as_deref()));
        if current.is_some_and(|c| c.ftl == written.ftl) {
            result.unchanged += 1;
            continue;
        }
        todo.entry(id.clone()).or_default().push(NewText { attr, ftl: written.ftl });
    }

    // Edits per file: (file path, base text, edits, appended blocks, units).
    struct FileEdits {
        base: String,
        edits: Vec<(Range<usize>, String)>,
        append: Vec<String>,
        units: usize,
    }
    let mut files: BTreeMap<PathBuf, FileEdits> = BTreeMap::new();
    for (id, news) in todo {
        let Some(ref_entry) = reference.entries.get(&id) else { continue };
        let Some(rp) = ref_parsed.get(&id) else { continue };
        let parts_of_ref: BTreeSet<Option<String>> =
            rp.value.iter().map(|_| None).chain(rp.attributes.iter().map(|(a, _)| Some(a.clone()))).collect();
        match locale.entries.get(&id) {
            Some(entry) => {
                let f = map.get(entry.file);
                let text = f.text.as_str();
                let fe = files.entry(f.path.clone()).or_insert_with(|| FileEdits { base: text.to_string(), edits: Vec::new(), append: Vec::new(), units: 0 });
                for n in &news {
                    fe.units += 1;
                    match &n.attr {
                        None => fe.edits.push((value_span(text, entry), format_value(&n.ftl, 4))),
                        Some(a) => match entry.attribute(a) {
                            Some(r) => {
                                let col = r.start - line_start(text, r.start);
                                let span = r.start..part_end(text, entry, r.start);
                                fe.edits.push((span, format!(".{a}{}", format_value(&n.ftl, col + 4))));
                            }
                            None => {
                                let at = entry.range.end;
                                let nl = if text[..at].ends_with('\n') { "" } else { "\n" };
                                fe.edits.push((at..at, format!("{nl}    .{a}{}\n", format_value(&n.ftl, 8))));
                            }
                        },
                    }
                }
                if entry.untranslated {
                    let done = covered.get(&id).cloned().unwrap_or_default();
                    if parts_of_ref.is_subset(&done) {
                        if let Some(r) = mark_line(text, entry) {
                            fe.edits.push((r, String::new()));
                        }
                    } else {
                        result.still_marked.push(id.clone());
                    }
                }
                result.written += news.len();
            }
            None => {
                let has_value = news.iter().any(|n| n.attr.is_none());
                if rp.value.is_some() && !has_value {
                    diags.push(
                        Diagnostic::warning("W0145", format!("`{id}`: {lang} does not have this message yet and its value has no translation, so its attributes were not imported"))
                            .at(ref_entry.file, ref_entry.id_span.clone())
                            .hint("translate the message's text too"),
                    );
                    result.untranslated += news.len();
                    continue;
                }
                let name = reference.files.iter().find(|f| f.file == ref_entry.file).map(|f| f.name.clone()).unwrap_or_else(|| "campaign.ftl".into());
                let existing = locale.files.iter().find(|f| f.name == name && f.shared == ref_entry.shared);
                let (path, base) = match existing {
                    Some(f) => (map.get(f.file).path.clone(), map.get(f.file).text.clone()),
                    None => {
                        let dir = match (ref_entry.shared, &roots.shared) {
                            (true, Some(s)) => s.join(lang),
                            _ => roots.campaign_root.join("locales").join(lang),
                        };
                        (dir.join(&name), String::new())
                    }
                };
                let fe = files.entry(path).or_insert_with(|| FileEdits { base, edits: Vec::new(), append: Vec::new(), units: 0 });
                let mut block = id.clone();
                match news.iter().find(|n| n.attr.is_none()) {
                    Some(v) => block.push_str(&format_value(&v.ftl, 4)),
                    None => block.push_str(" ="),
                }
                block.push('\n');
                // Attributes in the reference's order.
                for (a, _) in &rp.attributes {
                    if let Some(n) = news.iter().find(|n| n.attr.as_deref() == Some(a.as_str())) {
                        block.push_str(&format!("    .{a}{}\n", format_value(&n.ftl, 8)));
                    }
                }
                let done = covered.get(&id).cloned().unwrap_or_default();
                if !parts_of_ref.is_subset(&done) {
                    // Some attributes are still to translate: the whole message stays marked.
                    block = format!("# {UNTRANSLATED_MARK}\n{block}");
                    result.still_marked.push(id.clone());
                }
                fe.units += news.len();
                fe.append.push(block);
                result.written += news.len();
            }
        }
    }
    for (path, mut fe) in files {
        fe.edits.sort_by_key(|(r, _)| std::cmp::Reverse((r.start, r.end)));
        let mut content = fe.base;
        for (r, s) in fe.edits {
            content.replace_range(r, &s);
        }
        for b in fe.append {
            if !content.is_empty() {
                if !content.ends_with('\n') {
                    content.push('\n');
                }
                content.push('\n');
            }
            content.push_str(&b);
        }
        result.files.push(ImportedFile { path, content, units: fe.units });
    }
    Some(result)
}

enum Target {
    Pieces(Vec<Piece>),
    Ftl(String),
}

/// The text pieces only (codes may be written differently and still be the same placeable).
fn texts(p: &[Piece]) -> Vec<String> {
    p.iter().filter_map(|x| if let Piece::Text(t) = x { Some(t.clone()) } else { None }).collect()
}

/// Parses `x = <ftl>` back; `None` if it is not exactly one clean message.
fn reparse(ftl: &str) -> Option<Part> {
    let src = format!("x{}\n", format_value(ftl, 4));
    let ast = fluent_syntax::parser::parse(src.as_str()).ok()?;
    match ast.body.as_slice() {
        [ast::Entry::Message(m)] if m.attributes.is_empty() => m.value.as_ref().map(Part::of),
        _ => None,
    }
}

/// The target of a unit: `None` when it has none (or only an empty one).
fn unit_target<'a, 'i>(unit: &roxmltree::Node<'a, 'i>, ftl_only: bool) -> Result<Option<Target>, (String, Option<roxmltree::Node<'a, 'i>>)> {
    let data: BTreeMap<&str, String> = unit
        .children()
        .filter(|n| is_x(n, "originalData"))
        .flat_map(|n| n.children().filter(|d| is_x(d, "data")))
        .filter_map(|d| Some((d.attribute("id")?, inline_text(&d))))
        .collect();
    // dataRef of each source <ph>, by id, for targets whose <ph> lost it.
    let mut src_refs: BTreeMap<&str, &str> = BTreeMap::new();
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut with, mut without) = (0, 0);
    for seg in unit.children().filter(|n| is_x(n, "segment") || is_x(n, "ignorable")) {
        if let Some(src) = seg.children().find(|n| is_x(n, "source")) {
            for ph in src.descendants().filter(|n| is_x(n, "ph")) {
                if let (Some(i), Some(d)) = (ph.attribute("id"), ph.attribute("dataRef")) {
                    src_refs.insert(i, d);
                }
            }
        }
        let tgt = seg.children().find(|n| is_x(n, "target"));
        let from = match (tgt, is_x(&seg, "ignorable")) {
            (Some(t), _) => Some(t),
            // Whitespace between segments, not translated: its source is kept.
            (None, true) => seg.children().find(|n| is_x(n, "source")),
            (None, false) => None,
        };
        let Some(from) = from else {
            without += 1;
            continue;
        };
        if is_x(&seg, "segment") {
            with += 1;
        }
        collect(&from, &data, &src_refs, &mut pieces)?;
    }
    if with == 0 || (without > 0 && pieces.iter().all(|p| matches!(p, Piece::Text(t) if t.trim().is_empty()))) {
        return Ok(None);
    }
    if without > 0 {
        return Err(("some segments have a target and others do not: translate them all".into(), None));
    }
    let mut merged: Vec<Piece> = Vec::new();
    for p in pieces {
        match (merged.last_mut(), p) {
            (Some(Piece::Text(a)), Piece::Text(b)) => a.push_str(&b),
            (_, p) => merged.push(p),
        }
    }
    if merged.is_empty() || merged.iter().all(|p| matches!(p, Piece::Text(t) if t.is_empty())) {
        return Ok(None);
    }
    if ftl_only {
        let ftl = merged.iter().map(|p| match p {
            Piece::Text(t) | Piece::Code(t) => t.as_str(),
        }).collect();
        return Ok(Some(Target::Ftl(ftl)));
    }
    Ok(Some(Target::Pieces(merged)))
}

fn is_x(n: &roxmltree::Node, name: &str) -> bool {
    n.is_element() && n.tag_name().namespace() == Some(XLIFF_NS) && n.tag_name().name() == name
}

/// Text of an element with `<cp hex="…"/>` decoded.
fn inline_text(n: &roxmltree::Node) -> String {
    let mut s = String::new();
    for c in n.children() {
        if c.is_text() {
            s.push_str(c.text().unwrap_or(""));
        } else if is_x(&c, "cp")
            && let Some(ch) = c.attribute("hex").and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32)
        {
            s.push(ch);
        }
    }
    s
}

fn collect<'a, 'i>(
    n: &roxmltree::Node<'a, 'i>,
    data: &BTreeMap<&str, String>,
    src_refs: &BTreeMap<&str, &str>,
    out: &mut Vec<Piece>,
) -> Result<(), (String, Option<roxmltree::Node<'a, 'i>>)> {
    for c in n.children() {
        if c.is_text() {
            out.push(Piece::Text(c.text().unwrap_or("").to_string()));
        } else if c.is_element() {
            let name = c.tag_name().name();
            if c.tag_name().namespace() != Some(XLIFF_NS) {
                return Err((format!("unknown element <{name}> inside a target"), Some(c)));
            }
            match name {
                "ph" => {
                    let r = c.attribute("dataRef").or_else(|| c.attribute("id").and_then(|i| src_refs.get(i).copied()));
                    match r.and_then(|r| data.get(r)) {
                        Some(code) => out.push(Piece::Code(code.clone())),
                        None => return Err(("a <ph> placeholder whose original data is missing".into(), Some(c))),
                    }
                }
                "cp" => {
                    let ch = c.attribute("hex").and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                    out.push(Piece::Text(ch.map(String::from).unwrap_or_default()));
                }
                // Annotations keep their content; markers have none.
                "mrk" => collect(&c, data, src_refs, out)?,
                "sm" | "em" => {}
                _ => return Err((format!("<{name}> is not supported in Loa's targets (only text and the <ph> placeholders of the source)"), Some(c))),
            }
        }
    }
    Ok(())
}

/// The opening tag of an element, for diagnostics.
fn tag_span(n: &roxmltree::Node) -> Range<usize> {
    let r = n.range();
    r.start..r.start + 1 + n.tag_name().name().len()
}

/// Byte offset of a 1-based row and column (in characters).
fn offset_of(map: &SourceMap, file: FileId, row: usize, col: usize) -> usize {
    let f = map.get(file);
    let start = f.line_start(row);
    let line = f.line_text(row);
    start + line.char_indices().nth(col.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

/// ` = text` for one line, ` =\n<indent>line…` for several.
pub fn format_value(ftl: &str, indent: usize) -> String {
    if !ftl.contains('\n') {
        return format!(" = {ftl}");
    }
    let pad = " ".repeat(indent);
    let mut s = String::from(" =");
    for l in ftl.split('\n') {
        s.push('\n');
        if !l.is_empty() {
            s.push_str(&pad);
            s.push_str(l);
        }
    }
    s
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// From the end of the id to the end of the value (before the first attribute), trailing
/// whitespace excluded.
fn value_span(text: &str, e: &Entry) -> Range<usize> {
    let first_attr = e.attributes.iter().map(|(_, r)| line_start(text, r.start)).min().unwrap_or(e.range.end);
    let end = e.id_span.end + text[e.id_span.end..first_attr].trim_end().len();
    e.id_span.end..end
}

/// End of the attribute starting at `start`: before the next attribute, trailing whitespace excluded.
fn part_end(text: &str, e: &Entry, start: usize) -> usize {
    let next = e.attributes.iter().map(|(_, r)| line_start(text, r.start)).filter(|&s| s > start).min().unwrap_or(e.range.end);
    start + text[start..next].trim_end().len()
}

/// The `# TODO(loa): untranslated` line in the comment right above an entry.
fn mark_line(text: &str, e: &Entry) -> Option<Range<usize>> {
    let mut end = e.range.start;
    while end > 0 {
        let start = line_start(text, end - 1);
        let line = &text[start..end];
        if !line.starts_with('#') || line.starts_with("##") {
            return None;
        }
        if line.trim_start_matches('#').trim() == UNTRANSLATED_MARK {
            return Some(start..end);
        }
        end = start;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(src: &str) -> Part {
        let ast = fluent_syntax::parser::parse(src).expect("parses");
        match &ast.body[0] {
            ast::Entry::Message(m) => Part::of(m.value.as_ref().expect("value")),
            _ => panic!("not a message"),
        }
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(escape_text("a < b && c > d \"q\" 'x'"), "a &lt; b &amp;&amp; c &gt; d \"q\" 'x'");
        assert_eq!(escape_attr("{ \"a\" }\nx\ty"), "{ &quot;a&quot; }&#10;x&#9;y");
        assert_eq!(escape_text("]]>"), "]]&gt;");
        assert_eq!(escape_text("a\u{1}b\r"), "ab&#13;");
    }

    #[test]
    fn placeables_become_codes() {
        let p = part("m = Xã {$commune}, tỉnh { $province } { -brand } { \"{\" }\n");
        assert_eq!(
            p.pieces,
            Some(vec![
                Piece::Text("Xã ".into()),
                Piece::Code("{ $commune }".into()),
                Piece::Text(", tỉnh ".into()),
                Piece::Code("{ $province }".into()),
                Piece::Text(" ".into()),
                Piece::Code("{ -brand }".into()),
                Piece::Text(" ".into()),
                Piece::Code("{ \"{\" }".into()),
            ])
        );
        assert_eq!(p.ftl, "Xã { $commune }, tỉnh { $province } { -brand } { \"{\" }");
    }

    #[test]
    fn multiline_patterns_keep_their_lines() {
        let p = part("m =\n    Hỏi { $agency }.\n\n    Địa chỉ: { $address }\n");
        assert_eq!(p.ftl, "Hỏi { $agency }.\n\nĐịa chỉ: { $address }");
        let text: String = p.pieces.expect("plain").iter().map(|x| match x { Piece::Text(t) | Piece::Code(t) => t.clone() }).collect();
        assert_eq!(text, p.ftl);
        assert_eq!(format_value(&p.ftl, 4), " =\n    Hỏi { $agency }.\n\n    Địa chỉ: { $address }");
        assert_eq!(reparse(&p.ftl).expect("reparses").ftl, p.ftl);
    }

    #[test]
    fn selects_are_ftl_only() {
        let p = part("m = { $n ->\n    [one] một\n   *[other] { $n } cái\n}\n");
        assert_eq!(p.pieces, None);
        assert!(p.ftl.starts_with("{ $n ->\n"), "{}", p.ftl);
        assert_eq!(reparse(&p.ftl).expect("reparses").ftl, p.ftl);
    }

    #[test]
    fn hashes_follow_the_text_not_its_layout() {
        let a = part("m = Xin chào {$name}\n");
        let b = part("m =\n    Xin chào { $name }\n");
        let c = part("m = Xin chào { $name }!\n");
        assert_eq!(source_hash(&a.ftl), source_hash(&b.ftl));
        assert_ne!(source_hash(&a.ftl), source_hash(&c.ftl));
        assert_eq!(source_hash("").len(), 64);
    }

    #[test]
    fn text_that_fluent_would_change_is_caught() {
        assert!(reparse("  leading").is_none_or(|p| p.ftl != "  leading"));
        assert!(reparse("a\n.b").is_none_or(|p| p.ftl != "a\n.b"));
        assert!(reparse("fine text").is_some());
    }

    #[test]
    fn export_writes_units_with_codes_and_hashes() {
        let mut units = String::new();
        let src = part("m = Xã { $commune } & <b>\n");
        let tgt = part("m = { $commune } commune & <b>\n");
        write_unit(&mut units, "m", &src, Some(&tgt), &[("comment".into(), "a < b".into())]);
        assert!(units.contains("<source xml:space=\"preserve\">Xã <ph id=\"1\" dataRef=\"d1\" disp=\"{ $commune }\" equiv=\"{ $commune }\"/> &amp; &lt;b&gt;</source>"), "{units}");
        assert!(units.contains("<target xml:space=\"preserve\"><ph id=\"1\" dataRef=\"d1\""), "{units}");
        assert!(units.contains(&source_hash(&src.ftl)));
        assert!(units.contains("<note category=\"comment\">a &lt; b</note>"));
        let doc = format!("<xliff xmlns=\"{XLIFF_NS}\" xmlns:mda=\"{MDA_NS}\"><file id=\"f\">{units}</file></xliff>");
        let d = roxmltree::Document::parse(&doc).expect("well-formed");
        let unit = d.descendants().find(|n| is_x(n, "unit")).expect("unit");
        match unit_target(&unit, false) {
            Ok(Some(Target::Pieces(p))) => assert_eq!(p, tgt.pieces.expect("plain")),
            _ => panic!("no target"),
        }
    }
}
