"""Port of aws-s3 integ.bucket-replication-multiple-sources: two KMS-encrypted sources replicating to one bucket,
with unique replication role names."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3


class TestStack(Stack):
    def __init__(self, scope: App, id: str) -> None:
        super().__init__(scope, id)
        self.destination_bucket = s3.Bucket(
            self, "DestinationBucket", versioned=True, auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY
        )
        destination_key = kms.Key(self, "DestinationKmsKey", removal_policy=RemovalPolicy.DESTROY)
        source_key = kms.Key(self, "SourceKmsKey", removal_policy=RemovalPolicy.DESTROY)
        for index in (1, 2):
            s3.Bucket(
                self, f"SourceBucket{index}", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True,
                versioned=True, encryption_key=source_key,
                replication_rules=[s3.ReplicationRule(
                    destination=self.destination_bucket, priority=index, sse_kms_encrypted_objects=True,
                    kms_key=destination_key, replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                    metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                )],
            )


app = App(
    context={"@aws-cdk/core:disableGitSource": True},
    post_cli_context={"@aws-cdk/aws-s3:setUniqueReplicationRoleName": True},
)
TestStack(app, "BucketReplicationMultipleSourcesTestStack")
app.synth()
