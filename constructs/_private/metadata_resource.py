"""The ``AWS::CDK::Metadata`` resource (aws-cdk-lib's version reporting / analytics).

A top-level stack with analytics reporting on (``Stack(analytics_reporting=True)``, or the context
``aws:cdk:version-reporting``) gets a ``CDKMetadata`` construct after the aspects ran: in a region where the
resource type exists (region fact ``cdk:metadata-resource:available``), or in a region-agnostic stack under the
condition ``CDKMetadataAvailable`` (an ``Fn::Or`` of the regions that have it). Its ``Analytics`` property is
``v2:deflate64:`` and the base64 of the gzipped, prefix-encoded list of ``<version>!<jsii fqn>`` of the stack's
constructs (as aws-cdk-lib's jsii classes name them) and the jsii runtime.

The plaintext list is built as aws-cdk-lib builds it; the gzip stream is Python's zlib at the default level, which
is not Node's: the compressed bytes differ from aws-cdk-lib's while the plaintext they hold is the same.
"""

from __future__ import annotations

import base64
import sys
import zlib
from typing import Any

LIBRARY_VERSION = "2.275.0"
METADATA_ID = "CDKMetadata"
VERSION_REPORTING_CONTEXT = "aws:cdk:version-reporting"
ALLOWED_FQN_PREFIXES = ("aws-cdk-lib.", "@aws-cdk/", "@aws-cdk-containers/", "@aws-solutions-konstruk/",
                        "@aws-solutions-constructs/", "@amzn/", "@cdklabs/")


def version_reporting_enabled(stack: Any) -> bool:
    """aws-cdk-lib's ``_versionReportingEnabled``: the stack's switch, else the context; never a nested stack."""
    enabled = stack.analytics_reporting
    if enabled is None:
        enabled = stack.node.try_get_context(VERSION_REPORTING_CONTEXT)
    return bool(enabled) and stack.nested_stack_parent is None


def inject_metadata_resources(constructs: list[Any]) -> None:
    """Add ``CDKMetadata`` to each stack among ``constructs`` that reports analytics (post-order, as aws-cdk-lib)."""
    from .._stack import Stack

    for c in reversed(constructs):
        if isinstance(c, Stack) and version_reporting_enabled(c) and c.node.try_find_child(METADATA_ID) is None:
            add_metadata_resource(c)


def _available(region: str) -> bool:
    from .region_facts import find

    return find(region, "cdk:metadata-resource:available") == "YES"


class _Analytics:
    """The producer of the ``Analytics`` value (the construct list is taken when the resource is added)."""

    __slots__ = ("_infos",)

    def __init__(self, infos: list[Any]) -> None:
        self._infos = infos

    def produce(self, context: Any = None) -> str:
        return format_analytics(self._infos)


def add_metadata_resource(stack: Any) -> None:
    """The ``CDKMetadata`` construct of ``stack`` (without a resource in a region that lacks the type)."""
    from .._aws import Aws
    from .._cfn_condition import CfnCondition
    from .._cfn_resource import CfnResource
    from .._construct import Construct
    from .._fn import Fn
    from .._token import Lazy, Token
    from .region_facts import fact_regions

    region = stack.region
    agnostic = Token.is_unresolved(region)
    scope = Construct(stack, METADATA_ID)
    if not agnostic and not _available(region):
        return
    infos = construct_analytics(stack)
    resource = CfnResource(scope, "Default", type="AWS::CDK::Metadata",
                           properties={"Analytics": Lazy.string(_Analytics(infos))})
    if agnostic:
        expression = Fn.condition_or(*[Fn.condition_equals(Aws.REGION, r) for r in fact_regions() if _available(r)])
        condition = CfnCondition(scope, "Condition", expression=expression)
        condition.override_logical_id("CDKMetadataAvailable")
        resource.cfn_options.condition = condition


# The metadata entries a construct reports in the list: mixins always; on a ``Resource`` (an L2), with
# ``@aws-cdk/core:enableAdditionalMetadataCollection`` on, its ``aws:cdk:analytics:*`` entries (additional telemetry).
MIXIN_TYPE = "aws:cdk:analytics:mixin"
TELEMETRY_TYPES = frozenset({"aws:cdk:analytics:construct", "aws:cdk:analytics:method",
                             "aws:cdk:analytics:featureflag"})


