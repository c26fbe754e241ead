//! A recording, jingle or bed as arbitrary bytes: decode (every container and codec Loa reads,
//! the first byte choosing the file extension hint), then the resampling to 48 kHz the radio
//! engine applies to every clip.
#![no_main]

use libfuzzer_sys::fuzz_target;

const HINTS: [Option<&str>; 8] = [None, Some("wav"), Some("flac"), Some("mp3"), Some("ogg"), Some("m4a"), Some("aac"), Some("opus")];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else { return };
    let hint = HINTS[usize::from(first) % HINTS.len()];
    let Ok(audio) = loa_audio::decode::decode(bytes, hint) else { return };
    // Resampling a long decoded file is slow, not wrong: keep each run short.
    if audio.samples.len() <= 1 << 20 {
        let _ = loa_audio::resample::to_48k(&audio);
    }
});
