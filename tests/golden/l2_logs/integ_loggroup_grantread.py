"""Port of aws-cdk's integ.loggroup-grantread.ts: grant_read to a service principal (a resource policy)."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import ServicePrincipal
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-loggroup-grantreads-integ")
log_group = LogGroup(stack, "LogGroup")
log_group.grant_read(ServicePrincipal("es.amazonaws.com"))
app.synth()
