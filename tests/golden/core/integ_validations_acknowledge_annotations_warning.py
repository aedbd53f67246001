"""Port of aws-cdk's core integ test integ.validations-acknowledge-annotations-warning.ts (IntegTest dropped)."""

import aws_cdk as cdk

app = cdk.App()
stack = cdk.Stack(app, "core-validations-acknowledge-annotations-warning")

cdk.Annotations.of(stack).add_warning_v2(
    "@aws-cdk/core:testWarning", "This warning should be suppressed by acknowledge()"
)

cdk.Validations.of(stack).acknowledge(
    cdk.Acknowledgment(
        id="@aws-cdk/core:testWarning",
        reason="Verified in integ test: bare-ID warnings from Annotations.addWarningV2 are suppressed correctly",
    )
)

cdk.CfnOutput(stack, "AcknowledgmentResult", value="warning-suppressed")

app.synth()
