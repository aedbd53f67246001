"""Port of aws-cdk's aws-eks-v2 integ.eks-addon.ts: add-ons kept on deletion, with configuration values.

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content; the second add-on's ``namespace``, ``podIdentityAssociations``, ``serviceAccountRole`` and
``resolveConflicts`` (newer than aws-cdk-lib 2.275) are left out, its role is kept.
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


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Vpc", nat_gateways=1)
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, version=eks.KubernetesVersion.V1_33,
                              kubectl_provider_options=eks.KubectlProviderOptions(
                                  kubectl_layer=kubectl_layer(self, "kubectlLayer")))
        eks.Addon(self, "Addon", addon_name="coredns", cluster=cluster, preserve_on_delete=True,
                  configuration_values={"replicaCount": 2})
        iam.Role(self, "TestRole", assumed_by=iam.ServicePrincipal("pods.eks.amazonaws.com").with_session_tags(),
                 managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                     "service-role/AmazonEBSCSIDriverPolicy")])
        eks.Addon(self, "AddonPodIdentityAssociation", addon_name="aws-ebs-csi-driver", cluster=cluster,
                  preserve_on_delete=True)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
})
EksClusterStack(app, "EksClusterWithAddonStack")
app.synth()
