"""Custom key policies, add_to_resource_policy, and keys and aliases imported by ARN and name."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "KeyPolicy")
policy = iam.PolicyDocument(
    statements=[
        iam.PolicyStatement(actions=["kms:*"], principals=[iam.AccountRootPrincipal()], resources=["*"]),
        iam.PolicyStatement(
            actions=["kms:Decrypt"],
            principals=[iam.ServicePrincipal("logs.amazonaws.com")],
            resources=["*"],
            conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:*"}},
        ),
    ]
)
custom = kms.Key(stack, "Custom", policy=policy)
custom.add_to_resource_policy(
    iam.PolicyStatement(actions=["kms:GenerateDataKey*"], principals=[iam.ServicePrincipal("s3.amazonaws.com")],
                        resources=["*"])
)
default = kms.Key(stack, "Default")
default.add_to_resource_policy(
    iam.PolicyStatement(effect=iam.Effect.DENY, actions=["kms:ScheduleKeyDeletion"], principals=[iam.AnyPrincipal()],
                        resources=["*"])
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
imported = kms.Key.from_key_arn(stack, "Imported",
                                "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
imported.grant_decrypt(role)
imported_alias = kms.Alias.from_alias_name(stack, "ImportedAlias", "alias/existing")
imported_alias.grant_decrypt(role)
cdk.CfnOutput(stack, "ImportedKeyId", value=imported.key_id)
cdk.CfnOutput(stack, "ImportedAliasArn", value=imported_alias.key_arn)
app.synth()
