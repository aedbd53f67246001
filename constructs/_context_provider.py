"""``ContextProvider``: values looked up by the CLI (AZs, SSM parameters, VPCs...) and cached in context."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._errors import ValidationError
from ._token import Token

if TYPE_CHECKING:
    from constructs._construct import Construct


@structs.frozen(kw_only=True)
class GetContextKeyOptions:
    """What identifies a context lookup: the provider, its props, the environment and an extra cache key.

    Args:
        provider: the context provider to query (e.g. ``vpc-provider``).
        additional_cache_key: a suffix that keeps lookups with otherwise equal props apart (default none).
        include_environment: add the stack's account and region to the props (default true).
        props: the provider's query properties.
    """

    provider: str
    additional_cache_key: str | None = None
    include_environment: bool | None = None
    props: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class GetContextValueOptions(GetContextKeyOptions):
    """A context lookup and what to do while its value is missing.

    Args:
        dummy_value: the value returned while the lookup has not been made yet.
        ignore_error_on_missing_context: return ``dummy_value`` instead of failing when the provider reports an error
            (default false).
        must_exist: whether a missing value is an error (default true); false marks the lookup as optional.
    """

    dummy_value: object
    ignore_error_on_missing_context: bool | None = None
    must_exist: bool | None = None


@structs.frozen(kw_only=True)
class GetContextValueResult:
    """A looked-up value (the dummy value while the lookup is missing).

    Args:
        value: the looked-up value, or the dummy value while the lookup is missing.
    """

    value: Any = None


@structs.frozen(kw_only=True)
class GetContextKeyResult:
    """The context key of a lookup and the props it was computed from.

    Args:
        key: the context key the value is stored under.
        props: the props the key was computed from.
    """

    key: str
    props: Mapping[str, object]


def _colon_quote(s: str) -> str:
    return s.replace("$", "$$").replace(":", "$:")


def _props_to_array(props: Mapping[str, Any], prefix: str = "") -> list[str]:
    import json

    out: list[str] = []
    for key, value in props.items():
        if value is None:
            continue
        if isinstance(value, Mapping):
            out.extend(_props_to_array(value, f"{prefix}{key}."))
        elif isinstance(value, list | tuple):  # a JavaScript array is an object keyed by index
            out.extend(_props_to_array({str(i): v for i, v in enumerate(value)}, f"{prefix}{key}."))
        elif isinstance(value, str):
            out.append(f"{prefix}{key}={_colon_quote(value)}")
        else:
            out.append(f"{prefix}{key}={json.dumps(value, separators=(',', ':'))}")
    out.sort()
    return out


class ContextProvider:
    """Looks values up in the context; reports missing ones to the CLI in ``manifest.json``."""

    @staticmethod
    def get_key(scope: Construct, *, provider: str, props: Mapping[str, object] | None = None,
                include_environment: bool | None = None,
                additional_cache_key: str | None = None) -> GetContextKeyResult:
        """``<provider>:<k=v>...`` with the stack's account and region unless ``include_environment`` is False."""
        from ._stack import Stack

        stack = Stack.of(scope)
        all_props: dict[str, Any] = (
            {"account": stack.account, "region": stack.region} if include_environment is not False else {}
        )
        if additional_cache_key:
            all_props["additionalCacheKey"] = additional_cache_key
        all_props.update(props or {})
        if any(Token.is_unresolved(v) for v in all_props.values()):
            raise ValidationError(
                f"Cannot determine scope for context provider {provider}.\nThis usually happens when one or more "
                "of the provider props have unresolved tokens",
                scope,
            )
        return GetContextKeyResult(key=f"{provider}:{':'.join(_props_to_array(all_props))}", props=all_props)

    @staticmethod
    def get_value(
        scope: Construct,
        *,
        provider: str,
        dummy_value: object,
        props: Mapping[str, object] | None = None,
        include_environment: bool | None = None,
        ignore_error_on_missing_context: bool | None = None,
        must_exist: bool | None = None,
        additional_cache_key: str | None = None,
    ) -> GetContextValueResult:
        """The context value for the lookup, or ``dummy_value`` (and a missing-context report) if absent."""
        from ._annotations import Annotations
        from ._stack import Stack

        if must_exist is not None and ignore_error_on_missing_context is not None:
            raise ValidationError("Only supply one of 'mustExist' and 'ignoreErrorOnMissingContext'", scope)
        if must_exist is not None:
            ignore_error_on_missing_context = not must_exist
        stack = Stack.of(scope)
        if Token.is_unresolved(stack.account) or Token.is_unresolved(stack.region):
            raise ValidationError(
                f"Cannot retrieve value from context provider {provider} since account/region are not specified "
                'at the stack level. Configure "env" with an account and region when you define your stack. See '
                "https://docs.aws.amazon.com/cdk/latest/guide/environments.html for more details.",
                scope,
            )
        found = ContextProvider.get_key(
            scope, provider=provider, props=props, include_environment=include_environment,
            additional_cache_key=additional_cache_key,
        )
        value = scope.node.try_get_context(found.key)
        error = value.get("$providerError") if isinstance(value, Mapping) else None
        if value is None or error is not None:
            # an undefined dummy value (Vpc.fromLookup's) is left out of the manifest, as JSON drops it
            extended: dict[str, Any] = {} if dummy_value is None else {"dummyValue": dummy_value}
            if ignore_error_on_missing_context is not None:
                extended["ignoreErrorOnMissingContext"] = ignore_error_on_missing_context
            extended.update(found.props)
            lookup = getattr(stack.synthesizer, "lookup_role_arn", None)
            if lookup and "lookupRoleArn" not in extended:
                extended["lookupRoleArn"] = lookup
                external_id = getattr(stack.synthesizer, "lookup_role_external_id", None)
                if external_id is not None:
                    extended["lookupRoleExternalId"] = external_id
                options = getattr(stack.synthesizer, "lookup_role_additional_options", None)
                if options is not None:
                    extended["assumeRoleAdditionalOptions"] = options
            stack.report_missing_context_key(key=found.key, provider=provider, props=extended)
            if error is not None:
                Annotations.of(scope).add_error(str(error))
            return GetContextValueResult(value=dummy_value)
        return GetContextValueResult(value=value)
