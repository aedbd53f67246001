import inspect
import sys

sys.path.insert(0, "/work/main")
import l2.rds as r
from l2.rds import _instance

NEW = list(_instance._NEW_NAMES)
SRC = list(_instance._SOURCE_NAMES)

def params(fn, skip=("self", "scope", "id")):
    sig = inspect.signature(fn)
    return [(n, p.annotation, p.default is inspect._empty) for n, p in sig.parameters.items() if n not in skip]

specs = [
    ("DatabaseInstanceProps", "The properties of a ``DatabaseInstance``.", params(r.DatabaseInstance.__init__)),
    ("DatabaseInstanceFromSnapshotProps", "The properties of a ``DatabaseInstanceFromSnapshot``.", params(r.DatabaseInstanceFromSnapshot.__init__)),
    ("DatabaseInstanceReadReplicaProps", "The properties of a ``DatabaseInstanceReadReplica``.", params(r.DatabaseInstanceReadReplica.__init__)),
    ("DatabaseClusterProps", "The properties of a ``DatabaseCluster``.", params(r.DatabaseCluster.__init__)),
    ("DatabaseClusterFromSnapshotProps", "The properties of a ``DatabaseClusterFromSnapshot``.", params(r.DatabaseClusterFromSnapshot.__init__)),
    ("DatabaseSecretProps", "The properties of a ``DatabaseSecret``.", params(r.DatabaseSecret.__init__)),
    ("OptionGroupProps", "The properties of an ``OptionGroup``.", params(r.OptionGroup.__init__)),
    ("ParameterGroupProps", "The properties of a ``ParameterGroup``.", params(r.ParameterGroup.__init__)),
    ("SubnetGroupProps", "The properties of a ``SubnetGroup``.", params(r.SubnetGroup.__init__)),
    ("DatabaseInstanceAttributes", "What ``from_database_instance_attributes`` takes.", params(r.DatabaseInstance.from_database_instance_attributes)),
    ("DatabaseClusterAttributes", "What ``from_database_cluster_attributes`` takes.", params(r.DatabaseCluster.from_database_cluster_attributes)),
    ("DatabaseInstanceLookupOptions", "What ``DatabaseInstance.from_lookup`` takes.", params(r.DatabaseInstance.from_lookup)),
    ("DatabaseClusterLookupOptions", "What ``DatabaseCluster.from_lookup`` takes.", params(r.DatabaseCluster.from_lookup)),
]
inst = {n: (a, req) for n, a, req in params(r.DatabaseInstance.__init__)}
specs.append(("DatabaseInstanceNewProps", "What every new instance takes.", [(n, *inst[n]) for n in NEW + ["s3_export_buckets", "s3_export_role", "s3_import_buckets", "s3_import_role"]]))
specs.append(("DatabaseInstanceSourceProps", "What instances with an engine take.", [(n, *inst[n]) for n in SRC + NEW]))
out = ['"""The props structs of the RDS constructs (aws-cdk-lib\'s ``*Props``, ``*Attributes``, ``*Options``)."""', "",
       "from __future__ import annotations", "", "from collections.abc import Mapping, Sequence", "from typing import TYPE_CHECKING", "",
       "from constructs import Duration, RemovalPolicy", "from constructs.internals import structs",
       "from l2.rds._cluster import ClusterScailabilityType, ClusterScalabilityType, DBClusterStorageType, InstanceUpdateBehaviour",
       "from l2.rds._cluster_instance import InstanceProps",
       "from l2.rds._props import (", "    BackupProps,", "    CaCertificate,", "    Credentials,", "    DatabaseInsightsMode,",
       "    EngineLifecycleSupport,", "    LicenseModel,", "    NetworkType,", "    PerformanceInsightRetention,", "    ProcessorFeatures,",
       "    SnapshotCredentials,", "    StorageType,", ")", "",
       "if TYPE_CHECKING:",
       "    from l2.ec2 import InstanceType, ISecurityGroup, IVpc, SubnetSelection",
       "    from l2.iam import IRole",
       "    from l2.kms import IKey",
       "    from l2.logs import RetentionDays",
       "    from l2.rds._interfaces import (",
       "        IClusterEngine,", "        IClusterInstance,", "        IDatabaseInstance,", "        IEngine,", "        IInstanceEngine,",
       "        IOptionGroup,", "        IParameterGroup,", "        ISubnetGroup,", "    )",
       "    from l2.rds._option_group import OptionConfiguration",
       "    from l2.s3 import IBucket",
       "    from l2.secretsmanager import ISecret, ReplicaRegion", ""]
for name, doc, fields in specs:
    req = [f for f in fields if f[2]]
    opt = [f for f in fields if not f[2]]
    out += ["", "@structs.frozen(kw_only=True)", f"class {name}:", f'    """{doc} (see the construct for each field)."""', ""]
    for n, a, _ in req:
        out.append(f"    {n}: {a}")
    for n, a, _ in opt:
        out.append(f"    {n}: {a} = None")
    out.append("")
open("/work/main/l2/rds/_structs.py", "w").write("\n".join(out))
print([s[0] for s in specs])
