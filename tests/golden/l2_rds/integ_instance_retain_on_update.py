"""Port of aws-cdk's aws-rds integ.instance-retain-on-update.ts: a gp3 MySQL instance asking for
``RETAIN_ON_UPDATE_OR_DELETE``, which the test's destroy-everything aspect then overrides."""

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
stack = cdk.Stack(app, "cdk-integ-rds-instance-retain")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.SMALL),
    vpc=vpc,
    allocated_storage=1000,
    storage_type=rds.StorageType.GP3,
    removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
)
app.synth()
