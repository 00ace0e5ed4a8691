#!/usr/bin/env bash
# Renders the committed icon files from the SVG sources in resources/icons (run after editing an
# SVG; the build itself never needs these tools). Needs: rsvg-convert (librsvg2-bin),
# png2icns (icnsutils), icotool (icoutils). On Debian 12:
#   apt-get install librsvg2-bin icnsutils icoutils
set -euo pipefail
cd "$(dirname "$0")/.."
icons=resources/icons
app=$icons/career-workbench.svg
doc=$icons/career-workbench-document.svg
sizes=(16 22 24 32 48 64 128 256 512)

for s in "${sizes[@]}"; do
    mkdir -p "$icons/hicolor/${s}x${s}/apps" "$icons/hicolor/${s}x${s}/mimetypes"
    rsvg-convert -w "$s" -h "$s" "$app" -o "$icons/hicolor/${s}x${s}/apps/org.careerworkbench.CareerWorkbench.png"
    rsvg-convert -w "$s" -h "$s" "$doc" \
        -o "$icons/hicolor/${s}x${s}/mimetypes/application-x-career-workbench.png"
done
# The window icon embedded in the app (see app/ui/CMakeLists.txt).
cp "$icons/hicolor/64x64/apps/org.careerworkbench.CareerWorkbench.png" "$icons/career-workbench-64.png"
cp "$icons/hicolor/256x256/apps/org.careerworkbench.CareerWorkbench.png" "$icons/career-workbench-256.png"

# Navigation icons at 1x, 2x and 3x for the 22 px icon size (app/ui/mainwindow.cpp).
for svg in "$icons"/nav/*.svg; do
    for s in 22 44 66; do
        rsvg-convert -w "$s" -h "$s" "$svg" -o "${svg%.svg}-$s.png"
    done
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# macOS: one .icns each for the app and the document type (png2icns takes 16/32/48/128/256/512).
for kind in app doc; do
    src=$app; out=packaging/macos/career-workbench.icns
    if [[ $kind == doc ]]; then src=$doc; out=packaging/macos/career-workbench-document.icns; fi
    files=()
    for s in 16 32 48 128 256 512; do
        rsvg-convert -w "$s" -h "$s" "$src" -o "$tmp/$kind-$s.png"
        files+=("$tmp/$kind-$s.png")
    done
    png2icns "$out" "${files[@]}" >/dev/null
done
# Windows: multi-size .ico files for the executable, the installer and the file association.
for kind in app doc; do
    src=$app; out=packaging/windows/career-workbench.ico
    if [[ $kind == doc ]]; then src=$doc; out=packaging/windows/career-workbench-document.ico; fi
    files=()
    for s in 16 24 32 48 64 256; do
        rsvg-convert -w "$s" -h "$s" "$src" -o "$tmp/w$kind-$s.png"
        files+=("$tmp/w$kind-$s.png")
    done
    # The 256 px image is stored as PNG inside the .ico (-r), as Windows Vista and later read it.
    icotool -c -o "$out" "${files[@]:0:5}" -r "${files[5]}"
done
echo "render-icons: done"
