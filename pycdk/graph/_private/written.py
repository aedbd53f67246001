"""Which picture files ``pycdk graph`` wrote, so that it never overwrites a file it did not write.

A folder ``pycdk graph`` writes into gets a sidecar ``.pycdk-graph.json``: for each file it wrote there, the
SHA-256 of the bytes it wrote. A target that exists is replaced only when the sidecar lists it with the hash of
its current bytes (pycdk wrote it and nobody changed it since); any other existing file (the user's own
``graph/app.svg``, a picture pycdk wrote that was edited afterwards, one from before the sidecar existed) is
refused with an error that names it. The pictures' own bytes carry no marker, so they stay what the renderers
produce (``docs/diagrams`` compares them byte for byte).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

SIDECAR = ".pycdk-graph.json"
"""The sidecar's file name, in the folder of the pictures."""
_GENERATOR = "pycdk graph"


class NotWrittenByPycdk(Exception):
    """The target exists and ``pycdk graph`` did not write it (or it changed since)."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sidecar(folder: Path) -> dict[str, Any] | None:
    """The sidecar of ``folder`` (``{}`` when there is none; ``None`` when a file of that name is not ours)."""
    path = folder / SIDECAR
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("generator") != _GENERATOR or not isinstance(data.get("files"), dict):
        return None
    return data


def check_target(target: Path) -> None:
    """Raise ``NotWrittenByPycdk`` unless ``target`` may be written: it does not exist, or pycdk wrote it
    (the sidecar has the hash of its current bytes). The sidecar itself must be pycdk's too."""
    folder = target.parent
    sidecar = _sidecar(folder) if folder.is_dir() else {}
    if sidecar is None:
        raise NotWrittenByPycdk(
            f"{folder / SIDECAR} is not the record pycdk graph keeps of the files it wrote: pycdk will not write "
            f"into {folder} (choose another folder with --graph-dir or --out)")
    if target.name == SIDECAR:
        raise NotWrittenByPycdk(f"{target}: that name is pycdk graph's record of the files it wrote; choose another")
    if not target.exists() and not target.is_symlink():
        return
    recorded = sidecar.get("files", {}).get(target.name)
    if recorded is not None and target.is_file() and not target.is_symlink():
        if _digest(target.read_bytes()) == recorded:
            return
        raise NotWrittenByPycdk(
            f"{target} was written by pycdk graph but has been changed since: pycdk will not overwrite it "
            "(move it away, or choose another file with --out)")
    raise NotWrittenByPycdk(
        f"{target} exists and was not written by pycdk graph: pycdk will not overwrite it (move it away, or "
        "choose another file with --out or --graph-dir)")


def write_target(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` (after ``check_target``) and record it in the folder's sidecar."""
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    sidecar = _sidecar(folder) or {}
    files = dict(sidecar.get("files") or {})
    files[target.name] = _digest(data)
    target.write_bytes(data)
    record = {"generator": _GENERATOR, "files": dict(sorted(files.items()))}
    (folder / SIDECAR).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
