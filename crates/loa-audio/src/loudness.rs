//! EBU R128 / ITU-R BS.1770-4 measurement.
//!
//! Everything but the true peak comes from one pass of the K-weighting filter here: 100 ms block
//! energies (the same filter, channel weights and block length as ebur128), from which the
//! integrated loudness (BS.1770-4 gating), the loudness range (EBU Tech 3342) and the maximum
//! momentary and short-term loudness follow — as libebur128 computes them, checked against the
//! `ebur128` crate in the tests, at half the cost of running its filter beside ours. True peak
//! comes from an ebur128 meter (`Mode::TRUE_PEAK`, 4× oversampling below 96 kHz). Each runs on
//! its own thread, fed block by block.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use ebur128::{EbuR128, Mode};

use crate::Audio;

/// Loudness figures of a programme. Levels are `f64::NEG_INFINITY` for digital silence (or when
/// the audio cannot be measured).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Loudness {
    /// Integrated (programme) loudness, LUFS.
    pub integrated: f64,
    /// Loudness range, LU.
    pub range: f64,
    /// Maximum true peak over all channels, dBTP.
    pub true_peak_dbtp: f64,
    /// Maximum momentary loudness (400 ms window, 100 ms steps), LUFS.
    pub max_momentary: f64,
    /// Maximum short-term loudness (3 s window, 100 ms steps), LUFS.
    pub max_short_term: f64,
    /// Duration, seconds.
    pub duration_s: f64,
}

impl Loudness {
    fn unmeasurable(duration_s: f64) -> Self {
        Loudness {
            integrated: f64::NEG_INFINITY,
            range: 0.0,
            true_peak_dbtp: f64::NEG_INFINITY,
            max_momentary: f64::NEG_INFINITY,
            max_short_term: f64::NEG_INFINITY,
            duration_s,
        }
    }
}

/// Measures a programme. Mono is measured as one channel (a dual-mono stereo file of the same
/// signal reads 3 LU louder); channels 3–6 follow the usual L R C LFE Ls Rs layout.
pub fn measure(a: &Audio) -> Loudness {
    let mut meter = Meter::new(a.rate, a.channels);
    meter.add(&a.samples);
    meter.finish()
}

/// A loudness meter fed block by block, so a programme of any length is measured in constant
/// memory (a few hundred kilobytes per hour for the gating blocks). [`measure`] is this meter fed
/// once.
pub struct Meter {
    rate: u32,
    channels: usize,
    frames: usize,
    /// Worker threads, each owning its meters, fed blocks through bounded channels (at most two
    /// blocks wait per worker, so memory stays bounded while reading and measuring overlap).
    workers: Vec<Worker>,
    quick: bool,
    usable: bool,
}

/// What one worker measured (`None`: it failed).
enum Part {
    /// The 100 ms block energies.
    Blocks(Option<Vec<f64>>),
    /// True peak, linear.
    Peak(Option<f64>),
}

impl Meter {
    /// A meter for interleaved audio of `channels` channels at `rate` Hz.
    pub fn new(rate: u32, channels: u16) -> Meter {
        Self::with(rate, channels, false)
    }

    /// A meter of integrated loudness only (a third of the work): the other figures of
    /// [`Meter::finish`] read −∞ (levels) and 0 (range).
    pub fn integrated_only(rate: u32, channels: u16) -> Meter {
        Self::with(rate, channels, true)
    }

    fn with(rate: u32, channels: u16, quick: bool) -> Meter {
        let ch = u32::from(channels);
        let usable = channels > 0 && rate >= 16;
        let mut workers = Vec::new();
        if usable {
            workers.push(worker(move |rx| {
                let mut blocks = BlockEnergies::new(usize::from(channels), rate);
                for block in rx {
                    blocks.add(&block);
                }
                Some(blocks.energies)
            }, Part::Blocks));
            if !quick {
                workers.push(worker(move |rx| {
                    let mut m = EbuR128::new(ch, rate, Mode::TRUE_PEAK).ok()?;
                    for block in rx {
                        m.add_frames_f32(&block).ok()?;
                    }
                    (0..ch).try_fold(0f64, |p, c| m.true_peak(c).map(|v| p.max(v))).ok()
                }, Part::Peak));
            }
        }
        Meter { rate, channels: usize::from(channels), frames: 0, workers, quick, usable }
    }

