//! Sample-level DSP for bulletins: trimming, fades, channel conversion, gain, a sample-accurate
//! timeline mixer that ducks music beds under the voice, a 4× oversampled true-peak estimate and a
//! look-ahead true-peak limiter.
//!
//! No crate does ducking or true-peak limiting on our toolchain (see `design/stack.md`, "Audio"), so
//! both are written here.
//!
//! Long programmes stream: [`Timeline`] mixes block by block, reading spooled clips
//! ([`Samples::Spooled`]) from disk as it reaches them, and [`StreamLimiter`] limits overlapping
//! windows, so mastering an hour holds seconds of audio, not the hour. [`mix`] and [`limit`] are
//! the same code on whole buffers.

use std::collections::VecDeque;
use std::f64::consts::PI;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::Audio;

/// Oversampling factor of the true-peak estimate.
const OVERSAMPLE: usize = 4;
/// Taps per interpolating phase (a 49-tap Hann-windowed sinc at 4×, as libebur128/`ebur128` use).
const PHASE_TAPS: usize = 12;
/// Frames of history before the interpolated interval (taps span frames `n-5 ..= n+6`).
const HISTORY: usize = 5;

/// Suggested limiter look-ahead: long enough for a smooth (≈ 5 ms) attack on speech and music
/// transients, short enough not to pump.
pub const LIMITER_LOOKAHEAD_MS: f32 = 5.0;
/// Suggested limiter release time constant.
pub const LIMITER_RELEASE_MS: f32 = 100.0;
/// EBU R128 broadcast ceiling (dBTP).
pub const BROADCAST_CEILING_DBTP: f32 = -1.0;
/// Loudspeaker MP3 profile ceiling before encoding (dBTP; LAME adds 0.2–0.4 dB of peak).
pub const LOUDSPEAKER_CEILING_DBTP: f32 = -2.0;

/// Decibels to a linear amplitude factor.
pub fn db_to_lin(db: f32) -> f32 {
    10f32.powf(db / 20.0)
}

/// Linear amplitude to decibels (−∞ for 0).
pub fn lin_to_db(lin: f32) -> f32 {
    20.0 * lin.log10()
}

/// Milliseconds to a whole number of frames (rounded, never negative).
pub fn ms_to_frames(ms: f32, rate: u32) -> usize {
    let f = f64::from(ms.max(0.0)) * f64::from(rate) / 1000.0;
    if f.is_finite() { f.round() as usize } else { 0 }
}

fn chans(a: &Audio) -> usize {
    usize::from(a.channels.max(1))
}

// ---------------------------------------------------------------------------------------------
// Trim, fade, channels, gain
// ---------------------------------------------------------------------------------------------

/// Removes leading and trailing silence: everything before the first and after the last frame in
/// which any channel's `|sample|` exceeds `threshold_db` (dBFS), keeping `keep_ms` of the quiet
/// material on each side (clamped to what exists). An entirely silent input gives an empty buffer
/// with the same rate and channels.
///
/// The cut lands in material below the threshold, so the step it leaves is at most that small;
/// follow with [`fade`] to make the edges smooth.
pub fn trim_silence(a: &Audio, threshold_db: f32, keep_ms: f32) -> Audio {
    let ch = chans(a);
    let thr = db_to_lin(threshold_db);
    let loud = |f: &[f32]| f.iter().any(|s| s.abs() > thr);
    let frames = a.samples.len() / ch;
    let body = &a.samples[..frames * ch];
    let empty = Audio { rate: a.rate, channels: a.channels, samples: Vec::new() };
    let Some(first) = body.chunks_exact(ch).position(loud) else {
        return empty;
    };
    let last = frames - 1 - body.chunks_exact(ch).rev().position(loud).unwrap_or(0);
    let keep = ms_to_frames(keep_ms, a.rate);
    let start = first.saturating_sub(keep);
    let end = (last + 1 + keep).min(frames);
    Audio { rate: a.rate, channels: a.channels, samples: body[start * ch..end * ch].to_vec() }
}

/// Equal-power fade curve: `sin(π/2 · x)` for `x` in 0..=1 (−3 dB at the midpoint). A fade-out
/// over the same frames uses `fade_curve(1 − x)`, so the powers of a crossfade sum to exactly 1.
pub fn fade_curve(x: f32) -> f32 {
    (std::f32::consts::FRAC_PI_2 * x.clamp(0.0, 1.0)).sin()
}

/// Gain of frame `i` (of `n`) of a clip with `fade_in` and `fade_out` frames of equal-power fades.
/// Positions are taken at frame centres (`(i + ½) / len`), so a fade-out and a fade-in of the same
/// length laid over the same frames are exact complements.
fn edge_gain(i: usize, n: usize, fade_in: usize, fade_out: usize) -> f32 {
    let mut g = 1.0;
    if i < fade_in {
        g *= fade_curve(((i as f64 + 0.5) / fade_in as f64) as f32);
    }
    if fade_out > 0 && i + fade_out >= n {
        g *= fade_curve(((n - i) as f64 - 0.5) as f32 / fade_out as f32);
    }
    g
}

/// Applies an equal-power fade-in over the first `in_ms` and a fade-out over the last `out_ms` (each
/// clamped to the buffer). The edges start and end within `sin(π/4/len)` of zero and the curve has
/// no step, so a faded cut does not click. Overlapping fades multiply.
pub fn fade(a: &mut Audio, in_ms: f32, out_ms: f32) {
    let ch = chans(a);
    let n = a.samples.len() / ch;
    let fi = ms_to_frames(in_ms, a.rate).min(n);
    let fo = ms_to_frames(out_ms, a.rate).min(n);
    for (i, frame) in a.samples.chunks_exact_mut(ch).enumerate() {
        if i >= fi && i + fo < n {
            continue;
        }
        let g = edge_gain(i, n, fi, fo);
        frame.iter_mut().for_each(|s| *s *= g);
    }
}

/// Stereo copy: mono is duplicated to both channels, stereo is cloned, more channels keep the
/// first two (front left/right).
pub fn to_stereo(a: &Audio) -> Audio {
    let ch = usize::from(a.channels);
    let samples = match ch {
        0 => Vec::new(),
        1 => a.samples.iter().flat_map(|&s| [s, s]).collect(),
        2 => a.samples.clone(),
        _ => a.samples.chunks_exact(ch).flat_map(|f| [f[0], f[1]]).collect(),
    };
    Audio { rate: a.rate, channels: 2, samples }
}

/// Mono copy: the average of all channels (never louder than the loudest channel, so it cannot
/// clip where the input did not).
pub fn to_mono(a: &Audio) -> Audio {
    let ch = usize::from(a.channels);
    let samples = match ch {
        0 => Vec::new(),
        1 => a.samples.clone(),
        _ => {
            let k = 1.0 / ch as f32;
            a.samples.chunks_exact(ch).map(|f| f.iter().sum::<f32>() * k).collect()
        }
    };
    Audio { rate: a.rate, channels: 1, samples }
}

/// Multiplies every sample by `db` decibels (no clipping guard: limit afterwards).
pub fn gain_db(a: &mut Audio, db: f32) {
    let g = db_to_lin(db);
    a.samples.iter_mut().for_each(|s| *s *= g);
}

/// Gain (dB) that moves `measured_lufs` to `target_lufs`. A non-finite measurement (silence
/// measures −∞) gives 0 dB rather than an infinite gain.
pub fn normalize_gain(measured_lufs: f64, target_lufs: f64) -> f32 {
    let g = target_lufs - measured_lufs;
    if g.is_finite() { g as f32 } else { 0.0 }
}

// ---------------------------------------------------------------------------------------------
// Timeline mixer with ducking
// ---------------------------------------------------------------------------------------------

/// What a clip is on the timeline; beds are ducked under voice, jingles and voice are not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Voice,
    Bed,
    Jingle,
}

/// Where a clip's samples are: in memory, or spooled to a file of raw interleaved `f32`
/// (little-endian) and read back block by block while mixing, so a long programme is mixed
/// without holding its clips in memory.
#[derive(Debug, Clone, PartialEq)]
pub enum Samples {
    Memory(Audio),
    Spooled { path: PathBuf, rate: u32, channels: u16, frames: usize },
}

