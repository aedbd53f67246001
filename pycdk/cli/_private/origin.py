"""Where the running pycdk was installed from, as a requirement line a new project can install again.

pip records the origin of a distribution it did not take from an index in the dist-info's ``direct_url.json``
(PEP 610): ``{"url": ..., "dir_info": {"editable": true}}`` for a local folder, ``"archive_info"`` for a wheel or
sdist file or URL (with its hashes), ``"vcs_info"`` for a VCS checkout (with the commit). Without that file pycdk
came from an index, and ``pycdk==<version>`` installs it again — unless it runs from a source checkout that pip
never installed (``python -m pycdk`` in the checkout), which the project then installs in editable mode.
"""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

DIST = "pycdk"


def requirement_from_direct_url(direct_url: dict[str, Any] | None, version: str) -> str:
    """The ``requirements.txt`` line that installs this pycdk again, from its ``direct_url.json`` (or ``None``).

    * a local folder installed in editable mode -> ``-e /path/to/pycdk`` (the project follows that checkout);
    * a local folder -> ``pycdk @ file:///path/to/pycdk``;
    * a wheel or sdist -> ``pycdk @ <url>`` (with ``#sha256=...`` when pip recorded the hash);
    * a VCS checkout -> ``pycdk @ git+<url>@<commit>``;
    * an index -> ``pycdk==<version>``.
    """
    if not direct_url or not isinstance(direct_url.get("url"), str):
        return f"{DIST}=={version}"
    url: str = direct_url["url"]
    if "dir_info" in direct_url:
        if direct_url["dir_info"].get("editable"):
            parsed = urlparse(url)
            return f"-e {unquote(parsed.path)}" if parsed.scheme == "file" else f"-e {url}"
        return f"{DIST} @ {url}"
    if "vcs_info" in direct_url:
        vcs = direct_url["vcs_info"]
        commit = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"{DIST} @ {vcs.get('vcs', 'git')}+{url}" + (f"@{commit}" if commit else "")
    if "archive_info" in direct_url:
        info = direct_url["archive_info"]
        hashes = info.get("hashes") or {}
        digest = f"sha256={hashes['sha256']}" if "sha256" in hashes else info.get("hash", "").replace(":", "=", 1)
        return f"{DIST} @ {url}" + (f"#{digest}" if digest and "#" not in url else "")
    return f"{DIST} @ {url}"


def pycdk_requirement() -> str:
    """The requirement line for the pycdk this process runs (see :func:`requirement_from_direct_url`).

    A source checkout on ``sys.path`` also shows its ``pycdk.egg-info`` (no ``direct_url.json``); the installed
    distribution that has one wins.
    """
    dists = list(metadata.distributions(name=DIST))
    for dist in dists:
        text = dist.read_text("direct_url.json")
        if text:
            return requirement_from_direct_url(json.loads(text), dist.version)
    checkout = source_checkout()
    if checkout is not None:
        return f"-e {checkout}"
    if dists:
        return f"{DIST}=={dists[0].version}"
    from pycdk import __version__

    return f"{DIST}=={__version__}"


def source_checkout() -> Path | None:
    """The pycdk source folder this pycdk runs from without being pip-installed (``python -m pycdk`` there)."""
    import pycdk

    root = Path(pycdk.__file__).resolve().parent.parent
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and re.search(r'(?m)^name = "pycdk"$', pyproject.read_text(encoding="utf-8")):
        return root
    return None
