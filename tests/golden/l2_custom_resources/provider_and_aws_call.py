"""Provider with an is-complete handler (waiter state machine) and an AwsCustomResource with a response field."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import custom_resources as cr

app = cdk.App()
stack = cdk.Stack(app, "ProviderAndAwsCall")
code = lambda_.Code.from_inline("def handler(event, context):\n    return {}\n")
on_event = lambda_.Function(stack, "OnEvent", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
is_complete = lambda_.Function(
    stack, "IsComplete", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code
)
provider = cr.Provider(
    stack,
    "Provider",
    on_event_handler=on_event,
    is_complete_handler=is_complete,
    query_interval=cdk.Duration.seconds(10),
    total_timeout=cdk.Duration.minutes(5),
)
cdk.CustomResource(stack, "Resource", service_token=provider.service_token, properties={"Name": "x"})
get = cr.AwsCustomResource(
    stack,
    "GetObject",
    on_create=cr.AwsSdkCall(
        service="S3",
        action="GetObject",
        parameters={"Bucket": "my-bucket", "Key": "my-key"},
        physical_resource_id=cr.PhysicalResourceId.of("object"),
    ),
    policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE),
)
cdk.CfnOutput(stack, "Body", value=get.get_response_field("Body"))
app.synth()
