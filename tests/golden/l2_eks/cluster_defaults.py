"""A cluster with its defaults (default VPC, node group capacity, aws-auth map, both nested providers), manifests,
a Helm chart, a patch and an object value through ``Cluster`` helpers, a masters role with its outputs, and a
cluster imported with ``from_cluster_attributes`` in a second stack."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EksClusterDefaults")
layer = lambda_.LayerVersion.from_layer_version_arn(
    stack, "KubectlLayer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:1")
masters = iam.Role(stack, "Masters", assumed_by=iam.AccountRootPrincipal())
cluster = eks.Cluster(stack, "Cluster", version=eks.KubernetesVersion.V1_33, kubectl_layer=layer,
                      masters_role=masters, output_cluster_name=True, output_masters_role_arn=True,
                      cluster_logging=[eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT],
                      endpoint_access=eks.EndpointAccess.PUBLIC_AND_PRIVATE.only_from("10.0.0.0/8"),
                      tags={"team": "platform"})
cluster.add_manifest("Pod", {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "hello"},
                             "spec": {"containers": [{"name": "hello", "image": "nginx"}]}})
cluster.add_helm_chart("Nginx", chart="nginx", repository="https://helm.nginx.com/stable", namespace="web",
                       values={"replicas": 2}, wait=True, timeout=cdk.Duration.minutes(10))
cluster.add_nodegroup_capacity("Spot", instance_types=[ec2.InstanceType("t3.large")],
                               capacity_type=eks.CapacityType.SPOT, min_size=1, max_size=3,
                               labels={"role": "spot"},
                               taints=[eks.TaintSpec(effect=eks.TaintEffect.NO_SCHEDULE, key="spot", value="yes")])
cluster.aws_auth.add_account("123456789012")
address = cluster.get_service_load_balancer_address("web", namespace="web")
cdk.CfnOutput(stack, "Address", value=address)

other = cdk.Stack(app, "EksImported")
imported = eks.Cluster.from_cluster_attributes(
    other, "Imported", cluster_name="existing", kubectl_role_arn="arn:aws:iam::123456789012:role/kubectl",
    kubectl_layer=lambda_.LayerVersion.from_layer_version_arn(
        other, "Layer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:2"),
    cluster_security_group_id="sg-123", security_group_ids=["sg-456"])
imported.add_manifest("Namespace", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apps"}})
eks.KubernetesPatch(other, "Patch", cluster=imported, resource_name="deployment/coredns",
                    resource_namespace="kube-system", apply_patch={"spec": {"replicas": 3}},
                    restore_patch={"spec": {"replicas": 2}}, patch_type=eks.PatchType.MERGE)
cdk.CfnOutput(other, "Arn", value=imported.cluster_arn)
app.synth()
