"""Route 53 features beyond the integ tests: every record type (AAAA, SRV, MX, NS, DS, CAA, SVCB, HTTPS values and
alias), geolocation routing, an alias TTL warning, zone options (comment, query logs, no trailing dot, CAA for
Amazon, the deprecated cross-account delegation role), a zone with VPCs, key signing keys, imports and lookups."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App(context={
    "hosted-zone:account=123456789012:domainName=looked.up.com:region=us-east-1":
        {"Id": "/hostedzone/ZLOOKEDUP", "Name": "looked.up.com."},
})
stack = cdk.Stack(app, "RecordFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))
zone = route53.PublicHostedZone(
    stack, "Zone", zone_name="example.com", comment="the zone", caa_amazon=True,
    query_logs_log_group_arn="arn:aws:logs:us-east-1:123456789012:log-group:/aws/route53/example.com",
    cross_account_zone_delegation_principal=iam.AccountPrincipal("234567890123"),
    cross_account_zone_delegation_role_name="DelegationRole",
)
route53.PublicHostedZone(stack, "NoDot", zone_name="nodot.example.com", add_trailing_dot=False)
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0, restrict_default_security_group=False)
private = route53.HostedZone(stack, "Private", zone_name="internal.example", vpcs=[vpc])
other_vpc = ec2.Vpc.from_vpc_attributes(stack, "OtherVpc", vpc_id="vpc-0123456789abcdef0", availability_zones=["eu-west-1a"],
                                        region="eu-west-1")
private.add_vpc(other_vpc)

route53.AaaaRecord(stack, "Aaaa", zone=zone, record_name="v6", target=route53.RecordTarget.from_ip_addresses("::1"))
route53.SrvRecord(stack, "Srv", zone=zone, record_name="_sip._tcp", values=[
    route53.SrvRecordValue(host_name="sip.example.com", port=5060, priority=10, weight=5)])
route53.MxRecord(stack, "Mx", zone=zone, values=[route53.MxRecordValue(host_name="mail.example.com", priority=10),
                                                 route53.MxRecordValue(host_name="mail2.example.com", priority=20)],
                 ttl=cdk.Duration.hours(1), comment="mail")
route53.NsRecord(stack, "Ns", zone=zone, record_name="delegated", values=["ns-1.awsdns.com.", "ns-2.awsdns.org."])
route53.DsRecord(stack, "Ds", zone=zone, record_name="delegated",
                 values=["12345 3 1 123456789abcdef67890123456789abcdef67890"])
route53.CaaRecord(stack, "Caa", zone=zone, record_name="www", values=[
    route53.CaaRecordValue(flag=0, tag=route53.CaaTag.ISSUE, value="letsencrypt.org"),
    route53.CaaRecordValue(flag=0, tag=route53.CaaTag.IODEF, value="mailto:security@example.com")])
route53.SvcbRecord(stack, "SvcbAlias", zone=zone, record_name="_svc",
                   values=[route53.SvcbRecordValue.alias("svc.example.com")])
route53.SvcbRecord(stack, "SvcbService", zone=zone, record_name="_svc2", values=[route53.SvcbRecordValue.service(
    alpn=[route53.Alpn.H2, route53.Alpn.of("custom")], ipv4hint=["1.2.3.4"], ipv6hint=["::1"],
    mandatory=["alpn"], no_default_alpn=True, port=8443, priority=2, target_name="target.example.com")])
route53.HttpsRecord(stack, "Https", zone=zone, record_name="app", values=[
    route53.HttpsRecordValue.service(alpn=[route53.Alpn.H3, route53.Alpn.HTTP1_1]),
    route53.HttpsRecordValue.alias("cdn.example.com")])
www = route53.ARecord(stack, "Www", zone=zone, record_name="www", target=route53.RecordTarget.from_values("1.2.3.4"))
route53.HttpsRecord(stack, "HttpsAlias", zone=zone, record_name="alias", ttl=cdk.Duration.minutes(5),
                    target=route53.RecordTarget.from_alias(targets.Route53RecordTarget(www)))
for code, geo in (("eu", route53.GeoLocation.continent(route53.Continent.EUROPE)),
                  ("fr", route53.GeoLocation.country("FR")),
                  ("wa", route53.GeoLocation.subdivision("WA")),
                  ("ua", route53.GeoLocation.subdivision("30", "UA")),
                  ("default", route53.GeoLocation.default())):
    route53.ARecord(stack, f"Geo{code}", zone=zone, record_name="geo", geo_location=geo,
                    target=route53.RecordTarget.from_ip_addresses("10.0.0.1"))
route53.CnameRecord(stack, "Cname", zone=zone, record_name="docs.example.com.", domain_name="docs.host.com",
                    ttl=cdk.Duration.seconds(90))
route53.RecordSet(stack, "Spf", zone=zone, record_type=route53.RecordType.SPF,
                  target=route53.RecordTarget.from_values('"v=spf1 -all"'))

key = kms.Key(stack, "Key", key_spec=kms.KeySpec.ECC_NIST_P256, key_usage=kms.KeyUsage.SIGN_VERIFY)
ksk = route53.KeySigningKey(stack, "Ksk", hosted_zone=zone, kms_key=key, key_signing_key_name="my_ksk",
                            status=route53.KeySigningKeyStatus.INACTIVE)
imported_ksk = route53.KeySigningKey.from_key_signing_key_attributes(stack, "ImportedKsk", hosted_zone=zone,
                                                                     key_signing_key_name="other")
cdk.CfnOutput(stack, "KskId", value=ksk.key_signing_key_id)
cdk.CfnOutput(stack, "ImportedKskId", value=imported_ksk.key_signing_key_id)

looked_up = route53.HostedZone.from_lookup(stack, "LookedUp", domain_name="looked.up.com")
missing = route53.HostedZone.from_lookup(stack, "Missing", domain_name="missing.com", private_zone=True,
                                         vpc_id="vpc-1")
route53.ARecord(stack, "InLookedUp", zone=looked_up, target=route53.RecordTarget.from_ip_addresses("1.1.1.1"))
route53.ARecord(stack, "InMissing", zone=missing, record_name="x",
                target=route53.RecordTarget.from_ip_addresses("1.1.1.1"))
imported = route53.HostedZone.from_hosted_zone_id(stack, "ById", "Z111")
check = route53.HealthCheck.from_health_check_id(stack, "ImportedCheck", "hc-123")
route53.ARecord(stack, "WithImportedCheck", zone=imported, record_name="checked.example.org.", weight=10,
                health_check=check, target=route53.RecordTarget.from_ip_addresses("1.1.1.1"))
role = iam.Role(stack, "Delegate", assumed_by=iam.AccountRootPrincipal())
imported.grant_delegation(role)
cdk.CfnOutput(stack, "ZoneArn", value=zone.hosted_zone_arn)
cdk.CfnOutput(stack, "NameServers", value=cdk.Fn.join(",", zone.hosted_zone_name_servers))
cdk.CfnOutput(stack, "RoleArn", value=zone.cross_account_zone_delegation_role.role_arn)
app.synth()
