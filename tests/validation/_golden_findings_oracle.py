"""Writes ``golden_findings_expected.json``: aws-cdk-lib's findings (rules pycdk implements) for golden apps.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/validation/_golden_findings_oracle.py``. Each app of
``APPS`` (a golden app, relative to ``tests/golden``) is run by aws-cdk-lib into a temporary folder; its
``validation-report.json`` gives ``[rule, description]`` per finding, sorted. ``test_golden_findings.py`` runs pycdk's
checks on the same apps' fixture templates (byte-identical to what pycdk synthesizes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(os.path.dirname(HERE), "golden")
RULES = ("F3004", "E1027", "E3505")
APPS = (
    "core/dynamic_references",
    "l2_cloudformation_include/include_features",
    "l2_custom_resources/integ_provider_with_waiter_state_machine_custom_role",
    "l2_sns_subscriptions/integ_sns_sqs_restrict_descryption_shared_key",
    "l2_ssm/integ_parameter_store_string",
    "l2_ssm/value_for_parameter",
    "l2_lambda_event_sources/integ_sqs",
    "l2_sqs/integ_sqs",
)


def main() -> None:
    out: dict[str, list[list[str]]] = {}
    for app in APPS:
        outdir = tempfile.mkdtemp()
        path = os.path.join(GOLDEN, app + ".py")
        subprocess.run([sys.executable, path], cwd=os.path.dirname(path), env={**os.environ, "CDK_OUTDIR": outdir},
                       capture_output=True, check=True)
        findings: list[list[str]] = []
        report = os.path.join(outdir, "validation-report.json")
        if os.path.exists(report):
            with open(report, encoding="utf-8") as f:
                for plugin in json.load(f)["pluginReports"]:
                    findings.extend([v["ruleName"], v["description"]] for v in plugin["violations"]
                                    if v["ruleName"] in RULES)
        out[app] = sorted(findings)
    with open(os.path.join(HERE, "golden_findings_expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
