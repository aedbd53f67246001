"""CloudFormation actions: create/update a stack, create/replace and execute a change set, delete a stack; the
pipeline role's permissions go to one policy statement per kind of grant (aws-cdk-lib's singleton policy)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnCapabilities, Construct, Names, PhysicalName, Stack, UnscopedValidationError
from constructs.internals import structs
from l2 import codepipeline
from l2.codepipeline_actions._base import Action, config, document

if TYPE_CHECKING:
    from l2.iam import IRole, PolicyStatement

_UUID = "8389e75f-0810-4838-bf64-d6f85a95cf83"


class _SingletonPolicy(Construct):
    """The statements CloudFormation actions add to a role, one per set of actions and conditions."""

    @staticmethod
    def for_role(role: IRole) -> _SingletonPolicy:
        found = role.node.try_find_child(_UUID)  # type: ignore[attr-defined]
        return found if found is not None else _SingletonPolicy(role)  # type: ignore[return-value]

    def __init__(self, role: IRole) -> None:
        super().__init__(role, _UUID)  # type: ignore[arg-type]
        self.role = role
        self.grant_principal = role
        self._statements: dict[str, PolicyStatement] = {}

    def grant_execute_change_set(self, stack_name: str, change_set_name: str, region: str | None) -> None:
        self._statement_for(
            ["cloudformation:DescribeStacks", "cloudformation:DescribeStackEvents",
             "cloudformation:DescribeChangeSet", "cloudformation:ExecuteChangeSet"],
            {"StringEqualsIfExists": {"cloudformation:ChangeSetName": change_set_name}},
        ).add_resources(self._stack_arn(stack_name, region))

    def grant_create_replace_change_set(self, stack_name: str, change_set_name: str, region: str | None) -> None:
        self._statement_for(
            ["cloudformation:CreateChangeSet", "cloudformation:DeleteChangeSet", "cloudformation:DescribeChangeSet",
             "cloudformation:DescribeStacks"],
            {"StringEqualsIfExists": {"cloudformation:ChangeSetName": change_set_name}},
        ).add_resources(self._stack_arn(stack_name, region))

    def grant_create_update_stack(self, stack_name: str, replace_on_failure: bool | None, region: str | None) -> None:
        actions = ["cloudformation:DescribeStack*", "cloudformation:CreateStack", "cloudformation:UpdateStack",
                   "cloudformation:GetTemplate*", "cloudformation:ValidateTemplate", "cloudformation:GetStackPolicy",
                   "cloudformation:SetStackPolicy"]
        if replace_on_failure:
            actions.append("cloudformation:DeleteStack")
        self._statement_for(actions).add_resources(self._stack_arn(stack_name, region))

    def grant_create_update_stack_set(self, stack_set_name: str, region: str | None) -> None:
        self._statement_for(
            ["cloudformation:CreateStackSet", "cloudformation:UpdateStackSet", "cloudformation:DescribeStackSet",
             "cloudformation:DescribeStackSetOperation", "cloudformation:ListStackInstances",
             "cloudformation:CreateStackInstances"],
        ).add_resources(Stack.of(self).format_arn(region=region, service="cloudformation", resource="stackset",
                                                  resource_name=f"{stack_set_name}:*"))

    def grant_delete_stack(self, stack_name: str, region: str | None) -> None:
        self._statement_for(["cloudformation:DescribeStack*", "cloudformation:DeleteStack"]).add_resources(
            self._stack_arn(stack_name, region))

    def grant_pass_role(self, role: IRole | str) -> None:
        self._statement_for(["iam:PassRole"]).add_resources(role if isinstance(role, str) else role.role_arn)

    def _statement_for(self, actions: list[str], conditions: dict[str, Any] | None = None) -> PolicyStatement:
        from l2 import iam

        key = "".join(sorted(actions)) + "\n"
        for op in sorted(conditions or {}):
            key += f"{op}\n" + "".join(str(conditions[op][a]) for a in sorted(conditions[op]))  # type: ignore[index]
        if key not in self._statements:
            # aws-cdk-lib sorts the action list in place while computing the key
            statement = iam.PolicyStatement(actions=sorted(actions))
            if conditions:
                statement.add_conditions(conditions)
            self._statements[key] = statement
            self.role.add_to_policy(statement)
        return self._statements[key]

    def _stack_arn(self, stack_name: str, region: str | None) -> str:
        return Stack.of(self).format_arn(region=region, service="cloudformation", resource="stack",
                                         resource_name=f"{stack_name}/*")


def _parse_capabilities(capabilities: Sequence[CfnCapabilities] | None) -> str | None:
    if capabilities is None or len(capabilities) == 0:
        return None
    if len(capabilities) == 1:
        return capabilities[0].value or None
    return ",".join(c.value for c in capabilities)


class _CloudFormationAction(Action):
    def __init__(self, *, action_name: str, stack_name: str, run_order: int | float | None,
                 variables_namespace: str | None, role: IRole | None, account: str | None, region: str | None,
                 output: codepipeline.Artifact | None, output_file_name: str | None,
                 inputs: Sequence[codepipeline.Artifact] | None) -> None:
        outputs = None
        if output_file_name:
            outputs = [output or codepipeline.Artifact(f"{action_name}_{stack_name}_Artifact")]
        super().__init__(
            action_name=action_name, run_order=run_order, variables_namespace=variables_namespace, role=role,
            account=account, region=region, provider="CloudFormation", category=codepipeline.ActionCategory.DEPLOY,
            artifact_bounds=codepipeline.ActionArtifactBounds(min_inputs=0, max_inputs=10, min_outputs=0,
                                                              max_outputs=1),
            inputs=inputs, outputs=outputs)
        self._stack_name = stack_name
        self._output_file_name = output_file_name
        self._region = region

    def _base_config(self, options: codepipeline.ActionBindOptions) -> dict[str, Any]:
        policy = _SingletonPolicy.for_role(options.role)
        if self.action_properties.outputs:
            options.bucket.grant_read_write(policy)  # type: ignore[arg-type]
        elif self.action_properties.inputs:
            options.bucket.grant_read(policy)  # type: ignore[arg-type]
        return config(StackName=self._stack_name, OutputFileName=self._output_file_name)


class _CloudFormationDeployAction(_CloudFormationAction):
    def __init__(self, *, admin_permissions: bool, stack_name: str, account: str | None,
                 cfn_capabilities: Sequence[CfnCapabilities] | None, deployment_role: IRole | None,
                 extra_inputs: Sequence[codepipeline.Artifact] | None, output: codepipeline.Artifact | None,
                 output_file_name: str | None, parameter_overrides: Mapping[str, Any] | None, region: str | None,
                 template_configuration: codepipeline.ArtifactPath | None, role: IRole | None, action_name: str,
                 run_order: int | float | None, variables_namespace: str | None,
                 inputs: Sequence[codepipeline.Artifact] | None) -> None:
        super().__init__(action_name=action_name, stack_name=stack_name, run_order=run_order,
                         variables_namespace=variables_namespace, role=role, account=account, region=region,
                         output=output, output_file_name=output_file_name,
                         inputs=[*(extra_inputs or []), *(inputs or [])])
        self._admin = admin_permissions
        self._cfn_capabilities = cfn_capabilities
        self._deployment_role_given = deployment_role
        self._parameter_overrides = parameter_overrides
        self._template_configuration = template_configuration
        self._deployment_role: IRole | None = None

    def add_to_deployment_role_policy(self, statement: PolicyStatement) -> bool:
        """Add ``statement`` to the role CloudFormation deploys with (once the action is in a pipeline)."""
        return self._get_deployment_role("method addToRolePolicy()").add_to_policy(statement).statement_added  # type: ignore[attr-defined]

    @property
    def deployment_role(self) -> IRole:
        """The role CloudFormation deploys with (once the action is in a pipeline)."""
        return self._get_deployment_role("property role()")

    def _get_deployment_role(self, member: str) -> IRole:
        if self._deployment_role is None:
            raise UnscopedValidationError(
                f"Cannot use the {member} before the Action has been added to a Pipeline")
        return self._deployment_role

    def _deploy_config(self, scope: Construct, stage: codepipeline.IStage,
                       options: codepipeline.ActionBindOptions) -> dict[str, Any]:
        from l2 import iam

        if self._deployment_role_given is not None:
            self._deployment_role = self._deployment_role_given
        else:
            role_stack = Stack.of(options.role)  # type: ignore[arg-type]
            if role_stack.account != Stack.of(scope).account:
                self._deployment_role = iam.Role(
                    role_stack,
                    f"{Names.node_unique_id(stage.pipeline.node)}-{stage.stage_name}-"  # type: ignore[attr-defined]
                    f"{self.action_properties.action_name}-DeploymentRole",
                    assumed_by=iam.ServicePrincipal("cloudformation.amazonaws.com"),
                    role_name=PhysicalName.GENERATE_IF_NEEDED)
            else:
                self._deployment_role = iam.Role(scope, "Role",
                                                 assumed_by=iam.ServicePrincipal("cloudformation.amazonaws.com"))
            options.bucket.grant_read(self._deployment_role)
            if self._admin:
                self._deployment_role.add_to_policy(iam.PolicyStatement(actions=["*"], resources=["*"]))
        _SingletonPolicy.for_role(options.role).grant_pass_role(self._deployment_role)
        capabilities = self._cfn_capabilities
        if self._admin and capabilities is None:
            capabilities = [CfnCapabilities.NAMED_IAM]
        base = self._base_config(options)
        out = {**base}
        out.update(config(
            Capabilities=_parse_capabilities(capabilities), RoleArn=self._deployment_role.role_arn,
            ParameterOverrides=Stack.of(scope).to_json_string(self._parameter_overrides),
            TemplateConfiguration=(self._template_configuration.location
                                   if self._template_configuration is not None else None),
            StackName=self._stack_name))
        return out


@structs.frozen(kw_only=True)
class CloudFormationCreateUpdateStackActionProps(codepipeline.CommonAwsActionProps):
    admin_permissions: bool
    stack_name: str
    template_path: codepipeline.ArtifactPath
    account: str | None = None
    cfn_capabilities: Sequence[CfnCapabilities] | None = None
    deployment_role: IRole | None = None
    extra_inputs: Sequence[codepipeline.Artifact] | None = None
    output: codepipeline.Artifact | None = None
    output_file_name: str | None = None
    parameter_overrides: Mapping[str, Any] | None = None
    region: str | None = None
    replace_on_failure: bool | None = None
    template_configuration: codepipeline.ArtifactPath | None = None


class CloudFormationCreateUpdateStackAction(_CloudFormationDeployAction):
    def __init__(self, *, admin_permissions: bool, stack_name: str, template_path: codepipeline.ArtifactPath,
                 account: str | None = None, cfn_capabilities: Sequence[CfnCapabilities] | None = None,
                 deployment_role: IRole | None = None, extra_inputs: Sequence[codepipeline.Artifact] | None = None,
                 output: codepipeline.Artifact | None = None, output_file_name: str | None = None,
                 parameter_overrides: Mapping[str, Any] | None = None, region: str | None = None,
                 replace_on_failure: bool | None = None,
                 template_configuration: codepipeline.ArtifactPath | None = None, role: IRole | None = None,
                 action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        inputs = [template_path.artifact]
        if template_configuration is not None:
            inputs.append(template_configuration.artifact)
        super().__init__(admin_permissions=admin_permissions, stack_name=stack_name, account=account,
                         cfn_capabilities=cfn_capabilities, deployment_role=deployment_role,
                         extra_inputs=extra_inputs, output=output, output_file_name=output_file_name,
                         parameter_overrides=parameter_overrides, region=region,
                         template_configuration=template_configuration, role=role, action_name=action_name,
                         run_order=run_order, variables_namespace=variables_namespace, inputs=inputs)
        self._template_path = template_path
        self._replace_on_failure = replace_on_failure

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        out = self._deploy_config(scope, stage, options)
        _SingletonPolicy.for_role(options.role).grant_create_update_stack(
            self._stack_name, self._replace_on_failure, self._region)
        out["ActionMode"] = "REPLACE_ON_FAILURE" if self._replace_on_failure else "CREATE_UPDATE"
        out["TemplatePath"] = self._template_path.location
        return codepipeline.ActionConfig(configuration=out)


@structs.frozen(kw_only=True)
class CloudFormationCreateReplaceChangeSetActionProps(codepipeline.CommonAwsActionProps):
    admin_permissions: bool
    change_set_name: str
    stack_name: str
    template_path: codepipeline.ArtifactPath
    account: str | None = None
    cfn_capabilities: Sequence[CfnCapabilities] | None = None
    deployment_role: IRole | None = None
    extra_inputs: Sequence[codepipeline.Artifact] | None = None
    output: codepipeline.Artifact | None = None
    output_file_name: str | None = None
    parameter_overrides: Mapping[str, Any] | None = None
    region: str | None = None
    template_configuration: codepipeline.ArtifactPath | None = None


class CloudFormationCreateReplaceChangeSetAction(_CloudFormationDeployAction):
    def __init__(self, *, admin_permissions: bool, change_set_name: str, stack_name: str,
                 template_path: codepipeline.ArtifactPath, account: str | None = None,
                 cfn_capabilities: Sequence[CfnCapabilities] | None = None, deployment_role: IRole | None = None,
                 extra_inputs: Sequence[codepipeline.Artifact] | None = None,
                 output: codepipeline.Artifact | None = None, output_file_name: str | None = None,
                 parameter_overrides: Mapping[str, Any] | None = None, region: str | None = None,
                 template_configuration: codepipeline.ArtifactPath | None = None, role: IRole | None = None,
                 action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        inputs = [template_path.artifact]
        if template_configuration is not None:
            inputs.append(template_configuration.artifact)
        super().__init__(admin_permissions=admin_permissions, stack_name=stack_name, account=account,
                         cfn_capabilities=cfn_capabilities, deployment_role=deployment_role,
                         extra_inputs=extra_inputs, output=output, output_file_name=output_file_name,
                         parameter_overrides=parameter_overrides, region=region,
                         template_configuration=template_configuration, role=role, action_name=action_name,
                         run_order=run_order, variables_namespace=variables_namespace, inputs=inputs)
        self._template_path = template_path
        self._change_set_name = change_set_name

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        out = self._deploy_config(scope, stage, options)
        _SingletonPolicy.for_role(options.role).grant_create_replace_change_set(
            self._stack_name, self._change_set_name, self._region)
        out["ActionMode"] = "CHANGE_SET_REPLACE"
        out["ChangeSetName"] = self._change_set_name
        out["TemplatePath"] = self._template_path.location
        return codepipeline.ActionConfig(configuration=out)


@structs.frozen(kw_only=True)
class CloudFormationDeleteStackActionProps(codepipeline.CommonAwsActionProps):
    admin_permissions: bool
    stack_name: str
    account: str | None = None
    cfn_capabilities: Sequence[CfnCapabilities] | None = None
    deployment_role: IRole | None = None
    extra_inputs: Sequence[codepipeline.Artifact] | None = None
    output: codepipeline.Artifact | None = None
    output_file_name: str | None = None
    parameter_overrides: Mapping[str, Any] | None = None
    region: str | None = None
    template_configuration: codepipeline.ArtifactPath | None = None


class CloudFormationDeleteStackAction(_CloudFormationDeployAction):
    def __init__(self, *, admin_permissions: bool, stack_name: str, account: str | None = None,
                 cfn_capabilities: Sequence[CfnCapabilities] | None = None, deployment_role: IRole | None = None,
                 extra_inputs: Sequence[codepipeline.Artifact] | None = None,
                 output: codepipeline.Artifact | None = None, output_file_name: str | None = None,
                 parameter_overrides: Mapping[str, Any] | None = None, region: str | None = None,
                 template_configuration: codepipeline.ArtifactPath | None = None, role: IRole | None = None,
                 action_name: str, run_order: int | float | None = None,
                 variables_namespace: str | None = None) -> None:
        super().__init__(admin_permissions=admin_permissions, stack_name=stack_name, account=account,
                         cfn_capabilities=cfn_capabilities, deployment_role=deployment_role,
                         extra_inputs=extra_inputs, output=output, output_file_name=output_file_name,
                         parameter_overrides=parameter_overrides, region=region,
                         template_configuration=template_configuration, role=role, action_name=action_name,
                         run_order=run_order, variables_namespace=variables_namespace, inputs=None)

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        out = self._deploy_config(scope, stage, options)
        _SingletonPolicy.for_role(options.role).grant_delete_stack(self._stack_name, self._region)
        out["ActionMode"] = "DELETE_ONLY"
        return codepipeline.ActionConfig(configuration=out)


@structs.frozen(kw_only=True)
class CloudFormationExecuteChangeSetActionProps(codepipeline.CommonAwsActionProps):
    change_set_name: str
    stack_name: str
    account: str | None = None
    output: codepipeline.Artifact | None = None
    output_file_name: str | None = None
    region: str | None = None


class CloudFormationExecuteChangeSetAction(_CloudFormationAction):
    def __init__(self, *, change_set_name: str, stack_name: str, account: str | None = None,
                 output: codepipeline.Artifact | None = None, output_file_name: str | None = None,
                 region: str | None = None, role: IRole | None = None, action_name: str,
                 run_order: int | float | None = None, variables_namespace: str | None = None) -> None:
        super().__init__(action_name=action_name, stack_name=stack_name, run_order=run_order,
                         variables_namespace=variables_namespace, role=role, account=account, region=region,
                         output=output, output_file_name=output_file_name, inputs=None)
        self._change_set_name = change_set_name

    def _bound(self, scope: Construct, stage: codepipeline.IStage,
               options: codepipeline.ActionBindOptions) -> codepipeline.ActionConfig:
        _SingletonPolicy.for_role(options.role).grant_execute_change_set(
            self._stack_name, self._change_set_name, self._region)
        out = self._base_config(options)
        out["ActionMode"] = "CHANGE_SET_EXECUTE"
        out["ChangeSetName"] = self._change_set_name
        return codepipeline.ActionConfig(configuration=out)


_EXTRA = {"output": "the artifact the stack outputs go to (default one named after the action and stack).",
          "extra_inputs": "more artifacts the template, configuration or parameter overrides read.",
          "role": "the role the pipeline uses for the action (default a new one).",
          "template_configuration": "a template configuration file (parameters, tags, stack policy)."}
for _props, _action, _what in (
        (CloudFormationCreateUpdateStackActionProps, CloudFormationCreateUpdateStackAction,
         "Creates or updates a CloudFormation stack (``CREATE_UPDATE`` or ``REPLACE_ON_FAILURE``)."),
        (CloudFormationCreateReplaceChangeSetActionProps, CloudFormationCreateReplaceChangeSetAction,
         "Creates or replaces a change set of a CloudFormation stack (``CHANGE_SET_REPLACE``)."),
        (CloudFormationDeleteStackActionProps, CloudFormationDeleteStackAction,
         "Deletes a CloudFormation stack (``DELETE_ONLY``)."),
        (CloudFormationExecuteChangeSetActionProps, CloudFormationExecuteChangeSetAction,
         "Executes a change set of a CloudFormation stack (``CHANGE_SET_EXECUTE``).")):
    document(_props, f"The properties of a ``{_action.__name__}``.", _EXTRA)
    document(_action, _what, _EXTRA)
