"""Port of aws-cdk's aws-rds integ.cluster-rotation.lit.ts: two Aurora MySQL clusters with single-user rotation,
one with custom options (interval, characters, security group, subnets, Secrets Manager endpoint); every resource
destroyed on removal."""

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
stack = cdk.Stack(app, "aws-cdk-rds-cluster-rotation")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
endpoint = ec2.InterfaceVpcEndpoint(
    stack, "Endpoint", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER
)
instance_type = ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)


def make_cluster(id: str) -> rds.DatabaseCluster:
    return rds.DatabaseCluster(
        stack,
        id,
        engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
        vpc=vpc,
        writer=rds.ClusterInstance.provisioned(
            "Instance1", instance_type=instance_type, is_from_legacy_instance_props=True
        ),
        readers=[
            rds.ClusterInstance.provisioned(
                "Instance2", instance_type=instance_type, is_from_legacy_instance_props=True
            )
        ],
    )


make_cluster("Database").add_rotation_single_user()
make_cluster("CustomRotationOptions").add_rotation_single_user(
    automatically_after=cdk.Duration.days(7),
    exclude_characters="!@#$%^&*",
    security_group=security_group,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    endpoint=endpoint,
    rotate_immediately_on_update=False,
)
app.synth()
