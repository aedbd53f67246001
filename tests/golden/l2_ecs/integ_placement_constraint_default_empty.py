"""Port of aws-cdk's aws-ecs/test/ec2/integ.placement-constraint-default-empty.ts: an empty constraint list."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from constructs import Construct

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})


class EcsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", restrict_default_security_group=False)
        cluster = ecs.Cluster(self, "EcsCluster", vpc=vpc)
        cluster.add_capacity("DefaultAutoScalingGroup",
                             instance_type=ec2.InstanceType.of(ec2.InstanceClass.T2, ec2.InstanceSize.MICRO))
        task_definition = ecs.Ec2TaskDefinition(self, "TaskDef")
        task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                      memory_limit_mib=256)
        ecs.Ec2Service(self, "Test_Stack", cluster=cluster, task_definition=task_definition, placement_constraints=[])


EcsStack(app, "aws-cdk-ecs-integ-test-with-empty-placement-constraint-stack")
app.synth()
