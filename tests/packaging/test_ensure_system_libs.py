"""packaging/ensure_system_libs.sh: which apt packages it asks for, with and without a display.

Run with a `dpkg` that knows no package and an `id` that is not root, so the script
prints its apt line instead of installing anything.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "ensure_system_libs.sh"


def _asked(tmp_path: Path, *args: str, **env: str) -> set[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, body in (("dpkg", "exit 1"), ("id", "echo 1000")):
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\n{body}\n")
        tool.chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    run = subprocess.run(["sh", str(SCRIPT), *args], env={**clean, **env, "PATH": f"{bin_dir}:/usr/bin:/bin"},
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    line = next(x for x in run.stderr.splitlines() if "apt-get install" in x)
    return set(line.split("-y", 1)[1].split())


def test_offscreen_needs_only_the_base_libraries(tmp_path):
    asked = _asked(tmp_path)
    assert "libegl1" in asked and "libxcb-cursor0" not in asked


def test_a_desktop_with_a_display_gets_the_window_libraries_not_xvfb(tmp_path):
    asked = _asked(tmp_path, "--gui", DISPLAY=":0")
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4"} <= asked
    assert "xvfb" not in asked and "libwayland-cursor0" not in asked


def test_wayland_adds_its_plugin_libraries(tmp_path):
    asked = _asked(tmp_path, "--gui", WAYLAND_DISPLAY="wayland-0")
    assert {"libwayland-cursor0", "libxcb-cursor0"} <= asked


def test_no_display_at_all_adds_xvfb(tmp_path):
    assert {"xvfb", "xauth", "libxcb-cursor0"} <= _asked(tmp_path, "--gui")


def test_make_run_asks_for_the_window_libraries_when_a_display_is_set():
    makefile = (ROOT / "Makefile").read_text()
    assert "run: syslibs-run" in makefile
    assert 'if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then sh packaging/ensure_system_libs.sh --gui' in makefile
