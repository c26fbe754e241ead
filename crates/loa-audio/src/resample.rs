//! Sample-rate conversion to 48 kHz (the broadcast rate) with rubato's synchronous FFT resampler.

use rubato::audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler, WindowFunction};

use crate::Audio;

/// The rate every Loa master is made at.
pub const TARGET_RATE: u32 = 48_000;

/// Input frames per FFT block (rounded up by rubato to a multiple of the rate pair's minimum
/// block). One large block (no sub-chunks) gives the steepest anti-aliasing filter.
const CHUNK: usize = 4096;

/// Resamples to 48 kHz (a copy when the audio already is at 48 kHz). The output is aligned with
/// the input (rubato's delay is removed) and has `round(frames × 48000 / rate)` frames.
pub fn to_48k(a: &Audio) -> Result<Audio, String> {
    resample(a, TARGET_RATE)
}

/// Resamples to any rate (see [`to_48k`]).
pub fn resample(a: &Audio, rate_out: u32) -> Result<Audio, String> {
    if a.channels == 0 {
        return Err("cannot resample audio with 0 channels".to_string());
    }
    if a.rate == 0 || rate_out == 0 {
        return Err(format!(
            "cannot resample from {} Hz to {rate_out} Hz",
            a.rate
        ));
    }
    let channels = usize::from(a.channels);
    if !a.samples.len().is_multiple_of(channels) {
        return Err(format!(
            "{} samples do not divide into {channels} channels",
            a.samples.len()
        ));
    }
    if a.rate == rate_out {
        return Ok(a.clone());
    }
    let frames_in = a.samples.len() / channels;
    let frames_out = ((frames_in as u128 * u128::from(rate_out) + u128::from(a.rate) / 2)
        / u128::from(a.rate)) as usize;
    if frames_in == 0 {
        return Ok(Audio {
            rate: rate_out,
            channels: a.channels,
            samples: Vec::new(),
        });
    }
    let mut resampler = Fft::<f32>::new_custom(
        a.rate as usize,
        rate_out as usize,
        CHUNK,
        1,
        channels,
        WindowFunction::BlackmanHarris2,
        FixedSync::Input,
    )
    .map_err(|e| format!("cannot resample from {} Hz to {rate_out} Hz: {e}", a.rate))?;
    let input = InterleavedSlice::new(&a.samples, channels, frames_in)
        .map_err(|e| format!("resampler input: {e}"))?;
    let output = resampler
        .process_all(&input, frames_in, None)
        .map_err(|e| format!("resampling from {} Hz to {rate_out} Hz failed: {e}", a.rate))?;
    let mut samples = output.take_data();
    samples.resize(frames_out * channels, 0.0);
    Ok(Audio {
        rate: rate_out,
        channels: a.channels,
        samples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_signals::sine;

    /// Upward zero crossings of channel `ch` between `from` and `to` seconds, with linear
    /// interpolation of the crossing instants: (count, first, last) in seconds.
    fn crossings(a: &Audio, ch: usize, from: f64, to: f64) -> (usize, f64, f64) {
        let n = usize::from(a.channels);
        let rate = f64::from(a.rate);
        let x: Vec<f64> = a
            .samples
            .iter()
            .skip(ch)
            .step_by(n)
            .map(|&s| f64::from(s))
            .collect();
        let (lo, hi) = ((from * rate) as usize, ((to * rate) as usize).min(x.len()));
        let mut times = Vec::new();
        for i in lo.max(1)..hi {
            if x[i - 1] < 0.0 && x[i] >= 0.0 {
                let t = (i - 1) as f64 + x[i - 1] / (x[i - 1] - x[i]);
                times.push(t / rate);
            }
        }
        (times.len(), times[0], times[times.len() - 1])
    }

    #[test]
    fn sine_44k1_keeps_frequency_and_duration() {
        let a = sine(44_100, 2, 1000.0, 3.0, 0.5);
        let b = to_48k(&a).expect("resample");
        assert_eq!(b.rate, 48_000);
        assert_eq!(b.channels, 2);
        assert!(
            (b.duration_s() - a.duration_s()).abs() < 0.001,
            "{} s",
            b.duration_s()
        );
        assert_eq!(b.frames(), 144_000);
        // Zero crossings over the steady part: same count, and the same instants (no delay).
        let (na, fa, la) = crossings(&a, 0, 0.1, 2.9);
        let (nb, fb, lb) = crossings(&b, 1, 0.1, 2.9);
        assert_eq!(na, nb);
        let freq = (nb - 1) as f64 / (lb - fb);
        assert!((freq - 1000.0).abs() < 0.01, "{freq} Hz");
        assert!(
            (fa - fb).abs() < 2e-6 && (la - lb).abs() < 2e-6,
            "{fa} {fb} {la} {lb}"
        );
        // Amplitude kept (passband flat), no clicks at the ends.
        let peak = b.samples[4800..b.samples.len() - 4800]
            .iter()
            .fold(0f32, |m, s| m.max(s.abs()));
        assert!((peak - 0.5).abs() < 0.005, "peak {peak}");
        assert!(b.samples.iter().all(|s| s.abs() < 0.56));
    }

    #[test]
    fn other_rates_and_identity() {
        for rate in [8_000, 11_025, 16_000, 22_050, 32_000, 96_000, 44_056] {
            let a = sine(rate, 1, 440.0, 1.0, 0.25);
            let b = to_48k(&a).expect("resample");
            assert!(
                (b.duration_s() - 1.0).abs() < 0.001,
                "{rate}: {}",
                b.duration_s()
            );
            let (n, f, l) = crossings(&b, 0, 0.1, 0.9);
            let freq = (n - 1) as f64 / (l - f);
            assert!((freq - 440.0).abs() < 0.05, "{rate}: {freq}");
        }
        let a = sine(48_000, 2, 440.0, 0.1, 0.25);
        assert_eq!(to_48k(&a).expect("identity"), a);
        let empty = Audio {
            rate: 44_100,
            channels: 2,
            samples: Vec::new(),
        };
        assert_eq!(to_48k(&empty).expect("empty").samples.len(), 0);
        assert!(
            to_48k(&Audio {
                rate: 44_100,
                channels: 0,
                samples: vec![]
            })
            .is_err()
        );
        assert!(
            to_48k(&Audio {
                rate: 0,
                channels: 1,
                samples: vec![0.0]
            })
            .is_err()
        );
        assert!(
            to_48k(&Audio {
                rate: 44_100,
                channels: 2,
                samples: vec![0.0; 3]
            })
            .is_err()
        );
    }
}
