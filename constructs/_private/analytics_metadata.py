"""``aws:cdk:analytics:construct`` metadata: the redacted props of an L2 constructor, under
``@aws-cdk/core:enableAdditionalMetadataCollection``.

With the flag on, aws-cdk-lib's L2 constructors record the props they were given on their node. The values are
redacted against a table of allowed keys per class (``analytics_metadata.json``, written by
``python -m tools.feature_flags.dump_analytics`` from aws-cdk-lib 2.275.0):

- a class that records but has no table records ``"*"``;
- booleans are kept, and an enum member whose table entry names an enum that has its value keeps the value;
- other scalars (strings, numbers, tokens) become ``"*"``; lists are redacted element by element;
- a struct (or mapping) keeps only the keys its table lists, in the order given (a struct's fields in jsii's
  order: alphabetical by Python name), ``"*"`` entries stay ``"*"``; a construct, an empty mapping, ``None`` and
  any other object become ``"*"``.

``wrap_init(cls)`` is called by the type checks (``typecheck.install``) for public L2 classes; it wraps
``__init__`` only for the classes aws-cdk-lib records. The table is loaded on the first construct built with the
flag on; with the flag off a construct costs a look at its parent's cached flag value.
"""

from __future__ import annotations

import enum
import functools
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._construct import CONTEXT_KEYS
from .._feature_flags import _truthy

FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
CONSTRUCT_TYPE = "aws:cdk:analytics:construct"
_DATA_FILE = os.path.join(os.path.dirname(__file__), "analytics_metadata.json")
_data: dict[str, Any] | None = None
# Classes whose constructor records though they carry no ``PROPERTY_INJECTION_ID`` (aws-glue's, NodejsFunction)
_ALSO_RECORDING = frozenset({*(f"aws-cdk-lib.aws-glue.{name}" for name in (
    "Catalog", "Connection", "DataQualityRuleset", "Database", "ExternalTable", "S3Table", "SecurityConfiguration",
    "Workflow", "SparkJob", "PySparkEtlJob", "PySparkStreamingJob", "PySparkFlexEtlJob", "ScalaSparkEtlJob",
    "ScalaSparkStreamingJob", "ScalaSparkFlexEtlJob", "PythonShellJob",
)), "aws-cdk-lib.aws-lambda-nodejs.NodejsFunction"})
# Classes that carry a ``PROPERTY_INJECTION_ID`` (the table's test for recording) but whose constructor records
# nothing: plain ``Construct`` subclasses that never call ``addConstructMetadata``.
_NOT_RECORDING = frozenset({
    "aws-cdk-lib.aws-ecs.AsgCapacityProvider", "aws-cdk-lib.aws-ses.DropSpamReceiptRule",
    "aws-cdk-lib.aws-ecs.ContainerDefinition", "aws-cdk-lib.aws-ecs.FirelensLogRouter",
    "aws-cdk-lib.aws-batch.EksContainerDefinition", "aws-cdk-lib.aws-batch.EcsEc2ContainerDefinition",
    "aws-cdk-lib.aws-batch.EcsFargateContainerDefinition", "aws-cdk-lib.aws-logs.LogRetention",
    "aws-cdk-lib.aws-eks.KubernetesManifest", "aws-cdk-lib.aws-s3-deployment.BucketDeployment",
    "aws-cdk-lib.aws-servicecatalog.ProductStackHistory", "aws-cdk-lib.aws-ecr-assets.DockerImageAsset",
})


# Parameters of decorated methods jsii's Python binding leaves out (deprecated ones), as the table spells them.
_METHOD_PARAMS: dict[str, dict[str, Any]] = {
    "aws-cdk-lib.aws-ecs.Cluster": {"addAutoScalingGroup": ["auto_scaling_group", [
        "can_containers_access_instance_role", "machine_image_type", "spot_instance_draining", "task_drain_time",
        "topic_encryption_key"]]},
}


def _load() -> dict[str, Any]:
    global _data
    if _data is None:
        with open(_DATA_FILE, encoding="utf-8") as f:
            raw = json.load(f)
        raw["recording"] = (frozenset(raw["recording"]) | _ALSO_RECORDING) - _NOT_RECORDING
        raw["enums"] = {k: frozenset(v) for k, v in raw["enums"].items()}
        raw["unexported"] = frozenset(raw.get("unexported", ()))
        for fqn, methods in _METHOD_PARAMS.items():
            raw["methods"].setdefault(fqn, {}).update(methods)
        _data = raw
    return _data


def jsii_fqn(cls: type) -> str | None:
    """``aws-cdk-lib.aws-sqs.Queue`` for ``l2.sqs.Queue`` (``None`` outside ``l2`` and ``patterns``)."""
    found = _FQNS.get(cls, _MISSING)
    if found is _MISSING:
        found = _FQNS[cls] = _jsii_fqn(cls)
    return found  # type: ignore[no-any-return]


_FQNS: dict[type, str | None] = {}


# pycdk's private classes standing for aws-cdk-lib private classes that report an exported class's fqn
_FQN_ALIASES = {"l2.events._rule._MirrorRule": "aws-cdk-lib.aws-events.Rule",
                "l2.pipelines._private.asset_role.AssetSingletonRole": "aws-cdk-lib.aws-iam.Role",
                "l2.codepipeline._cross_region._AliasWithShorterGeneratedName": "aws-cdk-lib.aws-kms.Alias"}


def _jsii_fqn(cls: type) -> str | None:
    alias = _FQN_ALIASES.get(f"{cls.__module__}.{cls.__qualname__}")
    if alias is not None:
        return alias
    parts = cls.__module__.split(".")
    if len(parts) < 2 or parts[0] not in ("l2", "patterns"):
        return None
    service = parts[1].rstrip("_")
    prefix = "" if service in _NON_AWS_MODULES else "aws-"
    sub = ".experimental" if len(parts) > 3 and parts[2] == "experimental" else ""  # aws-cloudfront's
    return f"aws-cdk-lib.{prefix}{service.replace('_', '-')}{sub}.{cls.__name__}"


# aws-cdk-lib's submodules whose name has no ``aws-`` prefix
_NON_AWS_MODULES = frozenset({"triggers", "pipelines", "custom_resources", "lambda_layer_awscli",
                              "lambda_layer_node_proxy_agent", "alexa_ask", "region_info"})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _is_construct(value: Any) -> bool:
    return getattr(value, "_node", None) is not None or hasattr(type(value), "node") and hasattr(value, "node")


def _is_token(value: Any) -> bool:
    t = type(value)
    found = _TOKEN_TYPES.get(t)
    if found is None:
        found = _TOKEN_TYPES[t] = f"{t.__module__}.{t.__qualname__}" not in _NOT_TOKENS
    if not found:
        return False
    from constructs import Token

    try:
        return bool(Token.is_unresolved(value))
    except Exception:
        return False


_TOKEN_TYPES: dict[type, bool] = {}
_SCALARS = frozenset({str, int, float})


_ENUM_VALUES: dict[str, dict[str, Any]] = {}


def _norm(text: Any) -> str:
    return str(text).replace("_", "").replace("-", "").replace(".", "").lower()


# pycdk enums whose values are aws-cdk-lib's while the table holds a same-named enum of another module (its values
# only): a member whose value it lacks is not looked up by name
_JS_VALUED_ENUMS = frozenset({"l2.globalaccelerator._types.IpAddressType"})


