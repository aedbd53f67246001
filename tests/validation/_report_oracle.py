"""Writes ``report_expected.json``: the ``validation-report.json`` (and ``policy-validation-report.json`` when
asked for) aws-cdk-lib 2.275.0 writes for each ``_report_cases`` case, stack traces left out (pycdk records
none), and what synth prints on stderr.

Run with the oracle venv from /tmp (PyPI's ``constructs`` must not be shadowed):
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/validation/_report_oracle.py``
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "core"))


def strip(report: dict) -> dict:
    for plugin in report.get("pluginReports", []):
        for key in ("violations", "suppressedViolations"):
            for v in plugin.get(key, []):
                v.pop("acknowledgedStackTrace", None)
                for c in v.get("violatingConstructs", []):
                    c.pop("stackTraces", None)
    return report


def run(case: str) -> dict:
    import aws_cdk as cdk
    from _report_cases import CONTEXT, build
    from aws_cdk import aws_iam as iam
    from aws_cdk import aws_kms as kms
    from aws_cdk import aws_lambda as lambda_
    from aws_cdk import aws_lambda_event_sources as les
    from aws_cdk import aws_sns as sns
    from aws_cdk import aws_sqs as sqs

    m = SimpleNamespace(cdk=cdk, kms=kms, sns=sns, iam=iam, sqs=sqs, lambda_=lambda_, les=les)
    outdir = tempfile.mkdtemp()
    app = cdk.App(outdir=outdir, context=CONTEXT.get(case))
    build(case, m, app)
    try:
        app.synth()
        result: dict = {"outcome": "ok"}
    except Exception as e:  # the oracle records any failure
        result = {"outcome": "error", "error": str(e)}
    for name in ("validation-report.json", "policy-validation-report.json"):
        path = os.path.join(outdir, name)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            result[name] = strip(data) if name == "validation-report.json" else data
    return result


def main() -> None:
    from _report_cases import CASES

    if len(sys.argv) > 1:
        print("RESULT " + json.dumps(run(sys.argv[1])))
        return
    out = {}
    for case in CASES:
        env = {k: v for k, v in os.environ.items() if k not in ("CDK_VALIDATION", "PYTEST_CURRENT_TEST")}
        env.update({"JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "CDK_APP_MODE": "process"})
        done = subprocess.run([sys.executable, __file__, case], env=env, capture_output=True, text=True, check=True)
        line = next(ln for ln in done.stdout.splitlines() if ln.startswith("RESULT "))
        out[case] = json.loads(line[len("RESULT "):])
        print(case, out[case]["outcome"], file=sys.stderr)
    with open(os.path.join(HERE, "report_expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
