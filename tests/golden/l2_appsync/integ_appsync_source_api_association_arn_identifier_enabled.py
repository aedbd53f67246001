"""Port of aws-cdk's integ.appsync-source-api-association-arn-identifier-enabled: source API associations with the
ARN-identifier flag on."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
import jsii
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_iam as iam


@jsii.implements(cdk.IStringProducer)
class NameProducer:
    def __init__(self, name):
        self.name = name

    def produce(self, context):
        return self.name


WORK = Path(tempfile.mkdtemp())
for i in (1, 2, 3):
    (WORK / f"appsync.merged-api-{i}.graphql").write_text(f"type Query {{\n  getPost{i}(id: ID!): String\n}}\n")

app = cdk.App(context={"@aws-cdk/aws-appsync:useArnForSourceApiAssociationIdentifier": True})
stack = cdk.Stack(app, "stack")
first_api = appsync.GraphqlApi(
    stack, "FirstSourceAPI", name="FirstSourceAPI",
    definition=appsync.Definition.from_file(str(WORK / "appsync.merged-api-1.graphql")),
)
first_api.add_none_data_source("FirstSourceDS", name=cdk.Lazy.uncached_string(NameProducer("FirstSourceDS")))
second_api = appsync.GraphqlApi(
    stack, "SecondSourceAPI", name="SecondSourceAPI",
    definition=appsync.Definition.from_file(str(WORK / "appsync.merged-api-2.graphql")),
)
second_api.add_none_data_source("SecondSourceDS", name=cdk.Lazy.uncached_string(NameProducer("SecondSourceDS")))
third_api = appsync.GraphqlApi(
    stack, "ThirdSourceAPI", name="ThirdourceAPI",
    definition=appsync.Definition.from_file(str(WORK / "appsync.merged-api-3.graphql")),
)
merged_api_execution_role = iam.Role(
    stack, "MergedApiExecutionRole", assumed_by=iam.ServicePrincipal("appsync.amazonaws.com")
)
merged_api = appsync.GraphqlApi(
    stack, "MergedAPI", name="MergedAPI",
    definition=appsync.Definition.from_source_apis(
        source_apis=[], merged_api_execution_role=merged_api_execution_role
    ),
)
appsync.SourceApiAssociation(
    stack, "SourceApiAssociation1", source_api=first_api, merged_api=merged_api,
    merge_type=appsync.MergeType.MANUAL_MERGE, merged_api_execution_role=merged_api_execution_role,
)
appsync.SourceApiAssociation(
    stack, "SourceApiAssociation2", source_api=second_api, merged_api=merged_api,
    merge_type=appsync.MergeType.AUTO_MERGE, merged_api_execution_role=merged_api_execution_role,
)
i_third_api = appsync.GraphqlApi.from_graphql_api_attributes(
    stack, "ImportedThirdApi", graphql_api_id=third_api.api_id, graphql_api_arn=third_api.arn
)
appsync.SourceApiAssociation(
    stack, "SourceApiAssociation3", source_api=i_third_api, merged_api=merged_api,
    merge_type=appsync.MergeType.MANUAL_MERGE, merged_api_execution_role=merged_api_execution_role,
)
app.synth()
