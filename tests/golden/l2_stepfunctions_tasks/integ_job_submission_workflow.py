"""Port of aws-cdk's emrcontainers/integ.job-submission-workflow.ts: create a virtual cluster on an ``eks.Cluster``,
run a job on it with an imported execution role, delete it.

Adapted: the ``KubectlV31Layer`` (a separate package) is a stand-in ``LayerVersion`` built from a temporary
directory with fixed content (the same asset hash on both sides); the entry point arguments come from a JSON path
(the TypeScript passes ``TaskInput.fromObject(['2'])``: aws-cdk-lib's Python ``from_object`` takes a mapping only).
"""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_eks as eks
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import (
    Classification,
    EksClusterInput,
    EmrContainersCreateVirtualCluster,
    EmrContainersDeleteVirtualCluster,
    EmrContainersStartJobRun,
    ReleaseLabel,
    VirtualClusterInput,
)


def kubectl_layer(scope):
    folder = tempfile.mkdtemp()
    os.makedirs(os.path.join(folder, "kubectl"))
    with open(os.path.join(folder, "kubectl", "README"), "w") as handle:
        handle.write("stand-in for /opt/kubectl/kubectl and /opt/helm/helm\n")
    return lambda_.LayerVersion(scope, "KubectlLayer", code=lambda_.Code.from_asset(folder),
                                description="/opt/kubectl/kubectl and /opt/helm/helm")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
                                 "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "aws-stepfunctions-tasks-emr-containers-all-services-test")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)

eks_cluster = eks.Cluster(stack, "integration-test-eks-cluster", version=eks.KubernetesVersion.V1_30,
                          default_capacity=3,
                          default_capacity_instance=ec2.InstanceType.of(ec2.InstanceClass.M5, ec2.InstanceSize.XLARGE),
                          kubectl_layer=kubectl_layer(stack))
job_execution_role = iam.Role(stack, "JobExecutionRole", assumed_by=iam.CompositePrincipal(
    iam.ServicePrincipal("emr-containers.amazonaws.com"), iam.ServicePrincipal("states.amazonaws.com")))
create_virtual_cluster = EmrContainersCreateVirtualCluster(
    stack, "Create a virtual Cluster", virtual_cluster_name="Virtual-Cluster-Name",
    eks_cluster=EksClusterInput.from_cluster(eks_cluster), result_path="$.cluster")
start_job_run = EmrContainersStartJobRun(
    stack, "Start a Job Run",
    virtual_cluster=VirtualClusterInput.from_task_input(sfn.TaskInput.from_json_path_at("$.cluster.Id")),
    release_label=ReleaseLabel.EMR_6_2_0,
    job_name="EMR-Containers-Job",
    execution_role=iam.Role.from_role_arn(stack, "Job-Execution-Role", job_execution_role.role_arn),
    job_driver={"spark_submit_job_driver": {
        "entry_point": sfn.TaskInput.from_text("local:///usr/lib/spark/examples/src/main/python/pi.py"),
        "entry_point_arguments": sfn.TaskInput.from_json_path_at("$.args"),
        "spark_submit_parameters": "--conf spark.driver.memory=512M --conf spark.kubernetes.driver.request.cores=0.2 "
        "--conf spark.kubernetes.executor.request.cores=0.2 --conf spark.sql.shuffle.partitions=60 "
        "--conf spark.dynamicAllocation.enabled=false",
    }},
    monitoring={"logging": True, "persistent_app_ui": True},
    application_config=[{"classification": Classification.SPARK_DEFAULTS,
                         "properties": {"spark.executor.instances": "1", "spark.executor.memory": "512M"}}],
    result_path="$.job",
)
delete_virtual_cluster = EmrContainersDeleteVirtualCluster(
    stack, "Delete a Virtual Cluster", virtual_cluster_id=sfn.TaskInput.from_json_path_at("$.job.VirtualClusterId"))
chain = sfn.Chain.start(create_virtual_cluster).next(start_job_run).next(delete_virtual_cluster)
sm = sfn.StateMachine(stack, "StateMachine", definition=chain, timeout=cdk.Duration.minutes(20))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
