"""Port of aws-cdk's integ.managed-policy.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_iam import AccountRootPrincipal, Grant, ManagedPolicy, PolicyStatement, Role, User

app = App()
stack = Stack(app, "aws-cdk-iam-managed-policy")
user = User(stack, "MyUser")
policy = ManagedPolicy(stack, "OneManagedPolicy", managed_policy_name="Default", description="My Policy",
                       path="/some/path/")
policy.add_statements(PolicyStatement(resources=["*"], actions=["sqs:SendMessage"]))
policy.attach_to_user(user)
policy2 = ManagedPolicy(stack, "TwoManagedPolicy")
policy2.add_statements(PolicyStatement(resources=["*"], actions=["lambda:InvokeFunction"]))
user.add_managed_policy(policy2)
policy3 = ManagedPolicy.from_aws_managed_policy_name("SecurityAudit")
user.add_managed_policy(policy3)
role = Role(stack, "Role", assumed_by=AccountRootPrincipal())
role.grant_assume_role(policy.grant_principal)
Grant.add_to_principal(actions=["iam:*"], resource_arns=[role.role_arn], grantee=policy2)
policy.attach_to_role(role)
imported_role = Role.from_role_arn(stack, "ImportedRole", role.role_arn)
policy.attach_to_role(imported_role)
func = lambda_.Function(stack, "Function", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
                        code=lambda_.Code.from_inline("export const handler = async () => null"))
func.grant_invoke(policy)
app.synth()
