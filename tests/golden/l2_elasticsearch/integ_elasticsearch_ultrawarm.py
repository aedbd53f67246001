"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch.ultrawarm.ts: two dedicated masters and two UltraWarm
nodes."""

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
            capacity=es.CapacityConfig(master_nodes=2, warm_nodes=2),
        )


app = App()
TestStack(app, "cdk-integ-elasticsearch-ultrawarm")
app.synth()
