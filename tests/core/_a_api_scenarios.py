"""Core API scenarios of issue 14 part A written with aws-cdk-lib's Python API, run by aws-cdk-lib
(``_a_api_oracle.py`` writes ``a_api_expected.json``) and by pycdk (``test_a_api.py``, through the golden
rewriter). Prints one JSON document of what each scenario computes: ignore decisions and fingerprints, manifest
entries written by the synthesizers, missing context, mixin selections and errors."""

import json
import os
import sys
import tempfile

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ecr_assets as ecr_assets
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import aws_sns as sns

from constructs import Construct, IConstruct

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _asset_ignore_cases import FILES, PATTERNS, build_tree

ROOT = os.path.realpath(tempfile.mkdtemp(prefix="a-api-"))
results = {}

# --- IgnoreStrategy and FileSystem ------------------------------------------------------------------------------
TREE = os.path.join(ROOT, "tree")
build_tree(TREE)
decisions = {}
for mode_name, factory in (("glob", cdk.IgnoreStrategy.glob), ("git", cdk.IgnoreStrategy.git),
                           ("docker", cdk.IgnoreStrategy.docker)):
    for i, patterns in enumerate(PATTERNS[:12]):
        strategy = factory(TREE, list(patterns))
        paths = sorted(set(FILES) | {os.path.dirname(f) for f in FILES if os.path.dirname(f)})
        decisions[f"{mode_name}:{i}"] = [p for p in paths if strategy.ignores(os.path.join(TREE, p))]
        if mode_name != "glob":
            dirs = sorted({os.path.dirname(f) for f in FILES if os.path.dirname(f)})
            decisions[f"{mode_name}:{i}:dirs"] = [d for d in dirs if strategy.completely_ignores(os.path.join(TREE, d))]
added = cdk.IgnoreStrategy.from_copy_options(cdk.CopyOptions(exclude=["*.md"], ignore_mode=cdk.IgnoreMode.GIT), TREE)
added.add("!README.md")
decisions["added"] = [f for f in sorted(FILES) if added.ignores(os.path.join(TREE, f))]
results["ignore"] = decisions
results["fingerprint"] = {
    "plain": cdk.FileSystem.fingerprint(TREE),
    "extra": cdk.FileSystem.fingerprint(TREE, extra_hash="salt", exclude=["*.md"]),
    "docker": cdk.FileSystem.fingerprint(TREE, exclude=["src", "!src/index.js"], ignore_mode=cdk.IgnoreMode.DOCKER),
    "file": cdk.FileSystem.fingerprint(os.path.join(TREE, "a.txt")),
    "follow_always": cdk.FileSystem.fingerprint(TREE, follow=cdk.SymlinkFollowMode.ALWAYS),
}
copy_dest = os.path.join(ROOT, "copy")
cdk.FileSystem.copy_directory(TREE, copy_dest, cdk.CopyOptions(exclude=["docs", "*.js"]))
results["copied"] = sorted(
    os.path.relpath(os.path.join(d, f), copy_dest) for d, _, fs in os.walk(copy_dest) for f in fs
)
results["is_empty"] = [cdk.FileSystem.is_empty(copy_dest), cdk.FileSystem.is_empty(cdk.FileSystem.mkdtemp("x-"))]

# --- synthesizers: what they write to the manifests -------------------------------------------------------------
DOCKER_DIR = os.path.join(ROOT, "image")
os.makedirs(DOCKER_DIR)
with open(os.path.join(DOCKER_DIR, "Dockerfile"), "w") as f:
    f.write("FROM scratch\n")
FILE_ASSET = os.path.join(ROOT, "file.txt")
with open(FILE_ASSET, "w") as f:
    f.write("content\n")

