"""Port of aws-cdk's integ.user-pool-resource-server.ts: a resource server scope on a client-credentials client."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import OAuthFlows, OAuthScope, OAuthSettings, ResourceServerScope, UserPool

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-user-pool-resource-server")

user_pool = UserPool(stack, "myuserpool", user_pool_name="MyUserPool", removal_policy=RemovalPolicy.DESTROY)
read_scope = ResourceServerScope(scope_name="read", scope_description="read only")
user_server = user_pool.add_resource_server("myserver", identifier="users", scopes=[read_scope])
client = user_pool.add_client(
    "client",
    user_pool_client_name="users-app",
    generate_secret=True,
    o_auth=OAuthSettings(
        flows=OAuthFlows(client_credentials=True), scopes=[OAuthScope.resource_server(user_server, read_scope)]
    ),
)

CfnOutput(stack, "pool-id", value=user_pool.user_pool_id)
CfnOutput(stack, "client-id", value=client.user_pool_client_id)

app.synth()
