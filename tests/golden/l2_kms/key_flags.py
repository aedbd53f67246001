"""The kms feature flags: aliasNameRef (alias_name as a Ref) and reduceCrossAccountRegionPolicyScope (an imported
key's own account counts as the grantee's), next to an HMAC alias grant and a CfnKey-backed key."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App(
    context={
        "@aws-cdk/aws-kms:aliasNameRef": True,
        "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope": True,
    }
)
home = cdk.Stack(app, "KeyHome", env=cdk.Environment(account="111111111111", region="us-east-1"))
key = kms.Key(home, "Key")
alias = kms.Alias(home, "Alias", alias_name="alias/flagged", target_key=key)
cdk.CfnOutput(home, "AliasName", value=alias.alias_name)
local_role = iam.Role(home, "LocalRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
alias.grant_decrypt(local_role)
imported = kms.Key.from_key_arn(
    home, "Imported", "arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab"
)

user_stack = cdk.Stack(app, "KeyUser", env=cdk.Environment(account="222222222222", region="us-east-1"))
role = iam.Role(user_stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
imported.grant_encrypt(role)
app.synth()
