"""Integration options the ported integ tests leave out: Lambda payload 1.0, mappings and timeouts, SQS and
EventBridge with custom parameter mappings, a Lambda integration shared by two APIs' routes."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_events as events
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "IntegrationsSurface")

handler = lambda_.Function(
    stack,
    "Handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return {'statusCode': 200}\n"),
)
api = apigw.HttpApi(stack, "Api")
api.add_routes(
    path="/v1/{proxy+}",
    methods=[apigw.HttpMethod.GET, apigw.HttpMethod.POST],
    integration=integrations.HttpLambdaIntegration(
        "V1",
        handler,
        payload_format_version=apigw.PayloadFormatVersion.VERSION_1_0,
        timeout=cdk.Duration.seconds(3),
        parameter_mapping=apigw.ParameterMapping().append_header("x-source", apigw.MappingValue.custom("api")),
    ),
)
api.add_routes(path="/root", integration=integrations.HttpLambdaIntegration("Root", handler))

queue = sqs.Queue(stack, "Queue")
api.add_routes(
    path="/sqs",
    methods=[apigw.HttpMethod.POST],
    integration=integrations.HttpSqsIntegration(
        "Sqs",
        queue=queue,
        parameter_mapping=apigw.ParameterMapping()
        .custom("QueueUrl", queue.queue_url)
        .custom("MessageBody", "$request.body")
        .custom("MessageGroupId", "$request.header.group"),
    ),
)

bus = events.EventBus(stack, "Bus")
api.add_routes(
    path="/events",
    methods=[apigw.HttpMethod.POST],
    integration=integrations.HttpEventBridgeIntegration(
        "Events",
        event_bus_ref=bus.event_bus_ref,
        parameter_mapping=apigw.ParameterMapping()
        .custom("Detail", "$request.body")
        .custom("DetailType", "order")
        .custom("Source", "shop"),
    ),
)

app.synth()
