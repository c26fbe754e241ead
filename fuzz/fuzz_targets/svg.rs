//! A logo or poster template as arbitrary bytes, parsed the way `loa build` ingests them
//! (`loa_print::render::svg_options`: Loa's fonts only, no file outside the SVG): as a logo
//! (usvg), and as a template (slots found, art parsed again without them). The vendored fonts
//! are loaded once.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let fonts = loa_text::FontBook::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/fonts"))).expect("Loa's fonts");
        loa_print::render::svg_options(&fonts)
    })
}

fuzz_target!(|data: &[u8]| {
    let options = options();
    let _ = usvg::Tree::from_data(data, options);
    if let Ok(svg) = std::str::from_utf8(data) {
        let _ = loa_print::template::parse(svg, options);
    }
});
