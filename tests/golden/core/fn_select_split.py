"""Fn.select and Fn.split with literal and token inputs."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "SelectSplit")

param = cdk.CfnParameter(stack, "Csv", type="String", default="a,b,c")
list_param = cdk.CfnParameter(stack, "Subnets", type="CommaDelimitedList")
index = cdk.CfnParameter(stack, "Index", type="Number", default=1)

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "SelectLiteral": cdk.Fn.select(1, ["a", "b", "c"]),
        "SelectFromTokenList": cdk.Fn.select(0, list_param.value_as_list),
        "SelectFromMixedList": cdk.Fn.select(1, ["a", param.value_as_string]),
        "SelectTokenIndex": cdk.Fn.select(index.value_as_number, ["a", "b"]),
        "SplitLiteral": cdk.Fn.split(",", "x,y,z"),
        "SplitToken": cdk.Fn.split(",", param.value_as_string),
        "SplitTokenWithCount": cdk.Fn.split(",", param.value_as_string, 3),
        "SelectOfSplit": cdk.Fn.select(2, cdk.Fn.split(",", param.value_as_string)),
        "JoinOfSplit": cdk.Fn.join("|", cdk.Fn.split(",", param.value_as_string)),
        "JoinOfTokenList": cdk.Fn.join("|", list_param.value_as_list),
    },
)

app.synth()
