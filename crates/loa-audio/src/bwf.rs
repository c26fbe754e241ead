//! Broadcast Wave writer (EBU Tech 3285 v2): RIFF/WAVE with a `fmt ` chunk of format tag 1 (PCM,
//! never WAVE_FORMAT_EXTENSIBLE, also for 24-bit), a version 2 `bext` chunk with the loudness
//! fields, then `data`. 16-bit output gets TPDF dither from a fixed-seed generator, so the same
//! input always gives the same bytes.

use std::io::{Seek, SeekFrom, Write};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::Audio;
use crate::loudness::Loudness;

/// Contents of the `bext` chunk. Text is transliterated to ASCII with [`ascii`] and cut to the
/// field sizes of Tech 3285 (Description 256, Originator 32, OriginatorReference 32,
/// OriginationDate 10, OriginationTime 8 characters); keep the UTF-8 title in a sidecar.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bext {
    /// Free description of the sound sequence (256 characters).
    pub description: String,
    /// Name of the originator, e.g. the station (32 characters).
    pub originator: String,
    /// Unambiguous reference given by the originator (32 characters).
    pub originator_reference: String,
    /// `yyyy-mm-dd`.
    pub origination_date: String,
    /// `hh:mm:ss`.
    pub origination_time: String,
    /// EBU R98 coding history lines, e.g. `A=PCM,F=48000,W=24,M=stereo,T=Loa` (line ends are
    /// written as CR LF).
    pub coding_history: String,
    /// Loudness of the file's audio; `None` writes 0x7FFF ("not set") in the five fields.
    pub loudness: Option<Loudness>,
}

/// The "value not set" marker of the bext v2 loudness fields.
pub const LOUDNESS_UNSET: i16 = 0x7FFF;

/// Size of the fixed part of a version 2 `bext` chunk (before CodingHistory).
pub const BEXT_FIXED_LEN: usize = 602;

/// Seed of the dither generator.
const DITHER_SEED: u64 = 0x4C6F_615F_4257_4621;

/// Writes a Broadcast Wave file in memory: 24-bit unless `bits == 16` (16-bit gets TPDF
/// dither). Samples are clipped to the integer range. `channels == 0` writes an empty mono file.
/// Long programmes go through [`BwfWriter`] straight to a file instead.
pub fn write_bwf(a: &Audio, bits: u16, bext: &Bext) -> Vec<u8> {
    let samples: &[f32] = if a.channels == 0 { &[] } else { &a.samples };
    let mut w = BwfWriter::new(std::io::Cursor::new(Vec::new()), a.rate, a.channels, bits, bext);
    let written = w.write(samples).and_then(|()| w.finish(bext.loudness));
    match written {
        Ok(cursor) => cursor.into_inner(),
        // Writing to memory does not fail.
        Err(_) => Vec::new(),
    }
}

/// A Broadcast Wave file written block by block: the header goes out first with the sizes and
/// the loudness fields left open, [`BwfWriter::finish`] seeks back and fills them in, so a
/// programme of any length is written in constant memory. The RIFF size fields are 32-bit: audio
/// beyond 4 GiB of data (about 6 h of 48 kHz 24-bit stereo) is left out.
pub struct BwfWriter<W: Write + Seek> {
    out: W,
    bits: u16,
    channels: usize,
    /// Where the bext chunk body starts, and its contents (rewritten with the loudness).
    bext_at: u64,
    bext: Bext,
    data_at: u64,
    data_len: u64,
    max_data: u64,
    rng: SplitMix64,
    /// Bytes of one block, reused.
    buf: Vec<u8>,
    error: Option<std::io::Error>,
}

