"""DatabaseInstance: exported logs with a retention (a log retention custom resource per log, its own role),
imported log groups; a read replica with logs retention too."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "RdsLogRetention")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, subnet_configuration=[
    ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
    ec2.SubnetConfiguration(name="isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
])
role = iam.Role(stack, "RetentionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
db = rds.DatabaseInstance(
    stack,
    "Mysql",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0_35),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    cloudwatch_logs_exports=["error", "general", "slowquery", "audit"],
    cloudwatch_logs_retention=logs.RetentionDays.ONE_MONTH,
    cloudwatch_logs_retention_role=role,
)
replica = rds.DatabaseInstanceReadReplica(
    stack,
    "Replica",
    source_database_instance=db,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    cloudwatch_logs_exports=["error"],
    cloudwatch_logs_retention=logs.RetentionDays.ONE_WEEK,
    backup_retention=cdk.Duration.days(3),
)
cdk.CfnOutput(stack, "ErrorLogs", value=db.cloudwatch_log_groups["error"].log_group_name)
cdk.CfnOutput(stack, "ReplicaEndpoint", value=replica.instance_endpoint.socket_address)
app.synth()
