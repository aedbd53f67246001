"""``CustomActionRegistration``: an ``AWS::CodePipeline::CustomActionType`` for a custom action provider."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Construct
from constructs.internals import structs
from l1.codepipeline import CfnCustomActionType
from l2.codepipeline._action import ActionArtifactBounds, ActionCategory


@structs.frozen(kw_only=True)
class CustomActionProperty:
    """A configuration property of a custom action type.

    Args:
        name: the property's name.
        required: whether the property must be set.
        description: what it is for.
        key: whether it is a key property (default false).
        queryable: whether job workers can query it (at most one per action type).
        secret: whether its value is hidden (default false).
        type: ``String``, ``Number`` or ``Boolean``.
    """

    name: str
    required: bool
    description: str | None = None
    key: bool | None = None
    queryable: bool | None = None
    secret: bool | None = None
    type: str | None = None


@structs.frozen(kw_only=True)
class CustomActionRegistrationProps:
    """The properties of a ``CustomActionRegistration``.

    Args:
        artifact_bounds: how many artifacts the action takes and produces.
        category: the action's category.
        provider: the provider's name.
        action_properties: its configuration properties (at most 10).
        entity_url: a URL template to the provider's page for the action.
        execution_url: a URL template to the provider's page for an execution.
        version: the action type's version (default ``1``).
    """

    artifact_bounds: ActionArtifactBounds
    category: ActionCategory
    provider: str
    action_properties: Sequence[CustomActionProperty] | None = None
    entity_url: str | None = None
    execution_url: str | None = None
    version: str | None = None


class CustomActionRegistration(Construct):
    """Registers a custom action type with CodePipeline (``AWS::CodePipeline::CustomActionType``).

    Args:
        scope: the parent construct.
        id: the construct id.
        artifact_bounds: how many artifacts the action takes and produces.
        category: the action's category.
        provider: the provider's name.
        action_properties: its configuration properties (at most 10).
        entity_url: a URL template to the provider's page for the action.
        execution_url: a URL template to the provider's page for an execution.
        version: the action type's version (default ``1``).
    """

    def __init__(self, scope: Construct, id: str, *, artifact_bounds: ActionArtifactBounds,
                 category: ActionCategory, provider: str,
                 action_properties: Sequence[CustomActionProperty] | None = None, entity_url: str | None = None,
                 execution_url: str | None = None, version: str | None = None) -> None:
        super().__init__(scope, id)
        properties: list[dict[str, Any]] | None = None
        if action_properties is not None:
            properties = []
            for p in action_properties:
                properties.append({k: v for k, v in {
                    "description": p.description, "key": p.key or False, "name": p.name,
                    "queryable": p.queryable, "required": p.required, "secret": p.secret or False, "type": p.type,
                }.items() if v is not None})
        CfnCustomActionType(
            self, "Resource", category=category.value,
            input_artifact_details={"minimum_count": artifact_bounds.min_inputs,
                                    "maximum_count": artifact_bounds.max_inputs},
            output_artifact_details={"minimum_count": artifact_bounds.min_outputs,
                                     "maximum_count": artifact_bounds.max_outputs},
            provider=provider, version=version or "1",
            settings={"entity_url_template": entity_url, "execution_url_template": execution_url},
            configuration_properties=properties,  # type: ignore[arg-type]
        )
