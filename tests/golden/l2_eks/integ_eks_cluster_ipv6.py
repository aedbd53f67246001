"""Port of aws-cdk's integ.eks-cluster-ipv6.ts: the full cluster test on an IPv6 cluster (an Amazon-provided
IPv6 block on every subnet).

Adapted: the kubectl layer (a separate package) is a stand-in ``LayerVersion`` built from a temporary directory
with fixed content (the same asset hash on both sides); the cdk8s chart (``cdk8s``/``cdk8s-plus-27`` are not in the oracle venv) is left out,
the ``test-chart`` folder is a stand-in ``Chart.yaml``, and the version helper's default (1.24) is written out.
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk.aws_s3_assets import Asset
from aws_cdk import aws_lambda as lambda_


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


HELLO = [
    {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "hello-kubernetes"},
     "spec": {"ports": [{"port": 80, "targetPort": 8080}], "selector": {"app": "hello-kubernetes"}}},
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "hello-kubernetes"},
     "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "hello-kubernetes"}},
              "template": {"metadata": {"labels": {"app": "hello-kubernetes"}},
                           "spec": {"containers": [{"name": "hello-kubernetes",
                                                    "image": "paulbouwer/hello-kubernetes:1.5",
                                                    "ports": [{"containerPort": 8080}]}]}}}},
]


def chart_folder():
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "Chart.yaml"), "w") as handle:
        handle.write("apiVersion: v2\nname: test-chart\nversion: 0.1.0\n")
    return folder


class EksClusterStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        masters_role = iam.Role(self, "AdminRole", assumed_by=iam.AccountRootPrincipal())
        secrets_encryption_key = kms.Key(self, "SecretsKey")
        vpc = ec2.Vpc(self, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
        ipv6cidr = ec2.CfnVPCCidrBlock(self, "CIDR6", vpc_id=vpc.vpc_id, amazon_provided_ipv6_cidr_block=True)
        vpc_subnets = [ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
                       ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)]
        for count, subnet in enumerate([*vpc.public_subnets, *vpc.private_subnets]):
            subnet.node.add_dependency(ipv6cidr)
            cfn_subnet = subnet.node.default_child
            cfn_subnet.ipv6_cidr_block = cdk.Fn.select(count, cdk.Fn.cidr(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks),
                                                                          256, str(128 - 64)))
            cfn_subnet.assign_ipv6_address_on_creation = True
        cluster = eks.Cluster(self, "Cluster", vpc=vpc, vpc_subnets=vpc_subnets, masters_role=masters_role,
                              default_capacity=2, ip_family=eks.IpFamily.IP_V6, version=eks.KubernetesVersion.V1_24,
                              kubectl_layer=kubectl_layer(self), secrets_encryption_key=secrets_encryption_key,
                              tags={"foo": "bar"},
                              cluster_logging=[eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUTHENTICATOR,
                                               eks.ClusterLoggingTypes.SCHEDULER])
        cluster.node.add_dependency(ipv6cidr)
        cluster.connections.allow_from(ec2.Peer.ipv6(cdk.Fn.select(0, vpc.vpc_ipv6_cidr_blocks)), ec2.Port.all_traffic())
        cluster.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.all_traffic())
        self.cluster = cluster
        cluster.add_fargate_profile("default", selectors=[eks.Selector(namespace="default")])
        cluster.add_auto_scaling_group_capacity("Nodes", instance_type=ec2.InstanceType("t2.medium"), min_capacity=3)
        cluster.add_auto_scaling_group_capacity("NodesArm", instance_type=ec2.InstanceType("m6g.medium"),
                                                min_capacity=1)
        cluster.add_auto_scaling_group_capacity("BottlerocketNodes", instance_type=ec2.InstanceType("t3.small"),
                                                min_capacity=2, machine_image_type=eks.MachineImageType.BOTTLEROCKET)
        cluster.add_auto_scaling_group_capacity(
            "spot", spot_price="0.1094", instance_type=ec2.InstanceType("t3.large"), max_capacity=10,
            bootstrap_options=eks.BootstrapOptions(kubelet_extra_args="--node-labels foo=bar,goo=far",
                                                   aws_api_retry_attempts=5))
        node_role = cluster.default_capacity.role if cluster.default_capacity else None
        cluster.add_nodegroup_capacity("extra-ng", instance_types=[ec2.InstanceType("t3.small")], min_size=1,
                                       node_role=node_role)
        cluster.add_nodegroup_capacity("extra-ng-spot", instance_types=[
            ec2.InstanceType("c5.large"), ec2.InstanceType("c5a.large"), ec2.InstanceType("c5d.large")],
            min_size=3, node_role=node_role, capacity_type=eks.CapacityType.SPOT)
        cluster.add_nodegroup_capacity("extra-ng-arm", instance_types=[ec2.InstanceType("m6g.medium")], min_size=1,
                                       node_role=node_role)
        cluster.add_nodegroup_capacity("extra-ng-arm3", instance_types=[ec2.InstanceType("c7g.large")], min_size=1,
                                       node_role=node_role)
        user_data = ec2.UserData.for_linux()
        user_data.add_commands("set -o xtrace", f"/etc/eks/bootstrap.sh {cluster.cluster_name}")
        lt = ec2.CfnLaunchTemplate(self, "LaunchTemplate", launch_template_data=ec2.CfnLaunchTemplate.LaunchTemplateDataProperty(
            image_id=eks.EksOptimizedImage(kubernetes_version=eks.KubernetesVersion.V1_25.version).get_image(
                self).image_id,
            instance_type=ec2.InstanceType("t3.small").to_string(),
            user_data=cdk.Fn.base64(user_data.render()),
        ))
        cluster.add_nodegroup_capacity("extra-ng2", min_size=1,
                                       node_role=(cluster.default_nodegroup.role if cluster.default_nodegroup
                                                  else node_role),
                                       launch_template_spec=eks.LaunchTemplateSpec(
                                           id=lt.ref, version=lt.attr_default_version_number))
        cluster.add_manifest("HelloApp", *HELLO)
        eks.KubernetesManifest(self, "HelloAppWithoutValidation", cluster=cluster, manifest=[{
            "apiVersion": "v1", "kind": "ConfigMap", "data": {"hello": "world"},
            "metadata": {"name": "config-map"}, "unknown": {"key": "value"},
        }], skip_validation=True)
        cluster.add_helm_chart("dashboard", chart="kubernetes-dashboard", version="6.0.8",
                               repository="https://kubernetes.github.io/dashboard/")
        cluster.add_helm_chart("test-chart", chart_asset=Asset(self, "ChartAsset", path=chart_folder()))
        nginx_namespace = cluster.add_manifest("nginx-namespace", {
            "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "nginx"}})
        nginx_ingress = cluster.add_helm_chart(
            "nginx-ingress", chart="nginx-ingress", repository="https://helm.nginx.com/stable", namespace="nginx",
            wait=True, release="nginx-ingress", version="0.17.1",
            values={"controller": {"service": {"create": False}}}, create_namespace=False,
            timeout=cdk.Duration.minutes(15))
        nginx_ingress.node.add_dependency(nginx_namespace)
        cluster.add_service_account("MyServiceAccount")
        cluster.add_service_account("MyExtendedServiceAccount",
                                    annotations={"eks.amazonaws.com/sts-regional-endpoints": "false"},
                                    labels={"some-label": "with-some-value"})
        cdk.CfnOutput(self, "ClusterEndpoint", value=cluster.cluster_endpoint)
        cdk.CfnOutput(self, "ClusterArn", value=cluster.cluster_arn)
        cdk.CfnOutput(self, "ClusterCertificateAuthorityData", value=cluster.cluster_certificate_authority_data)
        cdk.CfnOutput(self, "ClusterSecurityGroupId", value=cluster.cluster_security_group_id)
        cdk.CfnOutput(self, "ClusterEncryptionConfigKeyArn", value=cluster.cluster_encryption_config_key_arn)
        cdk.CfnOutput(self, "ClusterName", value=cluster.cluster_name)


app = cdk.App(post_cli_context={"@aws-cdk/aws-iam:oidcRejectUnauthorizedConnections": False})
EksClusterStack(app, "aws-cdk-eks-cluster-ipv6-test", env=cdk.Environment(region="us-east-1"))
app.synth()
