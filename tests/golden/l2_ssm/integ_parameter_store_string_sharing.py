"""Port of aws-cdk's integ.parameter-store-string-sharing: an advanced-tier parameter shared through RAM and read
by ARN from another account.

The accepting stack's ``AwsApiCall`` constructs (integ-tests-alpha) are dropped, leaving it empty; the accounts are
the integ test's defaults.
"""

import aws_cdk as cdk
from aws_cdk import aws_ram as ram
from aws_cdk import aws_ssm as ssm

parameter_name = "/My/Public/Parameter"


class ProducingStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str, *, sharing_to_account: str, parameter_name: str, env: cdk.Environment) -> None:
        super().__init__(scope, id, env=env)
        public_parameter = ssm.StringParameter(
            self, "String", parameter_name=parameter_name, string_value="Abc123", tier=ssm.ParameterTier.ADVANCED
        )
        self.parameter_arn = public_parameter.parameter_arn
        share = ram.CfnResourceShare(
            self,
            "ParamShare",
            name="ParamShare",
            allow_external_principals=True,
            principals=[sharing_to_account],
            resource_arns=[self.parameter_arn],
            permission_arns=["arn:aws:ram::aws:permission/AWSRAMDefaultPermissionSSMParameterReadOnly"],
        )
        self.resource_share_arn = share.attr_arn
        cdk.CfnOutput(self, "ResourceShareArn", value=self.resource_share_arn)
        cdk.CfnOutput(self, "ParameterArn", value=self.parameter_arn)
        share.node.add_dependency(public_parameter)


class AcceptingStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str, *, env: cdk.Environment) -> None:
        super().__init__(scope, id, env=env)


class ConsumingStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str, *, parameter_arn: str, env: cdk.Environment) -> None:
        super().__init__(scope, id, env=env)
        remote_param = ssm.StringParameter.from_string_parameter_arn(self, "RemoteParam", parameter_arn)
        cdk.CfnOutput(self, "RemoteParameterValueOutput", value=remote_param.string_value)


app = cdk.App()
account = "123456789012"
cross_account = "234567890123"

producing = ProducingStack(
    app,
    "integ-ssmps-sharing-producing",
    env=cdk.Environment(account=account, region="us-east-1"),
    sharing_to_account=cross_account,
    parameter_name=parameter_name,
)
accepting = AcceptingStack(app, "integ-ssmps-sharing-accepting", env=cdk.Environment(account=cross_account, region="us-east-1"))
consuming = ConsumingStack(
    app,
    "integ-ssmps-sharing-consuming",
    env=cdk.Environment(account=cross_account, region="us-east-1"),
    parameter_arn=f"arn:aws:ssm:us-east-1:{account}:parameter{parameter_name}",
)
accepting.add_dependency(producing)
consuming.add_dependency(accepting)
app.synth()
