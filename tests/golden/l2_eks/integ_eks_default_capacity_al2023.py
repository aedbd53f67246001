"""Port of aws-cdk's integ.eks-default-capacity-al2023.ts: default capacity under the defaultToAL2023 flag.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the assertion is dropped.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


class EksDefaultCapacityAl2023Stack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        self.cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity=2, version=eks.KubernetesVersion.V1_33,
                                   kubectl_layer=kubectl_layer(self))


app = cdk.App(context={"@aws-cdk/aws-eks:defaultToAL2023": True})
EksDefaultCapacityAl2023Stack(app, "aws-cdk-eks-default-capacity-al2023-test")
app.synth()
