"""Amazon EKS constructs (aws-cdk-lib: ``aws_cdk.aws_eks_v2``): clusters on the native ``AWS::EKS::Cluster``
resource (Auto Mode by default, optional kubectl provider, default VPC and capacity), imported clusters, managed node groups, Kubernetes
manifests, patches, object values and Helm charts and the L1 classes.

Names load on first use (PEP 562): ``from l2 import eks`` stays cheap, and the generated ``l1.eks`` module is
imported only when a class is first touched.
"""

from __future__ import annotations

import importlib
from typing import Any

from constructs.internals import check_public_classes

_L2_NAMES: dict[str, str] = {
    "AccessEntry": "_access_entry",
    "AccessEntryAttributes": "_structs",
    "AccessEntryProps": "_structs",
    "AccessEntryType": "_enums",
    "AccessPolicy": "_access_entry",
    "AccessPolicyArn": "_version",
    "AccessPolicyNameOptions": "_structs",
    "AccessPolicyProps": "_structs",
    "AccessScope": "_structs",
    "AccessScopeType": "_enums",
    "Addon": "_addon",
    "AddonAttributes": "_structs",
    "AddonProps": "_structs",
    "AlbController": "_alb_controller",
    "AlbControllerOptions": "_structs",
    "AlbControllerProps": "_structs",
    "AlbControllerVersion": "_version",
    "AlbScheme": "_enums",
    "AutoScalingGroupCapacityOptions": "_structs",
    "AutoScalingGroupOptions": "_structs",
    "BootstrapOptions": "_structs",
    "CapacityType": "_enums",
    "Cluster": "_cluster",
    "ClusterAttributes": "_structs",
    "ClusterCommonOptions": "_structs",
    "ClusterLoggingTypes": "_enums",
    "ClusterProps": "_structs",
    "ControlPlaneScalingTier": "_version",
    "ComputeConfig": "_structs",
    "CoreDnsComputeType": "_enums",
    "CpuArch": "_enums",
    "DefaultCapacityType": "_enums",
    "EksOptimizedImage": "_self_managed",
    "EksOptimizedImageProps": "_structs",
    "EndpointAccess": "_version",
    "FargateCluster": "_fargate",
    "FargateClusterProps": "_structs",
    "FargateProfile": "_fargate",
    "FargateProfileOptions": "_structs",
    "FargateProfileProps": "_structs",
    "GrantAccessOptions": "_structs",
    "HelmChart": "_k8s",
    "HelmChartOptions": "_structs",
    "HelmChartProps": "_structs",
    "IAccessEntry": "_interfaces",
    "IAccessPolicy": "_interfaces",
    "IAddon": "_interfaces",
    "ICluster": "_interfaces",
    "IKubectlProvider": "_interfaces",
    "INodegroup": "_interfaces",
    "IdentityType": "_enums",
    "IngressLoadBalancerAddressOptions": "_structs",
    "IpFamily": "_enums",
    "KubectlProvider": "_kubectl_provider",
    "KubectlProviderAttributes": "_structs",
    "KubectlProviderOptions": "_structs",
    "KubectlProviderProps": "_structs",
    "KubernetesManifest": "_k8s",
    "KubernetesManifestOptions": "_structs",
    "KubernetesManifestProps": "_structs",
    "KubernetesObjectValue": "_k8s",
    "KubernetesObjectValueProps": "_structs",
    "KubernetesPatch": "_k8s",
    "KubernetesPatchProps": "_structs",
    "KubernetesVersion": "_version",
    "LaunchTemplateSpec": "_structs",
    "MachineImageType": "_enums",
    "NodeType": "_enums",
    "Nodegroup": "_nodegroup",
    "NodegroupAmiType": "_enums",
    "NodegroupOptions": "_structs",
    "NodegroupProps": "_structs",
    "NodegroupRemoteAccess": "_structs",
    "OidcProviderNative": "_oidc",
    "OidcProviderNativeProps": "_structs",
    "OpenIdConnectProvider": "_oidc",
    "OpenIdConnectProviderProps": "_structs",
    "PatchType": "_enums",
    "RemoteNodeNetwork": "_structs",
    "RemotePodNetwork": "_structs",
    "Selector": "_structs",
    "ServiceAccount": "_service_account",
    "ServiceAccountOptions": "_structs",
    "ServiceAccountProps": "_structs",
    "ServiceLoadBalancerAddressOptions": "_structs",
    "TaintEffect": "_enums",
    "TaintSpec": "_structs",
}


def __getattr__(name: str) -> Any:
    module = _L2_NAMES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"l2.eks_v2.{module}"), name)
        check_public_classes({name: value})
    elif name == "__all__":
        value = sorted({*_L2_NAMES, *importlib.import_module("l1.eks").__all__})
    else:
        l1 = importlib.import_module("l1.eks")
        if name not in l1.__all__:
            raise AttributeError(f"module 'l2.eks_v2' has no attribute '{name}'")
        value = getattr(l1, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_L2_NAMES})
