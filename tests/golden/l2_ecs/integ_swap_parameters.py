"""Port of aws-cdk's aws-ecs/test/ec2/integ.swap-parameters.ts: Linux parameters with swap."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDefinition", network_mode=ecs.NetworkMode.AWS_VPC)
linux_parameters = ecs.LinuxParameters(stack, "LinuxParameters", max_swap=cdk.Size.gibibytes(5), swappiness=90)
ecs.ContainerDefinition(stack, "Container", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                        linux_parameters=linux_parameters, memory_limit_mib=256, task_definition=task_definition)
ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
