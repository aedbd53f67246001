"""Port of aws-cdk's aws-eks-v2 integ.alb-controller.ts: the ALB controller with extra Helm values and an
ingress's load balancer address.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct; the cdk8s echo-server chart (``cdk8s``/``cdk8s-plus-27`` are not in the
oracle venv) and the pinger (a local Lambda folder of the integ test) are left out: the load balancer address is
read for a fixed ingress name and output.
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


class EksClusterAlbControllerStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33,
                              alb_controller=eks.AlbControllerOptions(
                                  version=eks.AlbControllerVersion.V2_8_2,
                                  additional_helm_chart_values={"enableWafv2": False}),
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        address = cluster.get_ingress_load_balancer_address("hello-server-ingress",
                                                            timeout=cdk.Duration.minutes(10))
        cdk.CfnOutput(self, "IngressAddress", value=f"http://{address}")


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterAlbControllerStack(app, "aws-cdk-eks-cluster-alb-controller")
app.synth()
