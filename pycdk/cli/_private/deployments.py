"""Deploying and destroying one stack of the assembly through CloudFormation, and ordering several.

``deploy_stack`` creates a change set (or calls CreateStack/UpdateStack with ``method="direct"``), prints what
changes (the template diff against the deployed template, replacements marked), executes it and follows the
stack's events until the stack settles; a failure prints the reasons CloudFormation gave and raises.
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .assembly import StackInfo
from .aws_environment import AwsEnvironment, client_error_types, error_code, error_text
from .console import CliError, info, out
from .stack_events import StackMonitor, is_failure, wait_for_stack

_TEMPLATE_BODY_LIMIT = 51_200
"""The largest template CloudFormation takes inline; bigger ones go through the assets bucket (TemplateURL)."""

_DEFAULT_CAPABILITIES = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]


@dataclass
class DeployOptions:
    """What ``pycdk deploy`` was asked to do beyond the template itself."""

    method: str = "change-set"
    rollback: bool = True
    parameters: dict[str, str] = field(default_factory=dict)
    require_approval: str = "broadening"
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class DeployResult:
    """A deployed stack: its id, outputs and whether anything changed."""

    stack_id: str
    outputs: dict[str, str]
    changed: bool


def deployed_stack(cfn: Any, stack_name: str) -> dict[str, Any] | None:
    """The stack's description, or ``None`` when it does not exist (or only a failed creation is left)."""
    try:
        stacks = cfn.describe_stacks(StackName=stack_name)["Stacks"]
    except client_error_types() as e:
        if error_code(e) == "ValidationError":
            return None
        raise CliError(f"cannot describe the stack {stack_name}: {error_text(e)}") from e
    if not stacks or stacks[0]["StackStatus"] == "DELETE_COMPLETE":
        return None
    return dict(stacks[0])


def deployed_template(cfn: Any, stack_name: str) -> dict[str, Any] | None:
    """The template of the deployed stack (``GetTemplate``), or ``None`` when the stack does not exist."""
    if deployed_stack(cfn, stack_name) is None:
        return None
    try:
        body = cfn.get_template(StackName=stack_name, TemplateStage="Original")["TemplateBody"]
    except client_error_types() as e:
        raise CliError(f"cannot read the deployed template of {stack_name}: {error_text(e)}") from e
    if isinstance(body, dict):
        return body
    from .yaml_output import load_template_text

    loaded = load_template_text(str(body))
    return loaded if isinstance(loaded, dict) else {}


def check_bootstrap(stack: StackInfo, env: AwsEnvironment, props: dict[str, Any]) -> None:
    """Fail clearly when the stack needs a bootstrap version the environment does not have.

    Raises:
        CliError: when the environment is not bootstrapped or its bootstrap stack is too old.
    """
    required = props.get("requiresBootstrapStackVersion")
    parameter = props.get("bootstrapStackVersionSsmParameter")
    if not isinstance(required, int) or not isinstance(parameter, str):
        return
    target = f"aws://{env.account}/{env.region}"
    try:
        value = env.client("ssm").get_parameter(Name=parameter)["Parameter"]["Value"]
    except client_error_types() as e:
        if error_code(e) == "ParameterNotFound":
            raise CliError(f"{stack.display_name}: the environment {target} is not bootstrapped (no SSM parameter "
                           f"{parameter}): run 'pycdk bootstrap {target}'") from e
        raise CliError(f"{stack.display_name}: cannot read {parameter}: {error_text(e)}") from e
    if not str(value).isdigit() or int(value) < required:
        raise CliError(f"{stack.display_name}: the environment {target} has bootstrap version {value}, the stack "
                       f"needs {required}: run 'pycdk bootstrap {target}'")


def stack_policy(stack: StackInfo) -> str | None:
    """The stack policy pycdk wrote next to the template (``<artifact id>.stack-policy.json``), if any."""
    path = stack.directory / f"{stack.artifact_id}.stack-policy.json"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def artifact_properties(stack: StackInfo) -> dict[str, Any]:
    """The ``properties`` of the stack's artifact in the manifest."""
    manifest = json.loads((stack.directory / "manifest.json").read_text(encoding="utf-8"))
    artifact = manifest.get("artifacts", {}).get(stack.artifact_id, {})
    props = artifact.get("properties") or {}
    return props if isinstance(props, dict) else {}


