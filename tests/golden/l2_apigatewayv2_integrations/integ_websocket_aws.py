"""Port of aws-cdk's websocket/integ.aws.ts: a DynamoDB PutItem AWS integration on $connect, a mock default route."""

import json

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk.aws_apigatewayv2 import (
    ContentHandling,
    PassthroughBehavior,
    WebSocketApi,
    WebSocketRouteOptions,
    WebSocketStage,
)
from aws_cdk.aws_apigatewayv2_integrations import WebSocketAwsIntegration, WebSocketMockIntegration

app = App()
stack = Stack(app, "integ-aws-websocket-integration")

table = dynamodb.Table(
    stack,
    "MyTable",
    table_name="MyTable",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    removal_policy=RemovalPolicy.DESTROY,
)

api_role = iam.Role(
    stack,
    "ApiGatewayRole",
    assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"),
    managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonDynamoDBFullAccess")],
)

web_socket_api = WebSocketApi(
    stack,
    "mywsapi",
    default_route_options=WebSocketRouteOptions(integration=WebSocketMockIntegration("DefaultIntegration")),
)

WebSocketStage(stack, "DevStage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)

web_socket_api.add_route(
    "$connect",
    integration=WebSocketAwsIntegration(
        "DynamodbPutItem",
        integration_uri=f"arn:aws:apigateway:{stack.region}:dynamodb:action/PutItem",
        integration_method="POST",
        credentials_role=api_role,
        request_parameters={"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
        request_templates={
            "application/json": json.dumps(
                {"TableName": table.table_name, "Item": {"id": {"S": "$context.requestId"}}}, separators=(",", ":")
            )
        },
        template_selection_expression="\\$default",
        passthrough_behavior=PassthroughBehavior.WHEN_NO_TEMPLATES,
        content_handling=ContentHandling.CONVERT_TO_BINARY,
        timeout=Duration.seconds(10),
    ),
)

app.synth()
