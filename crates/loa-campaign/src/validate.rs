//! Checks on the campaign model alone: ids, locales and fallback chains, variables, legal facts,
//! brand colours, asset paths and output tables. Cross-checks against the `.ftl` files live in
//! `loa-content`.

use crate::outputs::{Output, Spec};
use crate::{Campaign, Date};
use loa_diag::{Diagnostic, Diagnostics, FileId, Sources, closest, resolve_inside};
use std::collections::BTreeSet;
use toml::Spanned;
use toml::value::Datetime;

/// Longest `target-duration` of a radio bulletin, in seconds: the longest programme Loa makes
/// (`loa_audio::limits::MAX_PROGRAMME_S`, two hours; no campaign bulletin comes near it).
pub const MAX_TARGET_DURATION_S: f64 = 7200.0;

pub(crate) fn validate(c: &Campaign, sources: &dyn Sources, today: Date, diags: &mut Diagnostics) {
    let f = c.file;
    let err = |code, span: std::ops::Range<usize>, msg: String, hint: String| {
        Diagnostic::error(code, msg).at(f, span).hint(hint)
    };

    let id = &c.meta.id;
    if !is_slug(id.get_ref()) {
        diags.push(err("E0010", id.span(), format!("campaign id `{}` is not a valid id", id.get_ref()),
            "use lower-case ASCII letters, digits and single hyphens, e.g. `access-to-information`".into()));
    }

    // Locales.
    let mut seen = BTreeSet::new();
    // A locale listed a thousand times is reported once.
    let mut reported = BTreeSet::new();
    for l in &c.meta.locales {
        if unic_langid::LanguageIdentifier::from_bytes(l.get_ref().as_bytes()).is_err() || l.get_ref().is_empty() {
            diags.push(err("E0011", l.span(), format!("`{}` is not a language tag", l.get_ref()),
                "use a BCP 47 tag such as `vi`, `en`, `bru`, `km`".into()));
        }
        if !seen.insert(l.get_ref().as_str()) && reported.insert(l.get_ref().as_str()) {
            diags.push(err("E0013", l.span(), format!("locale `{}` is listed twice", l.get_ref()), "remove the second one".into()));
        }
    }
    let reference = &c.meta.reference_locale;
    if !seen.contains(reference.get_ref().as_str()) {
        diags.push(err("E0012", reference.span(), format!("reference locale `{}` is not in `locales`", reference.get_ref()),
            format!("add \"{}\" to `locales`", reference.get_ref())));
    }
    for (from, chain) in &c.meta.fallback {
        let name = from.get_ref();
        if !seen.contains(name.as_str()) {
            diags.push(err("E0014", from.span(), format!("fallback for `{name}`, which is not in `locales`"),
                match closest(name, seen.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("add \"{name}\" to `locales` or remove this fallback"),
                }));
        }
        if name == reference.get_ref() {
            diags.push(err("E0014", from.span(), format!("the reference locale `{name}` cannot fall back"),
                "remove this entry: the reference locale must be complete".into()));
        }
        for to in chain {
            let t = to.get_ref();
            if t == name {
                diags.push(err("E0014", to.span(), format!("`{name}` falls back to itself"), "remove it from its own chain".into()));
            } else if !seen.contains(t.as_str()) {
                diags.push(err("E0014", to.span(), format!("`{name}` falls back to `{t}`, which is not in `locales`"),
                    format!("add \"{t}\" to `locales` or fall back to the reference `{}`", reference.get_ref())));
            } else if is_english(t) && !is_english(name) {
                diags.push(err("E0014", to.span(), format!("`{name}` falls back to English"),
                    format!("a reader of `{name}` may not read English: fall back to `{}` instead", reference.get_ref())));
            }
        }
    }

    // Variables.
    for (k, v) in &c.variables {
        if !is_identifier(k.get_ref()) {
            diags.push(err("E0015", k.span(), format!("`{}` cannot be used as a variable name", k.get_ref()),
                "start with a letter; use letters, digits, `-` and `_` only".into()));
        }
        if let crate::Variable::Date(d) = v.get_ref()
            && date_of(d).is_none()
        {
            diags.push(err("E0003", v.span(), format!("variable `{}` must be a date without a time", k.get_ref()),
                "write it as `2026-09-01`".into()));
        }
    }

    // Legal facts.
    for (k, fact) in &c.facts {
        if let Some(src) = &fact.source {
            let s = src.get_ref();
            if !(s.starts_with("https://") || s.starts_with("http://")) {
                diags.push(err("E0020", src.span(), format!("the source of legal fact `{}` is not a web address", k.get_ref()),
                    "give the URL of the official text, starting with https://".into()));
            }
        } else {
            diags.push(err("E0020", k.span(), format!("legal fact `{}` has no source", k.get_ref()),
                "add `source = \"https://…\"` with the official text it comes from; a legal fact without a source is never printed".into()));
        }
        let from = date_field(&fact.effective_from, "effective-from", k, f, diags);
        if let Some(until) = &fact.valid_until
            && let Some(u) = date_field(until, "valid-until", k, f, diags)
        {
            if from.is_some_and(|from| u < from) {
                diags.push(err("E0022", until.span(), format!("legal fact `{}` ends before it takes effect", k.get_ref()),
                    "valid-until must be on or after effective-from".into()));
            } else if u < today {
                diags.push(
                    Diagnostic::warning("W0021", format!("legal fact `{}` is past its valid-until date {}", k.get_ref(), until.get_ref()))
                        .at(f, until.span())
                        .hint("check it against the law in force today; then update valid-until and its messages, or drop the fact"),
                );
            }
        }
        if fact.law.is_none() && fact.name.is_none() {
            diags.push(err("E0004", k.span(), format!("legal fact `{}` names no law", k.get_ref()),
                "add `law = \"104/2016/QH13\"` (its number) or, while the number is not verified, `name = \"<message id of the law's name>\"`".into()));
        }
        if fact.messages.is_empty() {
            diags.push(err("E0004", k.span(), format!("legal fact `{}` is attached to no message", k.get_ref()),
                "add `messages = [\"…\"]` with the ids of the messages that state it".into()));
        }
    }

    // Brand.
    for (name, colour) in &c.brand.colours {
        let srgb = colour.srgb.get_ref();
        if !(srgb.len() == 7 && srgb.starts_with('#') && srgb[1..].chars().all(|c| c.is_ascii_hexdigit())) {
            diags.push(err("E0032", colour.srgb.span(), format!("colour `{}`: `{srgb}` is not an sRGB hex colour", name.get_ref()),
                "write it as `#0b4f9c`".into()));
        }
        if colour.cmyk.get_ref().iter().any(|v| !(0.0..=100.0).contains(v)) {
            diags.push(err("E0032", colour.cmyk.span(), format!("colour `{}`: CMYK values are percentages from 0 to 100", name.get_ref()),
                "e.g. `cmyk = [100, 60, 0, 10]`".into()));
        }
    }
    for logo in &c.brand.logos {
        check_asset(c, sources, &logo.file, diags);
    }

    for picture in c.pictures.values() {
        check_asset(c, sources, &picture.file, diags);
    }

    for o in &c.outputs {
        for a in o.assets() {
            check_asset(c, sources, a, diags);
        }
        check_output(o, f, diags);
        check_pictures(c, o, diags);
    }
}

