"""Port of aws-s3 integ.bucket-replication-time-control: replication metrics with and without time control. Two
generated replication roles in one stack need ``setUniqueReplicationRoleName`` (on in the integ tests' cdk.json;
without it both roles are named ``CDKReplicationRole``)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-s3:setUniqueReplicationRoleName": True})
stack = cdk.Stack(app, "S3-RTC-TestStack")
dst = s3.Bucket(stack, "DstBucket", versioned=True)
s3.Bucket(stack, "S3SourceBucket-1", versioned=True, replication_rules=[s3.ReplicationRule(
    priority=1, destination=dst, metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
)])
s3.Bucket(stack, "S3SourceBucket-2", versioned=True, replication_rules=[s3.ReplicationRule(
    priority=1, destination=dst, replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
    metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
)])
app.synth()
