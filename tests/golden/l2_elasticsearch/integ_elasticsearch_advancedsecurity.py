"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch.advancedsecurity.ts: fine-grained access control with an
IAM master user."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_elasticsearch as es
from aws_cdk.aws_iam import User
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        user = User(self, "User")

        es.Domain(
            self,
            "Domain",
            removal_policy=RemovalPolicy.DESTROY,
            version=es.ElasticsearchVersion.V7_1,
            fine_grained_access_control=es.AdvancedSecurityOptions(master_user_arn=user.user_arn),
            encryption_at_rest=es.EncryptionAtRestOptions(enabled=True),
            node_to_node_encryption=True,
            enforce_https=True,
        )


app = App()
TestStack(app, "cdk-integ-elasticsearch-advancedsecurity")
app.synth()
