"""``Stack``: the unit of deployment, rendered into one CloudFormation template."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from constructs._private import structs

from ._arn import ArnComponents, ArnFormat, format_arn, split_arn
from ._aws import Aws
from ._cfn_element import CfnElement
from ._construct import CREATED, Construct
from ._errors import SynthesisError, ValidationError
from ._private import uniqueid
from ._private.json_writer import template_json
from ._tag_manager import TagManager, TagType
from ._token import ResolveContext, Token

if TYPE_CHECKING:
    from ._injectors import IPropertyInjector
    from ._mixins import IMixin
    from ._permissions_boundary import PermissionsBoundary
    from ._reference_strength import ReferenceStrength
    from ._stack_policy import StackPolicy
    from ._stage import Stage
    from ._synthesizers import IStackSynthesizer

_STACK_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")
UNKNOWN_ACCOUNT = "unknown-account"
UNKNOWN_REGION = "unknown-region"


@structs.frozen(kw_only=True)
class Environment:
    """Where a stack deploys: account and region (None = decided at deployment).

    Args:
        account: the AWS account id (default decided at deployment).
        region: the AWS region (default decided at deployment).
    """

    account: str | None = None
    region: str | None = None


_PARTITION_PREFIXES = (
    ("cn-", "aws-cn"),
    ("us-gov-", "aws-us-gov"),
    ("us-isob-", "aws-iso-b"),
    ("us-iso-", "aws-iso"),
    ("eu-isoe-", "aws-iso-e"),
    ("us-isof-", "aws-iso-f"),
    ("eusc-", "aws-eusc"),
)


def _make_stack_name(ids: list[str], prefix: str = "") -> str:
    """A stack name (or artifact id) from the construct ids below the stage: a single id of up to 128
    characters as is; otherwise the ids' letters and digits, shortened in the middle to fit 128 characters
    with a hash of the path (aws-cdk-lib's ``makeStackName``)."""
    if len(ids) == 1 and len(prefix + ids[0]) <= 128:
        return prefix + ids[0]
    return uniqueid.make_unique_resource_name(ids, max_length=128, prefix=prefix)


def partition_of_region(region: str) -> str:
    """The partition a region belongs to (``aws`` unless its prefix says otherwise)."""
    for prefix, partition in _PARTITION_PREFIXES:
        if region.startswith(prefix):
            return partition
    return "aws"


class ITemplateOptions:
    """Template-level options of a stack."""

    def __init__(self) -> None:
        self.description: str | None = None
        self.template_format_version: str | None = None
        self.transforms: list[str] | None = None
        self.metadata: dict[str, Any] | None = None


_LEADING_SECTIONS = ("Description", "Transform", "AWSTemplateFormatVersion", "Metadata")


class Stack(Construct):
    """A CloudFormation stack.

    Args:
        scope: the parent (an ``App`` or ``Stage``; a new ``App`` if None).
        id: the construct id (``Default`` if None).
        description: the template description.
        env: the target ``Environment`` (or a dict with ``account`` / ``region``).
        stack_name: the deployed name (default: derived from the path).
        tags: stack-level tags (written to the manifest).
        termination_protection: enable termination protection.
        synthesizer: the stack synthesizer (default: the app's ``default_stack_synthesizer``, else a
            ``DefaultStackSynthesizer``; a reusable synthesizer already serving a stack is bound as a copy).
        suppress_template_indentation: write compact JSON (default: the ``@aws-cdk/core:suppressTemplateIndentation``
            context).
        analytics_reporting: whether the stack gets the ``AWS::CDK::Metadata`` resource (default: the context
            ``aws:cdk:version-reporting``, else no).
        cross_region_references: let other regions' stacks reference this one through SSM parameters.
        notification_arns: SNS topics for stack events.
        permissions_boundary: the boundary set on every IAM role and user of the stack.
        property_injectors: injectors of the props of constructs created in the stack.
        stack_policy: the updates CloudFormation allows on the stack's resources (a pycdk addition: written to the
            assembly as ``<artifact id>.stack-policy.json`` for ``pycdk deploy`` to apply).
    """

    def __init__(
        self,
        scope: Construct | None = None,
        id: str | None = None,
        *,
        analytics_reporting: bool | None = None,
        cross_region_references: bool | None = None,
        description: str | None = None,
        env: Environment | Mapping[str, object] | None = None,
        notification_arns: Sequence[str] | None = None,
        permissions_boundary: PermissionsBoundary | None = None,
        property_injectors: Sequence[IPropertyInjector] | None = None,
        stack_name: str | None = None,
        stack_policy: StackPolicy | None = None,
        suppress_template_indentation: bool | None = None,
        synthesizer: IStackSynthesizer | None = None,
        tags: Mapping[str, str] | None = None,
        termination_protection: bool | None = None,
    ) -> None:
        if scope is None:
            from ._app import App

            scope = App(auto_synth=False)
        super().__init__(scope, id if id is not None else "Default")
        self.__dict__["_pycdk_stack"] = self
        self._logical_ids: dict[str, str] = {}
        self._renamed_used: set[str] = set()
        self._renamed_targets: dict[str, str] = {}
        self._allocated: dict[str, CfnElement] = {}
        self._stack_dependencies: list[tuple[Stack, list[str]]] = []
        self._missing_context: list[dict[str, Any]] = []
        self.template_options: ITemplateOptions = ITemplateOptions()
        self.template_options.description = description
        self._template_metadata: dict[str, Any] = {}
        self.nested_stack_resource: Any = None
        self.cross_region_references: bool = bool(cross_region_references)
        if suppress_template_indentation is None:
            suppress_template_indentation = self.node.try_get_context("@aws-cdk/core:suppressTemplateIndentation")
        self.suppress_template_indentation: bool = bool(suppress_template_indentation)
        self.termination_protection: bool = bool(termination_protection)
        if stack_policy is not None:
            from ._stack_policy import StackPolicy as _StackPolicy

            if not isinstance(stack_policy, _StackPolicy):
                raise TypeError(f"{self.node.path}: stack_policy must be a StackPolicy, got "
                                f"{type(stack_policy).__name__}")
        self.stack_policy: StackPolicy | None = stack_policy
        self.analytics_reporting = analytics_reporting
        self.permissions_boundary = permissions_boundary
        self._notification_arns = list(notification_arns) if notification_arns is not None else None
        self._template_dirty = True
        # context is frozen once a scope has children, so this can be read once per stack
        self._path_metadata = bool(self.node.try_get_context("aws:cdk:enable-path-metadata"))
        # elements a synthesizer adds at synthesis render after everything else, as in aws-cdk-lib
        self._synth_added: list[CfnElement] = []
        self._rendered: dict[str, Any] | None = None

        if description is not None and len(description) > 512:
            raise ValidationError(
                f"Stack description must be <= 1024 bytes. Received description: '{description}'", self
            )

        if isinstance(env, Mapping):
            env = Environment(account=cast("str | None", env.get("account")), region=cast("str | None", env.get("region")))
        env = env or Environment()
        stage = self._parent_stage()
        account = env.account if env.account is not None else getattr(stage, "account", None)
        region = env.region if env.region is not None else getattr(stage, "region", None)
        # token values (e.g. Aws.ACCOUNT_ID) leave the environment unknown at synthesis
        self._explicit_account = account if account is not None and not Token.is_unresolved(account) else None
        self._explicit_region = region if region is not None and not Token.is_unresolved(region) else None
        self.account: str = account if account is not None else Aws.ACCOUNT_ID
        self.region: str = region if region is not None else Aws.REGION
        self.environment: str = (
            f"aws://{account if account is not None and not Token.is_unresolved(account) else UNKNOWN_ACCOUNT}/"
            f"{region if region is not None and not Token.is_unresolved(region) else UNKNOWN_REGION}"
        )

        self._stack_name_explicit = stack_name is not None
        self._stack_name = stack_name if stack_name is not None else self._generate_stack_name()
        if len(self._stack_name) > 128:
            raise ValidationError(
                f"Stack name must be <= 128 characters. Stack name: '{self._stack_name}'", self
            )
        if not Token.is_unresolved(self._stack_name) and not _STACK_NAME_RE.match(self._stack_name):
            raise ValidationError(
                f"Stack name must match the regular expression: /{_STACK_NAME_RE.pattern}/, got '{self._stack_name}'",
                self,
            )
        self.tags: TagManager = TagManager(TagType.KEY_VALUE, "aws:cdk:stack", dict(tags) if tags else None)
        self.artifact_id: str = self._generate_artifact_id()
        self.template_file: str = f"{self.artifact_id}.template.json"

        from ._synthesizers import DefaultStackSynthesizer

        if synthesizer is None:
            synthesizer = getattr(self.node.root, "_default_stack_synthesizer", None)
        if synthesizer is None:
            from ._feature_flags import FeatureFlags

            if FeatureFlags.of(self).is_enabled("@aws-cdk/core:newStyleStackSynthesis"):
                synthesizer = DefaultStackSynthesizer()
            else:  # aws-cdk-lib's legacy synthesizer when the flag is false
                from ._synthesizers import LegacyStackSynthesizer

                synthesizer = LegacyStackSynthesizer()
        # the synthesizer also offers synthesis its private interface (``SynthesisSynthesizer``)
        self.synthesizer: Any = synthesizer
        try:
            synthesizer.bind(self)
        except ValueError:
            # a reusable synthesizer already serving another stack: this stack gets a bound copy
            reusable_bind = getattr(synthesizer, "reusable_bind", None)
            if reusable_bind is None:
                raise
            self.synthesizer = reusable_bind(self)
        if property_injectors:
            from ._injectors import PropertyInjectors

            PropertyInjectors.of(self).add(*property_injectors)
        if permissions_boundary is not None:
            from ._permissions_boundary import bind_permissions_boundary

            bind_permissions_boundary(permissions_boundary, self)
        if self.node.try_get_context("@aws-cdk/core:permissionsBoundary"):
            from ._permissions_boundary import add_permissions_boundary_aspect

            add_permissions_boundary_aspect(self)

    # -- identity --------------------------------------------------------------------------------------
    @staticmethod
    def of(construct: Any) -> Stack:
        """The stack (or nested stack) that contains ``construct``."""
        d = construct.__dict__
        s = d.get("_pycdk_stack")
        if s is not None:
            return s
        seen = [d]
        cur = construct._node.scope
        while True:
            if cur is None:  # the error names the construct asked about, not the root
                raise ValidationError(
                    f"{construct.__class__.__name__} at '{construct.node.path}' should be created in the scope of "
                    "a Stack, but no Stack found",
                    construct,
                )
            cd = cur.__dict__
            s = cd.get("_pycdk_stack")
            if s is not None:
                break
            seen.append(cd)
            cur = cur._node.scope
        for cd in seen:
            cd["_pycdk_stack"] = s
        return s

    @staticmethod
    def is_stack(x: object) -> bool:
        """True for stacks."""
        return isinstance(x, Stack)

    def _parent_stage(self) -> Stage | None:
        from ._stage import Stage

        cur = self.node.scope
        while cur is not None:
            if isinstance(cur, Stage):
                return cur
            cur = cur.node.scope
        return None

    def _path_from(self, container: Construct | None) -> list[str]:
        ids: list[str] = []
        cur: Construct | None = self
        while cur is not None and cur is not container:
            if cur.node.scope is None:
                break
            ids.append(cur.node.id)
            cur = cur.node.scope
        ids.reverse()
        return ids

    def _generate_stack_name(self) -> str:
        stage = self._parent_stage()
        ids = self._path_from(stage)
        stage_name = getattr(stage, "stage_name", "") if stage is not None else ""
        prefix = f"{stage_name}-" if stage_name else ""
        from ._feature_flags import FeatureFlags

        if FeatureFlags.of(self).is_enabled("@aws-cdk/core:includePrefixInUniqueNameGeneration"):
            return _make_stack_name(ids, prefix)  # the stage prefix counts in the 128 characters
        return prefix + _make_stack_name(ids)

    def _generate_artifact_id(self) -> str:
        # as aws-cdk-lib: characters an artifact id may not hold (``:`` of CodePipeline's support stacks) become _
        return re.sub(r"[^A-Za-z0-9_\-.]", "_", _make_stack_name(self._path_from(None)))

    @property
    def stack_name(self) -> str:
        """The deployed stack name (a literal string)."""
        return self._stack_name

    @property
    def stack_id(self) -> str:
        """``AWS::StackId``."""
        return Aws.STACK_ID

    @property
    def partition(self) -> str:
        """``AWS::Partition``; a literal for a known region when ``@aws-cdk/core:enablePartitionLiterals`` is on."""
        region = self._explicit_region
        if region is not None:
            from ._feature_flags import FeatureFlags

            if FeatureFlags.of(self).is_enabled("@aws-cdk/core:enablePartitionLiterals"):
                return partition_of_region(region)
        return Aws.PARTITION

    @property
    def url_suffix(self) -> str:
        """``AWS::URLSuffix``."""
        return Aws.URL_SUFFIX

    @property
    def notification_arns(self) -> list[str]:
        """``AWS::NotificationARNs`` (the list given to the constructor goes to the manifest)."""
        return Aws.NOTIFICATION_ARNS

    @property
    def availability_zones(self) -> list[str]:
        """Two AZ tokens for env-agnostic stacks; a context lookup otherwise."""
        from ._fn import Fn

        self.node.add_metadata(
            "aws:cdk:acknowledged-rules",
            {
                "CloudFormation-Validate::W3010": "Literal AZs in template are the result of accessing "
                "stack.availabilityZones, this is expected and safe"
            },
        )
        if self._explicit_account is None or self._explicit_region is None or Token.is_unresolved(self.region):
            azs = Fn.get_azs()
            return [Fn.select(0, azs), Fn.select(1, azs)]
        from ._context_provider import ContextProvider

        value = ContextProvider.get_value(
            self, provider="availability-zones", dummy_value=["dummy1a", "dummy1b", "dummy1c"]
        ).value
        return list(value)

    def report_missing_context_key(self, *, key: str, props: Mapping[str, object], provider: str) -> None:
        """Record a context value the CLI should look up (written to the manifest's ``missing``)."""
        self._missing_context.append({"key": key, "provider": provider, "props": props})

    @staticmethod
    def consume_reference(value: str, strength: ReferenceStrength | None = None) -> str:
        """``value`` (a resource attribute of another stack) consumed with ``strength`` (default BOTH) instead of
        the app's default cross-stack reference strength."""
        from ._private.coupled_reference import coupled_reference
        from ._reference_strength import ReferenceStrength

        return Token.as_string(coupled_reference(value, strength or ReferenceStrength.BOTH))

    @staticmethod
    def consume_list_reference(value: Sequence[str], strength: ReferenceStrength | None = None) -> list[str]:
        """A list attribute of another stack consumed with ``strength`` (default BOTH)."""
        from ._private.coupled_reference import coupled_reference
        from ._reference_strength import ReferenceStrength

        return Token.as_list(coupled_reference(value, strength or ReferenceStrength.BOTH))

    def to_yaml_string(self, obj: object) -> str:
        """A string token of ``obj`` as YAML, rendered at synthesis (tokens inside resolved first)."""
        from ._token import Lazy

        def produce(context: Any) -> str:
            from ._private.yaml_writer import to_yaml

            return to_yaml(context.resolve(obj), cli=True)

        return Lazy.uncached_string(produce)

    def add_stack_tag(self, tag_name: str, tag_value: str) -> None:
        """Add a stack-level tag (applied by CloudFormation to every resource of the stack)."""
        self.tags.set_tag(tag_name, tag_value)

    def remove_stack_tag(self, tag_name: str) -> None:
        """Remove a stack-level tag."""
        self.tags.remove_tag(tag_name, 0)

    def with_(self, *mixins: IMixin) -> Stack:
        """Apply mixins to this stack and every construct in it (each where it is supported); self."""
        from ._mixins import with_mixins

        return with_mixins(self, *mixins)  # type: ignore[no-any-return]

    @property
    def nested(self) -> bool:
        """True for nested stacks."""
        return self.nested_stack_resource is not None

    @property
    def nested_stack_parent(self) -> Stack | None:
        """The parent stack of a nested stack."""
        return None

    @property
    def dependencies(self) -> list[Stack]:
        """The stacks this stack depends on."""
        return [s for s, _ in self._stack_dependencies]

    @property
    def template_url(self) -> str:
        return self.synthesizer.template_url if hasattr(self.synthesizer, "template_url") else ""

    @property
    def bundling_required(self) -> bool:
        return True

    # -- template ------------------------------------------------------------------------------------
    def add_transform(self, transform: str) -> None:
        """Add a template transform (several are rendered as a de-duplicated list)."""
        t = self.template_options.transforms
        if t is None:
            t = self.template_options.transforms = []
        if transform not in t:
            self._template_dirty = True
        t.append(transform)

    def _add_transform_from_resolution(self, transform: str) -> None:
        # aws-cdk-lib adds these while resolving, once per resolution pass; the repeats make the
        # rendered Transform a (de-duplicated) list even when there is a single transform.
        self.add_transform(transform)

    def add_metadata(self, key: str, value: object) -> None:
        """Add a key to the template's Metadata section."""
        self._template_metadata[key] = value

    def resolve(self, obj: object) -> Any:
        """Resolve tokens as this stack's template would."""
        return ResolveContext(self).resolve(obj)

    def regional_fact(self, fact_name: str, default_value: str | None = None) -> str:
        """The value of region fact ``fact_name`` (``l2.region_info.FactName``) for this stack's region.

        A stack with a concrete region gets the value itself. A region-agnostic stack gets the value every region
        shares (region names and URL suffixes replaced by ``AWS::Region`` / ``AWS::URLSuffix``), else a
        ``Fn::FindInMap`` on a ``<Fact>Map`` mapping added to the stack, with the regions of the partitions listed
        in the ``@aws-cdk/core:target-partitions`` context (every region when it is unset).

        Args:
            fact_name: the name of the fact (``FactName.PARTITION``, ``"domainSuffix"``, ...).
            default_value: the value when the region has no such fact (without it an unknown fact is an error).

        Raises:
            ValidationError: the region is known and has no such fact and no default is given, or the
                target-partitions context is not a list.
        """
        from ._private.region_facts import regional_fact

        return regional_fact(self, fact_name, default_value)

    def to_json_string(self, obj: object, space: int | None = None) -> str:
        """A JSON string of ``obj`` with tokens spliced in (an ``Fn::Join`` at deployment)."""
        from ._private.json_tokens import JsonToken

        return JsonToken(obj, space).to_string()

    def get_logical_id(self, element: CfnElement) -> str:
        """The logical id of an element of this stack (path-based, renames applied)."""
        return element._resolved_logical_id()

    def rename_logical_id(self, old_id: str, new_id: str) -> None:
        """Rename a path-based logical id when it is allocated."""
        self._logical_ids[old_id] = new_id

    def _allocate_logical_id(self, element: CfnElement) -> str:
        # the ids from below this stack down to the element: the end of the element's path (ids hold no "/")
        own = self._node.path
        path = element._node.path
        if own and path.startswith(own) and path[len(own) : len(own) + 1] == "/":
            ids = path[len(own) + 1 :].split("/")
        elif not own and element._node.scope is not None and self._node.scope is None:
            ids = path.split("/")
        else:
            ids = []
            cur: Construct | None = element
            while cur is not None and cur is not self:
                n = cur._node
                ids.append(n.id)
                cur = n.scope
            ids.reverse()
        lid = uniqueid.make_unique_id(ids)
        renamed = self._logical_ids.get(lid) if self._logical_ids else None
        if renamed is not None:
            self._renamed_used.add(lid)
            previous = self._renamed_targets.setdefault(renamed, lid)
            if previous != lid:
                raise ValidationError(
                    f"Two objects have been assigned the same Logical ID: '{previous}' and '{lid}' are now "
                    f"'{renamed}'",
                    element,
                )
            lid = renamed
        if renamed is not None or not lid:
            # make_unique_id's output is alphanumeric and at most 255 long: only a rename or an empty id can be invalid
            uniqueid.validate_logical_id(lid)
        return lid

    # -- dependencies -------------------------------------------------------------------------------------
    def add_dependency(self, target: Stack, reason: str | None = None) -> None:
        """Deploy ``target`` before this stack."""
        from ._private.deps import add_stack_dependency

        add_stack_dependency(self, target, reason or f"{{{self.node.path}}}.addDependency({{{target.node.path}}})")

    def add_stack_dependency(self, target: Stack, reason: str | None = None) -> None:
        self.add_dependency(target, reason)

    def export_value(self, exported_value: object, *, description: str | None = None, name: str | None = None) -> str:
        """Export a value (usually a reference) under ``name``; returns ``Fn::ImportValue`` of it."""
        from ._private.refs import export_value

        return export_value(self, exported_value, name=name, description=description)

    def export_string_list_value(
        self, exported_value: object, *, description: str | None = None, name: str | None = None
    ) -> list[str]:
        """Export a string list (joined with ``||``)."""
        from ._private.refs import export_string_list_value

        return export_string_list_value(self, exported_value, name=name, description=description)

    # -- ARNs ----------------------------------------------------------------------------------------
    def format_arn(
        self,
        *,
        resource: str,
        service: str,
        account: str | None = None,
        arn_format: ArnFormat | None = None,
        partition: str | None = None,
        region: str | None = None,
        resource_name: str | None = None,
    ) -> str:
        """An ARN in this stack's partition, region and account unless given."""
        return format_arn(
            ArnComponents(
                resource=resource,
                service=service,
                account=account,
                arn_format=arn_format,
                partition=partition,
                region=region,
                resource_name=resource_name,
            ),
            self,
        )

    def split_arn(self, arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Split an ARN into its components."""
        return split_arn(arn, arn_format)

    def parse_arn(self, arn: str, sep_or_format: str | ArnFormat | None = None, has_name: bool = True) -> ArnComponents:
        """Deprecated: use ``split_arn``."""
        return split_arn(arn, sep_or_format if isinstance(sep_or_format, ArnFormat) else ArnFormat.SLASH_RESOURCE_NAME)

    # -- rendering -----------------------------------------------------------------------------------
    def _elements(self) -> list[CfnElement]:
        """CfnElements of this stack in pre-order, child stacks skipped."""
        from ._private.walk import StageWalk

        walk = self.__dict__.get("_synthesis_walk")
        if walk is None or not walk.is_current():
            walk = StageWalk(self)
        out = [c for c in walk.owned_by(self) if isinstance(c, CfnElement)]
        synth_added = self._synth_added
        if synth_added:
            # the elements the synthesizer added move last, in walk order (constructs compare by identity)
            added = {id(c) for c in synth_added}
            late = [c for c in out if id(c) in added]
            if late:
                out = [c for c in out if id(c) not in added]
                out += late
        return out

    def _to_cloudformation(self) -> dict[str, Any]:
        """Render and resolve the template."""
        ctx = ResolveContext(self, synthesizing=True)
        resolve = ctx.resolve
        opts = self.template_options
        template: dict[str, Any] = {}
        if opts.description is not None:
            template["Description"] = resolve(opts.description)
        if opts.template_format_version is not None:
            template["AWSTemplateFormatVersion"] = resolve(opts.template_format_version)
        metadata = dict(opts.metadata or {})
        metadata.update(self._template_metadata)
        if metadata:
            template["Metadata"] = resolve(metadata)
        from ._cfn_resource import CfnResource

        plain_render = CfnResource._to_cloudformation
        plain_post = CfnResource._post_resolve
        for el in self._elements():
            if not el._should_synthesize():
                continue
            cls = type(el)
            if cls._to_cloudformation is plain_render and cls._post_resolve is plain_post:
                # a resource that renders and post-resolves as CfnResource does: its body directly, no fragment
                res: CfnResource = el  # type: ignore[assignment]
                lid = res._resolved_logical_id()
                body = resolve(res._resource_body())
                res._post_resolve_body(body, ctx)
                # _add_entry(template, "Resources", lid, body, el), without the call
                resources = template.get("Resources")
                if resources is None:
                    resources = template["Resources"] = {}
                elif lid in resources:
                    _add_entry(template, "Resources", lid, body, el)  # raises SectionAlreadyContains
                resources[lid] = body
                continue
            frag = el._to_cloudformation()
            if not frag:
                continue
            resources = frag.get("Resources") if len(frag) == 1 else None
            if type(resources) is dict and len(resources) == 1:
                # one resource (the usual fragment): its logical id is final, resolve only the body
                ((lid, body),) = resources.items()
                frag = el._post_resolve({"Resources": {lid: resolve(body)}}, ctx)
            else:
                frag = el._post_resolve(resolve(frag), ctx)
            for section, entries in frag.items():
                if type(entries) is not dict:
                    if section == "Description" and section in template:
                        entries = f"{template[section]}\n{entries}"  # aws-cdk-lib joins descriptions
                    template[section] = entries
                    continue
                if not entries:
                    template.setdefault(section, {})  # an empty section still appears in the template
                for lid, body in entries.items():
                    _add_entry(template, section, lid, body, el)
        transforms = opts.transforms
        if transforms:
            ordered: dict[str, Any] = {}
            if "Description" in template:
                ordered["Description"] = template.pop("Description")
            ordered["Transform"] = transforms[0] if len(transforms) == 1 else list(dict.fromkeys(transforms))
            ordered.update(template)
            template = ordered
        leading = [name for name in _LEADING_SECTIONS if name in template]
        if list(template)[: len(leading)] != leading:
            # aws-cdk-lib's template starts with these sections in this order, whichever element gave them
            template = {**{name: template[name] for name in leading}, **template}
        unused = set(self._logical_ids) - self._renamed_used
        if unused:
            raise SynthesisError(
                "The following Logical IDs were attempted to be renamed, but not found: " + ", ".join(sorted(unused)),
                self,
            )
        return template

    def _template_text(self, template: dict[str, Any]) -> str:
        return template_json(template, compact=self.suppress_template_indentation)

    def _synthesis_write_stack_policy(self, directory: str) -> None:
        """Write the stack policy (if any) next to the template and name it in the stack's metadata."""
        if self.stack_policy is not None:
            from ._private.stack_policy import write_stack_policy

            write_stack_policy(self, directory)

    # -- what a stack offers synthesis (``SynthesisStack`` in constructs/_private/synthesis.py) ---------------
    def _synthesis_add_template_additions(self) -> list[CfnElement]:
        """Let the synthesizer add its elements (bootstrap version parameter and rule); the elements it added."""
        before = len(self._synth_added)
        self.synthesizer._synthesis_add_template_additions()
        return self._synth_added[before:]

    def _synthesis_record_additions(self, *elements: CfnElement) -> None:
        """The synthesizer added ``elements`` to this stack: they move after the other children."""
        self._synth_added.extend(elements)

    def _synthesis_known_env(self) -> tuple[str | None, str | None]:
        """The account and region this stack was given as plain strings (None when absent or a token)."""
        return self._explicit_account, self._explicit_region

    def _synthesis_invalidate(self) -> None:
        """Something the template shows changed (e.g. a nested stack's parameters): the next render renders."""
        self._template_dirty = True

    def _synthesis_begin_render(self, walk: Any) -> None:
        """Renders from now on read the elements from ``walk`` (while it is current) and start dirty."""
        self._synthesis_walk = walk
        self._template_dirty = True

    def _synthesis_render(self) -> dict[str, Any] | None:
        """The template, rendered again if something changed since the last render; None if nothing did."""
        if not self._template_dirty:
            return None
        self._template_dirty = False
        created = CREATED[0]
        template = self._to_cloudformation()
        if CREATED[0] != created:
            # a lazy value made new constructs (e.g. a mapping): render again so they are included
            self._template_dirty = True
        return template

    def _synthesis_end_render(self) -> None:
        self._synthesis_walk = None

    def _synthesis_move_additions_last(self) -> None:
        """Children the synthesizer added come last, as in aws-cdk-lib where they are added after prepare."""
        self._node._move_last(self._synth_added)

    def _synthesis_missing_context(self) -> list[dict[str, Any]]:
        """The context lookups reported missing (``report_missing_context_key``), for the manifest."""
        return self._missing_context

    def _synthesis_assets(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The file and the Docker image assets the synthesizer registered, each ``{"hash", "entry"}``."""
        return self.__dict__.get("_file_assets", []), self.__dict__.get("_docker_assets", [])

    def _synthesis_notification_arns(self) -> list[str] | None:
        return self._notification_arns

    def __repr__(self) -> str:
        return f"<Stack {self.node.path}>"


def _add_entry(template: dict[str, Any], section: str, lid: str, body: Any, element: Any) -> None:
    """Put ``body`` under ``template[section][lid]``; two elements may not contribute the same entry."""
    target = template.get(section)
    if target is None:
        target = template[section] = {}
    elif lid in target:
        raise SynthesisError(f"SectionAlreadyContains: section '{section}' already contains '{lid}'", element)
    target[lid] = body
