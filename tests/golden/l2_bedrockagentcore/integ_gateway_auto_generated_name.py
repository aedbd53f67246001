"""Port of aws-bedrockagentcore integ.gateway-auto-generated-name: a gateway and a Lambda target without names (both
generated), with the default Cognito authorizer."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "cdk-agentcore-gateway-auto-generated-name")

gateway = agentcore.Gateway(stack, "Gateway")
fn = lambda_.Function(stack, "TestFunction", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"))
tool_schema = agentcore.ToolSchema.from_inline([
    agentcore.ToolDefinition(name="test_tool", description="A test tool", input_schema=agentcore.SchemaDefinition(
        type=agentcore.SchemaDefinitionType.OBJECT, properties={})),
])
gateway.add_lambda_target("Target", lambda_function=fn, tool_schema=tool_schema)
app.synth()
