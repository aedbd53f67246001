"""Port of aws-cdk's integ.oidc-provider.ts (custom-resource OpenIdConnectProvider; IntegTest part dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "oidc-provider-integ-test")
no_clients = iam.OpenIdConnectProvider(stack, "NoClientsNoThumbprint",
                                       url="https://oidc.eks.us-east-1.amazonaws.com/id/test2")
clients = iam.OpenIdConnectProvider(stack, "Clients", url="https://oidc.eks.us-east-1.amazonaws.com/id/test3",
                                    client_ids=["foo", "bar"])
thumbprints = iam.OpenIdConnectProvider(
    stack, "Thumbprints", url="https://oidc.eks.us-east-1.amazonaws.com/id/test4",
    thumbprints=["aa00aa1122aa00aa1122aa00aa1122aa00aa1122", "aa00aa1122aa00aa1122aa00aa1122aa00aa1111"],
)
cdk.CfnOutput(stack, "NoClientsThumbprints", value=no_clients.open_id_connect_providerthumbprints)
cdk.CfnOutput(stack, "ClientsThumbprints", value=clients.open_id_connect_providerthumbprints)
cdk.CfnOutput(stack, "ThumbprintsThumbprints", value=thumbprints.open_id_connect_providerthumbprints)
app.synth()
