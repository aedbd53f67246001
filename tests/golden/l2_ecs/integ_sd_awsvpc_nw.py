"""Port of aws-cdk's aws-ecs/test/ec2/integ.sd-awsvpc-nw.ts: Cloud Map (A records) for an EC2 service in awsvpc."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-ecs")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
cluster.add_default_cloud_map_namespace(name="scorekeep.com")
frontend_td = ecs.Ec2TaskDefinition(stack, "TaskDef", network_mode=ecs.NetworkMode.AWS_VPC)
frontend = frontend_td.add_container("frontend", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                                     memory_limit_mib=256)
frontend.add_port_mappings(ecs.PortMapping(container_port=80, host_port=80, protocol=ecs.Protocol.TCP))
ecs.Ec2Service(stack, "FrontendService", cluster=cluster, task_definition=frontend_td,
               cloud_map_options=ecs.CloudMapOptions(name="frontend"))
app.synth()
