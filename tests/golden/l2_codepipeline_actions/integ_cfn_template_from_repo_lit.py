"""aws-cdk's integ.cfn-template-from-repo.lit: change set create, manual approval, change set execute."""

import aws_cdk as cdk
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-cloudformation")
repo = codecommit.Repository(stack, "TemplateRepo", repository_name="template-repo")
source_output = codepipeline.Artifact("SourceArtifact")
source = cpactions.CodeCommitSourceAction(action_name="Source", repository=repo, output=source_output,
                                          trigger=cpactions.CodeCommitTrigger.POLL)
stack_name = "OurStack"
change_set_name = "StagedChangeSet"
codepipeline.Pipeline(stack, "Pipeline", stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source]),
    codepipeline.StageProps(stage_name="Deploy", actions=[
        cpactions.CloudFormationCreateReplaceChangeSetAction(
            action_name="PrepareChanges", stack_name=stack_name, change_set_name=change_set_name,
            admin_permissions=True, template_path=source_output.at_path("template.yaml"), run_order=1),
        cpactions.ManualApprovalAction(action_name="ApproveChanges", run_order=2),
        cpactions.CloudFormationExecuteChangeSetAction(
            action_name="ExecuteChanges", stack_name=stack_name, change_set_name=change_set_name, run_order=3),
    ]),
])
app.synth()
