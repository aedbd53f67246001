"""Port of aws-cdk's integ.opensearch.ip-address-type: IPv4 and dual-stack domains."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-ip-address-type")

opensearch.Domain(
    stack,
    "IPv4",
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    ip_address_type=opensearch.IpAddressType.IPV4,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

opensearch.Domain(
    stack,
    "DualStack",
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    ip_address_type=opensearch.IpAddressType.DUAL_STACK,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
