"""Port of aws-cdk's http/integ.sqs.ts: SQS integrations for every SQS subtype."""

from aws_cdk import App, Stack
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpIntegrationSubtype, HttpMethod
from aws_cdk.aws_apigatewayv2_integrations import HttpSqsIntegration

app = App()
stack = Stack(app, "sqs-integration")

queue = sqs.Queue(stack, "Queue")

http_api = HttpApi(stack, "Api")
http_api.add_routes(path="/default", methods=[HttpMethod.POST], integration=HttpSqsIntegration("Integration", queue=queue))
for path, subtype in (
    ("/send-message", HttpIntegrationSubtype.SQS_SEND_MESSAGE),
    ("/receive-message", HttpIntegrationSubtype.SQS_RECEIVE_MESSAGE),
    ("/delete-message", HttpIntegrationSubtype.SQS_DELETE_MESSAGE),
    ("/purge-queue", HttpIntegrationSubtype.SQS_PURGE_QUEUE),
):
    http_api.add_routes(
        path=path, methods=[HttpMethod.POST], integration=HttpSqsIntegration("Integration", queue=queue, subtype=subtype)
    )

app.synth()
