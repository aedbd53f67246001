"""integ.emr-create-cluster-with-auto-deletion-policy-idle-timeout: an auto-termination idle timeout."""

from aws_cdk import App, Duration, Stack, Tags
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-auto-deletion-policy-idle-timeout")
vpc = Vpc(stack, "Vpc", restrict_default_security_group=False)
Tags.of(vpc).add("for-use-with-amazon-emr-managed-policies", "true")
step = EmrCreateCluster(
    stack, "EmrCreateCluster",
    instances=EmrCreateCluster.InstancesConfigProperty(
        instance_fleets=[EmrCreateCluster.InstanceFleetConfigProperty(
            instance_fleet_type=EmrCreateCluster.InstanceRoleType.MASTER,
            instance_type_configs=[EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge")],
            target_on_demand_capacity=1)],
        ec2_subnet_id=vpc.public_subnets[0].subnet_id),
    name="Cluster", release_label="emr-6.15.0", integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    auto_termination_policy_idle_timeout=Duration.seconds(100),
)
sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(step))
app.synth()
