"""An UpdatePolicy given by Fn::If, parsed without the flag that rejects it (aws-cdk's
integ.intrinsic-update-create-policy, adapted: its templates are not available, test-templates/dehydrated.json
stands in). aws-cdk-lib writes the intrinsic object's fields (typeHint, value, disambiguator) into the policy."""

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

app = cdk.App()
stack = cdk.Stack(app, "Stack")
stack.node.set_context("@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics", False)
inc.CfnInclude(stack, "Stack", template_file="test-templates/dehydrated.json")
app.synth()
