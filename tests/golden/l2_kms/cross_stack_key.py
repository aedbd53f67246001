"""A key in one stack granted to a role in another stack of the same environment (an exported key ARN)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
key_stack = cdk.Stack(app, "KeyStack")
key = kms.Key(key_stack, "Key")
user_stack = cdk.Stack(app, "UserStack")
role = iam.Role(user_stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
key.grant_decrypt(role)
app.synth()
