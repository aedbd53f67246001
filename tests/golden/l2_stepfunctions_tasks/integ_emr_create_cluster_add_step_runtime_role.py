"""integ.emr-create-cluster-add-step-runtime-role: a cluster with a security configuration, a step run with a
runtime role trusted by the cluster's instance role, then termination."""

import json

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_emr as emr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = App()
stack = Stack(app, "aws-cdk-emr-add-step-runtime-role")
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False)
cfn_security_configuration = emr.CfnSecurityConfiguration(
    stack, "EmrSecurityConfiguration", name="AddStepRuntimeRoleSecConfig",
    security_configuration=json.loads("""
    {
      "AuthorizationConfiguration": {
          "IAMConfiguration": {
              "EnableApplicationScopedIAMRole": true,
              "ApplicationScopedIAMRoleConfiguration": {"PropagateSourceIdentity": true}
          },
          "LakeFormationConfiguration": {"AuthorizedSessionTagValue": "Amazon EMR"}
      }
    }"""),
)
create_cluster_step = tasks.EmrCreateCluster(
    stack, "EmrCreateCluster",
    instances=tasks.EmrCreateCluster.InstancesConfigProperty(
        instance_fleets=[tasks.EmrCreateCluster.InstanceFleetConfigProperty(
            instance_fleet_type=tasks.EmrCreateCluster.InstanceRoleType.MASTER,
            instance_type_configs=[tasks.EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge")],
            target_on_demand_capacity=1)],
        ec2_subnet_id=vpc.public_subnets[0].subnet_id),
    name="Cluster", release_label="emr-6.13.0", integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    tags={"Key": "Value", "for-use-with-amazon-emr-managed-policies": "true"},
    security_configuration=cfn_security_configuration.name,
    applications=[tasks.EmrCreateCluster.ApplicationConfigProperty(name="Spark")],
)
execution_role = iam.Role(stack, "EmrExecutionRole",
                          assumed_by=iam.ArnPrincipal(create_cluster_step.cluster_role.role_arn))
execution_role.assume_role_policy.add_statements(
    iam.PolicyStatement(effect=iam.Effect.ALLOW, principals=[create_cluster_step.cluster_role],
                        actions=["sts:SetSourceIdentity"]),
    iam.PolicyStatement(effect=iam.Effect.ALLOW, principals=[create_cluster_step.cluster_role],
                        actions=["sts:TagSession"],
                        conditions={"StringEquals": {"aws:RequestTag/LakeFormationAuthorizedCaller": "Amazon EMR"}}),
)
add_step_step = tasks.EmrAddStep(
    stack, "EmrAddStep", result_path=sfn.JsonPath.DISCARD, cluster_id=sfn.JsonPath.string_at("$.Cluster.Id"),
    name="AddStepRuntimeRoleIntTest", jar="command-runner.jar", args=["spark-example", "SparkPi", "1"],
    execution_role_arn=execution_role.role_arn, action_on_failure=tasks.ActionOnFailure.TERMINATE_CLUSTER,
)
termination_step = tasks.EmrTerminateCluster(stack, "EmrTerminateCluster",
                                             cluster_id=sfn.JsonPath.string_at("$.Cluster.Id"),
                                             integration_pattern=sfn.IntegrationPattern.RUN_JOB)
sfn.StateMachine(stack, "SM", definition=create_cluster_step.next(add_step_step).next(termination_step))
app.synth()
