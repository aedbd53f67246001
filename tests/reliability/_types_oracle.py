"""Writes ``types_expected.json``: what aws-cdk-lib does at each ``_types_cases`` call.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/reliability/_types_oracle.py``. For each wrong-typed
case it records the class of the error raised at the call (``None`` when aws-cdk-lib accepts it there), and the
first line of the message; for each accepted case, whether aws-cdk-lib accepts it.
"""

from __future__ import annotations

import json
import os
import sys

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_ssm as ssm

sys.path.insert(0, os.path.dirname(__file__))
from _types_cases import ACCEPTED, CASES, namespace

MODULES = {
    "s3": s3, "sqs": sqs, "lambda_": lambda_, "dynamodb": dynamodb, "iam": iam, "kms": kms, "sns": sns,
    "logs": logs, "ssm": ssm, "secretsmanager": secretsmanager, "kinesis": kinesis, "cloudwatch": cloudwatch,
}


def main() -> None:
    out: dict[str, dict[str, object]] = {}
    for case_id, source, _argument, _owner in CASES:
        ns = namespace(cdk, MODULES)
        try:
            exec(source, ns)
        except Exception as e:
            out[case_id] = {"error": type(e).__name__, "message": str(e).splitlines()[0][:200]}
        else:
            out[case_id] = {"error": None}
    for case_id, source in ACCEPTED:
        ns = namespace(cdk, MODULES)
        try:
            exec(source, ns)
        except Exception as e:
            out[case_id] = {"error": type(e).__name__, "message": str(e).splitlines()[0][:200]}
        else:
            out[case_id] = {"error": None}
    path = os.path.join(os.path.dirname(__file__), "types_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
