"""Port of aws-cdk's integ.dynamodb-v2.cross-account-replica-kms: a multi-account replica with its own key."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kms as kms

account = "111111111111"
multi_account = "222222222222"

app = cdk.App()

source_stack = cdk.Stack(app, "MultiAccountKmsSourceStackV2", env=cdk.Environment(region="eu-west-1", account=account))

source_table = dynamodb.TableV2(
    source_stack,
    "SourceTableV2",
    table_name="MultiAccountGlobalTableKms",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

replica_stack = cdk.Stack(
    app, "MultiAccountKmsReplicaStackV2", env=cdk.Environment(region="ca-central-1", account=multi_account)
)

replica_key = kms.Key(replica_stack, "ReplicaKey", removal_policy=cdk.RemovalPolicy.DESTROY)

dynamodb.TableV2MultiAccountReplica(
    replica_stack,
    "ReplicaTableV2",
    table_name="MultiAccountGlobalTableKms",
    replica_source_table=source_table,
    encryption=dynamodb.TableEncryptionV2.customer_managed_key(replica_key),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
