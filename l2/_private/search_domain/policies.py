"""The two ``AwsCustomResource``s a domain uses: the CloudWatch Logs resource policy that lets the service write to
its log groups (aws-cdk-lib's private ``LogGroupResourcePolicy``), and the domain access policy applied after the
domain exists (aws-cdk-lib's private ``ElasticsearchAccessPolicy`` / ``OpenSearchAccessPolicy``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Lazy
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct
    from l2.iam import PolicyStatement


def _document_json(statements: Sequence[PolicyStatement]) -> str:
    """``JSON.stringify`` of a policy document, as aws-cdk-lib writes it (tokens stay in the text)."""
    from l2 import iam

    document = iam.PolicyDocument(statements=list(statements))
    return json.dumps(document.to_json(), separators=(",", ":"), ensure_ascii=False)


def log_group_resource_policy(scope: Construct, id: str, policy_name: str, statements: Sequence[PolicyStatement]) -> Any:
    """aws-cdk-lib's (private) ``LogGroupResourcePolicy`` (the same in both services)."""
    from l2 import custom_resources as cr
    from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

    return cr.AwsCustomResource(
        scope,
        id,
        resource_type="Custom::CloudwatchLogResourcePolicy",
        on_update=sdk_call_in_key_order(
            cr.AwsSdkCall(
                service="CloudWatchLogs",
                action="putResourcePolicy",
                parameters={"policyName": policy_name, "policyDocument": _document_json(statements)},
                physical_resource_id=cr.PhysicalResourceId.of(id),
            ),
            "service", "action", "parameters", "physicalResourceId",
        ),
        on_delete=sdk_call_in_key_order(
            cr.AwsSdkCall(
                service="CloudWatchLogs",
                action="deleteResourcePolicy",
                parameters={"policyName": policy_name},
                ignore_error_codes_matching="ResourceNotFoundException",
            ),
            "service", "action", "parameters", "ignoreErrorCodesMatching",
        ),
        policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=["*"]),
    )


@structs.frozen(kw_only=True)
class AccessPolicyCall:
    """What a service's access-policy custom resource calls.

    Args:
        resource_type: the custom resource's type (``Custom::ElasticsearchAccessPolicy``).
        service: the SDK service (``ES``).
        action: the SDK action (``updateElasticsearchDomainConfig``).
        output_path: the one path of the response the resource returns.
        iam_action: the IAM action its role is allowed on the domain (default: the one the SDK call implies).
    """

    resource_type: str
    service: str
    action: str
    output_path: str
    iam_action: str | None = None


class DomainAccessPolicy:
    """The domain's access policy, set by a custom resource making ``call``; statements can be added until
    synthesis."""

    def __init__(
        self, scope: Construct, id: str, call: AccessPolicyCall, *, domain_name: str, domain_arn: str,
        access_policies: Sequence[PolicyStatement],
    ) -> None:
        from l2 import custom_resources as cr
        from l2 import iam
        from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

        self._statements: list[PolicyStatement] = []
        self.resource = cr.AwsCustomResource(
            scope,
            id,
            resource_type=call.resource_type,
            install_latest_aws_sdk=False,
            on_update=sdk_call_in_key_order(
                cr.AwsSdkCall(
                    action=call.action,
                    service=call.service,
                    parameters={
                        "DomainName": domain_name,
                        "AccessPolicies": Lazy.string(lambda: _document_json(self._statements)),
                    },
                    output_paths=[call.output_path],
                    physical_resource_id=cr.PhysicalResourceId.of(f"{domain_name}AccessPolicy"),
                ),
                "action", "service", "parameters", "outputPaths", "physicalResourceId",
            ),
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=[domain_arn]) if call.iam_action is None
            else cr.AwsCustomResourcePolicy.from_statements(
                [iam.PolicyStatement(actions=[call.iam_action], resources=[domain_arn])]
            ),
        )
        self.grant_principal = self.resource.grant_principal
        self.add_access_policies(*access_policies)

    def add_access_policies(self, *statements: PolicyStatement) -> None:
        """Add statements to the access policy."""
        self._statements.extend(statements)
