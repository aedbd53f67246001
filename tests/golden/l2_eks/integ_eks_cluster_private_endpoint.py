"""Port of aws-cdk's integ.eks-cluster-private-endpoint.ts: a cluster with a private endpoint only.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the version helper's default (1.24) is written out.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
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
        masters_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        vpc = ec2.Vpc(self, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, masters_role=masters_role, default_capacity=2,
                              version=eks.KubernetesVersion.V1_24, kubectl_layer=kubectl_layer(self),
                              endpoint_access=eks.EndpointAccess.PRIVATE, prune=False)
        cluster.add_manifest("config-map", {"kind": "ConfigMap", "apiVersion": "v1", "data": {"hello": "world"},
                                            "metadata": {"name": "config-map"}})


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                               "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
EksClusterStack(app, "aws-cdk-eks-cluster-private-endpoint-test")
app.synth()
