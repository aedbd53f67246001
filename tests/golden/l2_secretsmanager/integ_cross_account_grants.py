"""Port of aws-cdk's integ.cross-account-grants: reading a secret of another account (complete ARN) from a role."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret.from_secret_attributes(
            self,
            "CrossAccountSecret",
            secret_complete_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:cross-account-secret-abcdef",
        )
        role = iam.Role(self, "EcsTaskRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
        secret.grant_read(role)


app = cdk.App()
TestStack(app, "cdk-integ-cross-account-secret-grants")
app.synth()
