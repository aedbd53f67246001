"""Records what aws-cdk-lib does for the policy-validation scenarios into ``b_policy_expected.json``.

Run with the oracle venv, from a directory where PyPI's ``constructs`` is not shadowed by pycdk's:
``cd /tmp && CDK_VALIDATION=false /work/main/.venvs/oracle/bin/python /work/main/tests/core/_b_policy_oracle.py``
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import aws_cdk
import jsii
from _b_policy_scenarios import OUTDIR, SCENARIOS


def _drop_locations(stack: dict | None) -> None:
    while stack:
        stack.pop("location", None)
        stack = stack.get("child")


def strip_traces(report: dict) -> dict:
    """Drop what depends on creation stack traces, which pycdk does not record."""
    for plugin in report.get("pluginReports", []):
        for v in plugin.get("violations", []):
            for c in v.get("violatingConstructs", []):
                _drop_locations(c.get("constructStack"))
        for key in ("violations", "suppressedViolations"):
            for v in plugin.get(key, []):
                v.pop("acknowledgedStackTrace", None)
                for c in v.get("violatingConstructs", []):
                    c.pop("stackTraces", None)
    return report


def normalise(text: str, outdir: str) -> str:
    """The report path (absolute or relative to the working directory) as ``<OUTDIR>``."""
    for form in (outdir, os.path.relpath(outdir)):
        text = text.replace(form, "<OUTDIR>")
    return text


def decode_jsii_stderr(text: str) -> str:
    """aws-cdk-lib's stderr reaches Python as ``b'{"stderr":"<base64>"}'`` lines: decode them."""
    out = []
    for line in text.splitlines():
        if line.startswith("b'{\"stderr\":"):
            payload = json.loads(line[2:-1].encode().decode("unicode_escape"))
            out.append(base64.b64decode(payload["stderr"]).decode().rstrip("\n"))
        elif "deprecated" not in line and "Use `Validations" not in line and line:
            out.append(line)
    return "\n".join(out)


def main() -> None:
    out = {}
    implements = jsii.implements(aws_cdk.IPolicyValidationPluginBeta1)
    for name, scenario in SCENARIOS.items():
        with tempfile.TemporaryDirectory() as tmp:
            outdir = OUTDIR["path"] = os.path.join(tmp, "out")
            app = scenario(aws_cdk, implements)
            err = io.StringIO()
            error = None
            with contextlib.redirect_stderr(err):
                try:
                    app.synth()
                except RuntimeError as e:
                    error = str(e).split(": ", 1)[1] if str(e).startswith("ValidationFailed: ") else str(e)
            reports = {}
            for root, _, files in os.walk(outdir):
                for f in files:
                    if f in ("validation-report.json", "policy-validation-report.json"):
                        with open(os.path.join(root, f)) as fh:
                            reports[os.path.relpath(os.path.join(root, f), outdir)] = strip_traces(json.load(fh))
            out[name] = {
                "error": normalise(error, outdir) if error else None,
                "reports": reports,
                "stderr": normalise(decode_jsii_stderr(err.getvalue()), outdir),
            }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "b_policy_expected.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
