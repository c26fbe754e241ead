//! From a campaign and one locale's resolved content to print files: every enabled poster,
//! leaflet and handbook, in their press, accessible, imposed, large-print and (with
//! `easy-read = true`) easy-read editions, with a PNG preview of every page.

use crate::doc::Doc;
use crate::easy::{EasyInput, EasySection, Heading, easy_read};
use crate::layout::{Ctx, Palette, Problem};
use crate::leaflet::{LeafletInput, leaflet};
use crate::pdf::{Kind, pdf};
use crate::handbook::{Chapter, HandbookInput, Theme, handbook, impose};
use crate::poster::{PosterInput, poster};
use loa_campaign::{Campaign, Output as Spec, PosterSpec, Spec as SpecKind};
use std::collections::HashMap;
use loa_content::ResolvedContent;
use loa_diag::{Diagnostic, Diagnostics, Sources, resolve_inside};
use loa_text::FontBook;
use std::path::Path;
use std::sync::Arc;

/// One file for the pack.
#[derive(Debug, Clone)]
pub struct PrintFile {
    pub kind: &'static str,
    pub path: String,
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// Trim size in millimetres.
    pub trim_mm: [f32; 2],
}

/// Fonts and the campaign's artwork, loaded once for every locale.
pub struct Assets {
    pub fonts: FontBook,
    pub logos: Vec<(Arc<usvg::Tree>, String)>,
    /// The easy-read pictures by the message they illustrate, with their alt-text message id.
    pub pictures: HashMap<String, (Arc<usvg::Tree>, String)>,
    /// Poster templates by their path in campaign.toml.
    pub templates: HashMap<String, crate::template::Template>,
}

/// Loads the vendored fonts and the campaign's logos; problems become located diagnostics.
pub fn load_assets(campaign: &Campaign, sources: &dyn Sources, fonts_dir: &Path, diags: &mut Diagnostics) -> Option<Assets> {
    let fonts = match FontBook::load(fonts_dir) {
        Ok(f) => f,
        Err(e) => {
            // Located at the first print product, which needs them.
            let first = campaign.outputs.iter().find(|o| o.enabled() && matches!(o.spec, SpecKind::Poster(_) | SpecKind::Leaflet(_) | SpecKind::Handbook(_)));
            let mut d = Diagnostic::error("E0306", format!("cannot load Loa's fonts: {e}")).hint("reinstall Loa: the fonts live in assets/fonts");
            if let Some(o) = first {
                d = d.at(campaign.file, o.name.span());
            }
            diags.push(d);
            return None;
        }
    };
    let options = svg_options(&fonts);
    // Logos and the easy-read pictures: SVG files named in campaign.toml, with an alt-text message.
    let svg = |image: &loa_campaign::Logo, diags: &mut Diagnostics| {
        let Ok(path) = resolve_inside(sources, &campaign.root, image.file.get_ref()) else { return None }; // reported by check
        let here = |code: &'static str, msg: String| Diagnostic::error(code, format!("`{}` {msg}", image.file.get_ref())).at(campaign.file, image.file.span());
        let data = sources.read(&path).map_err(|e| e.to_string());
        if let Some(Err(e)) = data.as_deref().ok().map(crate::limits::svg_shape) {
            diags.push(here("E0311", format!("is too complex to draw: {e}")).hint("simplify the logo in its editor (fewer, flatter groups), or export it again as plain SVG"));
            return None;
        }
        let parsed = data.and_then(|data| usvg::Tree::from_data(&data, &options).map_err(|e| e.to_string()));
        let checked = parsed.map(|tree| (crate::limits::check_images(&tree), tree));
        let parsed = match checked {
            Ok((Err(crate::limits::ImageProblem::TooLarge(m)), _)) => {
                diags.push(here("E0310", format!("is too large to draw: {m}")).hint("scale the picture down (e.g. to 300 dpi at its printed size) and save the logo again"));
                return None;
            }
            Ok((Err(crate::limits::ImageProblem::Damaged(m)), _)) => Err(m),
            Ok((Ok(()), tree)) => Ok(tree),
            Err(e) => Err(e),
        };
        match parsed {
            Ok(tree) => Some((Arc::new(tree), image.alt.get_ref().clone())),
            Err(e) => {
                diags.push(
                    Diagnostic::error("E0302", format!("`{}` is not an SVG image Loa can draw: {e}", image.file.get_ref()))
                        .at(campaign.file, image.file.span())
                        .hint("export the image again as plain SVG (Inkscape: Save as → Plain SVG)"),
                );
                None
            }
        }
    };
    let logos = campaign.brand.logos.iter().filter_map(|logo| svg(logo, diags)).collect();
    let pictures = campaign.pictures.iter().filter_map(|(id, p)| Some((id.get_ref().clone(), svg(p, diags)?))).collect();
    let mut templates = HashMap::new();
    for o in &campaign.outputs {
        let SpecKind::Poster(PosterSpec { template: Some(t), .. }) = &o.spec else { continue };
        let Ok(path) = resolve_inside(sources, &campaign.root, t.get_ref()) else { continue }; // reported by check
        let here = |code: &'static str, msg: String| Diagnostic::error(code, format!("poster template `{}` {msg}", t.get_ref())).at(campaign.file, t.span());
        let data = sources.read(&path).map_err(|e| e.to_string());
        if let Some(Err(e)) = data.as_deref().ok().map(crate::limits::svg_shape) {
            diags.push(here("E0311", format!("is too complex to draw: {e}")).hint("simplify the template in its editor (fewer, flatter groups), or export it again as plain SVG"));
            continue;
        }
        let parsed = data
            .and_then(|d| String::from_utf8(d).map_err(|e| e.to_string()))
            .and_then(|svg| crate::template::parse(&svg, &options));
        let parsed = match parsed.map(|tpl| (crate::limits::check_images(&tpl.art), tpl)) {
            Ok((Err(crate::limits::ImageProblem::TooLarge(m)), _)) => {
                diags.push(here("E0310", format!("is too large to draw: {m}")).hint("scale the picture down (e.g. to 300 dpi at its printed size) and save the template again"));
                continue;
            }
            Ok((Err(crate::limits::ImageProblem::Damaged(m)), _)) => Err(m),
            Ok((Ok(()), tpl)) => Ok(tpl),
            Err(e) => Err(e),
        };
        match parsed {
            Ok(tpl) => {
                templates.insert(t.get_ref().clone(), tpl);
            }
            Err(e) => diags.push(
                Diagnostic::error("E0308", format!("poster template `{}` cannot be used: {e}", t.get_ref()))
                    .at(campaign.file, t.span())
                    .hint("see docs/campaign-format.md: an SVG with rectangles named loa-headline, loa-point-1 …"),
            ),
        }
    }
    Some(Assets { fonts, logos, pictures, templates })
}