def _js_enum_value(enum_name: str, member: enum.Enum) -> Any:
    """The JavaScript value of ``member`` of aws-cdk-lib's enum ``enum_name``: its value when the enum has it,
    else the one value that reads as its name or value without case and separators (pycdk's
    ``AccessKeyStatus.INACTIVE`` is ``"Inactive"``)."""
    values = _load()["enums"].get(enum_name)
    if values is None:
        return None
    if member.value in values:
        return member.value
    if _qualname(type(member)) in _JS_VALUED_ENUMS:
        return None
    by_norm = _ENUM_VALUES.get(enum_name)
    if by_norm is None:
        by_norm = {}
        for v in values:
            by_norm[_norm(v)] = v if _norm(v) not in by_norm else None
        _ENUM_VALUES[enum_name] = by_norm
    found = by_norm.get(_norm(member.name)) or by_norm.get(_norm(member.value))
    if found is not None and not _reads_as(type(member), by_norm):
        found = None  # a same-named enum of another module (lambda-nodejs's LogLevel is not stepfunctions')
    # (a numeric TypeScript enum's members are valued by their names in pycdk; a string enum's by their values)
    if found is None and member.value == member.name and all(type(v) is int for v in values) \
            and sorted(values) == list(range(len(values))):
        members = list(type(member))  # a numeric TypeScript enum: its members numbered in order
        if len(members) <= len(values):  # the table merges same-named enums (eks's and eks_v2's DefaultCapacityType)
            return members.index(member)
    return found


def _reads_as(t: type, by_norm: dict[str, Any]) -> bool:
    """Whether most members of the enum ``t`` read as values of the table's enum (``by_norm``)."""
    key = (t, id(by_norm))
    found = _READS_AS.get(key)
    if found is None:
        members = list(t)  # type: ignore[call-overload]
        matched = sum(1 for m in members if _norm(m.name) in by_norm or _norm(m.value) in by_norm)
        found = _READS_AS[key] = 2 * matched >= len(members)
    return found


_READS_AS: dict[tuple[type, int], bool] = {}


def redact(allowed: Any, data: Any) -> Any:
    """``data`` redacted against ``allowed`` (a table entry: ``"*"``, a type name, a dict or a list)."""
    if allowed is None:
        return "*"
    t = type(data)
    if t is bool:
        return data
    if t in _SCALARS and (allowed == "*" or not isinstance(allowed, str)):  # the common case, quickly
        return "*"
    if isinstance(data, enum.Enum):
        member = data
        data = data.value
        if isinstance(allowed, str) and allowed != "*":
            found = _js_enum_value(allowed, member)
            if found is not None:
                return found
    if isinstance(data, bool):
        return data
    if isinstance(allowed, str) and allowed != "*" and isinstance(data, (str, int, float)):
        values = _load()["enums"].get(allowed)
        if values is not None and data in values:
            return data
    if isinstance(data, (str, int, float)):
        return "*"
    if isinstance(data, (list, tuple)):
        if isinstance(allowed, list):
            return [redact(allowed[i] if i < len(allowed) else None, x) for i, x in enumerate(data)]
        return [redact(allowed, x) for x in data]
    if data is None or _is_construct(data) or _is_token(data):
        return "*"
    if not isinstance(allowed, dict):  # no key is kept: only whether the object has any matters
        return {} if _has_items(data) else "*"
    items = _items(data)
    if not items:
        return "*"
    out: dict[str, Any] = {}
    if not isinstance(allowed, dict):
        return out
    names = _names(allowed)
    for key, value in items:
        name = names.get(key.replace("_", "").lower())
        if name is None:
            continue
        sub = allowed[name]
        out[name] = "*" if sub == "*" else redact(sub, value)
    return out


_NAMES: dict[int, dict[str, str]] = {}


def _names(allowed: dict[str, Any]) -> dict[str, str]:
    """The table's keys by their spelling without case or underscores (``enforce_ssl`` finds ``enforceSSL``)."""
    found = _NAMES.get(id(allowed))
    if found is None:
        found = _NAMES[id(allowed)] = {k.lower(): k for k in allowed}
    return found


def struct_fqn(t: type) -> str:
    """``aws-cdk-lib.aws_s3.LifecycleRule`` for pycdk's ``l2.s3.LifecycleRule`` (core structs: ``aws-cdk-lib.X``)."""
    parts = t.__module__.split(".")
    if len(parts) >= 2 and parts[0] in ("l2", "patterns"):
        service = parts[1].rstrip("_")
        return f"aws-cdk-lib.{'' if service in _NON_AWS_MODULES else 'aws_'}{service}.{t.__name__}"
    return f"aws-cdk-lib.{t.__name__}"


def _ordered(fqn: str, names: list[str]) -> list[str]:
    """``names`` in the order jsii hands the struct ``fqn``'s fields to JavaScript (alphabetical unless listed)."""
    rank = _RANKS.get(fqn, _MISSING)
    if rank is _MISSING:
        order = _load()["order"].get(fqn)
        rank = _RANKS[fqn] = None if order is None else {n: i for i, n in enumerate(order)}
    if rank is None:
        return sorted(names)
    return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))


_RANKS: dict[str, dict[str, int] | None] = {}


_CODEBUILD_IMAGE = ("type", "default_compute_type", "image_id", "image_pull_principal_type",
                    "secrets_manager_credentials", "repository")
_RDS_INSTANCE = ("engine_type", "engine_version", "parameter_group_family", "single_user_rotation_application",
                 "multi_user_rotation_application", "engine_family", "supports_read_replica_backups", "features")
_RDS_CLUSTER = ("engine_type", "engine_version", "parameter_group_family", "single_user_rotation_application",
                "multi_user_rotation_application", "default_port", "features")
