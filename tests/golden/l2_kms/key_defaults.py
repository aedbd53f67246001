"""kms.Key defaults and properties: key policy, rotation, removal policy, specs, pending window, aliases."""

import aws_cdk as cdk
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "KeyDefaults")
kms.Key(stack, "Default")
kms.Key(
    stack,
    "Configured",
    description="My key",
    enable_key_rotation=True,
    enabled=True,
    pending_window=cdk.Duration.days(7),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    alias="alias/configured",
)
kms.Key(stack, "Rotating", rotation_period=cdk.Duration.days(180))
kms.Key(stack, "Hmac", key_spec=kms.KeySpec.HMAC_256, key_usage=kms.KeyUsage.GENERATE_VERIFY_MAC)
kms.Key(stack, "Signing", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY, multi_region=True)
key = kms.Key(stack, "Aliased", alias="first")
key.add_alias("second")
key.add_alias("alias/third")
cdk.CfnOutput(stack, "KeyArn", value=key.key_arn)
cdk.CfnOutput(stack, "KeyId", value=key.key_id)
app.synth()
