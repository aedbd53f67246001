"""Port of aws-s3 integ.bucket-cross-account-replication: a source bucket in one account replicating to a
generated-name bucket in another; the destination allows the source's replication role."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from constructs import Construct

app = cdk.App(post_cli_context={"@aws-cdk/aws-s3:setUniqueReplicationRoleName": False})
account = "123456789012"
cross_account = "234567890123"


class DestinationBucketStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(
            self, "DestinationBucketnew", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
            bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
        )


class SourceBucketStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, bucket: s3.IBucket, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(
            self, "SourceBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
            bucket_name=cdk.PhysicalName.GENERATE_IF_NEEDED, encryption=s3.BucketEncryption.S3_MANAGED,
            replication_rules=[s3.ReplicationRule(
                destination=bucket, priority=1,
                replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                storage_class=s3.StorageClass.INFREQUENT_ACCESS,
                replica_modifications=True, delete_marker_replication=True, id="full-settings-rule",
            )],
        )


destination = DestinationBucketStack(app, "parent-stack", env=cdk.Environment(account=account, region="us-east-1"))
source = SourceBucketStack(
    app, "child-stack", env=cdk.Environment(account=cross_account, region="us-east-1"), bucket=destination.bucket
)
source.add_dependency(destination)
if source.bucket.replication_role_arn:
    destination.bucket.add_replication_policy(source.bucket.replication_role_arn)
app.synth()
