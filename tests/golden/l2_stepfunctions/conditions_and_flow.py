"""Every Condition, Choice.afterwards, Wait variants, Fail paths, retries/catchers, fragments and single states."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "ConditionsAndFlow")

C = sfn.Condition
conditions = [
    C.is_present("$.a"), C.is_not_present("$.a"), C.is_string("$.a"), C.is_not_string("$.a"),
    C.is_numeric("$.a"), C.is_not_numeric("$.a"), C.is_boolean("$.a"), C.is_not_boolean("$.a"),
    C.is_timestamp("$.a"), C.is_not_timestamp("$.a"), C.is_null("$.a"), C.is_not_null("$.a"),
    C.boolean_equals("$.b", True), C.boolean_equals_json_path("$.b", "$.c"),
    C.string_equals("$.s", "x"), C.string_equals_json_path("$.s", "$.t"),
    C.string_less_than("$.s", "m"), C.string_less_than_json_path("$.s", "$.t"),
    C.string_less_than_equals("$.s", "m"), C.string_less_than_equals_json_path("$.s", "$.t"),
    C.string_greater_than("$.s", "m"), C.string_greater_than_json_path("$.s", "$.t"),
    C.string_greater_than_equals("$.s", "m"), C.string_greater_than_equals_json_path("$.s", "$.t"),
    C.string_matches("$.s", "log-*.txt"),
    C.number_equals("$.n", 1), C.number_equals_json_path("$.n", "$.m"),
    C.number_less_than("$.n", 2.5), C.number_less_than_json_path("$.n", "$.m"),
    C.number_less_than_equals("$.n", 3), C.number_less_than_equals_json_path("$.n", "$.m"),
    C.number_greater_than("$.n", 4), C.number_greater_than_json_path("$.n", "$.m"),
    C.number_greater_than_equals("$.n", 5), C.number_greater_than_equals_json_path("$.n", "$.m"),
    C.timestamp_equals("$.t", "2020-01-01T00:00:00Z"), C.timestamp_equals_json_path("$.t", "$.u"),
    C.timestamp_less_than("$.t", "2020-01-01T00:00:00Z"), C.timestamp_less_than_json_path("$.t", "$.u"),
    C.timestamp_less_than_equals("$.t", "2020-01-01T00:00:00Z"),
    C.timestamp_less_than_equals_json_path("$.t", "$.u"),
    C.timestamp_greater_than("$.t", "2020-01-01T00:00:00Z"), C.timestamp_greater_than_json_path("$.t", "$.u"),
    C.timestamp_greater_than_equals("$.t", "2020-01-01T00:00:00Z"),
    C.timestamp_greater_than_equals_json_path("$.t", "$.u"),
    C.and_(C.is_present("$.x"), C.or_(C.string_equals("$.x", "a"), C.not_(C.string_equals("$.x", "b")))),
]

choice = sfn.Choice(stack, "Choose", comment="every condition", input_path="$.in", output_path="$.out")
for i, condition in enumerate(conditions):
    target = sfn.Pass(stack, f"Case{i}", result=sfn.Result.from_number(i), result_path="$.case")
    choice.when(condition, target, comment=f"case {i}" if i % 5 == 0 else None,
                assign={"lastCase": i} if i % 7 == 0 else None)

waits = sfn.Chain.start(sfn.Wait(stack, "WaitSeconds", time=sfn.WaitTime.duration(cdk.Duration.minutes(1)))) \
    .next(sfn.Wait(stack, "WaitUntil", time=sfn.WaitTime.timestamp("2030-01-01T00:00:00Z"))) \
    .next(sfn.Wait(stack, "WaitPath", time=sfn.WaitTime.seconds_path("$.wait"))) \
    .next(sfn.Wait(stack, "WaitTimestampPath", time=sfn.WaitTime.timestamp_path("$.until")))

after = choice.afterwards(include_otherwise=True).next(waits)


class Retrying(sfn.StateMachineFragment):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id)
        first = sfn.Pass(self, "First", parameters={"id": sfn.JsonPath.execution_id,
                                                    "token.$": "$$.Task.Token",
                                                    "list": sfn.JsonPath.list_at("$.items"),
                                                    "count": sfn.JsonPath.number_at("$.count"),
                                                    "nested": {"name": sfn.JsonPath.state_machine_name,
                                                               "flag": False, "values": [1, "two", None]}})
        second = sfn.Succeed(self, "Second", comment="done")
        self._start = first
        self._ends = first.next(second).end_states

    @property
    def start_state(self):
        return self._start

    @property
    def end_states(self):
        return self._ends


fragment = Retrying(stack, "Fragment").prefix_states()
parallel = sfn.Parallel(stack, "Together", result_selector={"first": sfn.JsonPath.string_at("$[0]")},
                        result_path="$.together")
parallel.branch(fragment)
parallel.branch(sfn.Pass(stack, "Other", result=sfn.Result.from_array([1, 2])))
parallel.add_retry(errors=["Custom.Error"], interval=cdk.Duration.seconds(3), max_attempts=4, backoff_rate=1.5,
                   max_delay=cdk.Duration.seconds(30), jitter_strategy=sfn.JitterType.FULL)
parallel.add_retry(max_attempts=1)
failed = sfn.Fail(stack, "Failed", error_path="$.error", cause_path=sfn.JsonPath.format("bad: {}", "$.why"))
parallel.add_catch(failed, errors=[sfn.Errors.ALL], result_path="$.caught")
parallel.add_catch(sfn.Fail(stack, "TimedOut", error="Timeout", cause="too slow"), errors=[sfn.Errors.TIMEOUT])

single = sfn.Chain.start(sfn.Pass(stack, "InSingle")).to_single_state("Single", comment="wrapped",
                                                                     output_path="$[0]")
mapped = sfn.Map(stack, "Legacy", items_path="$.things", result_path=sfn.JsonPath.DISCARD)
mapped.iterator(sfn.Pass(stack, "EachThing"))
mapped.add_retry(errors=[sfn.Errors.TASKS_FAILED])
mapped.add_catch(failed)

definition = sfn.Chain.start(after).next(parallel).next(single).next(mapped)
sfn.StateMachine(stack, "Flow", definition_body=sfn.DefinitionBody.from_chainable(definition),
                 state_machine_type=sfn.StateMachineType.EXPRESS, tracing_enabled=True,
                 comment="flow control", timeout=cdk.Duration.hours(2))

app.synth()
