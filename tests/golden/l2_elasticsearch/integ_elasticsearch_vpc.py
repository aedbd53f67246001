"""Port of aws-cdk's aws-elasticsearch integ.elasticsearch-vpc.ts: a zone-aware domain with two data nodes in a VPC,
after the service-linked role (IntegTest dropped)."""

from aws_cdk import App, CfnResource, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticsearch as es
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

        service_linked_role = CfnResource(
            self,
            "ServiceLinkedRole",
            type="AWS::IAM::ServiceLinkedRole",
            properties={"AWSServiceName": "es.amazonaws.com", "Description": "Role for ElasticSearch VPC Test"},
        )

        vpc = ec2.Vpc(self, "Vpc")
        domain = es.Domain(
            self,
            "Domain",
            version=es.ElasticsearchVersion.V7_1,
            removal_policy=RemovalPolicy.DESTROY,
            vpc=vpc,
            zone_awareness=es.ZoneAwarenessConfig(enabled=True),
            capacity=es.CapacityConfig(data_nodes=2),
        )
        domain.node.add_dependency(service_linked_role)


app = App()
TestStack(app, "cdk-integ-elasticsearch-vpc")
app.synth()
