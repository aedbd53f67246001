"""Port of aws-cdk's integ.secret-grant-read-kms: ``grant_read`` on a KMS-encrypted secret grants decrypt too."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager


class SecretGrantReadKmsStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        key = kms.Key(self, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
        secret = secretsmanager.Secret(self, "Secret", encryption_key=key, removal_policy=cdk.RemovalPolicy.DESTROY)
        role = iam.Role(self, "TestRole", assumed_by=iam.AccountRootPrincipal())
        role.node.default_child.add_metadata(
            "guard", {"SuppressedRules": ["IAM_ROLE_ROOT_PRINCIPAL_NEEDS_CONDITIONS"]}
        )
        secret.grant_read(role)


app = cdk.App()
SecretGrantReadKmsStack(app, "cdk-integ-secret-grant-read-kms")
app.synth()
