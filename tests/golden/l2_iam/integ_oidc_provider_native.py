"""Port of aws-cdk's integ.oidc-provider-native.ts (``iam.OidcProvider`` is ``OidcProviderNative`` in 2.275.0's
Python API; IntegTest part dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "oidc-provider-native-integ-stack")
provider = iam.OidcProviderNative(
    stack, "Provider", oidc_provider_name="MyProvider", url="https://oidc.eks.us-east-1.amazonaws.com/id/test1",
    client_ids=["foo", "bar"],
    thumbprints=["aa00aa1122aa00aa1122aa00aa1122aa00aa1122", "aa00aa1122aa00aa1122aa00aa1122aa00aa1111"],
)
minimal = iam.OidcProviderNative(stack, "Minimal", url="https://oidc.eks.us-east-1.amazonaws.com/id/test2",
                                 thumbprints=["aa00aa1122aa00aa1122aa00aa1122aa00aa1122"])
cdk.CfnOutput(stack, "Arn", value=provider.oidc_provider_arn)
cdk.CfnOutput(stack, "Issuer", value=provider.oidc_provider_issuer)
cdk.CfnOutput(stack, "MinimalArn", value=minimal.oidc_provider_arn)
cdk.CfnOutput(stack, "MinimalIssuer", value=minimal.oidc_provider_issuer)
app.synth()
