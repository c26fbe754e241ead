//! Decoding announcers' recordings (WAV, FLAC, MP3, Ogg Vorbis, AAC-LC/M4A) with symphonia 0.6.
//!
//! Everything that cannot be read ends in a [`DecodeError`] whose message says in plain words what
//! the file is and what to do (phone formats such as Opus, AMR and HE-AAC are named). Decoding never
//! panics: symphonia runs behind `catch_unwind` as a last line of defence.

use std::fmt;
use std::io::Cursor;
use std::panic::{AssertUnwindSafe, catch_unwind};

use symphonia::core::codecs::CodecParameters;
use symphonia::core::codecs::audio::well_known as codec_ids;
use symphonia::core::codecs::audio::{AudioCodecId, AudioDecoderOptions};
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, Track};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;

use crate::Audio;

/// Longest recording accepted, in seconds (a guard against files that decode to gigabytes).
pub const MAX_DURATION_S: f64 = 3.0 * 3600.0;

/// Most channels accepted.
pub const MAX_CHANNELS: usize = 8;

/// Missing audio at the end (relative to the length the file declares) tolerated before the file
/// counts as cut short, in seconds.
const TRUNCATION_TOLERANCE_S: f64 = 0.05;

/// Why a recording could not be decoded. `Display` is a complete sentence for the person who
/// supplied the file.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Zero bytes.
    Empty,
    /// Recognisably something other than audio (a PDF, an image, a web page, an archive…).
    NotAudio {
        /// What the file is, e.g. "a PDF document".
        what: String,
    },
    /// Not a format Loa recognises at all (random bytes, or damaged beyond recognition).
    Unrecognised,
    /// A real audio format that Loa cannot read, e.g. "Opus audio".
    Unsupported {
        /// The format, e.g. "Opus audio", "AMR-NB speech (3GP)", "HE-AAC audio".
        format: String,
    },
    /// A video file given where a sound recording was expected.
    Video {
        /// The container or video codec, e.g. "MP4".
        container: String,
        /// Whether the video has a sound track.
        has_sound: bool,
    },
    /// A container without any audio track.
    NoAudioTrack {
        /// The container, e.g. "MP4".
        container: String,
    },
    /// The file ends before the length it declares: it was cut short while copying or recording.
    Truncated {
        /// The format, e.g. "WAV".
        format: String,
        /// Seconds of audio that could be decoded, if any.
        got_s: Option<f64>,
        /// Seconds the file declares, if known.
        expected_s: Option<f64>,
    },
    /// The file is in a known format but its content is damaged.
    Damaged {
        /// The format, e.g. "MP3".
        format: String,
        /// A technical detail (from the decoder), for support.
        detail: String,
    },
    /// Longer than [`MAX_DURATION_S`].
    TooLong {
        /// Seconds decoded before giving up.
        seconds: f64,
    },
    /// A sample rate or channel count Loa does not handle (0 Hz, 20 channels, a rate change
    /// in the middle of the file…).
    BadLayout {
        /// The format, e.g. "WAV".
        format: String,
        /// What is wrong, in plain words.
        detail: String,
    },
}

