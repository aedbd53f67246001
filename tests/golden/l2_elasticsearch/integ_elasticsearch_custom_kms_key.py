"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch.custom-kms-key.ts: encryption with a customer key (the
access policy function may use it; IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_elasticsearch as es
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk.aws_ec2 import EbsDeviceVolumeType
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        key = kms.Key(self, "Key")

        es.Domain(
            self,
            "Domain",
            removal_policy=RemovalPolicy.DESTROY,
            version=es.ElasticsearchVersion.V7_1,
            ebs=es.EbsOptions(volume_size=10, volume_type=EbsDeviceVolumeType.GP2),
            logging=es.LoggingOptions(slow_search_log_enabled=True, app_log_enabled=True),
            node_to_node_encryption=True,
            encryption_at_rest=es.EncryptionAtRestOptions(enabled=True, kms_key=key),
            access_policies=[
                iam.PolicyStatement(
                    effect=iam.Effect.ALLOW,
                    actions=["es:ESHttp*"],
                    principals=[iam.AccountRootPrincipal()],
                    resources=["*"],
                )
            ],
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "cdk-integ-elasticsearch-custom-kms-key")
app.synth()
