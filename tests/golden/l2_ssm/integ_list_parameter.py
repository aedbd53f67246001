"""Port of aws-cdk's integ.list-parameter: a list parameter read across stacks, by attributes and by value."""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm
from constructs import Construct

param_name = "integ-list-param"
param_value = ["value1", "value2"]


class TestCaseBase(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.list_param = ssm.StringListParameter(
            self, "ListParam", parameter_name=param_name, string_list_value=param_value
        )


app = cdk.App(tree_metadata=False)
app.node.set_context("@aws-cdk/core:newStyleStackSynthesis", True)
base = TestCaseBase(app, "base")
test_case = cdk.Stack(app, "list-param")

cdk.CfnOutput(test_case, "Output", value=cdk.Fn.join(",", base.list_param.string_list_value))

from_attrs = ssm.StringListParameter.from_list_parameter_attributes(
    test_case, "FromAttrs", parameter_name=param_name, element_type=ssm.ParameterValueType.STRING
)
ssm.CfnParameter(test_case, "attrs-test", type="StringList", value=cdk.Fn.join(",", from_attrs.string_list_value))

value = ssm.StringListParameter.value_for_typed_list_parameter(test_case, param_name, ssm.ParameterValueType.STRING)
ssm.CfnParameter(test_case, "value-test", type="StringList", value=cdk.Fn.join(",", value))

version_value = ssm.StringListParameter.value_for_typed_list_parameter(
    test_case, param_name, ssm.ParameterValueType.STRING, 1
)
ssm.CfnParameter(test_case, "version-value-test", type="StringList", value=cdk.Fn.join(",", version_value))

app.synth()