def deploy_stack(stack: StackInfo, env: AwsEnvironment, options: DeployOptions,
                 confirm: Callable[[str], bool] | None = None) -> DeployResult:
    """Deploy one stack; what it produced.

    Raises:
        CliError: when the deployment fails (the reasons printed first), or a change needs approval.
    """
    from .diff_format import render
    from .template_diff import diff_templates

    display = stack.display_name
    props = artifact_properties(stack)
    cfn = env.client("cloudformation")
    existing = deployed_stack(cfn, stack.stack_name)
    if existing is not None and existing["StackStatus"] in ("ROLLBACK_COMPLETE", "ROLLBACK_FAILED"):
        info(f"{display}: the stack is in {existing['StackStatus']} (a failed creation): deleting it first")
        _delete_and_wait(cfn, existing["StackId"], display)
        existing = None
    if existing is not None and existing["StackStatus"] == "REVIEW_IN_PROGRESS":
        existing = None  # a change set was created but never executed: the stack is still to be created
    old_template = deployed_template(cfn, stack.stack_name) if existing is not None else None
    diff = diff_templates(old_template or {}, stack.template)
    parameters = _parameters(stack, options.parameters, existing)
    template_args = _template_args(stack, env, props)
    policy = stack_policy(stack)
    common: dict[str, Any] = {
        "StackName": stack.stack_name,
        **template_args,
        "Parameters": parameters,
        "Capabilities": _DEFAULT_CAPABILITIES,
        "Tags": [{"Key": k, "Value": v} for k, v in options.tags.items()],
    }
    role = props.get("cloudFormationExecutionRoleArn")
    if isinstance(role, str) and props.get("assumeRoleArn"):
        common["RoleARN"] = env.substitute(role)
    if existing is not None and diff.is_empty and _same_parameters(existing, parameters):
        info(f" ✅  {display} (no changes)")
        _apply_protection(cfn, stack, existing, props, policy)
        return DeployResult(existing["StackId"], _outputs(existing), changed=False)
    lines = render(diff)
    if lines:
        out(f"Stack {display}")
        for line in lines:
            out(line)
    if options.require_approval != "never" and _needs_approval(diff, options.require_approval):
        question = f"{display}: this deployment makes potentially sensitive changes (see above). Deploy?"
        if confirm is None or not confirm(question):
            raise CliError(f"{display}: deployment needs approval (--require-approval {options.require_approval}): "
                           "rerun on a terminal to confirm, or pass --require-approval never")
    since = datetime.now(UTC) - timedelta(seconds=1)
    info(f"{display}: deploying...")
    if options.method == "direct":
        stack_id = _deploy_direct(cfn, stack, existing, common, options, props, policy)
    else:
        stack_id = _deploy_change_set(cfn, display, existing, common, options.rollback)
    if stack_id is None:  # the change set found nothing to change
        assert existing is not None
        info(f" ✅  {display} (no changes)")
        return DeployResult(existing["StackId"], _outputs(existing), changed=False)
    touched = {r.logical_id for r in diff.resources}
    monitor = StackMonitor(cfn, stack_id, display, since, total=len(touched))
    final = wait_for_stack(cfn, stack_id, monitor)
    status = final["StackStatus"] if final else "DELETE_COMPLETE"
    if final is None or is_failure(status):
        reasons = monitor.failures or ([final["StackStatusReason"]] if final and final.get("StackStatusReason")
                                       else [])
        for reason in reasons:
            info(f"{display}: failed: {reason}", "red")
        raise CliError(f"{display}: the deployment failed ({status})"
                       + (f": {reasons[0]}" if reasons else ""))
    if options.method != "direct":
        _apply_protection(cfn, stack, final, props, policy)
    info(f" ✅  {display}")
    return DeployResult(stack_id, _outputs(final), changed=True)


