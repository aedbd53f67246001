"""Stack props that reach the template (description) and those that do not (termination protection, tags)."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(
    app, "StackProperties",
    description="A described stack",
    termination_protection=True,
    tags={"team": "core", "cost-center": "42"},
    stack_name="properties-stack",
    notification_arns=["arn:aws:sns:us-east-1:123456789012:topic"],
    analytics_reporting=False,
)
cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue", properties={"Arns": stack.notification_arns})

app.synth()
