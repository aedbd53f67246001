"""Stack synthesizers: bootstrap rule on/off, custom qualifier, legacy and CLI-credentials synthesizers."""

import aws_cdk as cdk

app = cdk.App()
stacks = {
    "DefaultSynth": cdk.DefaultStackSynthesizer(),
    "NoBootstrapRule": cdk.DefaultStackSynthesizer(generate_bootstrap_version_rule=False),
    "CustomQualifier": cdk.DefaultStackSynthesizer(qualifier="custom123"),
    "CustomSsmParameter": cdk.DefaultStackSynthesizer(bootstrap_stack_version_ssm_parameter="/my/version"),
    "LegacySynth": cdk.LegacyStackSynthesizer(),
    "CliCredentials": cdk.CliCredentialsStackSynthesizer(),
}
for name, synthesizer in stacks.items():
    cdk.CfnResource(cdk.Stack(app, name, synthesizer=synthesizer), "Queue", type="AWS::SQS::Queue")

# A user-defined BootstrapVersion parameter suppresses the generated one and the rule.
own = cdk.Stack(app, "OwnBootstrapParameter")
cdk.CfnParameter(own, "BootstrapVersion", default="mine")
cdk.CfnResource(own, "Queue", type="AWS::SQS::Queue")

app.synth()
