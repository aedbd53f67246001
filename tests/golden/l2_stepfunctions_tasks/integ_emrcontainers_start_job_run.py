"""Port of aws-cdk's emrcontainers/integ.start-job-run.ts: ``EmrContainersStartJobRun`` on a virtual cluster of an
``eks.Cluster`` (RBAC manifests and an aws-auth role mapping).

Adapted: the ``KubectlV31Layer`` (a separate package) is a stand-in ``LayerVersion`` built from a temporary
directory with fixed content (the same asset hash on both sides); the entry point arguments come from a JSON path
(the TypeScript passes ``TaskInput.fromObject(['2'])``: aws-cdk-lib's Python ``from_object`` takes a mapping only).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import Aws
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EmrContainersStartJobRun, ReleaseLabel, VirtualClusterInput


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-emr-containers-start-job-run")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

eks_cluster = eks.Cluster(stack, "integration-test-eks-cluster", version=eks.KubernetesVersion.V1_30,
                          default_capacity=3,
                          default_capacity_instance=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
                          kubectl_layer=kubectl_layer(stack))
virtual_cluster = cdk.CfnResource(stack, "Virtual Cluster", type="AWS::EMRContainers::VirtualCluster", properties={
    "ContainerProvider": {"Id": eks_cluster.cluster_name, "Info": {"EksInfo": {"Namespace": "default"}},
                          "Type": "EKS"},
    "Name": "Virtual-Cluster-Name",
})
verbs = ["get", "list", "watch", "describe", "create", "edit", "delete", "annotate", "patch", "label"]
emr_role = eks_cluster.add_manifest("emrRole", {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "Role",
    "metadata": {"name": "emr-containers", "namespace": "default"},
    "rules": [
        {"apiGroups": [""], "resources": ["namespaces"], "verbs": ["get"]},
        {"apiGroups": [""], "resources": ["serviceaccounts", "services", "configmaps", "events", "pods", "pods/log"],
         "verbs": ["get", "list", "watch", "describe", "create", "edit", "delete", "deletecollection", "annotate",
                   "patch", "label"]},
        {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "patch", "delete", "watch"]},
        {"apiGroups": ["apps"], "resources": ["statefulsets", "deployments"], "verbs": verbs},
        {"apiGroups": ["batch"], "resources": ["jobs"], "verbs": verbs},
        {"apiGroups": ["extensions"], "resources": ["ingresses"], "verbs": verbs},
        {"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles", "rolebindings"],
         "verbs": ["get", "list", "watch", "describe", "create", "edit", "delete", "deletecollection", "annotate",
                   "patch", "label"]},
    ],
})
emr_role_bind = eks_cluster.add_manifest("emrRoleBind", {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "RoleBinding",
    "metadata": {"name": "emr-containers", "namespace": "default"},
    "subjects": [{"kind": "User", "name": "emr-containers", "apiGroup": "rbac.authorization.k8s.io"}],
    "roleRef": {"kind": "Role", "name": "emr-containers", "apiGroup": "rbac.authorization.k8s.io"},
})
emr_role_bind.node.add_dependency(emr_role)
emr_service_role = iam.Role.from_role_arn(
    stack, "emrServiceRole", "arn:aws:iam::" + Aws.ACCOUNT_ID + ":role/AWSServiceRoleForAmazonEMRContainers")
eks_cluster.aws_auth.add_role_mapping(emr_service_role, groups=[], username="emr-containers")
virtual_cluster.node.add_dependency(emr_role_bind)
virtual_cluster.node.add_dependency(eks_cluster.aws_auth)

start_job_run_job = EmrContainersStartJobRun(
    stack, "Start a Job Run",
    virtual_cluster=VirtualClusterInput.from_virtual_cluster_id(virtual_cluster.get_att("Id").to_string()),
    release_label=ReleaseLabel.EMR_6_2_0,
    job_name="EMR-Containers-Job",
    job_driver={"spark_submit_job_driver": {
        "entry_point": sfn.TaskInput.from_text("local:///usr/lib/spark/examples/src/main/python/pi.py"),
        "entry_point_arguments": sfn.TaskInput.from_json_path_at("$.args"),
        "spark_submit_parameters": "--conf spark.driver.memory=512M --conf spark.kubernetes.driver.request.cores=0.2 "
        "--conf spark.kubernetes.executor.request.cores=0.2 --conf spark.sql.shuffle.partitions=60 "
        "--conf spark.dynamicAllocation.enabled=false",
    }},
)
sm = sfn.StateMachine(stack, "StateMachine", definition=sfn.Chain.start(start_job_run_job),
                      timeout=cdk.Duration.seconds(1000))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
