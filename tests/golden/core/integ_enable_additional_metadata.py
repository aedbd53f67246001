"""Port of aws-cdk's core integ.enable-additional-metadata: analytics reporting on and
@aws-cdk/core:enableAdditionalMetadataCollection in the post-CLI context; a queue and an inline Python function,
each given an extra aws:cdk:analytics:construct entry by hand. The CDKMetadata Analytics value is compared decoded
(tests/golden/_harness.py, ANALYTICS_MASK) and the stack's analytics metadata against aws-cdk-lib's
(tests/feature_flags/test_analytics_metadata.py). The original's PYTHON_3_8 runtime is kept. Adapted: the entries
added by hand hold the props as plain JSON values (the original adds the props object itself, whose Duration,
Runtime and InlineCode aws-cdk-lib writes as their JavaScript fields)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App(
    analytics_reporting=True,
    post_cli_context={"@aws-cdk/core:enableAdditionalMetadataCollection": True},
)

stack = cdk.Stack(app, "EnableTelemtryStack")

queue = sqs.Queue(stack, "01234test", visibility_timeout=cdk.Duration.seconds(300))
queue.node.add_metadata("aws:cdk:analytics:construct", {"visibilityTimeout": {"amount": 300, "unit": "seconds"}})

code = lambda_.Code.from_inline("def handler(event, context):\n\tprint('The function has been invoked.')")
func = lambda_.Function(stack, "MyFunction", runtime=lambda_.Runtime.PYTHON_3_8, handler="index.handler", code=code)
func.node.add_metadata(
    "aws:cdk:analytics:construct",
    {"runtime": "python3.8", "handler": "index.handler", "code": {"isInline": True}},
)

app.synth()
