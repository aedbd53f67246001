"""Port of aws-bedrockagentcore integ.code-interpreter: custom code interpreters (default, sandbox, public + tags)."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-code-interpreter-1")

agentcore.CodeInterpreterCustom(
    stack,
    "MyCodeInterpreter",
    code_interpreter_custom_name="my_code_interpreter",
    description="A code interpreter for code execution",
)
agentcore.CodeInterpreterCustom(
    stack,
    "MyCodeInterpreter2",
    code_interpreter_custom_name="my_code_interpreter2",
    network_configuration=agentcore.CodeInterpreterNetworkConfiguration.using_sandbox_network(),
)
agentcore.CodeInterpreterCustom(
    stack,
    "MyCodeInterpreter3",
    code_interpreter_custom_name="my_code_interpreter3",
    network_configuration=agentcore.CodeInterpreterNetworkConfiguration.using_public_network(),
    tags={"Environment": "Dev", "Team": "AI/ML", "Project": "AgentCore"},
)
app.synth()
