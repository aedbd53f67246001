"""Port of aws-cdk's aws-ecs/test/ec2/integ.environment-file.ts: environment files from a local asset and from S3
(the env file lives in assets/demo-envfiles)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deployment

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-ecs:enableImdsBlockingDeprecatedFeature": False,
    "@aws-cdk/aws-ecs:disableEcsImdsBlocking": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
stack = cdk.Stack(app, "aws-ecs-integ")
bucket = s3.Bucket(stack, "Bucket", block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
                   removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
s3_policy_statement = iam.PolicyStatement(actions=["s3:GetBucketLocation", "s3:GetObject"])
s3_policy_statement.add_all_resources()
execution_role = iam.Role(stack, "ExecutionRole", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"),
                          inline_policies={"s3Policy": iam.PolicyDocument(statements=[s3_policy_statement])})
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDefinition", execution_role=execution_role,
                                        network_mode=ecs.NetworkMode.AWS_VPC)
env_file_deployment = s3deployment.BucketDeployment(stack, "EnvFileDeployment", destination_bucket=bucket,
                                                    sources=[s3deployment.Source.asset("assets/demo-envfiles")])
container_definition = ecs.ContainerDefinition(
    stack, "Container",
    environment_files=[ecs.EnvironmentFile.from_asset("assets/demo-envfiles/test-envfile.env"),
                       ecs.EnvironmentFile.from_bucket(bucket, "test-envfile.env")],
    image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"), memory_limit_mib=256,
    task_definition=task_definition)
container_definition.node.add_dependency(env_file_deployment)
ecs.Ec2Service(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
