"""integ.emr-create-cluster-with-spot-instance-fleet: a master fleet on spot capacity with a timeout."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import EmrCreateCluster

app = App()
stack = Stack(app, "aws-cdk-emr-create-cluster-with-spot-instance-fleet")
step = EmrCreateCluster(
    stack, "EmrCreateCluster", release_label="emr-5.36.1",
    instances=EmrCreateCluster.InstancesConfigProperty(instance_fleets=[EmrCreateCluster.InstanceFleetConfigProperty(
        instance_fleet_type=EmrCreateCluster.InstanceRoleType.MASTER,
        instance_type_configs=[EmrCreateCluster.InstanceTypeConfigProperty(instance_type="m5.xlarge",
                                                                           weighted_capacity=1)],
        launch_specifications=EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty(
            spot_specification=EmrCreateCluster.SpotProvisioningSpecificationProperty(
                allocation_strategy=EmrCreateCluster.SpotAllocationStrategy.CAPACITY_OPTIMIZED,
                timeout_action=EmrCreateCluster.SpotTimeoutAction.TERMINATE_CLUSTER,
                timeout=Duration.minutes(60))),
        name="Master", target_spot_capacity=1)]),
    name="Cluster", integration_pattern=sfn.IntegrationPattern.RUN_JOB, tags={"Key": "Value"},
)
sfn.StateMachine(stack, "SM", definition=step)
app.synth()
