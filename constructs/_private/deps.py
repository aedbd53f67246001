"""Dependencies: ``node.add_dependency`` between constructs, resource DependsOn and stack ordering."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import DependencyCycleError, ValidationError

if TYPE_CHECKING:
    from .._cfn_resource import CfnResource
    from .._stack import Stack


def _top_level(stack: Stack) -> Stack:
    while stack.nested_stack_parent is not None:
        stack = stack.nested_stack_parent
    return stack


def _stack_chain(stack: Stack) -> list[Stack]:
    out = [stack]
    while stack.nested_stack_parent is not None:
        stack = stack.nested_stack_parent
        out.append(stack)
    return out


def _stage_of(stack: Stack) -> Any:
    from .._stage import Stage

    return Stage.of(stack)


def dependency_reasons(source: Stack, target: Stack) -> list[str] | None:
    """The reasons ``source`` (transitively) depends on ``target``, or None."""
    seen: set[int] = set()

    def walk(s: Stack) -> list[str] | None:
        if id(s) in seen:
            return None
        seen.add(id(s))
        for dep, reasons in s._stack_dependencies:
            if dep is target:
                return list(reasons)
            r = walk(dep)
            if r is not None:
                return r
        return None

    return walk(source)


def add_stack_dependency(source: Stack, target: Stack, reason: str) -> None:
    """``source`` deploys after ``target`` (top-level stacks; nested stacks use their parents)."""
    if source is target:
        return
    s_stage, t_stage = _stage_of(source), _stage_of(target)
    if s_stage is not t_stage:
        raise ValidationError(
            f"You cannot have a dependency from '{source.node.path}' (in {_stage_name(s_stage)}) to "
            f"'{target.node.path}' (in {_stage_name(t_stage)}): dependency cannot cross stage boundaries",
            source,
        )
    common = _common_stack(source, target)
    if common is not None:
        if common is target:
            raise ValidationError(f"'{source.node.path}' cannot depend on parent stack '{target.node.path}'", source)
        if common is source:
            raise ValidationError(f"'{source.node.path}' cannot depend on child stack '{target.node.path}'", source)
        # both nested under a common stack: order their nested-stack resources
        s_res = _child_of(source, common).nested_stack_resource
        t_res = _child_of(target, common).nested_stack_resource
        s_res.add_resource_dependency(t_res)
        return
    source, target = _top_level(source), _top_level(target)
    reasons = dependency_reasons(target, source)
    if reasons is not None:
        raise DependencyCycleError(
            f"DependencyCycle: '{target.node.path}' depends on '{source.node.path}' ({', '.join(reasons)}). "
            f"Adding this dependency ({reason}) would create a cyclic reference.",
            source,
        )
    for dep, rs in source._stack_dependencies:
        if dep is target:
            if reason not in rs:
                rs.append(reason)
            return
    source._stack_dependencies.append((target, [reason]))


def _stage_name(stage: Any) -> str:
    if stage is None or not stage.node.path:
        return "the App"
    return f"Stage '{stage.node.path}'"


def _common_stack(a: Stack, b: Stack) -> Stack | None:
    chain_a = _stack_chain(a)
    ids_b = {id(s) for s in _stack_chain(b)}
    for s in chain_a:
        if id(s) in ids_b:
            return s
    return None


def _child_of(stack: Stack, ancestor: Stack) -> Stack:
    cur = stack
    while cur.nested_stack_parent is not ancestor:
        parent = cur.nested_stack_parent
        assert parent is not None
        cur = parent
    return cur


_CLASSES: list[type] = []


def _stack_and_resource_classes() -> list[type]:
    """``[Stack, CfnResource]``, imported on first use (they import this module) and kept: a function-level
    import costs about a microsecond each time it runs, and dependencies are reified per construct."""
    if not _CLASSES:
        from .._cfn_resource import CfnResource
        from .._stack import Stack

        _CLASSES.extend((Stack, CfnResource))
    return _CLASSES


def cfn_resources_of(construct: Any) -> list[CfnResource]:
    """The CfnResources of ``construct`` in its own template: a nested stack (``construct`` itself too) stands for
    its ``AWS::CloudFormation::Stack``; stacks and stages (``construct`` itself too) hold none."""
    Stack, CfnResource = _stack_and_resource_classes()
    Stage = _container_classes()[1]
    out: list[CfnResource] = []
    todo = [construct]
    while todo:
        c = todo.pop()
        if isinstance(c, Stack):
            if c.nested_stack_resource is not None:
                out.append(c.nested_stack_resource)
            continue
        if isinstance(c, CfnResource):
            out.append(c)
        elif isinstance(c, Stage):
            continue
        if c._node._children:
            todo.extend(reversed(c._node._iter_children()))  # popped in order
    return out


_CONTAINERS: list[tuple[type, type]] = []


def _container_classes() -> tuple[type, type]:
    """``(Stack, Stage)``: the classes ``_container_kind`` names (imported on first use, kept)."""
    if not _CONTAINERS:
        from .._stage import Stage

        _CONTAINERS.append((_stack_and_resource_classes()[0], Stage))
    return _CONTAINERS[0]


def _is_stage(c: Any) -> bool:
    from .._stage import Stage

    return isinstance(c, Stage)


def _container_kind(c: Any) -> str | None:
    Stack = _stack_and_resource_classes()[0]
    if isinstance(c, Stack):
        return "nested-stack" if c.nested_stack_parent is not None else "stack"
    if _is_stage(c):
        return "stage"
    return None


# which container kinds may hold an element of a kind, on a dependency-container path
_HOLDERS: dict[str, tuple[str, ...]] = {
    "stage": ("stage",), "stack": ("stage",), "nested-stack": ("nested-stack", "stack"),
    "construct": ("stage", "stack", "nested-stack"),
}


def _container_path(start: Any) -> list[tuple[str, Any]]:
    """``start`` (a plain construct counts as one) and the stages, stacks and nested stacks holding it, root
    first; each element holds the next (a stack defined inside another, non-nested stack is held by the stage)."""
    path: list[tuple[str, Any]] = []
    c = start
    containers = _container_classes()
    while c is not None:
        # most scopes on the way up are plain constructs: one isinstance check skips them
        kind = _container_kind(c) if isinstance(c, containers) else None
        if kind is None and not path:
            kind = "construct"
        if kind is not None and (not path or kind in _HOLDERS[path[-1][0]]):
            path.append((kind, c))
        c = c._node.scope
    path.reverse()
    return path


def add_construct_dependency(source: Any, target: Any, source_resources: list[CfnResource] | None = None) -> None:
    """Apply ``source.node.add_dependency(target)``, as aws-cdk-lib 2.275 dispatches it.

    The two are compared below their deepest shared stage/stack/nested stack: stacks there give a stack
    dependency, nested stacks and constructs DependsOn between their template resources (a stack dependency
    when those live in different stacks). Depending on a containing stage, stack or nested stack is an error; a
    plain ancestor construct is fine (the source's resources depend on the ancestor's other resources).

    Args:
        source_resources: ``cfn_resources_of(source)``, when the caller already has it.
    """
    Stack = _stack_and_resource_classes()[0]

    if source is target:
        return
    if isinstance(source, Stack) and isinstance(target, Stack):
        add_stack_dependency(source, target, f"{{{source.node.path}}}.addDependency({{{target.node.path}}})")
        return
    containers = _container_classes()
    if not isinstance(source, containers) and not isinstance(target, containers):
        holder = _nearest_container(source)
        if holder is not None and holder is _nearest_container(target):
            # the usual case: two constructs in the same stack (their container paths differ only at the end):
            # the source's resources depend on the target's, as below
            sources = source_resources if source_resources is not None else cfn_resources_of(source)
            _depend(source, target, sources, cfn_resources_of(target))
            return
    s_path, t_path = _container_path(source), _container_path(target)
    shared = -1
    for i in range(min(len(s_path), len(t_path)) - 1, -1, -1):
        if s_path[i][1] is t_path[i][1]:
            shared = i
            break
    s_stage = next((c for k, c in reversed(s_path) if k == "stage"), None)
    t_stage = next((c for k, c in reversed(t_path) if k == "stage"), None)
    if s_stage is not t_stage:
        raise ValidationError(
            f"You cannot have a dependency from '{source.node.path}' (in {_stage_name(s_stage)}) to "
            f"'{target.node.path}' (in {_stage_name(t_stage)}): dependency cannot cross stage boundaries",
            source,
        )
    if shared == len(t_path) - 1:
        raise ValidationError(
            f"'{source.node.path}' cannot depend on parent {t_path[shared][0]} '{target.node.path}'", source
        )
    if shared >= len(s_path) - 1:
        return
    (s_kind, s_el), (t_kind, t_el) = s_path[shared + 1], t_path[shared + 1]
    if s_kind == "stage":
        return
    if s_kind == "stack":
        if t_kind == "stack":
            add_stack_dependency(s_el, t_el, f"<{source.node.path}>.node.addDependency(<{target.node.path}>)")
        return
    sources = source_resources if source_resources is not None and s_el is source else cfn_resources_of(s_el)
    _depend(source, target, sources, cfn_resources_of(t_el))


def _nearest_container(c: Any) -> Any:
    """The closest stack or stage above ``c`` (None at the root)."""
    containers = _container_classes()
    c = c._node.scope
    while c is not None and not isinstance(c, containers):
        c = c._node.scope
    return c


def _depend(source: Any, target: Any, sources: list[CfnResource], targets: list[CfnResource]) -> None:
    """Each of ``sources`` depends on each of ``targets``: DependsOn in one stack, a stack dependency across."""
    for s in sources:
        for t in targets:
            if s is t:
                continue
            s_stack, t_stack = s._stack, t._stack
            if s_stack is t_stack:
                s.add_resource_dependency(t)
            else:
                add_stack_dependency(s_stack, t_stack,
                                     f"<{source.node.path}>.node.addDependency(<{target.node.path}>)")


def reify_node_dependencies(root: Any, constructs: list[Any] | None = None) -> None:
    """Turn every ``node.add_dependency`` below ``root`` into DependsOn or stack dependencies.

    Args:
        constructs: the constructs below ``root`` in pre-order (nested stages excluded), if already listed.
    """
    if constructs is None:
        from .walk import StageWalk

        constructs = StageWalk(root).order
    from .._stack import Stack

    for c in constructs:
        if type(c._node._dependencies) is not tuple:  # () when none (else one lone dependable or a list)
            sources = None if isinstance(c, Stack) else cfn_resources_of(c)
            for target in c._node.dependencies:
                add_construct_dependency(c, target, sources)
