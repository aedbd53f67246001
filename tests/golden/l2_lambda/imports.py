"""from_function_arn / from_function_attributes / from_function_name: names, permissions, grants on imports."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "Imports", env=cdk.Environment(account="123456789012", region="us-east-1"))
same = lambda_.Function.from_function_arn(stack, "Same", "arn:aws:lambda:us-east-1:123456789012:function:same")
same.add_permission("Invoke", principal=iam.ServicePrincipal("events.amazonaws.com"))
other = lambda_.Function.from_function_arn(stack, "Other", "arn:aws:lambda:us-east-1:999999999999:function:other")
other.add_permission("Skipped", principal=iam.ServicePrincipal("events.amazonaws.com"))
role = iam.Role.from_role_arn(stack, "Role", "arn:aws:iam::123456789012:role/fn-role")
attrs = lambda_.Function.from_function_attributes(stack, "Attrs",
                                                  function_arn="arn:aws:lambda:us-east-1:123456789012:function:attrs",
                                                  role=role, same_environment=True)
caller = iam.Role(stack, "Caller", assumed_by=iam.AccountRootPrincipal())
attrs.grant_invoke(caller)
named = lambda_.Function.from_function_name(stack, "Named", "by-name")
named.grant_invoke(iam.ServicePrincipal("s3.amazonaws.com"))
cdk.CfnOutput(stack, "SameName", value=same.function_name)
cdk.CfnOutput(stack, "NamedArn", value=named.function_arn)
cdk.CfnOutput(stack, "NamedName", value=named.function_name)
app.synth()
