"""Cross-stack references: exports/imports between stacks, parameters/outputs for nested stacks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._errors import CrossStackReferenceError, ValidationError
from .json_writer import compact_json
from .uniqueid import make_unique_id

if TYPE_CHECKING:
    from .._cfn_reference import CfnReference
    from .._stack import Stack

LIST_SEPARATOR = "||"


def _is_list(ref: Any) -> bool:
    return getattr(ref, "type_hint", None) == "string-list"


def _is_nested_in(child: Stack, ancestor: Stack) -> bool:
    cur = child.nested_stack_parent
    while cur is not None:
        if cur is ancestor:
            return True
        cur = cur.nested_stack_parent
    return False


def resolve_reference_for(consumer: Stack, ref: CfnReference) -> Any:
    """The value ``consumer`` must use for ``ref`` (produced in another stack)."""
    from .._stage import Stage

    producer = ref.producer_stack
    if consumer is producer:
        return ref.intrinsic()
    if consumer.node.root is not producer.node.root:
        raise CrossStackReferenceError(
            "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app.",
            consumer,
        )
    if Stage.of(consumer) is not Stage.of(producer):
        raise CrossStackReferenceError(
            f"Stack \"{consumer.node.path}\" cannot reference {{{ref.target.node.path}[{ref.display_name}]}} in stack "
            f"\"{producer.node.path}\": the stacks are in different stages (assemblies).",
            consumer,
        )
    parent = consumer.nested_stack_parent
    if parent is not None and _is_nested_in(consumer, producer):
        return create_nested_stack_parameter(consumer, ref)
    if producer.nested_stack_parent is not None:
        output_ref = create_nested_stack_output(producer, ref)
        from .._cfn_reference import CfnReference

        assert isinstance(output_ref, CfnReference)
        if output_ref.producer_stack is consumer:
            value = output_ref.intrinsic()
        else:
            value = resolve_reference_for(consumer, output_ref)
        if _is_list(ref):
            return {"Fn::Split": [LIST_SEPARATOR, value]}
        return value
    if consumer.nested_stack_parent is not None:
        parent = consumer.nested_stack_parent
        if (
            parent.nested_stack_parent is None
            and consumer.node.try_get_context(STRENGTH_FLAG) in (None, "strong")
            and _check_environments(consumer, producer, ref) == "region"
        ):
            # as aws-cdk-lib: the parent reads the value from the other region; the nested stack gets the
            # reader's attribute as a parameter
            from .cross_region import cross_region_reader_reference

            consumer.add_dependency(producer, f"{consumer.node.path} -> {ref.target.node.path}.{ref.display_name}")
            return create_nested_stack_parameter(consumer, cross_region_reader_reference(parent, ref))
        # otherwise, as aws-cdk-lib: the nested stack imports (or reads) the value itself, below
    strength = consumer.node.try_get_context(STRENGTH_FLAG)
    if strength is None:
        _warn_default_strength(consumer)
    # as aws-cdk-lib: a strength applied to the producing resource wins over the app's default
    strength = getattr(ref.target, "_cross_stack_reference_strength", None) or strength
    crossing = _check_environments(consumer, producer, ref)
    if crossing == "account":
        from .cross_account import create_cross_account_reference

        return create_cross_account_reference(
            consumer, ref, strength, producer._explicit_account, producer._explicit_region  # type: ignore[arg-type]
        )
    if crossing == "region":
        # another region of the same account: SSM parameters written by the producer, read by the consumer
        from .cross_region import create_cross_region_export_only, create_cross_region_import_value

        consumer.add_dependency(producer, f"{consumer.node.path} -> {ref.target.node.path}.{ref.display_name}")
        if strength in (None, "strong"):
            return create_cross_region_import_value(consumer, ref)
        if strength == "both":
            create_cross_region_export_only(consumer, ref)
        return create_weak_reference(ref)
    consumer.add_dependency(producer, f"{consumer.node.path} -> {ref.target.node.path}.{ref.display_name}")
    if strength is None:
        return create_import_value(ref)
    if strength == "weak":
        return create_weak_reference(ref)
    if strength == "both":
        create_import_value(ref)
        return create_weak_reference(ref)
    return create_import_value(ref)


STRENGTH_FLAG = "@aws-cdk/core:defaultCrossStackReferences"
STRENGTH_WARNING_ID = "@aws-cdk/core:crossStackReferencesDefaultStrong"


def _warn_default_strength(consumer: Stack) -> None:
    """Warn once per app that references default to strong exports while the flag is unset."""
    root = consumer.node.root
    if consumer.node.try_get_context(STRENGTH_FLAG) is not None or root.__dict__.get("_strength_warned"):
        return
    root.__dict__["_strength_warned"] = True
    from .._annotations import Annotations

    Annotations.of(consumer).add_warning_v2(
        STRENGTH_WARNING_ID,
        'No cross-stack-reference strength configured, defaulting to "strong". We recommend you set feature flag '
        '"@aws-cdk/core:defaultCrossStackReferences" to "both", then deploy everywhere, then set it to "weak". '
        'Alternatively, set it to "strong" explicitly to lock in the current producer-protecting behavior. '
        "(See: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/README.md#reference-strength)",
    )


def _known(value: str | None) -> str | None:
    from .._token import Token

    return None if value is None or Token.is_unresolved(value) else value


def _check_environments(consumer: Stack, producer: Stack, ref: CfnReference) -> str | None:
    """``"account"`` or ``"region"`` for a reference crossing one, ``None`` in one environment; raise for what
    cannot be referenced (a stack without an explicit region on either side)."""
    consumer_account, producer_account = _known(consumer._explicit_account), _known(producer._explicit_account)
    consumer_region, producer_region = _known(consumer._explicit_region), _known(producer._explicit_region)
    if consumer_account == producer_account and consumer_region == producer_region:
        return None
    where = f"Stack \"{consumer.node.path}\" cannot reference {{{ref.target.node.path}[{ref.display_name}]}} in stack "
    if consumer_region is None or producer_region is None:
        raise CrossStackReferenceError(
            f"CrossRegionReferencesRequireExplicitRegion: {where}\"{producer.node.path}\". Cross stack/region "
            "references are only supported for stacks with an explicit region defined. ",
            consumer,
        )
    if consumer_account != producer_account:
        if producer_account is None:
            # aws-cdk-lib would write "unknown-account" into the role and stack ARNs
            raise CrossStackReferenceError(
                f"{where}\"{producer.node.path}\": the producing stack has no explicit account, so the role the "
                "consumer reads it through cannot be named (pass env=Environment(account=..., region=...)).",
                consumer,
            )
        return "account"
    return "region"


def exports_scope(stack: Stack) -> Any:
    """The ``Exports`` construct of a stack (created on first use)."""
    return _child_scope(stack, "Exports")


def generate_export_name(scope: Any, id: str) -> str:
    """``<stack name>:<unique id of Exports/<id>>``, cut from the front to 255 characters."""
    from .._feature_flags import FeatureFlags
    from .._stack import Stack

    stack = Stack.of(scope)
    components: list[str] = []
    if FeatureFlags.of(scope).is_enabled("@aws-cdk/core:stackRelativeExports"):
        cur = scope
        while cur is not stack:
            components.append(cur.node.id)
            cur = cur.node.scope
        components.reverse()
    else:  # the flag false: every scope below the app's children (a staged stack's id too)
        components = [c.node.id for c in scope.node.scopes[2:]]
    components.append(id)
    prefix = f"{stack.stack_name}:" if stack.stack_name else ""
    local = make_unique_id(components)
    cut = max(0, len(local) - 255 + len(prefix))
    return prefix + local[cut:]


def create_import_value(ref: CfnReference) -> Any:
    """Export ``ref`` from its stack (once) and return the ``Fn::ImportValue`` that reads it."""
    from .._cfn_output import CfnOutput
    from .._fn import Fn
    from .._token import Token

    producer = ref.producer_stack
    scope = exports_scope(producer)
    id = "Output" + compact_json(ref.intrinsic())
    export_name = generate_export_name(scope, id)
    if scope.node.try_find_child(id) is None:
        value: Any = Fn.join(LIST_SEPARATOR, Token.as_list(ref)) if _is_list(ref) else Token.as_string(ref)
        CfnOutput(scope, id, value=value, export_name=export_name)
        producer._template_dirty = True
    imported: dict[str, Any] = {"Fn::ImportValue": export_name}
    if _is_list(ref):
        return {"Fn::Split": [LIST_SEPARATOR, imported]}
    return imported


def create_weak_reference(ref: CfnReference) -> Any:
    """Publish ``ref`` as a plain output of its stack and read it with ``Fn::GetStackOutput`` (no export lock)."""

    producer = ref.producer_stack
    output = publish_output(ref)
    read: dict[str, Any] = {
        "Fn::GetStackOutput": {
            "StackName": producer.stack_name,
            "Region": producer.region,
            "OutputName": output._resolved_logical_id(),  # type: ignore[attr-defined]
        }
    }
    if _is_list(ref):
        return {"Fn::Split": [LIST_SEPARATOR, read]}
    return read


def publish_output(ref: CfnReference) -> Any:
    """The ``CfnOutput`` that publishes ``ref`` in its stack's ``Publish`` scope, made on first use (a list value
    joined with the list separator); what weak and cross-account references read with ``Fn::GetStackOutput``."""
    from .._cfn_output import CfnOutput
    from .._fn import Fn
    from .._token import Token

    producer = ref.producer_stack
    scope = _child_scope(producer, "Publish")
    id = "Output" + compact_json(ref.intrinsic())
    output = scope.node.try_find_child(id)
    if output is None:
        value: Any = Fn.join(LIST_SEPARATOR, Token.as_list(ref)) if _is_list(ref) else Token.as_string(ref)
        output = CfnOutput(scope, id, value=value)
        producer._template_dirty = True
    return output


def _child_scope(stack: Stack, id: str) -> Any:
    from .._construct import Construct

    scope = stack.node.try_find_child(id)
    if scope is None:
        scope = Construct(stack, id)
    return scope


def _unique_ref_id(ref: CfnReference) -> str:
    from .._names import Names

    return f"{Names.node_unique_id(ref.target.node)}{ref.display_name}"


def create_nested_stack_parameter(nested: Stack, ref: CfnReference) -> Any:
    """A parameter of ``nested`` fed with ``ref`` by its parent; returns the parameter's Ref."""
    from .._cfn_parameter import CfnParameter
    from .._cfn_reference import CfnReference
    from .._token import Token

    param_id = f"reference-to-{_unique_ref_id(ref)}"
    param = nested.node.try_find_child(param_id)
    if param is None:
        param = CfnParameter(nested, param_id, type="String")
        nested._set_parameter(param._resolved_logical_id(), Token.as_string(ref))  # type: ignore[attr-defined]
        nested._template_dirty = True
    return CfnReference.for_ref(param).intrinsic()


