//! Mastering: a programme (the bulletin's timeline, or any file read block by block) measured,
//! brought to its loudness target, true-peak limited where needed and written to its delivery —
//! Broadcast Wave or MP3 — in constant memory, with the delivered file measured again.

use std::io;
use std::path::PathBuf;

use crate::dsp::{self, StreamLimiter, Timeline};
use crate::loudness::{Loudness, Meter};
use crate::{bwf, decode};

/// Sample rate of every delivery.
const RATE: u32 = 48_000;

/// Frames read at a time (1 s at 48 kHz).
const BLOCK: usize = 48_000;

/// Where a master goes: started again for every attempt, fed block by block, and finished with
/// the loudness measured before it; returns the loudness of the delivered file (for MP3, measured
/// again after decoding).
pub trait Delivery {
    fn start(&mut self) -> io::Result<()>;
    fn write(&mut self, block: &[f32]) -> io::Result<()>;
    fn finish(&mut self, measured: Loudness) -> io::Result<Loudness>;
}

/// Broadcast Wave, written straight to its file.
pub struct Wav {
    path: PathBuf,
    channels: u16,
    bits: u16,
    bext: bwf::Bext,
    writer: Option<bwf::BwfWriter<io::BufWriter<std::fs::File>>>,
}

impl Wav {
    /// A BWF at 48 kHz; the loudness fields of `bext` are filled in with the measured figures.
    pub fn new(path: PathBuf, channels: u16, bits: u16, bext: bwf::Bext) -> Self {
        Wav { path, channels, bits, bext, writer: None }
    }
}

impl Delivery for Wav {
    fn start(&mut self) -> io::Result<()> {
        let file = io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&self.path)?);
        self.writer = Some(bwf::BwfWriter::new(file, RATE, self.channels, self.bits, &self.bext));
        Ok(())
    }

    fn write(&mut self, block: &[f32]) -> io::Result<()> {
        self.writer.as_mut().map_or(Ok(()), |w| w.write(block))
    }

    fn finish(&mut self, measured: Loudness) -> io::Result<Loudness> {
        if let Some(w) = self.writer.take() {
            w.finish(Some(measured))?.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        }
        Ok(measured)
    }
}

/// MP3 through LAME, CBR; measured as listeners get it, decoded again.
pub struct Mp3 {
    path: PathBuf,
    channels: u16,
    kbps: u16,
    encoder: Option<mp3lame_encoder::Encoder>,
    bytes: Vec<u8>,
}

impl Mp3 {
    /// A CBR MP3 at 48 kHz of `kbps` kbit/s (64 if LAME has no such rate).
    pub fn new(path: PathBuf, channels: u16, kbps: u16) -> Self {
        Mp3 { path, channels, kbps, encoder: None, bytes: Vec::new() }
    }
}

impl Delivery for Mp3 {
    fn start(&mut self) -> io::Result<()> {
        use mp3lame_encoder::{Bitrate, Builder, Quality};
        let bitrate = match self.kbps {
            32 => Bitrate::Kbps32,
            40 => Bitrate::Kbps40,
            48 => Bitrate::Kbps48,
            80 => Bitrate::Kbps80,
            96 => Bitrate::Kbps96,
            112 => Bitrate::Kbps112,
            128 => Bitrate::Kbps128,
            160 => Bitrate::Kbps160,
            192 => Bitrate::Kbps192,
            224 => Bitrate::Kbps224,
            256 => Bitrate::Kbps256,
            320 => Bitrate::Kbps320,
            _ => Bitrate::Kbps64,
        };
        let lame = |e: mp3lame_encoder::BuildError| io::Error::other(format!("LAME: {e:?}"));
        let mut b = Builder::new().ok_or_else(|| io::Error::other("LAME could not start"))?;
        b.set_num_channels(self.channels as u8).map_err(lame)?;
        b.set_sample_rate(RATE).map_err(lame)?;
        b.set_brate(bitrate).map_err(lame)?;
        b.set_quality(Quality::Best).map_err(lame)?;
        self.encoder = Some(b.build().map_err(lame)?);
        self.bytes.clear();
        Ok(())
    }

