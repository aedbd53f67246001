"""Port of aws-cdk's aws-eks-v2 integ.fargate-cluster.ts: a FargateCluster (default profile, CoreDNS patch).

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksFargateClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        eks.FargateCluster(self, "FargateTestCluster", version=eks.KubernetesVersion.V1_34, prune=False,
                           kubectl_provider_options=eks.KubectlProviderOptions(
                               kubectl_layer=kubectl_layer(self, "kubectlLayer")))


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksFargateClusterStack(app, "eks-fargate-cluster-test-stack")
app.synth()
