"""Port of aws-cdk's aws-rds integ.instance-kerberos.ts: a MySQL instance joined to a Microsoft AD directory with
an explicit domain role."""

import aws_cdk as cdk
from aws_cdk import aws_directoryservice as ds
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "instance-kerberos")
vpc = ec2.Vpc(stack, "VPC")
iam_role = iam.Role(
    stack,
    "Role",
    assumed_by=iam.CompositePrincipal(
        iam.ServicePrincipal("rds.amazonaws.com"),
        iam.ServicePrincipal("directoryservice.rds.amazonaws.com"),
    ),
    managed_policies=[
        iam.ManagedPolicy.from_managed_policy_arn(
            stack, "RdsRole", "arn:aws:iam::aws:policy/service-role/AmazonRDSDirectoryServiceAccess"
        )
    ],
)
active_directory = ds.CfnMicrosoftAD(
    stack,
    "AD",
    name="test-directory.com",
    password="Password123!",
    vpc_settings=ds.CfnMicrosoftAD.VpcSettingsProperty(
        vpc_id=vpc.vpc_id, subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets]
    ),
)
rds.DatabaseInstance(
    stack,
    "Database",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM),
    vpc=vpc,
    domain=active_directory.ref,
    domain_role=iam_role,
)
app.synth()
