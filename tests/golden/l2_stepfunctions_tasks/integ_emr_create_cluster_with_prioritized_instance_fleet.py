"""integ.emr-create-cluster-with-prioritized-instance-fleet: a core fleet with prioritized instance types."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-with-prioritized-instance-fleet")
step = EmrCreateCluster(
    stack, "EmrCreateCluster", release_label="emr-5.36.1",
    instances=EmrCreateCluster.InstancesConfigProperty(instance_fleets=[EmrCreateCluster.InstanceFleetConfigProperty(
        instance_fleet_type=EmrCreateCluster.InstanceRoleType.CORE,
        instance_type_configs=[
            EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.large", priority=0, weighted_capacity=1),
            EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge", priority=1, weighted_capacity=2),
        ],
        launch_specifications=EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty(
            on_demand_specification=EmrCreateCluster.OnDemandProvisioningSpecificationProperty(
                allocation_strategy=EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED)),
        name="Core", target_on_demand_capacity=2)]),
    name="PrioritizedCluster", integration_pattern=sfn.IntegrationPattern.RUN_JOB,
)
sfn.StateMachine(stack, "SM", definition=step)
app.synth()
