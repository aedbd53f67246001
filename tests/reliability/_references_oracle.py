"""Writes ``references_expected.json``: what aws-cdk-lib does for each ``_references_cases`` case.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/reliability/_references_oracle.py``. An error is
recorded by its aws-cdk-lib error code, a success by the consumer's output value and the producer's resource
properties.
"""

from __future__ import annotations

import json
import os
import sys

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

sys.path.insert(0, os.path.dirname(__file__))
from _references_cases import CASES, build, case_id

CODES = ("CannotUseCrossEnvironment", "CannotGeneratePhysicalNameRegionUnresolved",
         "CannotGeneratePhysicalNameAccountUnresolved")


def main() -> None:
    out = {}
    for case in CASES:
        app = build(case, cdk, s3, sqs, sns, iam)
        try:
            assembly = app.synth()
        except Exception as e:
            code = next((c for c in CODES if c in str(e)), None)
            if code is None:
                raise
            out[case_id(case)] = {"error": code}
            continue
        consumer = assembly.get_stack_by_name("Consumer").template
        producer = assembly.get_stack_by_name("Producer").template
        props = next(r.get("Properties", {}) for lid, r in producer["Resources"].items() if lid.startswith("Res"))
        out[case_id(case)] = {"value": consumer["Outputs"]["Out"]["Value"], "producer_properties": props}
    path = os.path.join(os.path.dirname(__file__), "references_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
