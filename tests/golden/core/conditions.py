"""CfnCondition, every Fn.condition_* constructor, and conditions on resources and outputs."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Conditions")

env = cdk.CfnParameter(stack, "Env", default="dev", allowed_values=["dev", "prod"])
zones = cdk.CfnParameter(stack, "Zones", type="CommaDelimitedList", default="a,b")

is_prod = cdk.CfnCondition(stack, "IsProd", expression=cdk.Fn.condition_equals(env.value_as_string, "prod"))
is_dev = cdk.CfnCondition(stack, "IsDev", expression=cdk.Fn.condition_not(is_prod))
cdk.CfnCondition(
    stack, "Complex",
    expression=cdk.Fn.condition_or(
        cdk.Fn.condition_and(is_prod, cdk.Fn.condition_equals(cdk.Aws.REGION, "us-east-1")),
        cdk.Fn.condition_contains(zones.value_as_list, "a"),
        is_dev,
    ),
)
cdk.CfnCondition(stack, "SingleAnd", expression=cdk.Fn.condition_and(cdk.Fn.condition_equals("x", "x")))
cdk.CfnCondition(stack, "SingleOr", expression=cdk.Fn.condition_or(is_prod))
cdk.CfnCondition(stack, "NoExpression")
cdk.CfnCondition(stack, "EqualsNumbers", expression=cdk.Fn.condition_equals(1, 1.5))

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")
bucket.cfn_options.condition = is_prod
cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "If": cdk.Fn.condition_if(is_prod.logical_id, "big", "small"),
        "IfNoValue": cdk.Fn.condition_if(is_prod.logical_id, bucket.ref, cdk.Aws.NO_VALUE),
        "IfNested": cdk.Fn.condition_if(
            is_dev.logical_id, cdk.Fn.condition_if(is_prod.logical_id, 1, 2), {"k": [3]},
        ),
        "ConditionObject": is_prod,
    },
)
cdk.CfnOutput(stack, "ProdOnly", value=bucket.ref, condition=is_prod)

app.synth()
