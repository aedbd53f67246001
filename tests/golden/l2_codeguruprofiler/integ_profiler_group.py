"""Port of aws-cdk's integ.profiler-group.ts: a profiling group with publish and read grants."""

import aws_cdk as cdk
from aws_cdk import aws_codeguruprofiler as codeguruprofiler
from aws_cdk import aws_iam as iam


class ProfilerGroupIntegrationTest(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        profiling_group = codeguruprofiler.ProfilingGroup(self, "MyProfilingGroup")
        publish_app_role = iam.Role(self, "PublishAppRole", assumed_by=iam.AccountRootPrincipal())
        profiling_group.grant_publish(publish_app_role)
        read_app_role = iam.Role(self, "ReadAppRole", assumed_by=iam.AccountRootPrincipal())
        profiling_group.grant_read(read_app_role)


app = cdk.App()
ProfilerGroupIntegrationTest(app, "ProfilerGroupIntegrationTest")
app.synth()
