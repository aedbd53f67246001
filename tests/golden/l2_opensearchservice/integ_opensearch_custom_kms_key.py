"""Port of aws-cdk's integ.opensearch.custom-kms-key: encryption with a customer key plus access policies."""

import aws_cdk as cdk
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "cdk-integ-opensearch-custom-kms-key")

key = kms.Key(stack, "Key")

opensearch.Domain(
    stack,
    "Domain",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    version=opensearch.EngineVersion.ELASTICSEARCH_7_1,
    encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True, kms_key=key),
    access_policies=[
        iam.PolicyStatement(
            effect=iam.Effect.ALLOW,
            actions=["es:ESHttp*"],
            principals=[iam.AccountRootPrincipal()],
            resources=["*"],
        ),
    ],
    capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
)

app.synth()
