"""Port of aws-cdk's integ.configuration-set-auto-validation.ts: auto-validation on, off, with a threshold."""

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "cdk-ses-configuration-set-auto-validation")

ses.ConfigurationSet(
    stack, "AutoValidationDisabled", configuration_set_name="auto-validation-disabled", disable_auto_validation=True
)
ses.ConfigurationSet(
    stack,
    "AutoValidationEnabledWithoutThreshold",
    configuration_set_name="auto-validation-enabled-without-threshold",
    disable_auto_validation=False,
)
ses.ConfigurationSet(
    stack,
    "WithSuppressionReasons",
    configuration_set_name="with-suppression-reasons",
    suppression_reasons=ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    auto_validation_threshold=ses.AutoValidationThreshold.MANAGED,
)
app.synth()
