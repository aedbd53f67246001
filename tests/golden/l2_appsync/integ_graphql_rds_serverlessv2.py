"""Port of aws-cdk's integ.graphql-rds-serverlessv2 (INTEG_TEST_LATEST_AURORA_POSTGRES is VER_16_6 here): an Aurora
Serverless v2 cluster as a Data API data source with query and mutation resolvers."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretmanager
from aws_cdk.aws_ec2 import Vpc
from constructs import Construct

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.rds-serverlessv2.graphql"
SCHEMA.write_text(
    "type Post {\n  id: ID!\n  title: String\n}\n\ntype Query {\n  allPosts: [Post]\n  getPost(id: ID!): Post\n}\n\n"
    "type Mutation {\n  addPost(title: String): Post\n}\n"
)

RESPONSE = (
    "\n        #if($ctx.error)\n            $utils.error($ctx.error.message, $ctx.error.type)\n        #end\n"
    "        $utils.toJson($utils.rds.toJsonObject($ctx.result)[0])"
)


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct) -> None:
        super().__init__(scope, "appsync-rds-serverlessV2")
        vpc = Vpc(self, "Integ-VPC")
        cluster = rds.DatabaseCluster(
            self,
            "Integ-Cluster",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_6),
            writer=rds.ClusterInstance.serverless_v2("writer"),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            vpc=vpc,
            credentials=rds.Credentials.from_generated_secret("clusteradmin", secret_name="integ-secretName"),
            default_database_name="integdb",
        )
        secret = secretmanager.Secret.from_secret_name_v2(self, "Secret", "integ-secretName")
        api = appsync.GraphqlApi(
            self,
            "RdsServerlessV2API",
            name="RdsServerlessV2API",
            definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
        )
        serverless_v2_ds = api.add_rds_data_source_v2("ds", cluster, secret, "integdb")
        serverless_v2_ds.create_resolver(
            "QueryGetallPostsResolver",
            type_name="Query",
            field_name="allPosts",
            request_mapping_template=appsync.MappingTemplate.from_string(
                '{\n      "version": "2018-05-29",\n      "statements": [\n        "SELECT * FROM integdb"\n      ]\n    }'
            ),
            response_mapping_template=appsync.MappingTemplate.from_string(RESPONSE),
        )
        serverless_v2_ds.create_resolver(
            "QueryGetPostResolver",
            type_name="Query",
            field_name="getPost",
            request_mapping_template=appsync.MappingTemplate.from_string(
                '{\n      "version": "2018-05-29",\n      "statements": [\n'
                '        "SELECT * FROM integdb WHERE id = :id"\n      ]\n    }'
            ),
            response_mapping_template=appsync.MappingTemplate.from_string(RESPONSE),
        )
        serverless_v2_ds.create_resolver(
            "MutationAddPostResolver",
            type_name="Mutation",
            field_name="addPost",
            request_mapping_template=appsync.MappingTemplate.from_string(
                '\n    {\n      "version": "2018-05-29",\n      "statements": [\n'
                '        "INSERT INTO integdb VALUES (:id, :title)",\n        "SELECT * WHERE id = :id"\n      ],\n'
                '      "variableMap": {\n        ":id": $util.toJson($util.autoId()),\n'
                '        ":title": $util.toJson($ctx.args.title)\n      }\n    }'
            ),
            response_mapping_template=appsync.MappingTemplate.from_string(RESPONSE),
        )


app = cdk.App()
TestStack(app)
app.synth()
