"""Port of aws-cdk's integ.parameter-store-string: String and SecureString imports with literal and token versions.

The integ test's ``AwsApiCall`` (which creates the SecureString) and its assertions are dropped.
"""

import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm


class CreatingStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        ssm.StringParameter(self, "String", parameter_name="/My/Public/Parameter", string_value="Abc123")


class UsingStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        parameter_version = cdk.CfnParameter(self, "MyParameterVersion", type="Number", default=1).value_as_number

        string_value = ssm.StringParameter.from_string_parameter_attributes(
            self, "MyValue", parameter_name="/My/Public/Parameter"
        ).string_value
        string_value_version_from_token = ssm.StringParameter.from_string_parameter_attributes(
            self, "MyValueVersionFromToken", parameter_name="/My/Public/Parameter", version=parameter_version
        ).string_value
        secret_value = ssm.StringParameter.from_secure_string_parameter_attributes(
            self, "MySecureValue", parameter_name="/My/Secret/Parameter"
        ).string_value
        secret_value_version = ssm.StringParameter.from_secure_string_parameter_attributes(
            self, "MySecureValueVersion", parameter_name="/My/Secret/Parameter", version=1
        ).string_value
        secret_value_version_from_token = ssm.StringParameter.from_secure_string_parameter_attributes(
            self, "MySecureValueVersionFromToken", parameter_name="/My/Secret/Parameter", version=parameter_version
        ).string_value

        user = cdk.CfnResource(
            self,
            "DummyResourceUsingStringParameters",
            type="AWS::IAM::User",
            properties={
                "LoginProfile": {
                    "Password": cdk.Fn.join(
                        "-",
                        [
                            string_value,
                            string_value_version_from_token,
                            secret_value,
                            secret_value_version,
                            secret_value_version_from_token,
                        ],
                    ),
                },
            },
        )
        user.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
creating = CreatingStack(app, "sspms-creating")
using = UsingStack(app, "sspms-using")
using.add_dependency(creating)
cleanup = cdk.Stack(app, "sspms-cleanup")
cleanup.add_dependency(using)
app.synth()
