"""HttpsRedirect beyond the integ tests: the certificate flag (a us-east-1 certificate stack shared by two
redirects of a us-west-2 stack), a given certificate, the zone apex as default record name, several names."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_patterns as route53_patterns

app = cdk.App(post_cli_context={"@aws-cdk/aws-route53-patters:useCertificate": True})
stack = cdk.Stack(app, "RedirectWest", cross_region_references=True,
                  env=cdk.Environment(account="111111111111", region="us-west-2"))
zone = route53.PublicHostedZone.from_hosted_zone_attributes(stack, "Zone", hosted_zone_id="Z111111",
                                                            zone_name="example.org")
route53_patterns.HttpsRedirect(stack, "Apex", zone=zone, target_domain="www.example.org")
route53_patterns.HttpsRedirect(stack, "Many", zone=zone, target_domain="www.example.org",
                               record_names=["old.example.org", "legacy.example.org"])

east = cdk.Stack(app, "RedirectEast", env=cdk.Environment(account="111111111111", region="us-east-1"))
east_zone = route53.HostedZone(east, "Zone", zone_name="example.net")
route53_patterns.HttpsRedirect(east, "OwnCert", zone=east_zone, target_domain="example.com")
certificate = acm.Certificate.from_certificate_arn(
    east, "Cert", "arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555")
route53_patterns.HttpsRedirect(east, "GivenCert", zone=east_zone, target_domain="example.com",
                               certificate=certificate, record_names=["given.example.net"])
app.synth()