    /// Adds interleaved samples; an incomplete frame at the end is ignored. The measurement runs
    /// on other threads while the caller goes on.
    pub fn add(&mut self, samples: &[f32]) {
        if self.channels == 0 {
            return;
        }
        let samples = &samples[..samples.len() / self.channels * self.channels];
        if samples.is_empty() {
            return;
        }
        self.frames += samples.len() / self.channels;
        let block: Arc<[f32]> = Arc::from(samples);
        for (tx, _) in &self.workers {
            // A worker that stopped has failed; `finish` reports it.
            let _ = tx.send(Arc::clone(&block));
        }
    }

    /// The figures for everything added.
    pub fn finish(self) -> Loudness {
        let duration_s = if self.rate == 0 { 0.0 } else { self.frames as f64 / f64::from(self.rate) };
        let (mut energies, mut peak) = (None, None);
        for (tx, handle) in self.workers {
            drop(tx);
            match handle.join() {
                Ok(Part::Blocks(e)) => energies = e,
                Ok(Part::Peak(p)) => peak = p,
                Err(_) => return Loudness::unmeasurable(duration_s),
            }
        }
        let Some(energies) = energies.filter(|_| self.usable && self.frames > 0) else {
            return Loudness::unmeasurable(duration_s);
        };
        let mut l = Loudness { integrated: integrated(&energies), ..Loudness::unmeasurable(duration_s) };
        if !self.quick {
            let Some(true_peak) = peak else { return Loudness::unmeasurable(duration_s) };
            l.range = range(&energies);
            l.true_peak_dbtp = 20.0 * true_peak.log10();
            l.max_momentary = max_window_loudness(&energies, 4);
            l.max_short_term = max_window_loudness(&energies, 30);
        }
        l
    }
}

/// Energy of a loudness in LUFS.
fn lufs_to_energy(lufs: f64) -> f64 {
    10f64.powf((lufs + 0.691) / 10.0)
}

/// Integrated loudness (ITU-R BS.1770-4) from the 100 ms block energies: 400 ms gating blocks
/// every 100 ms, an absolute gate at −70 LUFS and a relative gate 10 LU under the mean of the
/// blocks above it — the gating of libebur128, on the same block energies.
fn integrated(energies: &[f64]) -> f64 {
    let blocks: Vec<f64> = energies.windows(4).map(|w| w.iter().sum::<f64>() / 4.0).collect();
    gated_mean(&blocks, -10.0).map_or(f64::NEG_INFINITY, |(mean, _)| energy_to_lufs(mean))
}

/// Loudness range (EBU Tech 3342): 3 s short-term blocks every second, gated at −70 LUFS and
/// 20 LU under their mean; the spread between the 10th and 95th percentiles, as libebur128.
fn range(energies: &[f64]) -> f64 {
    let blocks: Vec<f64> = (0..).map(|k| k * 10).take_while(|s| s + 30 <= energies.len()).map(|s| energies[s..s + 30].iter().sum::<f64>() / 30.0).collect();
    let Some((_, mut kept)) = gated_mean(&blocks, -20.0) else { return 0.0 };
    kept.sort_by(f64::total_cmp);
    let n = kept.len();
    let at = |q: f64| kept[((n - 1) as f64 * q + 0.5) as usize];
    let (lo, hi) = (at(0.10), at(0.95));
    if lo > 0.0 { 10.0 * (hi / lo).log10() } else { 0.0 }
}

