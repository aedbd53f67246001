"""Port of aws-cdk's aws-rds integ.proxy-mariadb.ts: a MariaDB instance whose secret is encrypted with a key, and a
proxy with a borrow timeout and connection limit (``storageEncryptedLegacyDefaultValue`` is newer than 2.275)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-proxy-mariadb")
vpc = ec2.Vpc(stack, "vpc", max_azs=2, restrict_default_security_group=False)
kms_key = kms.Key(stack, "SecretEncryptionKey")
maria = rds.DatabaseInstance(
    stack,
    "mariaDBInstance",
    engine=rds.DatabaseInstanceEngine.maria_db(version=rds.MariaDbEngineVersion.VER_10_6_16),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
    credentials=rds.Credentials.from_username("master", encryption_key=kms_key, exclude_characters='"@/\\'),
    vpc=vpc,
    storage_encrypted=False,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
rds.DatabaseProxy(
    stack,
    "mariaDBProxy",
    borrow_timeout=cdk.Duration.seconds(30),
    max_connections_percent=50,
    secrets=[maria.secret],
    proxy_target=rds.ProxyTarget.from_instance(maria),
    vpc=vpc,
)
app.synth()
