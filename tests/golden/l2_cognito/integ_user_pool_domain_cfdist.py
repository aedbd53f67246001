"""Port of aws-cdk's integ.user-pool-domain-cfdist.ts: the CloudFront endpoint, attribute and custom resource."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import CognitoDomainOptions, UserPool

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "integ-user-pool-domain-cfdist")

userpool = UserPool(stack, "UserPool", removal_policy=RemovalPolicy.DESTROY)
domain = userpool.add_domain("Domain", cognito_domain=CognitoDomainOptions(domain_prefix="cdk-integ-user-pool-domain"))

CfnOutput(stack, "Domain", value=domain.domain_name)
CfnOutput(stack, "CloudFrontDomainName", value=domain.cloud_front_domain_name)
CfnOutput(stack, "CloudFrontEndpoint", value=domain.cloud_front_endpoint)

app.synth()
