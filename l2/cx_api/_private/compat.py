"""The manifests of the artifacts this package reads also answer the reads of the core's raw manifest dicts.

The core's artifacts (``App.synth()``'s) hold ``manifest.json``'s entries as dicts, and pycdk code written for
them reads ``artifact.manifest.get("type")``; this package's artifacts extend the core's, with aws-cdk-lib's
``ArtifactManifest`` struct as ``manifest``. The struct here is that struct, plus read-only mapping access by
JSON key (``get``, ``[]``, ``in``, ``keys``) to the JSON the struct writes, so that code works with both.
"""

from __future__ import annotations

from collections.abc import KeysView
from typing import Any

from constructs.internals import structs
from l2.cloud_assembly_schema import ArtifactManifest
from l2.cloud_assembly_schema._private.codec import to_json


class _JsonReads:
    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of ``key`` (a manifest key: ``type``, ``properties``...), or ``default``."""
        return to_json(self).get(key, default)

    def __getitem__(self, key: str) -> Any:
        return to_json(self)[key]

    def __contains__(self, key: object) -> bool:
        return key in to_json(self)

    def keys(self) -> KeysView[str]:
        """The manifest keys that are set."""
        return to_json(self).keys()  # type: ignore[no-any-return]


_FIELDS: tuple[str, ...] = tuple(f.name for f in ArtifactManifest.__struct_fields__)  # type: ignore[attr-defined]


@structs.frozen(kw_only=True)
class ArtifactManifestRecord(_JsonReads, ArtifactManifest):
    """An ``ArtifactManifest`` that also reads like the core's manifest dict; equal to the ``ArtifactManifest``
    of the same fields, and shown as one."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArtifactManifest):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in _FIELDS)

    def __hash__(self) -> int:
        return hash(tuple(repr(getattr(self, n)) for n in _FIELDS))

    def __repr__(self) -> str:
        return "ArtifactManifest(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in _FIELDS) + ")"


def record(manifest: ArtifactManifest) -> ArtifactManifestRecord:
    if isinstance(manifest, ArtifactManifestRecord):
        return manifest
    return ArtifactManifestRecord(**{n: getattr(manifest, n) for n in _FIELDS})
