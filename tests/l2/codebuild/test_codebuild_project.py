"""Unit tests of ``l2.codebuild``: validation errors (messages as aws-cdk-lib's, naming the construct path),
filter-group rules, and import time and isolation."""

from __future__ import annotations

import subprocess
import sys

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import codebuild as cb
from l2 import codecommit

SPEC = cb.BuildSpec.from_object({"version": "0.2"})


def test_no_source_needs_an_inline_buildspec(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="If the Project's source is NoSource, you need to provide a concrete buildSpec") as err:
        cb.Project(stack, "P", build_spec=cb.BuildSpec.from_source_filename("b.yml"))
    assert "S/P" in str(err.value)


def test_badge_needs_a_source_that_supports_it(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Badge is not supported for source type NO_SOURCE"):
        cb.Project(stack, "P", build_spec=SPEC, badge=True)


def test_auto_retry_limit_range(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="autoRetryLimit must be a value between 0 and 10, got 11."):
        cb.Project(stack, "P", build_spec=SPEC, auto_retry_limit=11)


def test_lambda_images_reject_timeouts_caches_and_badges(stack: Stack) -> None:
    env = cb.BuildEnvironment(build_image=cb.LinuxLambdaBuildImage.AMAZON_LINUX_2_NODE_18)
    with pytest.raises(ValidationError, match="Invalid CodeBuild environment: Cannot specify timeout for Lambda compute"):
        cb.Project(stack, "P", build_spec=SPEC, environment=env, timeout=Duration.minutes(5))


def test_mac_images_need_a_fleet(stack: Stack) -> None:
    env = cb.BuildEnvironment(build_image=cb.MacBuildImage.BASE_14)
    with pytest.raises(ValidationError, match="Mac images must be used with a fleet"):
        cb.Project(stack, "P", build_spec=SPEC, environment=env)


def test_secondary_sources_and_artifacts_need_identifiers(stack: Stack) -> None:
    repo = codecommit.Repository(stack, "R", repository_name="r")
    project = cb.Project(stack, "P", build_spec=SPEC)
    with pytest.raises(ValidationError, match="The identifier attribute is mandatory for secondary sources"):
        project.add_secondary_source(cb.Source.code_commit(repository=repo))


def test_pipeline_project_rejects_secondary_sources_at_synth(stack: Stack) -> None:
    repo = codecommit.Repository(stack, "R", repository_name="r")
    project = cb.PipelineProject(stack, "P")
    project.add_secondary_source(cb.Source.code_commit(repository=repo, identifier="x"))
    assert any("cannot have secondary sources" in e for e in project.node.validate())


def test_webhook_filters_need_a_webhook(stack: Stack) -> None:
    source = cb.Source.git_hub(owner="o", repo="r", webhook=False,
                               webhook_filters=[cb.FilterGroup.in_event_of(cb.EventAction.PUSH)])
    with pytest.raises(UnscopedValidationError, match="`webhookFilters` cannot be used when `webhook` is `false`"):
        cb.Project(stack, "P", source=source)


def test_base_ref_conditions_reject_push() -> None:
    with pytest.raises(UnscopedValidationError, match="cannot be added if a Group contains a PUSH event action"):
        cb.FilterGroup.in_event_of(cb.EventAction.PUSH).and_base_branch_is("main")


def test_filter_group_needs_an_action() -> None:
    with pytest.raises(UnscopedValidationError, match="A filter group must contain at least one event action"):
        cb.FilterGroup.in_event_of()


def test_bitbucket_rejects_reopened_pull_requests(stack: Stack) -> None:
    source = cb.Source.bit_bucket(owner="o", repo="r",
                                  webhook_filters=[cb.FilterGroup.in_event_of(cb.EventAction.PULL_REQUEST_REOPENED)])
    with pytest.raises(UnscopedValidationError, match="BitBucket sources do not support the PULL_REQUEST_REOPENED"):
        cb.Project(stack, "P", source=source)


def test_cloudwatch_logging_needs_a_log_group(stack: Stack) -> None:
    logging = cb.LoggingOptions(cloud_watch=cb.CloudWatchLoggingOptions())
    with pytest.raises(ValidationError, match="Specifying a LogGroup is required if CloudWatch logging"):
        cb.Project(stack, "P", build_spec=SPEC, logging=logging)


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        cb.Project(stack, "P", build_spec="not a buildspec")  # type: ignore[arg-type]


def test_import_loads_only_the_services_aws_cdk_lib_depends_on() -> None:
    code = (
        "import sys\n"
        "import l2.codebuild\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] == 'l2'\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) <= {"l2.codebuild", "l2.codecommit", "l2.iam", "l2.kms", "l2.events", "l2.s3",
                                   "l2.s3_assets", "l2.ec2", "l2.ecr", "l2.logs", "l2.secretsmanager"}
