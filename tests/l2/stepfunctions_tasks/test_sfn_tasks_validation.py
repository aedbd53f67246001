"""The tasks' validation errors: aws-cdk-lib's messages (checked against aws-cdk-lib 2.275 for the same calls),
raised as ``ValidationError`` naming the construct path where aws-cdk-lib names the construct."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, Stack, UnscopedValidationError, ValidationError
from l2 import codebuild, dynamodb, ec2, events, kms, lambda_, s3, sns, sqs
from l2 import stepfunctions as sfn
from l2 import stepfunctions_tasks as tasks


def _fn(stack: Stack) -> lambda_.Function:
    return lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                            code=lambda_.Code.from_inline("x"))


def _text(value: str = "x") -> sfn.TaskInput:
    return sfn.TaskInput.from_text(value)


TOKEN = sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN
_BATCH = {"job_definition_arn": "arn:aws:batch:us-east-1:1:job-definition/d", "job_name": "n",
          "job_queue_arn": "arn:aws:batch:us-east-1:1:job-queue/q"}


def _batch(kwargs: dict[str, Any]) -> Callable[[Stack], Any]:
    return lambda s: tasks.BatchSubmitJob(s, "T", **_BATCH, **kwargs)


class _Model:
    model_arn = "arn:aws:bedrock:us-east-1::foundation-model/a.b"


def _bedrock(kwargs: dict[str, Any]) -> Callable[[Stack], Any]:
    return lambda s: tasks.BedrockInvokeModel(s, "T", model=_Model(), **kwargs)


def _variant(**kwargs: Any) -> tasks.ProductionVariant:
    return tasks.ProductionVariant(instance_type=ec2.InstanceType("m5.large"), model_name="m", variant_name="v",
                                   **kwargs)


def _endpoint_config(variants: list[tasks.ProductionVariant]) -> Callable[[Stack], Any]:
    return lambda s: tasks.SageMakerCreateEndpointConfig(s, "T", endpoint_config_name="c",
                                                         production_variants=variants)


def _customization(kwargs: dict[str, Any]) -> Callable[[Stack], Any]:
    def make(s: Stack) -> Any:
        bucket = s3.Bucket(s, "B")
        props: dict[str, Any] = {
            "base_model": _Model(), "custom_model_name": "m", "job_name": "j",
            "training_data": tasks.TrainingBucketConfiguration(bucket=bucket),
            "output_data": tasks.OutputBucketConfiguration(bucket=bucket),
            "hyper_parameters": {"Evaluation percentage": "1"}, **kwargs}
        if props.get("custom_model_kms_key") == "imported":
            props["custom_model_kms_key"] = kms.Key.from_key_arn(s, "K", "arn:aws:kms:us-east-1:123456789012:key/abc")
        return tasks.BedrockCreateModelCustomizationJob(s, "T", **props)
    return make


def _location(version: str | None = None) -> s3.Location:
    return s3.Location(bucket_name="b", object_key="k", object_version=version)

SCOPED: list[tuple[str, Callable[[Stack], Any], str]] = [
    ("lambda_token", lambda s: tasks.LambdaInvoke(s, "T", lambda_function=_fn(s), integration_pattern=TOKEN),
     "Task Token is required in `payload` for callback. Use JsonPath.taskToken to set the token."),
    ("lambda_payload_only", lambda s: tasks.LambdaInvoke(s, "T", lambda_function=_fn(s), payload_response_only=True,
                                                         invocation_type=tasks.LambdaInvocationType.EVENT),
     "The 'payloadResponseOnly' property cannot be used if 'integrationPattern', 'invocationType', 'clientContext', "
     "or 'qualifier' are specified."),
    ("sqs_token", lambda s: tasks.SqsSendMessage(s, "T", queue=sqs.Queue(s, "Q"), message_body=_text(),
                                                 integration_pattern=TOKEN),
     "Task Token is required in `messageBody` Use JsonPath.taskToken to set the token."),
    ("sns_fifo_group", lambda s: tasks.SnsPublish(s, "T", topic=sns.Topic(s, "Tp", fifo=True), message=_text()),
     "'messageGroupId' is required for FIFO topics"),
    ("sns_fifo_group_length", lambda s: tasks.SnsPublish(s, "T", topic=sns.Topic(s, "Tp", fifo=True), message=_text(),
                                                         message_group_id="g" * 129),
     "'messageGroupId' must be at most 128 characters long, got 129"),
    ("sns_fifo_dedup", lambda s: tasks.SnsPublish(s, "T", topic=sns.Topic(s, "Tp", fifo=True), message=_text(),
                                                  message_group_id="g"),
     "'messageDeduplicationId' is required for FIFO topics with 'contentBasedDeduplication' disabled"),
    ("sns_attribute_type", lambda s: tasks.SnsPublish(s, "T", topic=sns.Topic(s, "Tp"), message=_text(),
                                                      message_attributes={"a": tasks.MessageAttribute(
                                                          value=1, data_type=tasks.MessageAttributeDataType.STRING)},
                                                      ).to_state_json(),
     "Requested SNS message attribute type was String but 1 was of type number"),
    ("sns_attribute_array", lambda s: tasks.SnsPublish(s, "T", topic=sns.Topic(s, "Tp"), message=_text(),
                                                       message_attributes={"a": tasks.MessageAttribute(
                                                           value=["a"], data_type=tasks.MessageAttributeDataType.STRING)},
                                                       ).to_state_json(),
     "Requested SNS message attribute type was String but a was of type Array"),
    ("sdk_run_job", lambda s: tasks.CallAwsService(s, "T", service="s3", action="listBuckets", iam_resources=["*"],
                                                   integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "The RUN_JOB integration pattern is not supported for CallAwsService"),
    ("sdk_camel_case", lambda s: tasks.CallAwsService(s, "T", service="s3", action="ListBuckets", iam_resources=["*"]),
     "action must be camelCase, got: ListBuckets"),
    ("sdk_pascal_case", lambda s: tasks.CallAwsService(s, "T", service="s3", action="listBuckets", iam_resources=["*"],
                                                       parameters={"bucket": 1, "Key": 2, "x": 3}),
     "parameter names must be PascalCase, got: bucket, x"),
    ("events_empty", lambda s: tasks.EventBridgePutEvents(s, "T", entries=[]),
     "Value for property `entries` must be a non-empty array."),
    ("events_aws_source", lambda s: tasks.EventBridgePutEvents(s, "T", entries=[tasks.EventBridgePutEventsEntry(
        detail=_text(), detail_type="d", source="aws.x")]), 'Event source cannot start with "aws."'),
    ("athena_empty_parameters", lambda s: tasks.AthenaStartQueryExecution(s, "T", query_string="q",
                                                                          execution_parameters=[]),
     "'executionParameters' must be a non-empty list"),
    ("athena_parameter_length", lambda s: tasks.AthenaStartQueryExecution(s, "T", query_string="q",
                                                                          execution_parameters=[""]),
     "'executionParameters' items's length must be between 1 and 1024 characters"),
    ("athena_max_age_min", lambda s: tasks.AthenaStartQueryExecution(
        s, "T", query_string="q", result_reuse_configuration_max_age=Duration.seconds(30)),
     "resultReuseConfigurationMaxAge must be greater than or equal to 1 minute or be equal to 0, got 30000 ms"),
    ("athena_max_age_max", lambda s: tasks.AthenaStartQueryExecution(
        s, "T", query_string="q", result_reuse_configuration_max_age=Duration.minutes(10081)),
     "resultReuseConfigurationMaxAge must either be 0 or between 1 and 10080 minutes, got 10081"),
    ("glue_both_worker_types", lambda s: tasks.GlueStartJobRun(s, "T", glue_job_name="j", worker_configuration=(
        tasks.WorkerConfigurationProperty(number_of_workers=1, worker_type=tasks.WorkerType.G_1X,
                                          worker_type_v2=tasks.WorkerTypeV2.G_1_X))).to_state_json(),
     "You cannot set both 'workerType' and 'workerTypeV2' properties in 'workerConfiguration'."),
    ("glue_no_worker_type", lambda s: tasks.GlueStartJobRun(s, "T", glue_job_name="j", worker_configuration=(
        tasks.WorkerConfigurationProperty(number_of_workers=1))).to_state_json(),
     "You must set either 'workerType' or 'workerTypeV2' property in 'workerConfiguration'."),
    *[(f"batch_{name}", _batch(kw), message)
      for name, kw, message in [
        ("array_small", {"array_size": 1}, "arraySize must be between 2 and 10,000. Received 1."),
        ("array_big", {"array_size": 10001}, "arraySize must be between 2 and 10,000. Received 10001."),
        ("dependencies", {"depends_on": [tasks.BatchJobDependency(job_id=str(i)) for i in range(21)]},
         "dependencies must be 20 or less. Received 21."),
        ("attempts", {"attempts": 11}, "attempts must be between 1 and 10. Received 11."),
        ("timeout", {"timeout": Duration.seconds(30)},
         "attempt duration must be greater than 60 seconds. Received 30 seconds."),
        ("task_timeout", {"task_timeout": sfn.Timeout.duration(Duration.seconds(59))},
         "attempt duration must be greater than 60 seconds. Received 59 seconds."),
        ("environment", {"container_overrides": tasks.BatchContainerOverrides(environment={"AWS_BATCH_X": "1"})},
         "Invalid environment variable name: AWS_BATCH_X. Environment variable names starting with 'AWS_BATCH' "
         "are reserved."),
        ("tag_count", {"tags": {str(i): "v" for i in range(51)}}, "Maximum tag number of entries is 50. Received 51."),
        ("tag_key", {"tags": {"k" * 129: "v"}}, "Tag key size must be between 1 and 128, but got 129."),
        ("tag_key_empty", {"tags": {"": "v"}}, "Tag key size must be between 1 and 128, but got 0."),
        ("tag_value", {"tags": {"k": "v" * 257}}, "Tag value maximum size is 256, but got 257."),
    ]],
    *[(f"bedrock_{name}", _bedrock(kw), message) for name, kw, message in [
        ("body_and_input", {"body": _text(), "input": tasks.BedrockInvokeModelInputProps(s3_input_uri="s3://x")},
         "Either `body` or `input` must be specified, but not both."),
        ("no_body_nor_input", {}, "Either `body` or `input` must be specified."),
        ("input_version", {"input": tasks.BedrockInvokeModelInputProps(s3_location=_location("1"))},
         "Input S3 object version is not supported."),
        ("output_version", {"body": _text(),
                            "output": tasks.BedrockInvokeModelOutputProps(s3_location=_location("1"))},
         "Output S3 object version is not supported."),
        ("uri_and_location", {"input": tasks.BedrockInvokeModelInputProps(s3_location=_location(),
                                                                          s3_input_uri="s3://x")},
         "Either specify S3 Uri or S3 location, but not both."),
        ("empty_uri", {"body": _text(), "output": tasks.BedrockInvokeModelOutputProps(s3_output_uri="")},
         "S3 Uri cannot be an empty string"),
    ]],
    *[(f"endpoint_config_{name}", _endpoint_config(variants), message) for name, variants, message in [
        ("no_variant", [], "Must specify from 1 to 10 production variants per endpoint configuration"),
        ("eleven_variants", [_variant()] * 11,
         "Must specify from 1 to 10 production variants per endpoint configuration"),
        ("instance_count", [_variant(initial_instance_count=0.5)], "Must define at least one instance"),
        ("variant_weight", [_variant(initial_variant_weight=-1)], "InitialVariantWeight has minimum value of 0"),
    ]],
    *[(f"customization_{name}", _customization(kw), message) for name, kw, message in [
        ("token_length", {"client_request_token": "x" * 257},
         "clientRequestToken must be between 1 and 256 characters long, got: 257."),
        ("token_pattern", {"client_request_token": "-a"},
         "clientRequestToken must match the pattern /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/, got: -a."),
        ("model_name_length", {"custom_model_name": "a" * 64},
         "customModelName must be between 1 and 63 characters long, got: 64."),
        ("model_name_pattern", {"custom_model_name": "a__b"},
         "customModelName must match the pattern /^([0-9a-zA-Z][_-]?)+$/, got: a__b."),
        ("job_name_pattern", {"job_name": "a_b"},
         r"jobName must match the pattern /^[a-zA-Z0-9](-*[a-zA-Z0-9\+\-\.])*$/, got: a_b."),
        ("job_tags", {"job_tags": [tasks.CustomModelTag(key="k", value="v")] * 201},
         "jobTags must be between 0 and 200 items long, got: 201."),
        ("validation_data", {"validation_data": []}, "validationData must be between 1 and 10 items long, got: 0."),
        ("no_validation", {"hyper_parameters": {}},
         "validationData or Evaluation percentage hyperparameter must be provided."),
        ("imported_key", {"custom_model_kms_key": "imported"},
         "Imported KMS key is not used as the `customModelKmsKey`."),
    ]],
]


@pytest.mark.parametrize(("case", "make", "message"), SCOPED, ids=[c[0] for c in SCOPED])
def test_validation_error_names_the_task(case: str, make: Callable[[Stack], Any], message: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/T"


def _child(s: Stack) -> sfn.StateMachine:
    return sfn.StateMachine(s, "SM", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(s, "P")))


# aws-cdk-lib raises these two with the task's scope (the stack), not the task
@pytest.mark.parametrize(("make", "message"), [
    (lambda s: tasks.StepFunctionsStartExecution(s, "T", state_machine=_child(s), integration_pattern=TOKEN),
     "Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token."),
    (lambda s: tasks.StepFunctionsStartExecution(s, "T", state_machine=_child(s), associate_with_parent=True,
                                                 input=sfn.TaskInput.from_json_path_at("$.x")),
     "Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use "
     "`sfn.TaskInput.fromObject` instead."),
])
def test_start_execution_errors_name_the_scope(make: Callable[[Stack], Any], message: str) -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S"


@pytest.mark.parametrize(("make", "message"), [
    (lambda s: tasks.LambdaInvoke(s, "T", lambda_function=_fn(s), integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. "
     "Received: RUN_JOB"),
    (lambda s: tasks.BedrockInvokeModel(s, "T", model=_Model(), body=_text(),
                                        integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB"),
    (lambda s: tasks.Guardrail.enable("abc", 0), "`version` must be between 1 and 99999999, got 0."),
    (lambda s: tasks.Guardrail.enable("abc", 100000000), "`version` must be between 1 and 99999999, got 100000000."),
    (lambda s: tasks.Guardrail.enable_draft("arn:aws:bedrock:us-east-1:1:guardrail"),
     "Invalid ARN format. The ARN of Guradrail should have the format: "
     "`arn:<partition>:bedrock:<region>:<account-id>:guardrail/<guardrail-name>`, "
     "got arn:aws:bedrock:us-east-1:1:guardrail."),
    (lambda s: tasks.Guardrail.enable_draft("ABC"),
     "The id of Guardrail must contain only lowercase letters and numbers, got ABC."),
    (lambda s: tasks.Guardrail.enable_draft("a" * 2049),
     "`guardrailIdentifier` length must be between 0 and 2048, got 2049."),
    (lambda s: tasks.CodeBuildStartBuildBatch(s, "T", project=codebuild.Project.from_project_name(s, "P", "p"),
                                              integration_pattern=TOKEN),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. "
     "Received: WAIT_FOR_TASK_TOKEN"),
    (lambda s: tasks.BatchSubmitJob(s, "T", **_BATCH, integration_pattern=TOKEN),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,RUN_JOB. "
     "Received: WAIT_FOR_TASK_TOKEN"),
    (lambda s: tasks.LambdaInvoke(s, "T", lambda_function=_fn(s), integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE,WAIT_FOR_TASK_TOKEN. "
     "Received: RUN_JOB"),
    (lambda s: tasks.AthenaGetQueryResults(s, "T", query_execution_id="q",
                                           integration_pattern=sfn.IntegrationPattern.RUN_JOB),
     "Unsupported service integration pattern. Supported Patterns: REQUEST_RESPONSE. Received: RUN_JOB"),
    (lambda s: tasks.DynamoAttributeValue.map_from_json_path("x"),
     "Data JSON path values must either be exactly equal to '$' or start with '$.'"),
    (lambda s: tasks.DynamoAttributeValue.list_from_jsonata("x"),
     "Data JSONata expression values must either be exactly start with '{%' and end with '%}'"),
    (lambda s: tasks.DynamoProjectionExpression().at_index(1), "Expression must start with an attribute"),
])
def test_unscoped_errors(make: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        make(Stack(App(), "S"))
    assert str(err.value) == message


def test_wrong_argument_types_are_type_errors() -> None:
    stack = Stack(App(), "S")
    table = dynamodb.Table(stack, "Tbl", partition_key=dynamodb.Attribute(name="pk",
                                                                          type=dynamodb.AttributeType.STRING))
    with pytest.raises(TypeError, match="table"):
        tasks.DynamoGetItem(stack, "G", table="my-table", key={})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="entries"):
        tasks.EventBridgePutEvents(stack, "E", entries="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="queue"):
        tasks.SqsSendMessage(stack, "Q", queue=events.EventBus(stack, "B"), message_body=_text())  # type: ignore[arg-type]
    assert tasks.DynamoGetItem(stack, "Ok", table=table, key={}).state_id == "Ok"
