"""Port of aws-cdk's websocket/integ.sqs.ts: an AWS integration sending messages to a FIFO queue."""

from aws_cdk import App, Aws, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_apigatewayv2 import PassthroughBehavior, WebSocketApi, WebSocketStage
from aws_cdk.aws_apigatewayv2_integrations import WebSocketAwsIntegration

app = App()
stack = Stack(app, "integ-aws-websocket-sqs-integration")

sqs_message_queue = sqs.Queue(stack, "MessageSQSQueue", fifo=True, queue_name="MessageSQSQueue.fifo")

web_socket_api = WebSocketApi(
    stack,
    "webSocketApi",
    description="Send websocket data to SQS which is then processed by a Lambda 2",
    route_selection_expression="$request.body.action",
)

WebSocketStage(stack, "DevStage", web_socket_api=web_socket_api, stage_name="dev", auto_deploy=True)

web_socket_api_role = iam.Role(
    stack, "webSocketApiRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com")
)
web_socket_api_role.add_to_policy(
    iam.PolicyStatement(
        actions=["sqs:SendMessage"], effect=iam.Effect.ALLOW, resources=[sqs_message_queue.queue_arn]
    )
)

web_socket_api.add_route(
    "$default",
    integration=WebSocketAwsIntegration(
        "SQSSendMessage",
        integration_uri=f"arn:aws:apigateway:{Aws.REGION}:sqs:path/{Aws.ACCOUNT_ID}/{sqs_message_queue.queue_name}",
        integration_method="POST",
        credentials_role=web_socket_api_role,
        passthrough_behavior=PassthroughBehavior.NEVER,
        template_selection_expression="\\$default",
        request_templates={
            "$default": "Action=SendMessage&MessageGroupId=$input.path('$.MessageGroupId')"
            "&MessageDeduplicationId=$context.requestId&MessageAttribute.1.Name=connectionId"
            "&MessageAttribute.1.Value.StringValue=$context.connectionId&MessageAttribute.1.Value.DataType=String"
            "&MessageAttribute.2.Name=requestId&MessageAttribute.2.Value.StringValue=$context.requestId"
            "&MessageAttribute.2.Value.DataType=String&MessageBody=$input.json('$')"
        },
        request_parameters={"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
    ),
)

app.synth()
