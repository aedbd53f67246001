"""Port of aws-cdk's integ.asg-instance-termination-policy: a custom Lambda termination policy (the inline
handler is a fixed JavaScript string: the original inlines a compiled TypeScript function)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

HANDLER = (
    "function asgHandler(_event, _context, callback) {\n"
    "    let json = JSON.parse(JSON.stringify(_event));\n"
    "    let instanceIds = [];\n"
    "    json.Instances.forEach((instance) => {\n"
    "        instanceIds.push(instance.InstanceId);\n"
    "    });\n"
    "    const result = { 'InstanceIDs': instanceIds };\n"
    "    return callback(undefined, result);\n"
    "}"
)

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-autoscaling-instance-termination-policy")
vpc = ec2.Vpc(stack, "VPC", nat_gateways=0, max_azs=2, restrict_default_security_group=False)
lambda_fn = lambda_.Function(
    stack, "MyFunction", code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"), handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
lambda_fn.add_permission(
    "AllowInvokeByAutoScaling", action="lambda:InvokeFunction",
    principal=iam.ArnPrincipal(
        f"arn:{stack.partition}:iam::{stack.account}:role/aws-service-role/autoscaling.amazonaws.com/"
        "AWSServiceRoleForAutoScaling"
    ),
)
asg = autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"), machine_image=ec2.AmazonLinuxImage(),
    termination_policies=[
        autoscaling.TerminationPolicy.CUSTOM_LAMBDA_FUNCTION,
        autoscaling.TerminationPolicy.OLDEST_INSTANCE,
    ],
    termination_policy_custom_lambda_function_arn=lambda_fn.function_arn,
)
asg.node.add_dependency(lambda_fn)
asg.node.add_dependency(vpc)
app.synth()
