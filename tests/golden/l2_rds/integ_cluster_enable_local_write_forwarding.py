"""Port of aws-cdk's aws-rds integ.cluster-enable-local-write-forwarding.ts: unencrypted Aurora MySQL and Aurora
PostgreSQL clusters (serverless v2 writer and reader) with local write forwarding (2.275 has no
``storage_encrypted_legacy_default_value``; ``storage_encrypted=False`` is kept)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds

app = cdk.App()
stack = cdk.Stack(app, "EnableLocalWriteForwardingClusterStack")
vpc = ec2.Vpc(stack, "VPC")
engines = {
    "DatabaseCluster": rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_07_0),
    "DatabaseClusterPostgresql": rds.DatabaseClusterEngine.aurora_postgres(
        version=rds.AuroraPostgresEngineVersion.VER_16_4
    ),
}
for name, engine in engines.items():
    rds.DatabaseCluster(
        stack,
        name,
        engine=engine,
        writer=rds.ClusterInstance.serverless_v2("writerInstance"),
        readers=[rds.ClusterInstance.serverless_v2("readerInstance1")],
        vpc=vpc,
        storage_encrypted=False,
        enable_local_write_forwarding=True,
    )
app.synth()
