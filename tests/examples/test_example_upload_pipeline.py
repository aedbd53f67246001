"""examples/upload_pipeline: the stack's resources, both ways of synthesizing it, cfn-lint, and the handlers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from example_support import cfn_lint_errors, load_module

from assertions import Match, Template
from constructs import App

EXAMPLE = "upload_pipeline"
stack_module = load_module(EXAMPLE, "upload_pipeline_stack.py")
ingest = load_module(EXAMPLE, "handler/ingest.py")
process = load_module(EXAMPLE, "handler/process.py")


@pytest.fixture(scope="module")
def stack() -> Any:
    return stack_module.UploadPipelineStack(App(), "UploadPipeline")


@pytest.fixture(scope="module")
def template(stack: Any) -> Template:
    return Template.from_stack(stack)


def _id(stack: Any, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def test_the_bucket_is_encrypted_versioned_private_and_tls_only(stack: Any, template: Template) -> None:
    bucket_id = _id(stack, stack.bucket)

    template.has_resource_properties(
        "AWS::S3::Bucket",
        {
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]
            },
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
            "VersioningConfiguration": {"Status": "Enabled"},
        },
    )
    template.has_resource_properties(
        "AWS::S3::BucketPolicy",
        {
            "Bucket": {"Ref": bucket_id},
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [Match.object_like({"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})]
                )
            },
        },
    )


def test_new_uploads_notify_the_ingest_function(stack: Any, template: Template) -> None:
    ingest_id = _id(stack, stack.ingest_function)

    template.has_resource_properties(
        "Custom::S3BucketNotifications",
        {
            "BucketName": {"Ref": _id(stack, stack.bucket)},
            "NotificationConfiguration": {
                "LambdaFunctionConfigurations": [
                    {
                        "Events": ["s3:ObjectCreated:*"],
                        "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "uploads/"}]}},
                        "LambdaFunctionArn": {"Fn::GetAtt": [ingest_id, "Arn"]},
                    }
                ]
            },
        },
    )
    template.has_resource_properties(
        "AWS::Lambda::Permission",
        {
            "Action": "lambda:InvokeFunction",
            "FunctionName": {"Fn::GetAtt": [ingest_id, "Arn"]},
            "Principal": "s3.amazonaws.com",
            "SourceArn": {"Fn::GetAtt": [_id(stack, stack.bucket), "Arn"]},
        },
    )


def test_the_ingest_function_may_send_to_the_queue(stack: Any, template: Template) -> None:
    queue_id = _id(stack, stack.pipeline.sqs_queue)

    template.has_resource_properties(
        "AWS::Lambda::Function",
        {"Handler": "ingest.handler", "Environment": {"Variables": {"QUEUE_URL": {"Ref": queue_id}}}},
    )
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        {
                            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
                            "Effect": "Allow",
                            "Resource": {"Fn::GetAtt": [queue_id, "Arn"]},
                        }
                    ]
                )
            },
            "Roles": [{"Ref": stack.resolve(stack.ingest_function.role.node.default_child.logical_id)}],
        },
    )


def test_the_queue_feeds_the_process_function_with_a_dead_letter_queue(stack: Any, template: Template) -> None:
    queue_id = _id(stack, stack.pipeline.sqs_queue)
    dlq_id = _id(stack, stack.pipeline.dead_letter_queue)

    template.resource_count_is("AWS::SQS::Queue", 2)
    template.has_resource_properties(
        "AWS::SQS::Queue",
        {
            "VisibilityTimeout": 180,
            "KmsMasterKeyId": "alias/aws/sqs",
            "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": [dlq_id, "Arn"]}, "maxReceiveCount": 3},
        },
    )
    template.has_resource_properties(
        "AWS::Lambda::EventSourceMapping",
        {
            "BatchSize": 10,
            "EventSourceArn": {"Fn::GetAtt": [queue_id, "Arn"]},
            "FunctionName": {"Ref": _id(stack, stack.pipeline.lambda_function)},
            "FunctionResponseTypes": ["ReportBatchItemFailures"],
        },
    )
    template.has_resource_properties(
        "AWS::Lambda::Function",
        {"Handler": "process.handler", "Timeout": 30, "TracingConfig": {"Mode": "Active"}},
    )


def test_the_process_function_may_read_the_bucket(stack: Any, template: Template) -> None:
    bucket_arn = {"Fn::GetAtt": [_id(stack, stack.bucket), "Arn"]}

    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [
                        Match.object_like(
                            {
                                "Action": Match.array_with(["s3:GetObject*"]),
                                "Resource": [bucket_arn, {"Fn::Join": ["", [bucket_arn, "/*"]]}],
                            }
                        )
                    ]
                )
            },
            "Roles": [{"Ref": stack.resolve(stack.pipeline.lambda_function.role.node.default_child.logical_id)}],
        },
    )


def test_the_template_passes_cfn_lint(template: Template) -> None:
    assert cfn_lint_errors(template.to_json()) == []


def test_snapshot(template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == template


def test_python_app_py_synthesizes_the_stack_and_its_asset(run_app: Callable[[str | Path], Path]) -> None:
    outdir = run_app(EXAMPLE)
    template = json.loads((outdir / "UploadPipeline.template.json").read_text())
    keys = {
        f["Properties"]["Handler"]: f["Properties"]["Code"].get("S3Key")
        for f in Template.from_json(template).find_resources("AWS::Lambda::Function").values()
    }

    assert keys["ingest.handler"] == keys["process.handler"]
    asset_dir = outdir / f"asset.{keys['ingest.handler'].removesuffix('.zip')}"
    assert sorted(p.name for p in asset_dir.iterdir()) == ["ingest.py", "process.py"]
    assert cfn_lint_errors(template) == []


def test_pycdk_synth_synthesizes_and_prints_the_template(run_pycdk_synth: Callable[[str], tuple[Path, str]]) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "UploadPipeline.template.json").read_text())

    assert json.loads(printed)["Resources"] == template["Resources"]
    Template.from_json(template).resource_count_is("Custom::S3BucketNotifications", 1)
    assert cfn_lint_errors(template) == []


# --- the handlers -------------------------------------------------------------------------------------------


def _s3_record(key: str, size: int) -> dict[str, Any]:
    return {"eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": "uploads"}, "object": {"key": key, "size": size}}}


def test_ingest_turns_each_record_into_a_message_with_the_decoded_key() -> None:
    event = {"Records": [_s3_record("uploads/annual+report%282024%29.csv", 120), _s3_record("uploads/a.txt", 3)]}

    assert ingest.to_messages(event) == [
        {"bucket": "uploads", "key": "uploads/annual report(2024).csv", "size": 120},
        {"bucket": "uploads", "key": "uploads/a.txt", "size": 3},
    ]
    assert ingest.to_messages({}) == []


def test_process_reports_only_the_messages_that_failed() -> None:
    objects = {("uploads", "uploads/a.txt"): b"one\ntwo\nthree"}

    def read(bucket: str, key: str) -> bytes:
        return objects[(bucket, key)]

    event = {
        "Records": [
            {"messageId": "m1", "body": json.dumps({"bucket": "uploads", "key": "uploads/a.txt"})},
            {"messageId": "m2", "body": json.dumps({"bucket": "uploads", "key": "uploads/missing.txt"})},
            {"messageId": "m3", "body": "not json"},
        ]
    }

    assert process.process_batch(event, read) == {"batchItemFailures": [{"itemIdentifier": "m2"}, {"itemIdentifier": "m3"}]}


@pytest.mark.parametrize(
    ("body", "summary"),
    [(b"", {"bytes": 0, "lines": 0}), (b"a\nb\n", {"bytes": 4, "lines": 2}), (b"a\nb", {"bytes": 3, "lines": 2})],
)
def test_process_counts_bytes_and_lines(body: bytes, summary: dict[str, int]) -> None:
    assert process.summarize(body) == summary
