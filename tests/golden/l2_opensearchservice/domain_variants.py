"""Domain variants: unsigned basic auth with an IAM master user and with a given password, a custom endpoint with a
new certificate and no zone, a VPC domain on the default subnets with HTTPS connections, a zero snapshot hour."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "DomainVariants")

user = iam.User(stack, "Admin")
opensearch.Domain(
    stack,
    "UnsignedArn",
    version=opensearch.EngineVersion.OPENSEARCH_2_17,
    use_unsigned_basic_auth=True,
    fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_arn=user.user_arn),
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)
given = opensearch.Domain(
    stack,
    "UnsignedPassword",
    version=opensearch.EngineVersion.OPENSEARCH_2_17,
    use_unsigned_basic_auth=True,
    fine_grained_access_control=opensearch.AdvancedSecurityOptions(
        master_user_name="root", master_user_password=cdk.SecretValue.unsafe_plain_text("not-a-secret")),
    custom_endpoint=opensearch.CustomEndpointOptions(domain_name="search.internal.example.com"),
    automated_snapshot_start_hour=0,
    tls_security_policy=opensearch.TLSSecurityPolicy.TLS_1_0,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)
given.add_access_policies()

vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
in_vpc = opensearch.Domain(
    stack,
    "InVpc",
    version=opensearch.EngineVersion.OPENSEARCH_2_17,
    vpc=vpc,
    enforce_https=True,
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True),
    capacity=opensearch.CapacityConfig(data_nodes=2),
    enable_version_upgrade=True,
    removal_policy=cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
)
in_vpc.connections.allow_default_port_from_any_ipv4()
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
in_vpc.grant_index_read("logs-*", role)

cdk.CfnOutput(stack, "Arn", value=in_vpc.domain_arn)
app.synth()
