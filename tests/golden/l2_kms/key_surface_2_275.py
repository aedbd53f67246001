"""Key.from_cfn_key, KeyGrants.from_key, Alias.from_alias_attributes, key_ref / alias_ref, a lookup from context."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App(
    context={
        "key-provider:account=123456789012:aliasName=alias/found:region=eu-west-1": {
            "keyId": "abcd1234-aaaa-bbbb-cccc-123456789012"
        }
    }
)
stack = cdk.Stack(app, "KeySurface", env=cdk.Environment(account="123456789012", region="eu-west-1"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))

cfn_key = kms.CfnKey(
    stack,
    "CfnKey",
    key_policy={
        "Statement": [
            {"Action": "kms:*", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Resource": "*"}
        ],
        "Version": "2012-10-17",
    },
)
from_cfn = kms.Key.from_cfn_key(cfn_key)
from_cfn.grant_decrypt(role)
kms.Key.from_cfn_key(cfn_key).grant_encrypt(role)

key = kms.Key(stack, "Key")
grants = kms.KeyGrants.from_key(key)
grants.sign_verify(role)
grants.admin(role)
key.grants.generate_mac(role)

alias = kms.Alias.from_alias_attributes(stack, "Attrs", alias_name="alias/attrs", alias_target_key=key)
alias.grant_verify(role)
alias.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:Describe*"], resources=["*"], principals=[iam.AccountRootPrincipal()])
)

found = kms.Key.from_lookup(stack, "Found", alias_name="alias/found")
found.grant_decrypt(role)

named = kms.Alias(stack, "Named", alias_name="alias/named", target_key=key)
cdk.CfnOutput(stack, "KeyRefArn", value=key.key_ref.key_arn)
cdk.CfnOutput(stack, "KeyRefId", value=key.key_ref.key_id)
cdk.CfnOutput(stack, "AliasRefName", value=named.alias_ref.alias_name)
cdk.CfnOutput(stack, "AliasKeyRefArn", value=named.key_ref.key_arn)
cdk.CfnOutput(stack, "FoundArn", value=found.key_arn)
cdk.CfnOutput(stack, "FoundIsDummy", value=str(kms.Key.is_lookup_dummy(found)))
app.synth()
