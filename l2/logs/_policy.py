"""``ResourcePolicy``: a CloudWatch Logs resource policy (``AWS::Logs::ResourcePolicy``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Names, Resource, Stack
from constructs.internals import structs
from l1.logs import CfnResourcePolicy

if TYPE_CHECKING:
    from l2.iam import PolicyStatement


@structs.frozen(kw_only=True)
class ResourcePolicyProps:
    """The properties of a ``ResourcePolicy`` (see there)."""

    policy_statements: Sequence[PolicyStatement] | None = None
    resource_policy_name: str | None = None


class ResourcePolicy(Resource):
    """A resource policy of CloudWatch Logs; the document is rendered as a JSON string.

    Args:
        resource_policy_name: the policy name (default: the construct's unique id).
        policy_statements: initial statements (add more with ``document.add_statements``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-logs.ResourcePolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_statements: Sequence[PolicyStatement] | None = None,
        resource_policy_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=resource_policy_name)
        from l2 import iam

        self.document = iam.PolicyDocument()
        resource = CfnResourcePolicy(
            self,
            "ResourcePolicy",
            policy_name=Lazy.string(lambda: resource_policy_name or Names.unique_id(self)),
            # aws-cdk-lib: JSON.stringify(document), i.e. the rendered statements without post-processing.
            policy_document=Lazy.string(lambda: Stack.of(self).to_json_string(self.document.to_json())),
        )
        # aws-cdk-lib makes this L1 the default child; pycdk's core cannot set default_child yet.
        self.resource = resource
        if policy_statements:
            self.document.add_statements(*policy_statements)
