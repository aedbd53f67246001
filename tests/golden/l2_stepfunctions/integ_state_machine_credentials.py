"""integ.state-machine-credentials: a TaskStateBase subclass with literal, cross-account and JSONPath credentials.

The integ test's ``FakeTask`` (its fake-task.ts) is written here as a Python subclass of ``TaskStateBase``.
Adapted to 2.275: the JSONata-credentials state machine is left out (``TaskRole.fromRoleArnJsonata`` is newer).
"""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn


class FakeTask(sfn.TaskStateBase):
    # aws-cdk-lib's Python API cannot override the protected ``_renderTask`` (jsii hides underscored members),
    # so the fake task renders its whole state; its credentials still give the role ``sts:AssumeRole``.
    def __init__(self, scope, id, *, credentials):
        super().__init__(scope, id, credentials=credentials)
        self.role_arn = credentials.role.role_arn

    @property
    def _task_metrics(self):
        return None

    @property
    def _task_policies(self):
        return None

    def to_state_json(self, top_level_query_language=None):
        return {
            "End": True,
            "Type": "Task",
            **sfn.FieldUtils.render_object({"Credentials": {"RoleArn": self.role_arn}}),
            "Resource": "arn:aws:states:::dynamodb:putItem",
            "Parameters": {"TableName": "my-cool-table", "Item": {"id": {"S": "my-entry"}}},
        }


app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-state-machine-credentials-integ")
role = iam.Role(stack, "Role", assumed_by=iam.AccountPrincipal(stack.account))
sfn.StateMachine(stack, "StateMachineWithLiteralCredentials", timeout=cdk.Duration.seconds(30), definition=FakeTask(
    stack, "FakeTaskWithLiteralCredentials", credentials=sfn.Credentials(role=sfn.TaskRole.from_role(role)),
))
cross_account_role = iam.Role.from_role_arn(stack, "CrossAccountRole", "arn:aws:iam::123456789012:role/CrossAccountRole")
sfn.StateMachine(stack, "StateMachineWithCrossAccountLiteralCredentials", timeout=cdk.Duration.seconds(30),
                 definition=FakeTask(stack, "FakeTaskWithCrossAccountLiteralCredentials",
                                     credentials=sfn.Credentials(role=sfn.TaskRole.from_role(cross_account_role))))
sfn.StateMachine(stack, "StateMachineWithJsonPathCredentials", timeout=cdk.Duration.seconds(30),
                 definition=FakeTask(stack, "FakeTaskWithJsonPathCredentials", credentials=sfn.Credentials(
                     role=sfn.TaskRole.from_role_arn_json_path("$.RoleArn"))))

app.synth()
