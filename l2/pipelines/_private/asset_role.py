"""The role shared by the asset-publishing projects of one asset type."""

from __future__ import annotations

import json
from typing import Any

from constructs import ArnFormat, Construct, DependencyGroup, Stack
from l2.iam import AddToPrincipalPolicyResult, PolicyStatement, Role

_LOGS = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
_REPORTS = ["codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
            "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"]
_BUILDS = ["codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild"]
_KMS = ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
_BROAD = [json.dumps(x, separators=(",", ":")) for x in (_LOGS, _REPORTS, _BUILDS)]
_MAX_ARNS_PER_STATEMENT = 10


class AssetSingletonRole(Role):
    """A role with wildcard CodeBuild permissions up front, so the many publishing projects add no statements."""

    _reject_duplicates = False
    _assume_role_statement: PolicyStatement | None = None

    def __init__(self, scope: Construct, id: str, **props: Any) -> None:
        super().__init__(scope, id, **props)
        stack = Stack.of(self)
        self.add_to_policy(PolicyStatement(
            resources=[stack.format_arn(service="logs", resource="log-group",
                                        arn_format=ArnFormat.COLON_RESOURCE_NAME, resource_name="/aws/codebuild/*")],
            actions=_LOGS))
        self.add_to_policy(PolicyStatement(
            actions=_REPORTS,
            resources=[stack.format_arn(service="codebuild", resource="report-group", resource_name="*")]))
        self.add_to_policy(PolicyStatement(resources=["*"], actions=_BUILDS))
        self._reject_duplicates = True

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        actions = statement.to_statement_json().get("Action")
        key = json.dumps(actions, separators=(",", ":"))
        if (self._reject_duplicates and key in _BROAD) or key == json.dumps(_KMS, separators=(",", ":")):
            return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=DependencyGroup())
        return super().add_to_principal_policy(statement)

    def add_assume_role(self, role_arn: str) -> None:
        """Let the role assume ``role_arn`` (ten ARNs a statement)."""
        if self._assume_role_statement is None:
            self._assume_role_statement = PolicyStatement(actions=["sts:AssumeRole"])
            self.add_to_principal_policy(self._assume_role_statement)
        self._assume_role_statement.add_resources(role_arn)
        if len(self._assume_role_statement.resources) >= _MAX_ARNS_PER_STATEMENT:
            self._assume_role_statement = None
