"""The cloud assembly API (aws-cdk-lib: ``aws_cdk.cx_api``): ``CloudAssembly`` reads an assembly directory
(its stacks, templates, asset manifests, nested assemblies and construct tree), ``CloudAssemblyBuilder`` writes
one, and the structs of environments and context lookup answers.

``App.synth()`` returns the core's ``constructs.CloudAssembly``; this package's ``CloudAssembly`` extends it, and
reads any assembly directory: ``CloudAssembly(app.synth().directory)``.
"""

from constructs.internals import check_public_classes

from ._artifacts import (
    AssetManifestArtifact,
    CloudArtifact,
    CloudFormationStackArtifact,
    NestedCloudAssemblyArtifact,
    TreeCloudArtifact,
)
from ._assembly import CloudAssembly, CloudAssemblyBuilder
from ._enums import LoadBalancerIpAddressType, SynthesisMessageLevel, VpcSubnetGroupType
from ._environment import EnvironmentPlaceholders, EnvironmentUtils, IEnvironmentPlaceholderProvider
from ._structs import (
    AssemblyBuildOptions,
    AwsCloudFormationStackProperties,
    CloudAssemblyBuilderProps,
    EndpointServiceAvailabilityZonesContextQuery,
    Environment,
    EnvironmentPlaceholderValues,
    KeyContextResponse,
    LoadBalancerContextResponse,
    LoadBalancerListenerContextResponse,
    MetadataEntryResult,
    SecurityGroupContextResponse,
    SynthesisMessage,
    VpcContextResponse,
    VpcSubnet,
    VpcSubnetGroup,
)

__all__ = [
    "AssemblyBuildOptions",
    "AssetManifestArtifact",
    "AwsCloudFormationStackProperties",
    "CloudArtifact",
    "CloudAssembly",
    "CloudAssemblyBuilder",
    "CloudAssemblyBuilderProps",
    "CloudFormationStackArtifact",
    "EndpointServiceAvailabilityZonesContextQuery",
    "Environment",
    "EnvironmentPlaceholderValues",
    "EnvironmentPlaceholders",
    "EnvironmentUtils",
    "IEnvironmentPlaceholderProvider",
    "KeyContextResponse",
    "LoadBalancerContextResponse",
    "LoadBalancerIpAddressType",
    "LoadBalancerListenerContextResponse",
    "MetadataEntryResult",
    "NestedCloudAssemblyArtifact",
    "SecurityGroupContextResponse",
    "SynthesisMessage",
    "SynthesisMessageLevel",
    "TreeCloudArtifact",
    "VpcContextResponse",
    "VpcSubnet",
    "VpcSubnetGroup",
    "VpcSubnetGroupType",
]

check_public_classes(globals())
