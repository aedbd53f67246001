"""Port of aws-events integ.archive-customer-managed-key: an archive of the default bus encrypted with a key."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "archive-customer-managed-key")
kms_key = kms.Key(
    stack,
    "KmsKey",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    policy=iam.PolicyDocument(
        statements=[
            iam.PolicyStatement(
                resources=["*"],
                actions=["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:ReEncrypt*"],
                principals=[
                    iam.ServicePrincipal("events.amazonaws.com"),
                    iam.ServicePrincipal("events.aws.internal"),
                ],
                sid="Allow EventBridge in all stages",
                effect=iam.Effect.ALLOW,
            ),
            iam.PolicyStatement(
                resources=["*"],
                actions=["kms:*"],
                principals=[iam.AccountPrincipal(stack.account)],
                sid="Allow IAM User to modify the key",
                effect=iam.Effect.ALLOW,
            ),
        ]
    ),
)
events.Archive(
    stack,
    "Archive",
    kms_key=kms_key,
    source_event_bus=events.EventBus.from_event_bus_name(stack, "DefaultEventBus", "default"),
    event_pattern=events.EventPattern(source=["test"]),
)
app.synth()
