"""Port of aws-cdk's aws-ecs/test/ec2/integ.bottlerocket.ts: Bottlerocket EC2 capacity."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-bottlerocket")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("bottlerocket-asg", min_capacity=2, instance_type=ec2.InstanceType("c5.large"),
                     machine_image_type=ecs.MachineImageType.BOTTLEROCKET)
app.synth()
