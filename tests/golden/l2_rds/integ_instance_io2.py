"""Port of aws-cdk's aws-rds integ.instance-io2.ts: a MySQL instance on io2 storage (default 1000 IOPS) in isolated
subnets, every resource destroyed on removal (the integ base stack's aspect)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "integRdsInstanceIo2")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "Vpc", nat_gateways=0)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    allocated_storage=1000,
    storage_type=rds.StorageType.IO2,
)
app.synth()
