//! Resource limits on translators' files, in one place. Each is far beyond what a real campaign
//! needs, so only a damaged or hostile file reaches it; it is then refused with a located
//! diagnostic instead of exhausting the stack, the memory or the time of the machine.

/// Deepest nesting of `{ … }` placeables in an `.ftl` file. Real messages nest two or three deep
/// (a select expression inside a placeable); the Fluent parser recurses once per level, and some
/// thousands of levels overflow the main thread's stack.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// Longest message value or attribute, in characters of the `.ftl` text. 10 000 characters are
/// about four pages of an A5 handbook, or ten minutes read aloud: longer texts are several
/// messages, and a longer one is usually two files pasted into each other.
pub const MAX_MESSAGE_CHARS: usize = 10_000;

/// Where `{` first nests deeper than [`MAX_PLACEABLE_DEPTH`], and how deep the file nests there.
/// Braces inside quoted string literals (`{ "}" }`) are not counted.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_outside_strings() {
        assert_eq!(too_deep("a = { { $x } }"), None);
        assert_eq!(too_deep(&format!("a = {}", "{ ".repeat(40))), Some(4 + 2 * MAX_PLACEABLE_DEPTH));
        assert_eq!(too_deep(&format!("a = {{ \"{}\" }}", "{".repeat(40))), None);
    }
}