def deploy_template(env: AwsEnvironment, stack_name: str, template: dict[str, Any], parameters: dict[str, str],
                    termination_protection: bool) -> DeployResult:
    """Deploy a template that is not part of an app (the bootstrap stack) through a change set.

    Parameters not given keep their previous value on an update.

    Raises:
        CliError: when the deployment fails.
    """
    cfn = env.client("cloudformation")
    existing = deployed_stack(cfn, stack_name)
    if existing is not None and existing["StackStatus"] in ("ROLLBACK_COMPLETE", "ROLLBACK_FAILED"):
        _delete_and_wait(cfn, existing["StackId"], stack_name)
        existing = None
    if existing is not None and existing["StackStatus"] == "REVIEW_IN_PROGRESS":
        existing = None
    values: list[dict[str, Any]] = [{"ParameterKey": k, "ParameterValue": v} for k, v in parameters.items()]
    previous = {p["ParameterKey"] for p in (existing or {}).get("Parameters", [])}
    values += [{"ParameterKey": k, "UsePreviousValue": True} for k in sorted(previous - set(parameters))
               if k in (template.get("Parameters") or {})]
    common = {"StackName": stack_name, "TemplateBody": json.dumps(template), "Parameters": values,
              "Capabilities": _DEFAULT_CAPABILITIES}
    since = datetime.now(UTC) - timedelta(seconds=1)
    stack_id = _deploy_change_set(cfn, stack_name, existing, common, rollback=True)
    if stack_id is None:
        assert existing is not None
        info(f" ✅  {stack_name} (no changes)")
        final: dict[str, Any] | None = existing
    else:
        final = wait_for_stack(cfn, stack_id, monitor := StackMonitor(cfn, stack_id, stack_name, since))
        if final is None or is_failure(final["StackStatus"]):
            reasons = monitor.failures or [str((final or {}).get("StackStatusReason", "deleted"))]
            raise CliError(f"{stack_name}: the deployment failed: {reasons[0]}")
        info(f" ✅  {stack_name}")
    assert final is not None
    if bool(final.get("EnableTerminationProtection")) != termination_protection:
        try:
            cfn.update_termination_protection(StackName=stack_name,
                                              EnableTerminationProtection=termination_protection)
        except client_error_types() as e:
            raise CliError(f"{stack_name}: cannot set termination protection: {error_text(e)}") from e
    return DeployResult(str(final["StackId"]), _outputs(final), changed=stack_id is not None)


def _template_args(stack: StackInfo, env: AwsEnvironment, props: dict[str, Any]) -> dict[str, Any]:
    body = stack.template_path.read_text(encoding="utf-8")
    url = props.get("stackTemplateAssetObjectUrl")
    if len(body.encode("utf-8")) <= _TEMPLATE_BODY_LIMIT or not isinstance(url, str):
        return {"TemplateBody": body}
    bucket, _, key = env.substitute(url).removeprefix("s3://").partition("/")
    return {"TemplateURL": f"https://{bucket}.s3.{env.region}.amazonaws.com/{key}"}


def _parameters(stack: StackInfo, given: dict[str, str], existing: dict[str, Any] | None) -> list[dict[str, Any]]:
    declared = stack.template.get("Parameters") or {}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise CliError(f"{stack.display_name}: the template has no parameter {', '.join(unknown)} "
                       f"(parameters: {', '.join(declared) or 'none'})")
    previous = {p["ParameterKey"] for p in (existing or {}).get("Parameters", [])}
    result: list[dict[str, Any]] = []
    for name, declaration in declared.items():
        if name in given:
            result.append({"ParameterKey": name, "ParameterValue": given[name]})
        elif name in previous and not (isinstance(declaration, dict) and "Default" in declaration):
            result.append({"ParameterKey": name, "UsePreviousValue": True})
        elif not (isinstance(declaration, dict) and "Default" in declaration):
            raise CliError(f"{stack.display_name}: the parameter {name} has no default: pass --parameters "
                           f"{name}=VALUE")
    return result


def _same_parameters(existing: dict[str, Any], parameters: list[dict[str, Any]]) -> bool:
    current = {p["ParameterKey"]: p.get("ParameterValue") for p in existing.get("Parameters", [])}
    return all(p.get("UsePreviousValue") or current.get(p["ParameterKey"]) == p["ParameterValue"]
               for p in parameters)


