"""``Stage``: a group of stacks synthesized into their own cloud assembly."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._construct import Construct
from ._errors import ValidationError

if TYPE_CHECKING:
    from constructs._construct import IConstruct
    from constructs._policy_validation import IPolicyValidationPluginBeta1
    from constructs._stack import Environment

    from ._assembly import CloudAssembly
    from ._injectors import IPropertyInjector
    from ._permissions_boundary import PermissionsBoundary

_STAGE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9\-_.]*$", re.IGNORECASE)


class Stage(Construct):
    """A deployable group of stacks (an ``App`` is the root stage).

    Args:
        env: default account and region for the stacks inside.
        outdir: where the stage's assembly is written (nested stages: ``assembly-<path>`` under the parent's).
        stage_name: the name (defaults to the id; prefixes stack names).
        permissions_boundary: the boundary set on every IAM role and user of the stage's stacks.
        policy_validation_beta1: validation plugins (kept as ``self.policy_validation_beta1``).
        property_injectors: injectors of the props of constructs created in the stage.
    """

    def __init__(
        self,
        scope: Construct | None,
        id: str,
        *,
        env: Environment | None = None,
        outdir: str | None = None,
        permissions_boundary: PermissionsBoundary | None = None,
        policy_validation_beta1: Sequence[IPolicyValidationPluginBeta1] | None = None,
        property_injectors: Sequence[IPropertyInjector] | None = None,
        stage_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if id and not _STAGE_NAME_RE.match(id):
            raise ValidationError(f"invalid stage name \"{id}\". Stage name must start with a letter and contain only alphanumeric characters, hypens ('-'), underscores ('_') and periods ('.')", self)
        if isinstance(env, Mapping):
            account, region = env.get("account"), env.get("region")
        else:
            account = getattr(env, "account", None) if env is not None else None
            region = getattr(env, "region", None) if env is not None else None
        parent = self.parent_stage
        self._has_nested_stages = False  # set when a stage is created anywhere below this one
        above = parent
        while above is not None and not getattr(above, "_has_nested_stages", False):
            above._has_nested_stages = True
            above = above.parent_stage
        self.account: str | None = account if account is not None else (parent.account if parent else None)
        self.region: str | None = region if region is not None else (parent.region if parent else None)
        self._outdir_arg = outdir
        self.policy_validation_beta1 = policy_validation_beta1
        self.permissions_boundary = permissions_boundary
        if stage_name is not None:
            self.stage_name: str = stage_name
        else:
            parent_name = parent.stage_name if parent is not None else ""
            self.stage_name = f"{parent_name}-{id}" if parent_name else id
        self._assembly: CloudAssembly | None = None
        if permissions_boundary is not None:
            from ._permissions_boundary import bind_permissions_boundary

            bind_permissions_boundary(permissions_boundary, self)
        if property_injectors:
            from ._injectors import PropertyInjectors

            PropertyInjectors.of(self).add(*property_injectors)

    @staticmethod
    def of(construct: IConstruct) -> Stage | None:
        """The closest enclosing stage (an App is a stage)."""
        cur = construct.node.scope
        while cur is not None:
            if isinstance(cur, Stage):
                return cur
            cur = cur.node.scope
        return None

    @staticmethod
    def is_stage(x: object) -> bool:
        """True for stages (and apps)."""
        return isinstance(x, Stage)

    @property
    def parent_stage(self) -> Stage | None:
        """The stage above this one."""
        return Stage.of(self)

    @property
    def artifact_id(self) -> str:
        """``assembly-<path with / replaced by ->``."""
        return "assembly-" + self.node.path.replace("/", "-")

    @property
    def asset_outdir(self) -> str:
        return self.outdir

    @property
    def outdir(self) -> str:
        """The directory this stage's assembly is written to."""
        parent = self.parent_stage
        if parent is None:
            return self._outdir_arg or ""
        import os

        return self._outdir_arg or os.path.join(parent.outdir, self.artifact_id)

    def synth(
        self,
        *,
        force: bool | None = None,
        skip_validation: bool | None = None,
        validate_on_synthesis: bool | None = None,
        error_on_annotations: bool | None = None,
        aspect_stabilization: bool | None = None,
        error_on_duplicate_synth: bool | None = None,
    ) -> CloudAssembly:
        """Synthesize this stage (cached unless ``force``); errors in annotations fail unless told not to.

        ``error_on_duplicate_synth``: aws-cdk-lib fails a second ``synth`` after the tree changed; pycdk locks the
        tree at the first synthesis (adding a construct afterwards fails), so a second call returns the same
        assembly.
        """
        if self._assembly is not None and not force:
            return self._assembly
        from ._private.gc_tuning import collector_paused
        from ._private.synthesis import synthesize

        with collector_paused():
            self._assembly = synthesize(
                self,
                skip_validation=bool(skip_validation),
                error_on_annotations=error_on_annotations is not False,
                aspect_stabilization=aspect_stabilization,
            )
        if self.node.scope is None:  # the app: its policy-validation plugins check the templates, as in aws-cdk-lib
            from ._policy_validation import validate_templates

            with collector_paused():  # plugins read the templates back: many allocations, no cycles to collect
                validate_templates(self, self._assembly)
        return self._assembly

    # -- what a stage offers synthesis (``SynthesisStage`` in constructs/_private/synthesis.py) ---------------
    def _synthesis_child_stages(self) -> list[Stage]:
        """The stages directly below this one (no stage between), in pre-order."""
        if not self.__dict__.get("_has_nested_stages", True):
            return []
        out: list[Stage] = []
        todo = list(reversed(self.node.children))
        while todo:
            c = todo.pop()
            if isinstance(c, Stage):
                out.append(c)
                continue
            todo.extend(reversed(c.node.children))
        return out

    def _synthesis_staged_assets(self) -> dict[str, Any]:
        """The assets staged in this stage's assembly, by staged name (what ``fingerprint.stage_all`` copies)."""
        return self.__dict__.get("_staged_assets", {})

    def _synthesis_set_assembly(self, assembly: CloudAssembly) -> None:
        """Keep the assembly synthesized for this stage (what ``synth()`` returns until forced again)."""
        self._assembly = assembly