const EXPORT_HINT: &str = "export the recording as WAV, FLAC or MP3";

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(
                f,
                "the file is empty (0 bytes): the recording was not saved or not copied; \
                 copy it again from the recorder or phone"
            ),
            DecodeError::NotAudio { what } => write!(
                f,
                "the file is {what}, not a sound recording; give a WAV, FLAC, MP3, Ogg Vorbis or \
                 M4A (AAC) recording"
            ),
            DecodeError::Unrecognised => write!(
                f,
                "the file is not a sound recording Loa recognises (WAV, FLAC, MP3, Ogg Vorbis or \
                 M4A/AAC); it may be damaged or not audio at all: {EXPORT_HINT}"
            ),
            DecodeError::Unsupported { format } => {
                write!(
                    f,
                    "the file is {format}, which Loa cannot read; {EXPORT_HINT}"
                )
            }
            DecodeError::Video {
                container,
                has_sound,
            } => {
                if *has_sound {
                    write!(
                        f,
                        "the file is a video ({container}), not a sound recording; give the audio \
                         recording itself, or export the video's sound as WAV, FLAC or MP3"
                    )
                } else {
                    write!(
                        f,
                        "the file is a video ({container}) without sound, not a sound recording; \
                         give the audio recording as WAV, FLAC or MP3"
                    )
                }
            }
            DecodeError::NoAudioTrack { container } => write!(
                f,
                "the file is {container} but contains no sound; give the audio recording as WAV, \
                 FLAC or MP3"
            ),
            DecodeError::Truncated {
                format,
                got_s,
                expected_s,
            } => match (got_s, expected_s) {
                (Some(got), Some(expected)) => write!(
                    f,
                    "the {format} file is cut short: it holds {got:.1} s of the {expected:.1} s \
                     it declares (the copy or the recording did not finish); copy it again from \
                     the original"
                ),
                (Some(got), None) => write!(
                    f,
                    "the {format} file is cut short after {got:.1} s (the copy or the recording \
                     did not finish); copy it again from the original"
                ),
                (None, _) => write!(
                    f,
                    "the {format} file is incomplete: it was cut short while copying, or the \
                     recording was interrupted before it was saved; copy it again from the \
                     original"
                ),
            },
            DecodeError::Damaged { format, detail } => write!(
                f,
                "the {format} file is damaged and cannot be decoded ({detail}); copy it again from \
                 the original or {EXPORT_HINT}"
            ),
            DecodeError::TooLong { seconds } => write!(
                f,
                "the recording is longer than Loa accepts ({:.0} min or more; the limit is {:.0} \
                 min); cut it into shorter recordings",
                seconds / 60.0,
                MAX_DURATION_S / 60.0
            ),
            DecodeError::BadLayout { format, detail } => {
                write!(
                    f,
                    "the {format} file cannot be used: {detail}; {EXPORT_HINT}"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a whole recording to interleaved `f32`. `hint_ext` is the file extension (without the
/// dot), which only helps format detection; the content decides.
pub fn decode(bytes: &[u8], hint_ext: Option<&str>) -> Result<Audio, DecodeError> {
    let mut out = Vec::new();
    let layout = decode_with(bytes, hint_ext, &mut |_, _, block| out.extend_from_slice(block))?;
    let (rate, channels) = (layout.rate, layout.channels);
    // MP4 edit list (encoder priming and padding of AAC): symphonia does not apply it.
    if let Some(edit) = mp4_edit(bytes) {
        let frames = out.len() / channels;
        let scale = |v: u64, timescale: u32| {
            let v = u128::from(v) * u128::from(rate) / u128::from(timescale.max(1));
            usize::try_from(v).unwrap_or(usize::MAX)
        };
        let start = scale(edit.media_start, edit.media_timescale);
        let keep = scale(edit.duration, edit.movie_timescale);
        if start < frames {
            let end = if keep > 0 {
                start.saturating_add(keep).min(frames)
            } else {
                frames
            };
            out.truncate(end * channels);
            out.drain(..start * channels);
        }
    }
    let channels = u16::try_from(channels).unwrap_or(u16::MAX);
    Ok(Audio {
        rate,
        channels,
        samples: out,
    })
}

/// Rate and channel count of a decoded recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub rate: u32,
    pub channels: usize,
}

/// Decodes a recording block by block, handing each block of interleaved samples to `sink` with
/// the rate and channel count — for measuring a long file without holding it. The checks are the
/// same as [`decode`]'s; an MP4 edit list is not applied (only [`decode`] does that).
pub fn decode_with(
    bytes: &[u8],
    hint_ext: Option<&str>,
    sink: &mut dyn FnMut(u32, usize, &[f32]),
) -> Result<Layout, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(err) = sniff_foreign(bytes) {
        return Err(err);
    }
    match catch_unwind(AssertUnwindSafe(|| decode_inner(bytes, hint_ext, sink))) {
        Ok(result) => result,
        Err(_) => Err(DecodeError::Damaged {
            format: container_name(bytes).unwrap_or("audio").to_string(),
            detail: "the decoder failed on malformed data".to_string(),
        }),
    }
}

/// The length the file declares, in seconds, read from its header without decoding (WAV, FLAC,
/// MP4/M4A, and MP3 or Ogg files that state it); `None` when it states none or cannot be read.
pub fn declared_seconds(bytes: &[u8], hint_ext: Option<&str>) -> Option<f64> {
    if bytes.is_empty() || sniff_foreign(bytes).is_some() {
        return None;
    }
    catch_unwind(AssertUnwindSafe(|| {
        let mut hint = Hint::new();
        if let Some(ext) = hint_ext {
            hint.with_extension(ext.trim_start_matches('.'));
        }
        let mss = MediaSourceStream::new(Box::new(Cursor::new(bytes)), MediaSourceStreamOptions::default());
        let reader = symphonia::default::get_probe().probe(&hint, mss, FormatOptions::default(), MetadataOptions::default()).ok()?;
        reader.tracks().iter().find_map(|t| {
            let Some(CodecParameters::Audio(p)) = &t.codec_params else { return None };
            let rate = p.sample_rate.filter(|&r| r > 0)?;
            Some(t.num_frames? as f64 / f64::from(rate))
        })
    }))
    .ok()
    .flatten()
}

fn decode_inner(
    bytes: &[u8],
    hint_ext: Option<&str>,
    sink: &mut dyn FnMut(u32, usize, &[f32]),
) -> Result<Layout, DecodeError> {
    let mut hint = Hint::new();
    if let Some(ext) = hint_ext {
        hint.with_extension(ext.trim_start_matches('.'));
    }
    let mss = MediaSourceStream::new(
        Box::new(Cursor::new(bytes)),
        MediaSourceStreamOptions::default(),
    );
    let mut reader = match symphonia::default::get_probe().probe(
        &hint,
        mss,
        FormatOptions::default(),
        MetadataOptions::default(),
    ) {
        Ok(reader) => reader,
        Err(err) => return Err(probe_failure(bytes, &err)),
    };
    let format = reader.format_info().short_name.to_string();
    let format = friendly_format(&format, bytes);

    let tracks = reader.tracks().to_vec();
    let has_video = tracks
        .iter()
        .any(|t| matches!(t.codec_params, Some(CodecParameters::Video(_))))
        || mp4_sample_entries(bytes)
            .iter()
            .any(|e| mp4_video_entry(e).is_some());
    let audio_tracks: Vec<&Track> = tracks
        .iter()
        .filter(|t| matches!(t.codec_params, Some(CodecParameters::Audio(_))))
        .collect();
    if has_video {
        return Err(DecodeError::Video {
            container: video_container(bytes, &format),
            has_sound: !audio_tracks.is_empty() || mp4_has_audio_entry(bytes),
        });
    }
    if audio_tracks.is_empty() {
        // A 3GP/MP4 track symphonia does not know (AMR, QCELP…) has no codec parameters.
        if let Some(name) = mp4_sample_entries(bytes)
            .iter()
            .find_map(|e| mp4_audio_entry(e))
        {
            return Err(DecodeError::Unsupported {
                format: name.to_string(),
            });
        }
        return Err(DecodeError::NoAudioTrack { container: format });
    }

    // The first audio track with a decoder; otherwise name the codec of the first one.
    let registry = symphonia::default::get_codecs();
    let dec_opts = AudioDecoderOptions::default();
    let mut chosen = None;
    let mut first_failure = None;
    for track in &audio_tracks {
        let Some(CodecParameters::Audio(params)) = &track.codec_params else {
            continue;
        };
        // symphonia decodes only the AAC-LC core of HE-AAC (dull, band-limited sound): refuse it.
        if params.codec == codec_ids::CODEC_ID_AAC
            && let Some(kind) = params.extra_data.as_deref().and_then(aac_kind)
        {
            if first_failure.is_none() {
                first_failure = Some(DecodeError::Unsupported { format: kind });
            }
            continue;
        }
        match registry.make_audio_decoder(params, &dec_opts) {
            Ok(decoder) => {
                chosen = Some((*track, decoder));
                break;
            }
            Err(err) => {
                if first_failure.is_none() {
                    first_failure = Some(codec_failure(
                        params.codec,
                        params.extra_data.as_deref(),
                        &format,
                        &err,
                    ));
                }
            }
        }
    }
    let Some((track, mut decoder)) = chosen else {
        return Err(first_failure.unwrap_or(DecodeError::NoAudioTrack { container: format }));
    };
    let track_id = track.id;
    let declared_s = declared_duration(track);

    let mut decoded = 0usize; // samples handed to the sink
    let mut scratch: Vec<f32> = Vec::new();
    let mut layout: Option<(u32, usize)> = None;
    let mut good = 0usize;
    let mut bad = 0usize;
    let mut last_bad = String::new();
    let mut stream_error: Option<SymError> = None;

    loop {
        let packet = match reader.next_packet() {
            Ok(Some(packet)) => packet,
            Ok(None) => break,
            Err(SymError::ResetRequired) => {
                // A chained stream: another recording follows with its own parameters.
                return Err(DecodeError::Unsupported {
                    format: format!(
                        "{format} audio made of several recordings joined one after another"
                    ),
                });
            }
            Err(err) => {
                stream_error = Some(err);
                break;
            }
        };
        if packet.track_id != track_id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(buf) => {
                let rate = buf.spec().rate();
                let channels = buf.spec().channels().count();
                match layout {
                    None => {
                        check_layout(&format, rate, channels)?;
                        layout = Some((rate, channels));
                    }
                    Some(l) if l != (rate, channels) => {
                        if buf.frames() == 0 {
                            continue;
                        }
                        return Err(DecodeError::BadLayout {
                            format,
                            detail: format!(
                                "the sample rate or channel count changes in the middle of the file \
                                 ({} Hz, {} channels, then {rate} Hz, {channels} channels)",
                                l.0, l.1
                            ),
                        });
                    }
                    Some(_) => {}
                }
                buf.copy_to_vec_interleaved(&mut scratch);
                // Decoders may produce tiny overshoots; keep everything finite.
                for s in &mut scratch {
                    if !s.is_finite() {
                        *s = 0.0;
                    }
                }
                sink(rate, channels, &scratch);
                decoded += scratch.len();
                good += 1;
                if let Some((rate, channels)) = layout {
                    let seconds = decoded as f64 / channels as f64 / f64::from(rate);
                    if seconds > MAX_DURATION_S {
                        return Err(DecodeError::TooLong { seconds });
                    }
                }
            }
            Err(SymError::DecodeError(msg)) => {
                bad += 1;
                last_bad = msg.to_string();
            }
            Err(SymError::IoError(_)) => {
                bad += 1;
                last_bad = "unexpected end of data in a packet".to_string();
            }
            Err(err) => {
                if good == 0 {
                    return Err(codec_failure(
                        decoder.codec_params().codec,
                        decoder.codec_params().extra_data.as_deref(),
                        &format,
                        &err,
                    ));
                }
                stream_error = Some(err);
                break;
            }
        }
    }

    let Some((rate, channels)) = layout else {
        // Nothing decoded at all.
        if let Some(err) = stream_error {
            return Err(stream_failure(&format, &err, 0.0, declared_s).unwrap_or(
                DecodeError::Truncated {
                    format,
                    got_s: None,
                    expected_s: declared_s,
                },
            ));
        }
        if bad > 0 {
            return Err(DecodeError::Damaged {
                format,
                detail: last_bad,
            });
        }
        return Err(match declared_s {
            Some(expected) if expected > TRUNCATION_TOLERANCE_S => DecodeError::Truncated {
                format,
                got_s: None,
                expected_s: Some(expected),
            },
            _ => DecodeError::Damaged {
                format,
                detail: "it contains no audio".to_string(),
            },
        });
    };
    // Many bad packets: the content is damaged (a few are tolerated and skipped, as players do).
    if bad > 3 && bad * 10 > good + bad {
        return Err(DecodeError::Damaged {
            format,
            detail: format!("{bad} of {} blocks are corrupt: {last_bad}", good + bad),
        });
    }
    let got_s = decoded as f64 / channels as f64 / f64::from(rate);
    if let Some(err) = stream_error
        && let Some(failure) = stream_failure(&format, &err, got_s, declared_s)
    {
        return Err(failure);
    }
    if let Some(expected) = declared_s
        && got_s + TRUNCATION_TOLERANCE_S < expected
    {
        if bad > 0 {
            return Err(DecodeError::Damaged {
                format,
                detail: format!("{bad} of {} blocks are corrupt: {last_bad}", good + bad),
            });
        }
        return Err(DecodeError::Truncated {
            format,
            got_s: Some(got_s),
            expected_s: Some(expected),
        });
    }
    if decoded == 0 {
        return Err(DecodeError::Damaged {
            format,
            detail: "it contains no audio".to_string(),
        });
    }
    Ok(Layout { rate, channels })
}

