"""A default secret generates a password and is deleted with the stack; its name is parsed from its ARN."""

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretDefaults")
secret = secretsmanager.Secret(stack, "Secret")
secretsmanager.Secret(
    stack, "Named", secret_name="my-secret", description="named", removal_policy=cdk.RemovalPolicy.RETAIN
)
cdk.CfnOutput(stack, "Name", value=secret.secret_name)
cdk.CfnOutput(stack, "Arn", value=secret.secret_arn)
app.synth()
