"""Port of aws-cdk's integ.autoscaling-update-policy: an ASG's rolling-update policy read from a template."""

import aws_cdk as core
from aws_cdk import cloudformation_include as inc

app = core.App()
stack = core.Stack(app, "Stack")

inc.CfnInclude(stack, "Stack", template_file="test-templates/autoscaling-update-policy.json")

app.synth()
