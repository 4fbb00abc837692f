"""main.py routes designer-only options to the designer and everything else to the CLI."""

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("caudal_main", Path(__file__).parents[3] / "main.py")
entry = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(entry)


@pytest.mark.parametrize("args", [
    [], ["--lang", "es"], ["--db", "x.db"], ["--db", "x.db", "--lang", "en"],
    ["--lang=en", "--db=sqlite:///x.db"],
])
def test_designer_options_open_the_designer(args):
    assert entry.opens_designer(args)


@pytest.mark.parametrize("args", [
    ["nodes"], ["--db", "x.db", "flows", "list"], ["--help"], ["--version"],
    ["--lang", "es", "history"], ["--db"], ["run", "--until-idle"],
])
def test_anything_else_goes_to_the_cli(args):
    assert not entry.opens_designer(args)
