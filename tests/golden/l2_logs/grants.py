"""LogGroup grants: grant_write, grant_read and grant to a role; encryption key; imported-group grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "LogGrants")
key = kms.Key(stack, "Key")
group = logs.LogGroup(stack, "Group", encryption_key=key, log_group_name="encrypted")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
group.grant_write(role)
group.grant_read(role)
group.grant(role, "logs:PutRetentionPolicy")
imported = logs.LogGroup.from_log_group_name(stack, "Imported", "legacy")
imported.grant_write(role)
app.synth()
