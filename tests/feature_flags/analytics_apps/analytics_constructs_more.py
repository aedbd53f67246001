"""@aws-cdk/core:enableAdditionalMetadataCollection on, over constructs that pycdk's own code builds the way
aws-cdk-lib's does (object literals naming unset props: a REST API's deployment and methods, an Aurora cluster's
subnet group and secret, a Lambda in a VPC's security group), constructs aws-cdk-lib always builds (an asset's
AssetBucket, a table's ScalingRole), private classes that record '*' (Aurora instances, imported subnets) and
log groups (an app of aws-cdk-lib's Python API, run by the oracle and, rewritten, by pycdk)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsConstructsMore")

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
imported = ec2.Subnet.from_subnet_attributes(stack, "Imported", subnet_id="subnet-123", availability_zone="az-a")

fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c): return e"), vpc=vpc,
                      vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))
folder = tempfile.mkdtemp()
with open(os.path.join(folder, "index.py"), "w") as f:
    f.write("def handler(event, context):\n    return event\n")
lambda_.Function(stack, "AssetFn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                 code=lambda_.Code.from_asset(folder))

api = apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(stage_name="beta", tracing_enabled=True))
items = api.root.add_resource("items")
items.add_method("GET", apigateway.LambdaIntegration(fn))
items.add_method("POST", apigateway.MockIntegration(), api_key_required=True)

cluster = rds.DatabaseCluster(stack, "Cluster", engine=rds.DatabaseClusterEngine.aurora_mysql(
    version=rds.AuroraMysqlEngineVersion.VER_3_08_0), vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    writer=rds.ClusterInstance.provisioned("writer"),
    readers=[rds.ClusterInstance.serverless_v2("reader")])

table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
logs.LogGroup(stack, "Logs", retention=logs.RetentionDays.ONE_WEEK, removal_policy=cdk.RemovalPolicy.DESTROY)
logs.LogGroup(stack, "Plain")

app.synth()