/// How Loa reads a campaign's SVG (logos, poster templates): text in Loa's own fonts only, and
/// nothing from outside the SVG itself. usvg would otherwise load any file an `<image href>`
/// names (`/home/…/photo.jpg`, `../../secret.png`) into the PDFs and previews; pictures embedded
/// as `data:` URLs are kept, with their metadata (EXIF, GPS, XMP, text) removed.
pub fn svg_options(fonts: &FontBook) -> usvg::Options<'static> {
    let mut options = usvg::Options::default();
    for f in fonts.files() {
        options.fontdb_mut().load_font_data(f.data.as_ref().clone());
    }
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(|mime, data, opts| {
            let data = std::sync::Arc::new(crate::metadata::strip(&data));
            (usvg::ImageHrefResolver::default_data_resolver())(mime, data, opts)
        }),
        resolve_string: Box::new(|_, _| None),
    };
    options
}

/// Preview resolution.
pub const PREVIEW_DPI: f32 = 100.0;

/// One edition of a product, laid out.
pub struct Laid {
    /// Index of the output in `campaign.outputs`.
    pub output: usize,
    /// `poster`, `leaflet-accessible`, `handbook-large-print` …
    pub kind: &'static str,
    pub doc: Doc,
    pub pdf: Kind,
}

/// Renders every enabled print output of `campaign` for one locale.
pub fn render(assets: &mut Assets, campaign: &Campaign, content: &ResolvedContent, diags: &mut Diagnostics) -> Vec<PrintFile> {
    let mut files = Vec::new();
    let lang = content.locale.clone();
    for laid in lay_out(assets, campaign, content, diags) {
        let output = &campaign.outputs[laid.output];
        write(&mut files, &assets.fonts, &lang, laid.kind, output.name.get_ref(), &laid.doc, laid.pdf, diags, campaign, output);
    }
    files
}

