"""AuthenticateCognitoAction's options, as a default action and in a listener rule, with HTTPS egress off."""

import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_actions as actions

app = cdk.App()
stack = cdk.Stack(app, "CognitoActionOptions")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc)
user_pool = cognito.UserPool.from_user_pool_id(stack, "Pool", "us-east-1_abcdef")
client = cognito.UserPoolClient.from_user_pool_client_id(stack, "Client", "client123")
domain = cognito.UserPoolDomain.from_domain_name(stack, "Domain", "auth.example.com")

listener = lb.add_listener("Listener", port=443,
                           certificates=[elbv2.ListenerCertificate.from_arn(
                               "arn:aws:acm:us-east-1:123456789012:certificate/abc")],
                           default_action=actions.AuthenticateCognitoAction(
                               user_pool=user_pool, user_pool_client=client, user_pool_domain=domain,
                               allow_https_outbound=False,
                               authentication_request_extra_params={"display": "page", "prompt": "login"},
                               on_unauthenticated_request=elbv2.UnauthenticatedAction.DENY,
                               scope="openid email", session_cookie_name="MyCookie",
                               session_timeout=cdk.Duration.hours(12),
                               next=elbv2.ListenerAction.fixed_response(200, message_body="ok")))
listener.add_action("AdminRule", priority=10, conditions=[elbv2.ListenerCondition.path_patterns(["/admin/*"])],
                    action=actions.AuthenticateCognitoAction(
                        user_pool=user_pool, user_pool_client=client, user_pool_domain=domain,
                        session_timeout=cdk.Duration.days(1),
                        on_unauthenticated_request=elbv2.UnauthenticatedAction.AUTHENTICATE,
                        next=elbv2.ListenerAction.fixed_response(403, content_type="text/plain",
                                                                 message_body="admins only")))
app.synth()
