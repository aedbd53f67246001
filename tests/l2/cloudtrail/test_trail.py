"""``l2.cloudtrail``: validation (aws-cdk-lib's messages), selector rendering, organization-trail warnings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, SynthesisError, ValidationError
from l2 import cloudtrail, s3


def _trail(template: dict[str, Any]) -> dict[str, Any]:
    [props] = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::CloudTrail::Trail"]
    return props


def test_no_management_events_needs_a_selector(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    cloudtrail.Trail(stack, "Trail", management_events=cloudtrail.ReadWriteType.NONE)
    with pytest.raises(SynthesisError) as info:
        synth(stack)
    assert "[S/Trail] At least one event selector must be added when management event recording is set to None" in str(
        info.value
    )


def test_too_many_data_values(stack: Stack) -> None:
    trail = cloudtrail.Trail(stack, "Trail")
    with pytest.raises(ValidationError) as info:
        trail.add_event_selector(cloudtrail.DataResourceType.S3_OBJECT, ["arn:aws:s3:::b/"] * 251)
    assert "A maximum of 250 data elements can be in one event selector" in str(info.value)
    assert "S/Trail" in str(info.value)


def test_too_many_selectors(stack: Stack) -> None:
    trail = cloudtrail.Trail(stack, "Trail")
    for _ in range(6):  # aws-cdk-lib checks the count before adding: the seventh fails
        trail.log_all_s3_data_events()
    with pytest.raises(ValidationError, match="A maximum of 5 event selectors are supported per trail."):
        trail.log_all_lambda_data_events()


def test_management_none_marks_data_selectors(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    trail = cloudtrail.Trail(stack, "Trail", management_events=cloudtrail.ReadWriteType.NONE)
    bucket = s3.Bucket.from_bucket_name(stack, "B", "bucket")
    trail.add_s3_event_selector([cloudtrail.S3EventSelector(bucket=bucket, object_prefix="p/")])
    trail.add_s3_event_selector([])  # nothing added
    [selector] = _trail(synth(stack))["EventSelectors"]
    assert selector["IncludeManagementEvents"] is False
    assert selector["DataResources"][0]["Type"] == "AWS::S3::Object"


@pytest.mark.parametrize(
    ("kwargs", "warning_id"),
    [
        ({"trail_name": "t"}, "missingOrgIdForOrganizationTrail"),
        ({"org_id": "o-1"}, "missingTrailNameForOrganizationTrail"),
    ],
)
def test_organization_trail_warnings(stack: Stack, kwargs: dict[str, Any], warning_id: str) -> None:
    trail = cloudtrail.Trail(stack, "Trail", is_organization_trail=True, **kwargs)
    warnings = [e.data for e in trail.node.metadata if e.type == "aws:cdk:warning"]
    assert any(warning_id in str(w) for w in warnings), warnings


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        cloudtrail.Trail(stack, "Trail", management_events="All")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cloudtrail.S3EventSelector(bucket="bucket")  # type: ignore[arg-type]


def test_insight_type_values() -> None:
    assert cloudtrail.InsightType.API_CALL_RATE.value == "ApiCallRateInsight"
    assert cloudtrail.InsightType.API_ERROR_RATE.value == "ApiErrorRateInsight"