/// Every message of an easy-read edition but the headline stands beside a picture; a message
/// without one is set without it, and said so once, where the campaign names it.
fn check_pictures(c: &Campaign, o: &Output, diags: &mut Diagnostics) {
    let Some(easy) = c.easy_read(o) else { return };
    let mut seen = BTreeSet::new();
    for id in easy.illustrated() {
        let name = id.get_ref();
        if c.pictures.keys().any(|k| k.get_ref() == name) || !seen.insert(name.as_str()) {
            continue;
        }
        diags.push(
            Diagnostic::warning("W0042", format!("`{name}` has no picture in the easy-read edition of {} `{}`", o.kind.as_str(), o.name.get_ref()))
                .at(c.file, id.span())
                .hint(format!("easy-read puts a picture beside every point: add `{name} = {{ file = \"images/easy/….svg\", alt = \"<message id>\" }}` to [pictures]")),
        );
    }
}

fn check_asset(c: &Campaign, sources: &dyn Sources, path: &Spanned<String>, diags: &mut Diagnostics) {
    if let Err(problem) = resolve_inside(sources, &c.root, path.get_ref()) {
        let code = if problem == loa_diag::PathProblem::Missing { "E0030" } else { "E0031" };
        let (what, hint) = problem.explain();
        diags.push(Diagnostic::error(code, format!("`{}` {what}", path.get_ref())).at(c.file, path.span()).hint(hint));
    }
}

