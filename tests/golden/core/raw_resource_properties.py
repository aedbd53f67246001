"""Raw CfnResource properties: nesting, empty containers kept, None dropped, integer-like keys first."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "RawProperties")

cdk.CfnResource(
    stack, "Nested", type="Custom::Thing",
    properties={
        "lowerCaseKey": "kept verbatim",
        "Plain": "p",
        "2": "integer-like keys jump first",
        "10": "and sort numerically",
        "01": "but 01 is not canonical",
        "Nested": {"a": [1, {"c": "deep"}], "Empty": {}, "EmptyList": [], "b": {"x": {"y": {"z": True}}}},
        "Dropped": None,
        "ListWithNone": [1, None, {"k": None, "v": "w"}, None],
        "Bools": [True, False],
        "Numbers": [0, -1, 42, 3.5],
        "EmptyString": "",
    },
)
cdk.CfnResource(stack, "NoProperties", type="Custom::Thing")
cdk.CfnResource(stack, "EmptyProperties", type="Custom::Thing", properties={})
cdk.CfnResource(stack, "OnlyNone", type="Custom::Thing", properties={"A": None})

app.synth()
