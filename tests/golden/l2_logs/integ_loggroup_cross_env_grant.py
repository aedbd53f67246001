"""Port of aws-cdk's integ.loggroup-cross-env-grant.ts: a log group granted to a role in another region."""

from aws_cdk import App, Environment, PhysicalName, Stack
from aws_cdk.aws_iam import AccountRootPrincipal, Role
from aws_cdk.aws_logs import LogGroup

app = App()
account = "123456789012"
log_group_stack = Stack(app, "aws-cdk-loggroup-cross-env-grant-log-group",
                        env=Environment(account=account, region="us-east-1"))
log_group = LogGroup(log_group_stack, "LogGroup", log_group_name=PhysicalName.GENERATE_IF_NEEDED)
role_stack = Stack(app, "aws-cdk-loggroup-cross-env-grant-role", env=Environment(account=account, region="us-west-2"))
role = Role(role_stack, "Role", assumed_by=AccountRootPrincipal())
log_group.grant_write(role)
log_group.grant_read(role)
app.synth()
