"""Port of aws-cdk's aws-rds integ.cluster-io.ts: an Aurora PostgreSQL cluster on I/O-optimized storage with
provisioned r6g.xlarge writer and reader in public subnets, open to the world, an IAM auth policy."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-io-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
cluster = rds.DatabaseCluster(
    stack,
    "Database",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_18_6),
    credentials=rds.Credentials.from_username(
        "adminuser", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    storage_type=rds.DBClusterStorageType.AURORA_IOPT1,
    writer=rds.ClusterInstance.provisioned(
        "writer", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.XLARGE)
    ),
    readers=[
        rds.ClusterInstance.provisioned(
            "reader", instance_type=ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.XLARGE)
        )
    ],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
cluster.connections.allow_default_port_from_any_ipv4("Open to the world")
role = iam.Role(stack, "ClusterIamAccess", assumed_by=iam.ServicePrincipal("ecs-tasks.amazonaws.com"))
arn = stack.format_arn(service="rds-db", resource=f"dbuser:{cluster.cluster_resource_identifier}", resource_name="db_user")
role.add_to_policy(iam.PolicyStatement(effect=iam.Effect.ALLOW, actions=["rds-db:connect"], resources=[arn]))
app.synth()
