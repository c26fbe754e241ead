//! Benchmark: master a programme for broadcast — read, measure (EBU R128), gain to −23 LUFS,
//! true-peak limit to −1 dBTP, measure again, write BWF 24-bit — with the same streaming
//! `master::master` that `loa build` runs on every bulletin. Run through `bench/radio.sh`:
//!
//!     cargo bench -p loa-audio --bench master -- IN.wav OUT.wav RUNS
//!
//! Prints one JSON line with the median time of RUNS runs. The input is read block by block
//! (hound), so peak memory does not grow with the programme's length.

use loa_audio::master::{self, Programme, Target, Wav};
use loa_audio::bwf;
use std::io;
use std::time::Instant;

/// A 24-bit (or 16-bit) PCM WAV file read block by block.
struct WavFile {
    path: String,
    reader: hound::WavReader<io::BufReader<std::fs::File>>,
}

impl WavFile {
    fn open(path: &str) -> io::Result<Self> {
        let reader = hound::WavReader::open(path).map_err(io::Error::other)?;
        Ok(WavFile { path: path.to_string(), reader })
    }
}

impl Programme for WavFile {
    fn rate(&self) -> u32 {
        self.reader.spec().sample_rate
    }
    fn channels(&self) -> u16 {
        self.reader.spec().channels
    }
    fn rewind(&mut self) -> io::Result<()> {
        *self = WavFile::open(&self.path)?;
        Ok(())
    }
    fn next_block(&mut self, out: &mut Vec<f32>, max_frames: usize) -> io::Result<bool> {
        let spec = self.reader.spec();
        let scale = 1.0 / (1u32 << (spec.bits_per_sample - 1)) as f32;
        out.clear();
        let n = max_frames * usize::from(spec.channels);
        for s in self.reader.samples::<i32>().take(n) {
            out.push(s.map_err(io::Error::other)? as f32 * scale);
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
