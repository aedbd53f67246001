"""stack.to_json_string: JSON with tokens spliced in."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "JsonValues")

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
tag_key = cdk.CfnParameter(stack, "TagKey", default="team")


cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "Json": stack.to_json_string({"bucket": bucket.ref, "n": 1, "ok": True, "none": None}),
        "JsonList": stack.to_json_string(["a", bucket.get_att("Arn"), 2]),
        "JsonString": stack.to_json_string("plain \"quoted\""),
        "JsonTokenString": stack.to_json_string(f"in-{bucket.ref}"),
        "JsonIndented": stack.to_json_string({"a": {"b": bucket.ref}}, space=2),
        "JsonNested": stack.to_json_string({"inner": stack.to_json_string({"x": bucket.ref})}),
        "KeyFromParameter": stack.to_json_string({f"aws:ResourceTag/{tag_key.value_as_string}": "core"}),
    },
)

app.synth()
