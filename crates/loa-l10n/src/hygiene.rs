//! TEMPORARY stub until the real module lands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Legacy { Tcvn3, Vni }
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind { NotNfc, Mojibake { legacy: Legacy, suggestion: Option<String> }, Invisible { ch: char, name: &'static str } }
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextIssue { pub kind: IssueKind, pub range: std::ops::Range<usize> }
pub fn scan(_text: &str) -> Vec<TextIssue> { Vec::new() }
pub fn to_nfc(text: &str) -> String { use unicode_normalization::UnicodeNormalization; text.nfc().collect() }
