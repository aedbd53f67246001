"""Roles trusted by service principals: short names, .cn suffix, regional opt-in, static names, conditions."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ServicePrincipals")
iam.Role(stack, "Lambda", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
iam.Role(stack, "Short", assumed_by=iam.ServicePrincipal("ec2"))
iam.Role(stack, "China", assumed_by=iam.ServicePrincipal("states.amazonaws.com.cn"))
iam.Role(stack, "Regional", assumed_by=iam.ServicePrincipal("states.amazonaws.com", region="af-south-1"))
iam.Role(stack, "NotOptIn", assumed_by=iam.ServicePrincipal("states.amazonaws.com", region="eu-west-1"))
iam.Role(stack, "Static", assumed_by=iam.ServicePrincipal.from_static_service_principle_name("logs.amazonaws.com.cn"))
iam.Role(
    stack,
    "WithConditions",
    assumed_by=iam.ServicePrincipal(
        "events.amazonaws.com", conditions={"StringEquals": {"aws:SourceAccount": stack.account}}
    ),
)
iam.Role(stack, "Dotted", assumed_by=iam.ServicePrincipal("custom.service.example.com"))
app.synth()
