"""Port of aws-cdk's integ.parameter-arns: parameter ARNs for generated, simple, path and token names."""

from aws_cdk import App, CfnOutput, CfnParameter, Stack
from aws_cdk import aws_ssm as ssm

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "integ-parameter-arns")

input_param = CfnParameter(stack, "ParameterNameParameter", type="String", default="myParamName")

params = [
    ssm.StringParameter(stack, "StringAutogen", string_value="hello, world"),
    ssm.StringParameter(stack, "StringSimple", string_value="hello, world", parameter_name="simple-name"),
    ssm.StringParameter(stack, "StringPath", string_value="hello, world", parameter_name="/path/name/foo/bar"),
    ssm.StringListParameter(stack, "ListAutogen", string_list_value=["hello", "world"]),
    ssm.StringListParameter(
        stack, "ListSimple", string_list_value=["hello", "world"], parameter_name="list-simple-name"
    ),
    ssm.StringListParameter(stack, "ListPath", string_list_value=["hello", "world"], parameter_name="/list/path/name"),
    ssm.StringParameter(
        stack,
        "ParameterizedSimple",
        string_value="hello, world",
        parameter_name=input_param.value_as_string,
        simple_name=True,
    ),
    ssm.StringParameter(
        stack,
        "ParameterizedNonSimple",
        string_value="hello, world",
        parameter_name=f"/{input_param.value_as_string}/non/simple",
        simple_name=False,
    ),
]

for p in params:
    CfnOutput(stack, f"{p.node.id}Arn", value=p.parameter_arn)

app.synth()
