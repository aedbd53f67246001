"""integ.emr-create-cluster-with-v2-policy: a master fleet in a VPC subnet, the EMR service policy v2 flag on (managed-policy tag)."""

from aws_cdk import App, Stack, Tags
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App(context={"@aws-cdk/aws-stepfunctions-tasks:enableEmrServicePolicyV2": True})
stack = Stack(app, "aws-cdk-emr-create-cluster-v2-policy")
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
)
sfn.StateMachine(stack, "SM", definition=step)
app.synth()
