"""Port of aws-cdk's integ.email-identity-from-arn.ts: grant_send_email on an identity imported by ARN."""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_ses as ses
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_route53 import PublicHostedZone
from constructs import Construct

# the integ test's fixtures/send-email folder
SEND_EMAIL = tempfile.mkdtemp()
with open(os.path.join(SEND_EMAIL, "index.py"), "w") as f:
    f.write("import boto3\n\n\ndef lambda_handler(event, context):\n    return boto3.client('ses').list_identities()\n")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        hosted_zone = PublicHostedZone(self, "HostedZone", zone_name="cdk.dev")
        email_identity = ses.EmailIdentity(
            self,
            "EmailIdentity",
            identity=ses.Identity.public_hosted_zone(hosted_zone),
            mail_from_domain="mail.cdk.dev",
        )
        imported = ses.EmailIdentity.from_email_identity_arn(
            self, "ImportedEmailIdentity", email_identity.email_identity_arn
        )
        lambda_function = Function(
            self,
            "Function",
            function_name="email-sending-lambda-from-arn",
            runtime=Runtime.PYTHON_3_11,
            code=Code.from_asset(SEND_EMAIL),
            handler="index.lambda_handler",
        )
        imported.grant_send_email(lambda_function)


app = App()
TestStack(app, "cdk-ses-email-identity-from-arn-integ")
app.synth()
