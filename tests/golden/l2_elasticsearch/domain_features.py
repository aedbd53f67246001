"""Every aws_elasticsearch class and member beyond the integ ports: a named VPC domain over three zones with given
subnets and security group, dedicated masters and data node types, provisioned-IOPS EBS, an internal master user,
Cognito for Kibana, every log (given and new groups), a custom endpoint with a new DNS-validated certificate and
its CNAME, snapshots, version upgrades, TLS 1.2, access policies added later, every grant and metric, imports."""

from aws_cdk import CfnOutput, Duration, Environment, RemovalPolicy, SecretValue, Stack, App
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticsearch as es
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_route53 as route53

app = App()
stack = Stack(app, "EsFeatures", env=Environment(account="123456789012", region="eu-west-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=3, nat_gateways=1)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
zone = route53.HostedZone(stack, "Zone", zone_name="example.com")
audit_group = logs.LogGroup(stack, "AuditGroup")
cognito_role = iam.Role(stack, "CognitoRole", assumed_by=iam.ServicePrincipal("es.amazonaws.com"))

domain = es.Domain(
    stack,
    "Domain",
    version=es.ElasticsearchVersion.of("7.10"),
    domain_name="features-domain",
    vpc=vpc,
    vpc_subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
    security_groups=[sg],
    zone_awareness=es.ZoneAwarenessConfig(availability_zone_count=3),
    capacity=es.CapacityConfig(
        master_nodes=3,
        master_node_instance_type="C5.Large.Elasticsearch",
        data_nodes=3,
        data_node_instance_type="r5.xlarge.elasticsearch",
        warm_nodes=2,
        warm_instance_type="ultrawarm1.large.elasticsearch",
    ),
    ebs=es.EbsOptions(volume_size=100, volume_type=ec2.EbsDeviceVolumeType.IO1, iops=3000),
    fine_grained_access_control=es.AdvancedSecurityOptions(
        master_user_name="admin", master_user_password=SecretValue.unsafe_plain_text("Passw0rd!Passw0rd")
    ),
    encryption_at_rest=es.EncryptionAtRestOptions(enabled=True),
    node_to_node_encryption=True,
    enforce_https=True,
    tls_security_policy=es.TLSSecurityPolicy.TLS_1_2,
    cognito_kibana_auth=es.CognitoOptions(
        identity_pool_id="eu-west-1:11111111-2222-3333-4444-555555555555", role=cognito_role,
        user_pool_id="eu-west-1_abcdefghi",
    ),
    logging=es.LoggingOptions(
        slow_search_log_enabled=True,
        slow_index_log_enabled=True,
        app_log_enabled=True,
        audit_log_enabled=True,
        audit_log_group=audit_group,
    ),
    custom_endpoint=es.CustomEndpointOptions(domain_name="search.example.com", hosted_zone=zone),
    automated_snapshot_start_hour=3,
    enable_version_upgrade=True,
    removal_policy=RemovalPolicy.DESTROY,
)
domain.add_access_policies(
    iam.PolicyStatement(actions=["es:ESHttpGet"], principals=[iam.AccountRootPrincipal()], resources=["*"])
)
domain.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/8"), ec2.Port.tcp(443))

user = iam.User(stack, "User")
domain.grant_read(user)
domain.grant_write(user)
domain.grant_read_write(user)
domain.grant_index_read("idx", user)
domain.grant_index_write("idx", user)
domain.grant_index_read_write("idx", user)
domain.grant_path_read("p", user)
domain.grant_path_write("p", user)
domain.grant_path_read_write("p", user)

imported = es.Domain.from_domain_endpoint(
    stack, "FromEndpoint", "https://search-imported-abcdefghijklmnop.eu-west-1.es.amazonaws.com"
)
by_attrs = es.Domain.from_domain_attributes(
    stack,
    "FromAttributes",
    domain_arn="arn:aws:es:eu-west-1:123456789012:domain/other",
    domain_endpoint="search-other-123.eu-west-1.es.amazonaws.com",
)
imported.grant_read(user)
by_attrs.grant_path_read_write("x", user)

metrics = [
    domain.metric("Custom", period=Duration.minutes(10)),
    domain.metric_cluster_status_red(),
    domain.metric_cluster_status_yellow(),
    domain.metric_free_storage_space(),
    domain.metric_cluster_index_writes_blocked(),
    domain.metric_nodes(),
    domain.metric_automated_snapshot_failure(),
    domain.metric_cpu_utilization(),
    domain.metric_jvm_memory_pressure(),
    domain.metric_master_cpu_utilization(),
    domain.metric_master_jvm_memory_pressure(),
    domain.metric_kms_key_error(),
    domain.metric_kms_key_inaccessible(),
    domain.metric_searchable_documents(),
    domain.metric_search_latency(),
    domain.metric_indexing_latency(),
    by_attrs.metric_nodes(),
]
for i, metric in enumerate(metrics):
    metric.create_alarm(stack, f"Alarm{i}", threshold=1, evaluation_periods=1)

CfnOutput(stack, "Endpoint", value=domain.domain_endpoint)
CfnOutput(stack, "Arn", value=domain.domain_arn)
CfnOutput(stack, "Name", value=domain.domain_name)
CfnOutput(stack, "ImportedName", value=imported.domain_name)
CfnOutput(stack, "ImportedEndpoint", value=by_attrs.domain_endpoint)
CfnOutput(stack, "AppLogs", value=domain.app_log_group.log_group_name)
CfnOutput(stack, "SlowSearchLogs", value=domain.slow_search_log_group.log_group_name)
CfnOutput(stack, "SlowIndexLogs", value=domain.slow_index_log_group.log_group_name)
CfnOutput(stack, "AuditLogs", value=domain.audit_log_group.log_group_name)

plain = Stack(app, "EsPlain")
es.Domain(
    plain,
    "Domain",
    version=es.ElasticsearchVersion.V6_8,
    capacity=es.CapacityConfig(data_node_instance_type="i3.large.elasticsearch", master_nodes=0),
    ebs=es.EbsOptions(enabled=False),
)
es.Domain(plain, "Old", version=es.ElasticsearchVersion.V2_3,
          capacity=es.CapacityConfig(data_node_instance_type="t2.micro.elasticsearch",
                                     master_node_instance_type="t2.micro.elasticsearch"))
app.synth()
