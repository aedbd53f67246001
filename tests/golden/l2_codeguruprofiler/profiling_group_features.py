"""ProfilingGroup beyond the integ tests: compute platforms, grants on imports and L1s, refs, cross-stack names."""

import aws_cdk as cdk
from aws_cdk import aws_codeguruprofiler as codeguruprofiler
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ProfilingFeatures", env=cdk.Environment(account="111111111111", region="eu-west-1"))

lambda_group = codeguruprofiler.ProfilingGroup(stack, "LambdaGroup",
                                               compute_platform=codeguruprofiler.ComputePlatform.AWS_LAMBDA)
default_group = codeguruprofiler.ProfilingGroup(stack, "DefaultGroup",
                                                compute_platform=codeguruprofiler.ComputePlatform.DEFAULT,
                                                profiling_group_name="my-default-group")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
lambda_group.grants.actions(role, ["codeguru-profiler:ListProfileTimes"])
default_group.grants.read(role)
default_group.grants.actions(role, ["codeguru-profiler:GetRecommendations"],
                             resource_arns=["arn:aws:codeguru-profiler:eu-west-1:111111111111:profilingGroup/*"])

imported = codeguruprofiler.ProfilingGroup.from_profiling_group_arn(
    stack, "Imported", "arn:aws:codeguru-profiler:us-east-2:222222222222:profilingGroup/Other")
imported.grant_publish(role)
imported.grant_read(role)
by_name = codeguruprofiler.ProfilingGroup.from_profiling_group_name(stack, "ByName", "by-name")
by_name.grant_publish(role)

cfn_group = codeguruprofiler.CfnProfilingGroup(stack, "L1Group", profiling_group_name="l1-group")
codeguruprofiler.ProfilingGroupGrants.from_profiling_group(cfn_group).publish(role)

ref = lambda_group.profiling_group_ref
cdk.CfnOutput(stack, "RefArn", value=ref.profiling_group_arn)
cdk.CfnOutput(stack, "RefName", value=ref.profiling_group_name)
cdk.CfnOutput(stack, "ImportedRegion", value=imported.env.region)
cdk.CfnOutput(stack, "ImportedAccount", value=imported.env.account)

consumer = cdk.Stack(app, "ProfilingConsumer", env=cdk.Environment(account="111111111111", region="eu-west-1"))
lambda_group.grant_read(iam.Role(consumer, "ConsumerRole", assumed_by=iam.AccountRootPrincipal()))
cdk.CfnOutput(consumer, "GroupName", value=lambda_group.profiling_group_name)
cdk.CfnOutput(consumer, "GroupArn", value=default_group.profiling_group_arn)
app.synth()
