"""Port of aws-cdk's integ.eks-custom-addons.ts: a cluster without the self-managed networking add-ons.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the ``authMode`` the TypeScript passes to the stack props (and the stack ignores) is dropped.
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


class EksCustomAddOnClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        self.vpc = ec2.Vpc(self, "DummyVpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        eks.Cluster(self, "Cluster", version=eks.KubernetesVersion.V1_32, kubectl_layer=kubectl_layer(self),
                    bootstrap_self_managed_addons=False, vpc=self.vpc)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                               "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
EksCustomAddOnClusterStack(app, "aws-cdk-eks-fargate-cluster-test-stack1")
app.synth()
