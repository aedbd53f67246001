"""Port of aws-cdk's integ.replica: a secret replicated to another region."""

import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret(self, "Secret")
        secret.add_replica_region("eu-central-1")


app = cdk.App()
TestStack(app, "cdk-integ-secrets-replica")
app.synth()