def create_nested_stack_output(producer: Stack, ref: CfnReference) -> Any:
    """An output of nested stack ``producer`` holding ``ref``; returns the parent's GetAtt of it."""
    from .._cfn_output import CfnOutput
    from .._cfn_reference import CfnReference
    from .._token import Token

    output_id = _unique_ref_id(ref)
    output = producer.node.try_find_child(output_id)
    if output is None:
        from .._fn import Fn

        value: Any = Fn.join(LIST_SEPARATOR, Token.as_list(ref)) if _is_list(ref) else Token.as_string(ref)
        output = CfnOutput(producer, output_id, value=value)
        producer._template_dirty = True
    resource = producer.nested_stack_resource
    return CfnReference.for_att(resource, f"Outputs.{output._resolved_logical_id()}")  # type: ignore[attr-defined]


def export_value(stack: Stack, value: Any, *, name: str | None, description: str | None) -> str:
    """``Stack.export_value``."""
    from .._cfn_output import CfnOutput
    from .._cfn_reference import CfnReference
    from .._fn import Fn
    from .._token import Tokenization

    if name:
        CfnOutput(stack, f"Export{name}", value=value, export_name=name, description=description)
        return Fn.import_value(name)
    resolvable = Tokenization.reverse(value)
    from .._resource import _EnvAware

    if isinstance(resolvable, _EnvAware):
        # a resource's name/ARN attribute (aws-cdk-lib's mimicReference) stands for the reference it wraps
        inner = resolvable.value
        resolvable = Tokenization.reverse(inner) if isinstance(inner, str) else inner
    if not isinstance(resolvable, CfnReference):
        raise ValidationError(
            "exportValue: either supply 'name' or make sure to export a resource attribute (like 'bucket.bucketName')",
            stack,
        )
    scope = exports_scope(stack)
    id = "Output" + compact_json(resolvable.intrinsic())
    export_name = generate_export_name(scope, id)
    if scope.node.try_find_child(id) is None:
        CfnOutput(scope, id, value=value, export_name=export_name, description=description)
    return Fn.import_value(export_name)


def export_string_list_value(stack: Stack, value: Any, *, name: str | None, description: str | None) -> list[str]:
    """``Stack.export_string_list_value``."""
    from .._cfn_output import CfnOutput
    from .._cfn_reference import CfnReference
    from .._fn import Fn
    from .._token import Tokenization

    joined = Fn.join(LIST_SEPARATOR, value)
    if name:
        CfnOutput(stack, f"Export{name}", value=joined, export_name=name, description=description)
        return Fn.split(LIST_SEPARATOR, Fn.import_value(name))
    resolvable = Tokenization.reverse(value)
    if not isinstance(resolvable, CfnReference):
        raise ValidationError(
            "exportStringListValue: either supply 'name' or make sure to export a resource attribute", stack
        )
    scope = exports_scope(stack)
    id = "Output" + compact_json(resolvable.intrinsic())
    export_name = generate_export_name(scope, id)
    if scope.node.try_find_child(id) is None:
        CfnOutput(scope, id, value=joined, export_name=export_name, description=description)
    return Fn.split(LIST_SEPARATOR, Fn.import_value(export_name))