impl From<Audio> for Samples {
    fn from(a: Audio) -> Self {
        Samples::Memory(a)
    }
}

impl Samples {
    /// Writes `a` to `path` and returns the spooled clip.
    pub fn spool(a: &Audio, path: &Path) -> io::Result<Samples> {
        let mut f = io::BufWriter::new(File::create(path)?);
        for s in &a.samples[..a.frames() * chans(a)] {
            f.write_all(&s.to_le_bytes())?;
        }
        f.flush()?;
        Ok(Samples::Spooled { path: path.to_path_buf(), rate: a.rate, channels: a.channels.max(1), frames: a.frames() })
    }

    pub fn rate(&self) -> u32 {
        match self {
            Samples::Memory(a) => a.rate,
            Samples::Spooled { rate, .. } => *rate,
        }
    }

    pub fn channels(&self) -> usize {
        match self {
            Samples::Memory(a) => chans(a),
            Samples::Spooled { channels, .. } => usize::from((*channels).max(1)),
        }
    }

    pub fn frames(&self) -> usize {
        match self {
            Samples::Memory(a) => a.frames(),
            Samples::Spooled { frames, .. } => *frames,
        }
    }
}

/// One clip placed on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    /// The clip's samples (48 kHz; all clips of a mix must share one rate). Mono clips are spread
    /// to every output channel, multichannel clips are averaged into a mono output, other layouts
    /// map channel by channel (extra input channels dropped, extra output channels left silent).
    pub audio: Samples,
    /// First output frame.
    pub start: usize,
    /// Frames on the timeline: the samples' length, or longer to loop them (a bed under a long
    /// segment), or shorter to cut them.
    pub length: usize,
    /// Static gain.
    pub gain_db: f32,
    /// Equal-power fade-in length in frames.
    pub fade_in: usize,
    /// Equal-power fade-out length in frames. Overlapping one clip's fade-out with the next clip's
    /// fade-in of the same length is an equal-power crossfade.
    pub fade_out: usize,
    /// Beds are ducked under voice.
    pub role: Role,
}

impl Clip {
    /// A clip of `audio` at `start`, played once, at unity gain, without fades.
    pub fn new(audio: impl Into<Samples>, start: usize, role: Role) -> Clip {
        let audio = audio.into();
        Clip { length: audio.frames(), audio, start, gain_db: 0.0, fade_in: 0, fade_out: 0, role }
    }

    /// Frame after the clip's last frame.
    pub fn end(&self) -> usize {
        self.start + self.length
    }
}

/// How beds duck under voice. The envelope is computed from the voice clips' spans on the
/// timeline, not by detecting speech.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ducking {
    /// Bed gain while voice is on (dB, negative).
    pub depth_db: f32,
    /// How long before a voice span the bed starts going down.
    pub lookahead_ms: f32,
    /// Duration of the (raised-cosine, in dB) move down.
    pub attack_ms: f32,
    /// Duration of the move back up after a voice span ends.
    pub release_ms: f32,
    /// Gaps between voice spans shorter than this keep the bed down.
    pub bridge_ms: f32,
}

impl Default for Ducking {
    /// The figures from `design/stack.md`: look-ahead 150 ms, attack 120 ms (so the bed is fully
    /// down 30 ms before the first word), release 700 ms, gaps under 2 s bridged, and a 15 dB depth:
    /// with the bed level-matched to the voice before mixing, that leaves it ≈ 15 LU under the
    /// voice, as on the prototype.
    fn default() -> Self {
        Ducking {
            depth_db: -15.0,
            lookahead_ms: 150.0,
            attack_ms: 120.0,
            release_ms: 700.0,
            bridge_ms: 2000.0,
        }
    }
}

/// The duck gain as a function of the output frame: built once from the voice spans, evaluated
/// per frame without allocating.
#[derive(Debug, Clone, PartialEq)]
pub struct DuckEnvelope {
    /// Merged voice spans `[start, end)` in frames, sorted, gaps ≥ bridge.
    spans: Vec<(usize, usize)>,
    /// Sorted frames where a ramp starts or ends: between two of them the gain is either constant
    /// or on one ramp.
    breaks: Vec<usize>,
    lookahead: usize,
    attack: usize,
    release: usize,
    depth_db: f32,
    depth_lin: f32,
}

/// Raised-cosine ramp 0→1 over `x` in 0..=1.
fn raised(x: f64) -> f64 {
    0.5 - 0.5 * (PI * x.clamp(0.0, 1.0)).cos()
}

impl DuckEnvelope {
    /// Envelope for the voice clips among `clips`.
    pub fn new(clips: &[Clip], rate: u32, duck: &Ducking) -> Self {
        let spans = clips.iter().filter(|c| c.role == Role::Voice).map(|c| (c.start, c.end()));
        Self::from_spans(spans, rate, duck)
    }

    /// Envelope for explicit voice spans `[start, end)` in frames (any order, may overlap).
    pub fn from_spans(spans: impl IntoIterator<Item = (usize, usize)>, rate: u32, duck: &Ducking) -> Self {
        let mut raw: Vec<(usize, usize)> = spans.into_iter().filter(|(s, e)| e > s).collect();
        raw.sort_unstable();
        let bridge = ms_to_frames(duck.bridge_ms, rate);
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(raw.len());
        for (s, e) in raw {
            match merged.last_mut() {
                Some(last) if s < last.1 + bridge || s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let lookahead = ms_to_frames(duck.lookahead_ms, rate);
        let attack = ms_to_frames(duck.attack_ms, rate);
        let release = ms_to_frames(duck.release_ms, rate);
        let mut breaks: Vec<usize> = merged
            .iter()
            .flat_map(|&(s, e)| {
                let on = s.saturating_sub(lookahead);
                [on, (s + attack).saturating_sub(lookahead), e, e + release]
            })
            .collect();
        breaks.sort_unstable();
        breaks.dedup();
        DuckEnvelope {
            spans: merged,
            breaks,
            lookahead,
            attack,
            release,
            depth_db: duck.depth_db,
            depth_lin: db_to_lin(duck.depth_db),
        }
    }

    /// The stretch of constant gain or single ramp containing frame `t`: `(Some(gain), end)` when
    /// the gain is `gain` for every frame in `t..end`, `(None, end)` when it is ramping there.
    /// Lets the mixer evaluate the envelope once per stretch instead of once per frame.
    pub fn segment(&self, t: usize) -> (Option<f32>, usize) {
        let end = self.breaks.get(self.breaks.partition_point(|&b| b <= t)).copied().unwrap_or(usize::MAX);
        let first = self.spans.partition_point(|&(_, e)| e + self.release <= t);
        let t_i = t as i64;
        let ramping = self.spans[first..]
            .iter()
            .take_while(|&&(s, _)| s as i64 - self.lookahead as i64 <= t_i)
            .any(|&(s, e)| {
                let on = s as i64 - self.lookahead as i64;
                t_i < on + self.attack as i64 || (e <= t && t < e + self.release)
            });
        (if ramping { None } else { Some(self.gain(t)) }, end)
    }

    /// The merged (bridged) voice spans.
    pub fn spans(&self) -> &[(usize, usize)] {
        &self.spans
    }

    /// How far down the bed is at frame `t`: 0 = unity, 1 = full depth.
    pub fn weight(&self, t: usize) -> f32 {
        let first = self.spans.partition_point(|&(_, e)| e + self.release <= t);
        let t_i = t as i64;
        let mut w = 0.0f64;
        for &(s, e) in &self.spans[first..] {
            // Signed: a voice at the very start has its ramp partly before frame 0.
            let on = s as i64 - self.lookahead as i64;
            if t_i < on {
                break;
            }
            let down = if self.attack == 0 { 1.0 } else { raised((t_i - on) as f64 / self.attack as f64) };
            let up = if t < e {
                1.0
            } else if self.release == 0 {
                0.0
            } else {
                1.0 - raised((t - e) as f64 / self.release as f64)
            };
            w = w.max(down.min(up));
            if w >= 1.0 {
                break;
            }
        }
        w as f32
    }

    /// Linear bed gain at frame `t` (exactly 1.0 away from voice, exactly the depth under it).
    pub fn gain(&self, t: usize) -> f32 {
        let w = self.weight(t);
        if w <= 0.0 {
            1.0
        } else if w >= 1.0 {
            self.depth_lin
        } else {
            db_to_lin(self.depth_db * w)
        }
    }
}

/// Mixes clips on a sample-accurate timeline into `channels` output channels (0 counts as 1):
/// a [`Timeline`] read to the end.
pub fn mix(clips: &[Clip], channels: u16, duck: &Ducking) -> io::Result<Audio> {
    let mut timeline = Timeline::new(clips, channels, duck)?;
    let mut samples = Vec::with_capacity(timeline.len() * usize::from(channels.max(1)));
    let mut block = Vec::new();
    while timeline.next_block(&mut block, 1 << 16)? {
        samples.extend_from_slice(&block);
    }
    Ok(Audio { rate: timeline.rate(), channels: channels.max(1), samples })
}

/// The streaming mixer: renders the timeline block by block.
///
/// The output is exactly as long as the latest clip end (`start + length`), at the clips' rate
/// (48 kHz when there are no clips). Each clip gets its static gain and its equal-power edge fades;
/// [`Role::Bed`] clips are also multiplied by the [`DuckEnvelope`] of the voice clips. Overlaps
/// simply sum: crossfades come from the clips' fades. Nothing is clipped (the limiter comes later).
/// Every output frame is a function of its position only, so blocks of any size give the same
/// samples, and a rewound timeline renders the same programme again.
pub struct Timeline<'a> {
    clips: &'a [Clip],
    env: DuckEnvelope,
    rate: u32,
    channels: usize,
    len: usize,
    pos: usize,
    /// Open spool files of the clips being played, with the frame they are at.
    readers: Vec<Option<(File, usize)>>,
    src: Vec<f32>,
    bytes: Vec<u8>,
}

impl<'a> Timeline<'a> {
    /// A timeline of `clips`; an error if they do not all share one sample rate.
    pub fn new(clips: &'a [Clip], channels: u16, duck: &Ducking) -> io::Result<Self> {
        let rate = clips.first().map_or(48_000, |c| c.audio.rate());
        if clips.iter().any(|c| c.audio.rate() != rate) {
            return Err(io::Error::other("all clips of a mix must share one sample rate (resample first)"));
        }
        Ok(Timeline {
            clips,
            env: DuckEnvelope::new(clips, rate, duck),
            rate,
            channels: usize::from(channels.max(1)),
            len: clips.iter().map(Clip::end).max().unwrap_or(0),
            pos: 0,
            readers: Vec::new(),
            src: Vec::new(),
            bytes: Vec::new(),
        })
    }