# JavaScript's own fields of classes whose pycdk counterpart keeps them elsewhere (class attributes, properties),
# in the order the JavaScript object has them: a class listed here (or derived from one) gives these first, then
# its instance attributes (none when the list ends with "").
_JS_FIELDS: dict[str, tuple[str, ...]] = {
    "l2.iam._principals.PrincipalBase": ("grant_principal", "principal_account", "assume_role_action"),
    "l2.iam._principals.StarPrincipal": ("grant_principal", "principal_account", "assume_role_action",
                                         "policy_fragment"),
    "l2.ec2._peer._CidrIpv4": ("cidr_ip", "can_inline_rule", "connections", "unique_id"),
    "l2.ec2._peer._CidrIpv6": ("cidr_ipv6", "can_inline_rule", "connections", "unique_id"),
    "l2.ec2._peer._PrefixList": ("prefix_list_id", "can_inline_rule", "connections", "unique_id"),
    "l2.ec2._peer._SecurityGroupId": ("security_group_id", "source_security_group_owner_id", "can_inline_rule",
                                      "connections", "unique_id"),
    "l2.ec2._vpc_endpoint.InterfaceVpcEndpointService": ("name", "port", "private_dns_default"),
    "l2.ec2._vpc_endpoint.InterfaceVpcEndpointAwsService": ("name", "short_name", "port", "private_dns_default"),
    "l2.ec2._ip_addresses._AmazonProvided": ("amazon_provided",),
    "l2.globalaccelerator._private.security_group_peer.AcceleratorSecurityGroupPeer": (
        "security_group_id", "can_inline_rule", "connections", "unique_id"),
    "l2.cloudwatch._dashboard.Row": ("widgets", "offsets", ""),  # (its _width and _height match no key)
    "l2.cloudwatch._dashboard.Column": ("widgets", ""),
    "l2.codebuild._source.Source": ("identifier", "badge_supported", "type"),
    "l2.codebuild._artifacts.Artifacts": ("identifier", "type"),
    "l2.apigateway._resource._NoAuthorizer": ("authorizer_id", "authorization_type", ""),
    "l2.codepipeline._stage.Stage": ("stage_name", ""),  # its other members are getters
    "l2.codebuild._images._LinuxBuildImage": _CODEBUILD_IMAGE,
    "l2.codebuild._images._LinuxArmBuildImage": _CODEBUILD_IMAGE,
    "l2.codebuild._images._WindowsBuildImage": _CODEBUILD_IMAGE,
    "l2.codebuild._images._MacBuildImage": _CODEBUILD_IMAGE,
    "l2.codebuild._images._LinuxLambdaBuildImage": ("type", "default_compute_type", "image_id", ""),
    "l2.codebuild._gpu_image.LinuxGpuBuildImage": ("type", "default_compute_type", "image_pull_principal_type",
                                                   "image_id", ""),
    # ``AccessPolicy.fromAccessPolicyName``'s ``Import`` class
    "l2.eks._access_entry._NamedAccessPolicy": ("policy", "access_scope"),
    "l2.eks_v2._access_entry._NamedAccessPolicy": ("policy", "access_scope"),
    # RDS engines: the class fields aws-cdk-lib declares (undefined ones included), base class first
    "l2.rds._engines._InstanceEngine": _RDS_INSTANCE,
    "l2.rds._engines._PostgresInstanceEngine": (*_RDS_INSTANCE, "default_username"),
    "l2.rds._engines._ClusterEngine": _RDS_CLUSTER,
    "l2.rds._engines._MySqlClusterEngine": (*_RDS_CLUSTER, "engine_family", "supported_log_types",
                                            "combine_import_and_export_roles"),
    "l2.rds._engines._AuroraPostgresClusterEngine": (*_RDS_CLUSTER, "engine_family", "default_username",
                                                     "supported_log_types"),
}
# Structs that aws-cdk-lib builds as object literals where a ``_JS_FIELDS`` object holds them: the literal's keys in
# order, and whether its unset ones are written (``undefined``) or left out.
_JS_LITERAL_STRUCTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "l2.rds._engine_versions.EngineVersion": (("full_version", "major_version"), False),
    "l2.eks._structs.AccessScope": (("type", "namespaces"), True),
    "l2.eks_v2._structs.AccessScope": (("type", "namespaces"), True),
}
# pycdk classes that resolve like tokens where aws-cdk-lib's do not (JavaScript's ``Token.isUnresolved`` is false)
_NOT_TOKENS = frozenset({"l2.iam._policy_statement.PolicyStatement"})


def _js_fields(t: type) -> tuple[str, ...] | None:
    for k in t.__mro__:
        found = _JS_FIELDS.get(f"{k.__module__}.{k.__qualname__}")
        if found is not None:
            return found
    return None


_USER_FIELDS: dict[type, tuple[str, ...] | None] = {}
_PYCDK_ROOTS = frozenset({"l1", "l2", "patterns", "constructs", "aws_cdk", "assertions"})


def _user_fields(t: type) -> tuple[str, ...] | None:
    """The keys JavaScript sees on an object of a class the user wrote to implement an interface (no base class
    of pycdk's but protocols): jsii shows it its properties, not its attributes (``None`` for other classes)."""
    found = _USER_FIELDS.get(t, _MISSING)
    if found is _MISSING:
        found = None
        roots = {k.__module__.partition(".")[0] for k in t.__mro__[:-1] if not getattr(k, "_is_protocol", False)}
        if roots and not roots & (_PYCDK_ROOTS | sys.stdlib_module_names):
            names: list[str] = []
            for k in reversed(t.__mro__):
                names.extend(n for n, v in vars(k).items()
                             if isinstance(v, property) and n[:1] != "_" and n not in names)
            found = tuple(names)
        _USER_FIELDS[t] = found
    return found  # type: ignore[no-any-return]


def _has_items(data: Any) -> bool:
    """Whether ``_items(data)`` is not empty (without building it)."""
    if getattr(type(data), "__struct_fields__", None) is not None or isinstance(data, Mapping):
        return bool(_items(data))
    user = _user_fields(type(data))
    if user is not None:
        return bool(user)
    if getattr(data, "__dict__", None) or _js_fields(type(data)) is not None:
        return True
    return bool(_items(data))


def _field(data: Any, name: str) -> Any:
    try:
        return getattr(data, name, None)
    except Exception:  # a property that has no value here (JavaScript: undefined)
        return None


def _js_literal(value: Any) -> Any:
    found = _JS_LITERAL_STRUCTS.get(_qualname(type(value))) if value is not None else None
    if found is None:
        return value
    order, undefined = found
    return _JsObject((f, v) for f in order if (v := getattr(value, f, None)) is not None or undefined)


def _items(data: Any) -> list[tuple[str, Any]]:
    """The JSON object a value is in jsii: a struct's set fields, a mapping, or another object's attributes."""
    fields = getattr(type(data), "__struct_fields__", None)
    if fields is not None:
        names = _ordered(struct_fqn(type(data)), [f.name for f in fields])
        return [(n, v) for n in names if (v := getattr(data, n, None)) is not None]
    if isinstance(data, _JsObject):
        return list(data.items())
    if isinstance(data, Mapping):
        return [(str(k), v) for k, v in data.items() if v is not None]
    user = _user_fields(type(data))
    if user is not None:
        return [(n, _field(data, n)) for n in user]
    attrs = dict(getattr(data, "__dict__", None) or {})
    fields = _js_fields(type(data))
    if fields is not None:
        first = {f: _js_literal(_field(data, f)) for f in fields}
        if fields[-1] == "":  # these fields only
            first.pop("")
            return list(first.items())
        rest = [(k.lstrip("_"), v) for k, v in attrs.items() if k.lstrip("_") not in first]
        return [*first.items(), *rest]
    for k in type(data).__mro__:
        for slot in getattr(k, "__slots__", ()):
            if slot not in attrs and hasattr(data, slot):
                attrs[slot] = getattr(data, slot)
    return [(k.lstrip("_"), v) for k, v in attrs.items()]


