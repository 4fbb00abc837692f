"""Python's own distutils for NodeGraphQt, not setuptools' replacement (0.1-0.3 s of start-up).

NodeGraphQt 0.6.44 imports `distutils.version.LooseVersion` to compare Qt versions. In
a virtual environment setuptools installs a shim that answers `import distutils` by
importing all of setuptools and pkg_resources: 110 ms on a quiet machine, over 300 ms on
a busy one, before the window can paint. Python 3.11's own distutils loads in ~4 ms.
Where there is none (3.12+, a frozen bundle), nothing changes: the normal import runs.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import sysconfig
import warnings


def use_stdlib_distutils() -> None:
    """Load the standard library's distutils as `distutils`, unless one is loaded already."""
    if "distutils" in sys.modules:
        return
    spec = importlib.machinery.PathFinder.find_spec("distutils", [sysconfig.get_path("stdlib")])
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["distutils"] = module
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # "distutils is deprecated": we know
            spec.loader.exec_module(module)
    except Exception:  # an odd installation: leave it to the normal import
        del sys.modules["distutils"]
