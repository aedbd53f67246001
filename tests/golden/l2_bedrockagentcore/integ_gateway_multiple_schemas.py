"""Port of aws-bedrockagentcore integ.multiple-schemas: two Smithy targets sharing one local model file and two Lambda
targets with tool schemas from local files (each target binds its own asset)."""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

# The schema files are written by this app (their own content, the same asset hashes on both sides) at fixed paths:
# an asset's construct id is the md5 of its path.
schema_dir = os.path.join(tempfile.gettempdir(), "pycdk-golden-agentcore-multiple-schemas")
os.makedirs(schema_dir, exist_ok=True)
files = {
    "basic-service.json": {"smithy": "2.0", "shapes": {
        "example.basic#BasicService": {"type": "service", "version": "2024-01-01",
                                       "operations": [{"target": "example.basic#Ping"}]},
        "example.basic#Ping": {"type": "operation"}}},
    "schema1.json": [{"name": "tool_one", "description": "First tool",
                      "inputSchema": {"type": "object", "properties": {"a": {"type": "string"}}}}],
    "schema2.json": [{"name": "tool_two", "description": "Second tool",
                      "inputSchema": {"type": "object", "properties": {"b": {"type": "number"}}}}],
}
for name, content in files.items():
    with open(os.path.join(schema_dir, name), "w", newline="") as f:
        json.dump(content, f, indent=2)

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreMultipleSchemasIntegTest")

gateway = agentcore.Gateway(stack, "TestGateway", gateway_name="multi-schema-integ-test",
                            description="Gateway for testing multiple schema binding")
agentcore.GatewayTarget.for_smithy(
    stack, "SmithyTarget1", gateway=gateway, gateway_target_name="smithy-target-1", description="First Smithy target",
    smithy_model=agentcore.ApiSchema.from_local_asset(os.path.join(schema_dir, "basic-service.json")),
)
agentcore.GatewayTarget.for_smithy(
    stack, "SmithyTarget2", gateway=gateway, gateway_target_name="smithy-target-2", description="Second Smithy target",
    smithy_model=agentcore.ApiSchema.from_local_asset(os.path.join(schema_dir, "basic-service.json")),
)
lambda_function1 = lambda_.Function(
    stack, "Lambda1", function_name="integ-multi-schema-lambda1", runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "\n    exports.handler = async (event) => {\n      return { message: 'Lambda 1 response' };\n    };\n  "),
)
lambda_function2 = lambda_.Function(
    stack, "Lambda2", function_name="integ-multi-schema-lambda2", runtime=lambda_.Runtime.NODEJS_22_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "\n    exports.handler = async (event) => {\n      return { message: 'Lambda 2 response' };\n    };\n  "),
)
agentcore.GatewayTarget.for_lambda(
    stack, "LambdaTarget1", gateway=gateway, gateway_target_name="lambda-target-1",
    description="First Lambda target with tool schema", lambda_function=lambda_function1,
    tool_schema=agentcore.ToolSchema.from_local_asset(os.path.join(schema_dir, "schema1.json")),
)
agentcore.GatewayTarget.for_lambda(
    stack, "LambdaTarget2", gateway=gateway, gateway_target_name="lambda-target-2",
    description="Second Lambda target with tool schema", lambda_function=lambda_function2,
    tool_schema=agentcore.ToolSchema.from_local_asset(os.path.join(schema_dir, "schema2.json")),
)
app.synth()