def construct_analytics(stack: Any) -> list[Any]:
    """``(fqn, version, data)`` of the constructs of ``stack`` (pre-order; one per fqn, whose ``data`` also takes
    that of the later ones when both have some, as aws-cdk-lib merges them) and the jsii runtime. ``data`` is the
    list of the reported metadata entries' data (``None`` when there is none)."""
    from .._resource import Resource
    from .._stage import Stage
    from .analytics_metadata import _scope_enabled

    telemetry = _scope_enabled(stack)
    seen: dict[tuple[str, str], list[Any]] = {}
    stack_ = [stack]
    while stack_:
        c = stack_.pop()
        fqn = jsii_fqn(type(c))
        if fqn is not None and fqn.startswith(ALLOWED_FQN_PREFIXES):
            entries = c.node._metadata
            mixins = [e.data for e in entries if e.type == MIXIN_TYPE] or None
            extra = None
            if telemetry and isinstance(c, Resource):
                extra = [e.data for e in entries if e.type in TELEMETRY_TYPES] or None
            found = seen.get((fqn, LIBRARY_VERSION))
            if found is None:
                seen[(fqn, LIBRARY_VERSION)] = [mixins, extra]
            else:
                for i, more in enumerate((mixins, extra)):
                    if found[i] is not None and more is not None:
                        found[i] = found[i] + more
        stack_.extend(reversed([k for k in c.node.children if not isinstance(k, Stage)]))
    seen.setdefault(("jsii-runtime.Runtime", f"Python/{sys.version.split()[0]}"), [None, None])
    return [(fqn, version, [*(m or ()), *(t or ())] or None) for (fqn, version), (m, t) in seen.items()]


_NON_AWS_SUBMODULES = frozenset({"custom_resources", "cloudformation_include", "region_info", "pipelines", "triggers",
                                 "lambda_layer_awscli", "lambda_layer_node_proxy_agent"})
_FQN_CACHE: dict[type, str | None] = {}


def jsii_fqn(cls: type) -> str | None:
    """The jsii fqn aws-cdk-lib gives instances of ``cls``: that of its nearest public pycdk class."""
    try:
        return _FQN_CACHE[cls]
    except KeyError:
        pass
    found: str | None = None
    for klass in cls.__mro__:
        found = _own_fqn(klass)
        if found is not None:
            break
    _FQN_CACHE[cls] = found
    return found


def _own_fqn(klass: type) -> str | None:
    name = klass.__name__
    parts = klass.__module__.split(".")
    if name.startswith("_"):
        return None
    if parts[0] == "constructs":
        package, prefix = "constructs", "aws-cdk-lib."
        if name == "Construct":
            return "constructs.Construct"
    elif parts[0] in ("l1", "l2") and len(parts) >= 2:
        package, svc = f"{parts[0]}.{parts[1]}", parts[1].rstrip("_")
        prefix = f"aws-cdk-lib.{svc if svc in _NON_AWS_SUBMODULES else 'aws_' + svc}."
    elif parts[0] == "patterns" and len(parts) >= 2:
        package, prefix = f"patterns.{parts[1]}", f"aws-cdk-lib.aws_{parts[1]}."
    else:
        return None
    module = sys.modules.get(package)
    if module is None or getattr(module, name, None) is not klass:
        return None
    return prefix + name


def format_analytics(infos: list[Any]) -> str:
    """``v2:deflate64:`` and the base64 of the gzipped prefix-encoded ``<version>!<fqn>`` list (each followed, when
    it has reported metadata, by that list in JSON)."""
    trie: dict[str, Any] = {}
    for fqn, version, *data in infos:
        leaf = _insert(trie, f"{version}!{fqn}")
        if data and data[0]:
            leaf[_js_json(data[0])] = {}
    plaintext = _encode(trie).encode("utf-8")
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    data = bytearray(compressor.compress(plaintext) + compressor.flush())
    data[9] = 255  # operating system: unknown, as aws-cdk-lib sets it
    return "v2:deflate64:" + base64.b64encode(bytes(data)).decode("ascii")


def plaintext_of(analytics: str) -> str:
    """The prefix-encoded construct list an ``Analytics`` value holds."""
    import gzip

    return gzip.decompress(base64.b64decode(analytics.split(":", 2)[2])).decode("utf-8")


def _insert(trie: dict[str, Any], fqn: str) -> dict[str, Any]:
    import re

    for part in re.sub(r"([^a-zA-Z0-9])", r"\1 ", fqn).split(" "):
        trie = trie.setdefault(part, {})
    return trie


def _js_json(value: Any) -> str:
    """``JSON.stringify`` of metadata data (already plain JSON: redacted analytics entries, mixin names)."""
    import json

    # an object a user put in metadata (aws-cdk-lib would write its JavaScript fields): its text, never a failure
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


def _encode(trie: dict[str, Any]) -> str:
    out = []
    for key, value in trie.items():
        out.append(key + ("{" + _encode(value) + "}" if len(value) > 1 else _encode(value)))
    return ",".join(out)
