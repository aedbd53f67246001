"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch.ts: two domains with slow-search and app logs (their log
resource policies must not clash), encryption, advanced options and an access policy custom resource."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_elasticsearch as es
from aws_cdk import aws_iam as iam
from aws_cdk.aws_ec2 import EbsDeviceVolumeType
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        domain_props = dict(
            removal_policy=RemovalPolicy.DESTROY,
            version=es.ElasticsearchVersion.V7_1,
            ebs=es.EbsOptions(volume_size=10, volume_type=EbsDeviceVolumeType.GP2),
            logging=es.LoggingOptions(slow_search_log_enabled=True, app_log_enabled=True),
            node_to_node_encryption=True,
            encryption_at_rest=es.EncryptionAtRestOptions(enabled=True),
            advanced_options={
                "rest.action.multi.allow_explicit_index": "false",
                "indices.fielddata.cache.size": "25",
                "indices.query.bool.max_clause_count": "2048",
            },
            access_policies=[
                iam.PolicyStatement(
                    effect=iam.Effect.ALLOW,
                    actions=["es:ESHttp*"],
                    principals=[iam.AccountRootPrincipal()],
                    resources=["*"],
                )
            ],
        )

        es.Domain(self, "Domain1", **domain_props)
        es.Domain(self, "Domain2", **domain_props)


app = App()
TestStack(app, "cdk-integ-elasticsearch")
app.synth()
