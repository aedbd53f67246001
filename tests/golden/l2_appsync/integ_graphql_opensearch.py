"""Port of aws-cdk's integ.graphql-opensearch (assertions dropped; the schema file written to a temporary
directory): an OpenSearch 2.3 domain with fine-grained access control as a GraphQL data source."""

import json
import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk.aws_iam import User
from constructs import Construct

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text(
    "type test {\n  id: String!\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n\n"
    "type Mutation {\n  addTest(version: String!): test\n}\n"
)

REQUEST = json.dumps({
    "version": "2017-02-28",
    "operation": "GET",
    "path": "/id/post/_search",
    "params": {"headers": {}, "queryString": {}, "body": {"from": 0, "size": 50}},
}, separators=(",", ":"))
RESPONSE = json.dumps({
    "version": "2017-02-28",
    "operation": "GET",
    "path": "/id/post/_search",
    "params": {
        "headers": {},
        "queryString": {},
        "body": {"from": 0, "size": 50, "query": {"term": {"author": "$util.toJson($context.arguments.author)"}}},
    },
}, separators=(",", ":"))


class OpensSearch23Stack(cdk.Stack):
    def __init__(self, scope: Construct) -> None:
        super().__init__(scope, "appsync-opensearch")

        user = User(self, "User")

        domain = opensearch.Domain(
            self,
            "Domain",
            version=opensearch.EngineVersion.OPENSEARCH_2_3,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_arn=user.user_arn),
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
            node_to_node_encryption=True,
            enforce_https=True,
        )

        api = appsync.GraphqlApi(self, "api", name="api", schema=appsync.SchemaFile.from_asset(str(SCHEMA)))

        ds = api.add_open_search_data_source("ds", domain)

        ds.create_resolver(
            "QueryGetTests",
            type_name="Query",
            field_name="getTests",
            request_mapping_template=appsync.MappingTemplate.from_string(REQUEST),
            response_mapping_template=appsync.MappingTemplate.from_string(RESPONSE),
        )


app = cdk.App()
OpensSearch23Stack(app)
app.synth()
