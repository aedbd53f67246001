"""``PolicyEngine`` and ``Policy``: Cedar policies that authorize the requests of AgentCore gateways."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options
from l2.bedrockagentcore._policy_interfaces import IPolicy, IPolicyEngine
from l2.bedrockagentcore._policy_statement import PolicyStatement
from l2.bedrockagentcore._types import _StringValue
from l2.bedrockagentcore._validation import length_errors, pattern_errors

if TYPE_CHECKING:
    from l1._private.interfaces.bedrockagentcore import PolicyEngineReference, PolicyReference
    from l2.bedrockagentcore._gateway_interfaces import IGateway
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable, IPrincipal
    from l2.kms import IKey

_GATEWAY_ID_SUFFIX_LENGTH = 10
_NAME_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*$"
_TAG_KEY_PATTERN = r"^[a-zA-Z0-9\s._:/=+@-]+$"
_TAG_VALUE_PATTERN = r"^[a-zA-Z0-9\s._:/=+@-]*$"


class PolicyValidationMode(_StringValue):
    """How the service treats the findings of a policy's validation.

    Args:
        value: the mode.
    """

    FAIL_ON_ANY_FINDINGS: PolicyValidationMode
    """Refuse a policy with findings."""
    IGNORE_ALL_FINDINGS: PolicyValidationMode
    """Accept a policy whatever the findings."""

    @staticmethod
    def of(value: str) -> PolicyValidationMode:
        """A mode not listed here."""
        return PolicyValidationMode(value)


PolicyValidationMode.FAIL_ON_ANY_FINDINGS = PolicyValidationMode("FAIL_ON_ANY_FINDINGS")
PolicyValidationMode.IGNORE_ALL_FINDINGS = PolicyValidationMode("IGNORE_ALL_FINDINGS")


def _throw(errors: list[str], scope: Construct | None) -> None:
    if errors:
        if scope is not None:
            raise ValidationError("\n".join(errors), scope)
        raise UnscopedValidationError("\n".join(errors))


def _name_errors(name: str, field: str, label: str) -> list[str]:
    if Token.is_unresolved(name):
        return []
    return length_errors(name, field, 1, 48) + pattern_errors(
        name, field, _NAME_PATTERN,
        f'The {label} "{name}" must start with a letter and contain only letters, numbers, and underscores')


def _description_errors(description: str) -> list[str]:
    return [] if Token.is_unresolved(description) else length_errors(description, "description", 0, 4096)


def _tag_errors(tags: Mapping[str, str], name: str) -> list[str]:
    import re

    errors: list[str] = []
    if len(tags) > 50:
        errors.append(f"PolicyEngine '{name}' cannot have more than 50 tags. Found: {len(tags)}")
    for key, value in tags.items():
        if not Token.is_unresolved(key):
            if key.lower().startswith("aws:"):
                errors.append(f"PolicyEngine '{name}' tag key \"{key}\" cannot start with \"aws:\" as this prefix is "
                              "reserved by AWS")
            if not 1 <= len(key) <= 128:
                errors.append(f"PolicyEngine '{name}' tag key length must be between 1 and 128 characters. Key: "
                              f"\"{key}\" has length {len(key)}")
            if not re.search(_TAG_KEY_PATTERN, key):
                errors.append(f"PolicyEngine '{name}' tag key contains invalid characters. Key: \"{key}\". Valid "
                              "characters: a-zA-Z0-9 and ._:/=+@-")
        if not Token.is_unresolved(value):
            if len(value) > 256:
                errors.append(f"PolicyEngine '{name}' tag value length cannot exceed 256 characters. Key: \"{key}\", "
                              f"value has length {len(value)}")
            if not re.search(_TAG_VALUE_PATTERN, value):
                errors.append(f"PolicyEngine '{name}' tag value contains invalid characters. Key: \"{key}\", Value: "
                              f"\"{value}\". Valid characters: a-zA-Z0-9 and ._:/=+@-")
    return errors


def _make_metric(resource: Resource, arn: str, metric_name: str, props: dict[str, object]) -> Metric:
    from l2 import cloudwatch

    dims = {"Resource": arn, **(props.pop("dimensions_map", None) or {})}  # type: ignore[dict-item]
    props.setdefault("region", resource.stack.region)
    props.setdefault("account", resource.stack.account)
    return cloudwatch.Metric(namespace="AWS/Bedrock-AgentCore", metric_name=metric_name, dimensions_map=dims,
                             **props)  # type: ignore[arg-type]


@structs.frozen(kw_only=True)
class PolicyEngineProps:
    """The properties of a ``PolicyEngine`` (see ``PolicyEngine``)."""

    description: str | None = None
    kms_key: IKey | None = None
    policy_engine_name: str | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class PolicyEngineAttributes:
    """What ``PolicyEngine.from_policy_engine_attributes`` needs to know."""

    policy_engine_arn: str
    """The ARN of the policy engine."""
    kms_key_arn: str | None = None
    """The ARN of its encryption key."""


@structs.frozen(kw_only=True)
class AddPolicyOptions:
    """The options of ``PolicyEngine.add_policy``."""

    statement: PolicyStatement
    """The Cedar statement."""
    description: str | None = None
    """A description (up to 4096 characters)."""
    policy_name: str | None = None
    """The name (default generated)."""
    validation_mode: PolicyValidationMode | None = None
    """How findings are handled (default ``FAIL_ON_ANY_FINDINGS``)."""


@structs.frozen(kw_only=True)
class PolicyProps:
    """The properties of a ``Policy`` (see ``Policy``)."""

    policy_engine: IPolicyEngine
    statement: PolicyStatement
    description: str | None = None
    policy_name: str | None = None
    validation_mode: PolicyValidationMode | None = None


@structs.frozen(kw_only=True)
class PolicyAttributes:
    """What ``Policy.from_policy_attributes`` needs to know."""

    policy_arn: str
    """The ARN of the policy."""
    policy_engine: IPolicyEngine
    """Its policy engine."""


class PolicyEngineBase(Resource):
    """What new and imported policy engines share: grants and metrics."""

    policy_engine_arn: str
    policy_engine_id: str
    grant_principal: IPrincipal
    description: str | None = None
    kms_key: IKey | None = None
    policy_engine_name: str

    @property
    def policy_engine_ref(self) -> PolicyEngineReference:
        """The policy engine's ARN."""
        from l1._private.interfaces.bedrockagentcore import PolicyEngineReference

        return PolicyEngineReference(policy_engine_arn=self.policy_engine_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this policy engine to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions),
                                            resource_arns=[self.policy_engine_arn])

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` get this policy engine."""
        return self.grant(grantee, "bedrock-agentcore:GetPolicyEngine")

    def grant_evaluate(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` evaluate requests with this policy engine."""
        return self.grant(grantee, "bedrock-agentcore:GetPolicyEngine", "bedrock-agentcore:AuthorizeAction",
                          "bedrock-agentcore:PartiallyAuthorizeActions")

    def grant_evaluate_for_gateway(self, grantee: IGrantable, gateway: IGateway) -> Grant:
        """Let ``grantee`` (``gateway``'s role) evaluate the requests of ``gateway`` with this engine.

        The gateway's ARN is narrowed to its name (lower case) and a 10-character suffix when the name is known at
        synthesis, else a wildcard.
        """
        get = self.grant(grantee, "bedrock-agentcore:GetPolicyEngine")
        stack = Stack.of(self)

        def gateway_resource_name() -> str:
            resolved = stack.resolve(gateway.gateway_name)
            if isinstance(resolved, str):
                return f"{resolved.lower()}-{'?' * _GATEWAY_ID_SUFFIX_LENGTH}"
            return "*"

        gateway_arn = stack.format_arn(service="bedrock-agentcore", resource="gateway",
                                       resource_name=Lazy.string(gateway_resource_name))
        authorize = iam().Grant.add_to_principal(
            grantee=grantee, actions=["bedrock-agentcore:AuthorizeAction",
                                      "bedrock-agentcore:PartiallyAuthorizeActions"],
            resource_arns=[self.policy_engine_arn, gateway_arn])
        return get.combine(authorize)

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this policy engine (dimension ``Resource``: its ARN)."""
        return _make_metric(self, self.policy_engine_arn, metric_name, _metric_options(locals(), "metric_name"))

    def metric_authorizations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of authorization requests (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Authorizations", **options)

    def metric_authorization_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The authorization latency (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("AuthorizationLatency", **options)

    def metric_denied_requests(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of denied requests (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("DeniedRequests", **options)

    def metric_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of errors (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("Errors", **options)

class _ImportedPolicyEngine(PolicyEngineBase):
    def __init__(self, scope: Construct, id: str, attrs: PolicyEngineAttributes) -> None:
        super().__init__(scope, id)
        self.policy_engine_arn = attrs.policy_engine_arn
        self.policy_engine_id = Arn.split(attrs.policy_engine_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        if attrs.kms_key_arn:
            from l2.kms import Key

            self.kms_key = Key.from_key_arn(scope, f"{id}Key", attrs.kms_key_arn)
        self.grant_principal = iam().UnknownPrincipal(resource=self)

    @property
    def policy_engine_name(self) -> str:  # type: ignore[override]
        """Not known for an imported policy engine (the service adds a random suffix): raises."""
        raise ValidationError(
            "policyEngineName is not available on imported PolicyEngine resources. The service appends a random "
            "suffix to the name at creation time, so the original name cannot be extracted from the ARN. Use "
            "policyEngineArn or policyEngineId instead.", self)


class PolicyEngine(PolicyEngineBase):
    """A Cedar policy engine (``AWS::BedrockAgentCore::PolicyEngine``) that gateways authorize requests with.

    Args:
        policy_engine_name: the name (default generated; a letter, then letters, digits and underscores, up to 48).
        description: a description (up to 4096 characters).
        kms_key: the key that encrypts the policies (default AWS owned).
        tags: tags of the policy engine.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.PolicyEngine"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, description: str | None = None, kms_key: IKey | None = None,
                 policy_engine_name: str | None = None, tags: Mapping[str, str] | None = None) -> None:
        super().__init__(scope, id, physical_name=policy_engine_name if policy_engine_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=48)))
        self.policy_engine_name = self.physical_name
        self.description = description
        self.kms_key = kms_key
        self.tags = tags
        """The tags of the policy engine."""
        self._policies: list[Policy] = []
        self._last_policy: Policy | None = None
        stack = Stack.of(self)
        i = iam()
        self.grant_principal = i.ServicePrincipal("bedrock-agentcore.amazonaws.com", conditions={
            "StringEquals": {"aws:SourceAccount": stack.account},
            "ArnLike": {"aws:SourceArn": stack.format_arn(service="bedrock-agentcore", resource="policy-engine",
                                                          resource_name=f"{self.policy_engine_name}-*")}})
        _throw(_name_errors(self.policy_engine_name, "policyEngineName", "policy engine name"), self)
        if description:
            _throw(_description_errors(description), self)
        if tags:
            _throw(_tag_errors(tags, self.policy_engine_name), self)
        from l1.bedrockagentcore import CfnPolicyEngine

        resource = CfnPolicyEngine(
            self, "Resource", name=self.policy_engine_name, description=description,
            encryption_key_arn=kms_key.key_arn if kms_key is not None else None,
            tags=[{"key": k, "value": v} for k, v in tags.items()] if tags else None)
        self.node.default_child = resource
        self.policy_engine_id = resource.attr_policy_engine_id
        self.policy_engine_arn = resource.attr_policy_engine_arn

    @property
    def policies(self) -> list[Policy]:
        """The policies added with ``add_policy``."""
        return list(self._policies)

    @staticmethod
    def from_policy_engine_attributes(scope: Construct, id: str, *, policy_engine_arn: str,
                                      kms_key_arn: str | None = None) -> IPolicyEngine:
        """A policy engine made outside this app."""
        return _ImportedPolicyEngine(scope, id, PolicyEngineAttributes(policy_engine_arn=policy_engine_arn,
                                                                       kms_key_arn=kms_key_arn))

    def add_policy(self, id: str, *, statement: PolicyStatement, description: str | None = None,
                   policy_name: str | None = None, validation_mode: PolicyValidationMode | None = None) -> Policy:
        """Add a policy; each policy depends on the one added before it."""
        policy = Policy(self, id, policy_engine=self, policy_name=policy_name, statement=statement,
                        description=description, validation_mode=validation_mode)
        if self._last_policy is not None:
            policy.node.add_dependency(self._last_policy)
        self._policies.append(policy)
        self._last_policy = policy
        return policy


class PolicyBase(Resource):
    """What new and imported policies share: grants and metrics."""

    policy_arn: str
    policy_id: str
    policy_engine: IPolicyEngine
    grant_principal: IPrincipal
    description: str | None = None
    validation_mode: PolicyValidationMode | None = None
    policy_name: str

    @property
    def policy_ref(self) -> PolicyReference:
        """The policy's ARN."""
        from l1._private.interfaces.bedrockagentcore import PolicyReference

        return PolicyReference(policy_arn=self.policy_arn)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this policy to ``grantee``."""
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.policy_arn])

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` get this policy."""
        return self.grant(grantee, "bedrock-agentcore:GetPolicy")

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of this policy (dimension ``Resource``: its ARN)."""
        return _make_metric(self, self.policy_arn, metric_name, _metric_options(locals(), "metric_name"))

    def metric_evaluations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The number of policy evaluations (Sum)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Sum")
        return self.metric("PolicyEvaluations", **options)

    def metric_evaluation_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The policy evaluation latency (Average)."""
        options = _metric_options(locals())
        options.setdefault("statistic", "Average")
        return self.metric("PolicyEvaluationLatency", **options)

class _ImportedPolicy(PolicyBase):
    def __init__(self, scope: Construct, id: str, attrs: PolicyAttributes) -> None:
        super().__init__(scope, id)
        self.policy_arn = attrs.policy_arn
        self.policy_id = Arn.split(attrs.policy_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        self.policy_engine = attrs.policy_engine
        self.grant_principal = iam().UnknownPrincipal(resource=self)

    @property
    def policy_name(self) -> str:  # type: ignore[override]
        """Not known for an imported policy (the service adds a random suffix): raises."""
        raise ValidationError(
            "policyName is not available on imported Policy resources. The service appends a random suffix to the "
            "name at creation time, so the original name cannot be extracted from the ARN. Use policyArn or "
            "policyId instead.", self)


class Policy(PolicyBase):
    """A Cedar policy of a policy engine (``AWS::BedrockAgentCore::Policy``).

    Args:
        policy_engine: the policy engine.
        statement: the Cedar statement (``PolicyStatement(...)`` or ``PolicyStatement.from_cedar(...)``).
        description: a description (up to 4096 characters).
        policy_name: the name (default generated; a letter, then letters, digits and underscores, up to 48).
        validation_mode: how findings are handled (default ``FAIL_ON_ANY_FINDINGS``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-bedrockagentcore.Policy"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, policy_engine: IPolicyEngine, statement: PolicyStatement,
                 description: str | None = None, policy_name: str | None = None,
                 validation_mode: PolicyValidationMode | None = None) -> None:
        super().__init__(scope, id, physical_name=policy_name if policy_name is not None
                         else Lazy.string(lambda: Names.unique_resource_name(self, max_length=48)))
        self.policy_name = self.physical_name
        self.policy_engine = policy_engine
        self.definition = statement.to_cedar()
        """The Cedar text of the policy."""
        self.description = description
        self.validation_mode = (validation_mode if validation_mode is not None
                                else PolicyValidationMode.FAIL_ON_ANY_FINDINGS)
        stack = Stack.of(self)
        self.grant_principal = iam().ServicePrincipal("bedrock-agentcore.amazonaws.com", conditions={
            "StringEquals": {"aws:SourceAccount": stack.account},
            "ArnLike": {"aws:SourceArn": f"{policy_engine.policy_engine_arn}/policy/{self.policy_name}-*"}})
        _throw(_name_errors(self.policy_name, "policyName", "policy name"), self)
        if not Token.is_unresolved(self.definition):
            _throw(length_errors(self.definition, "definition", 35, 153600), self)
        if description:
            _throw(_description_errors(description), self)
        from l1.bedrockagentcore import CfnPolicy

        resource = CfnPolicy(self, "Resource", name=self.policy_name,
                             policy_engine_id=policy_engine.policy_engine_id,
                             definition={"cedar": {"statement": self.definition}}, description=description,
                             validation_mode=self.validation_mode.value)
        self.node.default_child = resource
        engine_child = policy_engine.node.default_child  # type: ignore[attr-defined]
        if engine_child is not None:
            resource.node.add_dependency(engine_child)
        self.policy_id = resource.attr_policy_id
        self.policy_arn = resource.attr_policy_arn

    @staticmethod
    def from_policy_attributes(scope: Construct, id: str, *, policy_arn: str,
                               policy_engine: IPolicyEngine) -> IPolicy:
        """A policy made outside this app."""
        return _ImportedPolicy(scope, id, PolicyAttributes(policy_arn=policy_arn, policy_engine=policy_engine))