impl<W: Write + Seek> BwfWriter<W> {
    /// Starts a file at the writer's current position (normally an empty file).
    pub fn new(mut out: W, rate: u32, channels: u16, bits: u16, bext: &Bext) -> Self {
        let bits: u16 = if bits == 16 { 16 } else { 24 };
        let channels = channels.max(1);
        let block_align = u64::from(channels) * u64::from(bits / 8);
        let body = bext_body(bext);
        let mut head = Vec::with_capacity(64 + body.len());
        head.extend_from_slice(b"RIFF");
        head.extend_from_slice(&[0; 4]); // filled in by finish
        head.extend_from_slice(b"WAVE");
        // fmt: WAVE_FORMAT_PCM (1), 16 bytes.
        head.extend_from_slice(b"fmt ");
        head.extend_from_slice(&16u32.to_le_bytes());
        head.extend_from_slice(&1u16.to_le_bytes());
        head.extend_from_slice(&channels.to_le_bytes());
        head.extend_from_slice(&rate.to_le_bytes());
        let byte_rate = u64::from(rate) * block_align;
        head.extend_from_slice(&(byte_rate.min(u64::from(u32::MAX)) as u32).to_le_bytes());
        head.extend_from_slice(&(block_align as u16).to_le_bytes());
        head.extend_from_slice(&bits.to_le_bytes());
        head.extend_from_slice(b"bext");
        head.extend_from_slice(&(body.len() as u32).to_le_bytes());
        let bext_at = head.len() as u64;
        head.extend_from_slice(&body);
        head.extend_from_slice(b"data");
        head.extend_from_slice(&[0; 4]); // filled in by finish
        let data_at = head.len() as u64;
        let error = out.write_all(&head).err();
        BwfWriter {
            out,
            bits,
            channels: usize::from(channels),
            bext_at,
            bext: bext.clone(),
            data_at,
            data_len: 0,
            max_data: (u64::from(u32::MAX) - 4096) / block_align * block_align,
            rng: SplitMix64(DITHER_SEED),
            buf: Vec::new(),
            error,
        }
    }

    /// Appends interleaved samples (whole frames; a partial frame at the end is dropped).
    pub fn write(&mut self, samples: &[f32]) -> std::io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let bytes_per_sample = usize::from(self.bits / 8);
        let room = ((self.max_data - self.data_len) as usize) / bytes_per_sample / self.channels * self.channels;
        let whole = samples.len() / self.channels * self.channels;
        let samples = &samples[..whole.min(room)];
        self.buf.clear();
        self.buf.reserve(samples.len() * bytes_per_sample);
        if self.bits == 16 {
            for &s in samples {
                // TPDF: the sum of two independent uniform values of ±½ LSB each.
                let dither = self.rng.uniform() + self.rng.uniform() - 1.0;
                let v = (f64::from(sanitize(s)) * 32768.0 + dither).round().clamp(-32768.0, 32767.0);
                self.buf.extend_from_slice(&(v as i16).to_le_bytes());
            }
        } else {
            for &s in samples {
                let v = (f64::from(sanitize(s)) * 8_388_608.0).round().clamp(-8_388_608.0, 8_388_607.0) as i32;
                self.buf.extend_from_slice(&v.to_le_bytes()[..3]);
            }
        }
        self.data_len += self.buf.len() as u64;
        self.out.write_all(&self.buf)
    }

    /// Completes the file: pad byte, chunk sizes and the loudness of what was written (`None`
    /// leaves the loudness fields "not set").
    pub fn finish(mut self, loudness: Option<Loudness>) -> std::io::Result<W> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        if self.data_len % 2 == 1 {
            self.out.write_all(&[0])?; // RIFF pad byte, not counted in the chunk size
        }
        let riff_len = self.data_at + self.data_len + self.data_len % 2 - 8;
        self.out.seek(SeekFrom::Start(4))?;
        self.out.write_all(&(riff_len as u32).to_le_bytes())?;
        self.bext.loudness = loudness;
        self.out.seek(SeekFrom::Start(self.bext_at))?;
        self.out.write_all(&bext_body(&self.bext))?;
        self.out.seek(SeekFrom::Start(self.data_at - 4))?;
        self.out.write_all(&(self.data_len as u32).to_le_bytes())?;
        self.out.seek(SeekFrom::End(0))?;
        self.out.flush()?;
        Ok(self.out)
    }
}

