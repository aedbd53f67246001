"""CfnRule with rule conditions, assertions, and the rules-only functions."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Rules")

env = cdk.CfnParameter(stack, "Env", default="dev")
subnets = cdk.CfnParameter(stack, "Subnets", type="List<AWS::EC2::Subnet::Id>")
vpc = cdk.CfnParameter(stack, "Vpc", type="AWS::EC2::VPC::Id")

cdk.CfnRule(
    stack, "ProdRule",
    rule_condition=cdk.Fn.condition_equals(env.value_as_string, "prod"),
    assertions=[
        cdk.CfnRuleAssertion(
            assert_=cdk.Fn.condition_each_member_equals(
                cdk.Fn.value_of_all("AWS::EC2::Subnet::Id", "VpcId"), vpc.value_as_string,
            ),
            assert_description="All subnets must be in the VPC",
        ),
        cdk.CfnRuleAssertion(
            assert_=cdk.Fn.condition_each_member_in(
                cdk.Fn.value_of_all("AWS::EC2::Subnet::Id", "VpcId"), cdk.Fn.ref_all("AWS::EC2::VPC::Id"),
            ),
            assert_description="Subnets belong to listed VPCs",
        ),
        cdk.CfnRuleAssertion(
            assert_=cdk.Fn.condition_contains(["a", "b"], cdk.Fn.value_of(subnets.logical_id, "Tags")),
            assert_description="tagged",
        ),
    ],
)
rule = cdk.CfnRule(stack, "NoCondition")
rule.add_assertion(cdk.Fn.condition_not(cdk.Fn.condition_equals(env.value_as_string, "")), "Env must not be empty")
rule.add_assertion(cdk.Fn.condition_equals(cdk.Fn.value_of("Vpc", "Tags.Name"), "main"), "named")
cdk.CfnRule(stack, "Empty")

cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")

app.synth()
