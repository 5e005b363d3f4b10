#!/usr/bin/env bash
# Shows a screenshot as people with protanopia, deuteranopia and tritanopia see it, to check a
# palette by eye (the tests check the palettes' numbers: tests/ui/test_palettes.cpp). The
# matrices are Machado, Oliveira and Fernandes (2009) at severity 1.0, applied to linear RGB,
# as tests/ui/color_science.h does. Needs ImageMagick (scripts/setup-deps.sh).
#   scripts/simulate-cvd.sh shot.png            -> shot-protanopia.png, shot-deuteranopia.png,
#                                                  shot-tritanopia.png, shot-cvd.png (all four)
set -euo pipefail

if (($# != 1)) || [[ ! -f "$1" ]]; then
    echo "usage: $0 SCREENSHOT.png" >&2
    exit 2
fi
in=$1
base=${in%.png}

declare -A matrix=(
    [protanopia]="0.152286 1.052583 -0.204868  0.114503 0.786281 0.099216  -0.003882 -0.048116 1.051998"
    [deuteranopia]="0.367322 0.860646 -0.227968  0.280085 0.672501 0.047413  -0.011820 0.042940 0.968881"
    [tritanopia]="1.255528 -0.076749 -0.178779  -0.078411 0.930809 0.147602  0.004733 0.691367 0.303900"
)

outs=()
for kind in protanopia deuteranopia tritanopia; do
    out="$base-$kind.png"
    # -colorspace RGB: linear light, where the matrices apply; back to sRGB to look at it.
    convert "$in" -colorspace RGB -color-matrix "${matrix[$kind]}" -colorspace sRGB "$out"
    outs+=("$out")
    echo "$out"
done
# All four in one picture, labelled, to compare at a glance.
montage -label '%t' "$in" "${outs[@]}" -tile 2x2 -geometry +4+4 -pointsize 18 "$base-cvd.png"
echo "$base-cvd.png"
