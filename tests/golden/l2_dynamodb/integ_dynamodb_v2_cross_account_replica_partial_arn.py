"""Port of aws-cdk's integ.dynamodb-v2.cross-account-replica-partial-arn: an imported source whose ARN has a
token table name but a concrete account and region."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_dynamodb as dynamodb

account = "111111111111"
multi_account = "222222222222"

app = cdk.App()

replica_stack = cdk.Stack(app, "ReplicaStack", env=cdk.Environment(region="ca-central-1", account=multi_account))


@jsii.implements(cdk.IStringProducer)
class Producer:
    def produce(self, context):
        return "MultiAccountGlobalTable"


dynamic_table_name = cdk.Lazy.uncached_string(Producer())  # the cached variant crashes under jsii in 2.275.0
imported_source = dynamodb.TableV2.from_table_arn(
    replica_stack, "ImportedSource", f"arn:aws:dynamodb:us-east-1:{account}:table/{dynamic_table_name}"
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
