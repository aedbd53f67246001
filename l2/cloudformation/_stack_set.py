"""``StackSet``: one template deployed as stack instances across accounts and regions (pycdk's own L2 over
``AWS::CloudFormation::StackSet``; aws-cdk-lib has only the L1 ``CfnStackSet``).

The constraints CloudFormation documents for ``AWS::CloudFormation::StackSet`` (and its API rejects) are checked
when the construct is built: service-managed stack sets target organizational units (accounts only as a filter
of them) and alone take auto-deployment and ``CallAs: DELEGATED_ADMIN``; self-managed ones target accounts and
alone take the administration role and execution role name; operation preferences give a count or a percentage,
never both; counts and percentages stay in their ranges.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    App,
    AssetStaging,
    Aws,
    CfnCapabilities,
    Construct,
    FileAssetPackaging,
    FileAssetSource,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import capabilities as _capabilities
from constructs.internals import structs
from l1.cloudformation import CfnStackSet
from l2._private.iam_module import iam
from l2.cloudformation._stack_set_stack import StackSetStack

if TYPE_CHECKING:
    from l2.iam import IRole

DEFAULT_EXECUTION_ROLE_NAME = "AWSCloudFormationStackSetExecutionRole"
"""The execution role name CloudFormation uses for self-managed stack sets when none is given."""


class RegionConcurrencyType(enum.Enum):
    """Whether stack set operations run in one region at a time or in all regions at once."""

    SEQUENTIAL = "SEQUENTIAL"
    PARALLEL = "PARALLEL"


class ConcurrencyMode(enum.Enum):
    """How the failure tolerance limits the concurrency of an operation."""

    STRICT_FAILURE_TOLERANCE = "STRICT_FAILURE_TOLERANCE"
    """Concurrency is lowered so failures never exceed the failure tolerance + 1 (CloudFormation's default)."""
    SOFT_FAILURE_TOLERANCE = "SOFT_FAILURE_TOLERANCE"
    """Operations keep the maximum concurrency whatever the number of failures."""


class CallAs(enum.Enum):
    """Which account a service-managed stack set operation is made from."""

    SELF = "SELF"
    """The organization's management account."""
    DELEGATED_ADMIN = "DELEGATED_ADMIN"
    """A delegated administrator account of the organization (service-managed stack sets only)."""


@structs.frozen(kw_only=True)
class OperationPreferences:
    """How CloudFormation rolls a stack set operation out.

    Args:
        max_concurrent_count: accounts acted on at once per region (at least 1); not with ``max_concurrent_percentage``.
        max_concurrent_percentage: percentage of accounts acted on at once per region (1 to 100).
        failure_tolerance_count: failed accounts per region before the operation stops in that region (0 or more);
            not with ``failure_tolerance_percentage``.
        failure_tolerance_percentage: percentage of failed accounts per region tolerated (0 to 100).
        region_concurrency_type: regions one at a time (default ``SEQUENTIAL``) or in parallel.
        region_order: the order regions are deployed in.
        concurrency_mode: how the failure tolerance caps the concurrency (default ``STRICT_FAILURE_TOLERANCE``).
    """

    concurrency_mode: ConcurrencyMode | None = None
    failure_tolerance_count: int | None = None
    failure_tolerance_percentage: int | None = None
    max_concurrent_count: int | None = None
    max_concurrent_percentage: int | None = None
    region_concurrency_type: RegionConcurrencyType | None = None
    region_order: Sequence[str] | None = None


class StackSetTemplate:
    """The template a stack set deploys: a pycdk ``Stack`` (published as a file asset) or a URL."""

    def __init__(self, *, stack: Stack | None = None, url: str | None = None) -> None:
        self._stack = stack
        self._url = url

    @staticmethod
    def from_stack(stack: Stack) -> StackSetTemplate:
        """The template of ``stack``, published with the stack set's stack as a file asset (``TemplateURL``).

        Either a ``StackSetStack`` inside the stack that holds the ``StackSet`` (rendered at synthesis, like a
        nested stack's template), or a stack at the root of its own ``App`` (a stack of the stack set's app would
        also be deployed on its own), which must then be fully defined before the ``StackSet`` is created, use no
        assets, and synthesize without the bootstrap version check (target accounts need not be bootstrapped):
        give it ``synthesizer=BootstraplessSynthesizer()`` or
        ``DefaultStackSynthesizer(generate_bootstrap_version_rule=False)``.
        """
        return StackSetTemplate(stack=stack)

    @staticmethod
    def from_url(url: str) -> StackSetTemplate:
        """A template already in S3 (an ``https://`` URL)."""
        return StackSetTemplate(url=url)

    @property
    def stack(self) -> Stack | None:
        """The stack whose template this is, if any."""
        return self._stack


class StackSetTarget:
    """Where stack instances go: accounts (self-managed) or organizational units (service-managed), in regions."""

    def __init__(
        self,
        *,
        regions: Sequence[str],
        accounts: Sequence[str] | None = None,
        organizational_units: Sequence[str] | None = None,
        account_filter_type: str | None = None,
        parameter_overrides: Mapping[str, str] | None = None,
    ) -> None:
        self.regions: list[str] = list(regions)
        self.accounts: list[str] | None = list(accounts) if accounts is not None else None
        self.organizational_units: list[str] | None = list(organizational_units) if organizational_units is not None else None
        self.account_filter_type = account_filter_type
        self.parameter_overrides: dict[str, str] = dict(parameter_overrides or {})

    @staticmethod
    def from_accounts(
        *,
        accounts: Sequence[str],
        regions: Sequence[str],
        parameter_overrides: Mapping[str, str] | None = None,
    ) -> StackSetTarget:
        """Stack instances in these accounts (12-digit ids) and regions (self-managed stack sets)."""
        return StackSetTarget(regions=regions, accounts=accounts, parameter_overrides=parameter_overrides)

    @staticmethod
    def from_organizational_units(
        *,
        organizational_units: Sequence[str],
        regions: Sequence[str],
        additional_accounts: Sequence[str] | None = None,
        excluded_accounts: Sequence[str] | None = None,
        only_accounts: Sequence[str] | None = None,
        parameter_overrides: Mapping[str, str] | None = None,
    ) -> StackSetTarget:
        """Stack instances in the accounts of these organizational units (``ou-...`` or a root ``r-...``) and
        regions (service-managed stack sets).

        At most one account filter: ``additional_accounts`` (``UNION``), ``excluded_accounts`` (``DIFFERENCE``) or
        ``only_accounts`` (``INTERSECTION``).
        """
        filters = [(t, a) for t, a in (("UNION", additional_accounts), ("DIFFERENCE", excluded_accounts),
                                       ("INTERSECTION", only_accounts)) if a is not None]
        if len(filters) > 1:
            raise ValueError(
                "StackSetTarget.from_organizational_units: give at most one of additional_accounts, "
                "excluded_accounts and only_accounts (CloudFormation takes one AccountFilterType)")
        filter_type, accounts = filters[0] if filters else (None, None)
        return StackSetTarget(regions=regions, organizational_units=organizational_units, accounts=accounts,
                              account_filter_type=filter_type, parameter_overrides=parameter_overrides)

    def _render(self) -> CfnStackSet.StackInstancesProperty:
        overrides = [CfnStackSet.ParameterProperty(parameter_key=k, parameter_value=v)
                     for k, v in self.parameter_overrides.items()]
        return CfnStackSet.StackInstancesProperty(
            deployment_targets=CfnStackSet.DeploymentTargetsProperty(
                account_filter_type=self.account_filter_type,
                accounts=self.accounts,
                organizational_unit_ids=self.organizational_units,
            ),
            parameter_overrides=overrides or None,
            regions=self.regions,
        )


class DeploymentType:
    """The permission model: self-managed (roles you create) or service-managed (AWS Organizations)."""

    def __init__(
        self,
        *,
        permission_model: str,
        administration_role: IRole | None = None,
        execution_role_name: str | None = None,
        auto_deploy_enabled: bool | None = None,
        auto_deploy_retain_stacks: bool | None = None,
    ) -> None:
        self.permission_model = permission_model
        self.administration_role = administration_role
        self.execution_role_name = execution_role_name
        self.auto_deploy_enabled = auto_deploy_enabled
        self.auto_deploy_retain_stacks = auto_deploy_retain_stacks

    @staticmethod
    def self_managed(
        *,
        administration_role: IRole | None = None,
        execution_role_name: str | None = None,
    ) -> DeploymentType:
        """Self-managed permissions: an administration role in this account assumes ``execution_role_name`` in each
        target account.

        Args:
            administration_role: default a new role CloudFormation assumes, allowed only ``sts:AssumeRole`` on the
                execution role of the target accounts.
            execution_role_name: the role in each target account (default
                ``AWSCloudFormationStackSetExecutionRole``, which CloudFormation also assumes when none is set).
        """
        return DeploymentType(permission_model="SELF_MANAGED", administration_role=administration_role,
                              execution_role_name=execution_role_name)

    @staticmethod
    def service_managed(
        *,
        auto_deploy_enabled: bool | None = None,
        auto_deploy_retain_stacks: bool | None = None,
    ) -> DeploymentType:
        """Service-managed permissions through AWS Organizations.

        Args:
            auto_deploy_enabled: deploy to accounts added to the target OUs later (default true).
            auto_deploy_retain_stacks: keep the stacks of accounts removed from them (default true; only with
                auto-deployment enabled).
        """
        return DeploymentType(permission_model="SERVICE_MANAGED", auto_deploy_enabled=auto_deploy_enabled,
                              auto_deploy_retain_stacks=auto_deploy_retain_stacks)


class StackSet(Resource):
    """A CloudFormation stack set (``AWS::CloudFormation::StackSet``).

    Args:
        template: what the stack instances deploy (``StackSetTemplate.from_stack`` / ``from_url``).
        targets: where the instances go (more with ``add_target``).
        deployment_type: default ``DeploymentType.self_managed()``.
        stack_set_name: default a name unique in the app.
        description: the stack set's description.
        parameters: values of the template's parameters.
        capabilities: the capabilities acknowledged (default: those the template needs, computed from a
            ``from_stack`` template; none for a URL).
        operation_preferences: how operations roll out.
        call_as: the account service-managed operations are made from (``DELEGATED_ADMIN`` needs service-managed).
        managed_execution: let CloudFormation run non-conflicting operations concurrently and queue the others.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        template: StackSetTemplate,
        call_as: CallAs | None = None,
        capabilities: Sequence[CfnCapabilities] | None = None,
        deployment_type: DeploymentType | None = None,
        description: str | None = None,
        managed_execution: bool | None = None,
        operation_preferences: OperationPreferences | None = None,
        parameters: Mapping[str, str] | None = None,
        stack_set_name: str | None = None,
        targets: Sequence[StackSetTarget] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=stack_set_name)
        deployment = deployment_type or DeploymentType.self_managed()
        self.deployment_type = deployment
        self._service_managed = deployment.permission_model == "SERVICE_MANAGED"
        self._targets: list[StackSetTarget] = []
        self._admin_statement: Any = None
        if call_as is CallAs.DELEGATED_ADMIN and not self._service_managed:
            raise ValidationError("StackSet call_as=CallAs.DELEGATED_ADMIN needs a service-managed stack set "
                                  "(deployment_type=DeploymentType.service_managed())", self)
        if deployment.auto_deploy_retain_stacks is not None and deployment.auto_deploy_enabled is False:
            raise ValidationError("StackSet auto_deploy_retain_stacks applies only with auto-deployment enabled "
                                  "(auto_deploy_enabled=False was given)", self)
        if operation_preferences is not None:
            _validate_preferences(self, operation_preferences)
        template_url, needed = self._bind_template(template)
        caps: Any
        if isinstance(needed, StackSetStack):
            # the template renders at synthesis: its capabilities are known then
            inner = needed
            caps = Lazy.list(lambda ctx=None: [c.value for c in self._capabilities(
                capabilities, _capabilities.required_capabilities(inner._rendered_template()))] or None)
        else:
            caps = [c.value for c in self._capabilities(capabilities, needed)] or None

        admin_arn = None
        execution_role_name = None
        self.role: IRole | None = None
        if not self._service_managed:
            execution_role_name = deployment.execution_role_name
            self.role = deployment.administration_role or self._create_admin_role()
            admin_arn = self.role.role_arn

        auto = None
        if self._service_managed:
            enabled = deployment.auto_deploy_enabled is not False
            auto = CfnStackSet.AutoDeploymentProperty(
                enabled=enabled,
                retain_stacks_on_account_removal=(deployment.auto_deploy_retain_stacks is not False) if enabled
                else None,
            )
        prefs = operation_preferences
        self._resource = CfnStackSet(
            self,
            "Resource",
            administration_role_arn=admin_arn,
            auto_deployment=auto,
            call_as=call_as.value if call_as is not None else None,
            capabilities=caps,
            description=description,
            execution_role_name=execution_role_name,
            managed_execution=(CfnStackSet.ManagedExecutionProperty(active=managed_execution)
                               if managed_execution is not None else None),
            operation_preferences=CfnStackSet.OperationPreferencesProperty(
                concurrency_mode=prefs.concurrency_mode.value if prefs.concurrency_mode else None,
                failure_tolerance_count=prefs.failure_tolerance_count,
                failure_tolerance_percentage=prefs.failure_tolerance_percentage,
                max_concurrent_count=prefs.max_concurrent_count,
                max_concurrent_percentage=prefs.max_concurrent_percentage,
                region_concurrency_type=prefs.region_concurrency_type.value if prefs.region_concurrency_type else None,
                region_order=list(prefs.region_order) if prefs.region_order is not None else None,
            ) if prefs is not None else None,
            parameters=[CfnStackSet.ParameterProperty(parameter_key=k, parameter_value=v)
                        for k, v in (parameters or {}).items()] or None,
            permission_model=deployment.permission_model,
            stack_instances_group=Lazy.any(lambda ctx=None: [t._render() for t in self._targets] or None),
            stack_set_name=stack_set_name if stack_set_name is not None else _default_name(self),
            template_url=template_url,
        )
        if self.role is not None and deployment.administration_role is None:
            # the administration role and its policy exist before CloudFormation uses them
            self._resource.node.add_dependency(self.role)
        for target in targets or []:
            self.add_target(target)

    @property
    def stack_set_id(self) -> str:
        """The stack set's id (``Fn::GetAtt`` ``StackSetId``)."""
        return self._resource.attr_stack_set_id

    @property
    def stack_set_name(self) -> str:
        """The stack set's name (its ``Ref``)."""
        return self._resource.ref

    @property
    def targets(self) -> list[StackSetTarget]:
        """The targets added so far."""
        return list(self._targets)

    def add_target(self, target: StackSetTarget) -> None:
        """Deploy stack instances to ``target`` too.

        Raises:
            ValidationError: for a target the permission model cannot deploy to, or one without regions.
        """
        if not target.regions:
            raise ValidationError("StackSet target needs at least one region", self)
        if self._service_managed and target.organizational_units is None:
            raise ValidationError(
                "A service-managed StackSet deploys to organizational units: use "
                "StackSetTarget.from_organizational_units (accounts are only a filter of the OUs)", self)
        if not self._service_managed and target.organizational_units is not None:
            raise ValidationError(
                "A self-managed StackSet deploys to accounts: use StackSetTarget.from_accounts, or "
                "deployment_type=DeploymentType.service_managed() to target organizational units", self)
        if not self._service_managed and not target.accounts:
            raise ValidationError("A self-managed StackSet target needs at least one account", self)
        self._targets.append(target)
        if self._admin_statement is not None and target.accounts:
            name = self.deployment_type.execution_role_name or DEFAULT_EXECUTION_ROLE_NAME
            self._admin_statement.add_resources(
                *[f"arn:{Aws.PARTITION}:iam::{account}:role/{name}" for account in target.accounts])

    # --- helpers ------------------------------------------------------------------------------------------------

    def _create_admin_role(self) -> IRole:
        iam_ = iam()
        role = iam_.Role(self, "AdministrationRole",
                         assumed_by=iam_.ServicePrincipal("cloudformation.amazonaws.com"),
                         description="Assumed by CloudFormation to run the operations of the stack set")
        # least privilege: assume only the execution role, only in the target accounts (added with each target)
        self._admin_statement = iam_.PolicyStatement(actions=["sts:AssumeRole"])
        role.add_to_principal_policy(self._admin_statement)
        self.node.add_validation(_NeedsTargets(self))
        return role

    def _bind_template(self, template: StackSetTemplate) -> tuple[str, list[str] | StackSetStack]:
        if template._url is not None:
            return template._url, []
        stack = template._stack
        assert stack is not None
        mine = Stack.of(self)
        if isinstance(stack, StackSetStack):
            if stack.stack_set_parent is not mine:
                raise ValidationError(
                    f"StackSetTemplate.from_stack: StackSetStack '{stack.node.path}' must be defined in the stack that "
                    f"holds the StackSet ('{mine.node.path}'), which publishes its template", self)
            return stack._stack_set_template_url, stack
        if stack.node.root is mine.node.root:
            raise ValidationError(
                f"StackSetTemplate.from_stack: stack '{stack.node.path}' is in the StackSet's app, where it would "
                "also be deployed on its own: create it in its own App()", self)
        root = stack.node.root
        if not isinstance(root, App):
            raise ValidationError("StackSetTemplate.from_stack: the stack must be in an App", self)
        assembly = root.synth(force=True)
        artifact = assembly.get_stack_artifact(stack.artifact_id)
        body = artifact.template
        if "CheckBootstrapVersion" in (body.get("Rules") or {}):
            raise ValidationError(
                f"StackSetTemplate.from_stack: stack '{stack.node.path}' checks the CDK bootstrap version, which "
                "fails in target accounts that are not bootstrapped: give it synthesizer=BootstraplessSynthesizer()",
                self)
        assets = _read_assets(os.path.join(assembly.directory, f"{stack.artifact_id}.assets.json"),
                              artifact.template_file)
        if assets:
            raise ValidationError(
                f"StackSetTemplate.from_stack: stack '{stack.node.path}' uses assets ({', '.join(assets)}), which "
                "are not published to the stack set's target accounts and regions", self)
        staging = AssetStaging(self, "Template", source_path=artifact.template_full_path)
        parent = Stack.of(self)
        location = parent.synthesizer.add_file_asset(
            FileAssetSource(
                packaging=FileAssetPackaging.FILE,
                source_hash=staging.asset_hash,
                file_name=staging.relative_staged_path(parent),
                display_name=f"{Names.stack_relative_construct_path(self)} StackSet Template",
            )
        )
        return location.http_url, _capabilities.required_capabilities(body)

    def _capabilities(self, given: Sequence[CfnCapabilities] | None, needed: list[str]) -> list[CfnCapabilities]:
        if given is None:
            return [CfnCapabilities(c) for c in needed]
        values = {c.value for c in given}
        missing = [c for c in needed if c not in values
                   and not (c == _capabilities.IAM and _capabilities.NAMED_IAM in values)]
        if missing:
            raise ValidationError(
                f"StackSet capabilities lack {', '.join(missing)}, which the template needs (given: "
                f"{', '.join(sorted(values)) or 'none'}); leave capabilities unset to use the computed ones", self)
        return [c for c in given if c is not CfnCapabilities.NONE]


class _NeedsTargets:
    """A self-managed stack set with the administration role it created needs a target (the role's policy names
    the execution role of each target account)."""

    def __init__(self, stack_set: StackSet) -> None:
        self.stack_set = stack_set

    def validate(self) -> list[str]:
        if self.stack_set.targets:
            return []
        return ["A self-managed StackSet needs at least one target (StackSetTarget.from_accounts): its "
                "administration role may assume the execution role only in the target accounts"]


def _default_name(stack_set: StackSet) -> str:
    name = Names.unique_resource_name(stack_set, max_length=128, allowed_special_characters="-")
    return name if name[:1].isalpha() else f"S{name[:127]}"


def _read_assets(path: str, template_file: str) -> list[str]:
    """The assets of an inner stack's asset manifest other than its own template."""
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except OSError:
        return []
    found = [f.get("displayName", h) for h, f in (manifest.get("files") or {}).items()
             if (f.get("source") or {}).get("path") != template_file]
    found += [d.get("displayName", h) for h, d in (manifest.get("dockerImages") or {}).items()]
    return found


def _validate_preferences(scope: Construct, p: OperationPreferences) -> None:
    def fail(message: str) -> None:
        raise ValidationError(f"StackSet operation_preferences: {message}", scope)

    if p.failure_tolerance_count is not None and p.failure_tolerance_percentage is not None:
        fail("give failure_tolerance_count or failure_tolerance_percentage, not both")
    if p.max_concurrent_count is not None and p.max_concurrent_percentage is not None:
        fail("give max_concurrent_count or max_concurrent_percentage, not both")
    ranges = (
        ("failure_tolerance_count", p.failure_tolerance_count, 0, None),
        ("failure_tolerance_percentage", p.failure_tolerance_percentage, 0, 100),
        ("max_concurrent_count", p.max_concurrent_count, 1, None),
        ("max_concurrent_percentage", p.max_concurrent_percentage, 1, 100),
    )
    for name, value, low, high in ranges:
        if value is None or Token.is_unresolved(value):
            continue
        if value < low or (high is not None and value > high):
            allowed = f"{low} to {high}" if high is not None else f"{low} or more"
            fail(f"{name} must be {allowed}, got {value}")
    if p.region_order is not None and len(set(p.region_order)) != len(p.region_order):
        fail(f"region_order lists a region twice: {list(p.region_order)}")
