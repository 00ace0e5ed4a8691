#!/usr/bin/python3
"""Makes the report font, Career Workbench Sans, from the system's Noto Sans.

Run with Debian's python3-fonttools and fonts-noto-core installed:

    /usr/bin/python3 tools/fonts/make-report-font.py [OUTPUT_DIR]

OUTPUT_DIR defaults to app/core/report/fonts. The generated .ttf files are committed; the
build and CI never run this script. Running it again on the same inputs gives the same bytes.

What it does to each of NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf, and why
(app/core/report/fonts/README.md says more):
- keeps the characters a Latin, Greek or Cyrillic user writes (the ranges below), with
  every layout feature (kerning, marks, ligatures...): text lays out as with Noto Sans;
- removes the TrueType hinting and adds a 'prep' program that does nothing. Qt 6.4 loads
  every glyph it embeds in a PDF at a new size, and FreeType runs the font's hinting
  programs each time: about 14 times the work of loading the outline, for nothing, since a
  PDF holds outlines. With no 'prep'/'fpgm'/'cvt' at all FreeType would use its auto-hinter
  instead; a 'prep' of "PUSHB 0, POP" keeps it on the (now trivial) bytecode path;
- renames the family to "Career Workbench Sans", so it never stands in for the system's
  Noto Sans (the OFL asks a modified font to carry another name, too).
"""

import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram

SOURCE_DIR = "/usr/share/fonts/truetype/noto"
FAMILY = "Career Workbench Sans"
PS_FAMILY = "CareerWorkbenchSans"
# (source style, subfamily name shown by the font, PostScript style)
STYLES = [
    ("Regular", "Regular", "Regular"),
    ("Bold", "Bold", "Bold"),
    ("Italic", "Italic", "Italic"),
    ("BoldItalic", "Bold Italic", "BoldItalic"),
]
RANGES = [
    (0x0000, 0x024F),  # Basic Latin .. Latin Extended-B
    (0x02B0, 0x02FF),  # Spacing Modifier Letters (IPA and combining marks: not worth the size)
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0xFFFD, 0xFFFD),  # Replacement Character
]
# PUSHB[0] 0, POP: a program that does nothing, but is there.
DUMMY_PREP = bytes([0xB0, 0x00, 0x21])
# Kept from the source's name table besides the ones set below: copyright, manufacturer,
# designer, description, URLs, licence. Dropped: the trademark (7), the typographic family
# names (16, 17: the four styles form one ordinary family).
KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14]


def make(style, subfamily, ps_style, out_dir):
    source = os.path.join(SOURCE_DIR, "NotoSans-%s.ttf" % style)
    # The source's timestamps are kept, so the output depends on the inputs only.
    font = TTFont(source, recalcTimestamp=False)
    version = font["name"].getDebugName(5).split(";")[0]

    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    options.name_IDs = KEEP_NAME_IDS
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    unicodes = [u for first, last in RANGES for u in range(first, last + 1)]
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)

    prep = newTable("prep")
    prep.program = ttProgram.Program()
    prep.program.fromBytecode(DUMMY_PREP)
    font["prep"] = prep
    maxp = font["maxp"]
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStackElements = max(1, getattr(maxp, "maxStackElements", 0))

    full = "%s %s" % (FAMILY, subfamily)
    postscript = "%s-%s" % (PS_FAMILY, ps_style)
    names = {
        1: FAMILY,
        2: subfamily,
        3: "%s;%s" % (version.replace("Version ", ""), postscript),
        4: full,
        5: "%s; subset of Noto Sans, unhinted, for Career Workbench reports" % version,
        6: postscript,
    }
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            table.setName(names[record.nameID], record.nameID, record.platformID,
                          record.platEncID, record.langID)
    table.names = [r for r in table.names if r.nameID in KEEP_NAME_IDS]

    out = os.path.join(out_dir, "%s-%s.ttf" % (PS_FAMILY, ps_style))
    font.save(out)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "app", "core", "report", "fonts")
    out_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else default)
    os.makedirs(out_dir, exist_ok=True)
    for style, subfamily, ps_style in STYLES:
        out = make(style, subfamily, ps_style, out_dir)
        print("%s: %d bytes" % (out, os.path.getsize(out)))


if __name__ == "__main__":
    main()