fn check_output(o: &Output, f: FileId, diags: &mut Diagnostics) {
    let bad = |s: &Spanned<String>, what: &str, allowed: &[&str]| {
        (!allowed.contains(&s.get_ref().as_str())).then(|| {
            Diagnostic::error("E0040", format!("`{}` is not a {what}", s.get_ref()))
                .at(f, s.span())
                .hint(format!("use one of: {}", allowed.join(", ")))
        })
    };
    match &o.spec {
        Spec::Poster(p) => diags.extend(p.size.as_ref().and_then(|s| bad(s, "poster size", &["A3", "A2"]))),
        Spec::Radio(r) => {
            for p in &r.profiles {
                diags.extend(bad(p, "delivery profile", &["broadcast", "loudspeaker"]));
            }
            for (p, t) in &r.targets {
                diags.extend(bad(p, "delivery profile", &["broadcast", "loudspeaker"]));
                let out_of_range = t.lufs.is_some_and(|v| !(-40.0..=-5.0).contains(&v))
                    || t.true_peak.is_some_and(|v| !(-12.0..=0.0).contains(&v))
                    || t.bits.is_some_and(|b| b != 16 && b != 24)
                    || (t.bits.is_some() && p.get_ref() != "broadcast")
                    || t.channels.is_some_and(|c| c != 1 && c != 2)
                    || t.bitrate_kbps.is_some_and(|b| !MP3_BITRATES.contains(&b))
                    || (t.bitrate_kbps.is_some() && p.get_ref() != "loudspeaker");
                if out_of_range {
                    diags.push(Diagnostic::error("E0040", format!("targets for `{}` are out of range", p.get_ref()))
                        .at(f, p.span())
                        .hint("lufs from -40 to -5, true-peak from -12 to 0 dBTP, bits 16 or 24 (broadcast only), channels 1 or 2, bitrate-kbps one of 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 (loudspeaker only)"));
                }
            }
            if let Some(t) = &r.target_duration
                && !(t.get_ref().is_finite() && *t.get_ref() > 0.0 && *t.get_ref() <= MAX_TARGET_DURATION_S)
            {
                diags.push(Diagnostic::error("E0040", format!("`target-duration` must be more than 0 and at most {MAX_TARGET_DURATION_S} seconds"))
                    .at(f, t.span())
                    .hint("the bulletin's length in seconds, e.g. `target-duration = 90.0`"));
            }
            for seg in &r.rundown {
                let s = seg.get_ref();
                let kinds = [s.jingle.is_some(), s.voice.is_some(), s.bed.is_some(), s.pause.is_some()];
                if kinds.iter().filter(|&&k| k).count() != 1 {
                    diags.push(Diagnostic::error("E0040", "a rundown segment needs exactly one of `jingle`, `voice`, `bed`, `pause`")
                        .at(f, seg.span())
                        .hint("split it into one segment per entry, e.g. `{ voice = \"right-to-ask\" }, { pause = 0.8 }`"));
                } else if !s.under.is_empty() && s.bed.is_none() {
                    diags.push(Diagnostic::error("E0040", "`under` belongs to a `bed` segment").at(f, seg.span())
                        .hint("write `{ bed = \"audio/bed.ogg\", under = [\"…\"] }`"));
                }
                if let Some(p) = &s.pause
                    && !(p.get_ref().is_finite() && *p.get_ref() > 0.0 && *p.get_ref() <= 60.0)
                {
                    diags.push(Diagnostic::error("E0040", "a pause lasts more than 0 and at most 60 seconds").at(f, p.span())
                        .hint("e.g. `{ pause = 0.8 }`"));
                }
            }
        }
        Spec::Video(v) => {
            diags.extend(v.kind.as_ref().and_then(|k| bad(k, "video kind", &["motion-poster", "cut"])));
            for a in &v.aspects {
                diags.extend(bad(a, "supported aspect ratio", &["16:9", "9:16", "1:1"]));
            }
            diags.extend(v.audience.as_ref().and_then(|a| bad(a, "subtitle audience", &["general", "easy"])));
            diags.extend(v.preset.as_ref().and_then(|p| bad(p, "x264 speed preset", &["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"])));
            let mut range = |ok: bool, span: std::ops::Range<usize>, msg: &str, hint: &str| {
                if !ok {
                    diags.push(Diagnostic::error("E0041", msg.to_string()).at(f, span).hint(hint.to_string()));
                }
            };
            let cut = v.kind.as_ref().is_some_and(|k| k.get_ref() == "cut");
            if let Some(r) = &v.resolution {
                range(matches!(r.get_ref(), 720 | 1080), r.span(), "`resolution` is 720 or 1080", "write `resolution = 1080` for full HD");
            }
            if let Some(q) = &v.quality {
                range(*q.get_ref() <= 51, q.span(), "`quality` is an H.264 quantizer from 0 to 51", "23 is a good default; lower is better and bigger");
            }
            if let Some(c) = &v.chars_per_line {
                range((16..=60).contains(c.get_ref()), c.span(), "`chars-per-line` is from 16 to 60", "42 suits 16:9, 32 suits 9:16");
            }
            if let Some(l) = &v.lufs {
                range((-40.0..=-5.0).contains(l.get_ref()), l.span(), "`lufs` is from -40 to -5", "-16 for social media, -23 for television");
            }
            if let Some(a) = &v.anchor {
                range(a.get_ref().iter().all(|x| (0.0..=1.0).contains(x)), a.span(), "`anchor` is two fractions from 0 to 1", "`anchor = [0.5, 0.5]` keeps the centre in frame");
            }
            if let (Some(i), Some(o)) = (&v.cut_in, &v.cut_out) {
                range(*i.get_ref() >= 0.0 && o.get_ref() > i.get_ref(), o.span(), "`out` must come after `in` (seconds, both at least 0)", "e.g. `in = 2.0`, `out = 7.0`");
            }
            if cut && v.footage.is_none() {
                range(false, o.name.span(), "a `cut` video needs `footage`", "add `footage = \"footage/interview.mp4\"` (a file in the campaign folder)");
            }
            if !cut && (v.footage.is_some() || v.cut_in.is_some() || v.cut_out.is_some() || v.anchor.is_some() || v.voice_over.is_some()) {
                range(false, o.name.span(), "`footage`, `in`, `out`, `anchor` and `voice-over` belong to a `cut` video", "add `kind = \"cut\"`, or remove them");
            }
            if cut && v.still.is_some() {
                range(false, o.name.span(), "`still` belongs to a `motion-poster` video", "remove it, or set `kind = \"motion-poster\"`");
            }
            if v.messages.is_empty() {
                range(false, o.name.span(), "a video needs `messages` (what is said or shown)", "e.g. `messages = [\"headline\", \"call-to-action\"]`");
            }
        }
        Spec::Leaflet(_) | Spec::Handbook(_) => {}
    }
}

fn date_field(d: &Spanned<Datetime>, key: &str, fact: &Spanned<String>, f: FileId, diags: &mut Diagnostics) -> Option<Date> {
    let date = date_of(d.get_ref());
    if date.is_none() {
        diags.push(Diagnostic::error("E0022", format!("`{key}` of legal fact `{}` must be a date without a time", fact.get_ref()))
            .at(f, d.span())
            .hint(format!("write it as `{key} = 2018-07-01`")));
    }
    date
}

/// The date of a TOML date-only value.
pub fn date_of(d: &Datetime) -> Option<Date> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => Some((i32::from(date.year), date.month, date.day)),
        _ => None,
    }
}

fn is_english(tag: &str) -> bool {
    tag == "en" || tag.starts_with("en-")
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_identifier(s: &str) -> bool {
    let mut b = s.bytes();
    b.next().is_some_and(|c| c.is_ascii_alphabetic()) && b.all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// The constant bit rates an MP3 at 48 kHz can have (MPEG-1 Layer III), kbit/s.
pub const MP3_BITRATES: [u16; 13] = [32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
