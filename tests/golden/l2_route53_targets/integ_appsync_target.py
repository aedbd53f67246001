"""Port of aws-cdk's integ.appsync-target.ts: an A record aliased to a GraphQL API's custom domain (imported
certificate and hosted zone; IntegTest dropped).

The original reads the certificate ARN, domain name and hosted zone id from environment variables: fixed values
stand in. Its schema file (``aws-appsync/test/appsync.test.graphql``) is not in the source index; a small schema
written to a temporary directory stands in (the template inlines it on both sides).
"""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

schema_dir = tempfile.mkdtemp()
with open(os.path.join(schema_dir, "appsync.test.graphql"), "w", newline="") as f:
    f.write("type Test {\n  id: String!\n  version: String!\n}\ntype Query {\n  getTests: [Test]!\n}\n"
            "type Mutation {\n  addTest(version: String!): Test\n}\n")


class TestStack(Stack):
    def __init__(self, scope, id, *, certificate_arn, domain_name, hosted_zone_id):
        super().__init__(scope, id)

        certificate = acm.Certificate.from_certificate_arn(self, "cert", certificate_arn)

        api = appsync.GraphqlApi(
            self, "api",
            definition=appsync.Definition.from_file(os.path.join(schema_dir, "appsync.test.graphql")),
            domain_name=appsync.DomainOptions(certificate=certificate, domain_name=domain_name),
            name="api",
        )

        zone = route53.HostedZone.from_hosted_zone_attributes(
            self, "hosted-zone", zone_name=domain_name, hosted_zone_id=hosted_zone_id)

        route53.ARecord(self, "Alias", zone=zone, target=route53.RecordTarget.from_alias(targets.AppSyncTarget(api)))


certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
domain_name = "appsync.example.com"
hosted_zone_id = "Z0123456789ABCDEFGHIJ"

app = App()
TestStack(app, "aws-cdk-appsync-alias-integ", certificate_arn=certificate_arn, domain_name=domain_name,
          hosted_zone_id=hosted_zone_id)
app.synth()