/// Lays out every enabled print output of `campaign` for one locale, reporting what does not fit
/// (the length budgets `loa check` reports before any file is written).
pub fn lay_out(assets: &mut Assets, campaign: &Campaign, content: &ResolvedContent, diags: &mut Diagnostics) -> Vec<Laid> {
    let mut laid = Vec::new();
    let palette = Palette::from_brand(&campaign.brand);
    let logos: Vec<(Arc<usvg::Tree>, String)> = assets
        .logos
        .iter()
        .map(|(t, alt)| (t.clone(), content.text(alt).unwrap_or_default().to_string()))
        .collect();
    let pictures: HashMap<String, (Arc<usvg::Tree>, String)> = assets
        .pictures
        .iter()
        .map(|(id, (t, alt))| (id.clone(), (t.clone(), content.text(alt).unwrap_or_default().to_string())))
        .collect();
    let g = &campaign.messages;
    let ids = |v: &Option<Vec<loa_campaign::Spanned<String>>>, d: &[loa_campaign::Spanned<String>]| -> Vec<String> {
        v.as_deref().unwrap_or(d).iter().map(|s| s.get_ref().clone()).collect()
    };
    for (index, output) in campaign.outputs.iter().enumerate().filter(|(_, o)| o.enabled()) {
        let name = output.name.get_ref().clone();
        let mut cx = Ctx { fonts: &mut assets.fonts, content, palette, product: format!("{} `{name}`", output.kind.as_str()), problems: Vec::new() };
        let docs: Vec<(&'static str, Doc, Kind)> = match &output.spec {
            SpecKind::Poster(p) => {
                let headline = p.headline.as_ref().or(g.headline.as_ref()).map(|s| s.get_ref().clone()).unwrap_or_default();
                let points = ids(&p.points, &g.points);
                let cta = p.call_to_action.as_ref().or(g.call_to_action.as_ref()).map(|s| s.get_ref().clone());
                let input = PosterInput {
                    size: p.size.as_ref().map_or("A3", |s| s.get_ref().as_str()),
                    headline: &headline,
                    points: points.iter().map(String::as_str).collect(),
                    call_to_action: cta.as_deref(),
                    logos: &logos,
                };
                let doc = match p.template.as_ref().map(|t| assets.templates.get(t.get_ref())) {
                    // A template that failed to load is already reported.
                    Some(None) => None,
                    Some(Some(tpl)) => {
                        let (w, h) = crate::poster::trim_size(input.size);
                        crate::template::poster(&mut cx, tpl, w, h, &headline, &input.points, cta.as_deref())
                    }
                    None => poster(&mut cx, &input),
                };
                doc.map(|d| vec![("poster", d, Kind::Press)]).unwrap_or_default()
            }
            SpecKind::Leaflet(l) => {
                let headline = l.headline.as_ref().or(g.headline.as_ref()).map(|s| s.get_ref().clone()).unwrap_or_default();
                let points = ids(&l.points, &g.points);
                let qa = ids(&l.qa, &g.qa);
                let cta = l.call_to_action.as_ref().or(g.call_to_action.as_ref()).map(|s| s.get_ref().clone());
                let input = LeafletInput {
                    headline: &headline,
                    points: points.iter().map(String::as_str).collect(),
                    qa: qa.iter().map(String::as_str).collect(),
                    call_to_action: cta.as_deref(),
                    logos: &logos,
                };
                let mut docs = Vec::new();
                if let Some(press) = leaflet(&mut cx, &input, true) {
                    docs.push(("leaflet", press, Kind::Press));
                    // Same layout without bleed: its problems would repeat the press edition's.
                    let seen = cx.problems.len();
                    if let Some(screen) = leaflet(&mut cx, &input, false) {
                        docs.push(("leaflet-accessible", screen, Kind::Accessible));
                    }
                    cx.problems.truncate(seen);
                }
                docs
            }
            SpecKind::Handbook(hb) => {
                let input = HandbookInput {
                    chapters: hb
                        .chapters
                        .iter()
                        .map(|c| Chapter { title: c.title.get_ref().clone(), items: c.items.iter().map(|i| i.get_ref().clone()).collect() })
                        .collect(),
                    glossary: ids(&hb.glossary, &g.glossary),
                    excerpts: g.excerpts.iter().map(|s| s.get_ref().clone()).collect(),
                    headline: g.headline.as_ref().map(|s| s.get_ref().as_str()),
                    call_to_action: g.call_to_action.as_ref().map(|s| s.get_ref().as_str()),
                    logos: &logos,
                };
                let mut docs = Vec::new();
                let press = handbook(&mut cx, &input, Theme::a5(true));
                if let Some(pages) = press.as_ref().map(|d| d.pages.len()).filter(|&n| n > crate::limits::MAX_HANDBOOK_PAGES) {
                    diags.push(
                        Diagnostic::error("E0312", format!("the handbook `{name}` ({}) has {pages} pages; a handbook may have at most {}", content.locale, crate::limits::MAX_HANDBOOK_PAGES))
                            .at(campaign.file, output.name.span())
                            .hint("split it into several handbooks, or move long texts to the web pack"),
                    );
                    continue;
                }
                if let Some(press) = press {
                    docs.push(("handbook-imposed", impose(&press), Kind::Press));
                    docs.push(("handbook", press, Kind::Press));
                }
                if let Some(screen) = handbook(&mut cx, &input, Theme::a5(false)) {
                    docs.push(("handbook-accessible", screen, Kind::Accessible));
                }
                if let Some(large) = handbook(&mut cx, &input, Theme::large_print()) {
                    docs.push(("handbook-large-print", large, Kind::Press));
                }
                docs
            }
            _ => Vec::new(),
        };
        let mut docs = docs;
        if let Some(easy) = campaign.easy_read(output) {
            let id = |s: &loa_campaign::Spanned<String>| s.get_ref().clone();
            let sections = easy
                .sections
                .iter()
                .enumerate()
                .map(|(i, (title, items))| EasySection {
                    heading: match title {
                        Some(t) => Heading::Message(id(t)),
                        None if i == 0 => Heading::Label("web-key-messages", "Những điều cần biết"),
                        None => Heading::Label("web-questions", "Hỏi và đáp"),
                    },
                    items: items.iter().map(|s| id(s)).collect(),
                })
                .collect();
            let input = EasyInput {
                cover: output.kind == loa_campaign::OutputKind::Handbook,
                headline: easy.headline.map(|s| s.get_ref().as_str()),
                sections,
                call_to_action: easy.call_to_action.map(|s| s.get_ref().as_str()),
                logos: &logos,
                pictures: &pictures,
            };
            if let Some(doc) = easy_read(&mut cx, &input) {
                let kind = if output.kind == loa_campaign::OutputKind::Handbook { "handbook-easy-read" } else { "leaflet-easy-read" };
                docs.push((kind, doc, Kind::Accessible));
            }
        }
        report(campaign, output, content.is_pseudo(), std::mem::take(&mut cx.problems), diags);
        laid.extend(docs.into_iter().map(|(kind, doc, pdf)| Laid { output: index, kind, doc, pdf }));
    }
    laid
}

