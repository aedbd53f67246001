"""Tokens inside Python strings: f-strings become Fn::Join, and joins are minimised."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "TokenStrings")

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
topic = cdk.CfnResource(stack, "Topic", type="AWS::SNS::Topic")
num = cdk.CfnParameter(stack, "Num", type="Number", default=3)
name = topic.get_att("TopicName").to_string()

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Concat": f"arn:{bucket.ref}/prefix-{name}-suffix",
        "OnlyToken": f"{bucket.ref}",
        "Adjacent": f"{bucket.ref}{bucket.ref}",
        "NumberInString": f"n-{num.value_as_number}",
        "PseudoInString": f"{cdk.Aws.ACCOUNT_ID}.{cdk.Aws.REGION}.{cdk.Aws.URL_SUFFIX}",
        "JoinLiterals": cdk.Fn.join(",", ["a", bucket.ref, "b", "c"]),
        "JoinAllLiterals": cdk.Fn.join("-", ["x", "y", "z"]),
        "JoinNestedSameDelimiter": cdk.Fn.join("", ["a", cdk.Fn.join("", ["b", bucket.ref]), "c"]),
        "JoinNestedOtherDelimiter": cdk.Fn.join(",", ["a", cdk.Fn.join("-", ["b", bucket.ref]), "c"]),
        "JoinSingleToken": cdk.Fn.join(",", [bucket.ref]),
        "JoinNumbers": cdk.Fn.join(":", ["p", str(1), bucket.ref, "2", "3"]),
        "StringInList": [f"pre-{bucket.ref}", "plain"],
        "TokenAsKeyValue": {"k": f"{topic.ref}:{topic.ref}"},
    },
)

app.synth()
