//! Benchmark: typeset a long A5 handbook (layout + PDF bytes) from a locale's resolved content,
//! the same text as `bench/handbook_typst.py` gives typst. Run through `bench/handbook.sh`:
//!
//!     cargo bench -p loa-print --bench handbook -- CONTENT.json CAMPAIGN_DIR REPEAT RUNS
//!
//! Each chapter's items repeat REPEAT times. Prints one JSON line per edition with the median of
//! RUNS runs (each run lays out and writes the whole document; fonts are loaded once, as in a
//! build).

use loa_content::ResolvedContent;
use loa_diag::{Diagnostics, FsSources, SourceMap};
use loa_print::handbook::{Chapter, HandbookInput, Theme, handbook};
use loa_print::layout::{Ctx, Palette};
use loa_print::pdf::{Kind, pdf};
use loa_text::FontBook;
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let [content, campaign_dir, repeat, runs] = args.as_slice() else {
        eprintln!("usage: handbook CONTENT.json CAMPAIGN_DIR REPEAT RUNS");
        std::process::exit(2);
    };
    let repeat: usize = repeat.parse().expect("REPEAT");
    let runs: usize = runs.parse().expect("RUNS");
    let content: ResolvedContent = serde_json::from_slice(&std::fs::read(content).expect("content")).expect("content JSON");
    let mut map = SourceMap::new();
    let mut diags = Diagnostics::new();
    let campaign = loa_campaign::load(&FsSources, &mut map, Path::new(campaign_dir), (2026, 12, 4), &mut diags).expect("campaign");
    let spec = campaign
        .outputs
        .iter()
        .find_map(|o| match &o.spec {
            loa_campaign::Spec::Handbook(h) => Some(h.clone()),
            _ => None,
        })
        .expect("a [handbook.*] table");
    let chapters: Vec<Chapter> = spec
        .chapters
        .iter()
        .map(|c| {
            let items: Vec<String> = c.items.iter().map(|i| i.get_ref().clone()).collect();
            Chapter { title: c.title.get_ref().clone(), items: items.iter().cycle().take(items.len() * repeat).cloned().collect() }
        })
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut fonts = FontBook::load(&root.join("assets/fonts")).expect("fonts");
    let palette = Palette::from_brand(&campaign.brand);
    for (edition, theme, kind) in [("press", Theme::a5(true), Kind::Press), ("accessible", Theme::a5(false), Kind::Accessible)] {
        let mut times = Vec::new();
        let mut pages = 0;
        let mut bytes = 0;
        for _ in 0..runs {
            let start = Instant::now();
            let mut cx = Ctx { fonts: &mut fonts, content: &content, palette, product: "handbook".into(), problems: Vec::new() };
            let input = HandbookInput {
                chapters: chapters.clone(),
                glossary: campaign.messages.glossary.iter().map(|s| s.get_ref().clone()).collect(),
                excerpts: campaign.messages.excerpts.iter().map(|s| s.get_ref().clone()).collect(),
                headline: campaign.messages.headline.as_ref().map(|s| s.get_ref().as_str()),
                call_to_action: campaign.messages.call_to_action.as_ref().map(|s| s.get_ref().as_str()),
                logos: &[],
            };
            let doc = handbook(&mut cx, &input, theme).expect("handbook");
            let out = pdf(&doc, fonts.files(), kind).expect("pdf");
            times.push(start.elapsed().as_secs_f64());
            pages = doc.pages.len();
            bytes = out.len();
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!("{{\"tool\": \"loa\", \"edition\": \"{edition}\", \"pages\": {pages}, \"bytes\": {bytes}, \"median_s\": {median:.4}, \"runs\": {runs}}}");
    }
}
