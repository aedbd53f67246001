"""Port of aws-bedrockagentcore integ.gateway-iam-credential-provider: an MCP server target (a Lambda function URL)
signed with the gateway's role for an explicit SigV4 service and region. (The port leaves out the integ-tests
assertion stack.)"""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "cdk-agentcore-gateway-iam-credential-provider")

mcp_server = lambda_.Function(
    stack, "McpServer", runtime=lambda_.Runtime.NODEJS_22_X, handler="index.handler",
    code=lambda_.Code.from_inline(
        "\nexports.handler = async (event) => {\n  const body = event.body ? JSON.parse(event.body) : {};\n"
        "  return { statusCode: 200, headers: { 'Content-Type': 'application/json' },\n"
        "    body: JSON.stringify({ jsonrpc: '2.0', id: body.id ?? null, result: { tools: [] } }) };\n};\n  "),
)
mcp_url = mcp_server.add_function_url(auth_type=lambda_.FunctionUrlAuthType.AWS_IAM)
gateway = agentcore.Gateway(stack, "Gateway", gateway_name="iam-cred-provider-gw")
mcp_url.grant_invoke_url(gateway.role)
gateway.add_mcp_server_target(
    "McpServerTarget", gateway_target_name="mcp-server-with-explicit-sigv4", endpoint=mcp_url.url,
    credential_provider_configurations=[
        agentcore.GatewayCredentialProvider.from_iam_role(service="lambda", region=cdk.Stack.of(stack).region),
    ],
)
app.synth()
