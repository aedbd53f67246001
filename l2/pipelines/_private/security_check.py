"""The shared security check of ``ConfirmPermissionsBroadening``: a ``cdk diff`` CodeBuild project and a function
approving the manual approval when nothing widens IAM permissions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Tags

if TYPE_CHECKING:
    from l2.codepipeline import Pipeline

HANDLER_DIR = str(Path(__file__).resolve().parent.parent / "_handlers" / "approve_lambda")


def _if_else(condition: str, then: list[str], otherwise: list[str]) -> str:
    statement = f"if {condition}; then"
    for s in then:
        statement = f"{statement} {s};"
    statement = f"{statement} else"
    for s in otherwise:
        statement = f"{statement} {s};"
    return f"{statement} fi"


class ApplicationSecurityCheck(Construct):
    """The CodeBuild project running ``cdk diff --security-only`` and the auto-approving function, shared by the
    ``ConfirmPermissionsBroadening`` steps of one pipeline.

    Args:
        scope: the pipeline construct.
        id: the construct id.
        code_pipeline: the CodePipeline pipeline (tagged so the function may approve in it).
    """

    def __init__(self, scope: Construct, id: str, *, code_pipeline: Pipeline) -> None:
        from l2 import codebuild
        from l2 import lambda_ as lambda_
        from l2.iam import PolicyStatement

        super().__init__(scope, id)
        Tags.of(code_pipeline).add("SECURITY_CHECK", "ALLOW_APPROVE",
                                   include_resource_types=["AWS::CodePipeline::Pipeline"])
        self.pre_approve_lambda = lambda_.Function(
            self, "CDKPipelinesAutoApprove", code=lambda_.Code.from_asset(HANDLER_DIR), handler="index.handler",
            runtime=lambda_.Runtime.PYTHON_3_13, timeout=Duration.minutes(5))
        self.pre_approve_lambda.add_to_role_policy(PolicyStatement(
            actions=["codepipeline:GetPipelineState", "codepipeline:PutApprovalResult"],
            conditions={"StringEquals": {"aws:ResourceTag/SECURITY_CHECK": "ALLOW_APPROVE"}}, resources=["*"]))
        invoke = (f"aws lambda invoke --function-name {self.pre_approve_lambda.function_name} --invocation-type Event "
                  '--cli-binary-format raw-in-base64-out --payload "$payload" lambda.out')
        message = "\n".join([
            "An upcoming change would broaden security changes in $PIPELINE_NAME.",
            "Review and approve the changes in CodePipeline to proceed with the deployment.",
            "",
            "Review the changes in CodeBuild:",
            "",
            "$LINK",
            "",
            "Approve the changes in CodePipeline (stage $STAGE_NAME, action $ACTION_NAME):",
            "",
            "$PIPELINE_LINK",
        ])
        publish = f'aws sns publish --topic-arn $NOTIFICATION_ARN --subject "$NOTIFICATION_SUBJECT" --message "{message}"'
        self.cdk_diff_project = codebuild.Project(
            self, "CDKSecurityCheck",
            environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
            build_spec=codebuild.BuildSpec.from_object({
                "version": 0.2,
                "phases": {"build": {"commands": [
                    "npm install -g aws-cdk",
                    "export PIPELINE_NAME=\"$(node -pe '`${process.env.CODEBUILD_INITIATOR}`.split(\"/\")[1]')\"",
                    'payload="$(node -pe \'JSON.stringify({ "PipelineName": process.env.PIPELINE_NAME, '
                    '"StageName": process.env.STAGE_NAME, "ActionName": process.env.ACTION_NAME })\' )"',
                    "ARN=$CODEBUILD_BUILD_ARN",
                    "REGION=\"$(node -pe '`${process.env.ARN}`.split(\":\")[3]')\"",
                    "ACCOUNT_ID=\"$(node -pe '`${process.env.ARN}`.split(\":\")[4]')\"",
                    "PROJECT_NAME=\"$(node -pe '`${process.env.ARN}`.split(\":\")[5].split(\"/\")[1]')\"",
                    "PROJECT_ID=\"$(node -pe '`${process.env.ARN}`.split(\":\")[6]')\"",
                    'export LINK="https://$REGION.console.aws.amazon.com/codesuite/codebuild/$ACCOUNT_ID/projects/'
                    '$PROJECT_NAME/build/$PROJECT_NAME:$PROJECT_ID/?region=$REGION"',
                    'export PIPELINE_LINK="https://$REGION.console.aws.amazon.com/codesuite/codepipeline/pipelines/'
                    '$PIPELINE_NAME/view?region=$REGION"',
                    _if_else("cdk diff -a . --security-only --fail $STAGE_PATH/\\*",
                             [invoke, 'export MESSAGE="No security-impacting changes detected."'],
                             [f'[ -z "${{NOTIFICATION_ARN}}" ] || {publish}',
                              'export MESSAGE="Deployment would make security-impacting changes. Click the link '
                              'below to inspect them, then click Approve if all changes are expected."']),
                ]}},
                "env": {"exported-variables": ["LINK", "MESSAGE"]},
            }))
        self.cdk_diff_project.add_to_role_policy(PolicyStatement(
            actions=["sts:AssumeRole"], resources=["*"],
            conditions={"ForAnyValue:StringEquals": {"iam:ResourceTag/aws-cdk:bootstrap-role": ["deploy"]}}))
        self.pre_approve_lambda.grant_invoke(self.cdk_diff_project)