fn sanitize(s: f32) -> f32 {
    if s.is_finite() { s } else { 0.0 }
}

/// The body of the `bext` chunk (version 2), padded to an even length.
fn bext_body(b: &Bext) -> Vec<u8> {
    let mut body = Vec::with_capacity(BEXT_FIXED_LEN + b.coding_history.len() + 2);
    field(&mut body, &b.description, 256);
    field(&mut body, &b.originator, 32);
    field(&mut body, &b.originator_reference, 32);
    field(&mut body, &b.origination_date, 10);
    field(&mut body, &b.origination_time, 8);
    body.extend_from_slice(&0u32.to_le_bytes()); // TimeReferenceLow
    body.extend_from_slice(&0u32.to_le_bytes()); // TimeReferenceHigh
    body.extend_from_slice(&2u16.to_le_bytes()); // Version
    body.extend_from_slice(&[0u8; 64]); // UMID: none
    let l = b.loudness;
    for v in [
        l.map(|l| l.integrated),
        l.map(|l| l.range),
        l.map(|l| l.true_peak_dbtp),
        l.map(|l| l.max_momentary),
        l.map(|l| l.max_short_term),
    ] {
        body.extend_from_slice(&loudness_field(v).to_le_bytes());
    }
    body.extend_from_slice(&[0u8; 180]); // Reserved
    debug_assert_eq!(body.len(), BEXT_FIXED_LEN);
    body.extend_from_slice(coding_history(&b.coding_history).as_bytes());
    if body.len() % 2 == 1 {
        body.push(0);
    }
    body
}

/// A loudness figure ×100 as i16, or [`LOUDNESS_UNSET`] when unknown or not finite (silence).
fn loudness_field(v: Option<f64>) -> i16 {
    match v {
        Some(v) if v.is_finite() => (v * 100.0).round().clamp(-32768.0, 32766.0) as i16,
        _ => LOUDNESS_UNSET,
    }
}

/// A fixed-size ASCII field, NUL-padded (no terminator when full).
fn field(out: &mut Vec<u8>, text: &str, len: usize) {
    let text = ascii(text);
    let bytes: Vec<u8> = text.bytes().filter(|b| *b >= 0x20).take(len).collect();
    out.extend_from_slice(&bytes);
    out.resize(out.len() + len - bytes.len(), 0);
}

/// Coding history as ASCII lines ending in CR LF.
fn coding_history(text: &str) -> String {
    let mut out = String::new();
    for line in ascii(text).lines() {
        let line: String = line.chars().filter(|c| !c.is_ascii_control()).collect();
        if line.is_empty() {
            continue;
        }
        out.push_str(&line);
        out.push_str("\r\n");
    }
    out
}

/// An EBU R98 coding-history line for PCM written by Loa, e.g.
/// `A=PCM,F=48000,W=24,M=stereo,T=Loa`.
pub fn coding_history_pcm(rate: u32, bits: u16, channels: u16, tool: &str) -> String {
    let mode = match channels {
        1 => "mono".to_string(),
        2 => "stereo".to_string(),
        n => format!("{n}ch"),
    };
    let bits = if bits == 16 { 16 } else { 24 };
    format!("A=PCM,F={rate},W={bits},M={mode},T={}", ascii(tool))
}

