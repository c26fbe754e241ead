//! SRT and WebVTT written from the cue list, read back with an independent parser (`subtp`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use loa_video::Aspect;
use loa_video::cues::{self, Audience, Cue, CueSettings, Segment};

fn segments() -> Vec<Segment> {
    let s = |id: &str, text: &str, start: u64, dur: u64| Segment {
        message_id: id.into(),
        text: text.into(),
        start: Duration::from_millis(start),
        duration: Duration::from_millis(dur),
    };
    vec![
        s(
            "intro",
            "Người dân có quyền tiếp cận thông tin & được trả lời.",
            500,
            3200,
        ),
        s(
            "law",
            "Theo Luật Tiếp cận thông tin, Ủy ban nhân dân xã phải cung cấp thông tin trong \
             thời hạn luật định, trừ thông tin thuộc bí mật nhà nước.",
            4200,
            8600,
        ),
        s("contact", "Gọi <1022> để được hướng dẫn.", 13_500, 2100),
    ]
}

fn built() -> Vec<Cue> {
    let settings = CueSettings::new(Aspect::Landscape, Audience::General)
        .with_protected(["Luật Tiếp cận thông tin", "Ủy ban nhân dân"]);
    cues::build(&segments(), Some(Duration::from_secs(16)), &settings).cues
}

fn ms_srt(t: &subtp::srt::SrtTimestamp) -> u64 {
    u64::from(t.hours) * 3_600_000
        + u64::from(t.minutes) * 60_000
        + u64::from(t.seconds) * 1000
        + u64::from(t.milliseconds)
}

fn ms_vtt(t: &subtp::vtt::VttTimestamp) -> u64 {
    u64::from(t.hours) * 3_600_000
        + u64::from(t.minutes) * 60_000
        + u64::from(t.seconds) * 1000
        + u64::from(t.milliseconds)
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap()
}

#[test]
fn srt_round_trips_through_subtp() {
    let cues = built();
    assert!(cues.len() >= 4, "{cues:?}");
    let text = cues::srt(&cues);
    assert!(!text.contains('\r'));
    let parsed = subtp::srt::SubRip::parse(&text).expect("subtp parses our SRT");
    assert_eq!(parsed.subtitles.len(), cues.len());
    for (i, (p, c)) in parsed.subtitles.iter().zip(&cues).enumerate() {
        assert_eq!(p.sequence as usize, i + 1);
        assert_eq!(ms_srt(&p.start), millis(c.start));
        assert_eq!(ms_srt(&p.end), millis(c.end));
        assert_eq!(p.text.join("\n"), c.text);
    }
    let all: String = parsed
        .subtitles
        .iter()
        .flat_map(|s| s.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        all.contains("& được trả lời"),
        "the ampersand survives: {all}"
    );
    assert!(
        all.contains("Người dân có quyền tiếp cận"),
        "diacritics survive: {all}"
    );
    assert!(all.contains("<1022>"));
}

#[test]
fn webvtt_round_trips_through_subtp_with_escaping() {
    let cues = built();
    let text = cues::webvtt(&cues);
    assert!(text.starts_with("WEBVTT\n\n"));
    let parsed = subtp::vtt::WebVtt::parse(&text).expect("subtp parses our WebVTT");
    let parsed: Vec<&subtp::vtt::VttCue> = parsed
        .blocks
        .iter()
        .filter_map(|b| match b {
            subtp::vtt::VttBlock::Que(c) => Some(c),
            _ => None,
        })
        .collect();
    assert_eq!(parsed.len(), cues.len());
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    for (p, c) in parsed.iter().zip(&cues) {
        assert_eq!(ms_vtt(&p.timings.start), millis(c.start));
        assert_eq!(ms_vtt(&p.timings.end), millis(c.end));
        let raw = p.payload.join("\n");
        assert!(
            !raw.contains('<')
                && !raw
                    .replace("&amp;", "")
                    .replace("&lt;", "")
                    .replace("&gt;", "")
                    .contains('&'),
            "{raw}"
        );
        assert_eq!(unescape(&raw), c.text);
    }
    assert!(text.contains("&amp; được trả lời"));
    assert!(text.contains("&lt;1022&gt;"));
}

#[test]
fn protected_names_stay_whole_and_lines_fit() {
    let cues = built();
    for cue in &cues {
        for line in cue.text.lines() {
            assert!(cues::graphemes(line) <= 42, "{line}");
        }
        assert!(cue.text.lines().count() <= 2);
    }
    let lines: Vec<&str> = cues.iter().flat_map(|c| c.text.lines()).collect();
    assert!(
        lines.iter().any(|l| l.contains("Luật Tiếp cận thông tin")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Ủy ban nhân dân")),
        "{lines:?}"
    );
    // Cues keep a gap of at least two frames and never overlap.
    for w in cues.windows(2) {
        assert!(w[1].start >= w[0].end + Duration::from_millis(80), "{w:?}");
    }
}

#[test]
fn transcript_has_a_paragraph_per_message() {
    let t = cues::transcript(&built());
    let paragraphs: Vec<&str> = t.trim_end().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 3);
    assert_eq!(
        paragraphs[0],
        "Người dân có quyền tiếp cận thông tin & được trả lời."
    );
    assert!(paragraphs[1].starts_with("Theo Luật Tiếp cận thông tin,"));
    assert!(!t.contains('\r'));
}
