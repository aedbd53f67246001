"""The README's editable install (``pip install -e .``) is visible to mypy and pyright.

setuptools makes an editable install either with a plain ``.pth`` file naming the source folder, which static
type checkers read, or with an import-hook finder module (``__editable___<name>_finder.py``), which they cannot
follow: the packages then vanish for mypy and pyright. pyproject's ``package-dir = {"" = "."}`` (a "simple
layout") selects the ``.pth``. This builds the editable wheel as pip would (PEP 660 ``build_editable``, no
network: no dependencies are installed) and reads what it would put in site-packages.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("constructs", "l1", "l2", "patterns", "assertions", "pycdk")


def test_editable_wheel_is_a_static_pth_naming_the_source_folder(tmp_path: Path) -> None:
    code = "import sys; from setuptools import build_meta; print(build_meta.build_editable(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    wheel = tmp_path / done.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        top_level = [n for n in names if "/" not in n]
        assert not [n for n in top_level if n.endswith(".py")], f"an import-hook finder module: {top_level}"
        pth = [n for n in top_level if n.endswith(".pth")]
        assert len(pth) == 1, top_level
        lines = archive.read(pth[0]).decode().splitlines()
    # a static path line, not an `import ...` line (those are what the finder's .pth holds)
    assert [Path(line) for line in lines if line.strip()] == [ROOT]
    for package in PACKAGES:
        assert (ROOT / package / "__init__.py").is_file()
        assert (ROOT / package / "py.typed").is_file(), f"{package} has no py.typed"
