"""Port of aws-cdk's aws-rds integ.instance-kerberos-without-domainRole.ts: a MySQL instance joined to a Microsoft
AD directory, its domain role created by the construct; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_directoryservice as ds
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "instance-kerberos-without-domainRole")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC")
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
)
app.synth()
