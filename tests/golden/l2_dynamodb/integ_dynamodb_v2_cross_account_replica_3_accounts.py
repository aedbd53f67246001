"""Port of aws-cdk's integ.dynamodb-v2.cross-account-replica-3-accounts: one source table, replicas in two
other accounts."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

account = "111111111111"
multi_account = "222222222222"
multi_account2 = "333333333333"

app = cdk.App()

source_stack = cdk.Stack(app, "MultiAccount3SourceStack", env=cdk.Environment(region="eu-west-1", account=account))

source_table = dynamodb.TableV2(
    source_stack,
    "SourceTable",
    table_name="MultiAccountGlobalTable3Acct",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
)

replica_stack1 = cdk.Stack(
    app, "MultiAccount3ReplicaStack1", env=cdk.Environment(region="ca-central-1", account=multi_account)
)
dynamodb.TableV2MultiAccountReplica(
    replica_stack1,
    "ReplicaTable1",
    table_name="MultiAccountGlobalTable3Acct",
    replica_source_table=source_table,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

replica_stack2 = cdk.Stack(
    app, "MultiAccount3ReplicaStack2", env=cdk.Environment(region="us-west-2", account=multi_account2)
)
dynamodb.TableV2MultiAccountReplica(
    replica_stack2,
    "ReplicaTable2",
    table_name="MultiAccountGlobalTable3Acct",
    replica_source_table=source_table,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
