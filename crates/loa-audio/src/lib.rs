//! Loa's audio engine (radio bulletins and loudspeaker files): `decode` → `resample` → `dsp`
//! (trim, fade, level, the streaming timeline mixer and limiter) → `loudness` (EBU R128) →
//! `master` (gain, limit, deliver to `bwf` or MP3, measure again) ← `radio` (bulletins from a
//! campaign); `pace` estimates how long a text takes to read aloud (for `loa check`).

pub mod bwf;
pub mod decode;
pub mod dsp;
pub mod limits;
pub mod loudness;
pub mod master;
pub mod pace;
pub mod radio;
pub mod resample;

/// Decoded or generated audio: interleaved `f32` samples in −1.0..1.0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Audio {
    /// Sample rate in Hz.
    pub rate: u32,
    /// Number of interleaved channels.
    pub channels: u16,
    /// Interleaved samples (`frames × channels`).
    pub samples: Vec<f32>,
}

impl Audio {
    /// Number of frames (samples per channel).
    pub fn frames(&self) -> usize {
        if self.channels == 0 { 0 } else { self.samples.len() / usize::from(self.channels) }
    }

    /// Duration in seconds.
    pub fn duration_s(&self) -> f64 {
        if self.rate == 0 { 0.0 } else { self.frames() as f64 / f64::from(self.rate) }
    }
}

/// Signals for the unit tests of several modules.
#[cfg(test)]
pub(crate) mod test_signals {
    use crate::Audio;

    /// A sine of `amp` (linear) at `freq` Hz, the same in every channel.
    pub fn sine(rate: u32, channels: u16, freq: f64, seconds: f64, amp: f64) -> Audio {
        let frames = (f64::from(rate) * seconds).round() as usize;
        let mut samples = Vec::with_capacity(frames * usize::from(channels));
        for i in 0..frames {
            let v = (amp * (2.0 * std::f64::consts::PI * freq * i as f64 / f64::from(rate)).sin()) as f32;
            samples.extend(std::iter::repeat_n(v, usize::from(channels)));
        }
        Audio { rate, channels, samples }
    }
}
