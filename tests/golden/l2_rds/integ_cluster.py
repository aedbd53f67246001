"""Port of aws-cdk's aws-rds integ.cluster.ts: an Aurora MySQL cluster in public subnets with a provisioned writer
and reader (legacy instance logical ids), a parameter group, a storage key, open to the world, an IAM auth policy."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
params = rds.ParameterGroup(
    stack,
    "Params",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_03_0),
    description="A nice parameter group",
    parameters={"character_set_database": "utf8mb4"},
)
kms_key = kms.Key(stack, "DbSecurity")
instance_type = ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_03_0),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned(
        "Instance1", instance_type=instance_type, is_from_legacy_instance_props=True
    ),
    readers=[
        rds.ClusterInstance.provisioned("Instance2", instance_type=instance_type, is_from_legacy_instance_props=True)
    ],
    parameter_group=params,
    storage_encryption_key=kms_key,
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
role = iam.Role(stack, "ClusterIamAccess", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
cluster_iam_auth_arn = stack.format_arn(
    service="rds-db", resource=f"dbuser:{cluster.cluster_resource_identifier}", resource_name="db_user"
)
role.add_to_policy(
    iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["rds-db:connect"], resources=[cluster_iam_auth_arn])
)
app.synth()
