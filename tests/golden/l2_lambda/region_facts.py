"""Region facts in stacks with a concrete region (the layer ARN itself, no mapping): Lambda Insights, the
Parameters and Secrets extension and ADOT layers in us-east-1, a China region and eu-west-1 for ARM."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
for stack_id, region, arch in (("UsEast1", "us-east-1", lambda_.Architecture.X86_64),
                               ("China", "cn-north-1", lambda_.Architecture.X86_64),
                               ("Ireland", "eu-west-1", lambda_.Architecture.ARM_64)):
    stack = cdk.Stack(app, stack_id, env=cdk.Environment(account="123456789012", region=region))
    adot = None if region.startswith("cn-") else lambda_.AdotInstrumentationConfig(  # no ADOT layer in China
        layer_version=lambda_.AdotLayerVersion.from_python_sdk_layer_version(
            lambda_.AdotLambdaLayerPythonSdkVersion.LATEST),
        exec_wrapper=lambda_.AdotLambdaExecWrapper.INSTRUMENT_HANDLER)
    lambda_.Function(
        stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", architecture=arch,
        code=lambda_.Code.from_inline("def handler(e, c): pass"),
        insights_version=lambda_.LambdaInsightsVersion.VERSION_1_0_229_0,
        params_and_secrets=lambda_.ParamsAndSecretsLayerVersion.from_version(lambda_.ParamsAndSecretsVersions.V1_0_103),
        adot_instrumentation=adot)
    cdk.CfnOutput(stack, "InsightsArn", value=lambda_.LambdaInsightsVersion.VERSION_1_0_498_0.layer_version_arn)
app.synth()
