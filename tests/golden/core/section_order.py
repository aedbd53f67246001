"""Template section order follows the first element of each kind met in a pre-order walk."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "SectionOrder")

group = Construct(stack, "Group")
cdk.CfnRule(group, "FirstRule", assertions=[cdk.CfnRuleAssertion(assert_=cdk.Fn.condition_equals("a", "a"), assert_description="d")])
cdk.CfnMapping(group, "Map", mapping={"a": {"b": "c"}})
cdk.CfnOutput(stack, "Out", value="v")
cdk.CfnCondition(stack, "Cond", expression=cdk.Fn.condition_equals("a", "b"))
cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
cdk.CfnParameter(stack, "Param")
# A later element in an earlier section keeps the section's position.
cdk.CfnRule(stack, "LaterRule", assertions=[cdk.CfnRuleAssertion(assert_=cdk.Fn.condition_equals("x", "x"), assert_description="d")])
cdk.CfnResource(group, "GroupQueue", type="AWS::SQS::Queue")
cdk.CfnOutput(group, "GroupOut", value="w")

empty = cdk.Stack(app, "EmptyStack")

app.synth()
