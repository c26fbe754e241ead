#!/usr/bin/env python3
"""Anchor side of the handbook benchmark: typst typesets the same 48-page A5 legal handbook
that Loa typesets, from the same resolved content (`loa build ... --out PACK`, then
PACK/content/<locale>.json).

    python3 bench/handbook_typst.py /tmp/pack/content/vi.json --repeat 13 --runs 10 \
        --out-dir /tmp/handbook-typst [--emit-text /tmp/handbook-text.json]

Needs the `typst` package from PyPI (`pip install 'typst==0.15.*'`) and the fonts in
assets/fonts, and nothing else: system fonts and typst's embedded fonts are both left out.

The text generator (`handbook_blocks`) is the shared part: the handbook is a sequence of
(role, text) blocks, in reading order:

    cover-title, cover-headline,                 cover page, no footer
    toc-title,                                   table of contents: chapter titles + glossary title
    chapter,                                     level-1 heading, starts a new page
      question, answer                           Q&A item (message with a `question` attribute)
      excerpt, cite                              excerpt item (message with a `cite` attribute)
      paragraph                                  any other message: its value as body text
    glossary-title, (term, definition)...        glossary, starts a new page
    footer                                       running footer text (left), page number right

Each chapter's item list is repeated N times (`--repeat`): [a, b, c] becomes [a, b, c, a, b, c, ...].
`--emit-text PATH` writes these blocks as JSON so that Loa's side typesets exactly the same text.

Timing: each of the K runs is a fresh Python process that imports typst, gathers the fonts, reads
the .typ source and then times only `typst.compile(...)` (parse, layout and PDF export to bytes;
writing the file is outside). A fresh process per run keeps typst's in-process memoization
(comemo) from turning runs 2..K into cached recompiles. Font discovery (scanning the fonts folder)
is timed separately and reported as `fonts_s`; it is not in `median_s`.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FONTS = REPO / "assets" / "fonts"

# Strings the content does not carry (section titles of the handbook's own apparatus).
# Loa must use the same ones: they are part of the emitted text.
APPARATUS = {
    "vi": {"toc-title": "Mục lục", "glossary-title": "Giải thích từ ngữ"},
    "en": {"toc-title": "Contents", "glossary-title": "Glossary"},
}

A5 = {"width_mm": 148, "height_mm": 210, "margin_mm": {"x": 15, "top": 16, "bottom": 20}}
BODY = {"font": "Noto Serif", "size_pt": 10.5}
HEADINGS = {"font": "Noto Sans", "weight": "bold"}


# --------------------------------------------------------------------------------------------
# Shared text generator
# --------------------------------------------------------------------------------------------

def load_handbook_spec(args, content: dict) -> tuple[list[dict], list[str]]:
    """Chapters [{title, items}] and glossary ids, from --chapters JSON or the campaign TOML."""
    if args.chapters:
        spec = json.loads(args.chapters)
        if isinstance(spec, list):
            spec = {"chapters": spec}
    else:
        toml_path = Path(args.campaign) if args.campaign else (
            REPO / "campaigns" / content["campaign"] / "campaign.toml")
        with open(toml_path, "rb") as f:
            spec = tomllib.load(f)["handbook"][args.handbook]
    chapters = spec["chapters"]
    glossary = spec.get("glossary", content.get("groups", {}).get("glossary", []))
    return chapters, glossary


def handbook_blocks(content: dict, chapters: list[dict], glossary: list[str], repeat: int) -> list[dict]:
    """The handbook as a list of {"role", "text"} blocks, in reading order."""
    messages = content["messages"]
    locale = content["locale"]
    apparatus = APPARATUS.get(locale) or next(
        (APPARATUS[l] for l in content.get("chain", []) if l in APPARATUS), APPARATUS["vi"])

    def msg(mid: str) -> dict:
        if mid not in messages:
            sys.exit(f"handbook: message {mid!r} is not in the content")
        return messages[mid]

    def value(mid: str) -> str:
        return msg(mid)["value"]["text"]

    def attr(mid: str, name: str) -> str | None:
        a = msg(mid).get("attributes", {}).get(name)
        return a["text"] if a else None

    title = value(content["title"])
    blocks = [
        {"role": "cover-title", "text": title},
        {"role": "cover-headline", "text": value("headline")},
        {"role": "toc-title", "text": apparatus["toc-title"]},
    ]
    for chapter in chapters:
        blocks.append({"role": "chapter", "text": value(chapter["title"])})
        for item in list(chapter["items"]) * repeat:
            if attr(item, "question") is not None:
                blocks.append({"role": "question", "text": attr(item, "question")})
                blocks.append({"role": "answer", "text": value(item)})
            elif attr(item, "cite") is not None:
                blocks.append({"role": "excerpt", "text": value(item)})
                blocks.append({"role": "cite", "text": attr(item, "cite")})
            else:
                blocks.append({"role": "paragraph", "text": value(item)})
            # The legal basis of the item, as Loa prints it (ResolvedContent::citations).
            lines = []
            for fact in content.get("facts", []):
                c = fact.get("citation")
                if item in fact["messages"] and c and c["text"] not in lines:
                    lines.append(c["text"])
            if lines:
                label = content.get("labels", {}).get("legal-basis", {}).get("text", "Căn cứ pháp lý")
                blocks.append({"role": "legal", "text": f"{label}: {'; '.join(lines)}."})
    if glossary:
        blocks.append({"role": "glossary-title", "text": apparatus["glossary-title"]})
        for term in glossary:
            definition = attr(term, "definition")
            if definition is None:
                sys.exit(f"handbook: glossary term {term!r} has no .definition")
            blocks.append({"role": "term", "text": value(term)})
            blocks.append({"role": "definition", "text": definition})
    blocks.append({"role": "footer", "text": title})
    return blocks


# --------------------------------------------------------------------------------------------
# Typst source
# --------------------------------------------------------------------------------------------

def typ_str(s: str) -> str:
    """A typst string literal (text goes in as data, never as markup)."""
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{out}"'


PREAMBLE = """\
#set document(title: {title})
#set page(
  width: 148mm, height: 210mm,
  margin: (x: 15mm, top: 16mm, bottom: 20mm),
  footer: context if here().page() > 1 {{
    set text(font: "Noto Sans", size: 8pt)
    grid(columns: (1fr, auto), {footer}, counter(page).display())
  }},
)
#set text(font: "Noto Serif", size: 10.5pt, lang: {lang})
#set par(justify: true, leading: 0.62em, spacing: 0.9em)
#show heading: set text(font: "Noto Sans", weight: "bold")
#show heading.where(level: 1): it => {{
  pagebreak(weak: true)
  block(below: 1.2em, text(size: 16pt, it.body))
}}
#show heading.where(level: 2): it => block(above: 1.3em, below: 0.6em, sticky: true, text(size: 11pt, it.body))
#show outline.entry.where(level: 1): set text(font: "Noto Sans")

