"""Port of aws-cdk's aws-ecs/test/integ.cluster-amazonlinux2-neuron-ami.ts."""

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
stack = cdk.Stack(app, "integ-ecs-neuron-ami")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
auto_scaling_group = autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ecs.EcsOptimizedImage.amazon_linux2(ecs.AmiHardwareType.NEURON), min_capacity=0)
cp = ecs.AsgCapacityProvider(stack, "EC2CapacityProvider", auto_scaling_group=auto_scaling_group,
                             enable_managed_termination_protection=False)
cluster.add_asg_capacity_provider(cp)
app.synth()
