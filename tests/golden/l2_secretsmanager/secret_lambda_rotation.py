"""Rotation with a Lambda function: invoke permission, role policy, DependsOn, schedule."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretLambdaRotation")
fn = lambda_.Function(
    stack,
    "Rotator",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(e, c):\n    return None"),
)
secret = secretsmanager.Secret(stack, "Secret")
secret.add_rotation_schedule("Rotation", rotation_lambda=fn, automatically_after=cdk.Duration.days(15))
app.synth()
