"""Port of aws-cdk's integ.table-v2-replica: a write grant on one replica of a TableV2 to a function (its code
directory written by the app; the environment pinned to us-east-1 without an account, as the snapshot's)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, ReplicaTableProps, TableV2
from aws_cdk.aws_lambda import Code, Function, Runtime
from constructs import Construct

# a stand-in for the original's replica-handler directory, written here so the app is self-contained
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "replica-handler"))
with open(os.path.join(work, "replica-handler", "index.py"), "w", newline="") as f:
    f.write(
        "import os\nimport boto3\n\n\ndef handler(event, context):\n"
        "    client = boto3.client('dynamodb', region_name=os.environ.get('REPLICA_REGION', 'us-west-1'))\n"
        "    client.put_item(TableName='global-table', Item={'pk': {'S': 'key'}})\n"
        "    return {'status_code': 200}\n"
    )


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        lambda_function = Function(
            self,
            "Function",
            function_name="global-table-lambda",
            runtime=Runtime.PYTHON_3_11,
            code=Code.from_asset(os.path.join(work, "replica-handler")),
            handler="index.handler",
            environment={"TABLE_NAME": "global-table", "REPLICA_REGION": "us-west-1"},
        )

        global_table = TableV2(
            self,
            "GlobalTable",
            table_name="global-table",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            partition_key=Attribute(name="pk", type=AttributeType.STRING),
            replicas=[ReplicaTableProps(region="us-west-1"), ReplicaTableProps(region="us-east-2")],
        )

        global_table.replica("us-west-1").grant_write_data(lambda_function)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "BarStack", env=cdk.Environment(region="us-east-1"))

app.synth()
