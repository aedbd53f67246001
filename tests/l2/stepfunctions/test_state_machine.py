"""``l2.stepfunctions``: validation errors (aws-cdk-lib's messages, construct paths), type checks, the task base,
import cost and isolation. Rendering is pinned by the golden apps (``tests/golden/l2_stepfunctions``)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from constructs import App, Duration, Stack, SynthesisError, UnscopedValidationError, ValidationError
from l2 import iam
from l2 import stepfunctions as sfn


def _definition(template: dict[str, Any], logical_prefix: str = "SM") -> Any:
    for key, resource in template["Resources"].items():
        if key.startswith(logical_prefix) and resource["Type"] == "AWS::StepFunctions::StateMachine":
            return resource["Properties"]["DefinitionString"]
    raise AssertionError("no state machine")


# -- construction-time errors: ValidationError naming the construct path --------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "You need to specify either definition or definitionBody"),
        ({"definition": "pass", "definition_body": "string"},
         "Cannot specify definition and definitionBody at the same time"),
        ({"definition_body": "string", "state_machine_name": "x" * 81},
         "State Machine name must be between 1 and 80 characters. Received: " + "x" * 81),
        ({"definition_body": "string", "state_machine_name": "bad name"},
         "State Machine name must match \"^[a-z0-9+!@.()-=_']+$/i\". Received: bad name"),
        ({"definition_body": "string", "logs": sfn.LogOptions(level=sfn.LogLevel.ALL)},
         "Logs destination is required when level is not OFF."),
    ],
)
def test_fails_on_bad_state_machine_props(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    if kwargs.get("definition") == "pass":
        kwargs["definition"] = sfn.Pass(stack, "P")
    if kwargs.get("definition_body") == "string":
        kwargs["definition_body"] = sfn.DefinitionBody.from_string("{}")
    with pytest.raises(ValidationError) as err:
        sfn.StateMachine(stack, "SM", **kwargs)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/SM"


# -- synthesis-time validation: every state's problems, with its path -----------------------------------------
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda s: sfn.Parallel(s, "State"), "Parallel must have at least one branch"),
        (lambda s: sfn.Map(s, "State"), "Map state must either have a non-empty iterator or a non-empty item processor"),
        (lambda s: sfn.Fail(s, "State", error="E", error_path="$.e"), "Fail state cannot have both error and errorPath"),
        (lambda s: sfn.Fail(s, "State", cause="C", cause_path="$.c"), "Fail state cannot have both cause and causePath"),
        (lambda s: sfn.Fail(s, "State", error_path="States.Nope()"),
         "You must specify a valid intrinsic function in errorPath. Must be one of States.Format, "
         "States.JsonToString, States.ArrayGetItem, States.Base64Encode, States.Base64Decode, States.Hash, "
         "States.UUID"),
        (lambda s: sfn.Map(s, "State", max_concurrency=1.5).item_processor(sfn.Pass(s, "I")),
         "maxConcurrency has to be a positive integer"),
        (lambda s: sfn.Map(s, "State", max_concurrency=2, max_concurrency_path="$.m").item_processor(sfn.Pass(s, "I")),
         "Provide either `maxConcurrency` or `maxConcurrencyPath`, but not both"),
        (lambda s: sfn.Map(s, "State", jsonata_item_selector="nope").item_processor(sfn.Pass(s, "I")),
         "The `jsonataItemSelector` property must be a valid JSONata expression"),
        (lambda s: sfn.DistributedMap(s, "State", label="x" * 41).item_processor(sfn.Pass(s, "I")),
         "label must be 40 characters or less"),
        (lambda s: sfn.DistributedMap(s, "State", label="a b").item_processor(sfn.Pass(s, "I")),
         "label cannot contain any whitespace or special characters"),
        (lambda s: sfn.DistributedMap(s, "State", tolerated_failure_percentage=101).item_processor(sfn.Pass(s, "I")),
         "toleratedFailurePercentage must be between 0 and 100"),
        (lambda s: sfn.DistributedMap(s, "State", item_batcher=sfn.ItemBatcher()).item_processor(sfn.Pass(s, "I")),
         "Provide at least one value to the ItemBatcher"),
        (lambda s: sfn.DistributedMap(s, "State", item_reader=sfn.S3JsonItemReader(key="k"))
         .item_processor(sfn.Pass(s, "I")), "Provide either `bucket` or `bucketNamePath`"),
        (lambda s: sfn.DistributedMap(s, "State").item_processor(sfn.Pass(s, "I"), mode=sfn.ProcessorMode.INLINE),
         "Processing mode cannot be `INLINE` for a Distributed Map"),
    ],
)
def test_synthesis_reports_state_validation_errors(make: Callable[[Stack], Any], message: str) -> None:
    app = App()
    stack = Stack(app, "S")
    sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(make(stack)))
    with pytest.raises(SynthesisError) as err:  # one error listing every failed validation
        app.synth(force=True)
    assert message in str(err.value)
    assert "S/State" in str(err.value)


# -- errors of the helpers (aws-cdk-lib's UnscopedValidationError) --------------------------------------------
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: sfn.JsonPath.string_at("x"), "JSON path values must be exactly '$', '$$', start with '$'"),
        (lambda: sfn.JsonPath.list_at("x"), "Data JSON path values must either be exactly equal to '$'"),
        (lambda: sfn.JsonPath.json_to_string("plain"), "Argument to JsonPath.jsonToString() must be a JsonPath object"),
        (lambda: sfn.Condition.string_equals("x", "y"),
         "Variable reference must be '$', start with '$.', or start with '$[', got 'x'"),
        (lambda: sfn.Condition.and_(), "Must supply at least one inner condition for a logical combination"),
        (lambda: sfn.Condition.jsonata("$x"), "JSONata expression must start with '{%' and end with '%}', got '$x'"),
        (lambda: sfn.CustomerManagedEncryptionConfiguration(_key(), Duration.seconds(30)),
         "kmsDataKeyReusePeriodSeconds must have a value between 60 and 900 seconds"),
        (lambda: sfn.S3JsonItemReader(key="k").bucket, "`bucket` is undefined"),
    ],
)
def test_helpers_raise_aws_cdk_lib_messages(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        call()
    assert message in str(err.value)


def _key() -> Any:
    from l2 import kms

    return kms.Key(Stack(App(), "K"), "Key")


def test_fails_when_a_state_gets_two_next_states(stack: Stack) -> None:
    first = sfn.Pass(stack, "First")
    first.next(sfn.Pass(stack, "Second"))
    with pytest.raises(UnscopedValidationError, match="State 'First' already has a next state"):
        first.next(sfn.Pass(stack, "Third"))


def test_fails_on_duplicate_state_names(stack: Stack) -> None:
    chain = sfn.Pass(stack, "A", state_name="Same").next(sfn.Pass(stack, "B", state_name="Same"))
    with pytest.raises(UnscopedValidationError, match="State with name 'Same' occurs in both"):
        sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(chain))


def test_fails_on_json_path_tokens_inside_arrays_and_strings(stack: Stack) -> None:
    in_array = sfn.Pass(stack, "A", parameters={"list": [sfn.JsonPath.string_at("$.x")]})
    with pytest.raises(UnscopedValidationError, match="Cannot use JsonPath fields in an array"):
        sfn.StateMachine(stack, "SM1", definition=in_array)
    concatenated = sfn.Pass(stack, "B", parameters={"s": "id-" + sfn.JsonPath.string_at("$.x")})
    with pytest.raises(UnscopedValidationError, match="Field references must be the entire string"):
        sfn.StateMachine(stack, "SM2", definition=concatenated)


def test_fails_on_json_path_state_in_a_jsonata_state_machine(stack: Stack) -> None:
    state = sfn.Pass(stack, "P", query_language=sfn.QueryLanguage.JSON_PATH)
    with pytest.raises(UnscopedValidationError, match="'queryLanguage' can not be 'JSONPath' if set to 'JSONata'"):
        sfn.StateMachine(stack, "SM", definition=state, query_language=sfn.QueryLanguage.JSONATA)


def test_fails_when_all_errors_is_not_alone(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="States.ALL must appear alone in an error list"):
        sfn.Parallel(stack, "P").add_retry(errors=[sfn.Errors.ALL, sfn.Errors.TIMEOUT])


# -- type checks: wrong types are TypeErrors ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("make"),
    [
        lambda s: sfn.Pass(s, "P", result_path=3),
        lambda s: sfn.Wait(s, "W", time=30),
        lambda s: sfn.StateMachine(s, "SM", definition_body="{}"),
        lambda s: sfn.StateMachine(s, "SM", definition_body=sfn.DefinitionBody.from_string("{}"), tracing_enabled="yes"),
        lambda s: sfn.Map(s, "M", max_concurrency="2"),
    ],
)
def test_wrong_types_raise_type_errors(stack: Stack, make: Callable[[Stack], Any]) -> None:
    with pytest.raises(TypeError):
        make(stack)


# -- TaskStateBase: a clean base for the tasks -----------------------------------------------------------------
class _PutItem(sfn.TaskStateBase):
    def __init__(self, scope: Any, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self._task_metrics = sfn.TaskMetricsConfig(metric_prefix_singular="Activity",
                                                   metric_prefix_plural="Activities",
                                                   metric_dimensions={"ActivityArn": "arn"})
        self._task_policies = [iam.PolicyStatement(actions=["dynamodb:PutItem"], resources=["*"])]

    def _render_task(self, top_level_query_language: sfn.QueryLanguage | None = None) -> Mapping[str, Any]:
        return {"Resource": "arn:aws:states:::dynamodb:putItem",
                **self._render_parameters_or_arguments({"TableName": "t", "Key": sfn.JsonPath.string_at("$.k")},
                                                       sfn.QueryLanguage.JSON_PATH)}


def test_a_task_renders_aws_cdk_lib_task_fields_in_order(stack: Stack, synth: Callable[..., Any]) -> None:
    role = iam.Role(stack, "TaskRole", assumed_by=iam.AccountRootPrincipal())
    task = _PutItem(stack, "Put", comment="put it", task_timeout=sfn.Timeout.duration(Duration.seconds(30)),
                    heartbeat_timeout=sfn.Timeout.at("$.hb"), result_path="$.out", result_selector={"a": "b"},
                    credentials=sfn.Credentials(role=sfn.TaskRole.from_role(role)), assign={"x": 1})
    task.add_retry(max_attempts=2)
    rendered = task.to_state_json()
    # the order of aws-cdk-lib's TaskStateBase.toStateJson/renderTaskBase (next/end, retry, task base, task)
    assert list(k for k, v in rendered.items() if v is not None) == [
        "End", "Retry", "Type", "Comment", "TimeoutSeconds", "HeartbeatSecondsPath", "ResultPath", "ResultSelector",
        "Credentials", "Assign", "Resource", "Parameters",
    ]
    assert rendered["Parameters"] == {"TableName": "t", "Key.$": "$.k"}
    assert rendered["TimeoutSeconds"] == 30
    sfn.StateMachine(stack, "SM", definition=task)
    statements = [
        s for r in synth(stack)["Resources"].values() if r["Type"] == "AWS::IAM::Policy"
        for s in r["Properties"]["PolicyDocument"]["Statement"]
    ]
    assert [s["Action"] for s in statements] == ["dynamodb:PutItem", "sts:AssumeRole"]
    assert task.metric_failed().metric_name == "ActivitiesFailed"
    assert task.metric_run_time().metric_name == "ActivityRunTime"


def test_a_task_without_metrics_config_refuses_canned_metrics(stack: Stack) -> None:
    class Bare(sfn.TaskStateBase):
        def _render_task(self, top_level_query_language: sfn.QueryLanguage | None = None) -> Mapping[str, Any]:
            return {"Resource": "arn:aws:states:::noop"}

    with pytest.raises(UnscopedValidationError, match="Task does not expose metrics"):
        Bare(stack, "B").metric_failed()


def test_importing_stepfunctions_loads_no_other_service() -> None:
    code = (
        "import sys\n"
        "from l2 import stepfunctions\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {"l1.stepfunctions", "l2.stepfunctions"}


# -- warnings: aws-cdk-lib's messages (printed by its Annotations for the same app), each once ----------------
def test_custom_state_and_distributed_map_warnings() -> None:
    from assertions import Annotations, Match

    app = App(context={"@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2": True})
    stack = Stack(app, "S")
    custom = sfn.CustomState(stack, "Custom", state_json={
        "Type": "Task", "Resource": "arn:aws:states:::x",
        "Retry": [{"ErrorEquals": ["A"]}], "Catch": [{"ErrorEquals": ["B"], "Next": "F"}],
    })
    custom.add_retry(max_attempts=1)
    custom.add_catch(sfn.Fail(stack, "F"))
    dm = sfn.DistributedMap(stack, "DM", result_writer_v2=sfn.ResultWriterV2(prefix="p"))
    dm.item_processor(sfn.Pass(stack, "P"), mode=sfn.ProcessorMode.DISTRIBUTED,
                      execution_type=sfn.ProcessorType.EXPRESS)
    sfn.StateMachine(stack, "SM", definition=custom.next(dm))
    found = [(w.id, w.entry["data"]) for w in Annotations.from_stack(stack).find_warning("*", Match.any_value())]
    assert found == [
        ("/S/Custom", "CustomState constructs can configure state retries using the stateJson property or by using "
         "the addRetry() function.\nWhen retries are configured using both of these, the state definition's Retry "
         "field is generated \nby first rendering retries from addRetry(), then rendering retries from the "
         "stateJson. [ack: @aws-cdk/aws-stepfunctions:multipleRetrySources]"),
        ("/S/Custom", "CustomState constructs can configure state catchers using the stateJson property or by using "
         "the addCatch() function.\nWhen catchers are configured using both of these, the state definition's Catch "
         "field is generated \nby first rendering catchers from addCatch(), then rendering catchers from the "
         "stateJson. [ack: @aws-cdk/aws-stepfunctions:multipleCatchSources]"),
        ("/S/DM", "Property 'ProcessorConfig.executionType' is ignored, use the 'mapExecutionType' in the "
         "'DistributedMap' class instead. [ack: @aws-cdk/aws-stepfunctions:propertyIgnored]"),
        ("/S/DM", "ResultWriter should specify at least the WriterConfig or the Bucket and Prefix "
         "[ack: @aws-cdk/aws-stepfunctions:emptyResultWriter]"),
    ]


def test_deprecated_apis_warn_as_jsii_does() -> None:
    # aws-cdk-lib's stderr for the same app (integ.distributed-map with the deprecated ResultWriter and definition)
    code = (
        "from constructs import App, Stack\n"
        "from l2 import s3, stepfunctions as sfn\n"
        "stack = Stack(App(), 'S')\n"
        "bucket = s3.Bucket(stack, 'Bucket')\n"
        "m = sfn.DistributedMap(stack, 'DistributedMap', result_writer=sfn.ResultWriter(bucket=bucket, prefix='p'))\n"
        "m.item_processor(sfn.Pass(stack, 'Pass'))\n"
        "sfn.StateMachine(stack, 'StateMachine', definition=m)\n"
    )
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    lines = [line for line in err.splitlines() if line.startswith("[WARNING]")]
    assert lines == [
        f"[WARNING] aws-cdk-lib.aws_stepfunctions.{api} is deprecated, and will be removed in the next major release."
        for api in ("ResultWriter", "ResultWriterProps#bucket", "ResultWriterProps#prefix",
                    "DistributedMapProps#resultWriter", "StateMachineProps#definition",
                    "ResultWriter#providePolicyStatements", "ResultWriter#render")
    ]
