"""The reports: console table, JSON, SARIF 2.1.0 (checked against the required parts of the SARIF schema), and
``pycdk synth --rules`` (exit codes, report files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import constructs as cdk
from l2 import s3, sqs
from pycdk.cli._main import main
from pycdk.rules import Rules, SecurityPack

# The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) a code-scanning upload needs: required
# properties and enumerations of sarifLog, run, tool, toolComponent, reportingDescriptor, result, message,
# location, physicalLocation, artifactLocation, region, logicalLocation, suppression.
_MESSAGE = {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}],
            "properties": {"text": {"type": "string"}}}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
SARIF_SUBSET: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "items": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"],
                    "properties": {"name": {"type": "string"}, "version": {"type": "string"}, "rules": {
                        "type": "array", "items": {
                            "type": "object", "required": ["id"],
                            "properties": {"id": {"type": "string"},
                                           "shortDescription": _MESSAGE, "fullDescription": _MESSAGE,
                                           "help": _MESSAGE,
                                           "defaultConfiguration": {"type": "object",
                                                                    "properties": {"level": _LEVEL}}}}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message"],
                    "properties": {
                        "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": _LEVEL, "message": _MESSAGE,
                        "locations": {"type": "array", "items": {"type": "object", "properties": {
                            "physicalLocation": {"type": "object", "properties": {
                                "artifactLocation": {"type": "object", "properties": {"uri": {"type": "string"}}},
                                "region": {"type": "object", "properties": {
                                    "startLine": {"type": "integer", "minimum": 1}}}}},
                            "logicalLocations": {"type": "array", "items": {"type": "object", "properties": {
                                "name": {"type": "string"}, "fullyQualifiedName": {"type": "string"},
                                "kind": {"type": "string"}}}}}}},
                        "suppressions": {"type": "array", "items": {
                            "type": "object", "required": ["kind"],
                            "properties": {"kind": {"enum": ["inSource", "external"]},
                                           "justification": {"type": "string"}}}},
                    }}},
            }}},
    },
}


def _result(tmp_path: Path) -> Any:
    app = cdk.App(outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "S")
    bucket = s3.Bucket(stack, "B", versioned=True)
    queue = sqs.Queue(stack, "Q")
    Rules.suppress(queue, "SQS.EnforceSSL", reason="internal queue")
    Rules.suppress(queue, "S3.AccessLogs", reason="left over")
    assert bucket.node.path == "S/B"
    return Rules.check(app)


def test_table(tmp_path: Path) -> None:
    result = _result(tmp_path)
    lines = result.to_table().splitlines()
    assert lines[0].split() == ["level", "rule", "construct", "message"]
    assert lines[1].split()[:3] == ["ERROR", "S3.AccessLogs", "S/B/Resource"]
    assert any(line.split()[:3] == ["WARNING", "UnusedSuppression", "S/Q"] for line in lines)
    assert not any("SQS.EnforceSSL" in line for line in lines)  # suppressed
    errors = len(result.errors)
    warnings = len(result.warnings) + 1
    assert lines[-1] == f"pycdk Security: {errors} error(s), {warnings} warning(s), 1 suppressed"


def test_json(tmp_path: Path) -> None:
    report = _result(tmp_path).to_json()
    json.dumps(report)  # serializable
    # errors: S3.AccessLogs, S3.EnforceSSL (bucket); warnings: S3.Encryption (bucket), SQS.DeadLetterQueue (queue)
    assert report["summary"] == {"errors": 2, "warnings": 2, "suppressed": 1, "unusedSuppressions": 1}
    by_rule = {f["rule"]: f for f in report["findings"]}
    assert by_rule["SQS.EnforceSSL"]["suppressed"] == {
        "id": "pycdk-Security::SQS.EnforceSSL", "reason": "internal queue", "source": "acknowledgement",
        "stack": "", "constructPath": "S/Q"}
    assert by_rule["S3.EnforceSSL"]["constructPath"] == "S/B/Resource"
    assert by_rule["S3.EnforceSSL"]["resourceType"] == "AWS::S3::Bucket"
    assert report["unusedSuppressions"][0]["id"] == "pycdk-Security::S3.AccessLogs"
    assert report["packs"][0]["name"] == "pycdk Security" and len(report["packs"][0]["rules"]) >= 40


def test_sarif(tmp_path: Path) -> None:
    log = _result(tmp_path).to_sarif()
    jsonschema.validate(log, SARIF_SUBSET)
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == len(SecurityPack().rules) + 1  # and UnusedSuppression
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    ssl = next(r for r in run["results"] if r["ruleId"] == "S3.EnforceSSL")
    location = ssl["locations"][0]
    assert location["logicalLocations"][0] == {"name": "B08E7C7AF", "fullyQualifiedName": "S/B/Resource",
                                               "kind": "resource"}
    template = Path(tmp_path / "out" / "S.template.json").read_text().splitlines()
    assert template[location["physicalLocation"]["region"]["startLine"] - 1].strip() == '"B08E7C7AF": {'
    suppressed = next(r for r in run["results"] if r["ruleId"] == "SQS.EnforceSSL")
    assert suppressed["suppressions"][0]["kind"] == "inSource"
    assert suppressed["suppressions"][0]["justification"] == "internal queue"
    unused = next(r for r in run["results"] if r["ruleId"] == "UnusedSuppression")
    assert unused["level"] == "warning"


def _assembly(tmp_path: Path, compliant: bool) -> Path:
    out = tmp_path / ("ok" if compliant else "bad")
    app = cdk.App(outdir=str(out))
    stack = cdk.Stack(app, "S")
    bucket = s3.Bucket(stack, "B", enforce_ssl=compliant)
    if compliant:
        Rules.suppress(bucket, "S3.AccessLogs", reason="a test bucket")
    app.synth()
    return out


def test_cli_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    bad, ok = _assembly(tmp_path, False), _assembly(tmp_path, True)
    capsys.readouterr()
    assert main(["synth", "--app", str(bad), "--rules", "security", "-q"]) == 1
    err = capsys.readouterr().err
    assert "S3.EnforceSSL" in err and "rules: 2 error finding(s)" in err
    sarif_file = tmp_path / "rules.sarif"
    assert main(["synth", "--app", str(ok), "--rules", "security,serverless", "-q",
                 "--rules-report", str(sarif_file)]) == 0
    assert json.loads(sarif_file.read_text())["version"] == "2.1.0"
    json_file = tmp_path / "rules.json"
    assert main(["synth", "--app", str(ok), "--rules", "security", "-q", "--rules-report", str(json_file)]) == 0
    assert json.loads(json_file.read_text())["summary"]["errors"] == 0
    assert main(["synth", "--app", str(ok), "--rules", "nag", "-q"]) == 2
    assert "unknown rule pack(s) nag" in capsys.readouterr().err
    assert main(["synth", "--app", str(bad), "-q"]) == 0  # without --rules nothing is checked


def test_sarif_locates_unused_suppressions_read_from_an_assembly(tmp_path: Path) -> None:
    out = tmp_path / "asm"
    app = cdk.App(outdir=str(out))
    stack = cdk.Stack(app, "S")
    bucket = s3.Bucket(stack, "B", enforce_ssl=True)
    cfn = bucket.node.default_child
    assert isinstance(cfn, cdk.CfnResource)
    cfn.add_metadata("cdk_nag", {"rules_to_suppress": [{"id": "AwsSolutions-S10", "reason": "TLS is enforced"}]})
    Rules.suppress(stack, "SQS.EnforceSSL", reason="no queue here")
    app.synth()
    log = Rules.check_assembly(str(out)).to_sarif()
    jsonschema.validate(log, SARIF_SUBSET)
    unused = [r for r in log["runs"][0]["results"] if r["ruleId"] == "UnusedSuppression"]
    assert sorted(r["message"]["text"].split()[3] for r in unused) == ["AwsSolutions-S10", "pycdk-Security::SQS.EnforceSSL"]
    template = (out / "S.template.json").read_text().splitlines()
    for r in unused:
        physical = r["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].endswith("S.template.json")
        if "AwsSolutions-S10" in r["message"]["text"]:
            assert template[physical["region"]["startLine"] - 1].strip() == '"B08E7C7AF": {'
