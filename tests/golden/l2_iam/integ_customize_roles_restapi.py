"""Port of aws-cdk integ.customize-roles-restapi.ts: precreated roles for a REST API's CloudWatch role and a role
whose removal policy is set (neither is synthesized)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_apigateway import RestApi
from aws_cdk.aws_iam import Role, ServicePrincipal

app = App()
stack = Stack(app, "integ-customize-roles-restapi")
Role.customize_roles(stack, use_precreated_roles={
    "integ-customize-roles-restapi/Role": "precreated-role",
    "integ-customize-roles-restapi/RestApi/CloudWatchRole": "precreated-role-api",
})
api = RestApi(stack, "RestApi", cloud_watch_role=True)
api.root.add_method("GET")
role = Role(stack, "Role", assumed_by=ServicePrincipal("sns.amazonaws.com"))
role.apply_removal_policy(RemovalPolicy.DESTROY)
app.synth()
