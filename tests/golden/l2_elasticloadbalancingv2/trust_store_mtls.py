"""From aws-cdk's integ.alb-mtls.ts without its hosted zone, ACM certificate and bucket deployment: a trust store
and its revocation list in a bucket, and an HTTPS listener verifying client certificates."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "alb-mtls-test-stack")
bucket = s3.Bucket(stack, "Bucket")
vpc = ec2.Vpc(stack, "Stack", restrict_default_security_group=False)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=True)
trust_store = elbv2.TrustStore(stack, "Store", bucket=bucket, key="rootCA_cert.pem")
elbv2.TrustStoreRevocation(
    stack,
    "Revocation",
    trust_store=trust_store,
    revocation_contents=[elbv2.RevocationContent(bucket=bucket, key="crl.pem")],
)
named = elbv2.TrustStore(stack, "Named", bucket=bucket, key="ca.pem", trust_store_name="my-store", version="v1")
imported = elbv2.TrustStore.from_trust_store_arn(
    stack, "Imported", "arn:aws:elasticloadbalancing:us-east-1:123456789012:truststore/imported/1234567890abcdef"
)
lb.add_listener(
    "Listener",
    port=443,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    certificates=[elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")],
    mutual_authentication=elbv2.MutualAuthentication(
        advertise_trust_store_ca_names=True,
        ignore_client_certificate_expiry=False,
        mutual_authentication_mode=elbv2.MutualAuthenticationMode.VERIFY,
        trust_store=trust_store,
    ),
    default_action=elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body="Success mTLS"),
)
cdk.CfnOutput(stack, "NamedArn", value=named.trust_store_arn)
cdk.CfnOutput(stack, "ImportedName", value=imported.trust_store_name)
app.synth()
