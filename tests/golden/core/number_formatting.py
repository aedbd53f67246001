"""Number formatting follows JavaScript: 1.0 -> 1, 1e-7, 1e21, -0, large integers and floats."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Numbers")

cdk.CfnResource(
    stack, "Numbers", type="Custom::Numbers",
    properties={
        "IntegralFloat": 1.0,
        "Half": 0.5,
        "Tiny": 1e-7,
        "SmallButPlain": 0.000001,
        "Small": 1.5e-10,
        "NegativeZero": -0.0,
        "Zero": 0,
        "Negative": -42,
        "NegativeFloat": -2.5,
        "Big": 1e21,
        "JustBelowExponent": 1e20,
        "BigExact": 123456789012345680000,
        "MaxSafe": 9007199254740991,
        "AboveMaxSafe": 9007199254740993,
        "Huge": 1.7976931348623157e308,
        "Denormal": 5e-324,
        "Inexact": 0.1 + 0.2,
        "Third": 1 / 3,
        "Pi": 3.141592653589793,
        "LargeFloat": 123456789.125,
        "ExponentBoundary": 1.2345e21,
        "NumbersInList": [1.0, 2.50, 1e-7, 100.0],
        "NumberString": "1.0",
        "Bool": True,
    },
)
num = cdk.CfnParameter(stack, "Num", type="Number", default=1.0, min_value=0.5, max_value=1e-7)

app.synth()
