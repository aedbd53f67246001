"""Port of aws-cdk's aws-ecs/test/ec2/integ.graviton-bottlerocket.ts: Bottlerocket on ARM instances."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("graviton-cluster", min_capacity=2, instance_type=ec2.InstanceType("c6g.large"),
                     machine_image_type=ecs.MachineImageType.BOTTLEROCKET)
app.synth()
