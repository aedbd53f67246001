"""@aws-cdk/core:enableAdditionalMetadataCollection on, over the EKS providers and the constructs a cluster builds
itself: the cluster-resource provider's handlers in the VPC with a given onEvent layer (aws-cdk-lib's literal
order, each handler's own code asset), the kubectl provider in private subnets and for an imported cluster (its
undefined role and VPC keys), a cluster's OIDC provider and Pod Identity add-on (their undefined removal policy),
user-built OIDC providers (the super() literal their IAM base records), Fargate clusters of eks and eks_v2 (their
super() spread with the CoreDNS compute type), a numeric enum (DefaultCapacityType.EC2), the memoized cluster ARN,
a global table's replica provider and an EMR containers job's trust-policy resource (an app of aws-cdk-lib's
Python API, run by the oracle and, rewritten, by pycdk)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_eks_v2 as eks_v2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})


def layer(scope, id):
    folder = tempfile.mkdtemp()
    with open(os.path.join(folder, "README"), "w") as handle:
        handle.write(f"stand-in layer {id}\n")
    return lambda_.LayerVersion(scope, id, code=lambda_.Code.from_asset(folder))


stack = cdk.Stack(app, "AnalyticsEksMore")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
handler_sg = ec2.SecurityGroup(stack, "HandlerSg", vpc=vpc)
cluster = eks.Cluster(
    stack, "Cluster", version=eks.KubernetesVersion.V1_32, vpc=vpc, kubectl_layer=layer(stack, "Kubectl"),
    awscli_layer=layer(stack, "AwsCli"), on_event_layer=layer(stack, "ProxyAgent"),
    place_cluster_handler_in_vpc=True, cluster_handler_security_group=handler_sg,
    cluster_handler_environment={"HTTP_PROXY": "http://proxy:8080"}, endpoint_access=eks.EndpointAccess.PRIVATE,
    default_capacity=1, default_capacity_type=eks.DefaultCapacityType.EC2,
    default_capacity_instance=ec2.InstanceType("t3.medium"), kubectl_memory=cdk.Size.gibibytes(2))
cluster.add_manifest("Config", {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "config"}})
cluster.add_service_account("Irsa", name="irsa")
cluster.add_service_account("PodIdentity", identity_type=eks.IdentityType.POD_IDENTITY)
cdk.CfnOutput(stack, "Arn", value=cluster.cluster_arn)
cdk.CfnOutput(stack, "ArnAgain", value=cluster.cluster_arn)
eks.OpenIdConnectProvider(stack, "UserOidc", url="https://oidc.example.com/id/1")
eks.OidcProviderNative(stack, "UserNativeOidc", url="https://oidc.example.com/id/2",
                       removal_policy=cdk.RemovalPolicy.RETAIN)

imported_stack = cdk.Stack(app, "AnalyticsEksImported")
imported = eks.Cluster.from_cluster_attributes(
    imported_stack, "Imported", cluster_name="imported",
    kubectl_role_arn="arn:aws:iam::123456789012:role/kubectl", kubectl_layer=layer(imported_stack, "Kubectl"),
    awscli_layer=layer(imported_stack, "AwsCli"), kubectl_environment={"A": "b"})
imported.add_manifest("Config", {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "config"}})
eks.FargateCluster(imported_stack, "Fargate", version=eks.KubernetesVersion.V1_32,
                   kubectl_layer=lambda_.LayerVersion.from_layer_version_arn(
                       imported_stack, "FargateLayer", "arn:aws:lambda:us-east-1:123456789012:layer:kubectl:3"),
                   awscli_layer=layer(imported_stack, "FargateAwsCli"),
                   on_event_layer=layer(imported_stack, "FargateProxyAgent"), output_cluster_name=True)

v2_stack = cdk.Stack(app, "AnalyticsEksV2")
eks_v2.FargateCluster(v2_stack, "Fargate", version=eks_v2.KubernetesVersion.V1_32,
                      core_dns_compute_type=eks_v2.CoreDnsComputeType.FARGATE, prune=False,
                      kubectl_provider_options=eks_v2.KubectlProviderOptions(
                          kubectl_layer=layer(v2_stack, "Kubectl"), awscli_layer=layer(v2_stack, "AwsCli")))
eks_v2.OpenIdConnectProvider(v2_stack, "UserOidc", url="https://oidc.example.com/id/3",
                             removal_policy=cdk.RemovalPolicy.DESTROY)

table_stack = cdk.Stack(app, "AnalyticsReplicas", env=cdk.Environment(region="us-east-1"))
dynamodb.Table(table_stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
               replication_regions=["us-east-2"], billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST)
job = tasks.EmrContainersStartJobRun(
    table_stack, "Job", virtual_cluster=tasks.VirtualClusterInput.from_virtual_cluster_id("vc-1"),
    release_label=tasks.ReleaseLabel.EMR_6_2_0,
    job_driver=tasks.JobDriver(spark_submit_job_driver=tasks.SparkSubmitJobDriver(
        entry_point=sfn.TaskInput.from_text("local:///app.py"))))
sfn.StateMachine(table_stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(job))
app.synth()
