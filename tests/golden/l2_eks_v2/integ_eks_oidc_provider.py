"""Port of aws-cdk's aws-eks-v2 integ.eks-oidc-provider.ts: the custom-resource and the native OIDC providers.

Adapted: no ``IntegTest`` construct.
"""

import aws_cdk as cdk
from aws_cdk import aws_eks_v2 as eks

app = cdk.App(post_cli_context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False})
stack = cdk.Stack(app, "aws-cdk-eks-v2-alpha-oidc-provider-test")
eks.OpenIdConnectProvider(stack, "NoClientsNoThumbprint",
                          url=f"https://oidc.eks.{cdk.Stack.of(stack).region}.amazonaws.com/id/test2")
cluster = eks.Cluster(stack, "Cluster", version=eks.KubernetesVersion.V1_32)
eks.OidcProviderNative(stack, "OidcProviderNative", url=cluster.cluster_open_id_connect_issuer_url)
app.synth()