    /// Frames in the programme.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn rate(&self) -> u32 {
        self.rate
    }

    pub fn channels(&self) -> u16 {
        self.channels as u16
    }

    /// Back to the first frame.
    pub fn rewind(&mut self) {
        self.pos = 0;
        self.readers.clear();
    }

    /// Replaces `out` with the next (up to) `max_frames` frames; `false` when the programme is over.
    pub fn next_block(&mut self, out: &mut Vec<f32>, max_frames: usize) -> io::Result<bool> {
        let n = max_frames.max(1).min(self.len - self.pos);
        out.clear();
        if n == 0 {
            return Ok(false);
        }
        out.resize(n * self.channels, 0.0);
        if self.readers.len() != self.clips.len() {
            self.readers = (0..self.clips.len()).map(|_| None).collect();
        }
        let (b0, b1) = (self.pos, self.pos + n);
        for (k, clip) in self.clips.iter().enumerate() {
            let (r0, r1) = (b0.max(clip.start), b1.min(clip.end()));
            if r0 >= r1 {
                if clip.end() <= b0 {
                    self.readers[k] = None; // done with it
                }
                continue;
            }
            let in_ch = clip.audio.channels();
            read_clip(clip, r0 - clip.start, r1 - r0, &mut self.readers[k], &mut self.src, &mut self.bytes)?;
            let dst = &mut out[(r0 - b0) * self.channels..(r1 - b0) * self.channels];
            add_clip(clip, &self.env, r0 - clip.start, &self.src, in_ch, dst, self.channels);
        }
        self.pos = b1;
        Ok(true)
    }
}

/// Fills `src` with the clip's samples for clip frames `from .. from + n` (looping them when the
/// clip is longer than its samples).
fn read_clip(clip: &Clip, from: usize, n: usize, reader: &mut Option<(File, usize)>, src: &mut Vec<f32>, bytes: &mut Vec<u8>) -> io::Result<()> {
    let ch = clip.audio.channels();
    let frames = clip.audio.frames();
    src.clear();
    if frames == 0 {
        src.resize(n * ch, 0.0);
        return Ok(());
    }
    let mut i = from;
    while i < from + n {
        let at = i % frames;
        let take = (frames - at).min(from + n - i);
        match &clip.audio {
            Samples::Memory(a) => src.extend_from_slice(&a.samples[at * ch..(at + take) * ch]),
            Samples::Spooled { path, .. } => {
                if reader.is_none() {
                    *reader = Some((File::open(path)?, 0));
                }
                if let Some((file, pos)) = reader.as_mut() {
                    if *pos != at {
                        file.seek(SeekFrom::Start((at * ch * 4) as u64))?;
                    }
                    bytes.resize(take * ch * 4, 0);
                    file.read_exact(bytes)?;
                    *pos = at + take;
                    src.extend(bytes.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])));
                }
            }
        }
        i += take;
    }
    Ok(())
}

