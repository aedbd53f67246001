"""The two ``AwsCustomResource``s a domain uses: the CloudWatch Logs resource policy that lets Elasticsearch write
to its log groups, and the domain access policy (``UpdateElasticsearchDomainConfig``, applied after creation)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Lazy

if TYPE_CHECKING:
    from constructs import Construct
    from l2.iam import PolicyStatement


def _document_json(statements: Sequence[PolicyStatement]) -> str:
    """``JSON.stringify`` of a policy document, as aws-cdk-lib writes it (tokens stay in the text)."""
    from l2 import iam

    document = iam.PolicyDocument(statements=list(statements))
    return json.dumps(document.to_json(), separators=(",", ":"), ensure_ascii=False)


def log_group_resource_policy(scope: Construct, id: str, policy_name: str, statements: Sequence[PolicyStatement]) -> Any:
    """aws-cdk-lib's (private) ``LogGroupResourcePolicy`` of ``aws_elasticsearch``."""
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


class ElasticsearchAccessPolicy:
    """aws-cdk-lib's (private) ``ElasticsearchAccessPolicy``: the domain's access policy set by a custom resource
    (``UpdateElasticsearchDomainConfig``); statements can be added until synthesis."""

    def __init__(
        self, scope: Construct, id: str, *, domain_name: str, domain_arn: str, access_policies: Sequence[PolicyStatement]
    ) -> None:
        from l2 import custom_resources as cr
        from l2.custom_resources._aws_custom_resource import sdk_call_in_key_order

        self._statements: list[PolicyStatement] = []
        self.resource = cr.AwsCustomResource(
            scope,
            id,
            resource_type="Custom::ElasticsearchAccessPolicy",
            install_latest_aws_sdk=False,
            on_update=sdk_call_in_key_order(
                cr.AwsSdkCall(
                    action="updateElasticsearchDomainConfig",
                    service="ES",
                    parameters={
                        "DomainName": domain_name,
                        "AccessPolicies": Lazy.string(lambda: _document_json(self._statements)),
                    },
                    output_paths=["DomainConfig.ElasticsearchClusterConfig.AccessPolicies"],
                    physical_resource_id=cr.PhysicalResourceId.of(f"{domain_name}AccessPolicy"),
                ),
                "action", "service", "parameters", "outputPaths", "physicalResourceId",
            ),
            policy=cr.AwsCustomResourcePolicy.from_sdk_calls(resources=[domain_arn]),
        )
        self.grant_principal = self.resource.grant_principal
        self.add_access_policies(*access_policies)

    def add_access_policies(self, *statements: PolicyStatement) -> None:
        """Add statements to the access policy."""
        self._statements.extend(statements)
