"""Port of aws-s3 integ.bucket-replication, its second app: the same stack with unique replication role names
(``@aws-cdk/aws-s3:setUniqueReplicationRoleName``); the first app is ``integ_bucket_replication``."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3


class TestStack(Stack):
    def __init__(self, scope: App, id: str) -> None:
        super().__init__(scope, id)
        destination1 = s3.Bucket(
            self, "DestinationBucket1", versioned=True, auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY
        )
        destination2 = s3.Bucket(
            self, "DestinationBucket2", versioned=True, auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY
        )
        destination_key = kms.Key(self, "DestinationKmsKey", removal_policy=RemovalPolicy.DESTROY)
        source_key = kms.Key(self, "SourceKmsKey", removal_policy=RemovalPolicy.DESTROY)
        s3.Bucket(
            self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True, versioned=True,
            encryption_key=source_key,
            replication_rules=[
                s3.ReplicationRule(
                    destination=destination1, priority=2, sse_kms_encrypted_objects=True, kms_key=destination_key,
                ),
                s3.ReplicationRule(
                    destination=destination2, replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                    metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES, kms_key=destination_key,
                    storage_class=s3.StorageClass.INFREQUENT_ACCESS, sse_kms_encrypted_objects=True,
                    replica_modifications=True, priority=1, delete_marker_replication=True, id="full-settings-rule",
                    filter=s3.Filter(prefix="prefix"),
                ),
            ],
        )


app = App(post_cli_context={"@aws-cdk/aws-s3:setUniqueReplicationRoleName": True})
TestStack(app, "TestStackWithUniqueRoleName")
app.synth()