# Classes aws-cdk-lib builds internally from object literals that name unset props (``{ipv6CidrBlock: undefined}``),
# and pycdk functions (``module:qualname``, or ``module:qualname -> <jsii fqn>`` for the constructions of one class
# there; found with ``python -m tools.feature_flags.analytics_compare --trace``) that build constructs where
# aws-cdk-lib's code writes such a literal:
# those constructions keep the ``None`` keyword arguments pycdk's call passes (in the call's order, which follows
# the literal's). Elsewhere an internal call's ``None`` arguments are left out (aws-cdk-lib spreads or passes on
# the props it was given).
_KEEPS_UNDEFINED = frozenset({"l2.ec2._subnet.Subnet"})
_KEEPS_UNDEFINED_CALLERS = frozenset({
    "l2.cloudwatch._metric:Metric.create_alarm",
    "l2.backup._plan:BackupPlan.daily35_day_retention",
    "l2.backup._plan:BackupPlan.daily_monthly1_year_retention",
    "l2.backup._plan:BackupPlan.daily_weekly_monthly5_year_retention",
    "l2.backup._plan:BackupPlan.daily_weekly_monthly7_year_retention",
    "l2.cloudwatch._math_expression:MathExpression.create_alarm",
    "l2.events._event_bus:EventBusBase.archive",
    "l2.sns._topic_base:TopicBase.add_subscription",
    "l2.ec2._instance:Instance.__init__",
    "l2.apigateway._resource:ResourceBase.add_method -> aws-cdk-lib.aws-apigateway.Method",
    "l2.apigateway._api_key:RateLimitedApiKey.__init__ -> aws-cdk-lib.aws-apigateway.UsagePlan",
    "l2.apigateway._restapi:RestApiBase._configure_deployment -> aws-cdk-lib.aws-apigateway.Deployment",
    "l2.applicationautoscaling._step_scaling:StepScalingPolicy.__init__ -> aws-cdk-lib.aws-cloudwatch.Alarm",
    "l2.autoscaling._group:AutoScalingGroup.__init__ -> aws-cdk-lib.aws-ec2.LaunchTemplate",
    "l2.autoscaling._scaling:StepScalingPolicy.__init__ -> aws-cdk-lib.aws-cloudwatch.Alarm",
    "l2.autoscaling_hooktargets._hooks:FunctionHook.bind -> aws-cdk-lib.aws-sns.Topic",
    "l2.certificatemanager._dns_validated:DnsValidatedCertificate.__init__ -> aws-cdk-lib.aws-lambda.Function",
    "l2._private.search_domain.domain:DomainConstruct._certificate -> aws-cdk-lib.aws-certificatemanager.Certificate",
    "l2.cloudfront_origins._vpc:_VpcOriginWithEndpoint.bind -> aws-cdk-lib.aws-cloudfront.VpcOrigin",
    "l2.codebuild._project:Project._configure_vpc -> aws-cdk-lib.aws-ec2.SecurityGroup",
    "l2.codepipeline._cross_region:CrossRegionSupportConstruct.__init__ -> aws-cdk-lib.aws-kms.Key",
    "l2.codepipeline._cross_region:CrossRegionSupportConstruct.__init__ -> aws-cdk-lib.aws-s3.Bucket",
    "l2.codepipeline._pipeline:Pipeline.__init__ -> aws-cdk-lib.aws-kms.Key",
    "l2.codepipeline._pipeline:Pipeline.__init__ -> aws-cdk-lib.aws-s3.Bucket",
    "l2.custom_resources._aws_custom_resource:AwsCustomResource.__init__ -> aws-cdk-lib.aws-lambda.SingletonFunction",
    "l2.custom_resources._provider:Provider._create_function -> aws-cdk-lib.aws-lambda.Function",
    "l2.ec2._bastion:BastionHostLinux.__init__ -> aws-cdk-lib.aws-ec2.Instance",
    "l2.ec2._nat_instance:_NatInstanceProviderBase.configure_nat -> aws-cdk-lib.aws-ec2.Instance",
    "l2.ec2._vpc:VpcBase.enable_vpn_gateway -> aws-cdk-lib.aws-ec2.VpnGateway",
    "l2.ecs._service:BaseService.enable_cloud_map -> aws-cdk-lib.aws-servicediscovery.Service",
    "l2.eks._cluster:Cluster.grant_access -> aws-cdk-lib.aws-eks.AccessEntry",
    "l2.eks._cluster:Cluster.open_id_connect_provider",
    "l2.eks._cluster:Cluster.eks_pod_identity_agent",
    "l2.eks._cluster_resource:ClusterResourceProvider.__init__ -> aws-cdk-lib.aws-lambda.Function",
    "l2.eks._kubectl_provider:KubectlProvider.__init__ -> aws-cdk-lib.aws-lambda.Function",
    "l2.eks_v2._cluster:Cluster.open_id_connect_provider",
    "l2.eks_v2._cluster:Cluster.eks_pod_identity_agent",
    "l2.eks_v2._kubectl_provider:KubectlProvider.__init__ -> aws-cdk-lib.aws-lambda.Function",
    "l2.glue._table:S3Table._create_managed_bucket -> aws-cdk-lib.aws-s3.Bucket",
    "l2.docdb._cluster:DatabaseCluster.__init__ -> aws-cdk-lib.aws-docdb.DatabaseSecret",
    "l2.pipelines._codepipeline:CodePipeline.do_build_pipeline -> aws-cdk-lib.aws-codepipeline.Pipeline",
    "l2.eks_v2._cluster:Cluster.grant_access -> aws-cdk-lib.aws-eks-v2.AccessEntry",
    "l2.lambda_._function:Function._configure_vpc -> aws-cdk-lib.aws-ec2.SecurityGroup",
    "l2.lambda_._singleton:SingletonFunction.__init__ -> aws-cdk-lib.aws-lambda.Function",
    "l2.rds._cluster:_DatabaseClusterNew.__init__ -> aws-cdk-lib.aws-rds.SubnetGroup",
    "l2.rds._instance:_DatabaseInstanceNew.__init__ -> aws-cdk-lib.aws-rds.SubnetGroup",
    "l2.rds._serverless:_ServerlessClusterNew.__init__ -> aws-cdk-lib.aws-rds.SubnetGroup",
    "l2.rds._util:render_credentials -> aws-cdk-lib.aws-rds.DatabaseSecret",
    "l2.route53._hosted_zone:HostedZone.enable_dnssec -> aws-cdk-lib.aws-route53.KeySigningKey",
    "l2.route53._hosted_zone:PublicHostedZone.add_delegation -> aws-cdk-lib.aws-route53.ZoneDelegationRecord",
    "l2.servicediscovery._service:Service.register_load_balancer -> aws-cdk-lib.aws-servicediscovery.AliasTargetInstance",
    "l2.stepfunctions_tasks._evaluate_expression:_dedicated_eval_fn -> aws-cdk-lib.aws-lambda.Function",
    "l2.stepfunctions_tasks._evaluate_expression:_singleton_eval_fn -> aws-cdk-lib.aws-lambda.SingletonFunction",
    "l2.synthetics._canary:Canary.__init__ -> aws-cdk-lib.aws-s3.Bucket",
    "patterns.ecs_patterns._common:default_cluster -> aws-cdk-lib.aws-ecs.Cluster",
    "patterns.ecs_patterns._queue:QueueProcessingServiceBase._setup_queue -> aws-cdk-lib.aws-sqs.Queue",
    "patterns.ecs_patterns._scheduled:ScheduledTaskBase._setup_schedule -> aws-cdk-lib.aws-events.Rule",
})


# The constructors of subclasses whose base class records the props the subclass passes it (an object literal in
# aws-cdk-lib's ``super(scope, id, {...})``) rather than the subclass's own props.
_SUPER_LITERALS = frozenset({"l2.rds._database_secret:DatabaseSecret.__init__",
                             "l2.docdb._database_secret:DatabaseSecret.__init__",
                             "l2.apigateway._resource:ProxyResource.__init__",
                             "l2.codebuild._boundary:UntrustedCodeBoundaryPolicy.__init__",
                             "l2.eks._oidc:OpenIdConnectProvider.__init__", "l2.eks._oidc:OidcProviderNative.__init__",
                             "l2.eks_v2._oidc:OpenIdConnectProvider.__init__",
                             "l2.eks_v2._oidc:OidcProviderNative.__init__"})
