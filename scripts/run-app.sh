#!/usr/bin/env bash
# Builds PageLab (optimised, with debug info) in build/app and starts it.
# Extra arguments go to pagelab, e.g. --open FILE.vms, --lesson page-walk or --present.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-deps.sh
cmake -S . -B build/app -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAGELAB_BUILD_TESTS=OFF
cmake --build build/app
exec build/app/app/gui/pagelab "$@"
