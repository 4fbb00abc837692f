"""Lazy package exports resolve to the real objects, and the modules the CLI and the designer
import at start load no heavy library they do not use (checked in a clean interpreter)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("fpdf", "alembic", "mako", "httpx", "jinja2", "apscheduler", "keyring")
PROBE = r"""
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted(h for h in sys.argv[2:] if h in sys.modules)))
"""


@pytest.mark.parametrize("module, allowed", [
    ("runtime.email", ()),
    ("runtime.email.accounts", ()),
    ("runtime.crm.http", ()),
    ("runtime.crm.connections", ()),
    ("runtime.secrets", ()),
    ("runtime.scheduling", ()),
    ("runtime.store.db", ()),
    ("runtime.email.templates_store", ("jinja2",)),  # what it is for
])
def test_module_loads_no_heavy_library_it_does_not_use(module: str, allowed: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, module, *HEAVY], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == sorted(allowed)


@pytest.mark.parametrize("package", ["runtime.email", "runtime.crm.http"])
def test_every_lazy_export_is_the_object_of_its_module(package: str) -> None:
    pkg = importlib.import_module(package)
    assert pkg.__all__
    for name in pkg.__all__:
        value = getattr(pkg, name)
        owner = importlib.import_module(getattr(value, "__module__", None) or package)
        assert getattr(owner, name, value) is value
        assert vars(pkg)[name] is value  # cached: the next lookup does not call __getattr__
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        pkg.missing  # noqa: B018


def test_from_import_of_a_submodule_still_works() -> None:
    from runtime.email import accounts, pdf_report

    assert accounts.SECURITY == ("none", "starttls", "ssl") and callable(pdf_report.render_report_pdf)