# ... and those whose literal spreads the props given (``{source: ..., ...props}``): unset ones are not in it.
_SUPER_SPREADS = frozenset({"l2.codebuild._project:PipelineProject.__init__"})
# ... and those whose literal is ``{...props, key: <value>}`` (``key: props.key ?? <default>``...): the props given,
# then these keys as the subclass passes them (undefined ones too).
_SUPER_DEFAULTS = {
    "l2.cloudwatch._alarm:AnomalyDetectionAlarm.__init__": ("comparison_operator",),
    "l2.route53._record_set:HttpsRecord.__init__": ("record_type", "target"),
    "l2.config._managed_rules:AccessKeysRotated.__init__": ("input_parameters",),
    "l2.config._managed_rules:CloudFormationStackDriftDetectionCheck.__init__": ("input_parameters",),
    "l2.config._managed_rules:CloudFormationStackNotificationCheck.__init__": ("input_parameters", "rule_scope"),
}
# ... and those whose literal puts keys of its own before the subclass's props (``{defaultIntegration: ...,
# ...props}``): the base records those keys as passed to it, then the props the subclass was given.
_SUPER_PREFIXES: dict[str, tuple[str, ...]] = {
    "l2.apigateway._lambda_api:LambdaRestApi.__init__": ("default_integration",),
}


def _prefixed(t: type, kwargs: Mapping[str, Any], call: tuple[Any, bool, str | None], keys: tuple[str, ...]) -> Any:
    given, internal, _ = call
    if isinstance(given, _Literal):
        props = list(given.items())
    else:
        props = [(k, v) for k, v in given.items() if v is not None]
        if not internal:
            names = _ordered(f"{struct_fqn(t)}Props", [k for k, _ in props])
            props = [(k, given[k]) for k in names]
    # keys a property injector of the base put before the ones passed (``{...defaults, ...props}``) come first
    names = list(kwargs)
    out = _Literal((k, kwargs[k]) for k in names[:names.index(keys[0])] if kwargs[k] is not None) \
        if keys[0] in kwargs else _Literal()
    out.update([*((k, kwargs.get(k)) for k in keys), *((k, v) for k, v in props if k not in keys)])
    return out


# ... and those whose literal spreads the props the subclass was given, then sets these keys (``{...props,
# defaultCapacity: 0}``): the given props as jsii hands them over, then those keys not among them, with the values the
# subclass passes its base.
_SUPER_SPREAD_PROPS: dict[str, tuple[str, ...]] = {
    "l2.eks._fargate:FargateCluster.__init__": ("default_capacity", "core_dns_compute_type", "version"),
    "l2.eks_v2._fargate:FargateCluster.__init__": ("default_capacity", "default_capacity_type",
                                                   "core_dns_compute_type", "version"),
    "l2.lambda_nodejs._function:NodejsFunction.__init__": ("runtime", "code", "handler"),
}


def _spread_props(t: type, call: tuple[Any, bool, str | None], passed: Mapping[str, Any],
                  keys: tuple[str, ...]) -> _Literal:
    """``{...props, <keys>}``: the props of the outer construction ``call`` (of a ``t``), then ``keys`` from
    ``passed`` (a key among the props keeps its place)."""
    given, internal, _ = call
    props = {k: v for k, v in given.items() if v is not None}
    target = _jsii_class(t)
    if not internal and target is not None:
        name = f"{struct_fqn(target)}Props"
        props = {k: props[k] for k in _ordered(_PROPS_STRUCTS.get(name, name), list(props))}
    for key in keys:
        props[key] = passed.get(key)
    return _Literal(props)


def _keeps_undefined(cls: type, caller: str | None) -> bool:
    key = (cls, caller)
    found = _KEEPS.get(key)
    if found is None:
        found = _KEEPS[key] = (
            caller in _KEEPS_UNDEFINED_CALLERS
            or caller in _SUPER_LITERALS
            or f"{caller} -> {jsii_fqn(cls)}" in _KEEPS_UNDEFINED_CALLERS
            or any(_qualname(k) in _KEEPS_UNDEFINED for k in cls.__mro__)
        )
    return found


_KEEPS: dict[tuple[type, str | None], bool] = {}


# Internal constructions (``caller -> fqn``) where aws-cdk-lib's literal gives a value outside the enum that pycdk
# gives as a member (``retention: logRetention || Infinity``): argument -> (the member's name, JavaScript's value).
_JS_VALUES: dict[str, dict[str, tuple[str, Any]]] = {
    "l2.ecs._log_drivers:AwsLogDriver.bind -> aws-cdk-lib.aws-logs.LogGroup": {"retention": ("INFINITE", float("inf"))},
}


# Constructor props structs not named ``<class>Props``
_PROPS_STRUCTS = {"aws-cdk-lib.aws_dynamodb.TableV2Props": "aws-cdk-lib.aws_dynamodb.TablePropsV2"}


class _JsObject(dict[str, Any]):
    """A JavaScript object literal: its keys in the order written, ``undefined`` ones kept."""


class _Literal(_JsObject):
    """The props object aws-cdk-lib's code passes to a constructor, given by pycdk's code (``use_literal``)."""


_LITERALS: dict[tuple[int, Any], _Literal] = {}


def use_literal(scope: Any, construct_id: str, props: Mapping[str, Any]) -> None:
    """The construct pycdk's code builds next as ``(scope, id)`` records ``props`` (aws-cdk-lib's object literal:
    keys in its order, ``None`` for ``undefined``) rather than the keyword arguments pycdk passes. Costs a cached
    flag look-up when the flag is off."""
    if _scope_enabled(scope):
        _LITERALS[(id(scope), construct_id)] = _Literal(props)


def props_metadata(cls: type, kwargs: Mapping[str, Any], *, internal: bool = False, caller: str | None = None) -> Any:
    """The metadata data aws-cdk-lib writes for ``cls`` built with ``kwargs`` (by pycdk's own code when
    ``internal``, in the function ``caller``: an object literal)."""
    data = _load()
    fqn = jsii_fqn(cls)
    if fqn is None:
        return "*"
    module, _, name = fqn.rpartition(".")
    table = data["classes"].get(module, {}).get(name)
    if table is None or fqn in data["unexported"]:  # an unexported class reports an exported base's fqn
        return "*"
    if isinstance(kwargs, _Literal):
        return redact(table, kwargs) if kwargs else "*"
    if internal:
        if not _keeps_undefined(cls, caller):
            kwargs = {k: v for k, v in kwargs.items() if v is not None}
        js_values = _JS_VALUES.get(f"{caller} -> {fqn}")
        if js_values is not None:
            kwargs = {k: js_values[k][1] if k in js_values and getattr(v, "name", None) == js_values[k][0] else v
                      for k, v in kwargs.items()}
        return redact(table, _JsObject(kwargs)) if kwargs else "*"
    given = {k: v for k, v in kwargs.items() if v is not None}
    if not given:
        return "*"
    props = f"{struct_fqn(cls)}Props"
    names = _ordered(_PROPS_STRUCTS.get(props, props), list(given))
    return redact(table, {k: given[k] for k in names})


