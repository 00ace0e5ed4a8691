#!/usr/bin/env bash
# Installs what building and testing Career Workbench needs on Debian 12 / Ubuntu 22.04+.
# Does nothing when everything is present; uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
    # Report tests: pdftotext/pdfinfo/pdffonts read exported PDFs back; Noto (Arabic and other
    # scripts) and Droid Sans Fallback (Chinese, Japanese, Korean) give the PDF writer glyphs
    # for non-Latin text.
    poppler-utils fonts-noto-core fonts-droid-fallback
)
# For `make test` under CI or a desktop without display: offscreen works without X, but the
# screenshot tooling and the PDF checks want these.
if [[ ${CW_WITH_TOOLS:-0} == 1 ]]; then
    packages+=(xvfb xauth xdotool imagemagick sqlite3)
fi

# For `make package-test`: the package checkers.
if [[ ${CW_WITH_PACKAGING:-0} == 1 ]]; then
    packages+=(dpkg-dev lintian desktop-file-utils appstream shared-mime-info)
fi

# CW_NO_APT=1: Qt and the tools come from elsewhere (CI with install-qt-action); install nothing.
if [[ ${CW_NO_APT:-0} == 1 ]]; then
    exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: not a Debian/Ubuntu system; install Qt 6.4+ (Base, Charts, SQL, Tools)," \
         "CMake 3.21+ and a C++17 compiler yourself (see README)." >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
