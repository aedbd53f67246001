"""Imported secrets: complete and partial ARNs, names, attributes with a key; grants and values."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SecretImports")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
complete = secretsmanager.Secret.from_secret_complete_arn(
    stack, "Complete", "arn:aws:secretsmanager:us-east-1:123456789012:secret:full-name-AbCdEf"
)
partial = secretsmanager.Secret.from_secret_partial_arn(
    stack, "Partial", "arn:aws:secretsmanager:us-east-1:123456789012:secret:partial-name"
)
by_name = secretsmanager.Secret.from_secret_name_v2(stack, "ByName", "by-name")
key = kms.Key.from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/abcd-1234")
with_key = secretsmanager.Secret.from_secret_attributes(
    stack,
    "WithKey",
    secret_complete_arn="arn:aws:secretsmanager:us-east-1:123456789012:secret:keyed-XyZ123",
    encryption_key=key,
)
for s in (complete, partial, by_name, with_key):
    s.grant_read(role)
by_name.grant_write(role)
cdk.CfnOutput(stack, "CompleteName", value=complete.secret_name)
cdk.CfnOutput(stack, "PartialName", value=partial.secret_name)
cdk.CfnOutput(stack, "ByNameArn", value=by_name.secret_arn)
cdk.CfnOutput(stack, "ByNameValue", value=by_name.secret_value_from_json("password").unsafe_unwrap())
app.synth()