def wrap_init(cls: type, init: Callable[..., None]) -> Callable[..., None]:
    """``init`` (the constructor of a public L2 class) that also records its props when the flag is on and
    aws-cdk-lib's class records them. With the flag off it costs a cached look-up per construct.

    aws-cdk-lib records right after ``super()``: the entry goes before those the constructor's body adds (a
    subclass that records too puts its entry after everything its base's constructor added), and the methods
    called in the body are recorded after it. A construct built by the user gets its props as jsii hands them
    over (struct order, unset ones left out); one built by pycdk's own code as the call gives them, in order
    (unset ones left out, unless the class is one of ``_KEEPS_UNDEFINED``)."""

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        scope = args[0] if args else kwargs.get("scope")
        if scope is None or not _scope_enabled(scope):
            init(self, *args, **kwargs)
            return
        state = self.__dict__
        outer = _CALL not in state
        own = None
        if outer:
            caller = _caller(sys._getframe(1))
            literal = _LITERALS.pop((id(scope), args[1] if len(args) > 1 else kwargs.get("id")), None) \
                if _LITERALS else None
            if literal is None and caller is not None and jsii_fqn(cls) == "aws-cdk-lib.aws-events.Rule":
                literal = _options_literal(sys._getframe(1))
            state[_CALL] = (kwargs if literal is None else literal, caller is not None, caller)
            _install_methods(type(self))
        elif (caller := _caller(sys._getframe(1))) in _SUPER_LITERALS or caller in _SUPER_SPREADS:
            own = (kwargs, True, caller)  # this base records what the subclass passes it (an object literal)
        elif caller in _SUPER_DEFAULTS and not isinstance(state[_CALL][0], _Literal):
            extra = _SUPER_DEFAULTS[caller]
            literal = _Literal((k, v) for k, v in state[_CALL][0].items() if v is not None and k not in extra)
            literal.update((k, kwargs.get(k)) for k in extra)
            own = (literal, True, caller)
        elif caller in _SUPER_PREFIXES:
            own = (_prefixed(type(self), kwargs, state[_CALL], _SUPER_PREFIXES[caller]), True, caller)
        elif caller in _SUPER_SPREAD_PROPS:
            own = (_spread_props(type(self), state[_CALL], kwargs, _SUPER_SPREAD_PROPS[caller]), True, caller)
        try:
            init(self, *args, **kwargs)
            target = _jsii_class(type(self))
            given, internal, caller = own or state[_CALL]
            for _ in range(_recording_levels(type(self), cls)):
                try:
                    data = "*" if target is None else props_metadata(target, given, internal=internal, caller=caller)
                except Exception:  # telemetry never fails a synthesis (a pycdk bug if it raises)
                    data = "*"
                self.node.add_metadata(CONSTRUCT_TYPE, data)
                entries = self.node._metadata
                entries.insert(state.get(_MARK, 0), entries.pop())
                state[_MARK] = len(entries)
        finally:
            if outer:
                state.pop(_CALL, None)
                state.pop(_MARK, None)

    return __init__


# aws-cdk-lib's private construct classes that record (an imported resource's ``Import`` class, the roles
# ``Role.from_role_arn`` makes) as pycdk's private classes for them, with the methods they decorate. Their jsii fqn
# is their public base's or core's ``Resource``, which has no table: every entry they write is ``"*"``.
PRIVATE_RECORDING: dict[str, tuple[str, ...]] = {
    "l2.iam._imported_role._ImportedRole": (
        "addToPolicy", "addToPrincipalPolicy", "attachInlinePolicy", "addManagedPolicy", "grantPassRole",
        "grantAssumeRole", "grant", "dedupeString",
    ),
    "l2.iam._imported_role._ImmutableRole": (
        "attachInlinePolicy", "addManagedPolicy", "addToPolicy", "addToPrincipalPolicy", "grant", "grantPassRole",
        "grantAssumeRole",
    ),
    "l2.iam._customize_roles.PrecreatedRole": (
        "attachInlinePolicy", "addManagedPolicy", "addToPolicy", "addToPrincipalPolicy", "grant", "grantPassRole",
        "grantAssumeRole",
    ),
    # its own method (not in Role's table: recorded as ``{}``)
    "l2.pipelines._private.asset_role.AssetSingletonRole": ("addAssumeRole",),
    "l2.ec2._subnet.ImportedSubnet": ("associateNetworkAcl",),
    "l2.s3._bucket._ImportedBucket": (),
    "l2.kms._key._ReferencedKey": (),
    "l2.events._event_bus._ImportedEventBus": (),
    "l2.events._connection._ImportedConnection": (),
    "l2.rds._cluster_instance._AuroraClusterInstance": (),
    "l2.rds._cluster._ImportedCluster": (),
    "l2.rds._serverless._ImportedServerlessCluster": (),
    "l2.efs._access_point._ImportedAccessPoint": (),
    "l2.efs._file_system._ImportedFileSystem": (),
    "l2.cognito_identitypool._identity_pool._RoleAttachment": (),
    "l2.glue._catalog._AccountCatalog": (),
    "l2.glue._catalog._ImportedCatalog": (),
    "l2.events._rule._MirrorRule": (),  # records Rule's entry again (its fqn is Rule's)
    "l2.elasticloadbalancingv2._load_balancer._ImportedApplicationLoadBalancer": ("addListener",),
    "l2.elasticloadbalancingv2._load_balancer._LookedUpApplicationLoadBalancer": ("addListener",),
    "l2.elasticloadbalancingv2._load_balancer._LookedUpNetworkLoadBalancer": ("addListener",),
    "l2.elasticloadbalancingv2._application_listener._ImportedApplicationListener": (),
    "l2.elasticloadbalancingv2._application_listener._LookedUpApplicationListener": (),
    # a managed EC2 compute environment and a deployment group: a base's constructor and their own record (the
    # same entry twice)
    "l2.batch._compute_environment._ManagedEc2ComputeEnvironment": (),
    "l2.codedeploy._group_base._DeploymentGroupBase": (),
    "l2.codedeploy._group_base._ImportedDeploymentGroupBase": (),
    "l2.codedeploy._ecs._ImportedEcsDeploymentGroup": (),
    "l2.codedeploy._lambda._ImportedLambdaDeploymentGroup": (),
    "l2.codedeploy._server._ImportedServerDeploymentGroup": (),
    # core's CustomResource (jsii fqn ``aws-cdk-lib.CustomResource``: two parts, so "*"), wrapped once the flag is
    # first seen on (``_install_core``)
    "constructs._custom_resource.CustomResource": ("getAtt", "getAttString"),
}
# Private base classes whose constructor pycdk's public subclasses inherit (aws-cdk-lib's subclasses each have one
# that records): wrapped so that the subclass's entry is written (``_recording_levels``), recording none of their own.
_PRIVATE_BASES = frozenset({"l2.cloudfront._access._OriginAccessControl"})
_CORE_DONE: list[bool] = []


def _install_core() -> None:
    """Record core's ``CustomResource`` as aws-cdk-lib does (its construct entry and its ``getAtt`` calls)."""
    _CORE_DONE.append(True)
    from .._custom_resource import CustomResource

    init = CustomResource.__dict__["__init__"]
    # its property-injection wrapper (constructs._resource) calls the constructor it holds in a cell named
    # ``inner``, and would take a replacement of itself for its inner function: wrap the inner one
    cells = dict(zip(init.__code__.co_freevars, init.__closure__ or (), strict=False))
    inner = cells["inner"].cell_contents if "inner" in cells else None
    if isinstance(inner, list) and inner:
        inner[0] = wrap_init(CustomResource, inner[0])
    else:
        CustomResource.__init__ = wrap_init(CustomResource, init)  # type: ignore[method-assign]


def _qualname(t: type) -> str:
    return f"{t.__module__}.{t.__qualname__}"


def install_private(cls: type) -> None:
    """Record the construct entry of ``cls`` when it is one of the ``PRIVATE_RECORDING`` classes (called by the
    type checks' ``install`` for the private construct classes of ``l2``, which get no checks)."""
    if (_qualname(cls) in PRIVATE_RECORDING or _qualname(cls) in _PRIVATE_BASES) and "__init__" in cls.__dict__:
        cls.__init__ = wrap_init(cls, cls.__dict__["__init__"])  # type: ignore[misc]


