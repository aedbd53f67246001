"""Port of aws-cdk's aws-ecs/test/ec2/integ.spot-drain.ts: spot capacity with instance draining, on-demand capacity."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-spot")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("asgSpot", max_capacity=3, min_capacity=3, desired_capacity=3,
                     instance_type=ec2.InstanceType("c5.xlarge"), spot_price="0.0735", spot_instance_draining=True)
cluster.add_capacity("asgOd", max_capacity=2, min_capacity=1, desired_capacity=1,
                     instance_type=ec2.InstanceType("t3.large"))
task_definition = ecs.TaskDefinition(stack, "Task", compatibility=ecs.Compatibility.EC2)
task_definition.add_container("PHP", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=512).add_port_mappings(ecs.PortMapping(container_port=80))
ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
