//! The announcer's script of a radio bulletin as a PDF: every segment in order, with the text to
//! read, the expected duration and the exact file name the recording must have.

use crate::doc::{Bookmark, Colour, Doc, Item, Role, Shape, mm};
use crate::handbook::{Flow, Theme};
use loa_text::{Align, Face, FontBook, Style};
use std::sync::Arc;

/// One segment of the script.
#[derive(Debug, Clone)]
pub struct Line {
    /// e.g. `3. headline — voice/vi/headline.wav — ~1.4 s — DRAFT voice`; `None` text for pauses.
    pub heading: String,
    pub text: Option<String>,
}

/// An A4 script: title, subtitle (bulletin, locale, DRAFT note), then the segments.
pub fn script(fonts: &mut FontBook, title: &str, subtitle: &str, lang: &str, lines: &[Line]) -> Doc {
    let theme = Theme {
        width: mm(210.0),
        height: mm(297.0),
        margins: [mm(18.0), mm(20.0), mm(18.0), mm(20.0)],
        body: Style::new(Face::Sans, 13.0).leading(1.45).align(Align::Left),
        chapter: Style::new(Face::Sans, 20.0).bold().leading(1.2),
        question: Style::new(Face::Sans, 10.0).bold().leading(1.3),
        quote: Style::new(Face::Sans, 13.0).leading(1.45),
        small: Style::new(Face::Sans, 10.0).leading(1.3),
        gap: 8.0,
        press: false,
    };
    let inner = theme.width - theme.margins[1] - theme.margins[3];
    let grey = Colour::GREY;
    let mut flow = Flow::new(theme);
    flow.new_page();
    let mut block = |text: &str, style: &Style| Arc::new(fonts.layout(text, style, &[], inner));
    let t = block(title, &theme.chapter);
    flow.place(&t, 0.0, Colour::BLACK, Role::Heading(1), 0.0, None);
    flow.y += 4.0;
    let s = block(subtitle, &theme.small);
    flow.place(&s, 0.0, grey, Role::Paragraph, 0.0, None);
    flow.y += theme.gap * 2.0;
    for line in lines {
        let h = block(&line.heading, &theme.question);
        let body = line.text.as_deref().map(|t| block(t, &theme.body));
        let keep = body.as_ref().map_or(0.0, |b| b.lines.get(1).map_or(b.height(), |l| l.bottom));
        flow.place(&h, 0.0, grey, Role::Heading(2), keep + 3.0, None);
        if let Some(b) = body {
            flow.y += 3.0;
            flow.place(&b, mm(4.0), Colour::BLACK, Role::Paragraph, 0.0, None);
        }
        flow.y += theme.gap * 1.4;
    }
    let mut pages = flow.pages;
    let n = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        let label = Arc::new(fonts.layout(&format!("{} / {n}", i + 1), &theme.small.align(Align::Right), &[], inner));
        page.push(Item::new(theme.margins[3], theme.height - mm(12.0), Shape::Text { block: label, fill: grey }, Role::Artifact));
        page.label = Some((i + 1).to_string());
    }
    let outline = vec![Bookmark { title: title.to_string(), page: 0, y: 0.0, children: Vec::new() }];
    Doc { title: title.to_string(), lang: lang.to_string(), pages, outline }
}
