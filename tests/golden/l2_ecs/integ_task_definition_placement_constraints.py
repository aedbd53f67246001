"""Port of aws-cdk's aws-ecs/test/ec2/integ.task-definition-placement-constraints.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-cdk-ecs-integration-test-stack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("TheContainer", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=256)
task_definition.add_placement_constraint(ecs.PlacementConstraint.member_of("attribute:ecs.instance-type =~ t2.*"))
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
ecs.Ec2Service(stack, "Ec2Service", cluster=cluster, task_definition=task_definition)
app.synth()
