"""kms.Alias: prefixing, removal policy, alias ARNs and grants through an alias."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Aliases")
key = kms.Key(stack, "Key", enable_key_rotation=True)
plain = kms.Alias(stack, "Plain", alias_name="app/data", target_key=key)
kms.Alias(stack, "Prefixed", alias_name="alias/app/logs", target_key=key, removal_policy=cdk.RemovalPolicy.DESTROY)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
plain.grant_encrypt_decrypt(role)
cdk.CfnOutput(stack, "AliasArn", value=plain.alias_arn)
cdk.CfnOutput(stack, "AliasName", value=plain.alias_name)
cdk.CfnOutput(stack, "AliasKeyId", value=plain.key_id)
app.synth()
