"""Writes ``fixtures/expected.json``: what aws-cdk-lib 2.275.0's cloud assembly API reads from ``fixtures/assembly``
(written by pycdk, ``fixtures/make_assembly.py``), and ``fixtures/builder/``, what its ``CloudAssemblyBuilder``
writes.

The reading runs aws-cdk-lib's own JavaScript (``@aws-cdk/cloud-assembly-api``, bundled in the oracle's jsii
package) under Node.js: through jsii, Python sees every artifact as a plain ``CloudArtifact`` and cannot read
``manifest`` (its ``properties`` union does not deserialize), so the values are taken where they are computed.
Run with the oracle venv, outside the repository:
``cd /tmp && /work/main/.venvs/oracle/bin/python /work/main/tests/l2/cx_api/oracle_expected.py``.
"""

import glob
import os
import shutil
import subprocess
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")

NODE_SCRIPT = r"""
const path = require('path');
const api = require(process.env.API);
const schema = require(process.env.SCHEMA);
const dir = process.env.ASSEMBLY;
const rel = p => path.relative(dir, p);
function info(a) {
  const o = {cls: a.constructor.name, id: a.id, hierarchicalId: a.hierarchicalId,
             dependencies: a.dependencies.map(d => d.id), messages: a.messages, metadata: a.metadata,
             logicalIds: a.findMetadataByType('aws:cdk:logicalId')};
  if (a instanceof api.CloudFormationStackArtifact) {
    for (const k of ['stackName', 'displayName', 'originalName', 'templateFile', 'environment', 'parameters', 'tags',
                     'notificationArns', 'assumeRoleArn', 'assumeRoleExternalId', 'assumeRoleAdditionalOptions',
                     'cloudFormationExecutionRoleArn', 'lookupRole', 'stackTemplateAssetObjectUrl',
                     'requiresBootstrapStackVersion', 'bootstrapStackVersionSsmParameter', 'terminationProtection',
                     'validateOnSynth', 'assets', 'template']) { o[k] = a[k]; }
    o.templateFullPath = rel(a.templateFullPath);
  } else if (a instanceof api.AssetManifestArtifact) {
    o.file = rel(a.file);
    o.requiresBootstrapStackVersion = a.requiresBootstrapStackVersion;
    o.bootstrapStackVersionSsmParameter = a.bootstrapStackVersionSsmParameter;
    o.contents = a.contents;
  } else if (a instanceof api.NestedCloudAssemblyArtifact) {
    o.directoryName = a.directoryName; o.displayName = a.displayName; o.fullPath = rel(a.fullPath);
    o.nestedStacks = a.nestedAssembly.stacks.map(s => s.id);
  } else if (a instanceof api.TreeCloudArtifact) {
    o.file = a.file;
  }
  return o;
}
function error(f) { try { f(); return null; } catch (e) { return e.message; } }
(async () => {
  const asm = new api.CloudAssembly(dir);
  const out = {
    version: asm.version, runtime: asm.runtime, artifacts: asm.artifacts.map(info),
    unsorted: new api.CloudAssembly(dir, {topoSort: false}).artifacts.map(a => a.id),
    stacks: asm.stacks.map(s => s.id), stacksRecursively: asm.stacksRecursively.map(s => s.id),
    nestedAssemblies: asm.nestedAssemblies.map(a => a.id), tree: asm.tree().id,
    byName: asm.getStackByName('consumer-stack').id, nestedStack: asm.getStackArtifact('ProdInner6AE3BBF4').stackName,
    errors: {
      byName: error(() => asm.getStackByName('nope')),
      byId: error(() => asm.getStackArtifact('nope')),
      nestedMissing: error(() => asm.getNestedAssemblyArtifact('nope')),
      nestedNotNested: error(() => asm.getNestedAssemblyArtifact('Tree')),
      parse: error(() => api.EnvironmentUtils.parse('123456789012/us-east-1')),
    },
    environment: {
      parse: api.EnvironmentUtils.parse('aws://123456789012/eu-west-1'),
      parseUnknown: api.EnvironmentUtils.parse('aws://unknown-account/unknown-region'),
      make: api.EnvironmentUtils.make('1111', 'ap-south-1'), format: api.EnvironmentUtils.format('1111', 'ap-south-1'),
    },
    placeholders: {
      replace: api.EnvironmentPlaceholders.replace(
        {a: 'arn:${AWS::Partition}:s3:::b-${AWS::AccountId}-${AWS::Region}', b: ['${AWS::Region}', 1, null, true]},
        {accountId: '111', partition: 'aws-cn', region: 'cn-north-1'}),
      replaceAsync: await api.EnvironmentPlaceholders.replaceAsync(
        {a: 'arn:${AWS::Partition}:s3:::b-${AWS::AccountId}', b: ['${AWS::Region}', 'x-${AWS::Region}']},
        {accountId: async () => '111', partition: async () => 'aws', region: async () => 'eu-west-3'}),
      constants: [api.EnvironmentPlaceholders.CURRENT_REGION, api.EnvironmentPlaceholders.CURRENT_ACCOUNT,
                  api.EnvironmentPlaceholders.CURRENT_PARTITION],
    },
  };
  process.stdout.write(JSON.stringify(out, null, 1));
})();
"""


def _extract(tgz: str, prefixes: tuple[str, ...], into: str) -> None:
    with tarfile.open(tgz) as t:
        t.extractall(into, members=[m for m in t.getmembers() if m.name.startswith(prefixes)], filter="data")


def read_with_node() -> None:
    import aws_cdk

    site = os.path.dirname(aws_cdk.__file__)
    lib_tgz = glob.glob(os.path.join(site, "_jsii", "aws-cdk-lib@*.jsii.tgz"))[0]
    schema_tgz = glob.glob(os.path.join(site, "cloud_assembly_schema", "_jsii", "cloud-assembly-schema@*.jsii.tgz"))[0]
    with tempfile.TemporaryDirectory() as tmp:
        _extract(lib_tgz, ("package/node_modules/",), os.path.join(tmp, "lib"))
        _extract(schema_tgz, ("package/",), os.path.join(tmp, "schema"))
        modules = os.path.join(tmp, "lib", "package", "node_modules")
        os.symlink(os.path.join(tmp, "schema", "package"), os.path.join(modules, "@aws-cdk", "cloud-assembly-schema"))
        script = os.path.join(tmp, "read.js")
        with open(script, "w") as f:
            f.write(NODE_SCRIPT)
        env = dict(os.environ, API=os.path.join(modules, "@aws-cdk", "cloud-assembly-api"),
                   SCHEMA=os.path.join(modules, "@aws-cdk", "cloud-assembly-schema"),
                   ASSEMBLY=os.path.join(FIXTURES, "assembly"))
        out = subprocess.run(["node", script], env=env, check=True, capture_output=True, text=True).stdout
    with open(os.path.join(FIXTURES, "expected.json"), "w") as f:
        f.write(out + "\n")


def build_with_jsii() -> None:
    """``CloudAssemblyBuilder`` through aws-cdk-lib's Python API (``cx_api_builder.py`` builds the same with pycdk)."""
    import sys

    sys.path.insert(0, HERE)
    import cx_api_builder as builder
    from aws_cdk import cloud_assembly_schema, cx_api

    out = os.path.join(FIXTURES, "builder")
    shutil.rmtree(out, ignore_errors=True)
    builder.build(cx_api, cloud_assembly_schema, out)


if __name__ == "__main__":
    read_with_node()
    build_with_jsii()
