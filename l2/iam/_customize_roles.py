"""``Role.customize_roles``: use precreated roles instead of synthesizing them, and report the policies they need.

``Role.customize_roles(scope, ...)`` sets the context ``@aws-cdk/iam:customizeRoles`` on ``scope``. Every ``Role``
created below it then asks ``precreated_role_config`` what to do:

- with ``prevent_synthesis`` (the default) no ``AWS::IAM::Role`` is created: the role is replaced by the role named
  in ``use_precreated_roles`` for its construct path (an error annotation when it is missing);
- without it the role is synthesized as usual and the report is still written.

The replacement (``PrecreatedRole``) records the trust policy, managed policies and statements the role would
have had; the ``PolicySynthesizer`` (one per app, at its root, as in aws-cdk-lib) writes them to
``iam-policy-report.txt`` and ``iam-policy-report.json`` in the cloud assembly, with references shown as
``(<construct path>.<attribute>)`` and pseudo parameters as ``(ACCOUNT)``, ``(PARTITION)``, ``(REGION)`` and
``(NOVALUE)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Construct,
    DependencyGroup,
    Resource,
    Stack,
    Token,
    ValidationError,
    internals,
)
from constructs.internals import structs

if TYPE_CHECKING:
    from ._grant import Grant
    from ._managed_policy import IManagedPolicy
    from ._policy import Policy
    from ._policy_document import PolicyDocument
    from ._policy_statement import PolicyStatement
    from ._principals import AddToPrincipalPolicyResult, IGrantable

CUSTOMIZE_ROLES_CONTEXT_KEY = "@aws-cdk/iam:customizeRoles"
POLICY_SYNTHESIZER_ID = "PolicySynthesizer"
REPORT_NAME = "iam-policy-report"
_PSEUDO = {"AWS::AccountId": "(ACCOUNT)", "AWS::Partition": "(PARTITION)", "AWS::Region": "(REGION)",
           "AWS::NoValue": "(NOVALUE)"}


def customize_roles(scope: Construct, *, prevent_synthesis: bool | None = None,
                    use_precreated_roles: Mapping[str, str] | None = None) -> None:
    """Set the customize-roles context on ``scope`` (paths not starting with ``scope``'s are made absolute)."""
    use_roles: dict[str, str] = {}
    base = scope.node.path
    for path, name in (use_precreated_roles or {}).items():
        use_roles[path if path.startswith(base) else f"{base}/{path}"] = name
    scope.node.set_context(CUSTOMIZE_ROLES_CONTEXT_KEY, {
        "preventSynthesis": True if prevent_synthesis is None else prevent_synthesis,
        "usePrecreatedRoles": use_roles,
    })


@structs.frozen(kw_only=True)
class PrecreatedRoleConfig:
    """What ``customize_roles`` says about one role: whether it is replaced, synthesized, and by which name."""

    enabled: bool
    prevent_synthesis: bool = False
    precreated_role_name: str | None = None


def precreated_role_config(scope: Construct, role_path: str | None = None) -> PrecreatedRoleConfig:
    """The customize-roles configuration for the role at ``scope`` (annotating errors as aws-cdk-lib does)."""
    context = scope.node.try_get_context(CUSTOMIZE_ROLES_CONTEXT_KEY)
    if context is None:
        return PrecreatedRoleConfig(enabled=False)
    path = role_path if role_path is not None else scope.node.path
    if context.get("preventSynthesis") is False:
        return PrecreatedRoleConfig(enabled=True, prevent_synthesis=False)
    roles = context.get("usePrecreatedRoles") or {}
    if path in roles:
        if not Token.is_unresolved(roles[path]):
            return PrecreatedRoleConfig(enabled=True, prevent_synthesis=True, precreated_role_name=roles[path])
        Annotations.of(scope).add_error(
            f'Cannot resolve precreated role name at path "{path}". The value may be a token.')
    else:
        Annotations.of(scope).add_error(
            f'IAM Role is being created at path "{path}" and customizeRoles.preventSynthesis is enabled. You must '
            "provide a precreated role name in customizeRoles.precreatedRoles")
    return PrecreatedRoleConfig(enabled=True, prevent_synthesis=True)


def attach_precreated_role(role: Any, id: str) -> tuple[PrecreatedRole | None, bool]:
    """For a new ``Role``: its ``PrecreatedRole`` (or None) and whether its ``AWS::IAM::Role`` is synthesized."""
    if role.node.try_get_context(CUSTOMIZE_ROLES_CONTEXT_KEY) is None:
        return None, True
    config = precreated_role_config(role)
    if not config.enabled:
        return None, True
    from ._imported_role import _ImportedRole
    from ._policy import Policy

    stack = Stack.of(role)
    name = config.precreated_role_name
    arn = stack.format_arn(region="", service="iam", resource="role", resource_name=name)
    imported = _ImportedRole(role, f"Import{id}", role_arn=arn, role_name=name if name is not None else id,
                             account=stack.account, default_policy_name=None)
    precreated = PrecreatedRole(role, f"PrecreatedRole{id}", role_path=role.node.path, role=imported,
                                missing=name is None, assume_role_policy=role.assume_role_policy)
    for policy in role.managed_policies:
        precreated.add_managed_policy(policy)
    for policy_name, document in role.inline_policies.items():
        precreated.attach_inline_policy(Policy(role, policy_name, document=document))
    return precreated, not config.prevent_synthesis


def customize_roles_config(scope: Construct) -> tuple[bool, bool]:
    """Whether ``customize_roles`` applies at ``scope``, and whether it prevents synthesis."""
    context = scope.node.try_get_context(CUSTOMIZE_ROLES_CONTEXT_KEY)
    return context is not None, context is not None and context.get("preventSynthesis") is not False


def attach_precreated_policy(policy: Any, id: str) -> tuple[Any, bool]:
    """For a new ``ManagedPolicy``: the policy of the same name imported (or None), and whether its
    ``AWS::IAM::ManagedPolicy`` is synthesized; a customized policy is reported with the roles it is attached to."""
    enabled, prevent = customize_roles_config(policy)
    if not enabled:
        return None, True
    from ._managed_policy import ManagedPolicy

    imported = ManagedPolicy.from_managed_policy_name(policy, f"Imported{id}", id)
    PolicySynthesizer.get_or_create(policy).add_managed_policy_source(policy)
    return imported, not prevent


class PrecreatedRole(Resource):
    """A role created outside the app, standing in for a ``Role`` under ``customize_roles``: statements and
    managed policies added to it go to the IAM policy report instead of the template.

    Args:
        role: the imported role it wraps.
        assume_role_policy: the trust policy the role would have had (default: none).
        missing: no precreated role name was given for this role (default False).
        role_path: the construct path reported for the role (default: this construct's).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-iam.PrecreatedRole"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(self, scope: Construct, id: str, *, role: Any, assume_role_policy: PolicyDocument | None = None,
                 missing: bool | None = None, role_path: str | None = None) -> None:
        super().__init__(scope, id, account=role.env.account, region=role.env.region)
        self.role = role
        self.assume_role_action: str = role.assume_role_action
        self.policy_fragment = role.policy_fragment
        self.principal_account = role.principal_account
        self.role_arn: str = role.role_arn
        self.role_name: str = role.role_name
        self.policy_statements: list[Any] = []
        self.managed_policies: list[IManagedPolicy] = []
        trust = assume_role_policy.to_json() if assume_role_policy is not None else None
        PolicySynthesizer.get_or_create(self).add_role(
            role_path if role_path is not None else self.node.path,
            role_name=self.role_name, managed_policies=self.managed_policies,
            policy_statements=self.policy_statements,
            assume_role_policy=Stack.of(self).resolve(trust.get("Statement")) if trust else None,
            missing=bool(missing),
        )

    @property
    def grant_principal(self) -> PrecreatedRole:
        """The role itself."""
        return self

    @property
    def role_ref(self) -> Any:
        """The role's ARN and name."""
        from ._refs import RoleReference

        return RoleReference(role_arn=self.role_arn, role_name=self.role_name)

    def attach_inline_policy(self, policy: Policy) -> None:
        """Report the policy's statements."""
        statements = (policy.document.to_json() or {}).get("Statement")
        if isinstance(statements, list):
            self.policy_statements.extend(statements)

    def add_managed_policy(self, policy: IManagedPolicy) -> None:
        """Report the managed policy."""
        self.managed_policies.append(policy)

    def add_to_policy(self, statement: PolicyStatement) -> bool:
        """Report the statement; returns False (nothing is added to a template)."""
        self.policy_statements.append(statement.to_statement_json())
        return False

    def add_to_principal_policy(self, statement: PolicyStatement) -> AddToPrincipalPolicyResult:
        """Report the statement."""
        from ._principals import AddToPrincipalPolicyResult

        self.add_to_policy(statement)
        return AddToPrincipalPolicyResult(statement_added=True, policy_dependable=DependencyGroup())

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant on the precreated role."""
        return self.role.grant(grantee, *actions)  # type: ignore[no-any-return]

    def grant_pass_role(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to pass the precreated role."""
        return self.role.grant_pass_role(grantee)  # type: ignore[no-any-return]

    def grant_assume_role(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to assume the precreated role."""
        return self.role.grant_assume_role(identity)  # type: ignore[no-any-return]


class PolicySynthesizer(Construct):
    """Collects what precreated roles need and writes the IAM policy report into the cloud assembly (one per
    app, at its root, construct id ``PolicySynthesizer``)."""

    @staticmethod
    def get_or_create(scope: Construct) -> PolicySynthesizer:
        """The app's report collector, created on first use."""
        root = scope.node.root
        existing = root.node.try_find_child(POLICY_SYNTHESIZER_ID)
        if isinstance(existing, PolicySynthesizer):
            return existing
        return PolicySynthesizer(scope)

    def __init__(self, scope: Construct) -> None:
        super().__init__(scope.node.root, POLICY_SYNTHESIZER_ID)
        self._scope = scope
        self._roles: dict[str, dict[str, Any]] = {}
        self._managed_policies: dict[str, dict[str, Any]] = {}
        self._policy_sources: list[Any] = []
        internals.attach_custom_synthesis(self, _WriteReport(self).on_synthesize)

    def add_role(self, role_path: str, *, role_name: str, managed_policies: list[Any], policy_statements: list[Any],
                 assume_role_policy: Any, missing: bool) -> None:
        """Report a role (once per construct path).

        Raises:
            ValidationError: the role is already in the report.
        """
        if role_path in self._roles:
            raise ValidationError(f"IAM Policy Report already has an entry for role: {role_path}", self)
        self._roles[role_path] = {"roleName": role_name, "managedPolicies": managed_policies,
                                  "policyStatements": policy_statements, "assumeRolePolicy": assume_role_policy,
                                  "missing": missing}

    def add_managed_policy_source(self, policy: Any) -> None:
        """Report ``policy`` (a ``ManagedPolicy`` under ``customize_roles``) if it is valid when the report is
        written, with its statements and the roles it is attached to then."""
        self._policy_sources.append(policy)

    def add_managed_policy(self, policy_path: str, *, policy_statements: Any, roles: list[str]) -> None:
        """Report a customer managed policy that precreated roles use (once per construct path).

        Raises:
            ValidationError: the policy is already in the report.
        """
        if policy_path in self._managed_policies:
            raise ValidationError(f"IAM Policy Report already has an entry for managed policy: {policy_path}", self)
        self._managed_policies[policy_path] = {"policyStatements": policy_statements, "roles": roles}

    # -- the report ------------------------------------------------------------------------------------
    def json_report(self) -> dict[str, Any]:
        """The report as aws-cdk-lib writes ``iam-policy-report.json`` (``{}`` without roles)."""
        for policy in self._policy_sources:
            document = policy.document
            if policy.node.path in self._managed_policies or document.is_empty \
                    or document.validate_for_identity_policy():
                continue
            self.add_managed_policy(policy.node.path, policy_statements=(document.to_json() or {}).get("Statement"),
                                    roles=[r.node.path for r in policy._roles])
        roles = []
        for path, entry in self._roles.items():
            arns, statements = self._managed_policies_for_role(path, entry["managedPolicies"])
            stack = Stack.of(self._scope)
            roles.append({
                "roleConstructPath": path,
                "roleName": "missing role" if entry["missing"] else entry["roleName"],
                "missing": entry["missing"],
                "assumeRolePolicy": _report_value(stack, entry["assumeRolePolicy"]),
                "managedPolicyArns": _report_value(stack, arns),
                "managedPolicyStatements": _report_value(stack, statements),
                "identityPolicyStatements": _report_value(stack, entry["policyStatements"]),
            })
        return {"roles": roles} if roles else {}

    def human_report(self, report: dict[str, Any] | None = None) -> str:
        """The report as aws-cdk-lib writes ``iam-policy-report.txt``."""
        report = report if report is not None else self.json_report()
        blocks = []
        for role in report.get("roles", []):
            name = "missing role" if role["missing"] else role["roleName"]
            blocks.append("\n".join([
                f"<{name}> ({role['roleConstructPath']})", "",
                "AssumeRole Policy:", _text(role["assumeRolePolicy"]), "",
                "Managed Policy ARNs:", _text(role["managedPolicyArns"]), "",
                "Managed Policies Statements:", _text(role["managedPolicyStatements"]), "",
                "Identity Policy Statements:", _text(role["identityPolicyStatements"]),
            ]))
        return "\n\n".join(blocks)

    def _managed_policies_for_role(self, role_path: str, managed: list[Any]) -> tuple[list[Any], list[Any]]:
        statements: list[Any] = []
        for entry in self._managed_policies.values():
            if role_path in entry["roles"]:
                statements.extend(entry["policyStatements"] or [])
        arns: list[Any] = []
        for policy in managed:
            path = policy.node.path if isinstance(policy, Construct) else None
            if path is not None and path in self._managed_policies:
                statements.extend(self._managed_policies[path]["policyStatements"] or [])
            else:
                arns.append(policy.managed_policy_arn)
        return arns, statements


class _WriteReport:
    """Writes the report into the assembly folder once the templates are written (a custom synthesis, so it is
    written even when validation is skipped)."""

    def __init__(self, synthesizer: PolicySynthesizer) -> None:
        self._synthesizer = synthesizer

    def on_synthesize(self, session: Any) -> None:
        import json
        import os

        report = self._synthesizer.json_report()
        if report.get("roles"):
            files = {f"{REPORT_NAME}.txt": self._synthesizer.human_report(report),
                     f"{REPORT_NAME}.json": json.dumps(report, indent=2, ensure_ascii=False)}
            for name, text in files.items():
                with open(os.path.join(session.outdir, name), "w", encoding="utf-8") as f:
                    f.write(text)


def _text(value: Any) -> str:
    import json

    if not value:
        return "NONE"
    return json.dumps(value, indent=2, ensure_ascii=False)


def _report_value(stack: Stack, value: Any) -> Any:
    """``value`` with tokens resolved and references written as ``(<path>.<attribute>)``."""
    if value is None or (isinstance(value, list) and not value):
        return []
    resolved = stack.resolve(value)
    return _ReportRenderer(stack).render(resolved)


class _ReportRenderer:
    def __init__(self, stack: Stack) -> None:
        self._stack = stack
        self._paths: dict[str, str] | None = None

    def _path_of(self, logical_id: str) -> str | None:
        if self._paths is None:
            from constructs import CfnElement

            self._paths = {}
            for c in self._stack.node.find_all():
                if isinstance(c, CfnElement) and Stack.of(c) is self._stack:
                    self._paths[self._stack.resolve(c.logical_id)] = c.node.path
        return self._paths.get(logical_id)

    def render(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.render(v) for v in value]
        if isinstance(value, dict):
            if len(value) == 1:
                text = self._intrinsic_text(value)
                if text is not None:
                    return text
            return {k: self.render(v) for k, v in value.items()}
        return value

    def _intrinsic_text(self, value: dict[str, Any]) -> str | None:
        (key, arg), = value.items()
        if key == "Ref" and isinstance(arg, str):
            if arg in _PSEUDO:
                return _PSEUDO[arg]
            path = self._path_of(arg)
            return f"({path}.Ref)" if path is not None else None
        if key == "Fn::GetAtt" and isinstance(arg, list) and len(arg) == 2:
            path = self._path_of(arg[0])
            return f"({path}.{arg[1]})" if path is not None else None
        if key == "Fn::Join" and isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], list):
            parts = [self.render(p) for p in arg[1]]
            if all(isinstance(p, str) for p in parts):
                return str(arg[0]).join(parts)
        return None