_LEVELS: dict[tuple[type, type], int] = {}


def _recording_levels(t: type, cls: type) -> int:
    """How many constructors record when ``cls.__init__`` finishes for an instance of ``t``: ``cls``'s, when its
    aws-cdk-lib class records, and those of the classes between ``t`` and ``cls`` that pycdk builds without a
    constructor of their own but whose aws-cdk-lib class has one that records (``PublicSubnet`` over ``Subnet``)."""
    key = (t, cls)
    found = _LEVELS.get(key)
    if found is None:
        recording = _load()["recording"]
        found = int(jsii_fqn(cls) in recording or _qualname(cls) in PRIVATE_RECORDING)
        for k in t.__mro__:
            if k is cls or "__init__" in k.__dict__:
                break
            if k.__module__.startswith(("l2.", "patterns.")) and jsii_fqn(k) in recording \
                    and _qualname(k) not in _FQN_ALIASES:  # an alias has no constructor of its own in JavaScript
                found += 1
        _LEVELS[key] = found
    return found


_CALL = "_pycdk_analytics_call"
_MARK = "_pycdk_analytics_mark"
_WRAPPERS = ("constructs._resource", "constructs._private.typecheck", __name__)


def _caller(frame: Any) -> str | None:
    """``module:qualname`` of the pycdk function that makes the call (aws-cdk-lib's JavaScript), ``None`` when
    the user's code makes it (through jsii); the type-check and injection wrappers in between are skipped."""
    while frame is not None:
        module = frame.f_globals.get("__name__")
        if module is not None and module not in _WRAPPERS:
            if module.startswith(("l2.", "patterns.", "constructs.", "l1.")) or module == "constructs":
                return f"{module}:{frame.f_code.co_qualname}"
            return None
        frame = frame.f_back
    return None


def _options_literal(frame: Any) -> _Literal | None:
    """For a rule an ``on<Event>(id, options)`` method builds as aws-cdk-lib's ``new Rule(this, id, options)``: the
    options object as jsii handed it over: the keyword arguments given to the outermost of pycdk's ``on_*`` methods
    (with a ``target``) that pass it on to the one that builds the rule; those set, in jsii's order."""
    found = None
    for _ in range(40):
        if frame is None:
            break
        module = frame.f_globals.get("__name__")
        if module is None or module in _WRAPPERS:  # the type checks' compiled stubs have no module
            frame = frame.f_back
            continue
        if not module.startswith("l2."):
            break
        code = frame.f_code
        if code.co_name.startswith("on_"):
            if "target" not in code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]:
                break
            found = frame
        frame = frame.f_back
    if found is None:
        return None
    code = found.f_code
    names = code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    given = [n for n in names if found.f_locals.get(n) is not None]
    return _Literal((n, found.f_locals[n]) for n in _ordered("aws-cdk-lib.aws_events.OnEventOptions", given))


def _internal_caller(frame: Any) -> bool:
    """Whether the call comes from pycdk's own code rather than the user's (see ``_caller``)."""
    return _caller(frame) is not None


# -- aws:cdk:analytics:method --------------------------------------------------------------------------------------
METHOD_TYPE = "aws:cdk:analytics:method"
_INSTALLED: set[type] = set()
_WRAPPED: set[tuple[type, str]] = set()
_DECORATED: dict[tuple[type, str], Any] = {}


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])|(?<=[A-Z])([A-Z])(?=[a-z])", r"_\1\2", name).lower()


def _install_methods(t: type) -> None:
    """Wrap, once, the methods aws-cdk-lib decorates ``@MethodMetadata()`` on the classes ``t`` derives from (called
    when the first construct of ``t`` is built with the flag on: with it off nothing is wrapped)."""
    if t in _INSTALLED:
        return
    _INSTALLED.add(t)
    methods = _load()["methods"]
    for k in t.__mro__:
        fqn = jsii_fqn(k) if k.__module__.startswith(("l2.", "patterns.")) else None
        names = PRIVATE_RECORDING.get(_qualname(k), ())
        for js in (*(methods.get(fqn, ()) if fqn is not None else ()), *names):
            name = _snake(js)
            # the class the table names when it defines the method (a subclass's override is not decorated)
            owner = k if name in k.__dict__ else next((c for c in t.__mro__ if name in c.__dict__), None)
            if owner is not None and (owner, name) not in _WRAPPED and callable(owner.__dict__[name]):
                _WRAPPED.add((owner, name))
                setattr(owner, name, method_metadata(owner, js, owner.__dict__[name]))


def _decorated(t: type, js: str) -> Any:
    """The jsii parameters of ``js`` when aws-cdk-lib records it on instances of ``t`` (``False`` when it does not;
    ``None`` when it does but the method has no Python binding)."""
    key = (t, js)
    found = _DECORATED.get(key, _MISSING)
    if found is _MISSING:
        methods = _load()["methods"]
        found = False
        for k in t.__mro__:
            if js in PRIVATE_RECORDING.get(_qualname(k), ()):
                found = None
                break
            fqn = jsii_fqn(k) if k.__module__.startswith(("l2.", "patterns.")) else None
            table = methods.get(fqn) if fqn is not None else None
            if table is not None and js in table:
                found = table[js]
                break
        _DECORATED[key] = found
    return found


_MISSING: Any = object()


