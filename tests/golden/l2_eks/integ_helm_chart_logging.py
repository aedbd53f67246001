"""Port of aws-cdk's integ.helm-chart-logging.ts: Helm charts from a chart repository and an OCI registry.

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


class HelmChartLoggingStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        masters_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, masters_role=masters_role, default_capacity=1,
                              version=eks.KubernetesVersion.V1_24, kubectl_layer=kubectl_layer(self))
        cluster.add_helm_chart("aws-load-balancer-controller", chart="aws-load-balancer-controller",
                               repository="https://aws.github.io/eks-charts", namespace="kube-system",
                               version="1.6.0", values={"clusterName": cluster.cluster_name})
        cluster.add_helm_chart("ack-s3-controller", chart="s3-chart", release="s3-controller",
                               repository="oci://public.ecr.aws/aws-controllers-k8s/s3-chart", version="v0.1.0",
                               namespace="ack-system", create_namespace=True, values={"aws": {"region": self.region}})


app = cdk.App()
HelmChartLoggingStack(app, "aws-cdk-eks-helm-logging-test")
app.synth()
