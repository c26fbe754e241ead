//! What each `.ftl` entry holds, with positions. fluent-syntax gives the AST but no spans, so
//! entries are found by their `id =` line (ids start in column 0) and paired with the AST in
//! order; tokens inside an entry are then located in its text.

use fluent_syntax::ast;
use loa_diag::FileId;
use std::ops::Range;

/// The comment line the skeleton writes above every message still to be translated.
pub const UNTRANSLATED_MARK: &str = "TODO(loa): untranslated";

/// A message or term (`id` starts with `-`) as written in one file.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub file: FileId,
    /// The id where it is defined.
    pub id_span: Range<usize>,
    /// The whole entry: id line, continuation lines and attributes (not its comment).
    pub range: Range<usize>,
    /// The source text after the id (`= …` and attributes), as written.
    pub body: String,
    pub has_value: bool,
    pub attributes: Vec<(String, Range<usize>)>,
    /// Variables used (first place each), `$` not included.
    pub variables: Vec<(String, Range<usize>)>,
    /// Message references: id, attribute, place.
    pub message_refs: Vec<(String, Option<String>, Range<usize>)>,
    /// Term references with their `-`.
    pub term_refs: Vec<(String, Range<usize>)>,
    /// Variant keys of each select expression, in order.
    pub selects: Vec<Vec<(String, Range<usize>)>>,
    /// Words of text (value and attributes), for translators' counts.
    pub words: usize,
    /// Marked by the skeleton as not translated yet.
    pub untranslated: bool,
    /// From the shared `locales/` rather than the campaign.
    pub shared: bool,
}

impl Entry {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }

    pub fn attribute(&self, name: &str) -> Option<&Range<usize>> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, r)| r)
    }
}

/// Byte offsets where entries start (`id =` in column 0), outside `skip` ranges (junk).
fn entry_starts(text: &str, skip: &[Range<usize>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if skip.iter().any(|r| r.contains(&start)) {
            continue;
        }
        let body = line.strip_prefix('-').unwrap_or(line);
        let id_len = body.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
        if id_len == 0 || !body.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        if body[id_len..].trim_start_matches([' ', '\t']).starts_with('=') {
            out.push((start, start + (line.len() - body.len()) + id_len));
        }
    }
    out
}

/// End of the entry starting at `start`: before the next line that starts in column 0.
fn entry_end(text: &str, start: usize) -> usize {
    let mut offset = start;
    let mut end = start;
    for (i, line) in text[start..].split_inclusive('\n').enumerate() {
        let blank = line.trim().is_empty();
        if i > 0 && !blank && !line.starts_with([' ', '\t']) {
            break;
        }
        offset += line.len();
        if !blank {
            end = offset;
        }
    }
    end
}

/// Pairs the AST's messages and terms with their places in `text`.
pub fn entries(text: &str, ast: &ast::Resource<&str>, junk: &[Range<usize>], file: FileId, shared: bool) -> Vec<Entry> {
    let starts = entry_starts(text, junk);
    let mut out = Vec::new();
    let mut next = 0;
    for e in &ast.body {
        let (id, value, attributes, comment): (String, Option<&ast::Pattern<&str>>, &[ast::Attribute<&str>], _) = match e {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes, m.comment.as_ref()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes, t.comment.as_ref()),
            _ => continue,
        };
        // Normally the next start; search by id if the scan and the parser disagree.
        let found = starts.get(next).filter(|(s, e)| text[*s..*e] == id).copied().or_else(|| {
            starts.iter().skip(next).find(|(s, e)| text[*s..*e] == id).copied()
        });
        let Some((s, id_end)) = found else { continue };
        next = starts.iter().position(|&(x, _)| x == s).map_or(next, |p| p + 1);
        let range = s..entry_end(text, s);
        let mut entry = Entry {
            id,
            file,
            id_span: s..id_end,
            range: range.clone(),
            body: text[id_end..range.end].to_string(),
            has_value: value.is_some(),
            attributes: Vec::new(),
            variables: Vec::new(),
            message_refs: Vec::new(),
            term_refs: Vec::new(),
            selects: Vec::new(),
            words: 0,
            untranslated: comment.is_some_and(|c: &ast::Comment<&str>| c.content.iter().any(|l| l.trim().starts_with(UNTRANSLATED_MARK))),
            shared,
        };
        let body = id_end..range.end;
        let mut walker = Walker { text, body: body.clone(), entry: &mut entry, keys: key_tokens(text, body.clone()), key_next: 0 };
        if let Some(p) = value {
            walker.pattern(p);
        }
        for a in attributes {
            let place = find_attribute(text, body.clone(), a.id.name).unwrap_or(s..id_end);
            walker.entry.attributes.push((a.id.name.to_string(), place));
            walker.pattern(&a.value);
        }
        out.push(entry);
    }
    out
}