fn check_layout(format: &str, rate: u32, channels: usize) -> Result<(), DecodeError> {
    if !(1000..=768_000).contains(&rate) {
        return Err(DecodeError::BadLayout {
            format: format.to_string(),
            detail: format!("its sample rate ({rate} Hz) is not a usable audio rate"),
        });
    }
    if channels == 0 || channels > MAX_CHANNELS {
        return Err(DecodeError::BadLayout {
            format: format.to_string(),
            detail: format!("it has {channels} channels (Loa takes 1 to {MAX_CHANNELS})"),
        });
    }
    Ok(())
}

/// Length the container declares for a track, in seconds.
fn declared_duration(track: &Track) -> Option<f64> {
    let frames = track.num_frames?;
    let Some(CodecParameters::Audio(params)) = &track.codec_params else {
        return None;
    };
    let rate = params.sample_rate?;
    if rate == 0 {
        return None;
    }
    Some(frames as f64 / f64::from(rate))
}

/// Error for a stream that stopped with `err` after `got_s` seconds; `None` accepts the audio
/// decoded so far (a stream without a declared length whose last block is cut, as players do).
fn stream_failure(
    format: &str,
    err: &SymError,
    got_s: f64,
    declared_s: Option<f64>,
) -> Option<DecodeError> {
    let format = format.to_string();
    let eof = matches!(err, SymError::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof);
    if let Some(expected) = declared_s
        && got_s + TRUNCATION_TOLERANCE_S < expected
    {
        let got_s = (got_s > 0.0).then_some(got_s);
        return Some(DecodeError::Truncated {
            format,
            got_s,
            expected_s: Some(expected),
        });
    }
    if eof {
        return (got_s <= 0.0).then_some(DecodeError::Truncated {
            format,
            got_s: None,
            expected_s: None,
        });
    }
    Some(DecodeError::Damaged {
        format,
        detail: err.to_string(),
    })
}

/// Error when the probe found no container.
fn probe_failure(bytes: &[u8], err: &SymError) -> DecodeError {
    if let Some(name) = unsupported_by_magic(bytes) {
        return DecodeError::Unsupported { format: name };
    }
    if let Some(container) = container_name(bytes) {
        // A container we know, but its header is unreadable.
        let short = match err {
            SymError::IoError(e) => e.kind() == std::io::ErrorKind::UnexpectedEof,
            // An MP4 whose index was never written: the recording app was interrupted.
            SymError::Unsupported(what) | SymError::DecodeError(what) => {
                what.contains("missing moov")
            }
            _ => false,
        };
        if short {
            return DecodeError::Truncated {
                format: container.to_string(),
                got_s: None,
                expected_s: None,
            };
        }
        if let SymError::Unsupported(what) = err
            && !what.contains("no suitable")
        {
            return DecodeError::Unsupported {
                format: format!("{container} audio of a kind Loa cannot read ({what})"),
            };
        }
        let detail = match err {
            SymError::Unsupported(what) if what.contains("no suitable") => {
                "no readable audio in it".to_string()
            }
            _ => err.to_string(),
        };
        return DecodeError::Damaged {
            format: container.to_string(),
            detail,
        };
    }
    DecodeError::Unrecognised
}

