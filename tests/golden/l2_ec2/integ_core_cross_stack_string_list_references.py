"""Port of aws-ec2 integ.core-cross-stack-string-list-references: string lists (an endpoint's DNS entries, a list
parameter, a manual export) passed to another stack."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ssm as ssm
from constructs import Construct


class ProducerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "vpc")
        self.string_list_get_att = ec2.InterfaceVpcEndpoint(
            self, "endpoint", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER
        ).vpc_endpoint_dns_entries
        self.string_list_ref = cdk.CfnParameter(self, "stringListParam", default="BLAT,BLAH", type="List<String>")
        self.manual_export = self.export_string_list_value(["string1", "string2"], name="ManualExport")


class ConsumerStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, string_list_get_att, string_list_ref, manual_string_list) -> None:
        super().__init__(scope, id)
        ssm.StringListParameter(self, "GetAtt", string_list_value=string_list_get_att)
        ssm.StringListParameter(self, "Ref", string_list_value=string_list_ref.value_as_list)
        ssm.StringListParameter(self, "Manual", string_list_value=manual_string_list)


app = cdk.App(tree_metadata=False)
producer = ProducerStack(app, "producer")
ConsumerStack(
    app,
    "consumer",
    string_list_get_att=producer.string_list_get_att,
    string_list_ref=producer.string_list_ref,
    manual_string_list=producer.manual_export,
)
app.synth()
