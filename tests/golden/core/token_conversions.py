"""Token.as_string / as_number / as_list / as_any and Tokenization helpers."""

import aws_cdk as cdk
from aws_cdk import Token, Tokenization

app = cdk.App()
stack = cdk.Stack(app, "TokenConversions")

param = cdk.CfnParameter(stack, "Param", default="x")
number = cdk.CfnParameter(stack, "Number", type="Number", default=5)
bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "AsString": Token.as_string(bucket.get_att("Arn")),
        "AsNumber": Token.as_number(param.value_as_string),
        "AsList": Token.as_list(param.value_as_string),
        "AsAny": Token.as_any(bucket.ref),
        "AsStringOfLiteral": Token.as_string(42),
        "AsNumberOfLiteral": Token.as_number(3),
        "StringifiedNumber": Tokenization.stringify_number(number.value_as_number),
        "NumberInJoin": cdk.Fn.join("-", ["n", Tokenization.stringify_number(number.value_as_number)]),
        "ListOfResourceAttr": Token.as_list(bucket.get_att("Names")),
        "StringOfIntrinsic": Token.as_string({"Fn::GetAtt": ["Bucket", "Other"]}),
    },
)

app.synth()
