"""Writes ``validation_expected.json``: aws-cdk-lib's synth outcome for each ``_validation_cases`` case.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/validation/_validation_oracle.py``. Each case records
whether synth succeeded (``ok``) or the start of its error, and the findings of aws-cdk-lib's built-in template
validation (``validation-report.json``) for the rules pycdk implements: ``[rule, severity, description,
construct paths]``, sorted; the ids of the other rules that fired go to ``other_rules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from types import SimpleNamespace

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as les
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

sys.path.insert(0, os.path.dirname(__file__))
from _validation_cases import CASES, CONTEXT, ENV, RULES, build_stacks

MODULES = SimpleNamespace(cdk=cdk, kms=kms, sns=sns, iam=iam, sqs=sqs, lambda_=lambda_, les=les)


def run(case: str) -> dict:
    """The outcome of ``case``; a case with environment variables runs in a child process started with them
    (aws-cdk-lib's Node.js process reads its environment once, when ``aws_cdk`` is imported)."""
    if case in ENV and os.environ.get("_VALIDATION_ORACLE_CHILD") != case:
        env = {**os.environ, **ENV[case], "_VALIDATION_ORACLE_CHILD": case}
        done = subprocess.run([sys.executable, __file__, case], env=env, capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])
    outdir = tempfile.mkdtemp()
    app = cdk.App(outdir=outdir, context=CONTEXT.get(case))
    build_stacks(case, MODULES, app)
    try:
        app.synth()
        result: dict = {"outcome": "ok"}
    except Exception as e:  # the oracle records any failure
        result = {"outcome": "error", "error": str(e).split(":")[0].split("\n")[0]}
    findings, others = [], set()
    report = os.path.join(outdir, "validation-report.json")
    if os.path.exists(report):
        with open(report, encoding="utf-8") as f:
            for plugin in json.load(f)["pluginReports"]:
                for v in plugin["violations"]:
                    if v["ruleName"] in RULES:
                        paths = sorted(c["constructPath"] for c in v["violatingConstructs"])
                        findings.append([v["ruleName"], v["severity"], v["description"], paths])
                    else:
                        others.add(v["ruleName"])
    result["findings"] = sorted(findings)
    result["other_rules"] = sorted(others)
    return result


def main() -> None:
    if len(sys.argv) > 1:
        print(json.dumps(run(sys.argv[1])))
        return
    out = {case: run(case) for case in CASES}
    path = os.path.join(os.path.dirname(__file__), "validation_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
