"""Writes ``fixtures/``: what aws-cdk-lib 2.275.0's ``Manifest.save_*`` write for the manifests of
``schema_manifests.py``. Run with the oracle venv, outside the repository (pycdk's ``constructs`` would shadow):
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/cloud_assembly_schema/oracle_expected.py``.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import schema_manifests as manifests  # noqa: E402
from aws_cdk import cloud_assembly_schema as m  # noqa: E402

OUT = os.path.join(HERE, "fixtures")
os.makedirs(OUT, exist_ok=True)
m.Manifest.save_assembly_manifest(manifests.assembly_manifest(m), os.path.join(OUT, "assembly.json"))
m.Manifest.save_asset_manifest(manifests.asset_manifest(m), os.path.join(OUT, "assets.json"))
m.Manifest.save_integ_manifest(manifests.integ_manifest(m), os.path.join(OUT, "integ.json"))
with open(os.path.join(OUT, "versions.json"), "w") as f:
    json.dump({"version": m.Manifest.version(), "cli_version": m.Manifest.cli_version()}, f)
