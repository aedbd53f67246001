"""Docker scenarios written with aws-cdk-lib's Python API, run by aws-cdk-lib (``_a_docker_oracle.py``) and by pycdk
(``test_a_bundling.py``, through the golden rewriter) with a fake ``docker`` (``$CDK_DOCKER``) that records its
arguments. Prints one JSON document: per scenario, the normalized docker calls and the values computed."""

import json
import os
import re
import sys
import tempfile

ROOT = os.path.realpath(tempfile.mkdtemp(prefix="a-docker-"))
LOG = os.path.join(ROOT, "docker.log")
FAKE = os.path.join(ROOT, "fake-docker")
with open(FAKE, "w") as f:
    f.write(
        "#!" + sys.executable + "\n"
        "import json, os, sys\n"
        "args = sys.argv[1:]\n"
        f"open({LOG!r}, 'a').write(json.dumps(args) + '\\n')\n"
        "if args[:2] == ['image', 'inspect']:\n"
        "    sys.exit(1)\n"
        "if args[:1] == ['create']:\n"
        "    print('0123456789abcdef0123456789abcdef')\n"
        "if args[:1] == ['run']:\n"
        "    for i, a in enumerate(args):\n"
        "        if a == '-v' and ':/asset-output:' in args[i + 1]:\n"
        "            out = args[i + 1].split(':/asset-output:')[0]\n"
        "            open(os.path.join(out, 'bundle.txt'), 'w').write('bundled')\n"
        "if args[:1] == ['cp'] and args[1].endswith(':/asset-output/.'):\n"
        "    open(os.path.join(args[2], 'bundle.txt'), 'w').write('bundled')\n"
    )
os.chmod(FAKE, 0o755)
os.environ["CDK_DOCKER"] = FAKE  # before aws-cdk-lib starts its JavaScript process, which reads it

import aws_cdk as cdk  # noqa: E402
import jsii  # noqa: E402
from aws_cdk import aws_s3_assets as s3_assets  # noqa: E402

SRC = os.path.join(ROOT, "src")
os.makedirs(SRC)
with open(os.path.join(SRC, "Dockerfile"), "w") as f:
    f.write("FROM public.ecr.aws/docker/library/alpine\n")
with open(os.path.join(SRC, "app.py"), "w") as f:
    f.write("print('hello')\n")


def calls() -> list:
    """The docker calls since the last call, paths and generated names normalized."""
    if not os.path.exists(LOG):
        return []
    with open(LOG) as f:
        lines = [json.loads(line) for line in f]
    os.remove(LOG)
    uid = f"{os.getuid()}:{os.getgid()}"
    out = []
    for args in lines:
        norm = []
        for a in args:
            # where a bundle is built is the implementation's choice (aws-cdk-lib: in the assembly folder)
            a = re.sub(r"/[^:\s]*(cdk-asset-bundle-|bundling-temp-|asset\.[0-9a-f]{64}-building)[^:\s]*", "<bundle-dir>", a)
            a = a.replace(ROOT, "<root>").replace(uid, "<uid>")
            a = re.sub(r"(assetInput|assetOutput|copyContainer)[0-9a-f]{24}", r"\1<id>", a)
            norm.append(a)
        out.append(norm)
    return out


results = {}

image = cdk.DockerImage.from_registry("public.ecr.aws/docker/library/alpine")
image.run(
    command=["sh", "-c", "echo hi"],
    entrypoint=["/bin/sh", "-x"],
    environment={"A": "1", "B": "two words"},
    network="host",
    platform="linux/arm64",
    security_opt="no-new-privileges",
    user="1000:1000",
    volumes=[
        cdk.DockerVolume(host_path="/h1", container_path="/c1"),
        cdk.DockerVolume(host_path="/h2", container_path="/c2", consistency=cdk.DockerVolumeConsistency.CACHED),
    ],
    volumes_from=["other"],
    working_directory="/work",
)
results["run_all_options"] = {"calls": calls(), "json": image.to_json()}

image.run()
results["run_plain"] = {"calls": calls()}

dest = image.cp("/usr/lib/x", os.path.join(ROOT, "cp-out"))
results["cp_to_path"] = {"calls": calls(), "dest": dest.replace(ROOT, "<root>")}

built = cdk.DockerImage.from_build(
    SRC,
    build_args={"X": "1", "Y": "2"},
    file="Dockerfile",
    platform="linux/amd64",
    target_stage="final",
    network="none",
    cache_from=[cdk.DockerCacheOption(type="registry", params={"ref": "r:1"}), cdk.DockerCacheOption(type="gha")],
    cache_to=cdk.DockerCacheOption(type="local", params={"dest": "/tmp/c", "mode": "max"}),
    cache_disabled=True,
    build_contexts={"ctx": "/ctx"},
)
results["from_build_all"] = {"calls": calls(), "image": built.image, "json": built.to_json()}

plain = cdk.DockerImage.from_build(SRC)
results["from_build_plain"] = {"calls": calls(), "image": plain.image}
results["build_secret"] = cdk.DockerBuildSecret.from_src("/run/secret")

app = cdk.App(outdir=os.path.join(ROOT, "cdk.out"))
stack = cdk.Stack(app, "Bundling")


def staged(asset_id: str, **kwargs: object) -> dict:
    asset = s3_assets.Asset(stack, asset_id, path=SRC, **kwargs)
    return {"calls": calls(), "hash": asset.asset_hash, "key": asset.s3_object_key}


results["bundle_bind_mount"] = staged(
    "BindMount",
    bundling=cdk.BundlingOptions(
        image=image,
        command=["sh", "-c", "cp -r . /asset-output"],
        environment={"PIP_INDEX_URL": "https://user:secret@pypi.example.com/simple", "K": "v"},
        output_type=cdk.BundlingOutput.NOT_ARCHIVED,
    ),
)
results["bundle_volume_copy"] = staged(
    "VolumeCopy",
    bundling=cdk.BundlingOptions(
        image=built,
        bundling_file_access=cdk.BundlingFileAccess.VOLUME_COPY,
        command=["make"],
        user="root",
        volumes_from=["cache"],
        platform="linux/amd64",
    ),
)
results["bundle_output_hash"] = staged(
    "OutputHash",
    asset_hash_type=cdk.AssetHashType.OUTPUT,
    bundling=cdk.BundlingOptions(image=image, command=["true"], working_directory="/w", network="none"),
)


@jsii.implements(cdk.ILocalBundling)
class Local:
    def try_bundle(self, output_dir, *, image, **kwargs):
        with open(os.path.join(output_dir, "local.txt"), "w") as f:
            f.write("local")
        return True


results["bundle_local_output_hash"] = staged(
    "Local",
    asset_hash_type=cdk.AssetHashType.OUTPUT,
    bundling=cdk.BundlingOptions(image=image, local=Local()),
)
results["bundle_custom_hash"] = staged(
    "Custom",
    asset_hash="my-hash",
    bundling=cdk.BundlingOptions(image=image, command=["true"]),
)

print(json.dumps(results, indent=1, sort_keys=True))
