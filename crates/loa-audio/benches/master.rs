//! Benchmark: master a programme for broadcast — decode, measure (EBU R128), gain to −23 LUFS,
//! true-peak limit to −1 dBTP, measure again, write BWF 24-bit — as `loa build` does for every
//! bulletin. Run through `bench/radio.sh`:
//!
//!     cargo bench -p loa-audio --bench master -- IN.wav OUT.wav RUNS
//!
//! Prints one JSON line with the median time of RUNS runs.

use loa_audio::{bwf, decode, dsp, loudness};
use std::time::Instant;

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
        let bytes = std::fs::read(input).expect("input");
        let mut audio = decode::decode(&bytes, Some("wav")).expect("decode");
        drop(bytes);
        let m = loudness::measure(&audio);
        dsp::gain_db(&mut audio, dsp::normalize_gain(m.integrated, -23.0));
        let report = dsp::limit(&mut audio, -1.2, 1.5, 50.0);
        let after = loudness::measure(&audio);
        let bext = bwf::Bext {
            description: "benchmark".into(),
            originator: "Loa".into(),
            originator_reference: "bench".into(),
            origination_date: "2000-01-01".into(),
            origination_time: "00:00:00".into(),
            coding_history: "A=PCM,F=48000,W=24,M=stereo,T=Loa\r\n".into(),
            loudness: Some(after),
        };
        std::fs::write(output, bwf::write_bwf(&audio, 24, &bext)).expect("write");
        times.push(start.elapsed().as_secs_f64());
        last = Some((after, report));
    }
    times.sort_by(f64::total_cmp);
    let (after, report) = last.expect("a run");
    println!(
        "{{\"tool\": \"loa\", \"median_s\": {:.3}, \"runs\": {runs}, \"integrated\": {:.2}, \"true_peak\": {:.2}, \"limiter_db\": {:.2}}}",
        times[times.len() / 2],
        after.integrated,
        after.true_peak_dbtp,
        report.max_reduction_db
    );
}
