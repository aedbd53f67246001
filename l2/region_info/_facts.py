"""``Fact``, ``FactName``, ``RegionInfo``, ``Default`` and ``IFact``."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from constructs import UnscopedValidationError
from constructs.internals import region_facts as _data

_T = TypeVar("_T")


class _ClassProperty(Generic[_T]):
    """A read-only property of the class (aws-cdk-lib's static getters, ``Fact.regions``)."""

    def __init__(self, getter: Callable[[], _T]) -> None:
        self._getter = getter
        self.__doc__ = getter.__doc__

    def __get__(self, instance: Any, owner: Any = None) -> _T:
        return self._getter()


partition_information = _data.partition_information


@runtime_checkable
class IFact(Protocol):
    """A fact that can be registered: a region, a name and a value (``None`` registers nothing)."""

    @property
    def name(self) -> str: ...

    @property
    def region(self) -> str: ...

    @property
    def value(self) -> str | None: ...


class _RegionFactError(UnscopedValidationError):
    """A fact conflicts with one already registered, or is missing."""


class Fact:
    """The fact database: what is known about each region. Use the static methods."""

    def __init__(self) -> None:
        raise UnscopedValidationError("Use the static methods of Fact instead!")

    regions: _ClassProperty[list[str]] = _ClassProperty(lambda: _fact_regions())
    """Every region with facts (aws-cdk-lib's known regions, sorted, then any other registered)."""

    names: _ClassProperty[list[str]] = _ClassProperty(
        lambda: list(dict.fromkeys(name for facts in _data.database().values() for name in facts)))
    """Every fact name registered for some region."""

    @staticmethod
    def defined_facts() -> list[list[str]]:
        """Every ``[region, fact name]`` pair with a value."""
        return [[region, name] for region, facts in _data.database().items() for name in facts]

    @staticmethod
    def find(region: str, name: str) -> str | None:
        """The value of fact ``name`` in ``region``, or None."""
        facts = _data.database().get(region)
        return facts.get(name) if facts else None

    @staticmethod
    def require_fact(region: str, name: str) -> str:
        """The value of fact ``name`` in ``region``.

        Raises:
            UnscopedValidationError: the fact is unknown.
        """
        value = Fact.find(region, name)
        if not value:
            raise _RegionFactError(f"No fact {name} could be found for region: {region} and name: {name}.")
        return value

    @staticmethod
    def register(fact: IFact, allow_replacing: bool | None = None) -> None:
        """Register a fact (a ``value`` of None registers nothing).

        Raises:
            UnscopedValidationError: the region has another value for the fact and ``allow_replacing`` is false.
        """
        facts = _data.database().setdefault(fact.region, {})
        if fact.name in facts and facts[fact.name] != fact.value and not allow_replacing:
            raise _RegionFactError(
                f"Region {fact.region} already has a fact {fact.name}, with value {facts[fact.name]}")
        if fact.value is not None:
            facts[fact.name] = fact.value

    @staticmethod
    def unregister(region: str, name: str, value: str | None = None) -> None:
        """Remove a fact (only if it has ``value``, when given).

        Raises:
            UnscopedValidationError: the fact has another value than ``value``.
        """
        facts = _data.database().get(region, {})
        if name in facts and value and facts[name] != value:
            raise _RegionFactError(f"Attempted to remove {name} from {region} with value {value}, but the fact's "
                                   f"value is {facts[name]}")
        facts.pop(name, None)


def _fact_regions() -> list[str]:
    return _data.fact_regions()


def _version_key(version: str) -> str:
    return "_".join(version.split("."))


class FactName:
    """The names of the built-in facts, and builders for the versioned ones."""

    PARTITION = "partition"
    """The partition of a region (``aws``, ``aws-cn``, ...)."""
    DOMAIN_SUFFIX = "domainSuffix"
    """The domain suffix of a region (``amazonaws.com``, ...)."""
    CDK_METADATA_RESOURCE_AVAILABLE = "cdk:metadata-resource:available"
    """Whether ``AWS::CDK::Metadata`` is available (``YES``)."""
    IS_OPT_IN_REGION = "aws:is-opt-in-region"
    """Whether the region is opt-in (``YES``)."""
    S3_STATIC_WEBSITE_ENDPOINT = "s3-static-website:endpoint"
    """The S3 static website endpoint."""
    S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID = "s3-static-website:route-53-hosted-zone-id"
    """The Route 53 hosted zone of the S3 static website endpoint."""
    EBS_ENV_ENDPOINT_HOSTED_ZONE_ID = "ebs-environment:route-53-hosted-zone-id"
    """The Route 53 hosted zone of Elastic Beanstalk environment endpoints."""
    VPC_ENDPOINT_SERVICE_NAME_PREFIX = "vpcEndpointServiceNamePrefix"
    """The prefix of VPC endpoint service names."""
    ELBV2_ACCOUNT = "elbv2Account"
    """The account of Elastic Load Balancing (for access logs)."""
    DLC_REPOSITORY_ACCOUNT = "dlcRepositoryAccount"
    """The account of the Deep Learning Containers repository."""
    APPMESH_ECR_ACCOUNT = "appMeshRepositoryAccount"
    """The account of the App Mesh Envoy image repository."""
    FIREHOSE_CIDR_BLOCK = "firehoseCidrBlock"
    """The CIDR block of Kinesis Data Firehose."""
    SAML_SIGN_ON_URL = "samlSignOnUrl"
    """The SAML sign-on URL."""
    LATEST_NODE_RUNTIME = "latestNodeRuntime"
    """The latest Node.js runtime available in the region."""

    @staticmethod
    def cloudwatch_lambda_insights_version(version: str, arch: str | None = None) -> str:
        """The fact name of a Lambda Insights layer version (architecture default ``x86_64``)."""
        return f"cloudwatch-lambda-insights-version:{_version_key(version)}_{arch or 'x86_64'}"

    @staticmethod
    def app_config_lambda_layer_version(version: str, arch: str | None = None) -> str:
        """The fact name of an AppConfig Lambda extension layer version (architecture default ``x86_64``)."""
        return f"appconfig-lambda-layer:{_version_key(version)}_{arch or 'x86_64'}"

    @staticmethod
    def service_principal(service: str) -> str:
        """Deprecated: the service principal ``<service>.amazonaws.com``."""
        return f"{re.sub(r'[.]amazonaws[.]com([.]cn)?$', '', service)}.amazonaws.com"

    @staticmethod
    def adot_lambda_layer(type: str, version: str, architecture: str) -> str:
        """The fact name of an ADOT Lambda layer (``type`` as ``java-sdk``, ``python-sdk``, ...)."""
        return f"adot-lambda-layer:{type}_{_version_key(version)}_{architecture}"

    @staticmethod
    def params_and_secrets_lambda_layer(version: str, architecture: str) -> str:
        """The fact name of a Parameters and Secrets extension layer version."""
        return f"params-and-secrets-layer:{_version_key(version)}_{architecture}"


class RegionInfo:
    """The facts of one region (``RegionInfo.get(name)``).

    Args:
        name: the region's name (e.g. ``us-east-1``).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    regions: _ClassProperty[list[RegionInfo]] = _ClassProperty(lambda: [RegionInfo(r) for r in _fact_regions()])
    """Every region with facts."""

    @staticmethod
    def region_map(fact_name: str) -> dict[str, str]:
        """Region → value of ``fact_name``, for every region that has it."""
        out: dict[str, str] = {}
        for region in _fact_regions():
            value = Fact.find(region, fact_name)
            if value:
                out[region] = value
        return out

    @staticmethod
    def limited_region_map(fact_name: str, partitions: Sequence[str]) -> dict[str, str]:
        """``region_map`` limited to the regions of ``partitions``."""
        return {r: v for r, v in RegionInfo.region_map(fact_name).items()
                if partition_information(r)[0] in partitions}

    @staticmethod
    def get(name: str) -> RegionInfo:
        """The facts of region ``name``."""
        return RegionInfo(name)

    @property
    def cdk_metadata_resource_available(self) -> bool:
        """Whether ``AWS::CDK::Metadata`` is available."""
        return Fact.find(self.name, FactName.CDK_METADATA_RESOURCE_AVAILABLE) == "YES"

    @property
    def is_opt_in_region(self) -> bool:
        """Whether the region is opt-in."""
        return Fact.find(self.name, FactName.IS_OPT_IN_REGION) == "YES"

    @property
    def domain_suffix(self) -> str | None:
        """The domain suffix."""
        return Fact.find(self.name, FactName.DOMAIN_SUFFIX)

    @property
    def partition(self) -> str | None:
        """The partition."""
        return Fact.find(self.name, FactName.PARTITION)

    @property
    def s3_static_website_endpoint(self) -> str | None:
        """The S3 static website endpoint."""
        return Fact.find(self.name, FactName.S3_STATIC_WEBSITE_ENDPOINT)

    @property
    def s3_static_website_hosted_zone_id(self) -> str | None:
        """The hosted zone of the S3 static website endpoint."""
        return Fact.find(self.name, FactName.S3_STATIC_WEBSITE_ZONE_53_HOSTED_ZONE_ID)

    @property
    def ebs_env_endpoint_hosted_zone_id(self) -> str | None:
        """The hosted zone of Elastic Beanstalk environment endpoints."""
        return Fact.find(self.name, FactName.EBS_ENV_ENDPOINT_HOSTED_ZONE_ID)

    @property
    def vpc_endpoint_service_name_prefix(self) -> str | None:
        """The prefix of VPC endpoint service names."""
        return Fact.find(self.name, FactName.VPC_ENDPOINT_SERVICE_NAME_PREFIX)

    def service_principal(self, service: str) -> str | None:
        """Deprecated: the service principal ``<service>.amazonaws.com``."""
        return FactName.service_principal(service)

    @property
    def elbv2_account(self) -> str | None:
        """The account of Elastic Load Balancing."""
        return Fact.find(self.name, FactName.ELBV2_ACCOUNT)

    @property
    def dlc_repository_account(self) -> str | None:
        """The account of the Deep Learning Containers repository."""
        return Fact.find(self.name, FactName.DLC_REPOSITORY_ACCOUNT)

    def cloudwatch_lambda_insights_arn(self, insights_version: str, architecture: str | None = None) -> str | None:
        """The ARN of a Lambda Insights layer version in this region."""
        return Fact.find(self.name, FactName.cloudwatch_lambda_insights_version(insights_version, architecture))

    def app_config_lambda_arn(self, layer_version: str, architecture: str | None = None) -> str | None:
        """The ARN of an AppConfig Lambda extension layer version in this region."""
        return Fact.find(self.name, FactName.app_config_lambda_layer_version(layer_version, architecture))

    @property
    def app_mesh_repository_account(self) -> str | None:
        """The account of the App Mesh Envoy image repository."""
        return Fact.find(self.name, FactName.APPMESH_ECR_ACCOUNT)

    @property
    def firehose_cidr_block(self) -> str | None:
        """The CIDR block of Kinesis Data Firehose."""
        return Fact.find(self.name, FactName.FIREHOSE_CIDR_BLOCK)

    def adot_lambda_layer_arn(self, type: str, version: str, architecture: str) -> str | None:
        """The ARN of an ADOT Lambda layer in this region."""
        return Fact.find(self.name, FactName.adot_lambda_layer(type, version, architecture))

    def params_and_secrets_lambda_layer_arn(self, version: str, architecture: str) -> str | None:
        """The ARN of a Parameters and Secrets extension layer in this region."""
        return Fact.find(self.name, FactName.params_and_secrets_lambda_layer(version, architecture))

    @property
    def saml_sign_on_url(self) -> str | None:
        """The SAML sign-on URL."""
        return Fact.find(self.name, FactName.SAML_SIGN_ON_URL)


class Default:
    """Default values for facts that are not registered."""

    VPC_ENDPOINT_SERVICE_NAME_PREFIX = "com.amazonaws.vpce"
    """The default prefix of VPC endpoint service names."""

    @staticmethod
    def service_principal(service_fqn: str, region: str, url_suffix: str) -> str:
        """Deprecated: the service principal of a service in a region (aws-cdk-lib's exceptions for
        ``codedeploy``, ``logs``, ``states``, ``elasticmapreduce`` and the ISO partitions)."""
        m = re.match(r"^([^.]+)(?:(?:\.amazonaws\.com(?:\.cn)?)|(?:\.c2s\.ic\.gov)|(?:\.sc2s\.sgov\.gov))?$",
                     service_fqn)
        if not m:
            return service_fqn
        service = m.group(1)
        universal, partitional = f"{service}.amazonaws.com", f"{service}.{url_suffix}"
        regional, regional_partitional = f"{service}.{region}.amazonaws.com", f"{service}.{region}.{url_suffix}"
        if region.startswith("us-iso-") and service in ("cloudhsm", "config", "states", "workspaces"):
            return universal if service == "states" else partitional
        if region.startswith("us-isob-") and service in ("dms", "states"):
            return universal if service == "states" else partitional
        if service == "codedeploy":
            return (regional_partitional if region.startswith("cn-") else universal if region.startswith("us-iso")
                    else regional)
        if service == "logs":
            return regional_partitional
        if service == "states":
            return regional
        if service == "elasticmapreduce":
            return partitional if region.startswith("cn-") else universal
        return universal
