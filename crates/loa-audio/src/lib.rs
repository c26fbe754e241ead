//! Loa's audio engine (radio bulletins and loudspeaker files). Work in progress: modules are
//! added as they land.

pub mod bwf;
pub mod decode;
pub mod dsp;
pub mod loudness;
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
