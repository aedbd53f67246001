"""Port of aws-cdk's integ.dynamodb-v2.multi-account-replica-encryption: a multi-account replica encrypted with
a customer managed key of its account."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kms as kms

account = "111111111111"
multi_account = "222222222222"

app = cdk.App()

source_stack = cdk.Stack(
    app, "MultiAccountEncryptionSourceStack", env=cdk.Environment(region="eu-west-1", account=account)
)

source_table = dynamodb.TableV2(
    source_stack,
    "SourceTable",
    table_name="MultiAccountEncryptedGlobalTable",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

replica_stack = cdk.Stack(
    app, "MultiAccountEncryptionReplicaStack", env=cdk.Environment(region="ca-central-1", account=multi_account)
)

replica_key = kms.Key(replica_stack, "ReplicaKey")

dynamodb.TableV2MultiAccountReplica(
    replica_stack,
    "ReplicaTable",
    table_name="MultiAccountEncryptedGlobalTable",
    replica_source_table=source_table,
    encryption=dynamodb.TableEncryptionV2.customer_managed_key(replica_key),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
