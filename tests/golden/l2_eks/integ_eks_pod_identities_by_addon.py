"""Port of aws-cdk's integ.eks-pod-identities-by-addon.ts: a Pod Identity service account, its agent add-on
declared first.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides).
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
        vpc = ec2.Vpc(self, "VPC", nat_gateways=1)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, masters_role=masters_role, default_capacity=1,
                              version=eks.KubernetesVersion.V1_30, kubectl_layer=kubectl_layer(self),
                              authentication_mode=eks.AuthenticationMode.API_AND_CONFIG_MAP)
        eks.Addon(self, "PodIdentityAgentAddon", cluster=cluster, addon_name="eks-pod-identity-agent")
        sa = eks.ServiceAccount(self, "ServiceAccount", cluster=cluster, name="test-sa", namespace="default",
                                identity_type=eks.IdentityType.POD_IDENTITY)
        pod = cluster.add_manifest("demopod", {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": "demo"},
            "spec": {
                "serviceAccountName": sa.service_account_name,
                "containers": [{
                    "name": "demo",
                    "image": "public.ecr.aws/amazonlinux/amazonlinux:2023",
                    "command": ["/bin/bash", "-c",
                                "yum update -y && yum install -y awscli && aws sts get-caller-identity"],
                }],
            },
        })
        pod.node.add_dependency(sa)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
EksClusterStack(app, "eks-pod-identities-by-addon")
app.synth()
