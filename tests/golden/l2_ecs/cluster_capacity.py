"""An ECS cluster with its own VPC, Container Insights, EC2 capacity (drain hook), an Auto Scaling group
capacity provider, the Fargate capacity providers and a default strategy; an imported cluster."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "ClusterCapacity")
cluster = ecs.Cluster(stack, "Cluster", container_insights_v2=ecs.ContainerInsights.ENHANCED,
                      enable_fargate_capacity_providers=True)
cluster.add_capacity("Default", instance_type=ec2.InstanceType("t3.small"), min_capacity=1, max_capacity=3)
group = autoscaling.AutoScalingGroup(
    stack, "Group", vpc=cluster.vpc, instance_type=ec2.InstanceType("t3.medium"),
    machine_image=ecs.EcsOptimizedImage.amazon_linux2023(), min_capacity=0, max_capacity=2)
provider = ecs.AsgCapacityProvider(stack, "Provider", auto_scaling_group=group, target_capacity_percent=80,
                                   instance_warmup_period=120)
cluster.add_asg_capacity_provider(provider)
cluster.add_default_capacity_provider_strategy([
    ecs.CapacityProviderStrategy(capacity_provider=provider.capacity_provider_name, base=1, weight=2),
])
imported = ecs.Cluster.from_cluster_attributes(stack, "Imported", cluster_name="other", vpc=cluster.vpc)
cdk.CfnOutput(stack, "ImportedArn", value=imported.cluster_arn)
cdk.CfnOutput(stack, "TasksArn", value=cluster.arn_for_tasks("*"))
app.synth()
