"""``l2.synthetics``: the validation errors, schedules and code checks of aws-cdk-lib 2.275's aws_synthetics.

The messages are aws-cdk-lib's (its ``ValidationError`` / ``UnscopedValidationError`` texts); the golden apps in
``tests/golden/l2_synthetics`` pin the templates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import Duration, Size, Stack, UnscopedValidationError, ValidationError
from l2 import ec2, s3
from l2 import synthetics as syn

INLINE = syn.Code.from_inline("exports.handler = async () => 'ok';")


def _canary(stack: Stack, id: str = "Canary", **kwargs: Any) -> syn.Canary:
    props: dict[str, Any] = {"runtime": syn.Runtime.SYNTHETICS_NODEJS_PUPPETEER_10_0,
                             "test": syn.Test.custom(handler="index.handler", code=INLINE)}
    props.update(kwargs)
    return syn.Canary(stack, id, **props)


# -- schedules ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("schedule", "expression"), [
    (syn.Schedule.rate(Duration.minutes(1)), "rate(1 minute)"),
    (syn.Schedule.rate(Duration.minutes(0)), "rate(0 minutes)"),
    (syn.Schedule.rate(Duration.hours(1)), "rate(60 minutes)"),
    (syn.Schedule.rate(Duration.minutes(5)), "rate(5 minutes)"),
    (syn.Schedule.once(), "rate(0 minutes)"),
    (syn.Schedule.expression("rate(3 minutes)"), "rate(3 minutes)"),
    (syn.Schedule.cron(), "cron(* * * * ? *)"),
    (syn.Schedule.cron(minute="0", hour="8", week_day="MON-FRI"), "cron(0 8 ? * MON-FRI *)"),
    (syn.Schedule.cron(day="1", month="JAN"), "cron(* * 1 JAN ? *)"),
])
def test_schedule_expressions(schedule: syn.Schedule, expression: str) -> None:
    assert schedule.expression_string == expression


def test_rate_over_an_hour_is_rejected() -> None:
    with pytest.raises(UnscopedValidationError, match="Schedule duration must be between 1 and 60 minutes"):
        syn.Schedule.rate(Duration.minutes(61))


def test_cron_with_day_and_week_day_is_rejected() -> None:
    with pytest.raises(UnscopedValidationError, match="Cannot supply both 'day' and 'weekDay', use at most one"):
        syn.Schedule.cron(day="1", week_day="MON")


# -- canary validation -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "message"), [
    ({"memory": Size.mebibytes(1000)}, "`memory` must be a multiple of 64 MiB, got 1000 MiB."),
    ({"memory": Size.mebibytes(640)}, "`memory` must be between 960 MiB and 3008 MiB, got 640 MiB."),
    ({"timeout": Duration.millis(3500)},
     "`timeout` must be set as an integer representing seconds, got 3500 milliseconds."),
    ({"timeout": Duration.seconds(2)}, "`timeout` must be between 3 seconds and 840 seconds, got 2 seconds."),
    ({"active_tracing": True, "runtime": syn.Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_2_0},
     "You can only enable active tracing for canaries that use canary runtime version 'syn-nodejs-2.0' or later "
     "and are not using the Playwright runtime, got syn-nodejs-playwright-2.0."),
    ({"dry_run_and_update": True, "runtime": syn.Runtime.SYNTHETICS_NODEJS_PUPPETEER_9_1},
     "dryRunAndUpdate is only supported for canary runtime versions 'syn-nodejs-puppeteer-10.0+', "
     "'syn-nodejs-playwright-2.0+', or 'syn-python-selenium-5.1+', got: syn-nodejs-puppeteer-9.1"),
    ({"browser_configs": []}, "browserConfigs must contain at least one browser type if specified."),
    ({"browser_configs": [syn.BrowserType.CHROME] * 3}, "You can specify up to 2 browser configurations, got: 3."),
    ({"cleanup": syn.Cleanup.LAMBDA, "provisioned_resource_cleanup": True},
     "Cannot specify `provisionedResourceCleanup` when `cleanup` is set to `Cleanup.LAMBDA`. "
     "Use only `provisionedResourceCleanup`."),
    ({"artifact_s3_encryption_mode": syn.ArtifactsEncryptionMode.KMS,
      "runtime": syn.Runtime.SYNTHETICS_PYTHON_SELENIUM_3_0},
     "Artifact encryption is only supported for canaries that use Synthetics runtime version "
     "`syn-nodejs-puppeteer-3.3` or later and the Playwright runtime, got syn-python-selenium-3.0."),
    ({"test": syn.Test.custom(handler="index.run", code=INLINE)},
     'The handler for inline code must be "index.handler" (got "index.run")'),
    ({"test": syn.Test.custom(handler="no-function", code=INLINE)},
     "Canary Handler must be specified either as 'fileName.handler', 'fileName.functionName', or "
     "'folder/fileName.functionName', received no-function"),
])
def test_canary_validation_errors_name_the_construct(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        _canary(stack, **kwargs)
    assert str(error.value) == f"{message}\n    at path [S/Canary]"


def test_firefox_is_rejected_on_python_selenium(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Firefox browser is not supported with Python Selenium runtimes"):
        _canary(stack, runtime=syn.Runtime.SYNTHETICS_PYTHON_SELENIUM_5_1, browser_configs=[syn.BrowserType.FIREFOX],
                test=syn.Test.custom(handler="canary.handler", code=syn.Code.from_bucket(
                    s3.Bucket.from_bucket_name(stack, "B", "my-code"), "k")))


def test_a_kms_key_with_s3_managed_encryption_is_rejected(stack: Stack) -> None:
    from l2 import kms

    with pytest.raises(ValidationError, match="A customer-managed KMS key was provided, but the encryption mode is "
                                              "not set to SSE-KMS, got: SSE_S3."):
        _canary(stack, artifact_s3_encryption_mode=syn.ArtifactsEncryptionMode.S3_MANAGED,
                artifact_s3_kms_key=kms.Key(stack, "Key"))


@pytest.mark.parametrize(("name", "message"), [
    ("UpperCase", 'Canary name must be lowercase, numbers, hyphens, or underscores (got "UpperCase")'),
    ("a" * 256, "Canary name is too large, must be between 1 and 255 characters, but is 256"),
])
def test_canary_name_validation(stack: Stack, name: str, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _canary(stack, canary_name=name)


def test_vpc_properties_need_a_vpc(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    group = ec2.SecurityGroup(stack, "Group", vpc=vpc)
    with pytest.raises(ValidationError, match="You must provide the 'vpc' prop when using VPC-related properties."):
        _canary(stack, security_groups=[group])


def test_connections_need_a_vpc(stack: Stack) -> None:
    canary = _canary(stack)
    with pytest.raises(ValidationError, match='Only VPC-associated Canaries have security groups to manage'):
        canary.connections  # noqa: B018


def test_empty_inline_code_is_rejected() -> None:
    with pytest.raises(UnscopedValidationError, match="Canary inline code cannot be empty"):
        syn.Code.from_inline("")


def test_empty_resources_to_replicate_tags_render_an_empty_list(
        stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    # aws-cdk-lib renders [] and acknowledges the schema's minimum (CloudFormation-Validate::F3032)
    _canary(stack, resources_to_replicate_tags=[])
    resources = synth(stack)["Resources"]
    canary = next(r for r in resources.values() if r["Type"] == "AWS::Synthetics::Canary")
    assert canary["Properties"]["ResourcesToReplicateTags"] == []


# -- asset layout ------------------------------------------------------------------------------------------------

def _write(root: Path, name: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("exports.handler = async () => 'ok';\n")


def test_missing_asset_path_is_rejected(tmp_path: Path) -> None:
    missing = os.path.join(tmp_path, "nope")
    with pytest.raises(UnscopedValidationError, match=f"{missing} is not a valid path"):
        syn.Code.from_asset(missing)


def test_puppeteer_before_11_needs_the_node_modules_layout(stack: Stack, tmp_path: Path) -> None:
    _write(tmp_path, "canary.js")
    with pytest.raises(ValidationError, match='requires that the handler is present at "nodejs/node_modules/canary.js"'):
        _canary(stack, test=syn.Test.custom(handler="canary.handler", code=syn.Code.from_asset(str(tmp_path))))


def test_puppeteer_11_takes_a_root_handler(stack: Stack, tmp_path: Path) -> None:
    _write(tmp_path, "canary.js")
    canary = _canary(stack, runtime=syn.Runtime.SYNTHETICS_NODEJS_PUPPETEER_11_0,
                     test=syn.Test.custom(handler="canary.handler", code=syn.Code.from_asset(str(tmp_path))))
    assert canary.node.try_find_child("Code") is not None


def test_python_needs_the_python_layout(stack: Stack, tmp_path: Path) -> None:
    _write(tmp_path, "canary.py")
    with pytest.raises(ValidationError, match='requires that the handler is present at "python/canary.py"'):
        _canary(stack, runtime=syn.Runtime.SYNTHETICS_PYTHON_SELENIUM_5_1,
                test=syn.Test.custom(handler="canary.handler", code=syn.Code.from_asset(str(tmp_path))))


def test_playwright_needs_a_js_file(stack: Stack, tmp_path: Path) -> None:
    (tmp_path / "canary.ts").write_text("")
    with pytest.raises(ValidationError, match="one of the following extensions: .cjs, .mjs, .js"):
        _canary(stack, runtime=syn.Runtime.SYNTHETICS_NODEJS_PLAYWRIGHT_2_0,
                test=syn.Test.custom(handler="canary.handler", code=syn.Code.from_asset(str(tmp_path))))


# -- groups ------------------------------------------------------------------------------------------------------

def test_group_name_validation(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"Group name must match the pattern \^\[0-9a-z_\\-\]\+\$, got: Bad"):
        syn.Group(stack, "Group", group_name="Bad")
    with pytest.raises(ValidationError, match="Group name must be between 1 and 64 characters, got: 65"):
        syn.Group(stack, "Group2", group_name="a" * 65)


def test_group_holds_at_most_ten_canaries(stack: Stack) -> None:
    canaries = [syn.Canary.from_canary_name(stack, f"C{i}", f"c{i}") for i in range(11)]
    with pytest.raises(ValidationError, match="A group can contain at most 10 canaries, got: 11"):
        syn.Group(stack, "TooMany", canaries=canaries)
    group = syn.Group(stack, "Full", canaries=canaries[:10])
    with pytest.raises(ValidationError, match="A group can contain at most 10 canaries"):
        group.add_canary(canaries[10])


def test_imports_need_a_name_in_the_arn(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Canary ARN must contain a canary name"):
        syn.Canary.from_canary_arn(stack, "C", "arn:aws:synthetics:us-east-1:111122223333:canary")
    with pytest.raises(ValidationError, match="Group ARN must contain a group name"):
        syn.Group.from_group_arn(stack, "G", "arn:aws:synthetics:us-east-1:111122223333:group")
