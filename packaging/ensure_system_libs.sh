#!/usr/bin/env sh
# Makes sure the Qt system libraries are present (Debian/Ubuntu).
# As root it installs what is missing with apt-get; otherwise it prints the exact apt line and fails.
# Usage: packaging/ensure_system_libs.sh [--gui] [--faketime]
#   --gui adds what a real window under Xvfb needs; --faketime adds faketime (make test-future)
set -eu
PKGS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
GUI_PKGS="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
for arg in "$@"; do
    case "$arg" in
        --gui) PKGS="$PKGS $GUI_PKGS" ;;
        --faketime) PKGS="$PKGS faketime" ;;
        *) echo "usage: $0 [--gui] [--faketime]" >&2; exit 2 ;;
    esac
done
if ! command -v dpkg >/dev/null 2>&1; then
    echo "note: not a Debian/Ubuntu system; make sure Qt 6's runtime libraries (OpenGL, EGL, xkbcommon, fontconfig, dbus) are installed." >&2
    exit 0
fi
missing=""
for p in $PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "Caudal needs these system packages. Install them and run make again:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
fi
