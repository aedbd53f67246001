"""Port of aws-cdk's integ.application.ts: an application and the AppConfig agent added to an ECS task definition."""

from aws_cdk import App, Stack
from aws_cdk.aws_appconfig import Application
from aws_cdk.aws_ecs import FargateTaskDefinition

app = App(context={"@aws-cdk/core:disableGitSource": True})
stack = Stack(app, "aws-appconfig-application")

Application(
    stack, "MyAppConfig", description="This is my application for testing", application_name="MySampleApplication"
)
task_def = FargateTaskDefinition(stack, "MyTaskDef")
Application.add_agent_to_ecs(task_def)
app.synth()
