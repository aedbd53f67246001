"""LogGroup grants to another account and a service go to a logs ResourcePolicy (JSON policy document)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "LogResourcePolicy")
group = logs.LogGroup(stack, "Group")
group.grant_write(iam.AccountPrincipal("222222222222"))
group.grant_write(iam.ServicePrincipal("es.amazonaws.com"))
group.add_to_resource_policy(iam.PolicyStatement(actions=["logs:PutLogEvents"], resources=["*"],
                                                 principals=[iam.ArnPrincipal("arn:aws:iam::333333333333:role/x")]))
logs.ResourcePolicy(stack, "Named", resource_policy_name="named-policy", policy_statements=[
    iam.PolicyStatement(actions=["logs:CreateLogStream"], resources=[group.log_group_arn],
                        principals=[iam.ServicePrincipal("delivery.logs.amazonaws.com")])])
app.synth()
