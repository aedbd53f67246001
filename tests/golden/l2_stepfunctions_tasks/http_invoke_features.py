"""HttpInvoke: JSONPath and JSONata variants, URL-encoded bodies (each encoding), headers, query parameters; a
second stack with ``@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint`` off (a plain endpoint)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "HttpInvokeFeatures")
connection = events.Connection(stack, "Connection", authorization=events.Authorization.api_key(
    "x-api-key", cdk.SecretValue.unsafe_plain_text("secret")))

plain = tasks.HttpInvoke(stack, "Plain", api_root="https://api.example.com",
                         api_endpoint=sfn.TaskInput.from_text("path/to/resource"), connection=connection,
                         method=sfn.TaskInput.from_text("GET"),
                         headers=sfn.TaskInput.from_object({"Accept": "application/json"}),
                         query_string_parameters=sfn.TaskInput.from_object({"q": sfn.JsonPath.string_at("$.q")}))
encoded = [
    tasks.HttpInvoke.json_path(stack, f"Encoded{fmt.name}", api_root="https://api.example.com",
                               api_endpoint=sfn.TaskInput.from_json_path_at("$.endpoint"), connection=connection,
                               method=sfn.TaskInput.from_text("POST"), url_encoding_format=fmt,
                               body=sfn.TaskInput.from_object({"items": ["a", "b"]}))
    for fmt in tasks.URLEncodingFormat
]
jsonata_literal = tasks.HttpInvoke.jsonata(stack, "JsonataLiteral", api_root="https://api.example.com",
                                           api_endpoint=sfn.TaskInput.from_text("items"), connection=connection,
                                           method=sfn.TaskInput.from_text("PUT"),
                                           headers=sfn.TaskInput.from_object({"X-Id": "{% $states.input.id %}"}),
                                           outputs={"body": "{% $states.result.ResponseBody %}"})
jsonata_dynamic = tasks.HttpInvoke.jsonata(stack, "JsonataDynamic", api_root="{% $states.input.root %}",
                                           api_endpoint=sfn.TaskInput.from_text("{% $states.input.path %}"),
                                           connection=connection, method=sfn.TaskInput.from_text("DELETE"),
                                           url_encoding_format=tasks.URLEncodingFormat.DEFAULT)

chain = sfn.Chain.start(plain)
for task in [*encoded, jsonata_literal, jsonata_dynamic]:
    chain = chain.next(task)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(chain))

legacy = cdk.Stack(app, "HttpInvokeStaticEndpoint")
legacy.node.set_context("@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint", False)
legacy_connection = events.Connection(legacy, "Connection", authorization=events.Authorization.api_key(
    "x-api-key", cdk.SecretValue.unsafe_plain_text("secret")))
static = tasks.HttpInvoke(legacy, "Static", api_root="https://api.example.com",
                          api_endpoint=sfn.TaskInput.from_text("path/to/resource"), connection=legacy_connection,
                          method=sfn.TaskInput.from_text("GET"))
sfn.StateMachine(legacy, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(static))
app.synth()
