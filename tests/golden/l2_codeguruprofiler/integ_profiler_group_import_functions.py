"""Port of aws-cdk's integ.profiler-group-import-functions.ts: named and generated groups, imports by name and ARN."""

import aws_cdk as cdk
from aws_cdk import aws_codeguruprofiler as codeguruprofiler
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ProfilingGroupTestStack")

profiling_group1 = codeguruprofiler.ProfilingGroup(stack, "ProfilingGroupWithExplicitlySetName",
                                                   profiling_group_name="ExplicitlySetName")
profiling_group2 = codeguruprofiler.ProfilingGroup(stack, "ProfilingGroupWithImplicitlySetName")

publish_app_role = iam.Role(stack, "PublishAppRole", assumed_by=iam.AccountRootPrincipal())
profiling_group1.grant_publish(publish_app_role)
profiling_group2.grant_publish(publish_app_role)

imported_explicit = codeguruprofiler.ProfilingGroup.from_profiling_group_name(
    stack, "ImportedProfilingGroupWithExplicitlySetName", profiling_group1.profiling_group_name)
imported_implicit = codeguruprofiler.ProfilingGroup.from_profiling_group_name(
    stack, "ImportedProfilingGroupWithImplicitlySetName", profiling_group2.profiling_group_name)
imported_from_arn = codeguruprofiler.ProfilingGroup.from_profiling_group_arn(
    stack, "ImportedProfilingGroupFromArn",
    "arn:aws:codeguru-profiler:a-region-1:1234567890:profilingGroup/MyAwesomeProfilingGroup")

cdk.CfnOutput(stack, "ExplicitlySetProfilingGroupName", value=imported_explicit.profiling_group_name)
cdk.CfnOutput(stack, "ImplicitlySetProfilingGroupName", value=imported_implicit.profiling_group_name)
cdk.CfnOutput(stack, "ImportedFromArnProfilingGroupName", value=imported_from_arn.profiling_group_name)
cdk.CfnOutput(stack, "ImportedFromArnProfilingGroupArn", value=imported_from_arn.profiling_group_arn)
app.synth()
