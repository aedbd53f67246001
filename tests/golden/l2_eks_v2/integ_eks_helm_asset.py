"""Port of aws-cdk's aws-eks-v2 integ.eks-helm-asset.ts: Helm charts from an asset and from OCI repositories
(release names, skipped CRDs, atomic installs) and a service account.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct. The ``test-chart`` folder is a stand-in ``Chart.yaml``.
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


def chart_folder():
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "Chart.yaml"), "w") as handle:
        handle.write("apiVersion: v2\nname: test-chart\nversion: 0.1.0\n")
    return folder


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33,
                              kubectl_provider_options=eks.KubectlProviderOptions(kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        cluster.add_helm_chart("test-chart", chart_asset=Asset(self, "ChartAsset", path=chart_folder()))
        cluster.add_helm_chart("test-oci-chart", chart="s3-chart", release="s3-chart",
                               repository="oci://public.ecr.aws/aws-controllers-k8s/s3-chart", version="v0.1.0",
                               namespace="ack-system", create_namespace=True, values={"aws": {"region": self.region}})
        cluster.add_helm_chart("test-oci-chart-different-release-name", chart="lambda-chart",
                               release="lambda-chart-release",
                               repository="oci://public.ecr.aws/aws-controllers-k8s/lambda-chart", version="v0.1.4",
                               namespace="ack-system", create_namespace=True, values={"aws": {"region": self.region}})
        rds_chart = cluster.add_helm_chart("test-skip-crd-installation", chart="rds-chart", release="rds-chart-release",
                                           repository="oci://public.ecr.aws/aws-controllers-k8s/rds-chart",
                                           version="1.4.1", namespace="ack-system", create_namespace=True,
                                           skip_crds=True, values={"aws": {"region": self.region}})
        sa = cluster.add_service_account("ec2-controller-sa", namespace="ack-system")
        sa.node.add_dependency(rds_chart)
        sa.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonEC2FullAccess"))
        cluster.add_helm_chart("test-atomic-installation", chart="ec2-chart", release="ec2-chart-release",
                               repository="oci://public.ecr.aws/aws-controllers-k8s/ec2-chart", version="1.2.13",
                               namespace="ack-system", create_namespace=True, skip_crds=True, atomic=True,
                               values={"aws": {"region": self.region}, "serviceAccount": {
                                   "name": sa.service_account_name, "create": False,
                                   "annotations": {"eks.amazonaws.com/role-arn": sa.role.role_arn}}})
        cluster.add_helm_chart("test-non-ecr-oci-chart", chart="grafana-operator", release="grafana-operator-release",
                               repository="oci://ghcr.io/grafana-operator/helm-charts/grafana-operator",
                               version="v5.0.0-rc1", namespace="ack-system", create_namespace=True)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-eks:useNativeOidcProvider": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterStack(app, "aws-cdk-eks-helm-test")
app.synth()
