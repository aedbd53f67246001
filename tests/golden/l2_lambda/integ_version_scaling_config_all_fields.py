"""Port of aws-cdk integ.version-scaling-config-all-fields.ts: the current version of a function on a capacity
provider, with execution environment limits."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "VersionScalingConfigAllFieldsStack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
capacity_provider = lambda_.CapacityProvider(stack, "CapacityProvider", subnets=vpc.private_subnets,
                                             security_groups=[security_group])
fn = lambda_.Function(stack, "Function", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
                      current_version_options={"min_execution_environments": 1, "max_execution_environments": 5})
capacity_provider.add_function(fn)
_ = fn.current_version  # reading it creates the Version with its scaling config
app.synth()
