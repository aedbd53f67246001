"""Port of aws-cdk's aws-eks-v2 integ.eks-cluster-private-endpoint-cidrs.ts: a private endpoint's public access
CIDRs.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct (nor its ``describeCluster`` assertion).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_s3_assets import Asset


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksPrivateEndpointCidrsStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, endpoint_access=eks.EndpointAccess.PRIVATE,
                              version=eks.KubernetesVersion.V1_33,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "KubectlLayer")))
        self.cluster_name = cluster.cluster_name


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksPrivateEndpointCidrsStack(app, "aws-cdk-eks-private-endpoint-cidrs-test")
app.synth()
