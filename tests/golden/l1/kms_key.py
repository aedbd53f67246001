"""A KMS key with a key policy, rotation and an alias; a second multi-Region HMAC key."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "L1Kms")

key = kms.CfnKey(
    stack,
    "Key",
    description="golden key",
    enable_key_rotation=True,
    pending_window_in_days=7,
    key_policy={
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "root",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:{cdk.Aws.PARTITION}:iam::{cdk.Aws.ACCOUNT_ID}:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    },
    tags=[{"key": "purpose", "value": "data"}],
)
kms.CfnAlias(stack, "Alias", alias_name="alias/golden", target_key_id=key.ref)
kms.CfnKey(stack, "Hmac", key_spec="HMAC_256", key_usage="GENERATE_VERIFY_MAC", multi_region=True)

cdk.CfnOutput(stack, "KeyArn", value=key.attr_arn)
cdk.CfnOutput(stack, "KeyId", value=key.attr_key_id)

app.synth()
