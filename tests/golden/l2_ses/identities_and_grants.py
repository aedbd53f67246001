"""Email identities: BYODKIM into a hosted zone, Easy DKIM key length, domain and address identities, imports."""

from aws_cdk import App, CfnOutput, SecretValue, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "SesIdentities")

zone = route53.PublicHostedZone(stack, "Zone", zone_name="example.com")
config_set = ses.ConfigurationSet(stack, "ConfigSet", configuration_set_name="identities")

byo = ses.EmailIdentity(
    stack,
    "Byo",
    identity=ses.Identity.public_hosted_zone(zone),
    dkim_identity=ses.DkimIdentity.byo_dkim(
        private_key=SecretValue.unsafe_plain_text("private-key"), selector="selector1", public_key="public-key"
    ),
    configuration_set=config_set,
    feedback_forwarding=False,
    mail_from_domain="bounce.example.com",
    mail_from_behavior_on_mx_failure=ses.MailFromBehaviorOnMxFailure.REJECT_MESSAGE,
)
domain = ses.EmailIdentity(
    stack,
    "Domain",
    identity=ses.Identity.domain("other.example.org"),
    dkim_identity=ses.DkimIdentity.easy_dkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    dkim_signing=False,
    mail_from_domain="mail.other.example.org",
)
address = ses.EmailIdentity(stack, "Address", identity=ses.Identity.email("someone@example.org"))

role = iam.Role(stack, "Sender", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
address.grant_send_email(role)
domain.grant(role, "ses:SendBounce")
by_name = ses.EmailIdentity.from_email_identity_name(stack, "ByName", "imported.example.net")
by_name.grant_send_email(role)

for index, record in enumerate(domain.dkim_records):
    CfnOutput(stack, f"DkimName{index}", value=record.name)
    CfnOutput(stack, f"DkimValue{index}", value=record.value)
CfnOutput(stack, "ByoArn", value=byo.email_identity_arn)
CfnOutput(stack, "ByNameArn", value=by_name.email_identity_arn)
app.synth()