/// Blocks above −70 LUFS, then above `relative_lu` under their mean: the mean energy of those
/// and the blocks themselves; `None` when none passes.
fn gated_mean(blocks: &[f64], relative_lu: f64) -> Option<(f64, Vec<f64>)> {
    let absolute = lufs_to_energy(-70.0);
    let above: Vec<f64> = blocks.iter().copied().filter(|&e| e >= absolute).collect();
    if above.is_empty() {
        return None;
    }
    let threshold = above.iter().sum::<f64>() / above.len() as f64 * 10f64.powf(relative_lu / 10.0);
    let kept: Vec<f64> = above.into_iter().filter(|&e| e >= threshold).collect();
    if kept.is_empty() {
        return None;
    }
    Some((kept.iter().sum::<f64>() / kept.len() as f64, kept))
}

/// A measuring thread and the channel that feeds it.
type Worker = (SyncSender<Arc<[f32]>>, JoinHandle<Part>);

/// A measuring thread fed through a bounded channel.
fn worker<T: Send + 'static>(run: impl FnOnce(Receiver<Arc<[f32]>>) -> T + Send + 'static, wrap: fn(T) -> Part) -> Worker {
    let (tx, rx) = sync_channel(2);
    (tx, std::thread::spawn(move || wrap(run(rx))))
}

/// Channel weights of BS.1770 for ebur128's default channel map (L R C LFE Ls Rs; LFE and
/// channels beyond the sixth are not counted).
fn channel_weights(channels: usize) -> Vec<f64> {
    match channels {
        4 => vec![1.0, 1.0, 1.41, 1.41],
        5 => vec![1.0, 1.0, 1.0, 1.41, 1.41],
        n => (0..n)
            .map(|c| match c {
                0..=2 => 1.0,
                4 | 5 => 1.41,
                _ => 0.0,
            })
            .collect(),
    }
}

/// K-weighting pre-filter and RLB high-pass combined into one 4th-order filter (BS.1770-4 with
/// the coefficients recomputed for any rate, as libebur128 does): (numerator, denominator).
#[allow(clippy::excessive_precision)]
fn k_filter(rate: f64) -> ([f64; 5], [f64; 5]) {
    let f0 = 1681.974450955533;
    let gain_db = 3.999843853973347;
    let q = 0.7071752369554196;
    let k = (std::f64::consts::PI * f0 / rate).tan();
    let vh = 10f64.powf(gain_db / 20.0);
    let vb = vh.powf(0.4996667741545416);
    let a0 = 1.0 + k / q + k * k;
    let pb = [
        (vh + vb * k / q + k * k) / a0,
        2.0 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
    ];
    let pa = [1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0];

    let f0 = 38.13547087602444;
    let q = 0.5003270373238773;
    let k = (std::f64::consts::PI * f0 / rate).tan();
    let rb = [1.0, -2.0, 1.0];
    let d = 1.0 + k / q + k * k;
    let ra = [1.0, 2.0 * (k * k - 1.0) / d, (1.0 - k / q + k * k) / d];

    let conv = |x: [f64; 3], y: [f64; 3]| {
        [
            x[0] * y[0],
            x[0] * y[1] + x[1] * y[0],
            x[0] * y[2] + x[1] * y[1] + x[2] * y[0],
            x[1] * y[2] + x[2] * y[1],
            x[2] * y[2],
        ]
    };
    (conv(pb, rb), conv(pa, ra))
}

/// Channel-weighted mean square of the K-weighted signal in each complete 100 ms block
/// (`(rate + 5) / 10` frames, as ebur128), computed as samples arrive: the filter state and the
/// partly filled block carry over from one [`BlockEnergies::add`] to the next.
struct BlockEnergies {
    channels: usize,
    block: usize,
    /// (numerator, denominator) of the K filter.
    filter: ([f64; 5], [f64; 5]),
    weights: Vec<f64>,
    /// Direct form II state per channel.
    state: Vec<[f64; 5]>,
    /// Frames in the current, incomplete block, and its weighted energy so far.
    filled: usize,
    partial: f64,
    energies: Vec<f64>,
}

