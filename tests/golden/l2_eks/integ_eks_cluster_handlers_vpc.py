"""Port of aws-cdk's integ.eks-cluster-handlers-vpc.ts: the cluster handlers placed in the VPC.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the version helper's default (1.24) is written out.
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


class EksAllHandlersInVpcStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        eks.Cluster(self, "EksAllHandlersInVpcStack", version=eks.KubernetesVersion.V1_24,
                    kubectl_layer=kubectl_layer(self), place_cluster_handler_in_vpc=True)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                               "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
EksAllHandlersInVpcStack(app, "aws-cdk-eks-handlers-in-vpc-test")
app.synth()
