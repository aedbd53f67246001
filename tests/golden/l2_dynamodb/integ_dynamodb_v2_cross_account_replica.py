"""Port of aws-cdk's integ.dynamodb-v2.cross-account-replica: a TableV2 and its replica in another account."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

account = "111111111111"
multi_account = "222222222222"

app = cdk.App()

source_stack = cdk.Stack(app, "MultiAccountSourceStackV2", env=cdk.Environment(region="eu-west-1", account=account))

source_table = dynamodb.TableV2(
    source_stack,
    "SourceTableV2",
    table_name="MultiAccountGlobalTable",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
)

replica_stack = cdk.Stack(
    app, "MultiAccountReplicaStackV2", env=cdk.Environment(region="ca-central-1", account=multi_account)
)

dynamodb.TableV2MultiAccountReplica(
    replica_stack,
    "ReplicaTableV2",
    table_name="MultiAccountGlobalTable",
    replica_source_table=source_table,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