OUT = os.path.join(ROOT, "cdk.out")
app = cdk.App(outdir=OUT)
synthesizers = {
    "Full": cdk.DefaultStackSynthesizer(
        qualifier="full",
        bucket_prefix="prefix/",
        docker_tag_prefix="tag-",
        deploy_role_external_id="deploy-x",
        deploy_role_additional_options={"Tags": [{"Key": "k", "Value": "v"}]},
        file_asset_publishing_external_id="file-x",
        file_asset_publishing_role_additional_options={"RoleSessionName": "files"},
        image_asset_publishing_external_id="image-x",
        image_asset_publishing_role_additional_options={"Tags": [{"Key": "i", "Value": "j"}]},
        lookup_role_external_id="lookup-x",
        lookup_role_additional_options={"RoleSessionName": "lookups"},
        cloud_formation_execution_role="arn:aws:iam::123456789012:role/exec-${Qualifier}",
        bootstrap_stack_version_ssm_parameter="/custom/${Qualifier}/version",
    ),
    "NoLookup": cdk.DefaultStackSynthesizer(use_lookup_role_for_stack_operations=False, generate_bootstrap_version_rule=False),
    "Cli": cdk.CliCredentialsStackSynthesizer(qualifier="cli", bucket_prefix="b/", docker_tag_prefix="d-",
                                              file_assets_bucket_name="bucket-${AWS::Region}"),
    "Bootstrapless": cdk.BootstraplessSynthesizer(deploy_role_arn="arn:aws:iam::1:role/deploy",
                                                   cloud_formation_execution_role_arn="arn:aws:iam::1:role/exec"),
}
stacks = {}
for name, synthesizer in synthesizers.items():
    env = cdk.Environment(account="123456789012", region="eu-west-1") if name == "Full" else None
    stack = cdk.Stack(app, name, synthesizer=synthesizer, env=env)
    stacks[name] = stack
    cdk.CfnResource(stack, "Queue", type="AWS::SQS::Queue")
    if name in ("Full", "Cli"):
        s3_assets.Asset(stack, "File", path=FILE_ASSET)
        ecr_assets.DockerImageAsset(
            stack, "Image", directory=DOCKER_DIR, asset_name="named", build_args={"A": "1"},
            build_secrets={"s": cdk.DockerBuildSecret.from_src("/run/s")}, build_ssh="default", target="final",
            cache_disabled=True, outputs=["type=docker"], network_mode=ecr_assets.NetworkMode.HOST,
            platform=ecr_assets.Platform.LINUX_AMD64,
            cache_from=[ecr_assets.DockerCacheOption(type="registry", params={"ref": "r"})],
            cache_to=ecr_assets.DockerCacheOption(type="inline"),
        )
stacks["Full"].add_stack_tag("team", "core")
stacks["Full"].add_stack_tag("gone", "soon")
stacks["Full"].remove_stack_tag("gone")
cdk.ContextProvider.get_value(
    stacks["Full"], provider="ssm", props={"parameterName": "/p"}, dummy_value="dummy",
    additional_cache_key="extra", must_exist=True,
)
results["context_key"] = cdk.ContextProvider.get_key(
    stacks["Full"], provider="ssm", props={"parameterName": "/p"}, additional_cache_key="extra",
).key
# (the synthesizer objects' own properties are not compared: through jsii a reusable synthesizer stays unbound)
results["default_prefixes"] = [
    cdk.DefaultStackSynthesizer.DEFAULT_FILE_ASSET_PREFIX, cdk.DefaultStackSynthesizer.DEFAULT_DOCKER_ASSET_PREFIX
]
app.synth()
with open(os.path.join(OUT, "manifest.json")) as f:
    manifest = json.load(f)
results["missing"] = manifest.get("missing")
results["artifacts"] = {}
for name in synthesizers:
    entry = manifest["artifacts"][name]
    results["artifacts"][name] = {k: entry["properties"].get(k) for k in sorted(entry["properties"])}
    if name == "Bootstrapless":
        continue  # aws-cdk-lib writes no asset manifest for it; pycdk's synthesis writes an empty one
    assets_file = os.path.join(OUT, f"{name}.assets.json")
    with open(assets_file) as f:
        assets = json.load(f)
    results["artifacts"][name + ".assets"] = {
        "files": {k: v for k, v in assets["files"].items() if v["displayName"] != f"{name} Template"},
        "dockerImages": assets["dockerImages"],
    }

