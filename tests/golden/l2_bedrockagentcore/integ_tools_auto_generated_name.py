"""Port of aws-bedrockagentcore integ.tools-auto-generated-name: a browser and a code interpreter, names generated."""

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-agentcore-tools-auto-generated-name")

agentcore.BrowserCustom(stack, "Browser")
agentcore.CodeInterpreterCustom(stack, "CodeInterpreter")
app.synth()
