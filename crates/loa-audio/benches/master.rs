//! Benchmark: master a programme for broadcast — read, measure (EBU R128), gain to −23 LUFS,
//! true-peak limit to −1 dBTP, measure again, write BWF 24-bit — with the same streaming
//! `master::master` that `loa build` runs on every bulletin. Run through `bench/radio.sh`:
//!
//!     cargo bench -p loa-audio --bench master -- IN.wav OUT.wav RUNS
//!
//! Prints one JSON line with the median time of RUNS runs. The input is read block by block, so
//! peak memory does not grow with the programme's length.

use loa_audio::master::{self, Programme, Target, Wav};
use loa_audio::bwf;
use std::io;
use std::time::Instant;

/// A 16- or 24-bit PCM WAV file read block by block: hound finds the data chunk, the samples are
/// then converted from the raw bytes in bulk.
struct WavFile {
    path: String,
    rate: u32,
    channels: u16,
    bytes_per_sample: usize,
    /// Bytes of sample data left.
    left: u64,
    data: io::BufReader<std::fs::File>,
    raw: Vec<u8>,
}

impl WavFile {
    fn open(path: &str) -> io::Result<Self> {
        let reader = hound::WavReader::open(path).map_err(io::Error::other)?;
        let spec = reader.spec();
        if spec.sample_format != hound::SampleFormat::Int || !matches!(spec.bits_per_sample, 16 | 24) {
            return Err(io::Error::other("16- or 24-bit PCM only"));
        }
        let bytes_per_sample = usize::from(spec.bits_per_sample / 8);
        let left = u64::from(reader.len()) * bytes_per_sample as u64;
        Ok(WavFile { path: path.to_string(), rate: spec.sample_rate, channels: spec.channels, bytes_per_sample, left, data: reader.into_inner(), raw: Vec::new() })
    }
}

impl Programme for WavFile {
    fn rate(&self) -> u32 {
        self.rate
    }
    fn channels(&self) -> u16 {
        self.channels
    }
    fn rewind(&mut self) -> io::Result<()> {
        *self = WavFile::open(&self.path)?;
        Ok(())
    }
    fn next_block(&mut self, out: &mut Vec<f32>, max_frames: usize) -> io::Result<bool> {
        use io::Read;
        let want = (max_frames * usize::from(self.channels) * self.bytes_per_sample).min(self.left as usize);
        self.raw.resize(want, 0);
        self.data.read_exact(&mut self.raw)?;
        self.left -= want as u64;
        out.clear();
        if self.bytes_per_sample == 3 {
            out.extend(self.raw.chunks_exact(3).map(|b| (i32::from_le_bytes([0, b[0], b[1], b[2]]) >> 8) as f32 / 8_388_608.0));
        } else {
            out.extend(self.raw.chunks_exact(2).map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32_768.0));
        }
        Ok(!out.is_empty())
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let [input, output, runs] = args.as_slice() else {
        eprintln!("usage: master IN.wav OUT.wav RUNS");
        std::process::exit(2);
    };
    let runs: usize = runs.parse().expect("RUNS");
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let mut programme = WavFile::open(input).expect("input");
        let bext = bwf::Bext {
            description: "benchmark".into(),
            originator: "Loa".into(),
            originator_reference: "bench".into(),
            origination_date: "2000-01-01".into(),
            origination_time: "00:00:00".into(),
            coding_history: "A=PCM,F=48000,W=24,M=stereo,T=Loa\r\n".into(),
            loudness: None,
        };
        let mut delivery = Wav::new(output.into(), programme.channels(), 24, bext);
        let target = Target { lufs: -23.0, ceiling_dbtp: -1.0 };
        let (reduction, after) = master::master(&mut programme, target, &mut delivery).expect("master");
        times.push(start.elapsed().as_secs_f64());
        last = Some((after, reduction));
    }
    times.sort_by(f64::total_cmp);
    let (after, reduction) = last.expect("a run");
    println!(
        "{{\"tool\": \"loa\", \"median_s\": {:.3}, \"runs\": {runs}, \"integrated\": {:.2}, \"true_peak\": {:.2}, \"limiter_db\": {:.2}}}",
        times[times.len() / 2],
        after.integrated,
        after.true_peak_dbtp,
        reduction
    );
}
