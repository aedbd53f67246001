"""An assembly written with ``CloudAssemblyBuilder``, the same way with aws-cdk-lib's modules
(``oracle_expected.py``) and pycdk's (``test_cloud_assembly.py``)."""

import os
from typing import Any


def build(cx: Any, m: Any, outdir: str) -> Any:
    root = cx.CloudAssemblyBuilder(outdir)
    with open(os.path.join(outdir, "Stack.template.json"), "w") as f:
        f.write('{"Resources": {}}')
    root.add_artifact(
        "Stack", type=m.ArtifactType.AWS_CLOUDFORMATION_STACK, environment="aws://123456789012/eu-west-1",
        properties=m.AwsCloudFormationStackProperties(template_file="Stack.template.json", stack_name="the-stack"),
        metadata={"/Stack": [m.MetadataEntry(type="aws:cdk:error", data="broken")]},
    )
    nested = root.create_nested_assembly("assembly-Beta", "Beta")
    with open(os.path.join(nested.outdir, "Inner.template.json"), "w") as f:
        f.write('{"Resources": {}}')
    nested.add_artifact(
        "Inner", type=m.ArtifactType.AWS_CLOUDFORMATION_STACK, environment="aws://unknown-account/unknown-region",
        properties=m.AwsCloudFormationStackProperties(template_file="Inner.template.json"),
    )
    nested.add_missing(key="az", provider=m.ContextProvider.AVAILABILITY_ZONE_PROVIDER,
                       props=m.AvailabilityZonesContextQuery(account="123456789012", region="eu-west-1"))
    nested.add_missing(key="az", provider=m.ContextProvider.AVAILABILITY_ZONE_PROVIDER,
                       props=m.AvailabilityZonesContextQuery(account="123456789012", region="eu-west-2"))
    nested.build_assembly()
    return root.build_assembly()