def _needs_approval(diff: Any, level: str) -> bool:
    if level == "any-change":
        return not diff.is_empty
    return any(c.kind == "+" for c in [*diff.iam, *diff.security_groups])


def _deploy_change_set(cfn: Any, display: str, existing: dict[str, Any] | None, common: dict[str, Any],
                       rollback: bool) -> str | None:
    """Create, wait for and execute a change set; the stack id (``None`` when there is nothing to change)."""
    name = f"pycdk-deploy-{uuid.uuid4().hex[:12]}"
    info(f"{display}: creating CloudFormation changeset...")
    try:
        created = cfn.create_change_set(ChangeSetName=name, ChangeSetType="UPDATE" if existing else "CREATE",
                                        Description=f"pycdk deploy of {display}", **common)
    except client_error_types() as e:
        raise CliError(f"{display}: cannot create the change set: {error_text(e)}") from e
    change_set_id, stack_id = created["Id"], created["StackId"]
    description = _wait_for_change_set(cfn, change_set_id, display)
    if description["Status"] == "FAILED":
        reason = str(description.get("StatusReason", ""))
        if "didn't contain changes" in reason or "No updates are to be performed" in reason:
            cfn.delete_change_set(ChangeSetName=change_set_id)
            return None
        raise CliError(f"{display}: the change set failed: {reason}")
    for change in description.get("Changes", []):
        resource = change.get("ResourceChange", {})
        if resource.get("Replacement") in ("True", "Conditional"):
            kind = "replaces" if resource["Replacement"] == "True" else "may replace"
            info(f"{display}: the change set {kind} {resource.get('LogicalResourceId')} "
                 f"({resource.get('ResourceType')})", "yellow")
    info(f"{display}: executing CloudFormation changeset...")
    try:
        cfn.execute_change_set(ChangeSetName=change_set_id, DisableRollback=not rollback)
    except client_error_types() as e:
        raise CliError(f"{display}: the deployment failed: {error_text(e)}") from e
    return str(stack_id)


def _wait_for_change_set(cfn: Any, change_set_id: str, display: str) -> dict[str, Any]:
    deadline = time.monotonic() + 600
    while True:
        try:
            description = cfn.describe_change_set(ChangeSetName=change_set_id)
        except client_error_types() as e:
            raise CliError(f"{display}: cannot describe the change set: {error_text(e)}") from e
        if description["Status"] in ("CREATE_COMPLETE", "FAILED") or time.monotonic() > deadline:
            changes = list(description.get("Changes", []))
            token = description.get("NextToken")
            while token:
                page = cfn.describe_change_set(ChangeSetName=change_set_id, NextToken=token)
                changes += page.get("Changes", [])
                token = page.get("NextToken")
            return {**description, "Changes": changes}
        time.sleep(0.5)


def _deploy_direct(cfn: Any, stack: StackInfo, existing: dict[str, Any] | None, common: dict[str, Any],
                   options: DeployOptions, props: dict[str, Any], policy: str | None) -> str | None:
    display = stack.display_name
    args = dict(common)
    if policy is not None:
        args["StackPolicyBody"] = policy
    try:
        if existing is None:
            created = cfn.create_stack(EnableTerminationProtection=bool(props.get("terminationProtection")),
                                       DisableRollback=not options.rollback, **args)
            return str(created["StackId"])
        updated = cfn.update_stack(DisableRollback=not options.rollback, **args)
    except client_error_types() as e:
        if "No updates are to be performed" in error_text(e):
            return None
        raise CliError(f"{display}: the deployment failed: {error_text(e)}") from e
    _apply_protection(cfn, stack, existing, props, None)
    return str(updated["StackId"])


def _apply_protection(cfn: Any, stack: StackInfo, described: dict[str, Any], props: dict[str, Any],
                      policy: str | None) -> None:
    """Termination protection as the stack asks (only when it differs) and its stack policy (when it has one)."""
    wanted = bool(props.get("terminationProtection"))
    if bool(described.get("EnableTerminationProtection")) != wanted:
        try:
            cfn.update_termination_protection(StackName=stack.stack_name, EnableTerminationProtection=wanted)
        except client_error_types() as e:
            raise CliError(f"{stack.display_name}: cannot set termination protection: {error_text(e)}") from e
    if policy is not None:
        try:
            cfn.set_stack_policy(StackName=stack.stack_name, StackPolicyBody=policy)
        except client_error_types() as e:
            raise CliError(f"{stack.display_name}: cannot set the stack policy: {error_text(e)}") from e


