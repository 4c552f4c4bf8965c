#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages gaitsim builds and tests with; idempotent:
# packages already installed are skipped, and nothing runs when all are present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libbullet-dev          # physics (btMultiBody), float64 build via pkg-config bullet-float64
  libtomlplusplus-dev    # scenario files
  libcli11-dev           # command line
  nlohmann-json3-dev     # JSON summaries
  catch2                 # tests
  libsdl2-dev libimgui-dev libstb-dev libgl-dev libegl-dev   # app and renderer
  fonts-dejavu-core      # the app's UI font (ImGui's built-in font is the fallback)
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev # clip recording
  xvfb xauth libgl1-mesa-dri libegl-mesa0                     # GUI test and headless rendering
  clang libclang-rt-dev  # make fuzz: clang 14 and its libFuzzer, ASan and UBSan runtimes
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
