#!/usr/bin/env bash
# Installs the Debian packages Jitbook builds against, only those missing (so a second run is
# quick), then builds the release binary. Sourced by scripts/jitbook and scripts/test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(llvm-19-dev libedit-dev libopenblas-dev liblapacke-dev tmux)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}..." >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "Building jitbook (release)..." >&2
if ! log=$(swift build -c release --product jitbook 2>&1); then
    echo "$log" >&2
    exit 1
fi
