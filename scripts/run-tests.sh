#!/usr/bin/env bash
# Builds everything in Debug with the address and undefined-behaviour sanitizers in
# build/test and runs the whole test suite. Needs no display: Qt uses its offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
export QT_QPA_PLATFORM=offscreen
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPAGELAB_SANITIZE=ON
cmake --build build/test
cd build/test
ctest --output-on-failure -j2
