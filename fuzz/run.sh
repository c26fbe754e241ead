#!/usr/bin/env bash
# Builds the fuzz targets and runs each for the given time:  fuzz/run.sh <seconds> [target…]
# Needs `cargo install cargo-fuzz --locked`. Works on stable Rust: RUSTC_BOOTSTRAP=1 lets stable
# rustc take the instrumentation flags (-Z…) cargo-fuzz passes. No sanitizer: Loa and its
# parsers are safe Rust, where libFuzzer finds panics, overflows and hangs without ASan, and the
# build is about twice as fast. Built like `--release` with debug assertions and overflow checks. Crashes land in fuzz/artifacts/<target>/; the corpus grows in
# fuzz/corpus/<target>/ (only the seeds are committed: fuzz/seed.sh).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:?usage: fuzz/run.sh <seconds> [target…]}"
shift
targets=("$@")
((${#targets[@]})) || targets=(campaign ftl audio svg subtitles)
export RUSTC_BOOTSTRAP=1
./seed.sh
start=$(date +%s)
for t in "${targets[@]}"; do
  cargo fuzz build --sanitizer none "$t"
done
echo "fuzz: built in $(( $(date +%s) - start )) s"
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "fuzz: $t for ${seconds} s"
  if ! cargo fuzz run --sanitizer none "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=262144 \
      -print_final_stats=1 2>"artifacts/$t/log.txt"; then
    status=1
    tail -n 40 "artifacts/$t/log.txt" >&2
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "artifacts/$t/log.txt" | tail -n 3
done
exit $status