#let legal(t) = par(justify: false, text(font: "Noto Sans", size: 8pt, fill: luma(90), t))
#let qa(q, a) = {{
  heading(level: 2, outlined: true, q)
  par(a)
}}
#let excerpt(t, cite) = block(inset: (left: 1.5em, right: 1em), above: 1.1em, below: 1.1em, {{
  par(text(style: "italic", t))
  align(right, text(size: 9pt, cite))
}})
#let term(t, d) = block(above: 0.9em, breakable: false, {{
  text(weight: "bold", t)
  linebreak()
  pad(left: 1em, d)
}})

"""


def typst_source(blocks: list[dict], lang: str) -> str:
    by_role = {}
    for b in blocks:
        by_role.setdefault(b["role"], b["text"])
    out = [PREAMBLE.format(title=typ_str(by_role["cover-title"]), footer=typ_str(by_role["footer"]),
                           lang=typ_str(lang))]
    out.append(
        "#page(footer: none, align(center + horizon, {\n"
        "  set par(justify: false)\n"
        f'  text(font: "Noto Sans", weight: "bold", size: 24pt, {typ_str(by_role["cover-title"])})\n'
        "  v(1.5em)\n"
        f'  text(size: 14pt, {typ_str(by_role["cover-headline"])})\n'
        "}))\n\n"
    )
    i = 0
    while i < len(blocks):
        role, text = blocks[i]["role"], blocks[i]["text"]
        nxt = blocks[i + 1]["text"] if i + 1 < len(blocks) else None
        if role in ("cover-title", "cover-headline", "footer"):
            pass
        elif role == "toc-title":
            out.append(f"#outline(title: {typ_str(text)}, depth: 2)\n\n")
        elif role in ("chapter", "glossary-title"):
            out.append(f"#heading(level: 1, {typ_str(text)})\n")
        elif role == "question":
            out.append(f"#qa({typ_str(text)}, {typ_str(nxt)})\n"); i += 1
        elif role == "excerpt":
            out.append(f"#excerpt({typ_str(text)}, {typ_str(nxt)})\n"); i += 1
        elif role == "term":
            out.append(f"#term({typ_str(text)}, {typ_str(nxt)})\n"); i += 1
        elif role == "legal":
            out.append(f"#legal({typ_str(text)})\n")
        elif role == "paragraph":
            out.append(f"#par({typ_str(text)})\n")
        else:
            raise ValueError(f"unexpected role {role!r}")
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------------------------
# One timed compile (runs in a fresh process)
# --------------------------------------------------------------------------------------------

def one_run(typ_path: str, pdf_path: str, fonts_dir: str, pdf_tags: bool) -> None:
    import typst

    t0 = time.perf_counter()
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[fonts_dir])
    fonts_s = time.perf_counter() - t0
    missing = {"Noto Serif", "Noto Sans"} - set(fonts.families())
    if missing:  # typst would only warn and lay out with no glyphs at all
        sys.exit(f"fonts {sorted(missing)} not found in {fonts_dir}")
    source = Path(typ_path).read_bytes()
    root = str(Path(typ_path).parent)

    t0 = time.perf_counter()
    pdf, warnings = typst.Compiler(root=root, font_paths=fonts).compile_with_warnings(
        input=source, format="pdf", timestamp=0, pdf_tags=pdf_tags)
    compile_s = time.perf_counter() - t0

    Path(pdf_path).write_bytes(pdf)
    print(json.dumps({"compile_s": compile_s, "fonts_s": fonts_s,
                      "warnings": [str(getattr(w, "message", w)) for w in warnings]}))


def pdf_pages(pdf_path: Path) -> int:
    try:
        info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True).stdout
        return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        # No poppler: count page objects (typst writes uncompressed /Type /Page dictionaries).
        import re
        return len(re.findall(rb"/Type\s*/Page(?!s)", pdf_path.read_bytes()))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("content", nargs="?", help="content JSON (PACK/content/<locale>.json)")
    p.add_argument("--campaign", help="campaign.toml (default: campaigns/<content.campaign>/campaign.toml)")
    p.add_argument("--handbook", default="main", help="which [handbook.NAME] (default: main)")
    p.add_argument("--chapters", help='JSON instead of the TOML: [{"title": id, "items": [ids]}] or '
                                      '{"chapters": [...], "glossary": [ids]}')
    p.add_argument("--repeat", "-n", type=int, default=13, help="times each chapter's items repeat (N)")
    p.add_argument("--runs", "-k", type=int, default=10, help="timed compiles; the median is reported (K)")
    p.add_argument("--out-dir", default="handbook-typst", help="where handbook.typ and handbook.pdf go")
    p.add_argument("--fonts", default=str(DEFAULT_FONTS), help="the only font folder used")
    p.add_argument("--emit-text", metavar="PATH", help="also write the blocks (role, text) as JSON")
    p.add_argument("--no-pdf-tags", action="store_true", help="untagged PDF (typst tags by default)")
    p.add_argument("--one-run", nargs=2, metavar=("TYP", "PDF"), help=argparse.SUPPRESS)
    args = p.parse_args()

    if args.one_run:
        one_run(args.one_run[0], args.one_run[1], args.fonts, not args.no_pdf_tags)
        return
    if not args.content:
        p.error("the content JSON is required")

    content = json.loads(Path(args.content).read_text(encoding="utf-8"))
    chapters, glossary = load_handbook_spec(args, content)
    blocks = handbook_blocks(content, chapters, glossary, args.repeat)

    if args.emit_text:
        Path(args.emit_text).write_text(json.dumps(
            {"campaign": content["campaign"], "locale": content["locale"], "repeat": args.repeat,
             "page": {**A5, "body": BODY, "headings": HEADINGS}, "blocks": blocks},
            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    typ, pdf = out / "handbook.typ", out / "handbook.pdf"
    typ.write_text(typst_source(blocks, content["locale"]), encoding="utf-8")

    import typst  # only for the versions; the timed compiles run in their own processes
    compiler_version = json.loads(typst.Compiler().eval("str(sys.version)"))

    runs, fonts_s, warnings = [], [], set()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--fonts", args.fonts, "--one-run", str(typ), str(pdf)]
    if args.no_pdf_tags:
        cmd.append("--no-pdf-tags")
    for _ in range(args.runs):
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"typst compile failed:\n{r.stderr}")
        res = json.loads(r.stdout.strip().splitlines()[-1])
        runs.append(res["compile_s"]); fonts_s.append(res["fonts_s"]); warnings.update(res["warnings"])
    for w in sorted(warnings):
        print(f"typst warning: {w}", file=sys.stderr)

    print(json.dumps({
        "tool": "typst", "version": compiler_version, "python_package": typst.__version__, "pages": pdf_pages(pdf),
        "median_s": round(statistics.median(runs), 4), "runs": args.runs,
        "min_s": round(min(runs), 4), "max_s": round(max(runs), 4),
        "fonts_s": round(statistics.median(fonts_s), 4), "repeat": args.repeat,
        "blocks": len(blocks), "chars": sum(len(b["text"]) for b in blocks), "pdf": str(pdf),
    }))


if __name__ == "__main__":
    main()
