"""SigningProfile: platforms, validity, names, imports, refs, and a Lambda code signing config that uses them."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_signer as signer

app = cdk.App()
stack = cdk.Stack(app, "SignerFeatures")

lambda_profile = signer.SigningProfile(stack, "LambdaProfile", platform=signer.Platform.AWS_LAMBDA_SHA384_ECDSA)
notation_profile = signer.SigningProfile(stack, "NotationProfile", platform=signer.Platform.NOTATION_OCI_SHA384_ECDSA,
                                         signature_validity=cdk.Duration.days(365),
                                         signing_profile_name="notation_profile")
custom_profile = signer.SigningProfile(stack, "CustomProfile", platform=signer.Platform.of("AWSLambda-SHA384-ECDSA"),
                                       signature_validity=cdk.Duration.hours(48))
imported = signer.SigningProfile.from_signing_profile_attributes(
    stack, "Imported", signing_profile_name="external_profile", signing_profile_version="abc123")

config = lambda_.CodeSigningConfig(stack, "CodeSigningConfig",
                                   signing_profiles=[lambda_profile, imported],
                                   untrusted_artifact_on_deployment=lambda_.UntrustedArtifactOnDeployment.ENFORCE)
lambda_.Function(stack, "Signed", code=lambda_.InlineCode("foo"), handler="index.handler",
                 runtime=lambda_.Runtime.PYTHON_3_12, code_signing_config=config)

for name, profile in (("Lambda", lambda_profile), ("Notation", notation_profile), ("Custom", custom_profile),
                      ("Imported", imported)):
    cdk.CfnOutput(stack, f"{name}Arn", value=profile.signing_profile_arn)
    cdk.CfnOutput(stack, f"{name}Name", value=profile.signing_profile_name)
    cdk.CfnOutput(stack, f"{name}Version", value=profile.signing_profile_version)
    cdk.CfnOutput(stack, f"{name}VersionArn", value=profile.signing_profile_version_arn)
cdk.CfnOutput(stack, "RefArn", value=notation_profile.signing_profile_ref.signing_profile_arn)
app.synth()
