"""Port of aws-cdk's integ.appsync-merged-api-arn-flag-enabled: a merged API of a manual-merge and an auto-merge
source API, associated by ARN."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
import jsii
from aws_cdk import aws_appsync as appsync


@jsii.implements(cdk.IStringProducer)
class NameProducer:
    def __init__(self, name):
        self.name = name

    def produce(self, context):
        return self.name


WORK = Path(tempfile.mkdtemp())
(WORK / "appsync.merged-api-1.graphql").write_text("type Query {\n  getPost1(id: ID!): String\n}\n")
(WORK / "appsync.merged-api-2.graphql").write_text("type Query {\n  getPost2(id: ID!): String\n}\n")

app = cdk.App(post_cli_context={"@aws-cdk/aws-appsync:useArnForSourceApiAssociationIdentifier": True})
stack = cdk.Stack(app, "stack")
first_api = appsync.GraphqlApi(
    stack,
    "FirstSourceAPI",
    name="FirstSourceAPI",
    definition=appsync.Definition.from_file(str(WORK / "appsync.merged-api-1.graphql")),
)
first_api.add_none_data_source("FirstSourceDS", name=cdk.Lazy.uncached_string(NameProducer("FirstSourceDS")))
second_api = appsync.GraphqlApi(
    stack,
    "SecondSourceAPI",
    name="SecondSourceAPI",
    definition=appsync.Definition.from_file(str(WORK / "appsync.merged-api-2.graphql")),
)
second_api.add_none_data_source("SecondSourceDS", name=cdk.Lazy.uncached_string(NameProducer("SecondSourceDS")))
appsync.GraphqlApi(
    stack,
    "MergedAPI",
    name="MergedAPI",
    definition=appsync.Definition.from_source_apis(
        source_apis=[
            appsync.SourceApi(source_api=first_api, merge_type=appsync.MergeType.MANUAL_MERGE),
            appsync.SourceApi(source_api=second_api, merge_type=appsync.MergeType.AUTO_MERGE),
        ]
    ),
)
app.synth()
