#!/usr/bin/env sh
# Makes sure the Qt system libraries are present (Debian/Ubuntu).
# As root it installs what is missing with apt-get; otherwise it prints the exact apt line and fails.
# Usage: packaging/ensure_system_libs.sh [--gui]
#   without --gui: what Qt needs offscreen (tests, the CLI);
#   --gui: also what a real window needs (Qt's xcb plugin; on Wayland its wayland plugin too);
#          with no display at all, Xvfb to draw one (`make run` passes --gui when DISPLAY or
#          WAYLAND_DISPLAY is set: "Could not load the Qt platform plugin xcb" otherwise).
set -eu
PKGS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
WINDOW_PKGS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-sync1 libxcb-xfixes0 libxcb-shm0 libx11-xcb1 libxkbcommon-x11-0"
WAYLAND_PKGS="libwayland-client0 libwayland-cursor0 libwayland-egl1"
XVFB_PKGS="xvfb xauth"
if [ "${1:-}" = "--gui" ]; then
    PKGS="$PKGS $WINDOW_PKGS"
    [ -n "${WAYLAND_DISPLAY:-}" ] && PKGS="$PKGS $WAYLAND_PKGS"
    [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && PKGS="$PKGS $XVFB_PKGS"
fi
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
    echo "Installing Qt system libraries:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
    echo "Caudal needs these system packages (Qt's libraries to draw its window). Install them and run make again:" >&2
    echo "  sudo apt-get install -y$missing" >&2
    exit 1
fi
