"""@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections on: the OIDC provider custom resource gets
``RejectUnauthorized: true`` (off, the default, false)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App(context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": True})
stack = cdk.Stack(app, "OidcRejectUnauthorized")
iam.OpenIdConnectProvider(stack, "Provider", url="https://oidc.example.com", client_ids=["sts.amazonaws.com"])
app.synth()
