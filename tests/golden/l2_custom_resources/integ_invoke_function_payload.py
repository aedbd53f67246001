"""Port of aws-cdk integ.invoke-function-payload.ts: a Lambda invoke whose payload is an output; the custom
resource is granted the invoke (``IGrantable``). ``STANDARD_NODEJS_RUNTIME`` is ``NODEJS_20_X``. ``IntegTest``
dropped."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import custom_resources as cr

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "AwsCustomResourceInvokePayloadStack")
fn = lambda_.Function(
    stack,
    "Function",
    code=lambda_.Code.from_inline(
        "exports.handler = async () => { return { statusCode: 200, body: 'Hello World' }; };"
    ),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
test_cr = cr.AwsCustomResource(
    stack,
    "ListLambdaFunctions",
    on_update=cr.AwsSdkCall(
        service="Lambda",
        action="invoke",
        parameters={"FunctionName": fn.function_name},
        physical_resource_id=cr.PhysicalResourceId.of(fn.function_arn),
    ),
    policy=cr.AwsCustomResourcePolicy.from_statements(
        [iam.PolicyStatement(actions=["*"], resources=["*"], effect=iam.Effect.ALLOW)]
    ),
)
fn.grant_invoke(test_cr)
cdk.CfnOutput(stack, "FunctionPayload", value=test_cr.get_response_field("Payload"))
app.synth()