    fn write(&mut self, block: &[f32]) -> io::Result<()> {
        use mp3lame_encoder::{InterleavedPcm, MonoPcm};
        let Some(enc) = self.encoder.as_mut() else { return Ok(()) };
        let pcm: Vec<i16> = block.iter().map(|s| (s.clamp(-1.0, 1.0) * 32767.0).round() as i16).collect();
        self.bytes.reserve(mp3lame_encoder::max_required_buffer_size(pcm.len()));
        let encoded = if self.channels == 1 { enc.encode_to_vec(MonoPcm(&pcm), &mut self.bytes) } else { enc.encode_to_vec(InterleavedPcm(&pcm), &mut self.bytes) };
        encoded.map(|_| ()).map_err(|e| io::Error::other(format!("LAME: {e:?}")))
    }

    fn finish(&mut self, measured: Loudness) -> io::Result<Loudness> {
        use mp3lame_encoder::FlushNoGap;
        if let Some(mut enc) = self.encoder.take() {
            self.bytes.reserve(7200);
            enc.flush_to_vec::<FlushNoGap>(&mut self.bytes).map_err(|e| io::Error::other(format!("LAME: {e:?}")))?;
        }
        std::fs::write(&self.path, &self.bytes)?;
        let mut meter: Option<Meter> = None;
        let decoded = decode::decode_with(&self.bytes, Some("mp3"), &mut |rate, channels, block| {
            meter.get_or_insert_with(|| Meter::new(rate, channels as u16)).add(block);
        });
        Ok(match (decoded, meter) {
            (Ok(_), Some(m)) => m.finish(),
            _ => measured,
        })
    }
}

/// A programme read block by block, from the start again after [`Programme::rewind`].
pub trait Programme {
    fn rate(&self) -> u32;
    fn channels(&self) -> u16;
    fn rewind(&mut self) -> io::Result<()>;
    /// Replaces `out` with the next (up to) `max_frames` frames; `false` at the end.
    fn next_block(&mut self, out: &mut Vec<f32>, max_frames: usize) -> io::Result<bool>;
}

impl Programme for Timeline<'_> {
    fn rate(&self) -> u32 {
        Timeline::rate(self)
    }
    fn channels(&self) -> u16 {
        Timeline::channels(self)
    }
    fn rewind(&mut self) -> io::Result<()> {
        Timeline::rewind(self);
        Ok(())
    }
    fn next_block(&mut self, out: &mut Vec<f32>, max_frames: usize) -> io::Result<bool> {
        Timeline::next_block(self, out, max_frames)
    }
}

/// Loudness target and true-peak ceiling of a delivery.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub lufs: f64,
    pub ceiling_dbtp: f32,
}

/// Masters `programme` into `out`: measured once, then rendered with the gain to the target
/// through the true-peak limiter (which only acts where the gain pushes peaks over the ceiling,
/// aiming 0.2 dB under it) into the delivery, measured on the way. If the delivered file misses
/// the target by more than 0.1 LU (heavy limiting, or the MP3 encoder's level change), the gain is
/// corrected and the master made again, up to three times. Block by block: memory does not grow
/// with the programme's length. Returns the limiter's largest gain reduction (dB) and the
/// delivered file's loudness.
pub fn master(programme: &mut dyn Programme, target: Target, out: &mut dyn Delivery) -> io::Result<(f32, Loudness)> {
    let (rate, channels) = (programme.rate(), programme.channels());
    let mut block = Vec::new();
    let mut meter = Meter::integrated_only(rate, channels);
    while programme.next_block(&mut block, BLOCK)? {
        meter.add(&block);
    }
    let mut gain = dsp::normalize_gain(meter.finish().integrated, target.lufs);
    let mut result = None;
    for _ in 0..3 {
        programme.rewind()?;
        out.start()?;
        let mut meter = Meter::new(rate, channels);
        let mut limiter = StreamLimiter::new(rate, channels, target.ceiling_dbtp - 0.2, 1.5, 50.0);
        let lin = dsp::db_to_lin(gain);
        let mut deliver = |b: &[f32]| {
            meter.add(b);
            out.write(b)
        };
        while programme.next_block(&mut block, BLOCK)? {
            block.iter_mut().for_each(|s| *s *= lin);
            limiter.push(&block, &mut deliver)?;
        }
        let report = limiter.finish(&mut deliver)?;
        let delivered = out.finish(meter.finish())?;
        let off = target.lufs - delivered.integrated;
        result = Some((report.max_reduction_db, delivered));
        if !off.is_finite() || off.abs() <= 0.1 {
            break;
        }
        gain += off as f32;
    }
    result.ok_or_else(|| io::Error::other("nothing was mastered"))
}
