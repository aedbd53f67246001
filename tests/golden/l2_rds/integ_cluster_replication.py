"""Port of aws-cdk's aws-rds integ.cluster-replication.ts: an Aurora MySQL cluster replicating from another (binlog
parameter), and an ``AwsCustomResource`` that promotes the replica before deletion."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_rds as rds
from aws_cdk import custom_resources as cr

app = cdk.App()
stack = cdk.Stack(app, "cluster-replication")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
primary = rds.DatabaseCluster(
    stack,
    "PrimaryDatabase",
    vpc=vpc,
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.provisioned(
        "WriterInstance", instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
    ),
    parameters={"binlog_format": "ROW"},
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
replica = rds.DatabaseCluster(
    stack,
    "ReplicaDatabase",
    vpc=vpc,
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    writer=rds.ClusterInstance.provisioned(
        "ReplicaInstance", instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE3, ec2.InstanceSize.MEDIUM)
    ),
    replication_source_identifier=primary.cluster_arn,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
replica.node.add_dependency(primary.node.find_child("WriterInstance"))
promote = cr.AwsCustomResource(
    stack,
    "PromoteReplica",
    on_delete=cr.AwsSdkCall(
        service="RDS",
        action="promoteReadReplicaDBCluster",
        parameters={"DBClusterIdentifier": replica.cluster_identifier},
        ignore_error_codes_matching="InvalidDBClusterStateFault",
    ),
    policy=cr.AwsCustomResourcePolicy.from_statements(
        [iam.PolicyStatement(actions=["rds:PromoteReadReplicaDBCluster"], resources=["*"])]
    ),
    timeout=cdk.Duration.minutes(5),
)
promote.node.add_dependency(replica)
app.synth()
