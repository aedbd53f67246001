"""Snapshot testing of synthesized templates with syrupy, stored as readable YAML.

:class:`TemplateSnapshotExtension` serializes a stack, a :class:`~assertions.Template` or a template dict to
YAML (one ``.yaml`` file per snapshot under ``__snapshots__/<test file>/``), after
:func:`normalize_template` has replaced the values that change without the infrastructure changing: asset
hashes (64 hex digits, e.g. in ``S3Key: <hash>.zip``, ``aws:asset:path: asset.<hash>`` and the
``/<hash>.json`` of a nested stack's ``TemplateURL``) become ``<asset-hash>``.

Most users get it through the ``template_snapshot`` fixture of :mod:`assertions.pytest_plugin`::

    def test_stack(template_snapshot):
        assert template_snapshot == stack

Update snapshots with ``pytest --snapshot-update``; a mismatch prints a line diff of the YAML.
"""

from __future__ import annotations

import json
import re
from typing import Any

from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from constructs.internals import yaml_writer

ASSET_HASH_PLACEHOLDER = "<asset-hash>"
"""What every asset hash is replaced with in a normalized template."""

_ASSET_HASH = re.compile(r"(?<![0-9a-fA-F])[0-9a-f]{64}(?![0-9a-fA-F])")


def normalize_template(template: Any) -> Any:
    """A copy of ``template`` with asset hashes (64 lowercase hex digits) replaced by ``<asset-hash>``.

    Keys and string values are both normalized, at any depth; everything else is copied as is.
    """
    if isinstance(template, str):
        return _ASSET_HASH.sub(ASSET_HASH_PLACEHOLDER, template)
    if isinstance(template, dict):
        return {normalize_template(k): normalize_template(v) for k, v in template.items()}
    if isinstance(template, (list, tuple)):
        return [normalize_template(v) for v in template]
    return template


def template_to_yaml(template: Any) -> str:
    """``template`` as YAML, keys in template order, long lines never folded."""
    return yaml_writer.to_yaml(template)


def _template_dict(data: Any) -> Any:
    """The template held by ``data``: a stack, a ``Template``, a JSON string or the dict itself."""
    from ._template import Template

    if isinstance(data, Template):
        return data.to_json()
    if isinstance(data, str):
        return json.loads(data)
    if hasattr(data, "artifact_id") and hasattr(data, "node"):
        return Template.from_stack(data).to_json()
    return data


class TemplateSnapshotExtension(SingleFileSnapshotExtension):
    """A syrupy extension storing each snapshot as a normalized YAML template in its own ``.yaml`` file.

    Accepts a stack (synthesized through ``Template.from_stack``), a ``Template``, a template dict or a JSON
    string. syrupy's ``include``/``exclude``/``matcher`` options are ignored (templates are
    normalized instead).
    """

    file_extension = "yaml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, *, exclude: Any = None, include: Any = None, matcher: Any = None) -> str:
        return template_to_yaml(normalize_template(_template_dict(data)))
