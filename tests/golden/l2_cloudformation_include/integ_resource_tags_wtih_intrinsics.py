"""Port of aws-cdk's integ.resource-tags-wtih-intrinsics: a tag given by Fn::If."""

import aws_cdk as core
from aws_cdk import cloudformation_include as inc

app = core.App()
stack = core.Stack(app, "Stack")

inc.CfnInclude(stack, "Stack", template_file="test-templates/tags-with-fn-if.json")

app.synth()
