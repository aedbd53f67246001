"""Port of aws-bedrockagentcore integ.gateway: a gateway with the default Cognito authorizer, REQUEST and RESPONSE
Lambda interceptors, a Lambda target with an inline tool schema and a Smithy target from a local file."""

import json
import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

# The Smithy model (JSON AST) is written by this app: its own content, the same asset hash on both sides; a fixed
# path, as the asset's construct id is the md5 of the path.
schema_dir = os.path.join(tempfile.gettempdir(), "pycdk-golden-agentcore-gateway")
os.makedirs(schema_dir, exist_ok=True)
smithy_path = os.path.join(schema_dir, "basic-service.json")
with open(smithy_path, "w", newline="") as f:
    json.dump({"smithy": "2.0", "shapes": {
        "example.basic#BasicService": {"type": "service", "version": "2024-01-01",
                                       "operations": [{"target": "example.basic#GetItem"}]},
        "example.basic#GetItem": {"type": "operation", "input": {"target": "example.basic#GetItemInput"},
                                  "output": {"target": "example.basic#GetItemOutput"}},
        "example.basic#GetItemInput": {"type": "structure", "members": {
            "id": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}}}},
        "example.basic#GetItemOutput": {"type": "structure", "members": {"name": {"target": "smithy.api#String"}}},
    }}, f, indent=2)

app = cdk.App()
stack = cdk.Stack(app, "BedrockAgentCoreGatewayIntegTest")

gateway = agentcore.Gateway(
    stack, "TestGateway", gateway_name="integ-test-gateway",
    description="Comprehensive integration test gateway with targets and interceptors",
)

request_interceptor_fn = lambda_.Function(
    stack, "RequestInterceptor", function_name="integ-test-gateway-request-interceptor",
    runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline(
        "\ndef handler(event, context):\n    import json\n"
        "    print(f\"Request Interceptor invoked with event: {json.dumps(event)}\")\n"
        "    return {\"interceptorOutputVersion\": \"1.0\", \"mcp\": {\"transformedGatewayRequest\": "
        "event.get(\"mcp\", {}).get(\"gatewayRequest\", {})}}\n"),
    description="REQUEST interceptor for Gateway integration test",
)
response_interceptor_fn = lambda_.Function(
    stack, "ResponseInterceptor", function_name="integ-test-gateway-response-interceptor",
    runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline(
        "\ndef handler(event, context):\n    import json\n"
        "    print(f\"Response Interceptor invoked with event: {json.dumps(event)}\")\n"
        "    return {\"interceptorOutputVersion\": \"1.0\", \"mcp\": {\"transformedGatewayResponse\": "
        "event.get(\"mcp\", {}).get(\"gatewayResponse\", {})}}\n"),
    description="RESPONSE interceptor for Gateway integration test",
)
gateway.add_interceptor(agentcore.LambdaInterceptor.for_request(request_interceptor_fn, pass_request_headers=False))
gateway.add_interceptor(agentcore.LambdaInterceptor.for_response(response_interceptor_fn))

lambda_function = lambda_.Function(
    stack, "TestFunction", function_name="integ-test-gateway-lambda",
    runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "\n    exports.handler = async (event) => {\n      console.log('Received event:', JSON.stringify(event));\n"
        "      return { statusCode: 200, body: JSON.stringify({ message: 'Hello from Lambda!', input: event }) };\n"
        "    };\n  "),
    description="Lambda function for Gateway integration test",
)
lambda_tool_schema = agentcore.ToolSchema.from_inline([
    agentcore.ToolDefinition(
        name="greeting_tool", description="A greeting tool that returns a message",
        input_schema=agentcore.SchemaDefinition(
            type=agentcore.SchemaDefinitionType.OBJECT,
            properties={"name": agentcore.SchemaDefinition(type=agentcore.SchemaDefinitionType.STRING,
                                                           description="Name to greet")},
            required=["name"],
        ),
    ),
])
lambda_target = gateway.add_lambda_target(
    "LambdaTarget", gateway_target_name="lambda-greeting-target",
    description="Lambda target using convenience method", lambda_function=lambda_function,
    tool_schema=lambda_tool_schema,
)
smithy_target = gateway.add_smithy_target(
    "SmithyTarget", gateway_target_name="smithy-test-target", description="Smithy target using convenience method",
    smithy_model=agentcore.ApiSchema.from_local_asset(smithy_path),
)

cdk.CfnOutput(stack, "GatewayId", value=gateway.gateway_id, description="The ID of the created gateway")
cdk.CfnOutput(stack, "LambdaTargetId", value=lambda_target.target_id, description="The ID of the Lambda target")
cdk.CfnOutput(stack, "SmithyTargetId", value=smithy_target.target_id, description="The ID of the Smithy target")
cdk.CfnOutput(stack, "RequestInterceptorArn", value=request_interceptor_fn.function_arn,
              description="ARN of the REQUEST interceptor Lambda function")
cdk.CfnOutput(stack, "ResponseInterceptorArn", value=response_interceptor_fn.function_arn,
              description="ARN of the RESPONSE interceptor Lambda function")
app.synth()
