"""Kubernetes resources applied through a cluster's kubectl provider: ``KubernetesManifest``, ``KubernetesPatch``,
``KubernetesObjectValue`` and ``HelmChart``."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from constructs import Construct, CustomResource, Duration, Names, Stack, Token, ValidationError
from l2.eks_v2._enums import AlbScheme, PatchType
from l2.eks_v2._kubectl_provider import KubectlProvider

if TYPE_CHECKING:
    from constructs import RemovalPolicy
    from l2.eks_v2._interfaces import ICluster
    from l2.s3_assets import Asset

PRUNE_LABEL_PREFIX = "aws.cdk.eks/prune-"


class KubernetesManifest(Construct):
    """Kubernetes resources applied to a cluster with ``kubectl apply`` (a ``Custom::AWSCDK-EKS-KubernetesResource``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster to apply the manifest to.
        manifest: the Kubernetes resources (each a mapping such as ``{"apiVersion": "v1", "kind": "Pod", ...}``).
        overwrite: whether the resources may overwrite existing ones (default: false).
        ingress_alb: whether ``Ingress`` resources get the ALB ingress-class annotations (default: false).
        ingress_alb_scheme: the scheme of those ALBs (default: ``AlbScheme.INTERNAL``).
        prune: whether the resources get a prune label, so ``kubectl apply --prune`` removes the ones dropped
            later (default: the cluster's ``prune``).
        removal_policy: the removal policy of the custom resource (default: destroy).
        skip_validation: whether ``kubectl`` skips schema validation (default: false).
    """

    RESOURCE_TYPE: ClassVar[str] = "Custom::AWSCDK-EKS-KubernetesResource"
    """The CloudFormation type of the custom resource."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        manifest: Sequence[Mapping[str, object]],
        overwrite: bool | None = None,
        ingress_alb: bool | None = None,
        ingress_alb_scheme: AlbScheme | None = None,
        prune: bool | None = None,
        removal_policy: RemovalPolicy | None = None,
        skip_validation: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        provider = KubectlProvider.require(self, cluster)
        resources = [copy.deepcopy(dict(r)) if isinstance(r, Mapping) else r for r in manifest]
        prune_label = self._inject_prune_label(resources) if (prune if prune is not None else cluster.prune) \
            else None
        if ingress_alb:
            self._inject_ingress_alb_annotations(resources, ingress_alb_scheme or AlbScheme.INTERNAL)
        resource = CustomResource(
            self, "Resource", service_token=provider.service_token, resource_type=self.RESOURCE_TYPE,
            removal_policy=removal_policy,
            properties={"Manifest": stack.to_json_string(resources), "ClusterName": cluster.cluster_name,
                        "PruneLabel": prune_label, "Overwrite": overwrite,
                        "SkipValidation": skip_validation},
        )
        self.node.default_child = resource.node.default_child

    def _inject_prune_label(self, resources: list[Any]) -> str:
        label = PRUNE_LABEL_PREFIX + self.node.addr
        for resource in resources:
            if not isinstance(resource, dict) or not resource.get("kind"):
                continue
            metadata = resource.setdefault("metadata", {})
            metadata["labels"] = {label: "", **(metadata.get("labels") or {})}
        return label

    @staticmethod
    def _inject_ingress_alb_annotations(resources: list[Any], scheme: AlbScheme) -> None:
        for resource in resources:
            if isinstance(resource, dict) and resource.get("kind") == "Ingress":
                metadata = resource.setdefault("metadata", {})
                metadata["annotations"] = {"kubernetes.io/ingress.class": "alb",
                                           "alb.ingress.kubernetes.io/scheme": scheme.value,
                                           **(metadata.get("annotations") or {})}


class KubernetesPatch(Construct):
    """A patch applied to an existing Kubernetes resource (``kubectl patch``), undone on deletion.

    Args:
        scope: the scope.
        id: the construct id.
        apply_patch: the patch applied on creation and update.
        cluster: the cluster.
        resource_name: the resource to patch, e.g. ``"deployment/coredns"``.
        restore_patch: the patch applied on deletion.
        patch_type: the patch type (default: ``PatchType.STRATEGIC``).
        removal_policy: the removal policy of the custom resource (default: destroy).
        resource_namespace: the namespace of the resource (default: ``"default"``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        apply_patch: Mapping[str, object],
        cluster: ICluster,
        resource_name: str,
        restore_patch: Mapping[str, object],
        patch_type: PatchType | None = None,
        removal_policy: RemovalPolicy | None = None,
        resource_namespace: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        provider = KubectlProvider.require(self, cluster)
        CustomResource(
            self, "Resource", service_token=provider.service_token,
            resource_type="Custom::AWSCDK-EKS-KubernetesPatch", removal_policy=removal_policy,
            properties={"ResourceName": resource_name, "ResourceNamespace": resource_namespace or "default",
                        "ApplyPatchJson": stack.to_json_string(apply_patch),
                        "RestorePatchJson": stack.to_json_string(restore_patch),
                        "ClusterName": cluster.cluster_name,
                        "PatchType": (patch_type or PatchType.STRATEGIC).value},
        )


class KubernetesObjectValue(Construct):
    """A value read from a Kubernetes object with a JSONPath (``kubectl get -o jsonpath``), as a token.

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        json_path: the JSONPath of the value, e.g. ``".status.loadBalancer.ingress[0].hostname"``.
        object_name: the name of the object.
        object_type: the type of the object, e.g. ``"service"``.
        object_namespace: the namespace of the object (default: ``"default"``).
        removal_policy: the removal policy of the custom resource (default: destroy).
        timeout: how long to wait for the value (default: 5 minutes).
    """

    RESOURCE_TYPE: ClassVar[str] = "Custom::AWSCDK-EKS-KubernetesObjectValue"
    """The CloudFormation type of the custom resource."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        json_path: str,
        object_name: str,
        object_type: str,
        object_namespace: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id)
        provider = KubectlProvider.require(self, cluster)
        self._resource = CustomResource(
            self, "Resource", resource_type=self.RESOURCE_TYPE, service_token=provider.service_token,
            removal_policy=removal_policy,
            properties={"ClusterName": cluster.cluster_name,
                        "ObjectType": object_type, "ObjectName": object_name,
                        "ObjectNamespace": object_namespace or "default", "JsonPath": json_path,
                        "TimeoutSeconds": (timeout or Duration.minutes(5)).to_seconds()},
        )

    @property
    def value(self) -> str:
        """The value read from the object."""
        return Token.as_string(self._resource.get_att("Value"))


class HelmChart(Construct):
    """A Helm chart installed on a cluster (a ``Custom::AWSCDK-EKS-HelmChart``).

    Args:
        scope: the scope.
        id: the construct id.
        cluster: the cluster.
        atomic: whether a failed installation is rolled back (default: false).
        chart: the name of the chart (either this or ``chart_asset``).
        chart_asset: the chart as an S3 asset.
        create_namespace: whether the namespace is created when missing (default: true).
        namespace: the namespace of the release (default: ``"default"``).
        release: the name of the release (default: derived from the construct path).
        removal_policy: the removal policy of the custom resource (default: destroy).
        repository: the URL of the chart repository.
        skip_crds: whether the chart's CRDs are skipped (default: false).
        timeout: how long Helm waits for the release, up to 15 minutes (default: 5 minutes).
        values: the chart's values.
        version: the version of the chart.
        wait: whether Helm waits for the resources to be ready (default: false).
    """

    RESOURCE_TYPE: ClassVar[str] = "Custom::AWSCDK-EKS-HelmChart"
    """The CloudFormation type of the custom resource."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        atomic: bool | None = None,
        chart: str | None = None,
        chart_asset: Asset | None = None,
        create_namespace: bool | None = None,
        namespace: str | None = None,
        release: str | None = None,
        removal_policy: RemovalPolicy | None = None,
        repository: str | None = None,
        skip_crds: bool | None = None,
        timeout: Duration | None = None,
        values: Mapping[str, object] | None = None,
        version: str | None = None,
        wait: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._chart = chart
        self._repository = repository
        self._version = version
        self._chart_asset = chart_asset
        self._atomic = atomic
        stack = Stack.of(self)
        provider = KubectlProvider.require(self, cluster)
        seconds = timeout.to_seconds() if timeout is not None else None
        if seconds and seconds > 900:
            raise ValidationError("Helm chart timeout cannot be higher than 15 minutes.", self)
        if not chart and chart_asset is None:
            raise ValidationError("Either 'chart' or 'chartAsset' must be specified to install a helm chart", self)
        if chart_asset is not None and (repository or version):
            raise ValidationError("Neither 'repository' nor 'version' can be used when configuring 'chartAsset'",
                                  self)
        grant = chart_asset.bucket.grant_read(provider.role) \
            if chart_asset is not None and provider.role is not None else None
        resource = CustomResource(
            self, "Resource", service_token=provider.service_token, resource_type=self.RESOURCE_TYPE,
            removal_policy=removal_policy,
            properties={
                "ClusterName": cluster.cluster_name,
                "Release": release or Names.unique_id(self)[-53:].lower(), "Chart": chart,
                "ChartAssetURL": chart_asset.s3_object_url if chart_asset is not None else None,
                "Version": version, "Wait": True if wait else None,
                "Timeout": f"{int(seconds)}s" if seconds else None,
                "Values": stack.to_json_string(values) if values is not None else None,
                "Namespace": namespace if namespace is not None else "default", "Repository": repository,
                "CreateNamespace": None if create_namespace is False else True,
                "SkipCrds": True if skip_crds else None, "Atomic": True if atomic else None,
            },
        )
        if grant is not None:
            grant.apply_before(resource)

    @property
    def chart(self) -> str | None:
        """The name of the chart."""
        return self._chart

    @property
    def repository(self) -> str | None:
        """The chart repository."""
        return self._repository

    @property
    def version(self) -> str | None:
        """The chart version."""
        return self._version

    @property
    def chart_asset(self) -> Asset | None:
        """The chart asset."""
        return self._chart_asset

    @property
    def atomic(self) -> bool | None:
        """Whether a failed installation is rolled back."""
        return self._atomic