# --- mixins and selectors ------------------------------------------------------------------------------------------
app2 = cdk.App()
stack = cdk.Stack(app2, "Mixins")
group = Construct(stack, "Group")
cdk.CfnResource(group, "QueueA", type="AWS::SQS::Queue")
cdk.CfnResource(group, "TopicA", type="AWS::SNS::Topic")
cdk.CfnResource(stack, "QueueB", type="AWS::SQS::Queue")


def paths(selector, scope=stack):
    return [c.node.path for c in cdk.Mixins.of(scope, selector).selected_constructs]


results["selectors"] = {
    "all": paths(cdk.ConstructSelector.all()),
    "by_id": paths(cdk.ConstructSelector.by_id("Queue*")),
    "by_path": paths(cdk.ConstructSelector.by_path("Mixins/Group/*")),
    "types": paths(cdk.ConstructSelector.resources_of_type("AWS::SNS::Topic", "AWS::SQS::Queue")),
    "cfn_resource": paths(cdk.ConstructSelector.cfn_resource(), group.node.find_child("QueueA")),
    "only_itself": paths(cdk.ConstructSelector.only_itself(), group),
}


class QueuesOnly(cdk.Mixin):
    def supports(self, construct: IConstruct) -> bool:
        return isinstance(construct, cdk.CfnResource) and construct.cfn_resource_type == "AWS::SQS::Queue"

    def apply_to(self, construct: IConstruct) -> None:
        construct.add_property_override("DelaySeconds", 7)


applicator = cdk.Mixins.of(stack, cdk.ConstructSelector.resources_of_type("AWS::SQS::Queue", "AWS::SNS::Topic"))
applicator.apply(QueuesOnly())
results["report"] = [[a.construct.node.path, type(a.mixin).__name__] for a in applicator.report]
results["is_mixin"] = [cdk.Mixin.is_mixin(QueuesOnly()), cdk.Mixin.is_mixin(stack)]
errors = {}
try:
    cdk.Mixins.of(stack).require_all().apply(QueuesOnly())
except Exception as e:
    # through jsii the classes are named after their jsii proxies: compare the sentence, not the names
    errors["require_all"] = str(e).split("\n")[0].endswith("but was required to.")
try:
    cdk.Mixins.of(group.node.find_child("TopicA"), cdk.ConstructSelector.only_itself()).require_any().apply(QueuesOnly())
except Exception as e:
    errors["require_any"] = str(e).split("\n")[0].split(": ", 1)[-1]
results["mixin_errors"] = errors


@jsii.implements(cdk.IAspect)
class Renamer:
    def visit(self, node: IConstruct) -> None:
        if isinstance(node, cdk.CfnResource):
            node.add_property_override("Visited", True)


cdk.Mixins.of(group).apply(cdk.Shims.as_mixin(Renamer()))
cdk.Aspects.of(stack).add(cdk.Shims.as_aspect(QueuesOnly()))
assembly2 = app2.synth()
results["template"] = assembly2.get_stack_by_name("Mixins").template["Resources"]
with open(os.path.join(assembly2.directory, "Mixins.metadata.json")) as f:
    results["mixin_metadata"] = {
        path: [e["data"] for e in entries if e["type"] == "aws:cdk:analytics:mixin"]
        for path, entries in json.load(f).items()
        if any(e["type"] == "aws:cdk:analytics:mixin" for e in entries)
    }

seen = []


@jsii.implements(cdk.IPropertyInjector)
class Recorder:
    @property
    def construct_unique_id(self) -> str:
        return sns.Topic.PROPERTY_INJECTION_ID

    def inject(self, original_props, *, id, scope):
        seen.append([id, scope.node.path, dict(original_props)])
        return {**original_props, "displayName": "injected", "fifo": False}


app3 = cdk.App()
injected_stack = cdk.Stack(app3, "Injected", property_injectors=[Recorder()])
sns.Topic(injected_stack, "Topic", topic_name="abc", enforce_ssl=True)
results["injected_props"] = seen
results["injected_template"] = app3.synth().get_stack_by_name("Injected").template["Resources"]

injectors = cdk.PropertyInjectors.of(stack)
results["injectors"] = [injectors.supported_classes(), cdk.PropertyInjectors.has_property_injectors(stack),
                        cdk.PropertyInjectors.has_property_injectors(group)]

print(json.dumps(results, indent=1, sort_keys=True))
