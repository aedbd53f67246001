"""integ.emr-create-cluster-with-ebs: instance fleets, EBS root volume IOPS/size/throughput, managed scaling."""

from aws_cdk import App, Size, Stack, Tags
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "emr-create-cluster-ebs")
vpc = Vpc(stack, "Vpc", restrict_default_security_group=False)
Tags.of(vpc).add("for-use-with-amazon-emr-managed-policies", "true")
step = EmrCreateCluster(
    stack, "EmrCreateCluster",
    instances=EmrCreateCluster.InstancesConfigProperty(
        instance_fleets=[
            EmrCreateCluster.InstanceFleetConfigProperty(
                instance_fleet_type=EmrCreateCluster.InstanceRoleType.CORE,
                instance_type_configs=[EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge")],
                target_on_demand_capacity=1),
            EmrCreateCluster.InstanceFleetConfigProperty(
                instance_fleet_type=EmrCreateCluster.InstanceRoleType.MASTER,
                instance_type_configs=[EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge")],
                target_on_demand_capacity=1),
        ],
        ec2_subnet_id=vpc.public_subnets[0].subnet_id),
    name="Cluster", release_label="emr-7.10.0", integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    ebs_root_volume_iops=4000, ebs_root_volume_size=Size.gibibytes(20), ebs_root_volume_throughput=200,
    managed_scaling_policy=EmrCreateCluster.ManagedScalingPolicyProperty(
        compute_limits=EmrCreateCluster.ManagedScalingComputeLimitsProperty(
            unit_type=EmrCreateCluster.ComputeLimitsUnitType.INSTANCE_FLEET_UNITS, maximum_capacity_units=4,
            minimum_capacity_units=1, maximum_on_demand_capacity_units=4, maximum_core_capacity_units=2)),
)
sfn.StateMachine(stack, "SM", definition_body=sfn.DefinitionBody.from_chainable(step))
app.synth()
