"""Port of aws-cdk's aws-ecs/test/ec2/integ.enable-execute-command.ts: ECS Exec on EC2 logging to S3."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions": True,
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ-enable-execute-command")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_reservation_mib=256,
                              port_mappings=[ecs.PortMapping(container_port=80, host_port=8080,
                                                             protocol=ecs.Protocol.TCP)])
exec_bucket = s3.Bucket(stack, "EcsExecBucket")
cp = ecs.AsgCapacityProvider(stack, "EC2CapacityProvider", auto_scaling_group=autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ecs.EcsOptimizedImage.amazon_linux2()), enable_managed_termination_protection=False)
cluster = ecs.Cluster(stack, "EC2CPCluster", vpc=vpc, execute_command_configuration=ecs.ExecuteCommandConfiguration(
    log_configuration=ecs.ExecuteCommandLogConfiguration(s3_bucket=exec_bucket, s3_encryption_enabled=True,
                                                         s3_key_prefix="exec-output"),
    logging=ecs.ExecuteCommandLogging.OVERRIDE))
cluster.add_asg_capacity_provider(cp)
ecs.Ec2Service(stack, "EC2Service", cluster=cluster, task_definition=task_definition, enable_execute_command=True)
app.synth()
