"""Hosted rotations in a VPC: a generated security group or given ones, subnets, and ``connections`` to a database."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_secretsmanager as secretsmanager


@jsii.implements(ec2.IConnectable)
class Database:
    def __init__(self, security_group: ec2.ISecurityGroup, port: int) -> None:
        self._connections = ec2.Connections(security_groups=[security_group], default_port=ec2.Port.tcp(port))

    @property
    def connections(self) -> ec2.Connections:
        return self._connections


app = cdk.App()
stack = cdk.Stack(app, "SecretHostedRotationVpc")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
database = Database(ec2.SecurityGroup(stack, "DbGroup", vpc=vpc), 1433)

secret = secretsmanager.Secret(stack, "Secret")
hosted = secretsmanager.HostedRotation.sql_server_single_user(vpc=vpc)
secret.add_rotation_schedule("Rotation", hosted_rotation=hosted)
database.connections.allow_default_port_from(hosted)

key = kms.Key(stack, "Key")
master = secretsmanager.Secret(stack, "Master", encryption_key=key)
user = secretsmanager.Secret(stack, "User", encryption_key=key)
group_a = ec2.SecurityGroup(stack, "GroupA", vpc=vpc)
group_b = ec2.SecurityGroup(stack, "GroupB", vpc=vpc, allow_all_outbound=False)
multi = secretsmanager.HostedRotation.maria_db_multi_user(
    master_secret=master,
    vpc=vpc,
    security_groups=[group_a, group_b],
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    function_name="maria-rotator",
    exclude_characters="!",
)
user.add_rotation_schedule("Rotation", hosted_rotation=multi, automatically_after=cdk.Duration.days(3))
multi.connections.allow_to(database, ec2.Port.tcp(1433), "rotation to db")

for index, factory in enumerate(
    (
        secretsmanager.HostedRotation.oracle_single_user,
        secretsmanager.HostedRotation.redshift_single_user,
        secretsmanager.HostedRotation.postgre_sql_single_user,
        secretsmanager.HostedRotation.mysql_single_user,
        secretsmanager.HostedRotation.maria_db_single_user,
        secretsmanager.HostedRotation.mongo_db_single_user,
    )
):
    s = secretsmanager.Secret(stack, f"Single{index}")
    s.add_rotation_schedule("Rotation", hosted_rotation=factory())
for index, factory in enumerate(
    (
        secretsmanager.HostedRotation.oracle_multi_user,
        secretsmanager.HostedRotation.redshift_multi_user,
        secretsmanager.HostedRotation.mysql_multi_user,
        secretsmanager.HostedRotation.sql_server_multi_user,
        secretsmanager.HostedRotation.mongo_db_multi_user,
    )
):
    s = secretsmanager.Secret(stack, f"Multi{index}")
    s.add_rotation_schedule("Rotation", hosted_rotation=factory(master_secret=master))
app.synth()
