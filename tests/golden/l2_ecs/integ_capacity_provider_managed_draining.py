"""Port of aws-cdk's aws-ecs/test/ec2/integ.capacity-provider-managed-draining.ts."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "integ-ec2-capacity-provider")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EC2CPCluster", vpc=vpc, enable_fargate_capacity_providers=True)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_reservation_mib=256)
auto_scaling_group = autoscaling.AutoScalingGroup(stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
                                                  machine_image=ecs.EcsOptimizedImage.amazon_linux2(), min_capacity=0)
cp = ecs.AsgCapacityProvider(stack, "EC2CapacityProvider", auto_scaling_group=auto_scaling_group,
                             enable_managed_termination_protection=False, enable_managed_draining=True)
cluster.add_asg_capacity_provider(cp)
service = ecs.Ec2Service(stack, "EC2Service", cluster=cluster, task_definition=task_definition,
                         capacity_provider_strategies=[ecs.CapacityProviderStrategy(
                             capacity_provider=cp.capacity_provider_name, weight=1)], desired_count=0)
service.node.add_dependency(cluster)
app.synth()
