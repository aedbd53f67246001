"""Port of aws-cdk's aws-rds integ.read-replica.ts: PostgreSQL and MySQL sources with read replicas (one with a
parameter group and backups), grant_connect on a replica; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "cdk-rds-read-replica")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False, max_azs=2, nat_gateways=0)
instance_type = ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL)
vpc_subnets = ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED)
postgres_source = rds.DatabaseInstance(
    stack,
    "PostgresSource",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    backup_retention=cdk.Duration.days(5),
    instance_type=instance_type,
    vpc=vpc,
    vpc_subnets=vpc_subnets,
)
rds.DatabaseInstanceReadReplica(
    stack, "PostgresReplica", source_database_instance=postgres_source, instance_type=instance_type, vpc=vpc,
    vpc_subnets=vpc_subnets,
)
mysql_source = rds.DatabaseInstance(
    stack,
    "MysqlSource",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    backup_retention=cdk.Duration.days(5),
    instance_type=instance_type,
    vpc=vpc,
    vpc_subnets=vpc_subnets,
)
parameter_group = rds.ParameterGroup(
    stack,
    "ReplicaParameterGroup",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    parameters={"wait_timeout": "86400"},
)
replica = rds.DatabaseInstanceReadReplica(
    stack,
    "MysqlReplica",
    source_database_instance=mysql_source,
    backup_retention=cdk.Duration.days(3),
    instance_type=instance_type,
    vpc=vpc,
    vpc_subnets=vpc_subnets,
    parameter_group=parameter_group,
)
role = iam.Role(stack, "DBRole", assumed_by=iam.AccountPrincipal(stack.account))
user = iam.User(stack, "DBUser", user_name="dbuser")
replica.grant_connect(role, user.user_name)
app.synth()
