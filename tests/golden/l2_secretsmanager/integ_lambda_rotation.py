"""Port of aws-cdk's integ.lambda-rotation: a KMS-encrypted secret rotated every 4 hours by a Lambda function.

Adapted: the integ test also sets ``@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy``, which pycdk's
``l2.lambda_`` does not implement yet; the flag is left at its default here.
"""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        key = kms.Key(self, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
        secret = secretsmanager.Secret(self, "Secret", encryption_key=key)
        secret.add_rotation_schedule(
            "Schedule",
            rotation_lambda=lambda_.Function(
                self,
                "Lambda",
                runtime=lambda_.Runtime.NODEJS_18_X,
                handler="index.handler",
                code=lambda_.Code.from_inline("NOOP"),
            ),
            automatically_after=cdk.Duration.hours(4),
        )


app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    }
)
TestStack(app, "cdk-integ-secret-lambda-rotation")
app.synth()
