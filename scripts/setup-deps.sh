#!/usr/bin/env bash
# Installs the Debian 12 packages PageLab needs to build, run and test. Idempotent: it asks
# dpkg which packages are missing and installs only those (apt-get update only then).
set -euo pipefail

packages=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libxkbcommon-dev libgl-dev
    libbenchmark-dev
    xvfb xauth
    # The Simplified Chinese UI (translations/pagelab_zh_CN.ts) needs a CJK font, else boxes,
    # and its mono text (console, addresses) a CJK face with fixed-width glyphs: Noto Sans Mono
    # CJK SC (ui/theme/theme.h, monoFamilies). The tests check what a screen shows with them.
    fonts-droid-fallback fonts-noto-cjk
    # ImageMagick: scripts/simulate-cvd.sh shows a screenshot as colour-blind people see it.
    imagemagick
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "setup-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
echo "setup-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
