"""Port of aws-cdk's aws-lambda integ.lambda.filesystem.ts: functions mounting an EFS access point, one through an
imported file system and access point."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-lambda-1")
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1, restrict_default_security_group=False)
file_system = efs.FileSystem(stack, "Efs", vpc=vpc, removal_policy=cdk.RemovalPolicy.DESTROY)
access_point = file_system.add_access_point(
    "AccessPoint",
    create_acl=efs.Acl(owner_gid="1001", owner_uid="1001", permissions="750"),
    path="/export/lambda",
    posix_user=efs.PosixUser(gid="1001", uid="1001"),
)
lambda_code = lambda_.InlineCode("""
import json
import os
import string
import random
import datetime

MSG_FILE_PATH = '/mnt/msg/content'

def randomString(stringLength=10):
  letters = string.ascii_lowercase
  return ''.join(random.choice(letters) for i in range(stringLength))

def lambda_handler(event, context):
  with open(MSG_FILE_PATH, 'a') as f:
      f.write(f"{datetime.datetime.utcnow():%Y-%m-%d-%H:%M:%S} " + randomString(5) + ' ')

  file = open(MSG_FILE_PATH, "r")
  file_content = file.read()
  file.close()

  return {
    'statusCode': 200,
    'body': str(file_content)
  }
""")
lambda1 = lambda_.Function(
    stack,
    "MyLambda",
    code=lambda_code,
    handler="index.lambda_handler",
    runtime=lambda_.Runtime.PYTHON_3_7,
    vpc=vpc,
    filesystem=lambda_.FileSystem.from_efs_access_point(access_point, "/mnt/msg"),
)
imported_file_system = efs.FileSystem.from_file_system_attributes(
    stack,
    "fileSystemImported",
    file_system_id=file_system.file_system_id,
    security_group=ec2.SecurityGroup.from_security_group_id(
        stack, "securityGroup", file_system.connections.security_groups[0].security_group_id
    ),
)
imported_access_point = efs.AccessPoint.from_access_point_attributes(
    stack, "AccessPointImported", access_point_id=access_point.access_point_id, file_system=imported_file_system
)
lambda2 = lambda_.Function(
    stack,
    "MyLambda2",
    code=lambda_code,
    handler="index.lambda_handler",
    runtime=lambda_.Runtime.PYTHON_3_7,
    vpc=vpc,
    filesystem=lambda_.FileSystem.from_efs_access_point(imported_access_point, "/mnt/msg"),
)
lambda2.node.add_dependency(lambda1)
app.synth()
