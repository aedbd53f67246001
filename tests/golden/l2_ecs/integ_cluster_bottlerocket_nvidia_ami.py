"""Port of aws-cdk's aws-ecs/test/integ.cluster-bottlerocket-nvidia-ami.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-bottlerocket-nvidia-ami")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
cluster.add_capacity("bottlerocket-asg", min_capacity=2, instance_type=ec2.InstanceType("c5.large"),
                     machine_image=ecs.BottleRocketImage(variant=ecs.BottlerocketEcsVariant.AWS_ECS_1_NVIDIA))
app.synth()
