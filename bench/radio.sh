#!/usr/bin/env bash
# Benchmark of the radio family: mastering a 10-minute 48 kHz stereo programme (decode, measure,
# gain, true-peak limit, measure, write BWF) — Loa against ffmpeg's two-pass `loudnorm` on the
# same file in the same run — and Loa's peak memory on a 60-minute programme. Needs ffmpeg.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prog() { # $1 = seconds: speech-like bursts of pink noise over a quiet tone
  ffmpeg -v error -y -f lavfi -i "anoisesrc=color=pink:amplitude=0.5:duration=$1:seed=7" \
    -f lavfi -i "sine=frequency=220:duration=$1" \
    -filter_complex "[0]volume='if(lt(mod(t,4),2.5),1,0.1)':eval=frame[a];[1]volume=0.05[b];[a][b]amix=inputs=2,aformat=channel_layouts=stereo" \
    -ar 48000 -c:a pcm_s24le "$2"
}
prog 600 "$work/p10.wav"
cargo bench -q -p loa-audio --bench master --no-run 2>/dev/null
loa=$(cargo bench -q -p loa-audio --bench master -- "$work/p10.wav" "$work/loa.wav" "$RUNS" | grep '"tool"')

loudnorm() {
  local stats
  stats=$(ffmpeg -hide_banner -nostats -i "$work/p10.wav" -af loudnorm=I=-23:TP=-1:LRA=20:print_format=json -f null - 2>&1 | sed -n '/^{/,/^}/p')
  local mi mtp mlra mth off
  mi=$(echo "$stats" | sed -n 's/.*"input_i" : "\(.*\)".*/\1/p')
  mtp=$(echo "$stats" | sed -n 's/.*"input_tp" : "\(.*\)".*/\1/p')
  mlra=$(echo "$stats" | sed -n 's/.*"input_lra" : "\(.*\)".*/\1/p')
  mth=$(echo "$stats" | sed -n 's/.*"input_thresh" : "\(.*\)".*/\1/p')
  off=$(echo "$stats" | sed -n 's/.*"target_offset" : "\(.*\)".*/\1/p')
  ffmpeg -v error -y -i "$work/p10.wav" -af "loudnorm=I=-23:TP=-1:LRA=20:measured_I=$mi:measured_TP=$mtp:measured_LRA=$mlra:measured_thresh=$mth:offset=$off:linear=true" -ar 48000 -c:a pcm_s24le "$work/ffmpeg.wav"
}
times=()
for _ in $(seq "$RUNS"); do
  s=$(date +%s.%N); loudnorm; e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc)")
done
ff=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")

prog 3600 "$work/p60.wav"
bin=$(ls -t target/release/deps/master-* | grep -v '\.d$' | head -1)
rss=$(/usr/bin/time -v "$bin" "$work/p60.wav" "$work/loa60.wav" 1 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p')

python3 - "$loa" "$ff" "$rss" <<'PY'
import json, sys
loa = json.loads(sys.argv[1]); ff = float(sys.argv[2]); rss = int(sys.argv[3])
print("| tool | 10-min programme, median [s] | ffmpeg ÷ tool |")
print("|:---|---:|---:|")
print(f"| ffmpeg loudnorm, two passes | {ff:.2f} | 1.0 |")
print(f"| Loa (measure, gain, limit, BWF) | {loa['median_s']:.2f} | {ff / loa['median_s']:.1f}× |")
print(f"\nLoa result: {loa['integrated']} LUFS, {loa['true_peak']} dBTP, limiter {loa['limiter_db']} dB")
print(f"Loa peak memory, 60-minute programme: {rss / 1024:.0f} MB")
PY
