"""Unicode and special characters in values, keys, descriptions and construct ids."""

import aws_cdk as cdk

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "Unicode", description="Déscription — with ✓ and 日本語")

cdk.CfnResource(
    stack, "Strings", type="Custom::Strings",
    properties={
        "Accents": "héllo ✓",
        "Cjk": "日本語テキスト",
        "Emoji": "rocket 🚀 and family 👨‍👩‍👧",
        "Control": "bell\x07 tab\t newline\n cr\r nul\x00 unit\x1f del\x7f",
        "Quotes": "double \" single ' backslash \\ slash /",
        "Html": "<script>alert('x')</script> & ampersand",
        "LineSeparators": "a\u2028b\u2029c",
        "NoBreakSpace": "a\u00a0b",
        "Clef": "𝄞",
        "Ünïcödé-Kéy": "unicode key",
        "Mixed": f"{cdk.Aws.REGION}-ümlaut-🚀",
    },
)
cdk.CfnResource(Construct(stack, "Grüße"), "Ressource", type="AWS::SNS::Topic")
cdk.CfnResource(stack, "Bücket", type="AWS::S3::Bucket")
cdk.CfnOutput(stack, "Out", value="✓", description="ünïcode output")

app.synth()
