"""OpenIdConnectProvider (the custom-resource provider): shared handler, thumbprints, removal policy, imports."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "OpenIdConnectProvider")
provider = iam.OpenIdConnectProvider(stack, "Provider", url="https://oidc.example.com", client_ids=["a"],
                                     thumbprints=["aa" * 20])
iam.OpenIdConnectProvider(stack, "Retained", url="https://oidc2.example.com", removal_policy=cdk.RemovalPolicy.RETAIN)
cdk.CfnOutput(stack, "Issuer", value=provider.open_id_connect_provider_issuer)
cdk.CfnOutput(stack, "Thumbprints", value=provider.open_id_connect_providerthumbprints)
cdk.CfnOutput(stack, "Arn", value=provider.oidc_provider_ref.oidc_provider_arn)
imported = iam.OpenIdConnectProvider.from_open_id_connect_provider_arn(
    stack, "Imported", "arn:aws:iam::123456789012:oidc-provider/x.com/y"
)
cdk.CfnOutput(stack, "ImportedIssuer", value=imported.open_id_connect_provider_issuer)
iam.Role(stack, "WebRole", assumed_by=iam.OpenIdConnectPrincipal(provider, {"StringEquals": {"x.com:aud": "a"}}))
iam.Role(stack, "WebIdentityRole", assumed_by=iam.WebIdentityPrincipal(provider.open_id_connect_provider_arn))
app.synth()
