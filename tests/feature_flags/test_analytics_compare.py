"""The analytics measure's rules (tools/feature_flags/analytics_compare.py): the designed differences (nodes inside
the layers pycdk does not build, the layer entries of the functions aws-cdk-lib gives them) and the pairing of nodes
whose ids depend on the run. The entries below are aws-cdk-lib 2.275.0's (the measure's oracle output for the golden
apps named), the templates the apps' golden fixtures."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from tools.feature_flags.analytics_compare import (
    Designed,
    fixture_templates,
    pair_nodes,
    run_independent,
    strip_layers,
)

ROOT = Path(__file__).resolve().parents[2]
CONSTRUCT, METHOD = "aws:cdk:analytics:construct", "aws:cdk:analytics:method"
STACK = "/test-bucket-deployments-2"
FUNCTION = f"{STACK}/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C"
SINGLETON = f"{STACK}/DeployMe/CustomResourceHandler"
LAYER = f"{STACK}/DeployMe/AwsCliLayer"
_HANDLER_PROPS = {"architecture": "*", "layers": ["*"], "environment": "*", "timeout": "*", "role": "*",
                  "memorySize": "*", "ephemeralStorageSize": "*", "vpc": "*", "vpcSubnets": "*", "securityGroups": "*",
                  "filesystem": "*", "logGroup": "*", "code": "*", "handler": "*", "runtime": "*"}
# l2_s3_deployment/integ_bucket_deployment
FUNCTION_ENTRIES: list[list[Any]] = [[CONSTRUCT, _HANDLER_PROPS], [METHOD, {"addEnvironment": ["*", "*"]}],
                                     [METHOD, {"addLayers": ["*"]}]]
SINGLETON_ENTRIES: list[list[Any]] = [
    [CONSTRUCT, {"uuid": "*", "architecture": "*", "layers": ["*"], "environment": "*", "lambdaPurpose": "*",
                 "timeout": "*", "role": "*", "memorySize": "*", "ephemeralStorageSize": "*", "vpc": "*",
                 "vpcSubnets": "*", "securityGroups": "*", "filesystem": "*", "logGroup": "*", "code": "*",
                 "handler": "*", "runtime": "*"}],
    [METHOD, {"addMetadata": ["*", True]}], [METHOD, {"addMetadata": ["*", "*"]}]]
ORACLE = {
    "fqns": {FUNCTION: "aws-cdk-lib.aws_lambda.Function", SINGLETON: "aws-cdk-lib.aws_lambda.SingletonFunction",
             LAYER: "aws-cdk-lib.lambda_layer_awscli.AwsCliLayer",
             f"{LAYER}/Code/AssetBucket": "aws-cdk-lib.aws_s3.BucketBase",
             f"{STACK}/Destination": "aws-cdk-lib.aws_s3.Bucket"},
    "entries": {f"test-bucket-deployments-2.metadata.json:{FUNCTION}": FUNCTION_ENTRIES,
                f"test-bucket-deployments-2.metadata.json:{SINGLETON}": SINGLETON_ENTRIES},
}
APP = ROOT / "tests/golden/l2_s3_deployment/integ_bucket_deployment.py"


def test_designed_layer_subtrees_and_the_layer_entries_of_the_functions_given_them() -> None:
    rules = Designed(ORACLE, fixture_templates(APP))
    assert rules.roots == [LAYER]
    assert rules.inside(LAYER) and rules.inside(f"{LAYER}/Code/AssetBucket")
    assert not rules.inside(SINGLETON) and not rules.inside(f"{LAYER}Other")
    # the template's Layers of the handler function: one Ref, to the AwsCliLayer's CfnLayerVersion
    assert rules.masks == {FUNCTION: [True]}
    assert rules.singletons == {SINGLETON: 1}
    function = rules.expected(FUNCTION, copy.deepcopy(FUNCTION_ENTRIES))
    assert function == [[CONSTRUCT, {k: v for k, v in _HANDLER_PROPS.items() if k != "layers"}],
                        [METHOD, {"addEnvironment": ["*", "*"]}]]
    singleton = rules.expected(SINGLETON, copy.deepcopy(SINGLETON_ENTRIES))
    assert singleton is not None and "layers" not in singleton[0][1]
    assert singleton[1:] == SINGLETON_ENTRIES[1:]
    assert list(singleton[0][1]) == [k for k in SINGLETON_ENTRIES[0][1] if k != "layers"]
    assert rules.expected(f"{STACK}/Destination", [[CONSTRUCT, "*"]]) == [[CONSTRUCT, "*"]]
    assert rules.expected(FUNCTION, None) is None


def test_an_app_without_designed_layers_is_left_as_it_is() -> None:
    rules = Designed({"fqns": {FUNCTION: "aws-cdk-lib.aws_lambda.Function"}}, None)
    assert rules.roots == [] and not rules.inside(FUNCTION)
    assert rules.expected(FUNCTION, FUNCTION_ENTRIES) == FUNCTION_ENTRIES


def test_strip_layers_takes_out_only_the_designed_ones() -> None:
    # l2_eks_v2/integ_fargate_cluster's KubectlProvider handler: addLayers(AwsCliLayer), then addLayers(kubectl)
    entries: list[list[Any]] = [[CONSTRUCT, {"timeout": "*", "code": "*"}], [METHOD, {"addEnvironment": ["*", "*"]}],
                                [METHOD, {"addLayers": ["*"]}], [METHOD, {"addLayers": ["*"]}]]
    assert strip_layers(entries, [True, False]) == [entries[0], entries[1], entries[3]]
    # one call carrying both layers keeps the other's argument
    both: list[list[Any]] = [[CONSTRUCT, {"layers": ["*", "*"], "code": "*"}], [METHOD, {"addLayers": ["*", "*"]}]]
    assert strip_layers(both, [False, True]) == [[CONSTRUCT, {"layers": ["*"], "code": "*"}],
                                                 [METHOD, {"addLayers": ["*"]}]]
    # the template's layers do not add up to the recorded calls: left as they are
    assert strip_layers(entries, [True]) == entries
    # a singleton's key goes only when it holds as many layers as are designed beside it
    lone: list[list[Any]] = [[CONSTRUCT, {"uuid": "*", "layers": ["*", "*"]}]]
    assert strip_layers(lone, [True], singleton=True) == lone
    assert strip_layers(lone, [True, True], singleton=True) == [[CONSTRUCT, {"uuid": "*"}]]


def test_nodes_whose_ids_depend_on_the_run_are_paired() -> None:
    # l2_glue/integ_job_python_shell: Code<md5 of a temporary path>/AssetBucket on each side
    oracle_node = "s.metadata.json:/s/Job/Code6f4cc3ee01585a6a9b56f3e1e169f38b/AssetBucket"
    pycdk_node = "s.metadata.json:/s/Job/Code5c2b0621a1d3e2037bb8149911791190/AssetBucket"
    assert run_independent(oracle_node) == run_independent(pycdk_node) != oracle_node
    assert run_independent("/s/${Token[TOKEN.28]}CodeArchive") == run_independent("/s/${Token[TOKEN.930]}CodeArchive")
    assert run_independent("/s/ExportsWritereuwest142AF533A") == "/s/ExportsWritereuwest142AF533A"
    paired: list[str] = []
    want: dict[str, list[list[Any]]] = {oracle_node: [[CONSTRUCT, "*"]], "s.metadata.json:/s/Job": [[CONSTRUCT, {}]],
            "s.metadata.json:/s/Gone": [[CONSTRUCT, "*"]]}
    got: dict[str, list[list[Any]]] = {pycdk_node: [[CONSTRUCT, "*"]], "s.metadata.json:/s/Job": [[CONSTRUCT, {}]],
           "s.metadata.json:/s/Extra": [[CONSTRUCT, "*"]]}
    nodes = pair_nodes(want, got, paired)
    assert paired == [f"{oracle_node} ~ {pycdk_node}"]
    assert sorted(nodes) == sorted([
        (oracle_node, [[CONSTRUCT, "*"]], [[CONSTRUCT, "*"]]), ("s.metadata.json:/s/Job", [[CONSTRUCT, {}]],
                                                                [[CONSTRUCT, {}]]),
        ("s.metadata.json:/s/Gone", [[CONSTRUCT, "*"]], None), ("s.metadata.json:/s/Extra", None, [[CONSTRUCT, "*"]]),
    ])


def test_a_designed_layer_counts_only_in_its_own_stack() -> None:
    # l2_eks_v2/kubectl_features: two stacks with a cluster each (so the same logical ids); the first gives its
    # kubectl provider a layer of its own, the second gets aws-cdk-lib's AwsCliLayer
    handler = "Cluster/KubectlProvider/Handler"
    oracle = {"fqns": {f"/KubectlOptions/{handler}": "aws-cdk-lib.aws_lambda.Function",
                       f"/SelfManaged/{handler}": "aws-cdk-lib.aws_lambda.Function",
                       "/SelfManaged/Cluster/KubectlProvider/AwsCliLayer": "aws-cdk-lib.lambda_layer_awscli.AwsCliLayer"}}
    rules = Designed(oracle, fixture_templates(ROOT / "tests/golden/l2_eks_v2/kubectl_features.py"))
    # addLayers(AwsCliLayer), then addLayers(the kubectl layer)
    assert rules.masks == {f"/SelfManaged/{handler}": [True, False]}
