"""@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics set to True (the counterpart of
include_policy_intrinsic): the resource whose UpdatePolicy is an Fn::If would be rejected, so it is included
dehydrated (as written); the other resource is parsed."""

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

app = cdk.App(context={"@aws-cdk/core:cfnIncludeRejectComplexResourceUpdateCreatePolicyIntrinsics": True})
stack = cdk.Stack(app, "Stack")
inc.CfnInclude(stack, "Stack", template_file="test-templates/dehydrated.json", dehydrated_resources=["Group"])
app.synth()
