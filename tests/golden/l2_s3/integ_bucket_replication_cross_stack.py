"""Port of aws-s3 integ.bucket-replication-cross-stack: KMS-encrypted replication to a bucket and key of another
stack, whose policy allows the destination stack's role."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3


class DestStack(Stack):
    def __init__(self, scope: App, id: str) -> None:
        super().__init__(scope, id)
        self.role = iam.Role(self, "ReplicationRole", assumed_by=iam.AccountRootPrincipal())
        self.bucket = s3.Bucket(
            self, "DestinationBucket", versioned=True, auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY
        )
        self.bucket.add_replication_policy(self.role.role_arn)
        self.key = kms.Key(self, "DestinationKmsKey", removal_policy=RemovalPolicy.DESTROY)


class SourceStack(Stack):
    def __init__(self, scope: App, id: str, *, replication_role: iam.Role, destination_bucket: s3.Bucket,
                 destination_kms_key: kms.Key | None = None) -> None:
        super().__init__(scope, id)
        source_key = kms.Key(self, "SourceKmsKey", removal_policy=RemovalPolicy.DESTROY)
        self.bucket = s3.Bucket(
            self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True, versioned=True,
            encryption_key=source_key,
            replication_rules=[s3.ReplicationRule(
                destination=destination_bucket, priority=2, sse_kms_encrypted_objects=True,
                kms_key=destination_kms_key,
                replication_time_control=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
                metrics=s3.ReplicationTimeValue.FIFTEEN_MINUTES,
            )],
        )


app = App()
dest = DestStack(app, "DestStack")
SourceStack(app, "SourceStack", replication_role=dest.role, destination_bucket=dest.bucket,
            destination_kms_key=dest.key)
app.synth()
