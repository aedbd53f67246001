"""NestedStack: parent -> nested and nested -> parent references, parameters, nesting two levels."""

import aws_cdk as cdk
from aws_cdk import Fn, Token

app = cdk.App()
parent = cdk.Stack(app, "Parent")
parent_bucket = cdk.CfnResource(parent, "Bucket", type="AWS::S3::Bucket")

nested = cdk.NestedStack(parent, "MyNested", parameters={"Literal": "value"})
cdk.CfnParameter(nested, "Literal")
nested_bucket = cdk.CfnResource(
    nested, "NestedBucket", type="AWS::S3::Bucket",
    properties={
        "ParentRef": parent_bucket.ref,
        "ParentArn": parent_bucket.get_att("Arn"),
        "ParentInJoin": f"prefix-{parent_bucket.ref}",
        "ParentList": Token.as_list(parent_bucket.get_att("Ips", cdk.ResolutionTypeHint.STRING_LIST)),
    },
)

deeper = cdk.NestedStack(nested, "Deeper")
cdk.CfnResource(deeper, "Leaf", type="Custom::Leaf", properties={"FromParent": parent_bucket.ref, "FromNested": nested_bucket.ref})

cdk.CfnResource(
    parent, "User", type="Custom::User",
    properties={
        "NestedRef": nested_bucket.ref,
        "NestedArn": nested_bucket.get_att("Arn"),
        "NestedList": Fn.select(1, Token.as_list(nested_bucket.get_att("Ips", cdk.ResolutionTypeHint.STRING_LIST))),
        "NestedStackName": nested.stack_name,
        "NestedStackId": nested.stack_id,
    },
)

app.synth()
