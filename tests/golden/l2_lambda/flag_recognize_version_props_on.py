"""@aws-cdk/aws-lambda:recognizeVersionProps set to True: with it, the function's properties (description,
memory, environment, ...) go into current_version's logical id hash; without it, only the code does."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/aws-lambda:recognizeVersionProps": True})
stack = cdk.Stack(app, "RecognizeVersionProps")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return e\n"),
                      description="v1", memory_size=256, environment={"STAGE": "prod"})
fn.current_version.add_alias("live")
app.synth()
