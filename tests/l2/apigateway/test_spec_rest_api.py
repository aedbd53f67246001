"""SpecRestApi and API definitions: validation and the asset-backed definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from constructs import Stack, UnscopedValidationError
from l2 import apigateway
from tests.l2.apigateway.conftest import resources_of_type


@pytest.mark.parametrize(
    ("definition", "message"),
    [("openapi: 3.0", "definition should be of type object"), ({}, "JSON definition cannot be empty")],
)
def test_inline_definition_must_be_a_non_empty_object(definition: object, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        apigateway.ApiDefinition.from_inline(definition)
    assert err.value.bare_message == message


def test_asset_definition_points_at_the_staged_file(stack: Stack, synth, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.2"}')
    api = apigateway.SpecRestApi(stack, "Api", api_definition=apigateway.ApiDefinition.from_asset(str(spec)))
    assert api.node.try_find_child("APIDefinition") is not None
    (rest_api,) = resources_of_type(synth(stack), "AWS::ApiGateway::RestApi").values()
    location = rest_api["Properties"]["BodyS3Location"]
    assert location["Bucket"] == {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"}
    assert location["Key"].endswith(".json") and len(location["Key"]) == 64 + len(".json")
    assert "Body" not in rest_api["Properties"]


def test_spec_rest_api_needs_no_methods(stack: Stack, synth) -> None:
    apigateway.SpecRestApi(stack, "Api", api_definition=apigateway.ApiDefinition.from_inline({"openapi": "3.0.2"}))
    template = synth(stack)
    assert len(resources_of_type(template, "AWS::ApiGateway::Deployment")) == 1