def _outputs(described: dict[str, Any]) -> dict[str, str]:
    return {str(o["OutputKey"]): str(o.get("OutputValue", "")) for o in described.get("Outputs") or []}


def _delete_and_wait(cfn: Any, stack_id: str, display: str) -> None:
    since = datetime.now(UTC) - timedelta(seconds=1)
    try:
        cfn.delete_stack(StackName=stack_id)
    except client_error_types() as e:
        raise CliError(f"{display}: cannot delete the stack: {error_text(e)}") from e
    monitor = StackMonitor(cfn, stack_id, display, since)
    final = wait_for_stack(cfn, stack_id, monitor)
    if final is not None and final["StackStatus"] != "DELETE_COMPLETE":
        reasons = monitor.failures or [str(final.get("StackStatusReason", ""))]
        raise CliError(f"{display}: the stack could not be deleted ({final['StackStatus']}): {reasons[0]}")


def destroy_stack(stack: StackInfo, env: AwsEnvironment) -> bool:
    """Delete the stack; ``False`` when it was not deployed.

    Raises:
        CliError: when the stack has termination protection or the deletion fails.
    """
    cfn = env.client("cloudformation")
    existing = deployed_stack(cfn, stack.stack_name)
    if existing is None:
        info(f"{stack.display_name}: not deployed (nothing to destroy)")
        return False
    if existing.get("EnableTerminationProtection"):
        raise CliError(f"{stack.display_name}: the stack has termination protection: turn it off "
                       "(termination_protection=False, then deploy) before destroying it")
    info(f"{stack.display_name}: destroying...")
    _delete_and_wait(cfn, existing["StackId"], stack.display_name)
    info(f" ✅  {stack.display_name}: destroyed")
    return True


def run_in_order(stacks: Sequence[StackInfo], work: Callable[[StackInfo], Any], concurrency: int,
                 reverse: bool = False) -> dict[str, Any]:
    """Run ``work`` on each stack after the stacks it depends on (before its dependents when ``reverse``).

    At most ``concurrency`` stacks run at once; the first failure stops new work and is raised once the running
    ones finish. Returns each stack's result by artifact id.
    """
    ids = {s.artifact_id for s in stacks}
    waits_for: dict[str, set[str]] = {s.artifact_id: set() for s in stacks}
    for s in stacks:
        for dep in s.dependencies:
            if dep in ids:
                if reverse:
                    waits_for[dep].add(s.artifact_id)
                else:
                    waits_for[s.artifact_id].add(dep)
    by_id = {s.artifact_id: s for s in stacks}
    results: dict[str, Any] = {}
    pending = [s.artifact_id for s in (reversed(stacks) if reverse else stacks)]
    if concurrency <= 1:  # one at a time, in this thread
        while pending:
            ready = next((a for a in pending if waits_for[a] <= set(results)), None)
            if ready is None:
                raise CliError(f"cyclic dependencies between the stacks {', '.join(pending)}")
            pending.remove(ready)
            results[ready] = work(by_id[ready])
        return results
    running: dict[Future[Any], str] = {}
    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        while pending or running:
            if failure is None:
                for artifact_id in list(pending):
                    if len(running) >= max(1, concurrency):
                        break
                    if waits_for[artifact_id] <= set(results):
                        pending.remove(artifact_id)
                        running[pool.submit(work, by_id[artifact_id])] = artifact_id
            else:
                pending.clear()
            if not running:
                if pending:
                    raise CliError(f"cyclic dependencies between the stacks {', '.join(pending)}")
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                artifact_id = running.pop(future)
                try:
                    results[artifact_id] = future.result()
                except BaseException as e:  # the first failure is raised once the others finish
                    failure = failure or e
    if failure is not None:
        raise failure
    return results


def ask(question: str) -> bool:
    """Ask a yes/no question on the terminal (``False`` without one)."""
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(f"{question} (y/n) ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")
