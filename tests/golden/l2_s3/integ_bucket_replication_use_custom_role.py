"""Port of aws-s3 integ.bucket-replication-use-custom-role: a given replication role, granted explicitly."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
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
        self.replication_role = iam.Role(self, "ReplicationRole", assumed_by=iam.ServicePrincipal("s3.amazonaws.com"))
        self.source_bucket = s3.Bucket(
            self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True, versioned=True,
            encryption_key=source_key, replication_role=self.replication_role,
            replication_rules=[s3.ReplicationRule(
                destination=self.destination_bucket, priority=2, sse_kms_encrypted_objects=True,
                kms_key=destination_key, replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            )],
        )
        self.source_bucket.grant_replication_permission(
            self.replication_role, source_decryption_key=source_key,
            destinations=[s3.GrantReplicationPermissionDestinationProps(
                encryption_key=destination_key, bucket=self.destination_bucket,
            )],
        )


app = App()
TestStack(app, "BucketReplicationTestStack")
app.synth()
