"""Port of aws-bedrockagentcore integ.memory-auto-generated-name: a memory whose name is generated."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-agentcore-memory-auto-generated-name")

agentcore.Memory(stack, "Memory")
app.synth()