/// Reports the problems of a product. In a pseudo-locale, text that does not fit is a warning
/// (W0309): that locale exists to find such boxes, and the other products still build.
fn report(campaign: &Campaign, output: &Spec, pseudo: bool, problems: Vec<Problem>, diags: &mut Diagnostics) {
    for p in problems {
        let d = if pseudo && p.code == "E0301" { Diagnostic::warning("W0309", p.message) } else { Diagnostic::error(p.code, p.message) };
        diags.push(d.at(campaign.file, output.name.span()).hint(p.hint));
    }
}

#[allow(clippy::too_many_arguments)]
fn write(files: &mut Vec<PrintFile>, fonts: &FontBook, lang: &str, kind: &'static str, name: &str, doc: &Doc, pdf_kind: Kind, diags: &mut Diagnostics, campaign: &Campaign, output: &Spec) {
    let Some(first) = doc.pages.first() else { return };
    let trim_mm = [first.width * 25.4 / 72.0, first.height * 25.4 / 72.0];
    let stem = format!("{kind}-{name}");
    match pdf(doc, fonts.files(), pdf_kind) {
        Ok(bytes) => files.push(PrintFile { kind, path: format!("print/{lang}/{stem}.pdf"), bytes, pages: doc.pages.len(), trim_mm }),
        Err(e) => {
            diags.push(Diagnostic::error("E0390", format!("the {kind} `{name}` ({lang}) could not be written as PDF: {e}")).at(campaign.file, output.name.span()).hint("this is a bug in Loa; please report it with the campaign"));
            return;
        }
    }
    // Previews of what a reader sees (the imposed sheets only rearrange the same pages; the
    // accessible editions repeat the press pages, the easy-read ones do not).
    if (pdf_kind == Kind::Press && kind != "handbook-imposed") || kind.ends_with("-easy-read") {
        for (i, page) in doc.pages.iter().enumerate() {
            match crate::png::png(page, fonts.files(), PREVIEW_DPI) {
                Ok(bytes) => files.push(PrintFile { kind: "preview", path: format!("previews/{lang}/{stem}-{:02}.png", i + 1), bytes, pages: 1, trim_mm }),
                Err(e) => diags.push(Diagnostic::error("E0390", format!("preview of the {kind} `{name}` ({lang}) failed: {e}"))),
            }
        }
    }
}
