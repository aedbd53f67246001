"""Fn.sub without variables, with variables, and with tokens inside the body."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "Sub")

bucket = cdk.CfnResource(stack, "Bucket", type="AWS::S3::Bucket")

cdk.CfnResource(
    stack, "User", type="Custom::User",
    properties={
        "NoVars": cdk.Fn.sub("hello ${AWS::Region}"),
        "Literal": cdk.Fn.sub("no placeholders at all"),
        "WithVars": cdk.Fn.sub("${Foo}-${Bar}", {"Foo": bucket.ref, "Bar": "literal"}),
        "TokenInBody": cdk.Fn.sub(f"${{AWS::Region}}-${{Foo}}-{bucket.ref}", {"Foo": bucket.get_att("Arn").to_string()}),
        "TokenInBodyNoVars": cdk.Fn.sub(f"{bucket.ref}-${{AWS::AccountId}}"),
        "EscapedDollar": cdk.Fn.sub("${!Literal}-${AWS::StackName}"),
        "EmptyVars": cdk.Fn.sub("${AWS::Partition}", {}),
    },
)

app.synth()
