"""Project features: no-source/S3/CodeCommit/GitHub/GitHub Enterprise/Bitbucket sources with webhook filter groups,
S3 artifacts and secondary sources/artifacts, environment variables of every type, caches, timeouts, encryption
key, badge, batch builds, logging, imports, event rules and notifications; a PipelineProject."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as cb
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_kms as kms
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildFeatures")
bucket = s3.Bucket(stack, "Bucket")
repo = codecommit.Repository(stack, "Repo", repository_name="repo")
topic = sns.Topic(stack, "Topic")

inline = cb.Project(
    stack,
    "Inline",
    build_spec=cb.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["echo hi"]}}}),
    environment=cb.BuildEnvironment(
        build_image=cb.LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0,
        privileged=True,
        environment_variables={"FROM_ENV": cb.BuildEnvironmentVariable(value="e"), "N": cb.BuildEnvironmentVariable(value=3)},
    ),
    environment_variables={
        "PLAIN": cb.BuildEnvironmentVariable(value="x"),
        "PARAM": cb.BuildEnvironmentVariable(value="/my/param", type=cb.BuildEnvironmentVariableType.PARAMETER_STORE),
        "PARAM2": cb.BuildEnvironmentVariable(value="plain-param", type=cb.BuildEnvironmentVariableType.PARAMETER_STORE),
        "SECRET": cb.BuildEnvironmentVariable(value="my-secret:password", type=cb.BuildEnvironmentVariableType.SECRETS_MANAGER),
        "SECRET_ARN": cb.BuildEnvironmentVariable(
            value="arn:aws:secretsmanager:us-east-1:222222222222:secret:other-AbCdEf:key",
            type=cb.BuildEnvironmentVariableType.SECRETS_MANAGER,
        ),
    },
    cache=cb.Cache.local(cb.LocalCacheMode.DOCKER_LAYER, cb.LocalCacheMode.CUSTOM),
    timeout=cdk.Duration.minutes(30),
    queued_timeout=cdk.Duration.hours(2),
    concurrent_build_limit=2,
    description="inline build",
    ssm_session_permissions=True,
    visibility=cb.ProjectVisibility.PRIVATE,
    auto_retry_limit=2,
)
inline.on_build_failed("Failed", description="failed builds")
inline.on_build_succeeded("Succeeded")
inline.on_build_started("Started")
inline.on_phase_change("Phase")
inline.notify_on_build_failed("NotifyFailed", topic)
inline.notify_on(
    "NotifyAll",
    topic,
    events=[cb.ProjectNotificationEvents.BUILD_IN_PROGRESS, cb.ProjectNotificationEvents.BUILD_STOPPED],
    notification_rule_name="all-builds",
)

from_s3 = cb.Project(
    stack,
    "FromS3",
    source=cb.Source.s3(bucket=bucket, path="src.zip", version="v1"),
    artifacts=cb.Artifacts.s3(bucket=bucket, name="out.zip", path="builds", include_build_id=False, package_zip=True),
    secondary_sources=[cb.Source.code_commit(identifier="extra", repository=repo, branch_or_ref="dev")],
    secondary_artifacts=[cb.Artifacts.s3(identifier="art2", bucket=bucket, encryption=False)],
    cache=cb.Cache.bucket(bucket, prefix="cache", cache_namespace="ns"),
    encryption_key=kms.Key(stack, "Key"),
    grant_report_group_permissions=False,
    logging=cb.LoggingOptions(
        cloud_watch=cb.CloudWatchLoggingOptions(log_group=logs.LogGroup(stack, "Logs"), prefix="build"),
        s3=cb.S3LoggingOptions(bucket=bucket, prefix="logs", encrypted=False),
    ),
    environment=cb.BuildEnvironment(build_image=cb.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0),
)
from_s3.add_secondary_source(cb.Source.s3(identifier="more", bucket=bucket, path="more.zip"))

cb.Project(
    stack,
    "FromCodeCommit",
    source=cb.Source.code_commit(repository=repo, branch_or_ref="main", clone_depth=1, fetch_submodules=True),
    badge=True,
    project_name="from-codecommit",
    environment=cb.BuildEnvironment(compute_type=cb.ComputeType.LARGE, build_image=cb.LinuxBuildImage.AMAZON_LINUX_2_5),
)
cb.Project(
    stack,
    "FromGitHub",
    source=cb.Source.git_hub(
        owner="owner",
        repo="repo",
        webhook_filters=[
            cb.FilterGroup.in_event_of(cb.EventAction.PUSH).and_branch_is("main").and_commit_message_is_not("skip"),
            cb.FilterGroup.in_event_of(cb.EventAction.PULL_REQUEST_CREATED, cb.EventAction.PULL_REQUEST_UPDATED)
            .and_base_branch_is("main")
            .and_actor_account_is("123")
            .and_file_path_is_not("docs/.*"),
            cb.FilterGroup.in_event_of(cb.EventAction.RELEASED).and_tag_is("v.*").and_head_ref_is_not("x"),
        ],
        webhook_triggers_batch_build=True,
        report_build_status=False,
        build_status_context="ctx",
    ),
    badge=True,
)
cb.Project(stack, "GitHubOrg", source=cb.Source.git_hub(owner="my-org"))
cb.Project(
    stack,
    "FromGhe",
    source=cb.Source.git_hub_enterprise(
        https_clone_url="https://ghe.example.com/o/r.git",
        ignore_ssl_errors=True,
        webhook=True,
        build_status_url="$CODEBUILD_PUBLIC_BUILD_URL",
    ),
)
cb.Project(
    stack,
    "FromBitbucket",
    source=cb.Source.bit_bucket(
        owner="o",
        repo="r",
        webhook_filters=[
            cb.FilterGroup.in_event_of(cb.EventAction.PULL_REQUEST_MERGED).and_base_ref_is_not("refs/heads/x")
        ],
        build_status_name="name",
        clone_depth=5,
    ),
    environment=cb.BuildEnvironment(build_image=cb.LinuxLambdaBuildImage.AMAZON_LINUX_2023_PYTHON_3_13),
)
cb.Project(
    stack,
    "FromFile",
    source=cb.Source.code_commit(repository=repo),
    build_spec=cb.BuildSpec.from_source_filename("ci/buildspec.yml"),
    environment=cb.BuildEnvironment(build_image=cb.WindowsBuildImage.WINDOWS_BASE_2_0),
)
pipeline_project = cb.PipelineProject(stack, "Pipeline", environment=cb.BuildEnvironment(build_image=cb.LinuxBuildImage.STANDARD_7_0))
pipeline_project.enable_batch_builds()

imported = cb.Project.from_project_name(stack, "ByName", "existing")
by_arn = cb.Project.from_project_arn(stack, "ByArn", "arn:aws:codebuild:eu-west-1:111111111111:project/other")
imported.on_state_change("ImportedState")
for label, p in (("Inline", inline), ("ByName", imported), ("ByArn", by_arn), ("Pipeline", pipeline_project)):
    cdk.CfnOutput(stack, f"{label}Name", value=p.project_name)
    cdk.CfnOutput(stack, f"{label}Arn", value=p.project_arn)
app.synth()
