"""The run of policy-validation plugins after synthesis, and the report, in aws-cdk-lib's format.

``run_plugins`` mirrors aws-cdk-lib's ``validateTemplates``: plugins are collected per stage (nested stages
first), each runs once over the stacks of its stages, template paths in the result are made relative to the
assembly, construct paths are inferred from logical ids, acknowledged rules are moved to
``suppressedViolations``, ``validation-report.json`` is written, the text report goes to stderr, and a failure
raises. pycdk records no stack traces, so violating constructs carry no ``stackTraces`` and the text shows no
source locations.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any

REPORT_FILE = "validation-report.json"
LEGACY_REPORT_FILE = "policy-validation-report.json"
_LEGACY_REPORT_CONTEXT = "@aws-cdk/core:validationReportJson"
_FAIL_SYNTH_CONTEXT = "@aws-cdk/core:failSynthOnValidationErrors"
_STRICT_CONTEXT = "@aws-cdk/core:strictCfnValidateErrors"
_APP_MODE_CONTEXT = "@aws-cdk/core:appMode"
_APP_MODE_ENV = "CDK_APP_MODE"
_KNOWN_SEVERITIES = ("fatal", "error", "warning", "info")
_SEVERITY_ORDER = {"fatal": 0, "error": 1, "warning": 2, "info": 3}


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _stages_post_order(stage: Any) -> list[Any]:
    out: list[Any] = []
    for child in stage._synthesis_child_stages():
        out.extend(_stages_post_order(child))
    out.append(stage)
    return out


def _stage_assembly(root: Any, root_assembly: Any, stage: Any) -> Any:
    if stage is root:
        return root_assembly
    parent = _stage_assembly(root, root_assembly, stage.parent_stage)
    return parent.get_nested_assembly(stage.artifact_id)


def _unknown(value: str, marker: str) -> str | None:
    return None if value == marker else value


def _stack_environment(artifact: Any) -> tuple[str | None, str | None]:
    env = artifact.environment or ""
    if env.startswith("aws://"):
        account, _, region = env[len("aws://") :].partition("/")
        return _unknown(account, "unknown-account"), _unknown(region, "unknown-region")
    return None, None


def _bool_context(root: Any, key: str, default: bool) -> bool:
    raw = root.node.try_get_context(key)
    if raw is None:
        return default
    return raw is not False and raw != "false"


def run_plugins(root: Any, assembly: Any, stage_plugins: Any, context_cls: Any) -> None:
    """Run the plugins of ``root`` and its stages; see the module docstring."""
    from constructs._stage import Stage

    if not isinstance(root, Stage) or root.node.scope is not None:
        return
    from constructs._feature_flags import FeatureFlags
    from constructs._policy_validation import CloudFormationValidatePlugin
    from constructs._private.json_writer import manifest_json
    from constructs._private.validation import enabled as builtin_enabled
    from constructs._private.validation.report_json import (
        ANNOTATIONS_FLAG,
        annotations_report,
        builtin_report,
    )

    # pycdk's built-in checks take the place of aws-cdk-lib's built-in plugin (unless the user registered one)
    stages = _stages_post_order(root)
    builtin = builtin_enabled(root) and not any(
        isinstance(p, CloudFormationValidatePlugin) for stage in stages for p in stage_plugins(stage))
    stacks_by_plugin: dict[int, tuple[Any, dict[int, Any]]] = {}
    for stage in stages:
        plugins = [*stage_plugins(stage), *([_BUILTIN] if builtin else [])]
        stage_assembly = _stage_assembly(root, assembly, stage)
        for plugin in plugins:
            entry = stacks_by_plugin.setdefault(id(plugin), (plugin, {}))
            for artifact in stage_assembly.stacks_recursively:
                entry[1][id(artifact)] = artifact
    outdir = assembly.directory
    annotations = annotations_report(root, outdir) if FeatureFlags.of(root).is_enabled(ANNOTATIONS_FLAG) else None
    if not stacks_by_plugin and annotations is None:
        return
    reports = [
        report
        for plugin, artifacts in stacks_by_plugin.values()
        for report in (
            [builtin_report(root, outdir)] if plugin is _BUILTIN
            else _invoke(plugin, list(artifacts.values()), root, outdir, context_cls)
        )
    ]
    if annotations is not None:
        reports.append(annotations)
    downgraded = any(r.pop("downgraded", False) for r in reports)
    locate = _construct_locator(root)
    for report in reports:
        for violation in report["violations"]:
            for resource in violation["violatingResources"]:
                if not resource.get("constructPath") and resource.get("templatePath") and resource.get("logicalId"):
                    resource["constructPath"] = locate(os.path.basename(resource["templatePath"]), resource["logicalId"])
    suppressed = _collect_suppressions(root, reports) if any(r["violations"] for r in reports) else {}
    report_json = {
        "version": assembly.version,
        "title": "Validation Report",
        "pluginReports": _plugin_reports_json(root, reports, suppressed),
    }
    report_file = os.path.join(assembly.directory, REPORT_FILE)
    with open(report_file, "w", encoding="utf-8") as f:
        f.write(manifest_json(report_json))  # JSON.stringify(report, undefined, 2), 3x faster than json.dumps
    if _bool_context(root, _LEGACY_REPORT_CONTEXT, False):
        with open(os.path.join(assembly.directory, LEGACY_REPORT_FILE), "w", encoding="utf-8") as f:
            f.write(json.dumps(_legacy_json(root, reports), indent=2, ensure_ascii=False))

    strict = _bool_context(root, _STRICT_CONTEXT, False)
    fails = any(not r["success"] for r in reports) or (
        strict and any(v.get("severity") == "warning" for r in reports for v in r["violations"])
    )
    text = format_reports(report_json["pluginReports"])
    preamble = ""
    if downgraded:
        preamble = (
            "[Warning] Template validation found issues in your templates. Construct library strict mode considers "
            "these errors." if strict else
            "[Warning] Template validation found issues in your templates (reported as warnings).\nSet feature "
            'flag "@aws-cdk/core:validateAgainstDefaultRules" to true to turn these into errors.'
        )
    if not text:
        return
    report_path = _render_path(report_file)
    if not _bool_context(root, _FAIL_SYNTH_CONTEXT, True):
        if preamble:
            print(preamble, file=sys.stderr)
        return
    mode = _app_mode(root)
    text = [preamble, *text] if preamble else text
    full = [*text, f"A copy of this report can be found in: {report_path}"]
    from constructs._errors import UnscopedValidationError

    if fails and mode == "inmemory":
        raise UnscopedValidationError("\n\n".join(full))
    if fails and mode == "unknown":
        print("\n\n".join(text), file=sys.stderr)
        raise UnscopedValidationError(f"Validation failed. A copy of this report can be found in: {report_path}")
    print("\n\n".join(full), file=sys.stderr)


_BUILTIN = object()
"""Stands for aws-cdk-lib's built-in plugin (pycdk's built-in template checks) among the plugins."""


def _app_mode(root: Any) -> str:
    mode = root.node.try_get_context(_APP_MODE_CONTEXT)
    if mode in ("process", "inmemory"):
        return str(mode)
    env = os.environ.get(_APP_MODE_ENV)
    if env in ("process", "inmemory"):
        return env
    if os.environ.get("NODE_ENV") == "test" or os.environ.get("PYTEST_VERSION") or os.environ.get("PYTEST_CURRENT_TEST"):
        return "inmemory"
    return "unknown"


def _render_path(path: str) -> str:
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.getcwd())
    return relative if len(relative) < len(absolute) else absolute


def _invoke(plugin: Any, artifacts: list[Any], root: Any, outdir: str, context_cls: Any) -> list[dict[str, Any]]:
    from constructs._policy_validation import PolicyValidationStack

    if not artifacts:
        return []
    stacks = []
    for artifact in artifacts:
        account, region = _stack_environment(artifact)
        stacks.append(PolicyValidationStack(
            stack_construct_path=artifact.hierarchical_id,
            template_path=artifact.template_full_path,
            account_id=account,
            region=region,
        ))
    name, version = _get(plugin, "name"), _get(plugin, "version")
    try:
        result = plugin.validate(context_cls(root, stacks))
    except Exception as e:  # a plugin that fails is reported as such, as in aws-cdk-lib
        message = e.args[0] if e.args else str(e)
        return [{
            "success": False, "pluginName": name, "pluginVersion": version, "violations": [],
            "metadata": {"error": f"Validation plugin '{name}' failed: {message}"},
        }]
    violations = []
    relative: dict[str, str] = {}  # template path -> relative to the assembly (computed once per template)
    for v in _get(result, "violations") or []:
        resources = []
        for r in _get(v, "violating_resources") or []:
            template = _get(r, "template_path")
            if template:
                if template not in relative:
                    relative[template] = os.path.relpath(os.path.abspath(template), outdir)
                template = relative[template]
            resources.append({
                "constructPath": _get(r, "construct_path"),
                "logicalId": _get(r, "resource_logical_id"),
                "templatePath": template,
                "locations": list(_get(r, "locations") or []),
            })
        violations.append({
            "ruleName": _get(v, "rule_name"),
            "description": _get(v, "description"),
            "fix": _get(v, "fix"),
            "ruleMetadata": _plain(_get(v, "rule_metadata")),
            "severity": _get(v, "severity"),
            "violatingResources": resources,
        })
    return [{
        "success": bool(_get(result, "success")),
        "pluginName": name,
        "pluginVersion": version,
        "metadata": _plain(_get(result, "metadata")),
        "violations": violations,
    }]


def _plain(x: Any) -> Any:
    return dict(x) if x is not None else None


def _construct_locator(root: Any) -> Any:
    """``(template file name, logical id) -> construct path``, built on first use."""
    table: dict[tuple[str, str], str] | None = None

    def locate(template: str, logical_id: str) -> str | None:
        nonlocal table
        if table is None:
            table = _logical_id_table(root)
        return table.get((template, logical_id))

    return locate


def _logical_id_table(root: Any) -> dict[tuple[str, str], str]:
    from constructs._cfn_element import CfnElement
    from constructs._stack import Stack

    table: dict[tuple[str, str], str] = {}
    todo = [root]
    while todo:
        c = todo.pop()
        if isinstance(c, CfnElement):
            stack = Stack.of(c)
            template = getattr(stack, "template_file", None)
            if template:
                table.setdefault((template, c._resolved_logical_id()), c.node.path)
        todo.extend(c.node.children)
    return table


def _is_suppressible(violation: dict[str, Any]) -> bool:
    severity = (violation.get("severity") or "").lower()
    annotation = (violation.get("ruleMetadata") or {}).get("cdk:annotation")
    return severity != "fatal" and not (annotation and severity == "error")


def _collect_suppressions(root: Any, reports: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    from constructs._validation import Validations, namespace_from_plugin_name, normalize_validation_id

    acks: dict[str, dict[str, dict[str, Any]]] = {}
    todo = [root]
    while todo:
        c = todo.pop()
        for entry in c.node.metadata:
            if entry.type == Validations.ACKNOWLEDGED_RULES_METADATA_KEY and entry.data:
                for rule_id, reason in entry.data.items():
                    acks.setdefault(rule_id, {})[c.node.path] = {
                        "acknowledgedId": rule_id, "reason": reason, "acknowledgedAt": c.node.path,
                    }
        todo.extend(reversed(c.node.children))
    out: dict[int, list[dict[str, Any]]] = {}
    if not acks:
        return out
    for index, report in enumerate(reports):
        namespace = namespace_from_plugin_name(report["pluginName"])
        suppressed: list[dict[str, Any]] = []
        kept = []
        for v in report["violations"]:
            by_path = acks.get(normalize_validation_id(v["ruleName"], namespace)) if _is_suppressible(v) else None
            if not by_path:
                kept.append(v)
                continue
            groups: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
            unsuppressed = []
            for r in v["violatingResources"]:
                ack = _closest_ack(r.get("constructPath") or "", by_path)
                if ack is None:
                    unsuppressed.append(r)
                else:
                    groups.setdefault(ack["acknowledgedAt"], (ack, []))[1].append(r)
            v["violatingResources"] = unsuppressed
            for ack, resources in groups.values():
                suppressed.append({**v, **ack, "violatingResources": resources})
            if unsuppressed:
                kept.append(v)
        report["violations"] = kept
        if suppressed:
            out[index] = suppressed
            report["success"] = all((v.get("severity") or "") not in ("error", "fatal") for v in kept)
    return out


def _closest_ack(path: str, by_path: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    ack = by_path.get(path)
    while ack is None and path:
        path = path[: path.rfind("/")] if "/" in path else ""
        ack = by_path.get(path)
    return ack


def _severity(severity: str | None) -> tuple[str, str | None]:
    if not severity:
        return "error", None
    lower = severity.lower()
    return (lower, None) if lower in _KNOWN_SEVERITIES else ("custom", severity)


def _violation_json(root: Any, v: dict[str, Any]) -> dict[str, Any]:
    severity, custom = _severity(v.get("severity"))
    constructs = []
    for r in v["violatingResources"]:
        path = r.get("constructPath")
        info = construct_info(root, path) if path else None
        item: dict[str, Any] = {"constructPath": path or ""}
        if info is not None:
            item["constructFqn"], item["libraryVersion"] = info
        if r.get("logicalId") and r.get("templatePath"):
            cfn: dict[str, Any] = {"templatePath": r["templatePath"], "logicalId": r["logicalId"]}
            if r["locations"]:
                cfn["propertyPaths"] = r["locations"]
            item["cloudFormationResource"] = cfn
        constructs.append(item)
    out: dict[str, Any] = {"ruleName": v["ruleName"], "description": v["description"]}
    if v.get("fix") is not None:
        out["suggestedFix"] = v["fix"]
    out["severity"] = severity
    if custom is not None:
        out["customSeverity"] = custom
    if v.get("ruleMetadata") is not None:
        out["ruleMetadata"] = v["ruleMetadata"]
    out["violatingConstructs"] = constructs
    return out


def construct_info(root: Any, path: str) -> tuple[str, str] | None:
    """The fqn and library version ``tree.json`` shows for the construct at ``path`` (None if there is none)."""
    from .tree import _construct_info

    c = root
    for part in path.split("/"):
        if not part:
            continue
        c = c.node.try_find_child(part)
        if c is None:
            return None
    info = _construct_info(c)
    return info["fqn"], info["version"]


def _plugin_reports_json(
    root: Any, reports: list[dict[str, Any]], suppressed: dict[int, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    out = []
    for index, r in enumerate(reports):
        hidden = suppressed.get(index)
        if r["success"] and not r["violations"] and not hidden:
            continue
        item: dict[str, Any] = {"pluginName": r["pluginName"]}
        if r.get("pluginVersion") is not None:
            item["pluginVersion"] = r["pluginVersion"]
        item["conclusion"] = "success" if r["success"] else "failure"
        if r.get("metadata") is not None:
            item["metadata"] = r["metadata"]
        item["violations"] = [_violation_json(root, v) for v in r["violations"]]
        if hidden:
            item["suppressedViolations"] = [
                {
                    **_violation_json(root, s),
                    "acknowledgedId": s["acknowledgedId"],
                    **({"reason": s["reason"]} if s.get("reason") else {}),
                    **({"acknowledgedAt": s["acknowledgedAt"]} if s.get("acknowledgedAt") else {}),
                }
                for s in hidden
            ]
        out.append(item)
    return out


_STACK_TRACE_HINT = "Run with '--debug' to include location info"


def _construct_stack(root: Any, path: str) -> dict[str, Any] | None:
    """The chain of constructs from below the root to ``path`` (aws-cdk-lib's ``constructStack``); pycdk records
    no creation traces, so each level's ``location`` is aws-cdk-lib's hint for that case."""
    from .tree import _construct_info

    levels = []
    node = root
    for part in [p for p in path.split("/") if p]:
        node = node.node.try_find_child(part)
        if node is None:
            break
        info = _construct_info(node)
        levels.append({"id": node.node.id, "path": node.node.path, "construct": info["fqn"],
                       "libraryVersion": info["version"]})
    if not levels:
        return None
    out: dict[str, Any] = {**levels[-1], "location": _STACK_TRACE_HINT}
    for level in reversed(levels[:-1]):
        out = {**level, "child": out, "location": _STACK_TRACE_HINT}
    return out


def _legacy_json(root: Any, reports: list[dict[str, Any]]) -> dict[str, Any]:
    plugin_reports = []
    for r in reports:
        if r["success"] and not r["violations"]:
            continue
        summary: dict[str, Any] = {"pluginName": r["pluginName"], "status": "success" if r["success"] else "failure"}
        if r.get("metadata") is not None:
            summary["metadata"] = r["metadata"]
        item: dict[str, Any] = {}
        if r.get("pluginVersion") is not None:
            item["version"] = r["pluginVersion"]
        item["summary"] = summary
        violations = []
        for v in r["violations"]:
            entry: dict[str, Any] = {"ruleName": v["ruleName"], "description": v["description"]}
            for key, src in (("fix", "fix"), ("ruleMetadata", "ruleMetadata"), ("severity", "severity")):
                if v.get(src) is not None:
                    entry[key] = v[src]
            entry["violatingResources"] = [_legacy_resource(x) for x in v["violatingResources"]]
            entry["violatingConstructs"] = [
                {
                    **({"constructStack": _construct_stack(root, x["constructPath"])} if x.get("constructPath") else {}),
                    **({"constructPath": x["constructPath"]} if x.get("constructPath") else {}),
                    "locations": x["locations"],
                    "resourceLogicalId": x.get("logicalId") or "N/A",
                    "templatePath": x.get("templatePath") or "N/A",
                }
                for x in v["violatingResources"]
            ]
            violations.append(entry)
        item["violations"] = violations
        plugin_reports.append(item)
    return {"title": "Validation Report", "pluginReports": plugin_reports}


def _legacy_resource(x: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if x.get("logicalId") is not None:
        out["resourceLogicalId"] = x["logicalId"]
    if x.get("templatePath") is not None:
        out["templatePath"] = x["templatePath"]
    out["locations"] = x["locations"]
    if x.get("constructPath") is not None:
        out["constructPath"] = x["constructPath"]
    return out


# -- the text report (the CLI's and the app's format), without colours -------------------------------------


_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f\x9b]")


def _sanitize(s: Any) -> str:
    """Control characters (but tab and newline), DEL and CSI become U+FFFD."""
    return _CONTROL_CHARS.sub("\ufffd", "" if s is None else str(s))


def _strip_ack_tag(description: str) -> str:
    import re

    return re.sub(r"\s*\[ack:\s*[^\]]+\]\s*", "", description).strip()


def format_reports(plugin_reports: list[dict[str, Any]]) -> list[str]:
    """The text blocks of the report: plugin failures, then each violating construct, by severity."""
    from constructs._validation import (
        namespace_from_plugin_name,
        normalize_validation_id,
        parse_validation_id,
    )

    failures = []
    rows = []
    for r in plugin_reports:
        error = (r.get("metadata") or {}).get("error")
        if r["conclusion"] != "success" and not r["violations"] and error:
            failures.append(f"ERROR {_sanitize(error)}")
            continue
        for v in r["violations"]:
            severity = v["severity"].upper() if v["severity"] in _KNOWN_SEVERITIES else (v.get("customSeverity") or "INFO")
            for c in v["violatingConstructs"]:
                rows.append((severity, v, r["pluginName"], c))
    rows.sort(key=lambda row: _SEVERITY_ORDER.get(row[0].lower(), 4))
    blocks = []
    for severity, v, plugin_name, c in rows:
        namespace, _ = parse_validation_id(v["ruleName"])
        label = namespace.replace("-", " ") if namespace else plugin_name
        lines = [f"{_sanitize(severity)} {_strip_ack_tag(_sanitize(v['description']))} ({_sanitize(label)})"]
        cfn = c.get("cloudFormationResource") or {}
        logical_id = _sanitize(cfn.get("logicalId"))
        parts = []
        if c.get("constructPath"):
            path = _sanitize(c["constructPath"])
            parts.append(f"{path} ({logical_id})" if logical_id else path)
        else:
            if cfn.get("templatePath"):
                parts.append(_render_path(_sanitize(cfn["templatePath"])))
            if logical_id:
                parts.append(logical_id)
        if c.get("constructFqn"):
            parts.append(_sanitize(c["constructFqn"]))
        lines.append(f"   {' '.join(parts)}")
        if v.get("suggestedFix"):
            lines.append("   Suggested fix: " + _sanitize(v["suggestedFix"]).replace("\n", "\n   "))
        ack_id = normalize_validation_id(v["ruleName"], namespace_from_plugin_name(plugin_name))
        if _is_suppressible(v):
            lines.append(f"   Acknowledge with '{_sanitize(ack_id)}'")
        else:
            lines.append(f"   Rule {_sanitize(ack_id)}")
        blocks.append("\n".join(lines))
    return [*failures, *blocks]