/// Error when a decoder cannot be made for (or fails on) a codec.
fn codec_failure(
    codec: AudioCodecId,
    extra: Option<&[u8]>,
    format: &str,
    err: &SymError,
) -> DecodeError {
    if codec == codec_ids::CODEC_ID_AAC {
        if let Some(kind) = extra.and_then(aac_kind) {
            return DecodeError::Unsupported { format: kind };
        }
        if matches!(err, SymError::Unsupported(_)) {
            return DecodeError::Unsupported {
                format: "AAC audio of a kind Loa cannot read (only AAC-LC, mono or stereo)"
                    .to_string(),
            };
        }
    }
    match codec_name(codec) {
        Some(name) if !matches!(err, SymError::DecodeError(_) | SymError::IoError(_)) => {
            DecodeError::Unsupported {
                format: name.to_string(),
            }
        }
        _ => match err {
            SymError::Unsupported(what) => DecodeError::Unsupported {
                format: format!("{format} audio of a kind Loa cannot read ({what})"),
            },
            _ => DecodeError::Damaged {
                format: format.to_string(),
                detail: err.to_string(),
            },
        },
    }
}

/// Human name of codecs without a decoder here.
fn codec_name(codec: AudioCodecId) -> Option<&'static str> {
    use codec_ids::*;
    let name = match codec {
        CODEC_ID_OPUS => "Opus audio",
        CODEC_ID_SPEEX => "Speex speech audio",
        CODEC_ID_AC3 => "Dolby Digital (AC-3) audio",
        CODEC_ID_EAC3 => "Dolby Digital Plus (E-AC-3) audio",
        CODEC_ID_AC4 => "Dolby AC-4 audio",
        CODEC_ID_DCA => "DTS audio",
        CODEC_ID_WMA => "Windows Media Audio",
        CODEC_ID_ALAC => "Apple Lossless (ALAC) audio",
        CODEC_ID_WAVPACK => "WavPack audio",
        CODEC_ID_MONKEYS_AUDIO => "Monkey's Audio",
        CODEC_ID_TTA => "TTA audio",
        CODEC_ID_TRUEHD => "Dolby TrueHD audio",
        CODEC_ID_MUSEPACK => "Musepack audio",
        CODEC_ID_ATRAC1 | CODEC_ID_ATRAC3 | CODEC_ID_ATRAC3PLUS | CODEC_ID_ATRAC9 => {
            "Sony ATRAC audio"
        }
        CODEC_ID_SBC | CODEC_ID_APTX | CODEC_ID_APTX_HD | CODEC_ID_LDAC => {
            "Bluetooth (SBC/aptX/LDAC) audio"
        }
        CODEC_ID_MP1 => "MPEG-1 Layer I audio",
        CODEC_ID_MP2 => "MPEG Layer II (MP2) audio",
        CODEC_ID_ADPCM_G722 | CODEC_ID_ADPCM_G726 | CODEC_ID_ADPCM_G726LE => {
            "G.722/G.726 telephone audio"
        }
        _ => return None,
    };
    Some(name)
}

/// Names AAC variants from the AudioSpecificConfig (ISO/IEC 14496-3 §1.6.2.1) when they are not
/// plain AAC-LC mono/stereo.
fn aac_kind(asc: &[u8]) -> Option<String> {
    let mut bits = Bits { data: asc, pos: 0 };
    let mut aot = bits.read(5)?;
    if aot == 31 {
        aot = 32 + bits.read(6)?;
    }
    let sfi = bits.read(4)?;
    if sfi == 15 {
        bits.read(24)?;
    }
    let channel_config = bits.read(4)?;
    let name = match aot {
        5 => "HE-AAC audio (AAC with SBR, common on phones)",
        29 => "HE-AAC v2 audio (AAC with SBR and PS, common on phones)",
        1 => "AAC Main profile audio",
        3 => "AAC SSR audio",
        4 => "AAC LTP audio",
        23 => "AAC-LD (low delay) audio",
        39 => "AAC-ELD (enhanced low delay) audio",
        42 => "xHE-AAC (USAC) audio",
        2 => {
            if channel_config > 2 || channel_config == 0 {
                let what = match channel_config {
                    0 => "with a custom channel layout".to_string(),
                    3..=7 => format!(
                        "with {} channels",
                        [3, 4, 5, 6, 8][(channel_config - 3) as usize]
                    ),
                    n => format!("with channel configuration {n}"),
                };
                return Some(format!(
                    "multichannel AAC audio ({what}; Loa reads mono or stereo AAC)"
                ));
            }
            // GASpecificConfig: frameLengthFlag, dependsOnCoreCoder, extensionFlag.
            let frame_length_960 = bits.read(1)? == 1;
            if frame_length_960 {
                return Some("AAC-LC audio with 960-sample frames".to_string());
            }
            if bits.read(1)? == 1 {
                bits.read(14)?;
            }
            bits.read(1)?;
            // Backward-compatible explicit SBR signalling: sync extension 0x2b7.
            if bits.read(11) == Some(0x2b7) && bits.read(5) == Some(5) && bits.read(1) == Some(1) {
                return Some("HE-AAC audio (AAC with SBR, common on phones)".to_string());
            }
            return None;
        }
        _ => return Some(format!("AAC audio of object type {aot}")),
    };
    Some(name.to_string())
}

struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    fn read(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            let byte = *self.data.get(self.pos / 8)?;
            let bit = (byte >> (7 - (self.pos % 8))) & 1;
            v = (v << 1) | u32::from(bit);
            self.pos += 1;
        }
        Some(v)
    }
}

fn starts(bytes: &[u8], magic: &[u8]) -> bool {
    bytes.len() >= magic.len() && &bytes[..magic.len()] == magic
}

fn at(bytes: &[u8], offset: usize, magic: &[u8]) -> bool {
    bytes.get(offset..offset + magic.len()) == Some(magic)
}

