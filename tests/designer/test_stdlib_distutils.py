"""NodeGraphQt gets Python's own distutils, so importing the canvas never imports setuptools."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = r"""
import json, sys
import designer.canvas.graph  # imports NodeGraphQt (which imports distutils.version) first of all
import distutils.version
print(json.dumps({"distutils": distutils.version.__file__,
                  "loaded": sorted(m for m in ("setuptools", "pkg_resources") if m in sys.modules)}))
"""

STDLIB = sysconfig.get_path("stdlib")
pytestmark = pytest.mark.skipif(importlib.machinery.PathFinder.find_spec("distutils", [STDLIB]) is None,
                                reason="this Python has no distutils of its own (3.12+)")


def test_nodegraphqt_loads_the_standard_librarys_distutils() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_PREFERRED_BINDING="PySide6")
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    assert Path(result["distutils"]).is_relative_to(STDLIB)


def test_a_distutils_already_loaded_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from designer.stdlib_distutils import use_stdlib_distutils

    marker = type(sys)("distutils")
    monkeypatch.setitem(sys.modules, "distutils", marker)
    use_stdlib_distutils()
    assert sys.modules["distutils"] is marker
