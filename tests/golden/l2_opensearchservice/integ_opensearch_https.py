"""Port of aws-cdk's integ.opensearch.https: a domain enforcing HTTPS."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-https")

opensearch.Domain(
    stack,
    "domain",
    version=opensearch.EngineVersion.OPENSEARCH_2_17,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
    enforce_https=True,
)

app.synth()