/// Non-audio files recognisable from their first bytes.
fn sniff_foreign(bytes: &[u8]) -> Option<DecodeError> {
    let not_audio = |what: &str| {
        Some(DecodeError::NotAudio {
            what: what.to_string(),
        })
    };
    let video = |container: &str| {
        Some(DecodeError::Video {
            container: container.to_string(),
            has_sound: true,
        })
    };
    // (offset, magic, what): files that are not recordings.
    const FOREIGN: [(usize, &[u8], &str); 9] = [
        (0, b"%PDF", "a PDF document"),
        (0, b"\x89PNG", "a PNG image"),
        (0, b"\xFF\xD8\xFF", "a JPEG image"),
        (0, b"GIF8", "a GIF image"),
        (8, b"WEBP", "a WebP image"),
        (0, b"PK\x03\x04", "a ZIP archive (or an Office document)"),
        (0, b"Rar!", "a RAR archive"),
        (0, b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
        (0, b"\xD0\xCF\x11\xE0", "an old Microsoft Office document"),
    ];
    for (offset, magic, what) in FOREIGN {
        if at(bytes, offset, magic) && (offset == 0 || starts(bytes, b"RIFF")) {
            return not_audio(what);
        }
    }
    if starts(bytes, b"RIFF") && at(bytes, 8, b"AVI ") {
        return video("AVI");
    }
    if starts(bytes, b"FLV\x01") {
        return video("Flash FLV");
    }
    if starts(bytes, b"\x00\x00\x01\xBA") || starts(bytes, b"\x00\x00\x01\xB3") {
        return video("MPEG");
    }
    if bytes.len() >= 188 * 3 && bytes[0] == 0x47 && bytes[188] == 0x47 && bytes[376] == 0x47 {
        return video("MPEG transport stream");
    }
    let head = &bytes[..bytes.len().min(512)];
    let text_like = looks_like_text(&bytes[..bytes.len().min(4096)]);
    if text_like && !head.is_empty() {
        let lower: String = String::from_utf8_lossy(head).to_ascii_lowercase();
        let trimmed = lower.trim_start_matches('\u{feff}').trim_start();
        if trimmed.starts_with("<!doctype html") || trimmed.starts_with("<html") {
            return not_audio(
                "a web page (HTML), perhaps an error page saved instead of the download",
            );
        }
        if trimmed.starts_with("<?xml") || trimmed.starts_with('<') {
            return not_audio("an XML or HTML text file");
        }
        if trimmed.starts_with('{') || trimmed.starts_with('[') {
            return not_audio("a JSON text file");
        }
        if !starts(bytes, b"#!AMR") {
            return not_audio("a text file");
        }
    }
    None
}

/// Audio formats recognisable from their first bytes that symphonia cannot read here.
fn unsupported_by_magic(bytes: &[u8]) -> Option<String> {
    // Formats told apart by their first bytes alone.
    const BY_PREFIX: [(&[u8], &str); 10] = [
        (b"#!AMR-WB\n", "AMR-WB speech (a phone voice recording)"),
        (b"#!AMR\n", "AMR-NB speech (a phone voice recording)"),
        (b"RF64", "RF64/BW64 audio (the large-file variant of WAV)"),
        (b"BW64", "RF64/BW64 audio (the large-file variant of WAV)"),
        (b"caff", "Apple Core Audio (CAF) audio"),
        (b"\x30\x26\xB2\x75\x8E\x66\xCF\x11", "Windows Media (WMA/WMV)"),
        (b"MAC ", "Monkey's Audio"),
        (b"wvpk", "WavPack audio"),
        (b".snd", "Sun/NeXT AU audio"),
        (b"\x0B\x77", "Dolby Digital (AC-3) audio"),
    ];
    let name = if let Some((_, name)) = BY_PREFIX.iter().find(|(magic, _)| starts(bytes, magic)) {
        name
    } else if starts(bytes, b"FORM") && (at(bytes, 8, b"AIFF") || at(bytes, 8, b"AIFC")) {
        "AIFF audio"
    } else if starts(bytes, b"OggS") && contains(&bytes[..bytes.len().min(512)], b"OpusHead") {
        "Opus audio"
    } else if starts(bytes, b"OggS") && contains(&bytes[..bytes.len().min(512)], b"Speex   ") {
        "Speex speech audio"
    } else if starts(bytes, b"RIFF") && at(bytes, 8, b"WAVE") {
        return wav_format_tag(bytes).map(wav_tag_name);
    } else {
        mp4_sample_entries(bytes).iter().find_map(mp4_audio_entry)?
    };
    Some(name.to_string())
}

/// Valid UTF-8 (a character may be cut at the end) without control characters other than
/// whitespace.
fn looks_like_text(bytes: &[u8]) -> bool {
    let valid = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if e.error_len().is_none() => match std::str::from_utf8(&bytes[..e.valid_up_to()]) {
            Ok(s) => s,
            Err(_) => return false,
        },
        Err(_) => return false,
    };
    !valid.is_empty() && valid.chars().all(|c| !c.is_control() || c.is_whitespace())
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Container name from the first bytes (for messages).
fn container_name(bytes: &[u8]) -> Option<&'static str> {
    if starts(bytes, b"RIFF") && at(bytes, 8, b"WAVE") {
        Some("WAV")
    } else if starts(bytes, b"fLaC") {
        Some("FLAC")
    } else if starts(bytes, b"OggS") {
        Some("Ogg")
    } else if at(bytes, 4, b"ftyp") {
        Some("MP4/M4A")
    } else if starts(bytes, b"\x1A\x45\xDF\xA3") {
        Some("Matroska/WebM")
    } else if bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xF6 == 0xF0 {
        // ADTS: MPEG sync with layer bits 00.
        Some("AAC")
    } else if starts(bytes, b"ID3")
        || (bytes.len() >= 2 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0)
    {
        Some("MP3")
    } else {
        None
    }
}

/// A readable name for symphonia's short format names.
fn friendly_format(short: &str, bytes: &[u8]) -> String {
    let name = match short {
        "wave" | "wav" => "WAV",
        "flac" => "FLAC",
        "ogg" => "Ogg",
        "isomp4" => "MP4/M4A",
        "matroska" | "mkv" => {
            if contains(&bytes[..bytes.len().min(64)], b"webm") {
                "WebM"
            } else {
                "Matroska"
            }
        }
        "mp3" | "mpa" => "MP3",
        "aac" | "adts" => "AAC",
        other => return other.to_uppercase(),
    };
    name.to_string()
}

fn video_container(bytes: &[u8], format: &str) -> String {
    if at(bytes, 4, b"ftyp") {
        if at(bytes, 8, b"3g") {
            return "3GP".to_string();
        }
        if at(bytes, 8, b"qt  ") {
            return "QuickTime MOV".to_string();
        }
        return "MP4".to_string();
    }
    format.to_string()
}

/// Fourccs of MP4/3GP sample entries (`stsd` boxes), found by a shallow scan of the bytes.
fn mp4_sample_entries(bytes: &[u8]) -> Vec<[u8; 4]> {
    if !at(bytes, 4, b"ftyp") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = bytes[from..].windows(4).position(|w| w == b"stsd") {
        let i = from + pos;
        if let Some(fourcc) = bytes.get(i + 16..i + 20)
            && let Ok(fourcc) = <[u8; 4]>::try_from(fourcc)
        {
            out.push(fourcc);
        }
        from = i + 4;
        if out.len() > 16 {
            break;
        }
    }
    out
}

