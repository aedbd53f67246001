"""Port of aws-cdk integ.aws-custom-resource-ssm.ts: a parameter read in another stack with its response data
hidden from the logs (``Logging.with_data_hidden``). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk.aws_ssm import StringParameter
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, AwsSdkCall, Logging, PhysicalResourceId
from constructs import Construct

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})


class CreateParameterStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        parameter = StringParameter(self, "Secret", parameter_name="Password", string_value="ThisIsMyPassword")
        self.parameter_name = parameter.parameter_name


class GetParameterStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, parameter_name: str) -> None:
        super().__init__(scope, id)
        get_secret = AwsCustomResource(
            self,
            "GetSecret",
            on_update=AwsSdkCall(
                service="SSM",
                action="GetParameter",
                parameters={"Name": parameter_name, "WithDecryption": True},
                physical_resource_id=PhysicalResourceId.of(parameter_name),
                logging=Logging.with_data_hidden(),
            ),
            policy=AwsCustomResourcePolicy.from_sdk_calls(resources=AwsCustomResourcePolicy.ANY_RESOURCE),
        )
        cdk.CfnOutput(self, "RevealSecret", value=get_secret.get_response_field("Parameter.Value"))


create_parameter_stack = CreateParameterStack(app, "CreateParameterStack")
get_parameter_stack = GetParameterStack(
    app, "GetParameterStack", parameter_name=create_parameter_stack.parameter_name
)
get_parameter_stack.add_dependency(create_parameter_stack)
app.synth()
