"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch.unsignedbasicauth.ts: unsigned basic auth (a generated
master user secret, HTTPS, encryption and an open access policy; IntegTest dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_elasticsearch as es
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        es.Domain(
            self,
            "Domain",
            removal_policy=RemovalPolicy.DESTROY,
            version=es.ElasticsearchVersion.V7_1,
            use_unsigned_basic_auth=True,
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestStack(app, "cdk-integ-elasticsearch-unsignedbasicauth")
app.synth()
