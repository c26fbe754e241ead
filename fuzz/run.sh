#!/usr/bin/env bash
# Builds the fuzz targets and runs each for the given time:  fuzz/run.sh [--dev] <seconds> [target…]
# Needs `cargo install cargo-fuzz --locked`. Works on stable Rust: RUSTC_BOOTSTRAP=1 lets stable
# rustc take the instrumentation flags (-Z…) cargo-fuzz passes. No sanitizer: Loa and its
# parsers are safe Rust, where libFuzzer finds panics, overflows and hangs without ASan, and the
# build is about twice as fast. Built like `--release` with debug assertions and overflow checks.
# Crashes land in fuzz/artifacts/<target>/; the corpus grows in fuzz/corpus/<target>/ (only the
# seeds are committed: fuzz/seed.sh).
# --dev builds without optimisation: 3.5 min instead of ~9 on 2 cores, each execution 10–50 times
# slower (so an input may take 60 s before it counts as a hang). That is the short run of every
# `./dev test`, hence of CI; long runs use the optimised build.
set -euo pipefail
cd "$(dirname "$0")"
profile=() timeout=10
if [ "${1:-}" = --dev ]; then
  profile=(--dev) timeout=60
  shift
fi
seconds="${1:?usage: fuzz/run.sh [--dev] <seconds> [target…]}"
shift
targets=("$@")
export RUSTC_BOOTSTRAP=1
./seed.sh
start=$(date +%s)
if ((${#targets[@]})); then
  for t in "${targets[@]}"; do
    cargo fuzz build "${profile[@]}" --sanitizer none "$t"
  done
else
  targets=(campaign ftl audio svg subtitles)
  cargo fuzz build "${profile[@]}" --sanitizer none # all of them, in one cargo run
fi
echo "fuzz: built in $(( $(date +%s) - start )) s"
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "fuzz: $t for ${seconds} s"
  if ! cargo fuzz run "${profile[@]}" --sanitizer none "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout="$timeout" -max_len=262144 \
      -print_final_stats=1 2>"artifacts/$t/log.txt"; then
    status=1
    tail -n 40 "artifacts/$t/log.txt" >&2
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "artifacts/$t/log.txt" | tail -n 3
done
exit $status
