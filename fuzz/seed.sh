#!/usr/bin/env bash
# Seeds each target's corpus (fuzz/corpus/<target>/) from the repository's own fixtures, so the
# fuzzer starts from real campaigns, translations, recordings and SVGs. Run by fuzz/run.sh.
set -euo pipefail
cd "$(dirname "$0")"
repo=..
mkdir -p corpus/campaign corpus/ftl corpus/audio corpus/svg corpus/subtitles
seed() { # <target> <file>: copies the file in under its content hash
  local name
  name=$(sha1sum "$2" | cut -c1-40)
  [ -e "corpus/$1/$name" ] || cp "$2" "corpus/$1/$name"
}
while IFS= read -r f; do seed campaign "$f"; done < <(cd "$repo" && git ls-files -- '*campaign.toml' | sed "s#^#$repo/#")
# ftl: the Vietnamese file, 0xFF, the English file, 0xFF, glossary.csv, 0xFF, l10n.lock.
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for dir in $(cd "$repo" && git ls-files -- '*/locales/vi/*.ftl' | xargs -n1 dirname | xargs -n1 dirname | sort -u); do
  d="$repo/$dir"
  {
    cat "$d"/vi/*.ftl 2>/dev/null || true
    printf '\377'
    cat "$d"/en/*.ftl 2>/dev/null || true
    printf '\377'
    cat "$d"/../glossary.csv 2>/dev/null || true
    printf '\377'
    cat "$d"/l10n.lock 2>/dev/null || true
  } >"$tmp"
  seed ftl "$tmp"
done
# audio: the first byte picks the extension hint (0 none, 1 wav, 2 flac, 3 mp3, 4 ogg, 5 m4a).
while IFS= read -r f; do
  case "$f" in *.wav) h=1 ;; *.flac) h=2 ;; *.mp3) h=3 ;; *.ogg) h=4 ;; *.m4a | *.mp4) h=5 ;; *) h=0 ;; esac
  { printf "\\$(printf '%03o' "$h")"; cat "$repo/$f"; } >"$tmp"
  seed audio "$tmp"
done < <(cd "$repo" && git ls-files -- '*.wav' '*.flac' '*.mp3' '*.ogg' '*.m4a' '*.mp4' | while read -r f; do [ "$(stat -c %s "$f")" -le 65536 ] && echo "$f"; done)
while IFS= read -r f; do seed svg "$repo/$f"; done < <(cd "$repo" && git ls-files -- '*.svg')
# subtitles: structured input (arbitrary); a few byte strings to start from.
printf 'Ủy ban nhân dân xã cung cấp thông tin. Người dân có quyền yêu cầu!\0\0\0\1\0\0\0' >"$tmp"; seed subtitles "$tmp"
