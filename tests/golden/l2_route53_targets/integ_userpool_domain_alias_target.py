"""Port of aws-cdk's aws-route53-targets integ.userpool-domain-alias-target.ts: a record aliased to a Cognito
domain's CloudFront endpoint."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "userpool-domain-alias-target")
zone = route53.PublicHostedZone(stack, "HostedZone", zone_name="test.public")
user_pool = cognito.UserPool(stack, "UserPool")
domain = cognito.UserPoolDomain(stack, "UserPoolDomain", user_pool=user_pool,
                                cognito_domain=cognito.CognitoDomainOptions(domain_prefix="domain-prefix"))
route53.ARecord(zone, "Alias", zone=zone, target=route53.RecordTarget.from_alias(targets.UserPoolDomainTarget(domain)))
app.synth()
