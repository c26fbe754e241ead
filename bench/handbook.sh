#!/usr/bin/env bash
# Benchmark of the print family: a 48-page A5 legal handbook typeset from the demo's Vietnamese
# content (chapter items repeated N times), Loa against typst 0.15 on the same text, same fonts,
# in the same run. Loa: layout + PDF bytes (press and tagged editions), fonts loaded once;
# typst: `typst.compile` in a fresh process per run (PDF tagged by default). Medians of K runs.
# Needs python3-venv (PyPI reachable for `typst`).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-8}
K=${K:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release -q -p loa-cli
target/release/loa build campaigns/access-to-information --out "$work/pack" >/dev/null 2>&1
python3 -m venv "$work/venv" && "$work/venv/bin/pip" install -q 'typst==0.15.*'
typst=$("$work/venv/bin/python" bench/handbook_typst.py "$work/pack/content/vi.json" --repeat "$N" --runs "$K" --out-dir "$work/typst" | tail -1)
loa=$(cargo bench -q -p loa-print --bench handbook -- "$work/pack/content/vi.json" "$PWD/campaigns/access-to-information" "$N" "$K" | grep '"tool"')
python3 - "$typst" "$loa" <<'PY'
import json, sys
typst = json.loads(sys.argv[1])
loas = [json.loads(l) for l in sys.argv[2].splitlines()]
print("| tool | edition | pages | median [ms] | typst ÷ tool |")
print("|:---|:---|---:|---:|---:|")
print(f"| typst {typst['version']} | tagged (default) | {typst['pages']} | {typst['median_s']*1000:.1f} | 1.0 |")
for l in loas:
    print(f"| Loa | {l['edition']} | {l['pages']} | {l['median_s']*1000:.1f} | {typst['median_s']/l['median_s']:.1f}× |")
PY
