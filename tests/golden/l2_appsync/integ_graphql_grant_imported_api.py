"""Port of aws-cdk's integ.graphql-grant-imported-api: grants on an API imported (into the original stack) by a
cross-stack id."""

import tempfile
from pathlib import Path

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_appsync import (
    AuthorizationConfig,
    AuthorizationMode,
    AuthorizationType,
    Definition,
    GraphqlApi,
    IamResource,
    SchemaFile,
    UserPoolConfig,
    UserPoolDefaultAction,
)
from aws_cdk.aws_cognito import UserPool
from aws_cdk.aws_iam import Role, ServicePrincipal

SCHEMA = Path(tempfile.mkdtemp()) / "integ.graphql-iam.graphql"
SCHEMA.write_text("type Post {\n  id: ID!\n}\n\ntype Query {\n  getPost(id: ID!): Post\n}\n")


class OriginalStack(Stack):
    def __init__(self, scope, id) -> None:
        super().__init__(scope, id)
        user_pool = UserPool(self, "Pool", user_pool_name="myPool", removal_policy=RemovalPolicy.DESTROY)
        api = GraphqlApi(
            self,
            "Api",
            name="Integ_Test_IAM",
            definition=Definition.from_schema(SchemaFile.from_asset(str(SCHEMA))),
            authorization_config=AuthorizationConfig(
                default_authorization=AuthorizationMode(
                    authorization_type=AuthorizationType.USER_POOL,
                    user_pool_config=UserPoolConfig(user_pool=user_pool, default_action=UserPoolDefaultAction.ALLOW),
                ),
                additional_authorization_modes=[AuthorizationMode(authorization_type=AuthorizationType.IAM)],
            ),
        )
        self.api_id = api.api_id


class ImportedStack(Stack):
    def __init__(self, scope, id, *, api_id) -> None:
        super().__init__(scope, id)
        imported_api = GraphqlApi.from_graphql_api_attributes(original_stack, "ImportedApi", graphql_api_id=f"{api_id}")
        lambda_role = Role(self, "lambdaRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
        imported_api.grant(lambda_role, IamResource.custom("types/Query/fields/getPost"), "appsync:GraphQL")
        mutation_lambda_role = Role(self, "mutatioLambdaRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
        imported_api.grant_mutation(mutation_lambda_role)
        query_lambda_role = Role(self, "queryLambdaRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
        imported_api.grant_query(query_lambda_role)
        subscription_lambda_role = Role(
            self, "subscriptionLambdaRole", assumed_by=ServicePrincipal("lambda.amazonaws.com")
        )
        imported_api.grant_subscription(subscription_lambda_role)


app = App()
original_stack = OriginalStack(app, "aws-appsync-integ")
imported_stack = ImportedStack(app, "imported-stack", api_id=original_stack.api_id)
app.synth()
