#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it with dpkg-deb -x into a temporary root and checks what a
# user's system gets: files, icons, dependencies, a running binary, and the verdicts of lintian,
# desktop-file-validate, appstreamcli and update-mime-database.
# Usage: tst_debpackage.sh BUILD_DIR SOURCE_DIR VERSION
set -uo pipefail
build=$1 src=$2 version=$3
app_id=org.careerworkbench.CareerWorkbench
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

for tool in dpkg-deb lintian desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (make package-test installs it)"; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1); then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
fi
deb=$(ls "$tmp"/out/*.deb 2>/dev/null | head -n 1)
[[ -f $deb ]] || { echo "FAIL: no .deb produced"; exit 1; }
pass "built $(basename "$deb")"

root=$tmp/root
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x"; exit 1; }

# Control fields.
[[ $(dpkg-deb -f "$deb" Package) == career-workbench ]] || fail "package name"
[[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "version is $(dpkg-deb -f "$deb" Version), want $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Run-time plugins (not seen by dpkg-shlibdeps) and the libraries the binary links.
dep_names=$(tr ',' '\n' <<<"$depends" | awk '{print $1}')
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
           libqt6charts6 libc6 libstdc++6; do
    grep -qxF "$dep" <<<"$dep_names" || fail "Depends lacks $dep"
done
# The test framework is for tests only.
grep -qxF libqt6test6 <<<"$dep_names" && fail "Depends pulls in libqt6test6"
[[ -n $(dpkg-deb -f "$deb" Description | sed -n 2p) ]] || fail "no extended description"

# Files.
share=$root/usr/share
expect=(
    "usr/bin/career-workbench"
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/icons/hicolor/scalable/mimetypes/application-x-career-workbench.svg"
    "usr/share/man/man1/career-workbench.1.gz"
    "usr/share/doc/career-workbench/copyright"
    "usr/share/doc/career-workbench/changelog.gz"
)
for f in "${expect[@]}"; do
    [[ -f $root/$f ]] || fail "missing /$f"
done
[[ -x $root/usr/bin/career-workbench ]] || fail "career-workbench is not executable"
# Nothing but the app's own files (no test binaries, no headers, no static libraries).
unexpected=$(cd "$root" && find . -type f | grep -Ev '^\./usr/(bin/career-workbench|share/(applications|metainfo|mime/packages|icons/hicolor|man/man1|doc/career-workbench)/)')
[[ -z $unexpected ]] || fail "unexpected files: $unexpected"

# Icons in every hicolor size, and each PNG really that size (width and height at bytes 16-23).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}'; }
for s in 16 22 24 32 48 64 128 256 512; do
    for icon in "apps/$app_id.png" "mimetypes/application-x-career-workbench.png"; do
        file=$share/icons/hicolor/${s}x${s}/$icon
        if [[ ! -f $file ]]; then fail "missing ${s}x${s}/$icon"; continue; fi
        [[ $(png_size "$file") == "${s}x${s}" ]] || fail "${s}x${s}/$icon is $(png_size "$file")"
    done
done
icon=$(sed -n 's/^Icon=//p' "$share/applications/$app_id.desktop")
[[ $icon == "$app_id" ]] || fail "desktop Icon=$icon"

# The binary runs from the unpacked root (Qt comes from the system, as after installation).
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/career-workbench" --version 2>&1)
grep -q "$version" <<<"$out" && pass "--version: $out" || fail "--version printed: $out"
demo=$tmp/demo.cwbench
QT_QPA_PLATFORM=offscreen "$root/usr/bin/career-workbench" --create-demo "$demo" >/dev/null 2>&1 \
    || fail "--create-demo with the installed binary (SQLite plugin?)"
line=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/career-workbench" --database "$demo" --check 2>&1)
grep -q "ok" <<<"$line" && pass "--check: $line" || fail "--check printed: $line"
# The system's language picks the interface's (the app's translations are inside the binary;
# "Usage:" itself is Qt's, from qt6-translations-l10n, so the check reads the app's own line).
for lang in "de Befehle (" "es Órdenes ("; do
    code=${lang%% *} word=${lang#* }
    out=$(LANG=${code}_${code^^}.UTF-8 LANGUAGE=$code XDG_CONFIG_HOME=$tmp/config-$code \
          QT_QPA_PLATFORM=offscreen "$root/usr/bin/career-workbench" --help 2>&1 | grep -F "$word")
    [[ -n $out ]] && pass "--help in $code: $out" || fail "--help in $code has no \"$word\""
done

# Open with: the desktop entry takes a file and names the document type.
exec_line=$(sed -n 's/^Exec=//p' "$share/applications/$app_id.desktop")
[[ $exec_line == "career-workbench %f" ]] || fail "Exec=$exec_line"
grep -q '^MimeType=.*application/x-career-workbench;' "$share/applications/$app_id.desktop" \
    || fail "desktop file does not list application/x-career-workbench"

# Validators.
desktop-file-validate "$share/applications/$app_id.desktop" >"$tmp/dfv.log" 2>&1
if [[ -s $tmp/dfv.log ]]; then cat "$tmp/dfv.log"; fail "desktop-file-validate is not clean"; else pass "desktop-file-validate"; fi
if appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >"$tmp/as.log" 2>&1; then
    grep -Eq '^[EWI]:' "$tmp/as.log" && { cat "$tmp/as.log"; fail "appstreamcli reports issues"; } || pass "appstreamcli validate"
else
    cat "$tmp/as.log"; fail "appstreamcli validate"
fi
grep -q "<release version=\"$version\"" "$share/metainfo/$app_id.metainfo.xml" \
    || fail "metainfo has no <release> for $version"
grep -q "<screenshot" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo has no screenshots"
grep -q "<content_rating" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo has no content rating"
top=$(zcat "$share/doc/career-workbench/changelog.gz" | head -n 1)
[[ $top == "career-workbench ($version) "* ]] || fail "changelog starts with: $top"

mkdir -p "$tmp/mime/packages" && cp "$share/mime/packages/$app_id.xml" "$tmp/mime/packages/"
if XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" >"$tmp/mime.log" 2>&1 && [[ ! -s $tmp/mime.log ]]; then
    grep -q "application/x-career-workbench:\*\.cwbench" "$tmp/mime/globs2" \
        && pass "shared-mime-info: *.cwbench" || fail "*.cwbench is not in globs2"
else
    cat "$tmp/mime.log"; fail "update-mime-database"
fi

# lintian: no errors, and no warning that packaging/linux/README.md does not explain.
lintian --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1
cat "$tmp/lintian.log"
grep -q '^E:' "$tmp/lintian.log" && fail "lintian reports errors"
while read -r tag; do
    grep -q -- "\`$tag\`" "$src/packaging/linux/README.md" || fail "lintian warning $tag is not explained in packaging/linux/README.md"
done < <(sed -n 's/^W: [^ ]* [^ ]* \([^ ]*\).*/\1/p; s/^W: [^ ]*: \([^ ]*\).*/\1/p' "$tmp/lintian.log" | sort -u)

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all package checks passed"