impl BlockEnergies {
    fn new(channels: usize, rate: u32) -> Self {
        BlockEnergies {
            channels,
            block: ((rate as usize + 5) / 10).max(1),
            filter: k_filter(f64::from(rate.max(1))),
            weights: channel_weights(channels),
            state: vec![[0f64; 5]; channels],
            filled: 0,
            partial: 0.0,
            energies: Vec::new(),
        }
    }

    /// Adds whole interleaved frames.
    fn add(&mut self, samples: &[f32]) {
        let (ch, block) = (self.channels, self.block);
        let frames = samples.len() / ch;
        let mut done = vec![0f64; (self.filled + frames) / block];
        let mut tail = 0f64;
        let (b, a) = self.filter;
        for (c, &weight) in self.weights.iter().enumerate() {
            if weight == 0.0 {
                continue;
            }
            // Direct form II, as ebur128 (so the figures agree to rounding).
            let s = &mut self.state[c];
            let (mut pos, mut k, mut sum) = (self.filled, 0usize, 0f64);
            for x in samples[c..].iter().step_by(ch) {
                s[0] = f64::from(*x) - a[1] * s[1] - a[2] * s[2] - a[3] * s[3] - a[4] * s[4];
                let y = b[0] * s[0] + b[1] * s[1] + b[2] * s[2] + b[3] * s[3] + b[4] * s[4];
                s[4] = s[3];
                s[3] = s[2];
                s[2] = s[1];
                s[1] = s[0];
                sum += y * y;
                pos += 1;
                if pos == block {
                    done[k] += weight * sum / block as f64;
                    (k, pos, sum) = (k + 1, 0, 0.0);
                    // Flush denormals like ebur128 does between calls.
                    for v in s.iter_mut() {
                        if v.abs() < f64::MIN_POSITIVE {
                            *v = 0.0;
                        }
                    }
                }
            }
            tail += weight * sum / block as f64;
        }
        if let Some(first) = done.first_mut() {
            *first += self.partial;
            self.partial = tail;
        } else {
            self.partial += tail;
        }
        self.filled = (self.filled + frames) % block;
        self.energies.extend(done);
    }
}

/// Highest loudness of a window of `len` blocks sliding by one block; the window is filled with
/// silence before the start, as ebur128's meters are.
fn max_window_loudness(blocks: &[f64], len: usize) -> f64 {
    let mut sum = 0f64;
    let mut max = 0f64;
    for (k, e) in blocks.iter().enumerate() {
        sum += e;
        if k >= len {
            sum -= blocks[k - len];
        }
        max = max.max(sum / len as f64);
    }
    energy_to_lufs(max)
}

