"""Port of aws-cdk integ.function-capacity-provider-all-fields.ts: a function on a capacity provider with every
option of ``add_function``."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "FunctionCapacityProviderAllFieldsStack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
capacity_provider = lambda_.CapacityProvider(stack, "CapacityProvider", subnets=vpc.private_subnets,
                                             security_groups=[security_group])
fn = lambda_.Function(stack, "Function", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
                      code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"))
capacity_provider.add_function(fn, per_execution_environment_max_concurrency=10,
                               execution_environment_memory_gib_per_v_cpu=2, publish_to_latest_published=True,
                               latest_published_scaling_config={"min_execution_environments": 1,
                                                                "max_execution_environments": 5})
app.synth()
