"""integ.emr-create-cluster-with-v1-policy: a master fleet in a VPC subnet."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-v1-policy")
vpc = Vpc(stack, "Vpc", restrict_default_security_group=False)
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
sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(step))
app.synth()
