"""Port of aws-cdk's aws-ecs/test/ec2/integ.availability-zone-rebalancing-disabled.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-availability-zone-rebalancing-disabled")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=512)
ecs.Ec2Service(stack, "FrontendService", cluster=cluster, task_definition=task_definition)
app.synth()
