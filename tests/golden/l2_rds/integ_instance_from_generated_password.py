"""Port of aws-cdk's aws-rds integ.instance-from-generated-password.ts: a MySQL instance with a generated secret for
a fixed user name, no backups and automated backups deleted."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-fixed-username")
vpc = ec2.Vpc(stack, "Vpc")
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_0_21),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    credentials=rds.Credentials.from_generated_secret("admin", exclude_characters="!&*^#@()"),
    vpc=vpc,
    database_name="CDKDB",
    storage_encrypted=True,
    backup_retention=cdk.Duration.days(0),
    delete_automated_backups=True,
)
app.synth()
