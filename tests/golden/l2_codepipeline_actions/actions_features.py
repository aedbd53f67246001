"""Action options the integ ports leave out: GitHub webhooks, full clones, Lambda parameters and variables,
pipeline invocation, S3 deploy encryption and caching, CloudFormation delete/replace/execute options, StackSets
through Organizations, ECR tag filters, Service Catalog, imported Jenkins providers, approval grants, Step Functions
file input, Inspector and ECR build variables."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "ActionsFeatures")
github_out = codepipeline.Artifact("GitHub")
repo_out = codepipeline.Artifact("Repo")
ecr_out = codepipeline.Artifact("Image")
repo = codecommit.Repository(stack, "Repo", repository_name="features-repo")
image_repo = ecr.Repository(stack, "ImageRepo")
github = cpactions.GitHubSourceAction(action_name="GitHub", owner="me", repo="app", branch="dev",
                                      oauth_token=cdk.SecretValue.unsafe_plain_text("token"), output=github_out)
codecommit_source = cpactions.CodeCommitSourceAction(action_name="Repo", repository=repo, output=repo_out,
                                                     branch="release", code_build_clone_output=True)
ecr_source = cpactions.EcrSourceAction(action_name="Image", repository=image_repo, output=ecr_out, image_tag="")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return 1\n"))
invoke = cpactions.LambdaInvokeAction(action_name="Invoke", lambda_=fn, inputs=[github_out],
                                      outputs=[codepipeline.Artifact("LambdaOut")],
                                      user_parameters={"stage": "test", "count": 2})
project = codebuild.PipelineProject(stack, "Project")
build = cpactions.CodeBuildAction(action_name="Build", project=project, input=repo_out,
                                  outputs=[codepipeline.Artifact("Built")],
                                  environment_variables={"SHA": codebuild.BuildEnvironmentVariable(
                                      value=codecommit_source.variables.commit_id)})
key = kms.Key(stack, "DeployKey")
site = s3.Bucket(stack, "Site")
topic = sns.Topic(stack, "Approvals")
approval = cpactions.ManualApprovalAction(action_name="Approve", notification_topic=topic,
                                          notify_emails=["ops@example.com"])
state_machine = sfn.StateMachine(stack, "Machine", definition_body=sfn.DefinitionBody.from_chainable(
    sfn.Pass(stack, "Start")))
other = codepipeline.Pipeline.from_pipeline_arn(stack, "Other",
                                                "arn:aws:codepipeline:us-east-1:123456789012:other")
jenkins = cpactions.JenkinsProvider.from_jenkins_provider_attributes(
    stack, "Jenkins", provider_name="Jenkins", server_url="https://jenkins.example.com/", version="4")
registered = cpactions.JenkinsProvider(stack, "Registered", provider_name="Registered",
                                       server_url="https://ci.example.com", for_build=True, for_test=True)
scan = cpactions.InspectorEcrImageScanAction(action_name="Scan", repository=image_repo, image_tag="v1",
                                             output=codepipeline.Artifact("ScanOut"))
ecr_build = cpactions.EcrBuildAndPublishAction(action_name="Publish", repository_name="public/app",
                                               registry_type=cpactions.RegistryType.PUBLIC, input=github_out)
commands = cpactions.CommandsAction(action_name="Commands", commands=["echo $RESULT"], input=github_out,
                                    output_variables=["RESULT"])
admin = iam.Role(stack, "Admin", assumed_by=iam.AccountRootPrincipal())
pipeline = codepipeline.Pipeline(stack, "Pipeline", pipeline_type=codepipeline.PipelineType.V2, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[github, codecommit_source, ecr_source]),
    codepipeline.StageProps(stage_name="Build", actions=[
        build, invoke, scan, ecr_build, commands,
        cpactions.JenkinsAction(action_name="Jenkins", jenkins_provider=jenkins, project_name="p",
                                type=cpactions.JenkinsActionType.TEST, inputs=[repo_out]),
        cpactions.JenkinsAction(action_name="JenkinsBuild", jenkins_provider=registered, project_name="q",
                                type=cpactions.JenkinsActionType.BUILD, inputs=[repo_out]),
    ]),
    codepipeline.StageProps(stage_name="Deploy", actions=[
        approval,
        cpactions.S3DeployAction(action_name="Site", bucket=site, input=github_out, encryption_key=key,
                                 access_control=s3.BucketAccessControl.PUBLIC_READ, object_key="web",
                                 cache_control=[cpactions.CacheControl.no_cache(), cpactions.CacheControl.no_store(),
                                                cpactions.CacheControl.must_revalidate(),
                                                cpactions.CacheControl.s_max_age(cdk.Duration.minutes(5)),
                                                cpactions.CacheControl.stale_if_error(cdk.Duration.hours(1)),
                                                cpactions.CacheControl.from_string("x-custom")],
                                 run_order=2),
        cpactions.StepFunctionInvokeAction(action_name="Machine", state_machine=state_machine,
                                           state_machine_input=cpactions.StateMachineInput.file_path(
                                               github_out.at_path("input.json")),
                                           output=codepipeline.Artifact("MachineOut"),
                                           execution_name_prefix="deploy"),
        cpactions.PipelineInvokeAction(
            action_name="Next", target_pipeline=other,
            source_revisions=[cpactions.SourceRevision(action_name="Src",
                                                       revision_type=cpactions.RevisionType.COMMIT_ID,
                                                       revision_value="abc")],
            variables=[cpactions.Variable(name="from", value=invoke.variable("out"))]),
        cpactions.ServiceCatalogDeployActionBeta1(action_name="Catalog", product_id="prod-1",
                                                  product_version_name="v2",
                                                  product_version_description="second",
                                                  template_path=github_out.at_path("product.yaml")),
    ]),
    codepipeline.StageProps(stage_name="Stacks", actions=[
        cpactions.CloudFormationCreateUpdateStackAction(
            action_name="Create", stack_name="app", template_path=github_out.at_path("app.yaml"),
            admin_permissions=False, replace_on_failure=True, output_file_name="out.json",
            template_configuration=github_out.at_path("config.json"),
            cfn_capabilities=[cdk.CfnCapabilities.AUTO_EXPAND, cdk.CfnCapabilities.NAMED_IAM]),
        cpactions.CloudFormationCreateReplaceChangeSetAction(
            action_name="Prepare", stack_name="other", change_set_name="cs", admin_permissions=False,
            template_path=github_out.at_path("other.yaml"), deployment_role=admin,
            cfn_capabilities=[cdk.CfnCapabilities.NONE]),
        cpactions.CloudFormationExecuteChangeSetAction(
            action_name="Execute", stack_name="other", change_set_name="cs", output_file_name="exec.json",
            run_order=2),
        cpactions.CloudFormationDeleteStackAction(action_name="Delete", stack_name="old", admin_permissions=True,
                                                  run_order=3),
        cpactions.CloudFormationDeployStackSetAction(
            action_name="StackSet", stack_set_name="org-set", description="everywhere",
            template=cpactions.StackSetTemplate.from_artifact_path(github_out.at_path("set.yaml")),
            parameters=cpactions.StackSetParameters.from_literal({"Env": "prod"}, ["Keep"]),
            stack_instances=cpactions.StackInstances.in_organizational_units(["ou-1"], ["us-east-1"]),
            deployment_model=cpactions.StackSetDeploymentModel.organizations(
                auto_deployment=cpactions.StackSetOrganizationsAutoDeployment.ENABLED_WITH_STACK_RETENTION),
            cfn_capabilities=[cdk.CfnCapabilities.ANONYMOUS_IAM], failure_tolerance_percentage=10,
            max_account_concurrency_percentage=50, run_order=4),
        cpactions.CloudFormationDeployStackInstancesAction(
            action_name="Instances", stack_set_name="org-set",
            stack_instances=cpactions.StackInstances.from_artifact_path(github_out.at_path("targets.json"),
                                                                        ["eu-west-1"]),
            parameter_overrides=cpactions.StackSetParameters.from_artifact_path(github_out.at_path("params.json")),
            run_order=5),
        cpactions.CloudFormationDeployStackSetAction(
            action_name="SelfManaged", stack_set_name="self-set",
            template=cpactions.StackSetTemplate.from_artifact_path(github_out.at_path("set.yaml")),
            deployment_model=cpactions.StackSetDeploymentModel.self_managed(execution_role_name="Exec"),
            run_order=6),
    ]),
])
approval.grant_manual_approval(admin)
cdk.CfnOutput(stack, "ScanSeverity", value=scan.variables.highest_scanned_severity)
cdk.CfnOutput(stack, "Digest", value=ecr_build.variables.ecr_image_digest_id)
cdk.CfnOutput(stack, "Result", value=commands.variable("RESULT"))
cdk.CfnOutput(stack, "ImageUri", value=ecr_source.variables.image_uri)
cdk.CfnOutput(stack, "GitHubCommit", value=github.variables.commit_url)
app.synth()
