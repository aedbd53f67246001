"""grant_read (with version stages) and grant_write, with and without a customer managed key."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretGrants")
plain = secretsmanager.Secret(stack, "Plain")
key = kms.Key(stack, "Key")
encrypted = secretsmanager.Secret(stack, "Encrypted", encryption_key=key)


def role(name: str) -> iam.Role:
    return iam.Role(stack, name, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


plain.grant_read(role("Reader"))
plain.grant_read(role("StageReader"), ["AWSCURRENT"])
plain.grant_write(role("Writer"))
encrypted.grant_read(role("EncReader"))
encrypted.grant_write(role("EncWriter"))
app.synth()
