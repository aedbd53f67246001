"""Port of aws-cdk's integ.opensearch.nodeoptions: coordinator nodes, off-peak window, auto software update."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-os-nodeoptions")

domain_props = dict(
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    ebs=opensearch.EbsOptions(volume_size=10, volume_type=ec2.EbsDeviceVolumeType.GP2),
    logging=opensearch.LoggingOptions(slow_search_log_enabled=True, app_log_enabled=True),
    node_to_node_encryption=True,
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
    advanced_options={
        "rest.action.multi.allow_explicit_index": "false",
        "indices.fielddata.cache.size": "25",
        "indices.query.bool.max_clause_count": "2048",
    },
    # test the access policies custom resource works
    access_policies=[
        iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["es:ESHttp*"],
            principals=[iam.AccountRootPrincipal()],
            resources=["*"],
        ),
    ],
    capacity=opensearch.CapacityConfig(
        multi_az_with_standby_enabled=False,
        master_nodes=3,
        data_nodes=2,
        node_options=[
            opensearch.NodeOptions(
                node_type=opensearch.NodeType.COORDINATOR,
                node_config=opensearch.NodeConfig(enabled=True, count=2, type="m5.large.search"),
            ),
        ],
    ),
    zone_awareness=opensearch.ZoneAwarenessConfig(enabled=True, availability_zone_count=2),
    off_peak_window_enabled=True,
    off_peak_window_start=opensearch.WindowStartTime(hours=20, minutes=0),
    enable_auto_software_update=True,
)

# create 2 domains to ensure that Cloudwatch Log Group policy names dont conflict
opensearch.Domain(stack, "Domain1", **domain_props)
opensearch.Domain(stack, "Domain2", **domain_props)

app.synth()
