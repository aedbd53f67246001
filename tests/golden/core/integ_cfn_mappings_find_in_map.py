"""Port of aws-cdk's core integ test integ.cfn-mappings-find-in-map.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk.aws_s3 import Bucket

app = cdk.App()
stack = cdk.Stack(app, "core-cfn-mapping-1")

backing = {
    "TopLevelKey1": {
        "SecondLevelKey1": "Yes",
        "SecondLevelKey2": "No",
    },
}

mapping = cdk.CfnMapping(stack, "Regular mapping", mapping=backing)
lazy_mapping = cdk.CfnMapping(stack, "Lazy mapping", mapping=backing, lazy=True)

def_value = "foob"
def_value2 = "bart"

map_yes = mapping.find_in_map("TopLevelKey1", "SecondLevelKey1", def_value)
map_default = mapping.find_in_map("TopLevelKey1", cdk.Aws.REGION, def_value)
map_fn = cdk.Fn.find_in_map(mapping.logical_id, "TopLevelKey1", "SecondLevelKey3", def_value)

lazy_no = lazy_mapping.find_in_map("TopLevelKey1", "SecondLevelKey2", def_value2)
lazy_default = lazy_mapping.find_in_map("TopLevelKey2", "SecondLevelKey2", def_value2)
lazy_resolve = lazy_mapping.find_in_map(cdk.Aws.REGION, "SecondLevelKey2", def_value2)

cdk.CfnOutput(stack, "Output0", value=map_yes)
cdk.CfnOutput(stack, "Output1", value=map_default)
cdk.CfnOutput(stack, "Output2", value=map_fn)
cdk.CfnOutput(stack, "Output3", value=lazy_no)
cdk.CfnOutput(stack, "Output4", value=lazy_default)
cdk.CfnOutput(stack, "Output5", value=lazy_resolve)

Bucket(stack, "CfnMappingFindInMapBucket")

app.synth()
