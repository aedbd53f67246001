"""``Deployment``: a snapshot of an API, whose logical id hashes the API model (``AWS::ApiGateway::Deployment``)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, RemovalPolicy, ResolveContext, Resource, ValidationError
from l1.apigateway import CfnDeployment
from l2.apigateway._private.js_json import js_stringify

if TYPE_CHECKING:
    from l2.apigateway._interfaces import IRestApi


class _LatestDeploymentResource(CfnDeployment):
    """A CfnDeployment whose logical id is the path-based id plus the md5 of everything added to it.

    aws-cdk-lib overrides the logical id with a token; pycdk computes it whenever the id is asked for during
    synthesis: the components are every ``add_to_logical_id`` payload, then the RestApi's L1 as rendered,
    each resolved and ``JSON.stringify``-ed, concatenated without separators.
    """

    def __init__(self, scope: Construct, id: str, *, api: Any, description: str | None,
                 stage_name: str | None) -> None:
        super().__init__(scope, id, description=description, rest_api_id=api.rest_api_id, stage_name=stage_name)
        self._api = api
        self._hash_components: list[Any] = []

    def add_to_logical_id(self, data: Any) -> None:
        if self.node.locked:
            raise ValidationError("Cannot modify the logical ID when the construct is locked", self)
        self._hash_components.append(data)

    def _resolved_logical_id(self) -> str:
        original = super()._resolved_logical_id()
        if self._logical_id_override is not None:
            return original
        components = list(self._hash_components)
        # RestApi has children `Resource` and `Default`, so node.default_child cannot find the L1 (see the report)
        default_child = getattr(self._api, "_cfn_resource", None) if _hashes_api(self._api) else None
        # resolved as the template is: references to other stacks become their Fn::ImportValue, which is
        # what aws-cdk-lib hashes (its references are replaced before the template is rendered)
        ctx = ResolveContext(self.stack, synthesizing=True)
        if default_child is not None:
            components.append(default_child._post_resolve(ctx.resolve(default_child._to_cloudformation()), ctx))
        if not components:
            return original
        text = "".join(js_stringify(ctx.resolve(c)) for c in components)
        return original + hashlib.md5(text.encode()).hexdigest()


def _hashes_api(api: Any) -> bool:
    from l2.apigateway._restapi import RestApi
    from l2.apigateway._spec_rest_api import SpecRestApi

    return isinstance(api, (RestApi, SpecRestApi))


class Deployment(Resource):
    """A deployment of a REST API. Its logical id changes with the API model, so API changes redeploy.

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the REST API to deploy.
        description: the deployment description.
        retain_deployments: keep old deployments (``RETAIN``) when the model changes.
        stage_name: a stage to create with the deployment (usually left to a ``Stage``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.Deployment"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IRestApi,
        description: str | None = None,
        retain_deployments: bool | None = None,
        stage_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.resource: _LatestDeploymentResource = _LatestDeploymentResource(
            self, "Resource", api=api, description=description, stage_name=stage_name
        )
        self.resource.add_metadata("aws:cdk:do-not-refactor", True)
        if retain_deployments:
            self.resource.apply_removal_policy(RemovalPolicy.RETAIN)
        self.api = api
        self.stage_name = stage_name
        self.deployment_id: str = Lazy.string(lambda: self.resource.ref)
        attach = getattr(api, "_attach_deployment", None)
        if attach is not None:
            attach(self)

    def add_to_logical_id(self, data: object) -> None:
        """Hash ``data`` into the logical id, so a change of ``data`` creates a new deployment."""
        self.resource.add_to_logical_id(data)

    def _add_method_dependency(self, method: Any) -> None:
        self.node.add_dependency(method.node.default_child)
