//! TEMPORARY stub until the real module lands.
#[derive(Debug, Clone, Copy)]
pub enum NumberStyle { Vietnamese, English }
pub fn number_style(lang: &str) -> NumberStyle { if lang == "en" || lang.starts_with("en-") { NumberStyle::English } else { NumberStyle::Vietnamese } }
pub fn format_integer(n: i64, _s: NumberStyle) -> String { n.to_string() }
pub fn format_decimal(x: f64, _s: NumberStyle) -> String { x.to_string() }
pub fn format_date(year: i32, month: u8, day: u8, lang: &str) -> Option<String> { let _ = lang; Some(format!("{day}/{month}/{year}")) }
