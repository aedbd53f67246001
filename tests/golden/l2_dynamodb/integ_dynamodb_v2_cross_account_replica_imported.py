"""Port of aws-cdk's integ.dynamodb-v2.cross-account-replica-imported: a replica of an imported source table."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

account = "111111111111"
multi_account = "222222222222"

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})

replica_stack = cdk.Stack(app, "ReplicaStack", env=cdk.Environment(region="ca-central-1", account=multi_account))

imported_source = dynamodb.TableV2.from_table_arn(
    replica_stack, "ImportedSource", f"arn:aws:dynamodb:eu-west-1:{account}:table/MultiAccountGlobalTable"
)

dynamodb.TableV2MultiAccountReplica(
    replica_stack,
    "Replica",
    table_name="MultiAccountGlobalTable",
    replica_source_table=imported_source,
    global_table_settings_replication_mode=dynamodb.GlobalTableSettingsReplicationMode.ALL,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

app.synth()
