"""Domain options beyond the integ tests: VPC placement with given groups, internal master user, audit logs, custom
endpoints, a cross-region key, update policy, grants, metrics, imports and access policies added later."""

import aws_cdk as cdk
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_route53 as route53

app = cdk.App()
stack = cdk.Stack(app, "DomainFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))

vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1)
group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
zone = route53.HostedZone(stack, "Zone", zone_name="example.com")
audit = logs.LogGroup(stack, "Audit")
foreign_key = kms.Key.from_key_arn(
    stack, "ForeignKey", "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555")

domain = opensearch.Domain(
    stack,
    "Search",
    version=opensearch.EngineVersion.OPENSEARCH_2_19,
    domain_name="search-domain",
    vpc=vpc,
    vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
    security_groups=[group],
    zone_awareness=opensearch.ZoneAwarenessConfig(availability_zone_count=3),
    capacity=opensearch.CapacityConfig(
        data_nodes=3,
        data_node_instance_type="R6G.LARGE.SEARCH",
        master_nodes=3,
        master_node_instance_type="m6g.large.search",
        warm_nodes=2,
        warm_instance_type="ultrawarm1.large.search",
        multi_az_with_standby_enabled=False,
    ),
    ebs=opensearch.EbsOptions(volume_size=100, volume_type=ec2.EbsDeviceVolumeType.IO1, iops=3000),
    encryption_at_rest=opensearch.EncryptionAtRestOptions(kms_key=foreign_key),
    node_to_node_encryption=True,
    enforce_https=True,
    tls_security_policy=opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
    fine_grained_access_control=opensearch.AdvancedSecurityOptions(
        master_user_name="master",
        saml_authentication_options=opensearch.SAMLOptionsProperty(
            idp_entity_id="https://idp.example.com",
            idp_metadata_content="<xml/>",
            roles_key="groups",
            subject_key="email",
            session_timeout_minutes=120,
        ),
    ),
    logging=opensearch.LoggingOptions(
        audit_log_enabled=True,
        audit_log_group=audit,
        slow_index_log_enabled=True,
        app_log_enabled=False,
    ),
    custom_endpoint=opensearch.CustomEndpointOptions(domain_name="search.example.com", hosted_zone=zone),
    automated_snapshot_start_hour=3,
    enable_version_upgrade=True,
    off_peak_window_enabled=True,
    use_latest_service_software_for_blue_green=False,
    ip_address_type=opensearch.IpAddressType.DUAL_STACK,
    removal_policy=cdk.RemovalPolicy.RETAIN,
)
domain.connections.allow_default_port_from(ec2.Peer.ipv4("10.0.0.0/8"))
domain.add_access_policies(iam.PolicyStatement(
    actions=["es:ESHttpGet"], principals=[iam.AccountRootPrincipal()], resources=[f"{domain.domain_arn}/*"]))
domain.add_access_policies(iam.PolicyStatement(
    actions=["es:ESHttpPut"], principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/writer")],
    resources=[f"{domain.domain_arn}/logs/*"]))

role = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
domain.grant_read(role)
domain.grant_index_write("orders", role)
domain.grant_path_read_write("_bulk", role)
domain.grants.actions(role, ["es:DescribeDomain"])

imported = opensearch.Domain.from_domain_endpoint(
    stack, "ByEndpoint", "https://search-legacy-abc123def.us-east-1.es.amazonaws.com")
imported.grant_write(role)
imported.grant_index_read_write("books", role)
by_attrs = opensearch.Domain.from_domain_attributes(
    stack, "ByAttributes",
    domain_arn="arn:aws:es:us-east-1:123456789012:domain/other-domain",
    domain_endpoint="search-other-domain-xyz.us-east-1.es.amazonaws.com",
)
by_attrs.grant_path_read("_search", role)
by_attrs.grant_index_read("idx", role)
by_attrs.grant_path_write("p", role)
by_attrs.grant_read_write(role)

cert = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/abcd")
small = opensearch.Domain(
    stack,
    "Small",
    version=opensearch.EngineVersion.elasticsearch("7.10"),
    capacity=opensearch.CapacityConfig(data_node_instance_type="t3.small.search", multi_az_with_standby_enabled=False),
    ebs=opensearch.EbsOptions(volume_type=ec2.EbsDeviceVolumeType.GP3, volume_size=20, iops=3000, throughput=250),
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True, kms_key=kms.Key(stack, "LocalKey")),
    custom_endpoint=opensearch.CustomEndpointOptions(domain_name="small.example.com", certificate=cert),
    off_peak_window_start=opensearch.WindowStartTime(hours=1, minutes=30),
    advanced_options={"override_main_response_version": "true"},
)

metrics = [
    small.metric("Custom", statistic="Sum", period=cdk.Duration.minutes(10)),
    small.metric_cluster_status_red(),
    small.metric_cluster_status_yellow(),
    small.metric_free_storage_space(),
    small.metric_cluster_index_writes_blocked(),
    small.metric_nodes(),
    small.metric_automated_snapshot_failure(),
    small.metric_cpu_utilization(),
    small.metric_jvm_memory_pressure(),
    small.metric_master_cpu_utilization(),
    small.metric_master_jvm_memory_pressure(),
    small.metric_kms_key_error(),
    small.metric_kms_key_inaccessible(),
    small.metric_searchable_documents(),
    small.metric_search_latency(),
    small.metric_indexing_latency(label="indexing"),
    imported.metric_cpu_utilization(),
]
for i, metric in enumerate(metrics):
    cloudwatch.Alarm(stack, f"Alarm{i}", metric=metric, threshold=1, evaluation_periods=1)

cdk.CfnOutput(stack, "DomainId", value=domain.domain_id)
cdk.CfnOutput(stack, "Endpoint", value=domain.domain_endpoint)
cdk.CfnOutput(stack, "Name", value=domain.domain_name)
cdk.CfnOutput(stack, "AuditGroup", value=domain.audit_log_group.log_group_arn)
cdk.CfnOutput(stack, "SlowIndexGroup", value=domain.slow_index_log_group.log_group_arn)
cdk.CfnOutput(stack, "NoGroups", value=str(domain.app_log_group is None and domain.slow_search_log_group is None))
cdk.CfnOutput(stack, "Password", value=domain.master_user_password.unsafe_unwrap())
cdk.CfnOutput(stack, "ImportedName", value=imported.domain_name + "/" + imported.domain_id)
cdk.CfnOutput(stack, "ImportedEndpoint", value=imported.domain_endpoint)
cdk.CfnOutput(stack, "AttrsName", value=by_attrs.domain_name + "/" + by_attrs.domain_endpoint)

app.synth()
