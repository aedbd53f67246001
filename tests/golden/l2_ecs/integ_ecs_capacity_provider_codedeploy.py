"""Port of aws-cdk's aws-ecs/test/ec2/integ.ecs-capacity-provider-codedeploy.ts: CODE_DEPLOY with a capacity
provider strategy."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as auto_scaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-capacity-provider-codedeploy-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
auto_scaling_group = auto_scaling.AutoScalingGroup(stack, "Asg", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
                                                   machine_image=ecs.EcsOptimizedImage.amazon_linux2(),
                                                   min_capacity=1, max_capacity=3)
capacity_provider = ecs.AsgCapacityProvider(stack, "AsgCapacityProvider", auto_scaling_group=auto_scaling_group)
cluster.add_asg_capacity_provider(capacity_provider)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("WebContainer", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=256)
ecs.Ec2Service(stack, "Ec2Service", cluster=cluster, task_definition=task_definition,
               deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.CODE_DEPLOY),
               capacity_provider_strategies=[ecs.CapacityProviderStrategy(
                   capacity_provider=capacity_provider.capacity_provider_name, weight=1, base=1)])
app.synth()
