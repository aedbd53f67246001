"""Port of aws-cdk's integ.opensearch.advancedsecurity: fine-grained access control with an IAM master user."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-advancedsecurity")

user = iam.User(stack, "User")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    fine_grained_access_control=opensearch.AdvancedSecurityOptions(master_user_arn=user.user_arn),
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
    node_to_node_encryption=True,
    enforce_https=True,
)

app.synth()
