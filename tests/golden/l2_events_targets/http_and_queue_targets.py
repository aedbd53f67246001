"""API Gateway REST targets with method, path parameters, headers and DLQ; API destination parameters and role;
FIFO queue message groups; encrypted queues with the same-account flag; Lambda imported functions; event bus role."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/aws-events:eventsTargetQueueSameAccount": True})
stack = cdk.Stack(app, "HttpAndQueueTargets")
dlq = sqs.Queue(stack, "Dlq")
api = apigateway.RestApi(stack, "Api")
api.root.add_resource("items").add_resource("{id}").add_method("POST")
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["my.app"]))
rule.add_target(
    targets.ApiGateway(
        api,
        method="POST",
        path="/items/*",
        path_parameter_values=["$.detail.id"],
        header_parameters={"X-Header": "value"},
        query_string_parameters={"q": "$.detail.q"},
        post_body=events.RuleTargetInput.from_object({"id": events.EventField.from_path("$.detail.id")}),
        stage="prod",
        dead_letter_queue=dlq,
        retry_attempts=1,
        max_event_age=cdk.Duration.hours(1),
    )
)
connection = events.Connection(
    stack, "Connection", authorization=events.Authorization.api_key("k", cdk.SecretValue.unsafe_plain_text("v"))
)
destination = events.ApiDestination(stack, "Destination", connection=connection, endpoint="https://example.com/*")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
rule.add_target(
    targets.ApiDestination(
        destination,
        event_role=role,
        path_parameter_values=["a"],
        header_parameters={"h": "1"},
        event=events.RuleTargetInput.from_text("hello"),
    )
)
fifo = sqs.Queue(stack, "Fifo", fifo=True)
rule.add_target(targets.SqsQueue(fifo, message_group_id="group"))
key = kms.Key(stack, "Key")
encrypted = sqs.Queue(stack, "Encrypted", encryption_master_key=key)
rule.add_target(targets.SqsQueue(encrypted))
second = events.Rule(stack, "Second", schedule=events.Schedule.rate(cdk.Duration.minutes(5)))
fn = lambda_.Function.from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
local = lambda_.Function(
    stack,
    "Local",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
second.add_target(targets.LambdaFunction(fn, event=events.RuleTargetInput.from_object({"x": 1})))
second.add_target(targets.LambdaFunction(local))
second.add_target(targets.LambdaFunction(local, retry_attempts=0))
bus = events.EventBus(stack, "Bus")
second.add_target(targets.EventBus(bus, role=role))
app.synth()
