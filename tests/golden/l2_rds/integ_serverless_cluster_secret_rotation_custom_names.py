"""Port of aws-cdk's aws-rds integ.serverless-cluster-secret-rotation-custom-names.ts: a named DatabaseSecret used as
a serverless v2 cluster's credentials and rotated by a hosted rotation; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ-secret-rotation")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
kms_key = kms.Key(stack, "DbSecurity")
secret = rds.DatabaseSecret(stack, "test-secret", username="admin", dbname="admindb", secret_name="admin-secret")
rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    credentials=rds.Credentials.from_secret(secret),
    storage_encryption_key=kms_key,
    vpc=vpc,
    serverless_v2_min_capacity=0.5,
    serverless_v2_max_capacity=1,
    writer=rds.ClusterInstance.serverless_v2("writer"),
)
secret.add_rotation_schedule("test-schedule", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user())
app.synth()
