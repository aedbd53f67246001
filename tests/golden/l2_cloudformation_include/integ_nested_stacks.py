"""Port of aws-cdk's integ.nested-stacks: a parent template whose AWS::CloudFormation::Stack is loaded."""

import aws_cdk as core
from aws_cdk import cloudformation_include as inc

app = core.App()
stack = core.Stack(app, "ParentStack")

inc.CfnInclude(
    stack,
    "ParentStack",
    template_file="test-templates/nested/parent-one-child.json",
    load_nested_stacks={
        "ChildStack": inc.CfnIncludeProps(template_file="test-templates/nested/grandchild-import-stack.json"),
    },
)

app.synth()