/// Transliterates text to printable ASCII for bext fields: Vietnamese (and other Latin) letters
/// lose their diacritics, đ/Đ become d/D, typographic quotes and dashes become plain ones, and
/// anything else non-ASCII becomes `?`. Line breaks are kept.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if c.is_ascii() {
            out.push(if c.is_ascii_control() && c != '\n' && c != '\r' {
                ' '
            } else {
                c
            });
            continue;
        }
        if is_combining_mark(c) {
            continue;
        }
        let mapped = match c {
            'đ' => "d",
            'Đ' => "D",
            'ð' => "d",
            'Ð' => "D",
            'ø' => "o",
            'Ø' => "O",
            'ł' => "l",
            'Ł' => "L",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            'ß' => "ss",
            'þ' => "th",
            'Þ' => "Th",
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => "'",
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '«' | '»' => "\"",
            '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
            '\u{2026}' => "...",
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{3000}' => " ",
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{2068}' | '\u{2069}' => "",
            '•' | '·' => "*",
            '°' => " deg",
            '€' => "EUR",
            '₫' => "d",
            '©' => "(c)",
            '®' => "(R)",
            '×' => "x",
            _ => "?",
        };
        out.push_str(mapped);
    }
    out
}

/// SplitMix64: a small, fixed, well-mixed generator (the dither needs no more).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (chunk id, body) in file order, checking sizes and padding.
    fn chunks(file: &[u8]) -> Vec<([u8; 4], &[u8])> {
        assert_eq!(&file[..4], b"RIFF");
        let riff_len = u32::from_le_bytes(file[4..8].try_into().expect("4 bytes")) as usize;
        assert_eq!(riff_len + 8, file.len(), "RIFF size");
        assert_eq!(&file[8..12], b"WAVE");
        let mut out = Vec::new();
        let mut pos = 12;
        while pos < file.len() {
            let id: [u8; 4] = file[pos..pos + 4].try_into().expect("id");
            let len = u32::from_le_bytes(file[pos + 4..pos + 8].try_into().expect("len")) as usize;
            let body = &file[pos + 8..pos + 8 + len];
            out.push((id, body));
            pos += 8 + len + (len & 1);
        }
        assert_eq!(pos, file.len());
        out
    }

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }

    fn i16_at(b: &[u8], at: usize) -> i16 {
        i16::from_le_bytes([b[at], b[at + 1]])
    }

    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    fn text(b: &[u8]) -> String {
        String::from_utf8(b.iter().copied().take_while(|&c| c != 0).collect()).expect("ascii")
    }

    fn test_audio(rate: u32, channels: u16, seconds: f64) -> Audio {
        let frames = (f64::from(rate) * seconds) as usize;
        let mut samples = Vec::new();
        for i in 0..frames {
            let t = i as f64 / f64::from(rate);
            for c in 0..channels {
                let v = 0.7
                    * (2.0 * std::f64::consts::PI * (440.0 + 110.0 * f64::from(c)) * t).sin()
                    + 0.2 * (2.0 * std::f64::consts::PI * 3.3 * t).sin();
                samples.push(v as f32);
            }
        }
        // Full-scale extremes and out-of-range values are clipped.
        samples[0] = 1.0;
        samples[1] = -1.0;
        samples[2] = 1.5;
        samples[3] = f32::NAN;
        Audio {
            rate,
            channels,
            samples,
        }
    }

    fn bext() -> Bext {
        Bext {
            description: "Quyền tiếp cận thông tin ở Quảng Trị — bản tin số 3".to_string(),
            originator: "Đài truyền thanh xã Hướng Phùng, Hướng Hóa".to_string(),
            originator_reference: "LOA-2024-0001".to_string(),
            origination_date: "2024-08-01".to_string(),
            origination_time: "07:30:00".to_string(),
            coding_history:
                "A=PCM,F=48000,W=24,M=stereo,T=Loa\nA=PCM,F=48000,W=24,M=stereo,T=Loa master"
                    .to_string(),
            loudness: Some(Loudness {
                integrated: -23.004,
                range: 7.456,
                true_peak_dbtp: -1.2,
                max_momentary: -15.555,
                max_short_term: -19.01,
                duration_s: 2.0,
            }),
        }
    }

    #[test]
    fn transliterates_vietnamese() {
        assert_eq!(
            ascii("Quyền tiếp cận thông tin ở Quảng Trị"),
            "Quyen tiep can thong tin o Quang Tri"
        );
        assert_eq!(
            ascii("Đài truyền thanh xã Đakrông"),
            "Dai truyen thanh xa Dakrong"
        );
        assert_eq!(
            ascii("ĂÂÊÔƠƯăâêôơư ÀẢÃÁẠ ỳỷỹýỵ Ữ Ợ"),
            "AAEOOUaaeoou AAAAA yyyyy U O"
        );
        assert_eq!(ascii("“Tin” – ‘nhanh’…"), "\"Tin\" - 'nhanh'...");
        assert_eq!(ascii("日本"), "??");
        assert!(ascii(&"ệ".repeat(300)).is_ascii());
    }

    #[test]
    fn layout_and_fields() {
        let a = test_audio(48_000, 2, 0.5);
        let file = write_bwf(&a, 24, &bext());
        let list = chunks(&file);
        let ids: Vec<&[u8; 4]> = list.iter().map(|(id, _)| id).collect();
        assert_eq!(ids, [b"fmt ", b"bext", b"data"]);

        let fmt = list[0].1;
        assert_eq!(fmt.len(), 16);
        assert_eq!(u16_at(fmt, 0), 1, "WAVE_FORMAT_PCM");
        assert_eq!(u16_at(fmt, 2), 2);
        assert_eq!(u32_at(fmt, 4), 48_000);
        assert_eq!(u32_at(fmt, 8), 48_000 * 6);
        assert_eq!(u16_at(fmt, 12), 6);
        assert_eq!(u16_at(fmt, 14), 24);

        let b = list[1].1;
        assert_eq!(b.len() % 2, 0);
        assert_eq!(
            text(&b[0..256]),
            "Quyen tiep can thong tin o Quang Tri - ban tin so 3"
        );
        assert_eq!(text(&b[256..288]), "Dai truyen thanh xa Huong Phung,");
        assert_eq!(text(&b[288..320]), "LOA-2024-0001");
        assert_eq!(&b[320..330], b"2024-08-01");
        assert_eq!(&b[330..338], b"07:30:00");
        assert_eq!(u32_at(b, 338), 0);
        assert_eq!(u32_at(b, 342), 0);
        assert_eq!(u16_at(b, 346), 2, "bext version");
        assert!(b[348..412].iter().all(|&x| x == 0), "UMID");
        assert_eq!(i16_at(b, 412), -2300, "LoudnessValue");
        assert_eq!(i16_at(b, 414), 746, "LoudnessRange");
        assert_eq!(i16_at(b, 416), -120, "MaxTruePeakLevel");
        assert_eq!(i16_at(b, 418), -1556, "MaxMomentaryLoudness");
        assert_eq!(i16_at(b, 420), -1901, "MaxShortTermLoudness");
        assert!(b[422..602].iter().all(|&x| x == 0), "Reserved");
        assert_eq!(
            text(&b[602..]),
            "A=PCM,F=48000,W=24,M=stereo,T=Loa\r\nA=PCM,F=48000,W=24,M=stereo,T=Loa master\r\n"
        );
        assert_eq!(list[2].1.len(), a.samples.len() * 3);

        // No loudness: 0x7FFF in all five fields; silence (−∞) too.
        let mut none = bext();
        none.loudness = None;
        let f = write_bwf(&a, 24, &none);
        let b = chunks(&f)[1].1;
        for i in 0..5 {
            assert_eq!(i16_at(b, 412 + 2 * i), LOUDNESS_UNSET);
        }
        let silent = crate::loudness::measure(&Audio {
            rate: 48_000,
            channels: 1,
            samples: vec![0.0; 48_000],
        });
        none.loudness = Some(silent);
        let f = write_bwf(&a, 24, &none);
        assert_eq!(i16_at(chunks(&f)[1].1, 412), LOUDNESS_UNSET);
    }

    fn read_back(file: &[u8]) -> (hound::WavSpec, Vec<i32>) {
        let reader = hound::WavReader::new(std::io::Cursor::new(file)).expect("hound reads it");
        let spec = reader.spec();
        let samples = reader
            .into_samples::<i32>()
            .collect::<Result<Vec<_>, _>>()
            .expect("samples");
        (spec, samples)
    }

    #[test]
    fn samples_read_back_24_bit() {
        for channels in [1, 2] {
            let a = test_audio(48_000, channels, 0.3);
            let (spec, got) = read_back(&write_bwf(&a, 24, &bext()));
            assert_eq!(spec.bits_per_sample, 24);
            assert_eq!(spec.channels, channels);
            assert_eq!(spec.sample_rate, 48_000);
            assert_eq!(got.len(), a.samples.len());
            for (i, (&x, &y)) in a.samples.iter().zip(&got).enumerate() {
                let expected =
                    f64::from(sanitize(x)).clamp(-1.0, 8_388_607.0 / 8_388_608.0) * 8_388_608.0;
                assert!(
                    (f64::from(y) - expected).abs() <= 1.0,
                    "sample {i}: {x} -> {y}"
                );
            }
            assert_eq!(got[0], 8_388_607);
            assert_eq!(got[1], -8_388_608);
            assert_eq!(got[2], 8_388_607);
            assert_eq!(got[3], 0);
        }
    }

    #[test]
    fn samples_read_back_16_bit_dithered() {
        let a = test_audio(44_100, 2, 1.0);
        let file = write_bwf(&a, 16, &bext());
        // Deterministic.
        assert_eq!(file, write_bwf(&a, 16, &bext()));
        let (spec, got) = read_back(&file);
        assert_eq!(spec.bits_per_sample, 16);
        assert_eq!(got.len(), a.samples.len());
        let mut sum = 0f64;
        let mut sum_sq = 0f64;
        for (i, (&x, &y)) in a.samples.iter().zip(&got).enumerate().skip(4) {
            let err = f64::from(y) - f64::from(x) * 32768.0;
            // Within 1 LSB of dither plus ½ LSB of rounding.
            assert!(err.abs() < 1.5, "sample {i}: {x} -> {y}");
            sum += err;
            sum_sq += err * err;
        }
        let n = (got.len() - 4) as f64;
        // TPDF (variance 1/6 LSB²) plus rounding (1/12): RMS ½ LSB, no bias.
        assert!((sum / n).abs() < 0.01, "bias {}", sum / n);
        assert!(
            ((sum_sq / n).sqrt() - 0.5).abs() < 0.02,
            "rms {}",
            (sum_sq / n).sqrt()
        );
        // Within ±1 LSB after rounding for almost every sample.
        let within = a
            .samples
            .iter()
            .zip(&got)
            .filter(|(x, y)| (f64::from(**y) - (f64::from(**x) * 32768.0).round()).abs() <= 1.0)
            .count();
        assert!(within as f64 / got.len() as f64 > 0.98);
        // Odd data length gets a pad byte.
        let odd = Audio {
            rate: 8000,
            channels: 1,
            samples: vec![0.1; 3],
        };
        let f = write_bwf(&odd, 24, &Bext::default());
        assert_eq!(chunks(&f)[2].1.len(), 9);
        assert_eq!(read_back(&f).1.len(), 3);
    }

    #[test]
    fn decodes_with_our_own_decoder() {
        let a = test_audio(48_000, 2, 0.25);
        let back = crate::decode::decode(&write_bwf(&a, 24, &bext()), Some("wav")).expect("decode");
        assert_eq!(
            (back.rate, back.channels, back.samples.len()),
            (48_000, 2, a.samples.len())
        );
        for (x, y) in a.samples.iter().zip(&back.samples).skip(4) {
            assert!((x - y).abs() < 2.0 / 8_388_608.0);
        }
        let empty = write_bwf(
            &Audio {
                rate: 48_000,
                channels: 0,
                samples: vec![1.0],
            },
            16,
            &Bext::default(),
        );
        assert_eq!(chunks(&empty)[2].1.len(), 0);
    }
}