fn energy_to_lufs(energy: f64) -> f64 {
    if energy <= 0.0 {
        f64::NEG_INFINITY
    } else {
        -0.691 + 10.0 * energy.log10()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_signals::sine;

    #[test]
    fn sine_997_at_minus_20_dbfs() {
        // BS.1770-4: a 0 dBFS 1 kHz sine in ONE of L, C, R reads −3.01 LUFS; the same sine in
        // both channels of a stereo file sums two equal energies (+3.01 LU) and reads 0.00 LUFS.
        // So a −20 dBFS 997 Hz sine in both channels reads −20.0 LUFS, and in one channel
        // (or mono) −23.0 LUFS. Its true peak is −20 dBTP either way.
        let one_channel_full_scale = -3.01;
        let stereo_expected = one_channel_full_scale + 10.0 * 2f64.log10() - 20.0;
        let l = measure(&sine(48_000, 2, 997.0, 10.0, 0.1));
        assert!((l.integrated - stereo_expected).abs() < 0.1, "{l:?}");
        assert!((l.true_peak_dbtp + 20.0).abs() < 0.2, "{l:?}");
        assert!((l.max_momentary - stereo_expected).abs() < 0.1, "{l:?}");
        assert!((l.max_short_term - stereo_expected).abs() < 0.1, "{l:?}");
        assert!(l.range.abs() < 0.1, "{l:?}");
        assert!((l.duration_s - 10.0).abs() < 1e-9);

        // Mono, and the same sine in the left channel only: −23.0 LUFS.
        let mono = measure(&sine(48_000, 1, 997.0, 10.0, 0.1));
        assert!(
            (mono.integrated - (one_channel_full_scale - 20.0)).abs() < 0.1,
            "{mono:?}"
        );
        let mut left = sine(48_000, 2, 997.0, 10.0, 0.1);
        left.samples
            .iter_mut()
            .skip(1)
            .step_by(2)
            .for_each(|s| *s = 0.0);
        let left = measure(&left);
        assert!(
            (left.integrated - (one_channel_full_scale - 20.0)).abs() < 0.1,
            "{left:?}"
        );
        assert!((left.true_peak_dbtp + 20.0).abs() < 0.2, "{left:?}");

        // EBU Tech 3341 case 1: a stereo 1 kHz sine at −23 dBFS reads −23.0 LUFS ±0.1.
        let l = measure(&sine(48_000, 2, 1000.0, 20.0, 10f64.powf(-23.0 / 20.0)));
        assert!((l.integrated + 23.0).abs() < 0.1, "{l:?}");
        // Full scale in one channel: −3.01; other rates.
        let mut full = sine(48_000, 2, 997.0, 5.0, 1.0);
        full.samples
            .iter_mut()
            .skip(1)
            .step_by(2)
            .for_each(|s| *s = 0.0);
        assert!((measure(&full).integrated + 3.01).abs() < 0.02);
        let l = measure(&sine(44_100, 2, 997.0, 5.0, 0.1));
        assert!((l.integrated - stereo_expected).abs() < 0.05, "{l:?}");
    }

    /// Tone bursts of changing level, stereo with different channels.
    fn programme(rate: u32) -> Audio {
        let frames = rate as usize * 20;
        let mut samples = Vec::with_capacity(frames * 2);
        for i in 0..frames {
            let t = i as f64 / f64::from(rate);
            let level = match (t * 1.7) as usize % 5 {
                0 => 0.02,
                1 => 0.3,
                2 => 0.0,
                3 => 0.08,
                _ => 0.6,
            };
            let env = level * (0.5 + 0.5 * (t * 0.9).sin());
            samples.push((env * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as f32);
            samples.push((0.5 * env * (2.0 * std::f64::consts::PI * 2500.0 * t).sin()) as f32);
        }
        Audio {
            rate,
            channels: 2,
            samples,
        }
    }

    #[test]
    fn block_maxima_agree_with_ebur128_polling() {
        // The slow reference: poll ebur128 after every 100 ms (fine for 20 s).
        for rate in [48_000, 44_100] {
            let a = programme(rate);
            let l = measure(&a);
            let mut meter = EbuR128::new(2, rate, Mode::M | Mode::S).expect("meter");
            let block = (rate as usize + 5) / 10;
            let (mut max_m, mut max_s) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
            for chunk in a.samples.chunks(block * 2) {
                if chunk.len() < block * 2 {
                    break;
                }
                meter.add_frames_f32(chunk).expect("add");
                max_m = max_m.max(meter.loudness_momentary().expect("M"));
                max_s = max_s.max(meter.loudness_shortterm().expect("S"));
            }
            assert!(
                (l.max_momentary - max_m).abs() < 0.01,
                "{rate}: {} vs {max_m}",
                l.max_momentary
            );
            assert!(
                (l.max_short_term - max_s).abs() < 0.01,
                "{rate}: {} vs {max_s}",
                l.max_short_term
            );
            assert!(l.range > 3.0, "{l:?}");
        }
    }

    #[test]
    fn integrated_and_range_agree_with_ebur128() {
        for rate in [48_000, 44_100] {
            let mut a = programme(rate);
            // Long enough for a meaningful range, with a quiet stretch under the relative gates.
            let quiet: Vec<f32> = a.samples.iter().map(|s| s * 0.01).collect();
            a.samples.extend(quiet);
            a.samples.extend(programme(rate).samples);
            let ours = measure(&a);
            let mut m = EbuR128::new(2, rate, Mode::I | Mode::LRA).expect("meter");
            m.add_frames_f32(&a.samples).expect("add");
            let (i, lra) = (m.loudness_global().expect("I"), m.loudness_range().expect("LRA"));
            assert!((ours.integrated - i).abs() < 0.01, "{rate}: {} vs {i}", ours.integrated);
            assert!((ours.range - lra).abs() < 0.05, "{rate}: {} vs {lra}", ours.range);
            assert!(lra > 3.0);
        }
    }

    #[test]
    fn meter_fed_in_pieces_agrees_with_one_measurement() {
        let a = programme(48_000);
        let whole = measure(&a);
        let mut meter = Meter::new(48_000, 2);
        // Odd piece sizes, so 100 ms blocks straddle the pieces.
        let mut rest = &a.samples[..];
        for n in [1usize, 777, 4800, 12_345].iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let take = (n * 2).min(rest.len());
            meter.add(&rest[..take]);
            rest = &rest[take..];
        }
        let pieces = meter.finish();
        let mut quick = Meter::integrated_only(48_000, 2);
        quick.add(&a.samples);
        let quick = quick.finish();
        assert!((quick.integrated - whole.integrated).abs() < 1e-9);
        assert_eq!((quick.true_peak_dbtp, quick.range), (f64::NEG_INFINITY, 0.0));
        assert!((pieces.integrated - whole.integrated).abs() < 1e-9, "{pieces:?} {whole:?}");
        assert!((pieces.range - whole.range).abs() < 1e-9);
        assert!((pieces.true_peak_dbtp - whole.true_peak_dbtp).abs() < 1e-9);
        assert!((pieces.max_momentary - whole.max_momentary).abs() < 1e-9);
        assert!((pieces.max_short_term - whole.max_short_term).abs() < 1e-9);
        assert_eq!(pieces.duration_s, whole.duration_s);
    }

    #[test]
    fn silence_and_degenerate_input() {
        let l = measure(&Audio {
            rate: 48_000,
            channels: 2,
            samples: vec![0.0; 96_000],
        });
        assert_eq!(l.integrated, f64::NEG_INFINITY);
        assert_eq!(l.true_peak_dbtp, f64::NEG_INFINITY);
        assert_eq!(l.max_momentary, f64::NEG_INFINITY);
        assert_eq!(l.duration_s, 1.0);
        for a in [
            Audio {
                rate: 48_000,
                channels: 2,
                samples: vec![],
            },
            Audio {
                rate: 48_000,
                channels: 0,
                samples: vec![0.5; 10],
            },
            Audio {
                rate: 0,
                channels: 1,
                samples: vec![0.5; 10],
            },
            Audio {
                rate: 48_000,
                channels: 2,
                samples: vec![0.5; 3],
            },
        ] {
            let l = measure(&a);
            assert_eq!(l.integrated, f64::NEG_INFINITY, "{a:?}");
        }
        // Shorter than one gating block: no integrated loudness, but a true peak.
        let l = measure(&sine(48_000, 1, 997.0, 0.2, 0.5));
        assert_eq!(l.integrated, f64::NEG_INFINITY);
        assert!(
            (l.true_peak_dbtp - 20.0 * 0.5f64.log10()).abs() < 0.2,
            "{l:?}"
        );
    }
}
