"""aws_fsx validation errors: messages as aws-cdk-lib words them, with the construct path."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import ec2, fsx

D = fsx.LustreDeploymentType
HDD = fsx.StorageType.HDD

CASES: list[tuple[dict[str, Any], dict[str, Any], str]] = [
    ({}, {"deployment_type": D.SCRATCH_2, "import_path": "http://x"},
     'The import path "http://x" is invalid. Expecting the format: s3://{BUCKET_NAME}/optional-prefix'),
    ({}, {"deployment_type": D.SCRATCH_2, "export_path": "s3://x"},
     "Cannot define an export path without also defining an import path"),
    ({}, {"deployment_type": D.SCRATCH_2, "import_path": "s3://a", "export_path": "s3://b"},
     'The export path "s3://b" is invalid. Expecting the format: s3://{IMPORT_PATH}/optional-prefix'),
    ({}, {"deployment_type": D.SCRATCH_2, "imported_file_chunk_size_mib": 0},
     "importedFileChunkSize cannot be 0 MiB. It must be a value from 1 to 512,000 MiB"),
    ({}, {"deployment_type": D.SCRATCH_2, "auto_import_policy": fsx.LustreAutoImportPolicy.NEW},
     "autoImportPolicy requires importPath to be defined"),
    ({}, {"deployment_type": D.PERSISTENT_2, "import_path": "s3://a", "per_unit_storage_throughput": 125,
          "auto_import_policy": fsx.LustreAutoImportPolicy.NEW},
     "autoImportPolicy is not supported with PERSISTENT_2 deployments"),
    ({}, {"deployment_type": D.SCRATCH_2, "automatic_backup_retention": Duration.days(1)},
     "automatic backups is not supported on scratch file systems"),
    ({}, {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 50,
          "automatic_backup_retention": Duration.days(91)},
     "automaticBackupRetention period must be between 0 and 90 days. received: 91"),
    ({}, {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 50,
          "daily_automatic_backup_start_time": fsx.DailyAutomaticBackupStartTime(hour=1, minute=1)},
     "automaticBackupRetention period must be set a non-zero day when dailyAutomaticBackupStartTime is set"),
    ({}, {"deployment_type": D.SCRATCH_2, "per_unit_storage_throughput": 50},
     "perUnitStorageThroughput can only be set for the PERSISTENT_1/PERSISTENT_2 deployment types, received: "
     "SCRATCH_2"),
    ({"storage_type": HDD}, {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 50},
     "perUnitStorageThroughput must be 12 or 40 MB/s/TiB for PERSISTENT_1 HDD storage, got: 50"),
    ({}, {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 12},
     "perUnitStorageThroughput must be 50, 100, or 200 MB/s/TiB for PERSISTENT_1 SSD storage, got: 12"),
    ({}, {"deployment_type": D.PERSISTENT_2, "per_unit_storage_throughput": 12},
     "perUnitStorageThroughput must be 125, 250, 500 or 1000 MB/s/TiB for PERSISTENT_2 deployment type, got: 12"),
    ({"storage_capacity_gib": 1000}, {"deployment_type": D.SCRATCH_1},
     "storageCapacity must be 1,200, 2,400, 3,600, or a multiple of 3,600 for SCRATCH_1 deployment type, got 1000."),
    ({"storage_capacity_gib": 1000}, {"deployment_type": D.SCRATCH_2},
     "storageCapacity must be 1,200, 2,400, or a multiple of 2,400 for SCRATCH_2 and PERSISTENT_2 deployment types, "
     "got 1000"),
    ({"storage_capacity_gib": 1800, "storage_type": HDD},
     {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 12},
     "storageCapacity must be a multiple of 6,000 for PERSISTENT_1 HDD storage with 12 MB/s/TiB throughput, got 1800"),
    ({"storage_capacity_gib": 1000, "storage_type": HDD},
     {"deployment_type": D.PERSISTENT_1, "per_unit_storage_throughput": 40},
     "storageCapacity must be a multiple of 1,800 for PERSISTENT_1 HDD storage with 40 MB/s/TiB throughput, got 1000"),
    ({"storage_capacity_gib": 1000}, {"deployment_type": D.PERSISTENT_1},
     "storageCapacity must be 1,200, 2,400, or a multiple of 2,400 for PERSISTENT_1 SSD storage, got 1000"),
    ({"storage_type": HDD}, {"deployment_type": D.SCRATCH_2},
     "Storage type HDD is only supported for PERSISTENT_1 deployment type, got: SCRATCH_2"),
    ({}, {"deployment_type": D.PERSISTENT_1, "drive_cache_type": fsx.DriveCacheType.READ},
     "driveCacheType can only be set for PERSISTENT_1 HDD storage type, got: PERSISTENT_1 and undefined"),
    ({"file_system_type_version": fsx.FileSystemTypeVersion.V_2_10},
     {"deployment_type": D.PERSISTENT_2, "per_unit_storage_throughput": 125},
     "fileSystemTypeVersion V_2_10 is only supported for SCRATCH and PERSISTENT_1 deployment types"),
]


@pytest.mark.parametrize(("props", "config", "message"), CASES)
def test_lustre_validation(stack: Stack, props: dict[str, Any], config: dict[str, Any], message: str) -> None:
    vpc = ec2.Vpc(stack, "Vpc")
    options: dict[str, Any] = {"storage_capacity_gib": 1200, **props}
    with pytest.raises(ValidationError) as info:
        fsx.LustreFileSystem(stack, "Fs", lustre_configuration=fsx.LustreConfiguration(**config), vpc=vpc,
                             vpc_subnet=vpc.private_subnets[0], **options)
    assert message in str(info.value)
    assert "S/Fs" in str(info.value)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: fsx.DailyAutomaticBackupStartTime(hour=24, minute=0),
         "dailyAutomaticBackupStartTime hour must be an integer between 0 and 24. received: 24"),
        (lambda: fsx.DailyAutomaticBackupStartTime(hour=1, minute=60),
         "dailyAutomaticBackupStartTime minute must be an integer between 0 and 59. received: 60"),
        (lambda: fsx.LustreMaintenanceTime(day=fsx.Weekday.MONDAY, hour=24, minute=0),
         "Maintenance time hour must be an integer between 0 and 23"),
        (lambda: fsx.LustreMaintenanceTime(day=fsx.Weekday.MONDAY, hour=2, minute=61),
         "Maintenance time minute must be an integer between 0 and 59"),
    ],
)
def test_time_validation(make: Any, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as info:
        make()
    assert message in str(info.value)


def test_timestamps() -> None:
    assert fsx.LustreMaintenanceTime(day=fsx.Weekday.SUNDAY, hour=1, minute=5).to_timestamp() == "7:01:05"
    assert fsx.DailyAutomaticBackupStartTime(hour=11, minute=30).to_timestamp() == "11:30"


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="deployment_type"):
        fsx.LustreConfiguration(deployment_type="SCRATCH_2")  # type: ignore[arg-type]
