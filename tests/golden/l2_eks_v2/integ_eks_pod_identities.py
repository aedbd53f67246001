"""Port of aws-cdk's aws-eks-v2 integ.eks-pod-identities.ts: a Pod Identity service account and pods using it.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); no ``IntegTest`` construct. The second service account's ``role`` (newer than aws-cdk-lib 2.275) is
left out: it gets its own role; the external role is kept.
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


class EksPodIdentitiesStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", nat_gateways=1)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, default_capacity_type=eks.DefaultCapacityType.NODEGROUP,
                              default_capacity=1, version=eks.KubernetesVersion.V1_32,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        sa = eks.ServiceAccount(self, "ServiceAccount", cluster=cluster, name="test-sa", namespace="default",
                                identity_type=eks.IdentityType.POD_IDENTITY)
        sa.role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonS3ReadOnlyAccess"))
        command = ["/bin/bash", "-c", "yum update -y && yum install -y awscli && aws sts get-caller-identity"]
        pod = cluster.add_manifest("demopod", {
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "demo"},
            "spec": {"serviceAccountName": sa.service_account_name, "containers": [
                {"name": "demo", "image": "public.ecr.aws/amazonlinux/amazonlinux:2023", "command": command}]},
        })
        pod.node.add_dependency(sa)
        external = iam.Role(self, "ExternalRole",
                            assumed_by=iam.SessionTagsPrincipal(iam.ServicePrincipal("pods.eks.amazonaws.com")))
        external.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonS3ReadOnlyAccess"))
        sa2 = eks.ServiceAccount(self, "ServiceAccountWithExternalRole", cluster=cluster,
                                 name="test-sa-external-role", namespace="default",
                                 identity_type=eks.IdentityType.POD_IDENTITY)
        pod2 = cluster.add_manifest("demopod-external-role", {
            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "demo-external-role"},
            "spec": {"serviceAccountName": sa2.service_account_name, "containers": [
                {"name": "demo", "image": "public.ecr.aws/amazonlinux/amazonlinux:2023", "command": command}]},
        })
        pod2.node.add_dependency(sa2)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
EksPodIdentitiesStack(app, "eks-pod-identities-v2")
app.synth()
