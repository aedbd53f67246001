"""Imported aliases and event source mappings, an imported function with a security group, and image functions
with CMD / ENTRYPOINT / WORKDIR overrides (Code.from_asset_image)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

work = tempfile.mkdtemp()
with open(os.path.join(work, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\n")
with open(os.path.join(work, "app.py"), "w", newline="") as f:
    f.write("def handler(event, context):\n    return 1\n")

app = cdk.App()
stack = cdk.Stack(app, "ImportsAndImages", env=cdk.Environment(account="123456789012", region="us-east-1"))
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
alias = lambda_.Alias.from_alias_attributes(stack, "ImportedAlias", alias_name="live",
                                            alias_version=fn.current_version)
alias.grant_invoke(iam.Role(stack, "Invoker", assumed_by=iam.ServicePrincipal("states.amazonaws.com")))
esm = lambda_.EventSourceMapping.from_event_source_mapping_id(stack, "Esm", "14e0db71-abcd-1234-abcd-0123456789ab")
cdk.CfnOutput(stack, "EsmArn", value=esm.event_source_mapping_arn)
cdk.CfnOutput(stack, "AliasArn", value=alias.function_arn)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
imported = lambda_.Function.from_function_attributes(
    stack, "Imported", function_arn="arn:aws:lambda:us-east-1:123456789012:function:other",
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-12345678"))
imported.connections.allow_from(sg, ec2.Port.tcp(443))

lambda_.Function(stack, "Image", code=lambda_.Code.from_asset_image(
    work, cmd=["app.handler"], entrypoint=["/lambda-entrypoint.sh"], working_directory="/var/task"),
    handler=lambda_.Handler.FROM_IMAGE, runtime=lambda_.Runtime.FROM_IMAGE, memory_size=1024)
lambda_.DockerImageFunction(stack, "DockerFn", code=lambda_.DockerImageCode.from_image_asset(work),
                            architecture=lambda_.Architecture.ARM_64, timeout=cdk.Duration.seconds(30),
                            vpc=vpc)
app.synth()
