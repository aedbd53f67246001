"""A template included after other elements, into a stack with its own description: aws-cdk-lib joins the two
descriptions and keeps Description, Transform, AWSTemplateFormatVersion and Metadata first."""

import aws_cdk as cdk
from aws_cdk import cloudformation_include as inc

app = cdk.App()
stack = cdk.Stack(app, "Described", description="The stack's own description")
cdk.CfnResource(stack, "Before", type="AWS::SNS::Topic")
inc.CfnInclude(stack, "Template", template_file="test-templates/features.yaml")
app.synth()
