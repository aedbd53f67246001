"""Suppressions (``Rules.suppress``, cdk-nag's ``cdk_nag`` metadata), unused ones, the packs as
policy-validation plugins, and ``Rules.assert_no_findings``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import constructs as cdk
from assertions import Template
from l2 import iam, lambda_, s3, sqs
from pycdk.rules import Level, Rules, SecurityPack, ServerlessPack


def _app(tmp_path: Path, **kwargs: Any) -> tuple[cdk.App, cdk.Stack]:
    app = cdk.App(outdir=str(tmp_path / "out"), **kwargs)
    return app, cdk.Stack(app, "S")


def _by_rule(result: Any, rule_id: str) -> list[Any]:
    return [f for f in result.findings if f.rule.id == rule_id]


def test_suppress_on_a_construct_and_on_a_stack(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    bucket = s3.Bucket(stack, "B")
    queue = sqs.Queue(stack, "Q")
    Rules.suppress(bucket, "S3.AccessLogs", reason="a scratch bucket")
    Rules.suppress(stack, "SQS.EnforceSSL", reason="only our functions use the queues")
    result = Rules.check(app)

    (logs,) = _by_rule(result, "S3.AccessLogs")
    assert logs.construct_path == "S/B/Resource"
    assert logs.suppressed_by is not None and logs.suppressed_by.reason == "a scratch bucket"
    assert logs.suppressed_by.construct_path == "S/B"
    (ssl,) = _by_rule(result, "SQS.EnforceSSL")
    assert ssl.suppressed_by is not None and ssl.suppressed_by.construct_path == "S"
    assert queue.node.path == "S/Q"
    (bucket_ssl,) = _by_rule(result, "S3.EnforceSSL")  # not suppressed: another rule
    assert bucket_ssl.suppressed_by is None and bucket_ssl in result.errors
    assert result.unused == []
    # recorded as aws-cdk-lib's acknowledgement metadata
    acks = [e.data for e in bucket.node.metadata if e.type == "aws:cdk:acknowledged-rules"]
    assert acks == [{"pycdk-Security::S3.AccessLogs": "a scratch bucket"}]


def test_a_rule_of_both_packs_is_reported_once_and_suppressed_for_both(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    queue = sqs.Queue(stack, "Q")
    Rules.suppress(queue, "SQS.DeadLetterQueue", reason="messages are idempotent and retried by the producer")
    result = Rules.check(app, [SecurityPack(), ServerlessPack()])
    (dlq,) = _by_rule(result, "SQS.DeadLetterQueue")
    assert dlq.suppressed_by is not None
    assert result.unused == []


def test_cdk_nag_suppressions_carry_over(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    bucket = s3.Bucket(stack, "B")
    fn = lambda_.Function(stack, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("def handler(e, c): pass"))
    bucket.grant_read(fn)
    cfn_bucket = bucket.node.default_child
    assert isinstance(cfn_bucket, cdk.CfnResource)
    # cdk-nag's NagSuppressions.addResourceSuppressions writes this metadata on the CfnResource
    cfn_bucket.add_metadata("cdk_nag", {"rules_to_suppress": [
        {"id": "AwsSolutions-S1", "reason": "the access log bucket itself"},
        {"id": "AwsSolutions-S2", "reason": "nothing to suppress here"},
        {"id": "AwsSolutions-EC28", "reason": "a rule pycdk does not have"},
    ]})
    policy = fn.role.node.find_child("DefaultPolicy").node.default_child  # type: ignore[union-attr]
    assert isinstance(policy, cdk.CfnResource)
    policy.add_metadata("cdk_nag", {"rules_to_suppress": [
        {"id": "AwsSolutions-IAM5", "reason": "read access to the bucket's objects",
         "applies_to": ["Action::s3:GetObject*", "Action::s3:GetBucket*", {"regex": "/^Action::s3:List.*$/g"},
                        {"regex": "/^Resource::<B.*\\.Arn>\\/\\*$/"}]},
    ]})
    # NagSuppressions.addResourceSuppressions(fn, ..., apply_to_children=True) copies an entry onto every resource
    # below the function: on the function itself it is not reported unused (no IAM5 rule looks at functions)
    cfn_function = fn.node.default_child
    assert isinstance(cfn_function, cdk.CfnResource)
    cfn_function.add_metadata("cdk_nag", {"rules_to_suppress": [{"id": "AwsSolutions-IAM5", "reason": "copied"}]})
    # NagSuppressions.addStackSuppressions writes the stack's template metadata
    stack.template_options.metadata = {"cdk_nag": {"rules_to_suppress": [
        {"id": "AwsSolutions-IAM4", "reason": "the basic execution role is fine here"}]}}
    result = Rules.check(app)

    (logs,) = _by_rule(result, "S3.AccessLogs")
    assert logs.suppressed_by is not None and logs.suppressed_by.source == "cdk_nag"
    assert logs.suppressed_by.reason == "the access log bucket itself"
    for rule_id in ("IAM.NoWildcardActions", "IAM.NoWildcardResources"):
        (finding,) = _by_rule(result, rule_id)
        assert finding.suppressed_by is not None, rule_id
        assert finding.suppressed_by.applies_to
    (managed,) = _by_rule(result, "IAM.NoManagedPolicies")
    assert managed.suppressed_by is not None and managed.suppressed_by.logical_id is None  # the stack's
    assert [(s.rule_id, s.source) for s in result.unused] == [("AwsSolutions-S2", "cdk_nag")]


def test_applies_to_must_cover_every_item(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    role = iam.Role(stack, "R", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    role.add_to_policy(iam.PolicyStatement(actions=["s3:Get*", "sqs:*"], resources=["*"]))
    policy = role.node.find_child("DefaultPolicy").node.default_child
    assert isinstance(policy, cdk.CfnResource)
    policy.add_metadata("cdk_nag", {"rules_to_suppress": [
        {"id": "AwsSolutions-IAM5", "reason": "reads only", "applies_to": ["Action::s3:Get*"]}]})
    result = Rules.check(app)
    (actions,) = _by_rule(result, "IAM.NoWildcardActions")
    assert actions.items == ("Action::s3:Get*", "Action::sqs:*")
    assert actions.suppressed_by is None  # sqs:* is not covered


def test_unused_suppressions_are_reported(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    queue = sqs.Queue(stack, "Q")
    Rules.suppress(queue, "S3.AccessLogs", reason="copied from the bucket by mistake")
    result = Rules.check(app)
    (unused,) = result.unused
    assert (unused.rule_id, unused.construct_path, unused.source) == ("pycdk-Security::S3.AccessLogs", "S/Q",
                                                                      "acknowledgement")
    assert "UnusedSuppression" in result.to_table()
    with pytest.raises(AssertionError, match="UnusedSuppression"):
        Rules.assert_no_findings(app, [SecurityPack(include=["S3.AccessLogs"])])


def test_suppress_rejects_bad_input(tmp_path: Path) -> None:
    _, stack = _app(tmp_path)
    bucket = s3.Bucket(stack, "B")
    with pytest.raises(cdk.ValidationError, match="S3.NoSuchRule.*names no rule"):
        Rules.suppress(bucket, "S3.NoSuchRule", reason="x")
    with pytest.raises(cdk.ValidationError, match="names no rule of pycdk-Security"):
        Rules.suppress(bucket, "pycdk-Security::Nope", reason="x")
    with pytest.raises(cdk.ValidationError, match="cdk-nag id"):
        Rules.suppress(bucket, "AwsSolutions-S1", reason="x")
    with pytest.raises(cdk.ValidationError, match="reason must say why") as info:
        Rules.suppress(bucket, "S3.AccessLogs", reason="  ")
    assert "S/B" in str(info.value)
    with pytest.raises(TypeError, match="reason must be a str"):
        Rules.suppress(bucket, "S3.AccessLogs", reason=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="scope must be a construct"):
        Rules.suppress("S/B", "S3.AccessLogs", reason="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown rule"):
        SecurityPack(include=["S3.Nope"])


def test_pack_as_plugin_fails_synthesis_on_errors(tmp_path: Path) -> None:
    app, stack = _app(tmp_path, policy_validation_beta1=[SecurityPack()])
    s3.Bucket(stack, "B")
    with pytest.raises(cdk.UnscopedValidationError) as info:
        app.synth()
    text = str(info.value)
    assert "No bucket policy denies requests without TLS" in text
    assert "S/B/Resource (B08E7C7AF)" in text
    assert "Acknowledge with 'pycdk-Security::S3.EnforceSSL'" in text
    report = json.loads((tmp_path / "out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    assert plugin["pluginName"] == "pycdk Security" and plugin["conclusion"] == "failure"


def test_pack_as_plugin_reports_suppressed_findings(tmp_path: Path) -> None:
    app, stack = _app(tmp_path, policy_validation_beta1=[SecurityPack()])
    bucket = s3.Bucket(stack, "B", enforce_ssl=True, versioned=True, encryption=s3.BucketEncryption.S3_MANAGED)
    Rules.suppress(bucket, "S3.AccessLogs", reason="a scratch bucket")
    app.synth()  # no error finding left: synthesis succeeds
    report = json.loads((tmp_path / "out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    assert plugin["conclusion"] == "success"
    assert plugin["violations"] == []
    (suppressed,) = plugin["suppressedViolations"]
    assert suppressed["ruleName"] == "S3.AccessLogs"
    assert suppressed["acknowledgedId"] == "pycdk-Security::S3.AccessLogs"
    assert suppressed["reason"] == "a scratch bucket"
    assert suppressed["violatingConstructs"][0]["constructPath"] == "S/B/Resource"


def test_assert_no_findings(tmp_path: Path) -> None:
    app, stack = _app(tmp_path)
    logs = s3.Bucket(stack, "Logs", enforce_ssl=True, versioned=True, encryption=s3.BucketEncryption.S3_MANAGED)
    s3.Bucket(stack, "Data", enforce_ssl=True, versioned=True, encryption=s3.BucketEncryption.KMS_MANAGED,
              server_access_logs_bucket=logs)
    other = cdk.Stack(app, "Other")
    s3.Bucket(other, "Plain", versioned=True)
    Rules.assert_no_findings(stack)
    Rules.assert_no_findings(Template.from_stack(stack))
    with pytest.raises(AssertionError, match=r"S3\.EnforceSSL"):
        Rules.assert_no_findings(other, level=Level.ERROR)
    with pytest.raises(AssertionError, match=r"S3\.Encryption"):
        Rules.assert_no_findings(Template.from_stack(other), [SecurityPack(include=["S3.Encryption"])])
    Rules.assert_no_findings(other, [SecurityPack(include=["S3.Versioning"])])


def test_check_scope_selects_stacks(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path / "out"))
    stage = cdk.Stage(app, "Prod")
    s3.Bucket(cdk.Stack(stage, "Data"), "B")
    sqs.Queue(cdk.Stack(app, "Top"), "Q")
    in_stage = Rules.check(stage)
    assert {f.stack_path for f in in_stage.findings} == {"Prod/Data"}
    assert {f.construct_path for f in in_stage.findings} == {"Prod/Data/B/Resource"}
    everything = Rules.check(app)
    assert {f.stack_path for f in everything.findings} == {"Prod/Data", "Top"}


def test_a_plugin_of_a_stage_ignores_acknowledgements_elsewhere(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path / "out"))
    prod = cdk.Stage(app, "Prod", policy_validation_beta1=[SecurityPack(include=["SQS.EnforceSSL"])])
    q = sqs.Queue(cdk.Stack(prod, "S"), "Q", enforce_ssl=True)
    other = sqs.Queue(cdk.Stack(app, "Other"), "Q")
    Rules.suppress(other, "SQS.EnforceSSL", reason="not checked by Prod's plugin")
    Rules.suppress(q, "SQS.EnforceSSL", reason="nothing to suppress: the queue enforces TLS")
    app.synth()
    report = json.loads((tmp_path / "out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    (unused,) = plugin["violations"]
    assert unused["ruleName"] == "UnusedSuppression"
    assert [c["constructPath"] for c in unused["violatingConstructs"]] == ["Prod/S/Q"]
