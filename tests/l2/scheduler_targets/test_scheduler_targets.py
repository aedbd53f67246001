"""Validation of ``l2.scheduler_targets`` and the targets whose services have no pycdk L2 yet.

Messages are aws-cdk-lib 2.275's (aws-scheduler-targets/lib/*.ts); the statements of the CodeBuild, CodePipeline
and Inspector targets are those aws-cdk-lib writes (``codebuild:StartBuild`` on the project ARN,
``codepipeline:StartPipelineExecution`` on the pipeline ARN, ``inspector:StartAssessmentRun`` on ``*``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from constructs import Duration, Stack, ValidationError
from l2 import kinesis, scheduler, sqs
from l2 import scheduler_targets as targets

RATE = scheduler.ScheduleExpression.rate(Duration.minutes(5))


def _policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        s
        for r in template["Resources"].values()
        if r["Type"] == "AWS::IAM::Policy"
        for s in r["Properties"]["PolicyDocument"]["Statement"]
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_event_age": Duration.days(2)}, "Maximum event age is 1 day"),
        ({"max_event_age": Duration.seconds(59)}, "Minimum event age is 1 minute"),
        ({"retry_attempts": -1}, "Number of retry attempts should be greater or equal than 0"),
        ({"retry_attempts": 186}, "Number of retry attempts should be less or equal than 185"),
    ],
)
def test_retry_options_bounds(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    queue = sqs.Queue(stack, "Q")
    with pytest.raises(RuntimeError, match=message):
        scheduler.Schedule(stack, "S", schedule=RATE, target=targets.SqsSendMessage(queue, **kwargs))


def test_sqs_message_group_rules(stack: Stack) -> None:
    plain = sqs.Queue(stack, "Plain")
    fifo = sqs.Queue(stack, "Fifo", fifo=True)
    dedup = sqs.Queue(stack, "Dedup", fifo=True, content_based_deduplication=True)
    with pytest.raises(ValidationError, match="target must be a FIFO queue if messageGroupId is specified") as err:
        targets.SqsSendMessage(plain, message_group_id="g")
    assert err.value.construct_path == "S/Plain"
    with pytest.raises(ValidationError, match="messageGroupId must be specified if the target is a FIFO queue"):
        targets.SqsSendMessage(fifo)
    with pytest.raises(ValidationError, match="contentBasedDeduplication must be true if the target is a FIFO"):
        targets.SqsSendMessage(fifo, message_group_id="g")
    with pytest.raises(ValidationError, match="messageGroupId length must be between 1 and 128, got 129"):
        targets.SqsSendMessage(dedup, message_group_id="g" * 129)
    targets.SqsSendMessage(dedup, message_group_id="g")


def test_kinesis_partition_key_length(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Stream")
    with pytest.raises(ValidationError, match="partitionKey length must be between 1 and 256, got 0") as err:
        targets.KinesisStreamPutRecord(stream, partition_key="")
    assert err.value.construct_path == "S/Stream"
    with pytest.raises(ValidationError, match="got 257"):
        targets.KinesisStreamPutRecord(stream, partition_key="k" * 257)


def test_event_bridge_put_events_rejects_input(stack: Stack) -> None:
    from l2 import events

    entry = targets.EventBridgePutEventsEntry(
        event_bus=events.EventBus.from_event_bus_name(stack, "Bus", "default"),
        detail=scheduler.ScheduleTargetInput.from_text("{}"),
        detail_type="t",
        source="s",
    )
    with pytest.raises(ValidationError, match="input is not supported for EventBridgePutEvents"):
        targets.EventBridgePutEvents(entry, input=scheduler.ScheduleTargetInput.from_text("x"))


@pytest.mark.parametrize(
    ("service", "action", "message"),
    [
        ("SQS", "createQueue", "API service must be lowercase, got: SQS"),
        ("sqs", "CreateQueue", "API action must be camelCase, got: CreateQueue"),
        ("sqs", "getQueueUrl", "Read-only API action is not supported by EventBridge Scheduler: sqs:getQueueUrl"),
        ("bedrock", "invokeModel", "Read-only API action is not supported by EventBridge Scheduler"),
    ],
)
def test_universal_validation(service: str, action: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        targets.Universal(service=service, action=action)


@dataclass
class _Ref:
    project_arn: str = "arn:aws:codebuild:us-east-1:123456789012:project/p"
    pipeline_name: str = "my-pipeline"
    assessment_template_arn: str = "arn:aws:inspector:us-east-1:123456789012:target/t/template/x"


@dataclass
class _RefHolder:
    project_ref: _Ref
    pipeline_ref: _Ref
    assessment_template_ref: _Ref


def test_ref_based_targets(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    ref = _RefHolder(_Ref(), _Ref(), _Ref())
    scheduler.Schedule(stack, "Build", schedule=RATE, target=targets.CodeBuildStartBuild(ref))
    scheduler.Schedule(stack, "Run", schedule=RATE, target=targets.InspectorStartAssessmentRun(ref))
    statements = _policy_statements(synth(stack))
    assert {"Action": "codebuild:StartBuild", "Effect": "Allow", "Resource": ref.project_ref.project_arn} in statements
    assert {"Action": "inspector:StartAssessmentRun", "Effect": "Allow", "Resource": "*"} in statements


def test_codepipeline_target_uses_pipeline_arn(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    @dataclass
    class Pipeline:
        pipeline_ref: _Ref
        pipeline_arn: str = "arn:aws:codepipeline:us-east-1:123456789012:my-pipeline"

    pipeline = Pipeline(_Ref())
    scheduler.Schedule(stack, "S", schedule=RATE, target=targets.CodePipelineStartPipelineExecution(pipeline))
    template = synth(stack)
    assert {
        "Action": "codepipeline:StartPipelineExecution",
        "Effect": "Allow",
        "Resource": pipeline.pipeline_arn,
    } in _policy_statements(template)
    [schedule] = [r for r in template["Resources"].values() if r["Type"] == "AWS::Scheduler::Schedule"]
    assert schedule["Properties"]["Target"]["Arn"] == pipeline.pipeline_arn


def test_sagemaker_parameter_list_at_most_200(stack: Stack) -> None:
    @dataclass
    class Pipeline:
        pipeline_arn: str = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/p"

        def grant_start_pipeline_execution(self, grantee: Any) -> Any:
            raise AssertionError("not bound")

    params = [targets.SageMakerPipelineParameter(name=f"n{i}", value="v") for i in range(201)]
    with pytest.raises(ValidationError, match="pipelineParameterList length must be between 0 and 200, got 201"):
        targets.SageMakerStartPipelineExecution(Pipeline(), pipeline_parameter_list=params)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        targets.SqsSendMessage("not a queue")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        targets.Universal(service="sqs", action="createQueue", retry_attempts="3")  # type: ignore[arg-type]