/// Adds clip frames `i0 ..` (their samples in `src`, `in_ch` interleaved) into `dst` with the
/// clip's gain, edge fades and, for beds, the duck envelope.
fn add_clip(clip: &Clip, env: &DuckEnvelope, i0: usize, src: &[f32], in_ch: usize, dst: &mut [f32], out_ch: usize) {
    let n = clip.length;
    let lin = db_to_lin(clip.gain_db);
    let bed = clip.role == Role::Bed;
    let (mut duck_gain, mut duck_until) = (Some(1.0f32), 0usize);
    for (k, (src, dst)) in src.chunks_exact(in_ch).zip(dst.chunks_exact_mut(out_ch)).enumerate() {
        let i = i0 + k;
        let mut g = lin;
        if i < clip.fade_in || i + clip.fade_out >= n {
            g *= edge_gain(i, n, clip.fade_in, clip.fade_out);
        }
        if bed {
            let t = clip.start + i;
            if t >= duck_until {
                (duck_gain, duck_until) = env.segment(t);
            }
            g *= duck_gain.unwrap_or_else(|| env.gain(t));
        }
        if g == 0.0 {
            continue;
        }
        if in_ch == out_ch {
            dst.iter_mut().zip(src).for_each(|(d, s)| *d += s * g);
        } else if in_ch == 1 {
            dst.iter_mut().for_each(|d| *d += src[0] * g);
        } else if out_ch == 1 {
            dst[0] += src.iter().sum::<f32>() / in_ch as f32 * g;
        } else {
            // Other layouts: matching channels only (extra inputs dropped, extra outputs silent).
            dst.iter_mut().zip(src).for_each(|(d, s)| *d += s * g);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// True peak (4× oversampled) and the look-ahead limiter
// ---------------------------------------------------------------------------------------------

/// Polyphase coefficients of the 4× interpolator for the three in-between phases (phase 0 is the
/// sample itself). Prototype: 49-tap Hann-windowed sinc with cut-off at the original Nyquist,
/// the design of libebur128 and the `ebur128` crate, so our estimate agrees with the meter that
/// checks the master. Row `p-1`, column `j+5` is the weight of frame `n+j` for the point `n+p/4`.
fn interp_coeffs() -> [[f32; PHASE_TAPS]; OVERSAMPLE - 1] {
    let half = 24.0; // (49 - 1) / 2 oversampled taps
    let mut c = [[0.0f32; PHASE_TAPS]; OVERSAMPLE - 1];
    for (p, row) in c.iter_mut().enumerate() {
        for (idx, w) in row.iter_mut().enumerate() {
            let j = idx as f64 - HISTORY as f64;
            let m = (p + 1) as f64 - OVERSAMPLE as f64 * j; // offset from the centre, oversampled taps
            let x = PI * m / OVERSAMPLE as f64;
            let sinc = if m == 0.0 { 1.0 } else { x.sin() / x };
            let window = 0.5 * (1.0 - (PI * (m + half) / half).cos());
            *w = (sinc * window) as f32;
        }
    }
    c
}

/// Frames per scanner chunk (scratch buffers are this big, allocated once per call).
const CHUNK: usize = 1024;

/// 4× oversampled interval peaks, computed one channel and one chunk at a time so the FIR loops
/// run over contiguous slices (they vectorise), with a cheap bound that skips chunks which
/// cannot exceed a threshold.
struct PeakScanner {
    coef: [[f32; PHASE_TAPS]; OVERSAMPLE - 1],
    /// `max(1, Σ|c|)` over the phases: no interpolated point exceeds this × the window's peak.
    bound: f32,
    /// One channel, frames `start-5 .. start+len+6` (zeros outside the buffer).
    xs: Vec<f32>,
    acc: Vec<f32>,
    /// Per-frame peak of the interval `[n, n+1)`, max over channels.
    out: Vec<f32>,
}

impl PeakScanner {
    fn new() -> Self {
        let coef = interp_coeffs();
        let bound = coef.iter().map(|r| r.iter().map(|c| c.abs()).sum::<f32>()).fold(1.0f32, f32::max);
        PeakScanner {
            coef,
            bound,
            xs: vec![0.0; CHUNK + PHASE_TAPS - 1],
            acc: vec![0.0; CHUNK],
            out: vec![0.0; CHUNK],
        }
    }

    /// Fills `self.out[..len]` with the interval peaks of frames `start .. start+len`
    /// (`len ≤ CHUNK`) and returns `true` — or returns `false` without computing when the chunk's
    /// samples prove that no point can exceed `skip_at_or_below`.
    fn scan(&mut self, samples: &[f32], ch: usize, start: usize, len: usize, skip_at_or_below: f32) -> bool {
        let frames = samples.len() / ch;
        let lo = start.saturating_sub(HISTORY);
        let hi = (start + len + PHASE_TAPS - HISTORY).min(frames);
        let window_peak = samples[lo * ch..hi * ch].iter().fold(0.0f32, |m, x| m.max(x.abs()));
        if window_peak * self.bound <= skip_at_or_below {
            return false;
        }
        let (xs, acc, out) = (&mut self.xs[..len + PHASE_TAPS - 1], &mut self.acc[..len], &mut self.out[..len]);
        out.fill(0.0);
        for c in 0..ch {
            for (i, x) in xs.iter_mut().enumerate() {
                *x = match (start + i).checked_sub(HISTORY) {
                    Some(k) if k < frames => samples[k * ch + c],
                    _ => 0.0,
                };
            }
            for (o, x) in out.iter_mut().zip(&xs[HISTORY..]) {
                *o = o.max(x.abs());
            }
            for row in &self.coef {
                acc.fill(0.0);
                for (t, &k) in row.iter().enumerate() {
                    for (a, x) in acc.iter_mut().zip(&xs[t..t + len]) {
                        *a += k * x;
                    }
                }
                for (o, a) in out.iter_mut().zip(acc.iter()) {
                    *o = o.max(a.abs());
                }
            }
        }
        true
    }
}

/// Linear 4× oversampled peak over all channels.
fn peak_oversampled(a: &Audio) -> f32 {
    let ch = chans(a);
    let samples = &a.samples[..a.samples.len() / ch * ch];
    let frames = samples.len() / ch;
    let mut scanner = PeakScanner::new();
    let mut peak = 0.0f32;
    for start in (0..frames).step_by(CHUNK) {
        let len = CHUNK.min(frames - start);
        if scanner.scan(samples, ch, start, len, peak) {
            peak = scanner.out[..len].iter().copied().fold(peak, f32::max);
        }
    }
    peak
}

/// True-peak estimate in dBFS (dBTP): the largest `|value|` of the signal 4× oversampled with a
/// 49-tap windowed-sinc polyphase interpolator (ITU-R BS.1770 Annex 2 style, the `ebur128` design;
/// it reads ≈ +0.1 dB high on a full-scale tone at fs/4, as that meter does). Outside the buffer the
/// signal is taken as silence. −∞ for silence or an empty buffer.
pub fn peak_dbfs_oversampled(a: &Audio) -> f32 {
    lin_to_db(peak_oversampled(a))
}

/// What [`limit`] did.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LimiterReport {
    /// Largest gain reduction applied (dB, ≥ 0).
    pub max_reduction_db: f32,
    /// Number of sample frames (one per channel group) whose gain was reduced.
    pub samples_limited: usize,
}

/// Passes of limit-then-remeasure. Changing gain under the interpolator's 12-frame support can
/// leave overs of a few hundredths of a dB; later passes re-scan only what the previous one changed.
const MAX_PASSES: usize = 8;
/// A reduction smaller than this (−0.0001 dB) ends the release: gain snaps back to exactly 1.
const RELEASE_FLOOR: f64 = 1e-5;
/// Overs are brought to this far under the ceiling (dB), so the small overshoot that changing
/// gain under the interpolator leaves rarely needs another pass.
const AIM_DB: f32 = -0.01;

/// Look-ahead true-peak limiter: keeps the 4× oversampled peak ([`peak_dbfs_oversampled`]) at or
/// below `ceiling_dbtp`.
///
/// The gain is linked across channels (the stereo image does not move). For every oversampled
/// point over the ceiling, the frames that make it up get the requirement `ceiling / peak`; the
/// requirement is held for `lookahead_ms` *before* it (a sliding minimum), released afterwards with
/// an exponential recovery of time constant `release_ms`, then smoothed by two box filters whose
/// combined length equals the look-ahead. That keeps the gain at or under the requirement at every
/// peak while ramping down over the look-ahead along an S-shaped, step-free curve (the steepest
/// change is about 2 × reduction / look-ahead per frame). The result is re-measured and the few
/// leftovers limited again.
///
/// **Timing:** the whole buffer is known, so the look-ahead reads ahead in the input and the output
/// is *not* delayed: it stays sample-aligned with the input and keeps its length.
///
/// Only acts where needed: if nothing exceeds the ceiling the buffer is untouched (bit-identical)
/// and nothing is allocated; away from overs (before the look-ahead, after the release has decayed)
/// samples stay bit-identical too.
pub fn limit(a: &mut Audio, ceiling_dbtp: f32, lookahead_ms: f32, release_ms: f32) -> LimiterReport {
    report(&limit_gains(a, ceiling_dbtp, lookahead_ms, release_ms))
}

fn report(gains: &[f32]) -> LimiterReport {
    if gains.is_empty() {
        return LimiterReport::default();
    }
    let min_gain = gains.iter().copied().fold(1.0f32, f32::min);
    LimiterReport { max_reduction_db: -lin_to_db(min_gain), samples_limited: gains.iter().filter(|&&g| g < 1.0).count() }
}

/// [`limit`], returning the gain applied to each frame (empty when nothing was over).
fn limit_gains(a: &mut Audio, ceiling_dbtp: f32, lookahead_ms: f32, release_ms: f32) -> Vec<f32> {
    let ch = chans(a);
    let whole = a.samples.len() / ch * ch;
    let samples = &mut a.samples[..whole];
    let ceiling = db_to_lin(ceiling_dbtp);
    let lookahead = ms_to_frames(lookahead_ms, a.rate).max(1);
    let release_frames = f64::from(release_ms.max(0.0)) * f64::from(a.rate) / 1000.0;
    let release_coef = if release_frames > 0.0 { (-1.0 / release_frames).exp() } else { 0.0 };
    let mut scanner = PeakScanner::new();

    // `total`: product of all passes' gains (the first pass's curve, moved in). `work`: later
    // passes, allocated only if a second pass is needed. Both empty while nothing is over.
    let mut total: Vec<f32> = Vec::new();
    let mut work: Vec<f32> = Vec::new();
    let mut dirty: Option<Vec<bool>> = None;
    for pass in 0..MAX_PASSES {
        let buf = if pass == 0 { &mut total } else { &mut work };
        if !requirement(samples, ch, ceiling, &mut scanner, dirty.as_deref(), buf) {
            break;
        }
        gain_curve(buf, lookahead, release_coef);
        for (frame, &g) in samples.chunks_exact_mut(ch).zip(buf.iter()) {
            if g < 1.0 {
                frame.iter_mut().for_each(|s| *s *= g);
            }
        }
        let changed = if pass == 0 { &total } else { &work };
        dirty = Some(changed_chunks(changed));
        if pass > 0 {
            total.iter_mut().zip(&work).for_each(|(t, g)| *t *= g);
        }
    }
    total
}

/// The limiter of [`limit`] over a stream: the input is cut into blocks, each limited inside a
/// window that reaches back over the release (12 time constants, by when a reduction has decayed
/// to nothing) and forward over the look-ahead, and only the block's own frames are kept. The
/// output lags the input by one block plus the look-ahead margin and is otherwise what [`limit`]
/// gives: the ceiling holds everywhere, quiet stretches stay bit-identical, and the memory used is
/// a few seconds of audio whatever the programme's length.
pub struct StreamLimiter {
    audio: Audio,
    ceiling_dbtp: f32,
    lookahead_ms: f32,
    release_ms: f32,
    /// Frames kept before and after a block, and the block length.
    before: usize,
    after: usize,
    block: usize,
    /// Unlimited input; its first `held` frames were already sent out (kept as context).
    buf: Vec<f32>,
    held: usize,
    report: LimiterReport,
}

impl StreamLimiter {
    pub fn new(rate: u32, channels: u16, ceiling_dbtp: f32, lookahead_ms: f32, release_ms: f32) -> Self {
        let lookahead = ms_to_frames(lookahead_ms, rate).max(1);
        StreamLimiter {
            audio: Audio { rate, channels: channels.max(1), samples: Vec::new() },
            ceiling_dbtp,
            lookahead_ms,
            release_ms,
            before: 12 * ms_to_frames(release_ms, rate) + 2 * lookahead + 4 * PHASE_TAPS,
            after: 2 * lookahead + 4 * PHASE_TAPS,
            block: 10 * rate.max(1) as usize,
            buf: Vec::new(),
            held: 0,
            report: LimiterReport::default(),
        }
    }

    /// Takes more input; passes on every block that is complete.
    pub fn push(&mut self, input: &[f32], out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<()> {
        self.buf.extend_from_slice(input);
        while self.frames() >= self.held + self.block + self.after {
            self.process(self.held + self.block + self.after, self.block, out)?;
        }
        Ok(())
    }

    /// Passes on the rest; returns what the limiter did over the whole stream.
    pub fn finish(mut self, out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<LimiterReport> {
        let n = self.frames();
        if n > self.held {
            self.process(n, n - self.held, out)?;
        }
        Ok(self.report)
    }

    fn frames(&self) -> usize {
        self.buf.len() / chans(&self.audio)
    }

    fn process(&mut self, window: usize, emit: usize, out: &mut dyn FnMut(&[f32]) -> io::Result<()>) -> io::Result<()> {
        let ch = chans(&self.audio);
        self.audio.samples.clear();
        self.audio.samples.extend_from_slice(&self.buf[..window * ch]);
        let gains = limit_gains(&mut self.audio, self.ceiling_dbtp, self.lookahead_ms, self.release_ms);
        out(&self.audio.samples[self.held * ch..(self.held + emit) * ch])?;
        if !gains.is_empty() {
            let r = report(&gains[self.held..self.held + emit]);
            self.report.max_reduction_db = self.report.max_reduction_db.max(r.max_reduction_db);
            self.report.samples_limited += r.samples_limited;
        }
        let next = self.held + emit;
        let drop = next.saturating_sub(self.before);
        self.buf.drain(..drop * ch);
        self.held = next - drop;
        Ok(())
    }
}



/// Which scanner chunks have a frame within the interpolator's reach that `gain` reduced.
fn changed_chunks(gain: &[f32]) -> Vec<bool> {
    (0..gain.len())
        .step_by(CHUNK)
        .map(|start| {
            let near = start.saturating_sub(PHASE_TAPS)..(start + CHUNK + PHASE_TAPS).min(gain.len());
            gain[near].iter().any(|&g| g < 1.0)
        })
        .collect()
}

/// Fills `req` with the per-frame gain needed so that no oversampled point exceeds `ceiling`
/// (times a hair of margin, [`AIM_DB`]): the requirement of the interval `[n, n+1)` goes to every
/// frame under the interpolator (`n-5 ..= n+6`). Only chunks marked in `dirty` are scanned (all
/// when `None`). Returns `false`, leaving `req` untouched (nothing allocated), when no point is over.
fn requirement(
    samples: &[f32],
    ch: usize,
    ceiling: f32,
    scanner: &mut PeakScanner,
    dirty: Option<&[bool]>,
    req: &mut Vec<f32>,
) -> bool {
    let frames = samples.len() / ch;
    let aim = ceiling * db_to_lin(AIM_DB);
    let mut any = false;
    for (chunk, start) in (0..frames).step_by(CHUNK).enumerate() {
        let len = CHUNK.min(frames - start);
        if dirty.is_some_and(|d| !d[chunk]) || !scanner.scan(samples, ch, start, len, ceiling) {
            continue;
        }
        for (q, &peak) in scanner.out[..len].iter().enumerate() {
            if peak > ceiling {
                if !any {
                    req.clear();
                    req.resize(frames, 1.0);
                    any = true;
                }
                let n = start + q;
                let g = aim / peak;
                let support = n.saturating_sub(HISTORY)..(n + PHASE_TAPS - HISTORY + 1).min(frames);
                req[support].iter_mut().for_each(|r| *r = r.min(g));
            }
        }
    }
    any
}

/// Turns a per-frame requirement into a smooth gain curve, in place: look-ahead minimum hold,
/// exponential release, two box filters of combined length `lookahead`.
fn gain_curve(g: &mut [f32], lookahead: usize, release_coef: f64) {
    // 1. Sliding minimum over [k, k + lookahead): the gain is down before the peak arrives.
    let mut window: VecDeque<(usize, f32)> = VecDeque::with_capacity(lookahead + 1);
    for k in (0..g.len()).rev() {
        let v = g[k];
        while window.back().is_some_and(|&(_, b)| b >= v) {
            window.pop_back();
        }
        window.push_back((k, v));
        while window.front().is_some_and(|&(i, _)| i >= k + lookahead) {
            window.pop_front();
        }
        g[k] = window.front().map_or(v, |&(_, m)| m);
    }
    // 2. Release: recover exponentially towards 1, never above the held requirement.
    // The state is the reduction in f64: in f32, `1 − r` stalls near 1 (the per-frame recovery
    // drops below half an ulp), leaving a permanent ≈ −0.001 dB.
    let mut red = 0.0f64;
    for x in g.iter_mut() {
        red *= release_coef;
        if red < RELEASE_FLOOR {
            red = 0.0;
        }
        red = red.max(1.0 - f64::from(*x));
        *x = (1.0 - red) as f32;
    }
    // 3. Two causal box filters, lengths summing to lookahead + 1 (combined support = lookahead
    // frames, all inside the hold window of every peak they reach).
    let first = lookahead / 2 + 1;
    let second = lookahead + 1 - first;
    box_filter(g, first);
    box_filter(g, second);
}

/// Causal moving average of length `len`, in place. Works on the
/// reduction `1 − g` and counts non-zero entries, so a window of unity gains gives exactly 1.0.
fn box_filter(g: &mut [f32], len: usize) {
    if len <= 1 {
        return;
    }
    // Before the start the input is taken as its first value (the held requirement of frame 0),
    // so a signal that is loud from its first sample is already limited there.
    let Some(&first) = g.first() else {
        return;
    };
    let mut ring = vec![1.0 - first; len];
    let mut sum = f64::from(1.0 - first) * len as f64;
    let mut nonzero = if first < 1.0 { len } else { 0 };
    let mut slot = 0;
    for x in g.iter_mut() {
        slot = if slot + 1 == len { 0 } else { slot + 1 };
        if nonzero == 0 && *x == 1.0 {
            continue; // idle: the whole window is unity
        }
        let (old, new) = (ring[slot], 1.0 - *x);
        ring[slot] = new;
        nonzero = nonzero + usize::from(new != 0.0) - usize::from(old != 0.0);
        if nonzero == 0 {
            sum = 0.0;
            *x = 1.0;
        } else {
            sum += f64::from(new) - f64::from(old);
            *x = ((1.0 - sum / len as f64) as f32).min(1.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 48_000;

    /// Deterministic white noise in −amp..amp (xorshift).
    fn noise(frames: usize, amp: f32, seed: u64) -> Vec<f32> {
        let mut x = seed.max(1);
        (0..frames)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ((x >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0) as f32 * amp
            })
            .collect()
    }

    fn sine(frames: usize, freq: f64, amp: f32, phase: f64) -> Vec<f32> {
        (0..frames)
            .map(|n| (amp as f64 * (2.0 * PI * freq * n as f64 / f64::from(RATE) + phase).sin()) as f32)
            .collect()
    }

    fn mono(samples: Vec<f32>) -> Audio {
        Audio { rate: RATE, channels: 1, samples }
    }

    fn secs(s: f64) -> usize {
        (s * f64::from(RATE)).round() as usize
    }

    /// RMS in dBFS of channel-interleaved `samples` over frames `[from, to)`.
    fn rms_db(samples: &[f32], ch: usize, from: usize, to: usize) -> f32 {
        let s = &samples[from * ch..to * ch];
        let p: f64 = s.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>() / s.len() as f64;
        (10.0 * p.log10()) as f32
    }

    fn ebur128_true_peak_db(a: &Audio) -> f32 {
        let mut m = ebur128::EbuR128::new(u32::from(a.channels), a.rate, ebur128::Mode::TRUE_PEAK)
            .expect("meter");
        m.add_frames_f32(&a.samples).expect("frames");
        let tp = (0..u32::from(a.channels)).map(|c| m.true_peak(c).expect("tp")).fold(0.0, f64::max);
        (20.0 * tp.log10()) as f32
    }

    // --- trim, fade, channels, gain -------------------------------------------------------------

    #[test]
    fn trim_keeps_the_requested_margin() {
        let mut s = vec![0.0; secs(1.0)];
        s.extend(sine(secs(0.5), 440.0, 0.1, 0.5));
        s.extend(noise(secs(1.0), db_to_lin(-70.0), 3));
        let t = trim_silence(&mono(s), -50.0, 20.0);
        let expected = secs(0.5) + 2 * secs(0.02);
        assert!(t.frames().abs_diff(expected) <= 2, "{} vs {expected}", t.frames());
        // The kept margin is the quiet material, the body starts right after it.
        assert!(t.samples[..secs(0.02)].iter().all(|&x| x == 0.0));
        assert!(t.samples[secs(0.02) + 1].abs() > db_to_lin(-50.0));
    }

    #[test]
    fn trim_looks_at_every_channel_and_empties_silence() {
        let mut s = vec![0.0f32; 2 * 1000];
        s[2 * 500 + 1] = 0.5; // right channel only
        let a = Audio { rate: RATE, channels: 2, samples: s };
        let t = trim_silence(&a, -40.0, 0.0);
        assert_eq!((t.frames(), t.samples[1]), (1, 0.5));
        let silent = trim_silence(&mono(vec![0.0; 1000]), -60.0, 10.0);
        assert!(silent.samples.is_empty());
        assert_eq!((silent.rate, silent.channels), (RATE, 1));
    }

    #[test]
    fn fade_is_equal_power_and_step_free() {
        let n = secs(1.0);
        let mut a = mono(vec![1.0; n]);
        fade(&mut a, 100.0, 200.0);
        let (fi, fo) = (secs(0.1), secs(0.2));
        let s = &a.samples;
        // Edges start/end near zero, the middle is untouched, the midpoint is −3 dB.
        assert!(s[0] < 2e-4 && s[n - 1] < 1e-4, "{} {}", s[0], s[n - 1]);
        assert!(s[fi..n - fo].iter().all(|&x| x == 1.0));
        assert!((lin_to_db(s[fi / 2]) + 3.01).abs() < 0.02, "{}", lin_to_db(s[fi / 2]));
        assert!((lin_to_db(s[n - fo / 2]) + 3.01).abs() < 0.02);
        // Monotonic, and no step larger than the curve's slope allows (π/2 per fade length).
        let max_step = s.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0, f32::max);
        assert!(max_step <= std::f32::consts::FRAC_PI_2 / fi as f32 * 1.001, "{max_step}");
        assert!(s[..fi].windows(2).all(|w| w[1] >= w[0]));
        assert!(s[n - fo..].windows(2).all(|w| w[1] <= w[0]));
    }

    #[test]
    fn channel_conversion_and_gain() {
        let m = mono(vec![0.5, -0.25]);
        let st = to_stereo(&m);
        assert_eq!((st.channels, st.samples.clone()), (2, vec![0.5, 0.5, -0.25, -0.25]));
        assert_eq!(to_mono(&st), m);
        // Full-scale, opposite channels: the average cannot clip.
        let loud = Audio { rate: RATE, channels: 2, samples: vec![1.0, 1.0, 1.0, -1.0, -1.0, -1.0] };
        assert_eq!(to_mono(&loud).samples, vec![1.0, 0.0, -1.0]);
        let surround = Audio { rate: RATE, channels: 3, samples: vec![0.1, 0.2, 0.3] };
        assert_eq!(to_stereo(&surround).samples, vec![0.1, 0.2]);
        let mut g = mono(vec![0.5, -0.5]);
        gain_db(&mut g, -20.0);
        assert!(g.samples.iter().all(|x| (x.abs() - 0.05).abs() < 1e-7));
        gain_db(&mut g, 20.0 * 2f32.log10());
        assert!(g.samples.iter().all(|x| (x.abs() - 0.1).abs() < 1e-7));
    }

    #[test]
    fn normalize_gain_is_the_difference() {
        assert_eq!(normalize_gain(-30.0, -23.0), 7.0);
        assert_eq!(normalize_gain(-12.5, -16.0), -3.5);
        assert_eq!(normalize_gain(f64::NEG_INFINITY, -23.0), 0.0);
    }

    // --- mixer and ducking ----------------------------------------------------------------------

    fn clip(samples: Vec<f32>, start: usize, role: Role) -> Clip {
        Clip::new(mono(samples), start, role)
    }

    /// The in-memory mix (cannot fail: no files).
    fn mix(clips: &[Clip], channels: u16, duck: &Ducking) -> Audio {
        super::mix(clips, channels, duck).expect("in-memory mix")
    }

    #[test]
    fn bed_ducks_by_depth_and_short_gaps_are_bridged() {
        let duck = Ducking::default();
        let bed = clip(noise(secs(20.0), 0.1, 7), 0, Role::Bed);
        // Voice 2–5 s, 6–9 s (1 s gap: bridged), 14–16 s (5 s gap: not bridged).
        let spans = [(2.0, 5.0), (6.0, 9.0), (14.0, 16.0)];
        let voices: Vec<Clip> =
            spans.iter().map(|&(a, b)| clip(sine(secs(b - a), 300.0, 0.3, 0.0), secs(a), Role::Voice)).collect();
        let mut all = vec![bed];
        all.extend(voices.iter().cloned());
        let full = mix(&all, 1, &duck);
        let voice_only = mix(&voices, 1, &duck);
        assert_eq!(full.frames(), secs(20.0));
        // The mix is linear: what remains after removing the voices is the ducked bed.
        let bed_out: Vec<f32> = full.samples.iter().zip(&voice_only.samples).map(|(a, b)| a - b).collect();
        let level = |a: f64, b: f64| rms_db(&bed_out, 1, secs(a), secs(b));
        let open = level(11.0, 13.0); // inside the 5 s gap, well past release
        let under = level(2.5, 4.5);
        let bridged = level(5.05, 5.95);
        let reopened_before_last = level(14.0 - 0.15 - 0.5, 14.0 - 0.15);
        assert!((under - open - duck.depth_db).abs() < 0.5, "under {under} open {open}");
        assert!((bridged - open - duck.depth_db).abs() < 0.5, "bridged {bridged} open {open}");
        assert!((reopened_before_last - open).abs() < 0.5);
        let env = DuckEnvelope::new(&all, RATE, &duck);
        assert_eq!(env.spans(), &[(secs(2.0), secs(9.0)), (secs(14.0), secs(16.0))]);
        // Release: back to unity exactly release_ms after the voice ends.
        assert_eq!(env.gain(secs(9.0) + secs(0.7)), 1.0);
        assert!(env.gain(secs(9.0) + secs(0.35)) < 1.0);
        eprintln!("bed open {open:.2} dB, under voice {under:.2} dB, in 1 s gap {bridged:.2} dB");
    }

    #[test]
    fn duck_starts_before_the_voice_by_the_lookahead() {
        let duck = Ducking::default();
        let onset = secs(3.0);
        let bed = clip(vec![0.5; secs(6.0)], 0, Role::Bed); // DC: the output *is* the envelope
        let voice = clip(vec![0.0; secs(1.0)], onset, Role::Voice);
        let out = mix(&[bed, voice], 1, &duck);
        let s = &out.samples;
        let la = secs(0.15);
        assert_eq!(s[onset - la - 1], 0.5);
        let first_move = s.iter().position(|&x| x < 0.5 * 0.9999).expect("ducks");
        let lead_ms = (onset - first_move) as f32 * 1000.0 / RATE as f32;
        assert!((lead_ms - 150.0).abs() < 5.0, "envelope starts {lead_ms} ms before the voice");
        // Fully down at attack end (30 ms before the first word), smooth all the way.
        let depth = 0.5 * db_to_lin(duck.depth_db);
        assert!((s[onset - la + secs(0.12)] - depth).abs() < 1e-6);
        assert!((s[onset] - depth).abs() < 1e-6);
        let max_step = s.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0, f32::max);
        assert!(max_step < 0.5 / secs(0.12) as f32 * 2.0, "{max_step}");
        eprintln!("duck lead {lead_ms:.2} ms, max step {max_step:e}");
    }

    #[test]
    fn envelope_segments_agree_with_per_frame_gain() {
        // Overlapping, touching, bridged and isolated spans, a voice at frame 0, and short
        // release/bridge so neighbouring ramps overlap.
        let duck = Ducking { bridge_ms: 100.0, release_ms: 300.0, ..Ducking::default() };
        let spans = [(0, 2000), (1500, 9000), (15_000, 15_500), (30_000, 60_000), (70_000, 71_000)];
        let env = DuckEnvelope::from_spans(spans, RATE, &duck);
        let mut t = 0;
        while t < 100_000 {
            let (constant, end) = env.segment(t);
            assert!(end > t);
            for u in t..end.min(100_000) {
                if let Some(g) = constant {
                    assert_eq!(env.gain(u), g, "frame {u} in constant stretch from {t}");
                }
            }
            t = end;
        }
        assert_eq!(env.spans(), &[(0, 9000), (15_000, 15_500), (30_000, 60_000), (70_000, 71_000)]);
        // Ramps that would start before frame 0 are already under way there: a voice at frame 0
        // finds the bed fully down, one 62.5 ms in finds it part-way.
        assert_eq!(env.weight(0), 1.0);
        let late = DuckEnvelope::from_spans([(3000, 5000)], RATE, &duck);
        assert!(late.weight(0) > 0.0 && late.weight(0) < 1.0 && late.weight(3000 - 1440) == 1.0);
    }

    #[test]
    fn mix_length_crossfades_and_channel_layouts() {
        let duck = Ducking::default();
        let xf = secs(0.5);
        let mut a = clip(noise(secs(2.0), 0.2, 11), 0, Role::Jingle);
        a.fade_out = xf;
        let mut b = clip(noise(secs(2.0), 0.2, 12), secs(2.0) - xf, Role::Jingle);
        b.fade_in = xf;
        b.gain_db = 0.0;
        let c = Clip::new(to_stereo(&mono(noise(secs(0.3), 0.2, 13))), secs(3.2) + 17, Role::Voice);
        let out = mix(&[a, b, c.clone()], 2, &duck);
        assert_eq!(out.frames(), c.end());
        assert_eq!(out.frames(), secs(3.5) + 17);
        // Equal-power crossfade of uncorrelated material: level stays put across the overlap.
        let reference = rms_db(&out.samples, 2, secs(0.5), secs(1.0));
        for k in 0..10 {
            let from = secs(1.5) + k * secs(0.05);
            let l = rms_db(&out.samples, 2, from, from + secs(0.05));
            assert!((l - reference).abs() < 0.5, "window {k}: {l} vs {reference}");
        }
        // Mono clip into a mono mix of a stereo clip: averaged.
        let st = Clip::new(Audio { rate: RATE, channels: 2, samples: vec![0.5, 0.1, 0.5, 0.1] }, 3, Role::Jingle);
        let m = mix(&[st], 1, &duck);
        assert_eq!(m.samples, vec![0.0, 0.0, 0.0, 0.3, 0.3]);
        assert_eq!(mix(&[], 2, &duck).samples.len(), 0);
    }

    #[test]
    fn timeline_streams_spooled_clips_in_any_block_size() {
        let dir = tempfile::tempdir().expect("temp dir");
        let duck = Ducking::default();
        let bed_audio = mono(noise(secs(1.3), 0.1, 21));
        let voice_audio = to_stereo(&mono(noise(secs(2.0), 0.3, 22)));
        let clips_with = |bed: Samples, voice: Samples| {
            vec![
                Clip { length: secs(6.0), fade_in: secs(0.5), fade_out: secs(1.0), ..Clip::new(bed, 0, Role::Bed) },
                Clip::new(voice, secs(1.7) + 3, Role::Voice),
            ]
        };
        let memory = clips_with(bed_audio.clone().into(), voice_audio.clone().into());
        let spooled = clips_with(
            Samples::spool(&bed_audio, &dir.path().join("bed.f32")).expect("spool"),
            Samples::spool(&voice_audio, &dir.path().join("voice.f32")).expect("spool"),
        );
        let whole = mix(&memory, 2, &duck);
        assert_eq!(whole.frames(), secs(6.0));
        // The bed loops: 1.3 s later the (undocked, unfaded) samples repeat.
        let k = secs(0.55);
        assert_eq!(whole.samples[2 * k], bed_audio.samples[k]);
        for block in [1usize, 999, 48_000, 1 << 20] {
            let mut t = Timeline::new(&spooled, 2, &duck).expect("timeline");
            let mut out = Vec::new();
            let mut b = Vec::new();
            while t.next_block(&mut b, block).expect("read") {
                out.extend_from_slice(&b);
            }
            assert_eq!(out, whole.samples, "block size {block}");
            t.rewind();
            assert!(t.next_block(&mut b, 10).expect("read again") && b[..] == whole.samples[..20]);
        }
        let mut other_rate = Clip::new(mono(vec![0.0; 10]), 0, Role::Voice);
        other_rate.audio = Audio { rate: 44_100, channels: 1, samples: vec![0.0; 10] }.into();
        assert!(Timeline::new(&[memory[0].clone(), other_rate], 2, &duck).is_err());
    }

    #[test]
    fn stream_limiter_holds_the_ceiling_and_matches_the_whole_buffer_away_from_overs() {
        // 25 s: quiet noise with three loud bursts, one straddling the 10 s block boundary.
        let n = secs(25.0);
        let mut s = noise(n, 0.05, 31);
        for (at, len) in [(2.0, 0.3), (9.9, 0.4), (18.0, 1.0)] {
            let burst = sine(secs(len), 997.0, db_to_lin(4.0), 0.2);
            s[secs(at)..secs(at) + burst.len()].iter_mut().zip(&burst).for_each(|(x, b)| *x += b);
        }
        let input = Audio { rate: RATE, channels: 2, samples: s.iter().flat_map(|&x| [x, 0.7 * x]).collect() };
        let mut whole = input.clone();
        let whole_report = limit(&mut whole, -1.0, 1.5, 50.0);
        let mut streamed = Vec::new();
        let mut limiter = StreamLimiter::new(RATE, 2, -1.0, 1.5, 50.0);
        for piece in input.samples.chunks(2 * 4321) {
            limiter.push(piece, &mut |b| {
                streamed.extend_from_slice(b);
                Ok(())
            })
            .expect("push");
        }
        let report = limiter
            .finish(&mut |b| {
                streamed.extend_from_slice(b);
                Ok(())
            })
            .expect("finish");
        assert_eq!(streamed.len(), input.samples.len());
        let out = Audio { rate: RATE, channels: 2, samples: streamed };
        assert!(peak_dbfs_oversampled(&out) <= -1.0 + 0.05, "{}", peak_dbfs_oversampled(&out));
        assert!((report.max_reduction_db - whole_report.max_reduction_db).abs() < 0.05, "{report:?} {whole_report:?}");
        // Quiet stretches far from the bursts are untouched, as with the whole buffer.
        for (a, b) in [(0.5, 1.5), (5.0, 9.5), (12.0, 17.5), (21.0, 25.0)] {
            let r = 2 * secs(a)..2 * secs(b);
            assert_eq!(out.samples[r.clone()], input.samples[r.clone()], "{a}–{b} s");
            assert_eq!(whole.samples[r.clone()], input.samples[r], "{a}–{b} s (whole)");
        }
    }

    #[test]
    fn jingles_are_not_ducked() {
        let duck = Ducking::default();
        let j = clip(vec![0.25; secs(2.0)], 0, Role::Jingle);
        let v = clip(vec![0.0; secs(1.0)], secs(0.5), Role::Voice);
        let out = mix(&[j, v], 1, &duck);
        assert!(out.samples.iter().all(|&x| x == 0.25));
    }

    // --- true peak and limiter ------------------------------------------------------------------

    #[test]
    fn oversampled_peak_finds_inter_sample_overs() {
        // fs/4 sine at 45°: every sample sits at ±0.707·A, the true peak is A between them.
        let a = mono(sine(secs(0.2), 12_000.0, 1.0, PI / 4.0));
        let sample_peak = a.samples.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        assert!((lin_to_db(sample_peak) + 3.01).abs() < 0.01);
        let tp = peak_dbfs_oversampled(&a);
        // The 49-tap Hann-windowed sinc has ≈ +0.1 dB of ripple at fs/4 (the meter's too).
        assert!(tp.abs() < 0.15, "fs/4 true peak {tp}");
        // 997 Hz: within a hair of the analytic peak.
        let b = mono(sine(secs(0.2), 997.0, 0.5, 0.3));
        assert!((peak_dbfs_oversampled(&b) - lin_to_db(0.5)).abs() < 0.01);
        // Same interpolator as the `ebur128` meter that checks the master.
        let c = Audio { rate: RATE, channels: 2, samples: noise(secs(0.5) * 2, 0.8, 5) };
        let (ours, meter) = (peak_dbfs_oversampled(&c), ebur128_true_peak_db(&c));
        assert!((ours - meter).abs() < 0.01, "ours {ours} ebur128 {meter}");
        assert_eq!(peak_dbfs_oversampled(&mono(vec![0.0; 100])), f32::NEG_INFINITY);
        eprintln!("fs/4 sine: sample peak {:.2} dBFS, true peak {tp:.3} dBTP", lin_to_db(sample_peak));
    }

    #[test]
    fn limiter_holds_the_ceiling_on_inter_sample_overs() {
        let amp = db_to_lin(3.0);
        for (freq, phase) in [(12_000.0, PI / 4.0), (997.0, 0.1), (11_025.0, 0.7)] {
            let mut a = Audio { rate: RATE, channels: 2, samples: Vec::new() };
            let s = sine(secs(1.0), freq, amp, phase);
            a.samples = s.iter().flat_map(|&x| [x, -0.5 * x]).collect();
            let before = peak_dbfs_oversampled(&a);
            let report = limit(&mut a, -1.0, LIMITER_LOOKAHEAD_MS, LIMITER_RELEASE_MS);
            let after = peak_dbfs_oversampled(&a);
            let meter = ebur128_true_peak_db(&a);
            eprintln!(
                "{freq} Hz: {before:.2} dBTP → {after:.3} dBTP (ebur128 {meter:.3}), reduction {:.2} dB, {} frames",
                report.max_reduction_db, report.samples_limited
            );
            assert!(after <= -1.0 + 0.1, "{freq} Hz: {after}");
            assert!(meter <= -1.0 + 0.1, "{freq} Hz: ebur128 {meter}");
            assert!((report.max_reduction_db - (before + 1.0)).abs() < 0.2);
            assert_eq!(a.samples.len(), secs(1.0) * 2);
        }
    }

    #[test]
    fn limiter_leaves_quiet_signals_bit_identical() {
        let mut a = mono(sine(secs(1.0), 12_000.0, db_to_lin(-3.0), PI / 4.0));
        a.samples.iter_mut().zip(noise(secs(1.0), 0.05, 9)).for_each(|(s, n)| *s += n);
        assert!(peak_dbfs_oversampled(&a) < -1.0);
        let before = a.clone();
        let report = limit(&mut a, -1.0, LIMITER_LOOKAHEAD_MS, LIMITER_RELEASE_MS);
        assert_eq!(report, LimiterReport::default());
        assert_eq!(a, before);
    }

    #[test]
    fn limiter_is_aligned_smooth_and_local() {
        // Quiet tone throughout, a +3 dBFS burst in the middle.
        let n = secs(3.0);
        let (on, off) = (secs(0.8), secs(1.2));
        let mut s = sine(n, 440.0, 0.1, 0.0);
        let burst = sine(off - on, 997.0, db_to_lin(3.0), 0.0);
        s[on..off].iter_mut().zip(&burst).for_each(|(x, b)| *x += b);
        let input = mono(s);
        let mut a = input.clone();
        let report = limit(&mut a, -1.0, LIMITER_LOOKAHEAD_MS, LIMITER_RELEASE_MS);
        assert!(peak_dbfs_oversampled(&a) <= -1.0 + 0.1);
        // Untouched before the look-ahead window; after the burst, only the release tail differs.
        let la = ms_to_frames(LIMITER_LOOKAHEAD_MS, RATE);
        let first_diff = a.samples.iter().zip(&input.samples).position(|(x, y)| x != y).unwrap_or(n);
        let last_diff = n - a.samples.iter().zip(&input.samples).rev().position(|(x, y)| x != y).unwrap_or(n);
        // The release (τ = 100 ms) snaps to unity once under 1e-5 of reduction: ≈ 10.6 τ after 0.37.
        eprintln!("first changed frame {first_diff} (burst {on}), last {last_diff} (burst end {off})");
        assert!(first_diff + la + 1 >= on && first_diff < on, "first changed frame {first_diff}");
        assert!(last_diff < off + secs(1.2), "last changed frame {last_diff}");
        // Sample-aligned, never delayed: out = g·in with g in (0, 1], changing smoothly.
        // (Gain read as out/in where the input is not near a zero crossing; changes compared
        // between adjacent frames only.)
        let mut prev: Option<f32> = None;
        let mut max_change = 0.0f32;
        let mut min_gain = 1.0f32;
        for (o, i) in a.samples.iter().zip(&input.samples) {
            if i.abs() < 0.02 {
                prev = None;
                continue;
            }
            let g = o / i;
            assert!(g > 0.0 && g <= 1.0, "gain {g}");
            if let Some(p) = prev {
                max_change = max_change.max((g - p).abs());
            }
            prev = Some(g);
            min_gain = min_gain.min(g);
        }
        // Gain change per frame bounded by ~2·reduction / look-ahead (a step would be ~0.37).
        let bound = 2.0 * (1.0 - min_gain) / la as f32 * 1.5;
        assert!(max_change <= bound, "max gain change per frame {max_change} > {bound}");
        eprintln!(
            "burst: reduction {:.2} dB over {} frames, max gain change {max_change:.2e}/frame",
            report.max_reduction_db, report.samples_limited
        );
    }
}
