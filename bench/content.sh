#!/usr/bin/env bash
# Benchmark of the content family (load + check + resolve + pack): `loa check` and `loa build` on
# the demo campaign and on a generated large campaign (2,000 messages × 3 locales), side by side
# with parsing the same .ftl files with python-fluent's fluent.syntax (the reference Fluent parser,
# what translator linters run). Needs hyperfine and python3 (apt-get install -y hyperfine python3-venv).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p loa-cli
LOA=$PWD/target/release/loa
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/big" <<'PY'
import os, sys
root = sys.argv[1]
n = 2000
os.makedirs(f"{root}/locales/vi"); os.makedirs(f"{root}/locales/en"); os.makedirs(f"{root}/locales/bru")
ids = [f"msg-{i}" for i in range(n)]
with open(f"{root}/campaign.toml", "w") as f:
    f.write('[campaign]\nid = "big"\ntitle = "msg-0"\nreference-locale = "vi"\nlocales = ["vi", "en", "bru"]\nfallback = { bru = ["vi"] }\n\n')
    f.write('[variables]\nprovince = "Quảng Trị"\ncount = 1234567\n\n[messages]\npoints = [%s]\n' % ", ".join(f'"{i}"' for i in ids[:50]))
vi = "Mọi công dân đều có quyền yêu cầu cơ quan nhà nước ở tỉnh { $province } cung cấp thông tin; { $count } lượt."
en = "Every citizen may ask state agencies in { $province } province for information; { $count } requests."
for lang, text in [("vi", vi), ("en", en)]:
    with open(f"{root}/locales/{lang}/campaign.ftl", "w") as f:
        for i in ids:
            f.write(f"# Variables: $province, $count\n{i} = {text}\n    .spoken = {text}\n\n")
with open(f"{root}/locales/bru/campaign.ftl", "w") as f:
    for i in ids[: n // 2]:
        f.write(f"{i} = {vi}\n    .spoken = {vi}\n\n")
PY

python3 -m venv "$work/venv" >/dev/null && "$work/venv/bin/pip" install -q fluent.syntax==0.19.0
cat > "$work/parse.py" <<'PY'
import sys, glob
from fluent.syntax import parse
for path in sorted(glob.glob(sys.argv[1] + "/locales/*/*.ftl")):
    parse(open(path, encoding="utf-8").read())
PY

demo=campaigns/access-to-information
hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/table.md" \
  -n "loa check (demo)" "$LOA check $demo" \
  -n "loa build --only web --clean (demo)" "$LOA build $demo --out $work/demo-pack --only web --clean" \
  -n "fluent.syntax parse only (demo .ftl)" "$work/venv/bin/python $work/parse.py $demo" \
  -n "loa check (2,000 msgs × 3 locales)" "$LOA check $work/big" \
  -n "loa build --only web --clean (2,000 msgs × 3 locales)" "$LOA build $work/big --out $work/big-pack --only web --clean" \
  -n "fluent.syntax parse only (same .ftl)" "$work/venv/bin/python $work/parse.py $work/big" \
  >/dev/null
cat "$work/table.md"
