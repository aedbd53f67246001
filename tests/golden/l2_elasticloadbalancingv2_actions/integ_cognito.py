"""Port of aws-cdk's integ.cognito.ts: an HTTPS listener that authenticates with a Cognito user pool."""

import os

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_actions as actions


class CognitoStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "Stack", max_azs=2)
        # the TypeScript passes an object literal { certificateArn }: the same ARN through ListenerCertificate
        certificate = elbv2.ListenerCertificate.from_arn(os.environ.get("SELF_SIGNED_CERT_ARN") or "")
        lb = elbv2.ApplicationLoadBalancer(self, "LB", vpc=vpc, internet_facing=True)
        user_pool = cognito.UserPool(self, "UserPool")
        user_pool_client = cognito.UserPoolClient(
            self, "Client", user_pool=user_pool, generate_secret=True,
            auth_flows=cognito.AuthFlow(user_password=True),
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True), scopes=[cognito.OAuthScope.EMAIL],
                callback_urls=[f"https://{lb.load_balancer_dns_name}/oauth2/idpresponse"]))
        cfn_client = user_pool_client.node.default_child
        cfn_client.add_property_override("RefreshTokenValidity", 1)
        cfn_client.add_property_override("SupportedIdentityProviders", ["COGNITO"])
        user_pool_domain = cognito.UserPoolDomain(self, "Domain", user_pool=user_pool,
                                                  cognito_domain=cognito.CognitoDomainOptions(
                                                      domain_prefix="test-cdk-prefix"))
        lb.add_listener("Listener", port=443, certificates=[certificate],
                        default_action=actions.AuthenticateCognitoAction(
                            user_pool=user_pool, user_pool_client=user_pool_client, user_pool_domain=user_pool_domain,
                            next=elbv2.ListenerAction.fixed_response(200, content_type="text/plain",
                                                                     message_body="Authenticated")))
        cdk.CfnOutput(self, "DNS", value=lb.load_balancer_dns_name)


app = cdk.App()
CognitoStack(app, "integ-cognito")
app.synth()