fn mp4_audio_entry(fourcc: &[u8; 4]) -> Option<&'static str> {
    Some(match fourcc {
        b"samr" => "AMR-NB speech (a phone voice recording in 3GP)",
        b"sawb" => "AMR-WB speech (a phone voice recording in 3GP)",
        b"sqcp" => "QCELP speech (a phone voice recording)",
        b"sevc" => "EVRC speech (a phone voice recording)",
        b"Opus" => "Opus audio",
        b"ac-3" => "Dolby Digital (AC-3) audio",
        b"ec-3" => "Dolby Digital Plus (E-AC-3) audio",
        b"alac" => "Apple Lossless (ALAC) audio",
        _ => return None,
    })
}

fn mp4_has_audio_entry(bytes: &[u8]) -> bool {
    mp4_sample_entries(bytes)
        .iter()
        .any(|e| mp4_audio_entry(e).is_some() || e == b"mp4a" || e == b".mp3")
}

fn mp4_video_entry(fourcc: &[u8; 4]) -> Option<&'static str> {
    Some(match fourcc {
        b"avc1" | b"avc3" => "H.264",
        b"hvc1" | b"hev1" => "H.265",
        b"mp4v" => "MPEG-4 video",
        b"s263" | b"h263" => "H.263",
        b"av01" => "AV1",
        b"vp08" | b"vp09" => "VP8/VP9",
        b"jpeg" | b"mjpa" => "Motion JPEG",
        _ => return None,
    })
}

/// The single edit of an audio-only MP4 with one track.
#[derive(Debug, PartialEq)]
struct Mp4Edit {
    /// Start of the presented media, in media timescale units.
    media_start: u64,
    media_timescale: u32,
    /// Presented duration, in movie timescale units (0: to the end).
    duration: u64,
    movie_timescale: u32,
}

/// Children boxes of an MP4 box body: (fourcc, body).
fn mp4_boxes(mut data: &[u8]) -> Vec<([u8; 4], &[u8])> {
    let mut out = Vec::new();
    while data.len() >= 8 {
        let size32 = u32::from_be_bytes([data[0], data[1], data[2], data[3]]) as u64;
        let fourcc = [data[4], data[5], data[6], data[7]];
        let (header, size) = match size32 {
            0 => (8u64, data.len() as u64),
            1 => {
                let Some(b) = data.get(8..16) else { break };
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                (16, u64::from_be_bytes(a))
            }
            n => (8, n),
        };
        if size < header || size > data.len() as u64 {
            break;
        }
        out.push((fourcc, &data[header as usize..size as usize]));
        data = &data[size as usize..];
    }
    out
}

fn be_u32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at + 4)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn be_u64(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_be_bytes(a))
}

/// Timescale of an `mvhd` or `mdhd` body (version 0 or 1).
fn mp4_timescale(body: &[u8]) -> Option<u32> {
    match body.first()? {
        0 => be_u32(body, 12),
        1 => be_u32(body, 20),
        _ => None,
    }
}

fn mp4_edit(bytes: &[u8]) -> Option<Mp4Edit> {
    if !at(bytes, 4, b"ftyp") {
        return None;
    }
    let top = mp4_boxes(bytes);
    let moov = top.iter().find(|(t, _)| t == b"moov")?.1;
    let children = mp4_boxes(moov);
    let movie_timescale = mp4_timescale(children.iter().find(|(t, _)| t == b"mvhd")?.1)?;
    let traks: Vec<&[u8]> = children
        .iter()
        .filter(|(t, _)| t == b"trak")
        .map(|(_, b)| *b)
        .collect();
    let [trak] = traks.as_slice() else {
        return None;
    };
    let trak_children = mp4_boxes(trak);
    let mdia = trak_children.iter().find(|(t, _)| t == b"mdia")?.1;
    let media_timescale = mp4_timescale(mp4_boxes(mdia).iter().find(|(t, _)| t == b"mdhd")?.1)?;
    let edts = trak_children.iter().find(|(t, _)| t == b"edts")?.1;
    let elst = mp4_boxes(edts).into_iter().find(|(t, _)| t == b"elst")?.1;
    let version = *elst.first()?;
    let count = be_u32(elst, 4)? as usize;
    let entry_len = if version == 1 { 20 } else { 12 };
    // Skip empty edits (media time −1); use the first real one, only if it is the only one.
    let mut real = Vec::new();
    for i in 0..count.min(16) {
        let at = 8 + i * entry_len;
        let (duration, media_time) = if version == 1 {
            (be_u64(elst, at)?, be_u64(elst, at + 8)? as i64)
        } else {
            (
                u64::from(be_u32(elst, at)?),
                i64::from(be_u32(elst, at + 4)? as i32),
            )
        };
        if media_time >= 0 {
            real.push((duration, media_time as u64));
        }
    }
    let [(duration, media_start)] = real.as_slice() else {
        return None;
    };
    Some(Mp4Edit {
        media_start: *media_start,
        media_timescale,
        duration: *duration,
        movie_timescale,
    })
}

/// The `fmt ` format tag of a RIFF/WAVE file (the sub-format for WAVE_FORMAT_EXTENSIBLE).
fn wav_format_tag(bytes: &[u8]) -> Option<u16> {
    let mut pos = 12usize;
    while pos + 8 <= bytes.len() {
        let id = &bytes[pos..pos + 4];
        let size = u32::from_le_bytes(bytes[pos + 4..pos + 8].try_into().ok()?) as usize;
        if id == b"fmt " {
            let tag = u16::from_le_bytes(bytes.get(pos + 8..pos + 10)?.try_into().ok()?);
            if tag == 0xFFFE {
                return Some(u16::from_le_bytes(
                    bytes.get(pos + 32..pos + 34)?.try_into().ok()?,
                ));
            }
            return Some(tag);
        }
        pos = pos
            .checked_add(8)?
            .checked_add(size)?
            .checked_add(size & 1)?;
    }
    None
}

