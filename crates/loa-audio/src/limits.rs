//! Resource limits of the radio engine, in one place. Each is far beyond a real bulletin, so
//! only a wrong or damaged file reaches it; it is then refused with a located diagnostic before
//! minutes of decoding, resampling and mixing are spent on it.

/// Longest jingle, music bed or recording in a bulletin, in seconds (30 minutes). A bulletin's
/// segments last seconds to a few minutes; a longer file is a whole programme or a day's
/// recording given by mistake (or a header that lies, e.g. 4 GB of data at 1 Hz).
pub const MAX_SEGMENT_S: f64 = 30.0 * 60.0;

/// Longest bulletin, in seconds (2 hours): the sum of its segments and pauses. Stations air
/// bulletins of a few minutes; two hours of 48 kHz stereo is already 2.7 GB of samples to mix.
pub const MAX_PROGRAMME_S: f64 = 2.0 * 3600.0;
