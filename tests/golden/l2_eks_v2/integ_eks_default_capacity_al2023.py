"""Port of aws-cdk's aws-eks-v2 integ.eks-default-capacity-al2023.ts: the default node group with
``@aws-cdk/aws-eks:defaultToAL2023``.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct. The version helper's layer id (``KubectlLayer``) is kept; the assertion
API call is left out.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks_v2 as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope, id):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksV2DefaultCapacityAl2023Stack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        self.cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity=2,
                                   default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                                   version=eks.KubernetesVersion.V1_33,
                                   kubectl_provider_options=eks.KubectlProviderOptions(
                                       kubectl_layer=kubectl_layer(self, "KubectlLayer")))


app = cdk.App(context={"@aws-cdk/aws-eks:defaultToAL2023": True})
EksV2DefaultCapacityAl2023Stack(app, "aws-cdk-eks-v2-default-capacity-al2023-test")
app.synth()
