"""Port of aws-bedrockagentcore integ.gateway-no-auth: a public gateway (``GatewayAuthorizer.with_no_auth()``) with a
Lambda target."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreGatewayNoAuthIntegTest")

gateway = agentcore.Gateway(
    stack, "NoAuthGateway", gateway_name="integ-test-no-auth-gateway",
    description="Integration test gateway with No Auth authorizer",
    authorizer_configuration=agentcore.GatewayAuthorizer.with_no_auth(),
)
lambda_function = lambda_.Function(
    stack, "TestFunction", function_name="integ-test-no-auth-gateway-lambda",
    runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "\n    exports.handler = async (event) => {\n      console.log('Received event:', JSON.stringify(event));\n"
        "      return { statusCode: 200, body: JSON.stringify({ message: 'Hello from Lambda!', input: event }) };\n"
        "    };\n  "),
    description="Lambda function for No Auth Gateway integration test",
)
lambda_tool_schema = agentcore.ToolSchema.from_inline([
    agentcore.ToolDefinition(
        name="public_tool", description="A public tool that can be discovered without authentication",
        input_schema=agentcore.SchemaDefinition(
            type=agentcore.SchemaDefinitionType.OBJECT,
            properties={"query": agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.STRING,
                                                            description="Query parameter")},
            required=["query"],
        ),
    ),
])
gateway.add_lambda_target("LambdaTarget", gateway_target_name="lambda-public-target",
                          description="Lambda target for No Auth gateway", lambda_function=lambda_function,
                          tool_schema=lambda_tool_schema)
app.synth()
