"""Port of aws-cdk's integ.opensearch.software-update-options: auto software update and blue/green software."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-software-update-options")

opensearch.Domain(
    stack,
    "Domain",
    version=opensearch.EngineVersion.OPENSEARCH_2_17,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    enable_auto_software_update=True,
    use_latest_service_software_for_blue_green=True,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
