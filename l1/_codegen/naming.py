"""Python names for CloudFormation names: modules, classes, keyword arguments and attributes.

The rules follow aws-cdk-lib's generated Python API (see §17 of the CDK fact sheet):

* **Modules.** ``AWS::<Service>::*`` lives in ``l1/<service>.py`` (lower case, a trailing ``_`` when the name
  is a Python keyword: ``AWS::Lambda`` -> ``lambda_``). ``AWS::Serverless::*`` lives in ``l1/sam.py``
  (aws-cdk-lib's ``aws_sam``). Any other vendor namespace is ``<vendor>_<service>`` in lower case, as
  aws-cdk-lib names its modules (``Alexa::ASK`` -> ``alexa_ask``, like ``aws_cdk.alexa_ask``).
* **Classes.** ``Cfn`` + the resource name (``AWS::S3::Bucket`` -> ``CfnBucket``); property types are
  nested classes named ``<Definition>Property``.
* **Keyword arguments.** CamelCase is split into words and lower-cased: a lower-case letter or digit
  followed by a capital starts a word (``BucketName`` -> ``bucket_name``), and an acronym run followed by a
  capitalised word splits before that word (``SSESpecification`` -> ``sse_specification``). Eight names
  keep a plural acronym whole, as aws-cdk-lib does (:data:`ACRONYM_EXCEPTIONS`: ``ProviderARNs`` ->
  ``provider_arns``, ``VPCs`` -> ``vpcs``); binary units stay whole (``MemoryMiB`` -> ``memory_mib``); a
  lower-case letter after a digit starts a word (``M2tsSettings`` -> ``m2_ts_settings``).
"""

from __future__ import annotations

import keyword

# CloudFormation names whose aws-cdk-lib keyword keeps a plural or unit acronym whole. The rest of the
# schema follows the plain split, odd results included (``CallbackURLs`` -> ``callback_ur_ls``,
# ``SizeInMBs`` -> ``size_in_m_bs``), because aws-cdk-lib's names do.
ACRONYM_EXCEPTIONS: dict[str, str] = {
    "AssociatedLicenseAssetRulesetARNs": "associated_license_asset_ruleset_arns",
    "MaxRecordSizeInKiB": "max_record_size_in_kib",
    "NotificationARNs": "notification_arns",
    "OpenIdConnectProviderARNs": "open_id_connect_provider_arns",
    "ProviderARNs": "provider_arns",
    "SamlProviderARNs": "saml_provider_arns",
    "TargetGroupARNs": "target_group_arns",
    "VPCs": "vpcs",
}


_BINARY_UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB")


def _starts_word(name: str, index: int) -> bool:
    """Whether the character at ``index`` of ``name`` starts a new word."""
    char, prev = name[index], name[index - 1]
    nxt = name[index + 1] if index + 1 < len(name) else ""
    if char.islower():
        # A digit run ends a word: "M2tsSettings" -> "m2_ts_settings", "AbpV10x" -> "abp_v10_x".
        return prev.isdigit()
    if not char.isupper():
        return False
    if char == "B" and name[max(0, index - 2) : index + 1] in _BINARY_UNITS and not nxt.islower():
        # Binary units stay whole: "MemoryMiB" -> "memory_mib".
        return False
    return prev.islower() or prev.isdigit() or (prev.isupper() and nxt.islower())


def snake_case(name: str) -> str:
    """Split a CloudFormation CamelCase name into lower-case words joined by ``_``."""
    if name in ACRONYM_EXCEPTIONS:
        return ACRONYM_EXCEPTIONS[name]
    words: list[str] = []
    start = 0
    for index in range(1, len(name)):
        if _starts_word(name, index):
            words.append(name[start:index])
            start = index
    words.append(name[start:])
    return "_".join(word.lower() for word in words if word).replace("__", "_")


def python_identifier(name: str) -> str:
    """Make ``name`` a valid Python identifier: keywords get a trailing ``_``."""
    cleaned = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
    if cleaned[:1].isdigit():
        cleaned = "_" + cleaned
    return cleaned + "_" if keyword.iskeyword(cleaned) else cleaned


def kwarg_name(cfn_name: str) -> str:
    """The snake_case keyword argument for a CloudFormation property name."""
    return python_identifier(snake_case(cfn_name))


def attribute_name(attribute: str) -> str:
    """The ``attr_*`` name of a GetAtt attribute (``Endpoint.Address`` -> ``attr_endpoint_address``)."""
    joined = "".join(part[:1].upper() + part[1:] for part in attribute.replace("/", ".").split("."))
    return "attr_" + snake_case(joined)


def module_name(type_name: str) -> str:
    """The ``l1`` module holding a resource type (``AWS::Lambda::Function`` -> ``lambda_``)."""
    vendor, service, _ = type_name.split("::")
    if (vendor, service) == ("AWS", "Serverless"):
        return "sam"
    base = service.lower() if vendor == "AWS" else f"{vendor}_{service}".lower()
    return python_identifier(base)


def class_name(type_name: str) -> str:
    """The L1 class name of a resource type (``AWS::S3::Bucket`` -> ``CfnBucket``)."""
    return "Cfn" + type_name.split("::")[2]


def property_class_name(definition: str) -> str:
    """The nested class name of a property type (``VersioningConfiguration`` -> ``...Property``)."""
    return python_identifier(definition[:1].upper() + definition[1:]) + "Property"
