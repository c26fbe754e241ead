"""Reads an XLIFF 2.0 file with translate-toolkit (an XLIFF reader independent of Loa), sets
every unit's target again through the toolkit's rich-text model (placeholders included) and
writes the file back out. Used by tests/xliff.rs; needs `pip install translate-toolkit==3.20.4`.

Usage: roundtrip.py IN.xlf OUT.xlf [UNIT-ID NEW-TARGET-TEXT]
With a unit id, that unit's target is replaced by the plain text given (a translator's edit).
Prints the number of units read and how many had a target.
"""

import sys

from translate.storage.xliff2 import Xliff2File


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    edit = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else None
    with open(src, "rb") as f:
        store = Xliff2File.parsestring(f.read())
    assert store.getsourcelanguage() and store.gettargetlanguage(), "srcLang/trgLang not read"
    units = store.getunits()
    with_target = 0
    for unit in units:
        if edit and unit.getid() == edit[0]:
            unit.target = edit[1]
            unit.marktranslated()
            with_target += 1
            continue
        if unit.get_target_dom() is not None:
            with_target += 1
            unit.rich_target = unit.rich_target
    with open(dst, "wb") as f:
        store.serialize(f)
    print(len(units), with_target)


if __name__ == "__main__":
    main()
