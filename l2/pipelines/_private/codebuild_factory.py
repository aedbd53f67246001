"""Turns a ``ShellStep``/``CodeBuildStep`` into a CodeBuild project and a CodePipeline ``CodeBuildAction``."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Node, Stack, Token, UnscopedValidationError
from l2.pipelines._codebuild_options import CodeBuildOptions
from l2.pipelines._private.identifiers import hash_of
from l2.pipelines._private.step_output import StepOutput
from l2.pipelines._source import CodePipelineActionFactoryResult
from l2.pipelines._step import FileSetLocation, StackOutputReference

if TYPE_CHECKING:
    from l2.codebuild import BuildEnvironment, BuildSpec
    from l2.codepipeline import Artifact, IStage
    from l2.iam import IRole
    from l2.pipelines._codebuild_step import CodeBuildStep
    from l2.pipelines._source import ArtifactMap, StackOutputsMap
    from l2.pipelines._steps import ShellStep

_PIPELINE_VARIABLE = re.compile(r"#\{[^}]+\}")


def obtain_scope(parent: Construct, id: str) -> Construct:
    """The child ``id`` of ``parent``, created as a plain construct if missing."""
    existing = parent.node.try_find_child(id)
    if existing is not None:
        assert isinstance(existing, Construct)
        return existing
    return Construct(parent, id)


def _object_build_spec_type() -> type:
    from l2.codebuild import BuildSpec

    return type(BuildSpec.from_object({}))


def _json_copy(x: Any) -> Any:
    """A deep copy dropping ``None`` members (what JSON round-tripping does in aws-cdk-lib)."""
    if isinstance(x, Mapping):
        return {k: _json_copy(v) for k, v in x.items() if v is not None}
    if isinstance(x, list | tuple):
        return [_json_copy(v) for v in x]
    return x


def _normalize_spec(spec: dict[str, Any]) -> None:
    env = spec.get("env")
    if isinstance(env, dict) and isinstance(env.get("exported-variables"), str):
        env["exported-variables"] = [env["exported-variables"]]
    for phase in (spec.get("phases") or {}).values():
        if isinstance(phase, dict):
            for key in ("commands", "finally"):
                if isinstance(phase.get(key), str):
                    phase[key] = [phase[key]]
    for report in (spec.get("reports") or {}).values():
        if isinstance(report, dict) and isinstance(report.get("files"), str):
            report["files"] = [report["files"]]
    artifacts = spec.get("artifacts")
    if isinstance(artifacts, dict):
        if isinstance(artifacts.get("files"), str):
            artifacts["files"] = [artifacts["files"]]
        for sec in (artifacts.get("secondary-artifacts") or {}).values():
            if isinstance(sec, dict) and isinstance(sec.get("files"), str):
                sec["files"] = [sec["files"]]
    cache = spec.get("cache")
    if isinstance(cache, dict) and isinstance(cache.get("paths"), str):
        cache["paths"] = [cache["paths"]]


def _merge_deep(lhs: Any, rhs: Any) -> Any:
    if isinstance(lhs, list) and isinstance(rhs, list):
        return [*lhs, *rhs]
    if isinstance(lhs, list) or isinstance(rhs, list):
        return rhs
    if isinstance(lhs, dict) and lhs is not None and isinstance(rhs, dict):
        ret = dict(lhs)
        for k, v in rhs.items():
            ret[k] = _merge_deep(lhs[k], v) if k in lhs else v
        return ret
    return rhs


def merge_build_specs(lhs: BuildSpec | None, rhs: BuildSpec | None) -> BuildSpec | None:
    """``lhs`` and ``rhs`` merged (both from ``BuildSpec.from_object``); either alone if the other is missing."""
    if lhs is None or rhs is None:
        return lhs if lhs is not None else rhs
    from l2.codebuild import BuildSpec

    object_type = _object_build_spec_type()
    if not isinstance(lhs, object_type) or not isinstance(rhs, object_type):
        raise UnscopedValidationError("Can only merge buildspecs created using BuildSpec.fromObject()")
    lhs_spec: dict[str, Any] = getattr(lhs, "spec")  # noqa: B009
    rhs_spec: dict[str, Any] = getattr(rhs, "spec")  # noqa: B009
    if lhs_spec.get("version") == "0.1":
        raise UnscopedValidationError('Cannot extend buildspec at version "0.1". Set the version to "0.2" or higher '
                                      "instead.")
    if lhs_spec.get("artifacts") and rhs_spec.get("artifacts"):
        raise UnscopedValidationError("Only one build spec is allowed to specify artifacts.")
    a, b = _json_copy(lhs_spec), _json_copy(rhs_spec)
    _normalize_spec(a)
    _normalize_spec(b)
    merged = _merge_deep(a, b)
    if a.get("reports") and b.get("reports"):
        merged["reports"] = {**a["reports"], **b["reports"]}
    return BuildSpec.from_object(merged)


def merge_build_environments(a: BuildEnvironment | None, b: BuildEnvironment | None) -> BuildEnvironment | None:
    """``b``'s settings over ``a``'s (environment variables merged)."""
    if a is None or b is None:
        return a if a is not None else b
    from l2.codebuild import BuildEnvironment

    def pick(name: str) -> Any:
        value = getattr(b, name)
        return value if value is not None else getattr(a, name)

    return BuildEnvironment(
        build_image=pick("build_image"), compute_type=pick("compute_type"), docker_server=pick("docker_server"),
        fleet=pick("fleet"), host_kernel=pick("host_kernel"), privileged=pick("privileged"),
        certificate=pick("certificate"),
        environment_variables={**(a.environment_variables or {}), **(b.environment_variables or {})},
    )


def _defined_list(xs: list[Any]) -> list[Any] | None:
    return xs or None


def merge_code_build_options(*opts: CodeBuildOptions | None) -> CodeBuildOptions:
    """The options merged left to right (later ones win; lists and build specs are combined)."""
    xs: list[CodeBuildOptions] = [CodeBuildOptions(), *(o for o in opts if o is not None)]
    while len(xs) > 1:
        b = xs.pop()
        a = xs.pop()
        xs.append(CodeBuildOptions(
            build_environment=merge_build_environments(a.build_environment, b.build_environment),
            role_policy=_defined_list([*(a.role_policy or []), *(b.role_policy or [])]),
            security_groups=_defined_list([*(a.security_groups or []), *(b.security_groups or [])]),
            partial_build_spec=merge_build_specs(a.partial_build_spec, b.partial_build_spec),
            vpc=b.vpc if b.vpc is not None else a.vpc,
            subnet_selection=b.subnet_selection if b.subnet_selection is not None else a.subnet_selection,
            timeout=b.timeout if b.timeout is not None else a.timeout,
            cache=b.cache if b.cache is not None else a.cache,
            file_system_locations=_defined_list([*(a.file_system_locations or []),
                                                 *(b.file_system_locations or [])]),
            logging=b.logging if b.logging is not None else a.logging,
        ))
    return xs[0]


def _env_var_json(v: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"value": v.value}
    if getattr(v, "type", None) is not None:
        out["type"] = v.type.value
    return out


def _serialize_build_environment(env: BuildEnvironment) -> dict[str, Any]:
    image = env.build_image
    creds = getattr(image, "secrets_manager_credentials", None) if image is not None else None
    pull = getattr(image, "image_pull_principal_type", None) if image is not None else None
    return {
        "privileged": env.privileged,
        "environmentVariables": ({k: _env_var_json(v) for k, v in env.environment_variables.items()}
                                 if env.environment_variables is not None else None),
        "type": image.type if image is not None else None,
        "imageId": image.image_id if image is not None else None,
        "computeType": env.compute_type.value if env.compute_type is not None else None,
        "imagePullPrincipalType": pull.value if pull is not None else None,
        "secretsManagerArn": creds.secret_arn if creds is not None else None,
    }


def _contains_pipeline_variable(s: str) -> bool:
    return bool(_PIPELINE_VARIABLE.search(s)) or bool(StepOutput.find_all(s))


def _filter_build_spec_commands(build_spec: BuildSpec, windows: bool) -> BuildSpec:
    if not build_spec.is_immediate or not isinstance(build_spec, _object_build_spec_type()):
        return build_spec
    from l2.codebuild import BuildSpec

    win_tag, linux_tag = "!WINDOWS!", "!LINUX!"
    expected = win_tag if windows else linux_tag

    def extract(x: Any) -> tuple[str | None, Any]:
        if not isinstance(x, str):
            return None, x
        for tag in (win_tag, linux_tag):
            if x.startswith(tag):
                return tag, x[len(tag):]
        return None, x

    def recurse(x: Any) -> Any:
        if isinstance(x, list | tuple):
            ret = []
            for el in x:
                tag, payload = extract(el)
                if tag is None or tag == expected:
                    ret.append(payload)
            return ret
        if isinstance(x, Mapping):
            return {k: recurse(v) for k, v in x.items()}
        return x

    return BuildSpec.from_object(recurse(getattr(build_spec, "spec")))  # noqa: B009


def _render_artifacts(artifacts: ArtifactMap, outputs: Sequence[FileSetLocation]) -> dict[str, Any]:
    if not outputs:
        return {}
    if len(outputs) == 1:
        return {"base-directory": outputs[0].directory, "files": "**/*"}
    secondary: dict[str, Any] = {}
    for output in outputs:
        art = artifacts.to_code_pipeline(output.file_set)
        if not art.artifact_name:
            raise UnscopedValidationError("You must give the output artifact a name")
        secondary[art.artifact_name] = {"base-directory": output.directory, "files": "**/*"}
    return {"secondary-artifacts": secondary}


def _input_link_commands(artifacts: ArtifactMap, inputs: Sequence[FileSetLocation]) -> list[str]:
    out = []
    for inp in inputs:
        fragments = [f"[ ! -d \"{inp.directory}\" ] || {{ echo 'additionalInputs: \"{inp.directory}\" must not exist "
                     "yet. If you want to merge multiple artifacts, use a \"cp\" command.'; exit 1; }"]
        parent = posixpath.dirname(inp.directory) or "."
        if parent not in (".", ".."):
            fragments.append(f'mkdir -p -- "{parent}"')
        artifact = artifacts.to_code_pipeline(inp.file_set)
        fragments.append(f'ln -s -- "$CODEBUILD_SRC_DIR_{artifact.artifact_name}" "{inp.directory}"')
        out.append(" && ".join(fragments))
    return out


class CodeBuildFactory:
    """Produces the CodeBuild project and action of one shell step.

    Args:
        construct_id: the project's construct id.
        commands: the build commands.
        install_commands: the install commands.
        env: plain environment variables.
        env_from_cfn_outputs: environment variables read from stack outputs.
        inputs: the input file sets and their directories.
        outputs: the output file sets and their directories.
        step_id: the step's id (messages).
        project_name: the project's name.
        role: the project's role.
        action_role: the action's role.
        project_options: the step's own CodeBuild options (over the pipeline's defaults).
        additional_construct_level: put the project in a construct named after the action (default true).
        pass_build_spec_via_cloud_assembly: write the buildspec into the cloud assembly instead of inline.
        scope: the scope of the project (default the one the pipeline passes).
        on_project: called with the project once created.
    """

    def __init__(self, construct_id: str, *, commands: Sequence[str], install_commands: Sequence[str] = (),
                 env: Mapping[str, str] | None = None,
                 env_from_cfn_outputs: Mapping[str, StackOutputReference] | None = None,
                 inputs: Sequence[FileSetLocation] = (), outputs: Sequence[FileSetLocation] = (),
                 step_id: str | None = None, project_name: str | None = None, role: IRole | None = None,
                 action_role: IRole | None = None, project_options: CodeBuildOptions | None = None,
                 additional_construct_level: bool = True, pass_build_spec_via_cloud_assembly: bool = False,
                 scope: Construct | None = None, on_project: Any = None) -> None:
        self.construct_id = construct_id
        self.commands = list(commands)
        self.install_commands = list(install_commands)
        self.env = dict(env or {})
        self.env_from_cfn_outputs = dict(env_from_cfn_outputs or {})
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        self.step_id = step_id or construct_id
        self.project_name = project_name
        self.role = role
        self.action_role = action_role
        self.project_options = project_options
        self.additional_construct_level = additional_construct_level
        self.pass_build_spec_via_cloud_assembly = pass_build_spec_via_cloud_assembly
        self.scope = scope
        self._on_project = on_project

    @staticmethod
    def from_shell_step(construct_id: str, step: ShellStep, **additional: Any) -> CodeBuildFactory:
        return CodeBuildFactory(construct_id, commands=step.commands, env=step.env,
                                env_from_cfn_outputs=step.env_from_cfn_outputs, inputs=step.inputs,
                                outputs=step.outputs, step_id=step.id, install_commands=step.install_commands,
                                **additional)

    @staticmethod
    def from_code_build_step(construct_id: str, step: CodeBuildStep, *, project_options: CodeBuildOptions | None = None,
                             **additional: Any) -> CodeBuildFactory:
        options = merge_code_build_options(project_options, CodeBuildOptions(
            build_environment=step.build_environment, role_policy=step.role_policy_statements,
            security_groups=step.security_groups, partial_build_spec=step.partial_build_spec, vpc=step.vpc,
            subnet_selection=step.subnet_selection, cache=step.cache, timeout=step.timeout,
            file_system_locations=step.file_system_locations, logging=step.logging))
        merged = {"project_name": step.project_name, "role": step.role, "action_role": step.action_role,
                  **additional}
        return CodeBuildFactory.from_shell_step(construct_id, step, project_options=options,
                                                on_project=step._set_project, **merged)

    def produce_action(self, stage: IStage, *, action_name: str, artifacts: ArtifactMap, pipeline: Any,
                       run_order: int | float, scope: Construct, stack_outputs_map: StackOutputsMap,
                       before_self_mutation: bool | None = None, code_build_defaults: CodeBuildOptions | None = None,
                       fallback_artifact: Artifact | None = None,
                       variables_namespace: str | None = None) -> CodePipelineActionFactoryResult:
        from l2 import codebuild
        from l2.codepipeline_actions import CodeBuildAction
        from l2.iam import Role

        options = merge_code_build_options(code_build_defaults, self.project_options)
        privileged = options.build_environment is not None and options.build_environment.privileged
        if (not privileged or options.vpc is None) and options.file_system_locations:
            raise UnscopedValidationError("Setting fileSystemLocations requires a vpc to be set and privileged to be "
                                          "set to true.")
        main_input = next((x for x in self.inputs if x.directory == "."), None)
        extra_inputs = [x for x in self.inputs if x.directory != "."]
        input_artifact = artifacts.to_code_pipeline(main_input.file_set) if main_input is not None \
            else fallback_artifact
        extra_artifacts = [artifacts.to_code_pipeline(x.file_set) for x in extra_inputs]
        output_artifacts = [artifacts.to_code_pipeline(x.file_set) for x in self.outputs]
        if input_artifact is None:
            raise UnscopedValidationError(f"CodeBuild action '{self.step_id}' requires an input (and the pipeline "
                                          "doesn't have a Source to fall back to). Add an input or a pipeline source.")
        install = [*_input_link_commands(artifacts, extra_inputs), *self.install_commands]
        phases: dict[str, Any] = {}
        if install:
            phases["install"] = {"commands": install}
        if self.commands:
            phases["build"] = {"commands": self.commands}
        here: dict[str, Any] = {"version": "0.2", "phases": phases}
        rendered_artifacts = _render_artifacts(artifacts, self.outputs)
        if rendered_artifacts:
            here["artifacts"] = rendered_artifacts
        build_spec_here = codebuild.BuildSpec.from_object(here)
        env = {k: v for k, v in self.env.items() if v is not None}
        action_envs = {k: v for k, v in env.items() if _contains_pipeline_variable(v)}
        project_envs = {k: v for k, v in env.items() if k not in action_envs}
        environment = merge_build_environments(
            options.build_environment or codebuild.BuildEnvironment(),
            codebuild.BuildEnvironment(environment_variables={
                k: codebuild.BuildEnvironmentVariable(value=v) for k, v in project_envs.items()} or None))
        assert environment is not None
        full = merge_build_specs(options.partial_build_spec, build_spec_here) \
            if options.partial_build_spec is not None else build_spec_here
        assert full is not None
        windows = isinstance(environment.build_image, codebuild.WindowsBuildImage)
        actual = _filter_build_spec_commands(full, windows)
        scope = self.scope or scope
        stack = Stack.of(scope)
        project_build_spec = actual
        if self.pass_build_spec_via_cloud_assembly:
            relative = f"buildspec-{Node.of(scope).addr}-{self.construct_id}.yaml"
            contents = stack.resolve(actual.to_build_spec())
            if not isinstance(contents, str):
                import json

                raise UnscopedValidationError("This BuildSpec contains CloudFormation references and is supported by "
                                              f"publishInParallel=false: {json.dumps(contents, indent=2)}")
            with open(os.path.join(_app_outdir(scope), relative), "w", encoding="utf-8") as f:
                f.write(contents)
            project_build_spec = codebuild.BuildSpec.from_source_filename(relative)
        config_hash = hash_of(stack.resolve({"environment": _serialize_build_environment(environment),
                                             "buildSpecString": actual.to_build_spec()}))
        project_scope = obtain_scope(scope, action_name) if self.additional_construct_level else scope
        cp_pipeline = pipeline.pipeline
        if Token.is_unresolved(cp_pipeline.pipeline_name):
            safe_name = f"{Stack.of(pipeline).stack_name}/{cp_pipeline.node.id}"
        else:
            safe_name = cp_pipeline.pipeline_name
        project = codebuild.PipelineProject(
            project_scope, self.construct_id, project_name=self.project_name,
            description=f"Pipeline step {safe_name}/{stage.stage_name}/{action_name}"[:255],
            environment=environment, vpc=options.vpc, subnet_selection=options.subnet_selection,
            security_groups=options.security_groups, cache=options.cache, build_spec=project_build_spec,
            role=self.role, timeout=options.timeout, file_system_locations=options.file_system_locations,
            logging=options.logging)
        for statement in options.role_policy or []:
            project.add_to_role_policy(statement)
        stack_output_env = {k: stack_outputs_map.to_code_pipeline(ref) for k, ref in self.env_from_cfn_outputs.items()}
        config_env = {"_PROJECT_CONFIG_HASH": config_hash} if before_self_mutation else {}
        action_role = self.action_role
        if action_role is None and not pipeline.use_pipeline_role_for_actions:
            found = pipeline.node.try_find_child("CodeBuildActionRole")
            action_role = found if found is not None else Role(pipeline, "CodeBuildActionRole",
                                                               assumed_by=cp_pipeline.role)
        all_env = {**action_envs, **config_env, **stack_output_env}
        stage.add_action(CodeBuildAction(
            action_name=action_name, input=input_artifact, extra_inputs=extra_artifacts, outputs=output_artifacts,
            project=project, run_order=run_order, variables_namespace=variables_namespace, role=action_role,
            environment_variables={k: codebuild.BuildEnvironmentVariable(value=v) for k, v in all_env.items()
                                   if v is not None} or None))
        if self._on_project is not None:
            self._on_project(project)
        return CodePipelineActionFactoryResult(run_orders_consumed=1, project=project)


def _app_outdir(scope: Construct) -> str:
    return os.path.abspath(Node.of(scope).root.outdir)  # type: ignore[attr-defined]

