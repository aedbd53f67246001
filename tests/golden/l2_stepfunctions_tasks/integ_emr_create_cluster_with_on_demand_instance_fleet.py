"""integ.emr-create-cluster-with-on-demand-instance-fleet: a master fleet with an on-demand allocation strategy."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-with-on-demand-instance-fleet")
step = EmrCreateCluster(
    stack, "EmrCreateCluster", release_label="emr-5.36.1",
    instances=EmrCreateCluster.InstancesConfigProperty(instance_fleets=[EmrCreateCluster.InstanceFleetConfigProperty(
        instance_fleet_type=EmrCreateCluster.InstanceRoleType.MASTER,
        instance_type_configs=[EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge",
                                                                           weighted_capacity=1)],
        launch_specifications=EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty(
            on_demand_specification=EmrCreateCluster.OnDemandProvisioningSpecificationProperty(
                allocation_strategy=EmrCreateCluster.OnDemandAllocationStrategy.LOWEST_PRICE)),
        name="Master", target_on_demand_capacity=1)]),
    name="Cluster", integration_pattern=sfn.IntegrationPattern.RUN_JOB, tags={"Key": "Value"},
)
sfn.StateMachine(stack, "SM", definition=step)
app.synth()
