"""Port of aws-cdk's aws-ecs/test/ec2/integ.default-capacity-provider.ts: a cluster's default capacity provider
strategy."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "integ-default-capacity-provider")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_reservation_mib=256)
auto_scaling_group = autoscaling.AutoScalingGroup(stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
                                                  machine_image=ecs.EcsOptimizedImage.amazon_linux2())
cp = ecs.AsgCapacityProvider(stack, "EC2CapacityProvider", auto_scaling_group=auto_scaling_group,
                             enable_managed_termination_protection=False, instance_warmup_period=301)
cluster = ecs.Cluster(stack, "EC2CPCluster", vpc=vpc, enable_fargate_capacity_providers=True)
cluster.add_asg_capacity_provider(cp)
cluster.add_default_capacity_provider_strategy([
    ecs.CapacityProviderStrategy(capacity_provider="FARGATE", base=1, weight=1),
    ecs.CapacityProviderStrategy(capacity_provider="FARGATE_SPOT", weight=1),
])
ecs.Ec2Service(stack, "EC2Service", cluster=cluster, task_definition=task_definition)
app.synth()