fn find_attribute(text: &str, body: Range<usize>, name: &str) -> Option<Range<usize>> {
    let mut offset = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some(rest) = trimmed.strip_prefix('.')
            && rest.starts_with(name)
            && rest[name.len()..].trim_start().starts_with('=')
        {
            return Some(offset + indent..offset + indent + 1 + name.len());
        }
        offset += line.len();
    }
    None
}

/// Every `[key]` in an entry, in order (candidates for variant keys).
fn key_tokens(text: &str, body: Range<usize>) -> Vec<(String, Range<usize>)> {
    let t = &text[body.clone()];
    let mut out = Vec::new();
    for (i, _) in t.match_indices('[') {
        if let Some(len) = t[i + 1..].find([']', '\n']) {
            let inner = &t[i + 1..i + 1 + len];
            if t[i + 1 + len..].starts_with(']') && !inner.trim().is_empty() && !inner.trim().contains(' ') {
                out.push((inner.trim().to_string(), body.start + i..body.start + i + len + 2));
            }
        }
    }
    out
}

/// First place of `needle` in `body` not glued to other identifier characters.
fn find_token(text: &str, body: &Range<usize>, needle: &str) -> Option<Range<usize>> {
    let t = &text[body.clone()];
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    t.match_indices(needle)
        .find(|(i, _)| {
            let before_ok = t[..*i].chars().next_back().is_none_or(|c| !ident(c) || needle.starts_with('$'));
            let after_ok = t[i + needle.len()..].chars().next().is_none_or(|c| !ident(c));
            before_ok && after_ok
        })
        .map(|(i, _)| body.start + i..body.start + i + needle.len())
}

struct Walker<'a> {
    text: &'a str,
    body: Range<usize>,
    entry: &'a mut Entry,
    keys: Vec<(String, Range<usize>)>,
    key_next: usize,
}

impl Walker<'_> {
    fn place(&self, needle: &str) -> Range<usize> {
        find_token(self.text, &self.body, needle).unwrap_or(self.entry.id_span.clone())
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => self.entry.words += value.split_whitespace().count(),
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let idx = self.entry.selects.len();
                self.entry.selects.push(Vec::new());
                for v in variants {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    let place = self.key_place(&key);
                    self.entry.selects[idx].push((key, place));
                    self.pattern(&v.value);
                }
            }
        }
    }

    /// The next `[key]` token in text order with this name.
    fn key_place(&mut self, key: &str) -> Range<usize> {
        while let Some((k, r)) = self.keys.get(self.key_next) {
            self.key_next += 1;
            if k == key {
                return r.clone();
            }
        }
        self.entry.id_span.clone()
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                if !self.entry.variables.iter().any(|(n, _)| n == id.name) {
                    let place = self.place(&format!("${}", id.name));
                    self.entry.variables.push((id.name.to_string(), place));
                }
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let place = self.place(id.name);
                self.entry.message_refs.push((id.name.to_string(), attribute.as_ref().map(|a| a.name.to_string()), place));
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                let name = format!("-{}", id.name);
                let place = self.place(&name);
                self.entry.term_refs.push((name, place));
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&str>) {
        for p in &args.positional {
            self.inline(p);
        }
        for n in &args.named {
            self.inline(&n.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Entry> {
        let ast = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut map = loa_diag::SourceMap::new();
        let file = map.add("t.ftl", "t.ftl", text.to_string());
        entries(text, &ast, &[], file, false)
    }

    #[test]
    fn finds_entries_attributes_variables_and_keys() {
        let text = "# c\nhello = Xin chào { $province }\n    .spoken = Xin chào\n\n-term = Luật\nsel = { $n ->\n    [one] một\n   *[other] { -term } { hello }\n}\n";
        let e = parse(text);
        assert_eq!(e.len(), 3);
        assert_eq!(&text[e[0].id_span.clone()], "hello");
        assert_eq!(e[0].variables[0].0, "province");
        assert_eq!(&text[e[0].variables[0].1.clone()], "$province");
        assert_eq!(&text[e[0].attributes[0].1.clone()], ".spoken");
        assert!(e[1].is_term());
        assert_eq!(&text[e[2].selects[0][0].1.clone()], "[one]");
        assert_eq!(&text[e[2].selects[0][1].1.clone()], "[other]");
        assert_eq!(&text[e[2].term_refs[0].1.clone()], "-term");
        assert_eq!(e[2].message_refs[0].0, "hello");
        assert_eq!(e[0].words, 4);
        assert!(text[e[2].range.clone()].ends_with("}\n"));
    }

    #[test]
    fn reads_the_untranslated_mark() {
        let e = parse("# vi: Xin chào\n# TODO(loa): untranslated\nhello = Xin chào\n");
        assert!(e[0].untranslated);
    }
}
