"""Port of aws-cdk's integ.eks-oidc-provider.ts: an eks.OpenIdConnectProvider.
"""

import aws_cdk as cdk
from aws_cdk import aws_eks as eks


app = cdk.App(post_cli_context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False})
stack = cdk.Stack(app, "aws-eks-oidc-provider-test")
eks.OpenIdConnectProvider(stack, "NoClientsNoThumbprint",
                          url=f"https://oidc.eks.{cdk.Stack.of(stack).region}.amazonaws.com/id/test2")
app.synth()
