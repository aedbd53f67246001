"""Port of aws-cdk's integ.alb-controller-authapi.ts: an ALB controller on an API-mode cluster.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides).
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


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_30,
                              kubectl_layer=kubectl_layer(self), default_capacity=2,
                              authentication_mode=eks.AuthenticationMode.API)
        eks.AlbController.create(self, cluster=cluster, version=eks.AlbControllerVersion.V2_6_2)


app = cdk.App(post_cli_context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False})
EksClusterStack(app, "integ-eks-stack")
app.synth()