fn wav_tag_name(tag: u16) -> String {
    match tag {
        0x0031 => "GSM 6.10 audio in a WAV file".to_string(),
        0x0055 => "MP3 audio wrapped in a WAV file".to_string(),
        0x0161..=0x0163 => "Windows Media Audio in a WAV file".to_string(),
        0x0042 | 0x0040 | 0x0064 | 0x0065 => {
            "G.723/G.721 telephone audio in a WAV file".to_string()
        }
        0x2000 => "Dolby Digital (AC-3) audio in a WAV file".to_string(),
        0x00FF | 0x1600 | 0x1601 => "AAC audio in a WAV file".to_string(),
        tag => format!("a WAV file with an unusual encoding (format tag 0x{tag:04X})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn wav_bytes(rate: u32, channels: u16, bits: u16, seconds: f64) -> Vec<u8> {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: bits,
            sample_format: hound::SampleFormat::Int,
        };
        let mut cursor = Cursor::new(Vec::new());
        {
            let mut w = hound::WavWriter::new(&mut cursor, spec).expect("writer");
            let frames = (f64::from(rate) * seconds) as usize;
            let scale = f64::from((1i32 << (bits - 1)) - 1);
            for i in 0..frames {
                let v = 0.0625
                    * (2.0 * std::f64::consts::PI * 440.0 * i as f64 / f64::from(rate)).sin();
                for _ in 0..channels {
                    w.write_sample((v * scale).round() as i32).expect("sample");
                }
            }
            w.finalize().expect("finalize");
        }
        cursor.into_inner()
    }

    /// Zero-crossing frequency estimate of channel 0.
    fn frequency(a: &Audio) -> f64 {
        let ch = usize::from(a.channels);
        let x: Vec<f32> = a.samples.iter().step_by(ch).copied().collect();
        // Skip codec start-up and tail.
        let skip = (a.rate / 10) as usize;
        let x = &x[skip.min(x.len())..x.len().saturating_sub(skip)];
        let crossings = x.windows(2).filter(|w| w[0] < 0.0 && w[1] >= 0.0).count();
        crossings as f64 / (x.len() as f64 / f64::from(a.rate))
    }

    fn assert_tone(a: &Audio, rate: u32, channels: u16, seconds: f64) {
        assert_eq!(a.rate, rate);
        assert_eq!(a.channels, channels);
        assert!(
            (a.duration_s() - seconds).abs() < 0.08,
            "duration {}",
            a.duration_s()
        );
        let f = frequency(a);
        assert!((f - 440.0).abs() < 5.0, "frequency {f}");
        let peak = a.samples.iter().fold(0f32, |m, s| m.max(s.abs()));
        assert!((0.05..0.12).contains(&peak), "peak {peak}");
    }

    #[test]
    fn wav_16_and_24_bit() {
        for bits in [16, 24] {
            let a = decode(&wav_bytes(44100, 2, bits, 0.5), Some("wav")).expect("wav");
            assert_tone(&a, 44100, 2, 0.5);
        }
    }

    #[test]
    fn compressed_formats() {
        for (name, ext) in [
            ("tone.flac", "flac"),
            ("tone.mp3", "mp3"),
            ("tone.ogg", "ogg"),
            ("tone.m4a", "m4a"),
            ("tone.aac", "aac"),
        ] {
            let a = decode(&fixture(name), Some(ext)).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_tone(&a, 22050, 1, 1.0);
            // The extension is only a hint.
            let b = decode(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(a.samples.len(), b.samples.len(), "{name}");
        }
    }

    fn err(bytes: &[u8], ext: Option<&str>) -> DecodeError {
        match decode(bytes, ext) {
            Ok(a) => panic!("decoded {} frames, expected an error", a.frames()),
            Err(e) => e,
        }
    }

    #[test]
    fn phone_formats_are_named() {
        let e = err(&fixture("tone.opus"), Some("opus"));
        assert!(
            matches!(&e, DecodeError::Unsupported { format } if format.contains("Opus")),
            "{e:?}"
        );
        assert_eq!(
            e.to_string(),
            "the file is Opus audio, which Loa cannot read; export the recording as WAV, FLAC or MP3"
        );
        let e = err(&fixture("tone.webm"), Some("webm"));
        assert!(e.to_string().contains("Opus audio"), "{e}");

        let e = err(&fixture("tone_he.m4a"), Some("m4a"));
        assert!(e.to_string().contains("HE-AAC"), "{e}");

        // A raw AMR file: magic and a few NO_DATA frames.
        let mut amr = b"#!AMR\n".to_vec();
        amr.extend_from_slice(&[0x7C; 50]);
        let e = err(&amr, Some("amr"));
        assert!(e.to_string().contains("AMR-NB"), "{e}");
        let mut amr = b"#!AMR-WB\n".to_vec();
        amr.extend_from_slice(&[0x7C; 50]);
        assert!(err(&amr, None).to_string().contains("AMR-WB"));

        // A 3GP with an AMR track: the M4A fixture with its sample entry renamed.
        let mut gp = fixture("tone.m4a");
        let i = gp
            .windows(4)
            .position(|w| w == b"mp4a")
            .expect("mp4a entry");
        gp[i..i + 4].copy_from_slice(b"samr");
        gp[8..12].copy_from_slice(b"3gp4");
        let e = err(&gp, Some("3gp"));
        assert!(e.to_string().contains("AMR-NB"), "{e}");
    }

    #[test]
    fn video_is_refused() {
        let e = err(&fixture("clip.mp4"), Some("mp4"));
        assert_eq!(
            e,
            DecodeError::Video {
                container: "MP4".to_string(),
                has_sound: true
            }
        );
        assert!(
            e.to_string()
                .starts_with("the file is a video (MP4), not a sound recording")
        );
    }

    #[test]
    fn empty_and_foreign_files() {
        assert_eq!(err(&[], None), DecodeError::Empty);
        assert!(
            err(b"%PDF-1.7\n...", Some("mp3"))
                .to_string()
                .contains("a PDF document")
        );
        assert!(
            err(b"<!DOCTYPE html><html><body>404</body></html>", Some("mp3"))
                .to_string()
                .contains("web page")
        );
        assert!(
            err("Xin chào, đây là văn bản".as_bytes(), None)
                .to_string()
                .contains("text file")
        );
        assert!(
            err(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None)
                .to_string()
                .contains("PNG image")
        );
        let named = |bytes: &[u8], what: &str| {
            let e = err(bytes, None);
            assert!(e.to_string().contains(what), "{e}");
        };
        named(b"RF64\xFF\xFF\xFF\xFFWAVEds64", "RF64");
        named(b"FORM\0\0\x10\0AIFFCOMM\0\0\0\x12", "AIFF audio");
        named(b"RIFF\0\0\x10\0AVI LIST", "a video (AVI)");
        named(b"PK\x03\x04\x14\0\x06\0", "ZIP archive");
        named(b"\x30\x26\xB2\x75\x8E\x66\xCF\x11\xA6\xD9", "Windows Media");
    }

    /// Deterministic xorshift bytes.
    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut s = seed | 1;
        (0..len)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                (s >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn random_bytes_never_panic() {
        for seed in 1..40u64 {
            for len in [1, 2, 3, 10, 100, 1000, 10_000, 100_000] {
                let bytes = noise(len, seed * 7919 + len as u64);
                for ext in [
                    None,
                    Some("wav"),
                    Some("mp3"),
                    Some("m4a"),
                    Some("ogg"),
                    Some("flac"),
                ] {
                    // Either outcome is fine; it must return.
                    if let Ok(a) = decode(&bytes, ext) {
                        assert!(a.samples.iter().all(|s| s.is_finite()));
                    }
                }
            }
        }
        assert_eq!(err(&noise(1000, 3), None), DecodeError::Unrecognised);
    }

    #[test]
    fn truncated_files() {
        let mut all = vec![("wav", wav_bytes(22050, 1, 16, 1.0))];
        for (name, ext) in [
            ("tone.flac", "flac"),
            ("tone.mp3", "mp3"),
            ("tone.ogg", "ogg"),
            ("tone.m4a", "m4a"),
            ("tone.aac", "aac"),
            ("tone.opus", "opus"),
            ("tone_he.m4a", "m4a"),
            ("clip.mp4", "mp4"),
        ] {
            all.push((ext, fixture(name)));
        }
        for (ext, bytes) in &all {
            for cut in [
                1,
                4,
                8,
                12,
                20,
                44,
                100,
                300,
                bytes.len() / 3,
                bytes.len() / 2,
                bytes.len() - 10,
            ] {
                let cut = cut.min(bytes.len());
                let _ = decode(&bytes[..cut], Some(ext));
                let _ = decode(&bytes[..cut], None);
            }
        }
        // A WAV cut in half says so.
        let wav = wav_bytes(22050, 1, 16, 1.0);
        let e = err(&wav[..wav.len() / 2], Some("wav"));
        assert!(
            matches!(e, DecodeError::Truncated { expected_s: Some(x), .. } if (x - 1.0).abs() < 0.01),
            "{e:?}"
        );
        assert!(e.to_string().contains("cut short"), "{e}");
        let e = err(&fixture("tone.flac")[..7000], Some("flac"));
        assert!(matches!(e, DecodeError::Truncated { .. }), "{e:?}");
    }

    #[test]
    fn corrupted_files_never_panic() {
        for (name, ext) in [
            ("tone.flac", "flac"),
            ("tone.mp3", "mp3"),
            ("tone.ogg", "ogg"),
            ("tone.m4a", "m4a"),
            ("tone.aac", "aac"),
        ] {
            let original = fixture(name);
            for seed in 1..30u64 {
                let mut bytes = original.clone();
                let flips = noise(64, seed);
                for pair in flips.chunks(2) {
                    let pos = (usize::from(pair[0]) * 251
                        + usize::from(pair[1]) * 13
                        + seed as usize * 97)
                        % bytes.len();
                    bytes[pos] ^= pair[1] | 1;
                }
                let _ = decode(&bytes, Some(ext));
            }
        }
    }

    #[test]
    fn huge_declared_sizes() {
        // WAV whose fmt and data chunks declare ~4 GiB.
        let mut wav = wav_bytes(8000, 1, 16, 0.1);
        let data = wav.windows(4).position(|w| w == b"data").expect("data");
        wav[data + 4..data + 8].copy_from_slice(&u32::MAX.to_le_bytes());
        wav[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        let _ = decode(&wav, Some("wav"));
        let mut wav2 = wav_bytes(8000, 1, 16, 0.1);
        wav2[16..20].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
        let _ = decode(&wav2, Some("wav"));
        // An unknown chunk declaring 4 GiB before the data.
        let good = wav_bytes(8000, 1, 16, 0.1);
        let mut wav3 = good[..36].to_vec();
        wav3.extend_from_slice(b"LIST");
        wav3.extend_from_slice(&0xFFFF_FF00u32.to_le_bytes());
        wav3.extend_from_slice(&good[36..]);
        let _ = decode(&wav3, Some("wav"));

        // ID3v2 tag declaring ~256 MB in front of an MP3.
        let mut mp3 = b"ID3\x04\x00\x00\x7F\x7F\x7F\x7F".to_vec();
        mp3.extend_from_slice(&fixture("tone.mp3"));
        let _ = decode(&mp3, Some("mp3"));

        // FLAC metadata block declaring 16 MB.
        let mut flac = fixture("tone.flac");
        flac[5..8].copy_from_slice(&[0xFF, 0xFF, 0xFF]);
        let _ = decode(&flac, Some("flac"));

        // MP4 boxes declaring 4 GiB / 2^64.
        let m4a = fixture("tone.m4a");
        for (pos, size) in [(0usize, u32::MAX), (0, 1)] {
            let mut m = m4a.clone();
            m[pos..pos + 4].copy_from_slice(&size.to_be_bytes());
            let _ = decode(&m, Some("m4a"));
        }
        let moov = m4a.windows(4).position(|w| w == b"moov").expect("moov") - 4;
        for size in [u32::MAX, 0x7FFF_FFFF, 9] {
            let mut m = m4a.clone();
            m[moov..moov + 4].copy_from_slice(&size.to_be_bytes());
            let _ = decode(&m, Some("m4a"));
        }
        for tag in [
            b"stsz", b"stco", b"stts", b"stsc", b"esds", b"stsd", b"mdhd",
        ] {
            let i = m4a.windows(4).position(|w| w == tag).expect("box");
            for v in [u32::MAX, 0x1000_0000] {
                let mut m = m4a.clone();
                // The box size, and the entry count that follows version/flags.
                m[i - 4..i].copy_from_slice(&v.to_be_bytes());
                let _ = decode(&m, Some("m4a"));
                let mut m = m4a.clone();
                if i + 12 <= m.len() {
                    m[i + 8..i + 12].copy_from_slice(&v.to_be_bytes());
                }
                let _ = decode(&m, Some("m4a"));
            }
        }
    }

    #[test]
    fn aac_config_names() {
        assert_eq!(aac_kind(&[0x13, 0x88, 0x56, 0xE5, 0x00]), None);
        assert!(aac_kind(&[0x13, 0x88, 0x56, 0xE5, 0xA0]).is_some_and(|s| s.starts_with("HE-AAC")));
        // Object type 5 (SBR), 22050 Hz, mono.
        assert!(aac_kind(&[0x2B, 0x8A, 0x08, 0x00]).is_some_and(|s| s.starts_with("HE-AAC")));
        // Object type 29 (PS).
        assert!(aac_kind(&[0xEB, 0x8A, 0x08, 0x00]).is_some_and(|s| s.starts_with("HE-AAC v2")));
        // AAC-LC 5.1.
        assert!(aac_kind(&[0x11, 0xB0]).is_some_and(|s| s.contains("with 6 channels")));
    }
}
