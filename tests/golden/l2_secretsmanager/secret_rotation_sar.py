"""``SecretRotation``: Serverless Application Repository rotation functions in a VPC, admitted to their target.

Covers single- and multi-user applications (KMS keys on both secrets), an explicit security group, subnets,
an interface endpoint, exclude characters, a rotation interval and ``rotate_immediately_on_update``. The target
is a connectable object of the app's own (an imported security group with a default port), as pycdk has no RDS L2.
"""

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
stack = cdk.Stack(app, "SecretRotationSar")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
db_group = ec2.SecurityGroup.from_security_group_id(stack, "DbGroup", "sg-12345678", mutable=True)
database = Database(db_group, 3306)

secret = secretsmanager.Secret(stack, "Secret")
secretsmanager.SecretRotation(
    stack,
    "SingleUser",
    application=secretsmanager.SecretRotationApplication.MYSQL_ROTATION_SINGLE_USER,
    secret=secret,
    target=database,
    vpc=vpc,
)

key = kms.Key(stack, "Key")
master_key = kms.Key(stack, "MasterKey")
user_secret = secretsmanager.Secret(stack, "UserSecret", encryption_key=key)
master_secret = secretsmanager.Secret(stack, "MasterSecret", encryption_key=master_key)
endpoint = vpc.add_interface_endpoint("SecretsManagerEndpoint", service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER)
rotation_group = ec2.SecurityGroup(stack, "RotationGroup", vpc=vpc)
postgres = Database(ec2.SecurityGroup(stack, "PostgresGroup", vpc=vpc), 5432)
secretsmanager.SecretRotation(
    stack,
    "MultiUser",
    application=secretsmanager.SecretRotationApplication.POSTGRES_ROTATION_MULTI_USER,
    secret=user_secret,
    master_secret=master_secret,
    target=postgres,
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    security_group=rotation_group,
    endpoint=endpoint,
    exclude_characters="'\"",
    automatically_after=cdk.Duration.days(15),
    rotate_immediately_on_update=False,
)

custom_app = secretsmanager.SecretRotationApplication(
    "MyRotationApp", "2.0.1", additional_semantic_versions={"aws-cn": "1.9.0", "aws-us-gov": "1.8.0"}, is_multi_user=False
)
other = secretsmanager.Secret(stack, "Other")
secretsmanager.SecretRotation(
    stack, "Custom", application=custom_app, secret=other, target=database, vpc=vpc, automatically_after=cdk.Duration.days(0)
)
cdk.CfnOutput(stack, "AppArnCn", value=custom_app.application_arn_for_partition("aws-cn"))
cdk.CfnOutput(stack, "AppVersionGov", value=custom_app.semantic_version_for_partition("aws-us-gov"))
cdk.CfnOutput(stack, "Db2Id", value=secretsmanager.SecretRotationApplication.DB2_ROTATION_MULTI_USER.application_arn_for_partition("aws"))
app.synth()