def method_metadata(owner: type, js: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` (a method of ``owner``, aws-cdk-lib's ``js``) recording its arguments, redacted, as
    ``aws:cdk:analytics:method`` metadata before it runs, when the flag is on at the construct. A type-check
    stub is compiled first (it would put its checked method in the wrapper's place on its first call)."""
    if getattr(func, "__code__", None) is not None and func.__code__.co_name == "first_call" and hasattr(
        func, "__wrapped__"
    ):
        from .typecheck import _compile

        func = _compile(func.__wrapped__, owner)

    @functools.wraps(func)
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        if (not _QUIET or not _silenced(self)) and _enabled(self):
            params = _decorated(type(self), js)
            if params is not False:
                try:
                    caller = _caller(sys._getframe(1))
                    _record_method(self, js, params, func, args, kwargs, caller is not None,
                                   caller in _SPREAD_METHOD_CALLERS)
                except Exception:  # telemetry never fails a call (a pycdk bug if it raises)
                    pass
        return func(self, *args, **kwargs)

    return method


# pycdk functions (``module:qualname``) whose calls of a decorated method pass an options struct that aws-cdk-lib's
# call passes as given (props through jsii: unset fields absent), not as an object literal naming unset fields: their
# ``None`` fields are left out (found with ``analytics_compare --trace``).
_SPREAD_METHOD_CALLERS: frozenset[str] = frozenset({
    "l2.codepipeline._pipeline:Pipeline.__init__",
    "l2.applicationautoscaling._base_scalable_attribute:BaseScalableAttribute._do_scale_to_track_metric",
    "l2.applicationautoscaling._base_scalable_attribute:BaseScalableAttribute._do_scale_on_metric",
    "l2.applicationautoscaling._base_scalable_attribute:BaseScalableAttribute._do_scale_on_schedule",
    "l2.cloudtrail._trail:Trail.add_s3_event_selector",
    "l2.elasticloadbalancing._load_balancer:LoadBalancer.__init__",
    "l2.cloudtrail._trail:Trail.add_lambda_event_selector",
    "l2.cloudtrail._trail:Trail.log_all_lambda_data_events",
    "l2.cloudtrail._trail:Trail.log_all_s3_data_events",
    "l2.autoscaling._group:AutoScalingGroup.__init__",
    "l2.apigateway._method:Method.__init__",
    "l2.dynamodb._table_v2:TableV2.__init__",
    "l2.ecs._cluster:Cluster.__init__",
})

_EACH: list[tuple[int, Sequence[Any]]] = []
# Methods whose options struct has no fields (so no Python parameter) that aws-cdk-lib's code calls with ``{}``
_EMPTY_OPTIONS: dict[str, frozenset[str]] = {
    "l2.rds._parameter_group.ParameterGroup": frozenset({"bindToInstance", "bindToCluster"}),
}
_STRUCT_ORDERS: dict[tuple[str, ...], list[str]] = {}


def _struct_order(fields: tuple[str, ...]) -> list[str]:
    """The order jsii hands a method's options struct to JavaScript: that of the struct in the order table with
    exactly these fields (the method table names no struct), else the Python signature's."""
    found = _STRUCT_ORDERS.get(fields)
    if found is None:
        wanted = frozenset(fields)
        found = next((o for o in _load()["order"].values() if len(o) == len(wanted) and frozenset(o) == wanted),
                     list(fields))
        _STRUCT_ORDERS[fields] = found
    return found
_QUIET: list[type | None] = []


def _silenced(construct: Any) -> bool:
    return any(q is None or isinstance(construct, q) for q in _QUIET)


class quiet:
    """``with quiet():`` pycdk's own calls of decorated methods inside are not recorded (they stand for one call of
    aws-cdk-lib's, recorded with ``record_call``); ``quiet(cls)``: only those of instances of ``cls``."""

    def __init__(self, cls: type | None = None) -> None:
        self._cls = cls

    def __enter__(self) -> None:
        _QUIET.append(self._cls)

    def __exit__(self, *exc: object) -> None:
        _QUIET.pop()


def for_each(method: Callable[[Any], Any], items: Sequence[Any]) -> None:
    """``method(item)`` for each item, as aws-cdk-lib's ``items.forEach(this.method.bind(this))``: the method's
    analytics metadata records the index and the array JavaScript passes too."""
    for index, item in enumerate(items):
        _EACH.append((index, items))
        try:
            method(item)
        finally:
            _EACH.clear()


_SIGNATURES: dict[Any, tuple[Any, list[str]]] = {}


def _record_method(
    self: Any, js: str, params: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
    internal: bool, spread: bool = False,
) -> None:
    target = _jsii_class(type(self))
    if target is None:  # a class of the core (CustomResource): no table
        self.node.add_metadata(METHOD_TYPE, "*")
        return
    found = _SIGNATURES.get(func)
    if found is None:
        import inspect

        signature = inspect.signature(func)
        found = _SIGNATURES[func] = (signature, [
            n for n, p in list(signature.parameters.items())[1:]
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ])
    signature, positional = found
    sig = signature.parameters
    try:
        bound = signature.bind(self, *args, **kwargs).arguments
    except TypeError:
        return  # the call fails anyway
    if params is None:  # no Python binding: the arguments as pycdk's method names them
        params = list(bound)[1:]
    values: list[Any] = []
    last = 0  # JavaScript's arguments stop at the last one the (internal) caller passed
    for i, p in enumerate(params):
        if isinstance(p, str) and not p.startswith("*") and p not in sig and i < len(positional):
            p = positional[i]  # pycdk names the parameter differently
        if isinstance(p, list):
            # through jsii only the fields given; in aws-cdk-lib's own call an object literal, whose keys the
            # (internal) call names, ``None`` ones included
            keep = internal and not spread
            struct = {f: bound[f] for f in p if (f in bound if keep else bound.get(f) is not None)}
            if not keep and len(struct) > 1:  # as jsii hands it over: the struct's fields in jsii's order
                struct = {f: struct[f] for f in _struct_order(tuple(p)) if f in struct}
            if not struct and "kwargs" in bound and isinstance(bound["kwargs"], dict):
                struct = {f: v for f in p if (v := bound["kwargs"].get(f)) is not None}
            whole = bound.get(positional[i]) if not struct and i < len(positional) else None
            if whole is not None and positional[i] not in p:  # pycdk also takes the struct itself
                values.append(whole)
                last = len(values)
                continue
            values.append(_JsObject(struct) if struct else None)
            if struct or spread:  # a caller that passes its options on passes them even when empty
                last = len(values)
        elif p.startswith("*"):
            rest = bound.get(p[1:], ())
            values.extend(rest)
            last = len(values)
        else:
            values.append(bound.get(p))
            if p in bound:
                last = len(values)
    if internal:
        values = values[:last]
        if _EACH:
            values.extend(_EACH.pop())
    _EACH.clear()
    if not values and js in _EMPTY_OPTIONS.get(_qualname(target), ()):
        values = [None]  # an options object without fields in Python: JavaScript's call passes ``{}``
    self.node.add_metadata(METHOD_TYPE, _method_data(target, js, values))


def record_call(construct: Any, js: str, args: Sequence[Any]) -> None:
    """Record aws-cdk-lib's own call ``construct.<js>(*args)`` of a decorated method where pycdk's code does the
    same work without calling the method (``args`` as JavaScript passes them)."""
    if (_QUIET and _silenced(construct)) or not _enabled(construct) or _decorated(type(construct), js) is False:
        return
    target = _jsii_class(type(construct))
    if target is not None:  # an argument that is a dict is an object literal: its None keys are undefined ones
        values = [_JsObject(a) if type(a) is dict else a for a in args]
        construct.node.add_metadata(METHOD_TYPE, _method_data(target, js, values))


def _method_data(cls: type, js: str, values: list[Any]) -> Any:
    fqn = jsii_fqn(cls)
    if fqn is None:
        return "*"
    module, _, name = fqn.rpartition(".")
    data = _load()
    table = data["classes"].get(module, {}).get(name)
    if table is None or fqn in data["unexported"]:
        return "*"
    return redact(table, {js: values})


def _jsii_class(t: type) -> type | None:
    """The class whose fqn aws-cdk-lib reports: the most derived one of pycdk's (a user's subclass reports its base)."""
    for k in t.__mro__:
        if k.__module__.startswith(("l2.", "patterns.")):
            return k
    return None


def _enabled(construct: Any) -> bool:
    """The flag at ``construct``, read once per parent scope (a scope's context is fixed once it has children)."""
    parent = construct.node.scope
    if parent is None:
        return _read(construct)
    return _scope_enabled(parent)


def _scope_enabled(scope: Any) -> bool:
    """The flag for the children of ``scope``: the nearest context value, read as ``FeatureFlags.is_enabled`` reads
    it (the flag is not enabled by default), straight from the nodes' context (most share the empty one) without
    giving a scope a ``__dict__`` or a ``FeatureFlags`` object. False for a scope that is not a construct."""
    if FLAG not in CONTEXT_KEYS:  # no node was ever given the flag: unset everywhere
        return False
    node = getattr(scope, "_node", None)
    while node is not None:
        ctx = node._context
        if FLAG in ctx:
            if not _truthy(ctx[FLAG]):
                return False
            if not _CORE_DONE:
                _install_core()
            return True
        scope = node.scope
        node = scope._node if scope is not None else None
    return False


def _read(scope: Any) -> bool:
    from constructs import FeatureFlags

    return bool(FeatureFlags.of(scope).is_enabled(FLAG))
