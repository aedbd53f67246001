"""``CodeBuildStep``: a ``ShellStep`` with the CodeBuild project settings spelled out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import CfnOutput, Duration, UnscopedValidationError
from constructs.internals import structs
from l2.pipelines._step import IFileSetProducer
from l2.pipelines._steps import ShellStep

if TYPE_CHECKING:
    from l2.codebuild import BuildEnvironment, BuildSpec, Cache, IFileSystemLocation, IProject, LoggingOptions
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole, PolicyStatement


@structs.frozen(kw_only=True)
class CodeBuildStepProps:
    """The properties of a ``CodeBuildStep`` (see ``CodeBuildStep`` for each keyword)."""

    commands: Sequence[str]
    additional_inputs: Mapping[str, IFileSetProducer] | None = None
    env: Mapping[str, str] | None = None
    env_from_cfn_outputs: Mapping[str, CfnOutput] | None = None
    input: IFileSetProducer | None = None
    install_commands: Sequence[str] | None = None
    primary_output_directory: str | None = None
    action_role: IRole | None = None
    build_environment: BuildEnvironment | None = None
    cache: Cache | None = None
    file_system_locations: Sequence[IFileSystemLocation] | None = None
    logging: LoggingOptions | None = None
    partial_build_spec: BuildSpec | None = None
    project_name: str | None = None
    role: IRole | None = None
    role_policy_statements: Sequence[PolicyStatement] | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    timeout: Duration | None = None
    vpc: IVpc | None = None


class CodeBuildStep(ShellStep):
    """A shell step run in a CodeBuild project whose settings it states.

    Args:
        id: the step's name.
        commands: the commands to run.
        additional_inputs: more inputs, placed in the given directories.
        env: plain environment variables for the commands.
        env_from_cfn_outputs: environment variables set from outputs of stacks deployed earlier.
        input: the main input, placed in the working directory.
        install_commands: commands run before ``commands`` to install tools.
        primary_output_directory: the directory whose content becomes the main output.
        action_role: the role the CodePipeline action assumes (default the pipeline's).
        build_environment: the build image and compute type (merged over the pipeline defaults).
        cache: the build cache.
        file_system_locations: file systems mounted in the build.
        logging: where build logs go.
        partial_build_spec: a build spec merged into the generated one.
        project_name: the CodeBuild project's name (default generated).
        role: the project's service role (default a new role).
        role_policy_statements: statements added to the project's role.
        security_groups: security groups of the project in a VPC.
        subnet_selection: which subnets of the VPC the project uses.
        timeout: how long a build may run (default one hour).
        vpc: the VPC the project runs in.
    """

    def __init__(
        self,
        id: str,
        *,
        commands: Sequence[str],
        additional_inputs: Mapping[str, IFileSetProducer] | None = None,
        env: Mapping[str, str] | None = None,
        env_from_cfn_outputs: Mapping[str, CfnOutput] | None = None,
        input: IFileSetProducer | None = None,
        install_commands: Sequence[str] | None = None,
        primary_output_directory: str | None = None,
        action_role: IRole | None = None,
        build_environment: BuildEnvironment | None = None,
        cache: Cache | None = None,
        file_system_locations: Sequence[IFileSystemLocation] | None = None,
        logging: LoggingOptions | None = None,
        partial_build_spec: BuildSpec | None = None,
        project_name: str | None = None,
        role: IRole | None = None,
        role_policy_statements: Sequence[PolicyStatement] | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        timeout: Duration | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(id, commands=commands, additional_inputs=additional_inputs, env=env,
                         env_from_cfn_outputs=env_from_cfn_outputs, input=input, install_commands=install_commands,
                         primary_output_directory=primary_output_directory)
        self.action_role = action_role
        self.build_environment = build_environment
        self.cache = cache
        self.file_system_locations = list(file_system_locations) if file_system_locations is not None else None
        self.logging = logging
        self._partial_build_spec = partial_build_spec
        self.project_name = project_name
        self.role = role
        self.role_policy_statements = list(role_policy_statements) if role_policy_statements is not None else None
        self.security_groups = list(security_groups) if security_groups is not None else None
        self.subnet_selection = subnet_selection
        self.timeout = timeout
        self.vpc = vpc
        self._project: IProject | None = None
        self._exported: list[str] = []
        self._exported_rendered = False

    @property
    def project(self) -> IProject:
        """The CodeBuild project; only available once the pipeline has been built."""
        if self._project is None:
            raise UnscopedValidationError("Call pipeline.buildPipeline() before reading this property")
        return self._project

    @property
    def grant_principal(self) -> IPrincipal:
        """The project's role, to grant permissions to (after the pipeline has been built)."""
        return self.project.grant_principal

    @property
    def partial_build_spec(self) -> BuildSpec | None:
        """The build spec merged into the generated one (with the ``exported-variables`` this step exports)."""
        from l2.pipelines._private.codebuild_factory import merge_build_specs

        self._exported_rendered = True
        vars_spec = None
        if self._exported:
            from l2.codebuild import BuildSpec

            vars_spec = BuildSpec.from_object({"version": "0.2", "env": {"exported-variables": list(self._exported)}})
        return merge_build_specs(vars_spec, self._partial_build_spec)

    def exported_variable(self, variable_name: str) -> str:
        """A token for the build's exported environment variable ``variable_name`` (resolved once built)."""
        from l2.pipelines._codepipeline import make_code_pipeline_output

        if self._exported_rendered and variable_name not in self._exported:
            raise UnscopedValidationError("exportVariable(): Pipeline has already been produced, cannot call this "
                                          "function anymore")
        if variable_name not in self._exported:
            self._exported.append(variable_name)
        return make_code_pipeline_output(self, variable_name)

    def _set_project(self, project: IProject) -> None:
        self._project = project


