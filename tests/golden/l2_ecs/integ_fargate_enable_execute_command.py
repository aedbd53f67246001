"""Port of aws-cdk's aws-ecs/test/fargate/integ.enable-execute-command.ts: ECS Exec logging to S3 only, with
reduced CloudWatch permissions."""

import aws_cdk as cdk
from aws_cdk import Duration
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions": True})
stack = cdk.Stack(app, "aws-ecs-integ-enable-execute-command")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
kms_key = kms.Key(stack, "KmsKey")
exec_bucket = s3.Bucket(stack, "EcsExecBucket", encryption_key=kms_key)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc,
                      execute_command_configuration=ecs.ExecuteCommandConfiguration(
                          kms_key=kms_key,
                          log_configuration=ecs.ExecuteCommandLogConfiguration(
                              s3_bucket=exec_bucket, s3_encryption_enabled=True, s3_key_prefix="exec-output"),
                          logging=ecs.ExecuteCommandLogging.OVERRIDE))
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              health_check=ecs.HealthCheck(command=["CMD-SHELL", "curl localhost:80"],
                                                           interval=Duration.seconds(60),
                                                           timeout=Duration.seconds(40)))
ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition,
                   enable_execute_command=True)
app.synth()
