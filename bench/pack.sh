#!/usr/bin/env bash
# Benchmark of the whole pack: a clean build of the demo (every product in every locale: print,
# radio, video, web, bundles) with its wall time and peak memory, on all cores and on one
# (`--jobs 1`); then a rebuild with no change, and a rebuild after changing one Bru message.
# There is no other tool that makes this pack; the one-core build is the anchor for the planner.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
cargo build --release -q --locked -p loa-cli
LOA=$PWD/target/release/loa
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/campaigns"
cp -r campaigns/access-to-information "$work/campaigns/demo"
cp -r locales "$work/locales"
export LOA_TODAY=2026-12-04

clean() { # $1 = out folder, $2.. = extra flags → "wall_s peak_mb"
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$LOA" build "$work/campaigns/demo" --out "$out" --clean "$@" >/dev/null 2>&1
  awk '{ printf "%.1f %.0f\n", $1, $2 / 1024 }' "$work/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f\n", a[int((NR + 1) / 2)] }'; }
timed() { # runs "$@" RUNS times → median seconds
  for _ in $(seq "$RUNS"); do
    s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median
}

read -r all_s all_mb < <(clean "$work/out/all")
read -r one_s one_mb < <(clean "$work/out/one" --jobs 1)
noop=$(timed "$LOA" build "$work/campaigns/demo" --out "$work/out/all")
# One Bru message (in the handbook only) changed, then changed back: two rebuilds per run.
ftl="$work/campaigns/demo/locales/bru/campaign.ftl"
cp "$ftl" "$work/bru.orig"
# (the demo's Bru messages are marked untranslated: the edit translates one, removing the mark)
perl -0pe 's/# TODO\(loa\): untranslated\nqa-foreigners = Có\./qa-foreigners = Có!/' "$work/bru.orig" > "$work/bru.edit"
cmp -s "$work/bru.orig" "$work/bru.edit" && { echo "the demo's bru file changed: update bench/pack.sh" >&2; exit 1; }
edit() { cp "$work/bru.$1" "$ftl"; "$LOA" build "$work/campaigns/demo" --out "$work/out/all"; }
one_msg=$(for _ in $(seq "$RUNS"); do
  for v in edit orig; do s=$(date +%s.%N); edit $v >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; done
done | median)
files=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['artifacts']) + 1)" "$work/out/all/manifest.json")
size=$(du -sm "$work/out/all" | cut -f1)
cat <<MD
| build of the demo pack ($files files, $size MB) | wall [s] | peak memory [MB] |
|---|---|---|
| clean, $(nproc) jobs at once (default) | $all_s | $all_mb |
| clean, \`--jobs 1\` | $one_s | $one_mb |
| no change (median of $RUNS) | $noop | |
| one Bru message changed (median of $((RUNS * 2))) | $one_msg | |
MD
