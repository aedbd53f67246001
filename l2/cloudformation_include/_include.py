"""``CfnInclude``: an existing CloudFormation template as L1 objects of a CDK app."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import (
    CfnCondition,
    CfnElement,
    CfnHook,
    CfnMapping,
    CfnOutput,
    CfnParameter,
    CfnResource,
    CfnRule,
    Construct,
    Duration,
    NestedStack,
    ValidationError,
)
from constructs.internals import structs
from l2.cloudformation_include._private.from_cfn import from_cloudformation, l1_class
from l2.cloudformation_include._private.parser import (
    CfnParser,
    Finder,
    ParsingContext,
    get_number,
    get_string,
    get_string_array,
    refuse,
)
from l2.cloudformation_include._private.template_file import read_template

_SECTIONS_OF_ELEMENTS = frozenset({"Conditions", "Mappings", "Resources", "Parameters", "Rules", "Hooks", "Outputs"})
_LEADING_SECTIONS = ("Description", "Transform", "AWSTemplateFormatVersion", "Metadata")
_KNOWN_RESOURCE_ATTRIBUTES = frozenset({
    "Condition", "DependsOn", "Description", "Metadata", "Properties", "Type", "Version",
    "CreationPolicy", "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy",
})


@structs.frozen(kw_only=True)
class CfnIncludeProps:
    """The properties of a ``CfnInclude`` (see ``CfnInclude`` for each keyword)."""

    template_file: str
    allow_cyclical_references: bool | None = None
    dehydrated_resources: Sequence[str] | None = None
    load_nested_stacks: Mapping[str, CfnIncludeProps] | None = None
    parameters: Mapping[str, object] | None = None
    preserve_logical_ids: bool | None = None


@structs.frozen(kw_only=True)
class IncludedNestedStack:
    """A nested stack loaded by ``CfnInclude``: the ``NestedStack`` and the ``CfnInclude`` of its template.

    Args:
        included_template: the ``CfnInclude`` holding the nested template's elements.
        stack: the ``NestedStack`` the nested template is included in.
    """

    included_template: CfnInclude
    stack: NestedStack


class CfnInclude(CfnElement):
    """Includes an existing CloudFormation template (JSON or YAML) in a CDK app.

    Every element of the template becomes an L1 object (resources of the generated ``Cfn*`` class of their
    type, ``CfnResource`` for other types; ``CfnParameter``, ``CfnCondition``, ``CfnMapping``, ``CfnRule``,
    ``CfnHook``, ``CfnOutput``), which ``get_resource`` and its siblings return; changes made to them show in
    the synthesized template, which is otherwise the included one.

    Args:
        scope: the parent construct.
        id: the construct id.
        template_file: path of the template file (JSON or YAML, with short-form tags such as ``!Ref``).
        allow_cyclical_references: accept resources that reference each other in a cycle (templates that a
            transform such as SAM rewrites). Default: a cycle is an error.
        dehydrated_resources: logical ids of resources to include as they are written, without parsing them
            into L1 objects (for resources using intrinsics where the L1 expects a structure). Default: none.
        load_nested_stacks: for ``AWS::CloudFormation::Stack`` resources (by logical id), the properties of the
            ``CfnInclude`` of their template, making them nested stacks. Default: none.
        parameters: values replacing the template's parameters (by name) wherever they are referenced; those
            parameters are left out of the result. Default: the parameters are kept.
        preserve_logical_ids: keep the template's logical ids (``False`` gives them CDK-computed ids).
            Default: ``True``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        template_file: str,
        allow_cyclical_references: bool | None = None,
        dehydrated_resources: Sequence[str] | None = None,
        load_nested_stacks: Mapping[str, CfnIncludeProps] | None = None,
        parameters: Mapping[str, object] | None = None,
        preserve_logical_ids: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._allow_cyclical_references = bool(allow_cyclical_references)
        self._placeholders: dict[str, str] = {}
        self._parameters_to_replace: dict[str, Any] = dict(parameters or {})
        self._template: dict[str, Any] = read_template(template_file) or {}
        if not isinstance(self._template, dict):
            raise ValidationError(f"Template file '{template_file}' does not hold a template (a mapping)", self)
        self._preserve_logical_ids = True if preserve_logical_ids is None else preserve_logical_ids
        self._dehydrated = list(dehydrated_resources or [])
        self._conditions: dict[str, CfnCondition] = {}
        self._resources: dict[str, CfnResource] = {}
        self._parameters: dict[str, CfnParameter] = {}
        self._mappings: dict[str, CfnMapping] = {}
        self._rules: dict[str, CfnRule] = {}
        self._hooks: dict[str, CfnHook] = {}
        self._outputs: dict[str, CfnOutput] = {}
        self._nested_stacks: dict[str, IncludedNestedStack] = {}
        resources = self._section("Resources")
        for logical_id in self._dehydrated:
            if logical_id not in resources:
                raise ValidationError(
                    f"Logical ID '{logical_id}' was specified in 'dehydratedResources', but does not belong to a "
                    "resource in the template.",
                    self,
                )
        for name in self._parameters_to_replace:
            if name not in self._section("Parameters"):
                raise ValidationError(f"Parameter with logical ID '{name}' was not found in the template", self)

        self._mappings_scope = Construct(self, "$Mappings")
        for name in self._section("Mappings"):
            self._create_mapping(name)
        for name in self._section("Parameters"):
            self._create_parameter(name)
        self._conditions_scope = Construct(self, "$Conditions")
        for name in self._section("Conditions"):
            self._get_or_create_condition(name)
        self._rules_scope = Construct(self, "$Rules")
        for name in self._section("Rules"):
            self._create_rule(name)
        self._nested_stacks_to_include: dict[str, CfnIncludeProps] = dict(load_nested_stacks or {})
        for logical_id in resources:
            self._get_or_create_resource(logical_id)
        for logical_id in self._nested_stacks_to_include:
            if logical_id not in self._resources:
                raise ValidationError(f"Nested Stack with logical ID '{logical_id}' was not found in the template", self)
        self._hooks_scope = Construct(self, "$Hooks")
        for name in self._section("Hooks"):
            self._create_hook(name)
        outputs_scope = Construct(self, "$Outputs")
        for name in self._section("Outputs"):
            self._create_output(name, outputs_scope)

    # -- the elements ---------------------------------------------------------------------------------------------

    def get_resource(self, logical_id: str) -> CfnResource:
        """The L1 resource with this logical id in the template (of its generated class when pycdk has one).

        Args:
            logical_id: the resource's logical id in the template file.
        """
        found = self._resources.get(logical_id)
        if found is None:
            raise ValidationError(f"Resource with logical ID '{logical_id}' was not found in the template", self)
        return found

    def get_condition(self, condition_name: str) -> CfnCondition:
        """The ``CfnCondition`` of this name in the template's ``Conditions``.

        Args:
            condition_name: the condition's name in the template file.
        """
        found = self._conditions.get(condition_name)
        if found is None:
            raise ValidationError(f"Condition with name '{condition_name}' was not found in the template", self)
        return found

    def get_parameter(self, parameter_name: str) -> CfnParameter:
        """The ``CfnParameter`` of this name in the template's ``Parameters``.

        Args:
            parameter_name: the parameter's name in the template file.
        """
        found = self._parameters.get(parameter_name)
        if found is None:
            raise ValidationError(f"Parameter with name '{parameter_name}' was not found in the template", self)
        return found

    def get_mapping(self, mapping_name: str) -> CfnMapping:
        """The ``CfnMapping`` of this name in the template's ``Mappings``.

        Args:
            mapping_name: the mapping's name in the template file.
        """
        found = self._mappings.get(mapping_name)
        if found is None:
            raise ValidationError(f"Mapping with name '{mapping_name}' was not found in the template", self)
        return found

    def get_output(self, logical_id: str) -> CfnOutput:
        """The ``CfnOutput`` with this logical id in the template's ``Outputs``.

        Args:
            logical_id: the output's logical id in the template file.
        """
        found = self._outputs.get(logical_id)
        if found is None:
            raise ValidationError(f"Output with logical ID '{logical_id}' was not found in the template", self)
        return found

    def get_rule(self, rule_name: str) -> CfnRule:
        """The ``CfnRule`` of this name in the template's ``Rules``.

        Args:
            rule_name: the rule's name in the template file.
        """
        found = self._rules.get(rule_name)
        if found is None:
            raise ValidationError(f"Rule with name '{rule_name}' was not found in the template", self)
        return found

    def get_hook(self, hook_logical_id: str) -> CfnHook:
        """The ``CfnHook`` with this logical id in the template's ``Hooks``.

        Args:
            hook_logical_id: the hook's logical id in the template file.
        """
        found = self._hooks.get(hook_logical_id)
        if found is None:
            raise ValidationError(f"Hook with logical ID '{hook_logical_id}' was not found in the template", self)
        return found

    def get_nested_stack(self, logical_id: str) -> IncludedNestedStack:
        """A nested stack loaded with ``load_nested_stacks`` or ``load_nested_stack``.

        Args:
            logical_id: the ``AWS::CloudFormation::Stack`` resource's logical id in the template file.
        """
        found = self._nested_stacks.get(logical_id)
        if found is not None:
            return found
        entry = self._section("Resources").get(logical_id)
        if entry is None:
            raise ValidationError(f"Nested Stack with logical ID '{logical_id}' was not found in the template", self)
        if entry.get("Type") != "AWS::CloudFormation::Stack":
            raise ValidationError(f"Resource with logical ID '{logical_id}' is not a CloudFormation Stack", self)
        raise ValidationError(
            f"Nested Stack '{logical_id}' was not included in the parent template. To retrieve an included nested "
            "stack, it must be specified either in the `loadNestedStacks` property, or through the "
            "`loadNestedStack` method",
            self,
        )

    def load_nested_stack(
        self,
        logical_id: str,
        *,
        template_file: str,
        allow_cyclical_references: bool | None = None,
        dehydrated_resources: Sequence[str] | None = None,
        load_nested_stacks: Mapping[str, CfnIncludeProps] | None = None,
        parameters: Mapping[str, object] | None = None,
        preserve_logical_ids: bool | None = None,
    ) -> IncludedNestedStack:
        """Include the template of a nested stack of this template (as ``load_nested_stacks`` does).

        Args:
            logical_id: the ``AWS::CloudFormation::Stack`` resource's logical id in the template file.
            template_file: path of the nested stack's template file.
            allow_cyclical_references: as for ``CfnInclude``.
            dehydrated_resources: as for ``CfnInclude``.
            load_nested_stacks: as for ``CfnInclude``.
            parameters: as for ``CfnInclude``.
            preserve_logical_ids: as for ``CfnInclude``.
        """
        if logical_id in self._nested_stacks:
            raise ValidationError(f"Nested Stack '{logical_id}' was already included in its parent template", self)
        resource = self._resources.get(logical_id)
        if resource is None:
            raise ValidationError(f"Nested Stack with logical ID '{logical_id}' was not found in the template", self)
        if resource.cfn_resource_type != "AWS::CloudFormation::Stack":
            raise ValidationError(
                f"Nested Stack with logical ID '{logical_id}' is not an AWS::CloudFormation::Stack resource", self
            )
        self.node.try_remove_child(logical_id)
        del self._resources[logical_id]
        self._nested_stacks_to_include[logical_id] = CfnIncludeProps(
            template_file=template_file,
            allow_cyclical_references=allow_cyclical_references,
            dehydrated_resources=dehydrated_resources,
            load_nested_stacks=load_nested_stacks,
            parameters=parameters,
            preserve_logical_ids=preserve_logical_ids,
        )
        self._get_or_create_resource(logical_id)
        return self._nested_stacks[logical_id]

    # -- rendering ------------------------------------------------------------------------------------------------

    def _to_cloudformation(self) -> dict[str, Any]:
        parser = CfnParser(
            Finder(
                self._resources.get,
                lambda name: self._resources.get(name) or self._parameters.get(name),
                self._conditions.get,
                self._mappings.get,
            ),
            self._parameters_to_replace,
        )
        # aws-cdk-lib's stack template starts with these sections in this order, whatever the template's order
        first = [name for name in _LEADING_SECTIONS if name in self._template]
        rest = [name for name in self._template if name not in _LEADING_SECTIONS]
        return {
            section: parser.parse_value(self._template[section])
            for section in first + rest
            if section not in _SECTIONS_OF_ELEMENTS
        }

    # -- building -------------------------------------------------------------------------------------------------

    def _section(self, name: str) -> dict[str, Any]:
        value = self._template.get(name)
        return value if isinstance(value, dict) else {}

    def _override_logical_id(self, element: CfnElement, logical_id: str) -> None:
        if self._preserve_logical_ids:
            element.override_logical_id(logical_id)

    def _element_finder(self) -> Finder:
        return Finder(
            self._resources.get,
            lambda name: self._resources.get(name) or self._parameters.get(name),
            self._conditions.get,
            self._mappings.get,
        )

    def _create_mapping(self, name: str) -> None:
        parser = CfnParser(
            Finder(
                refuse("Using GetAtt expressions in Mapping definitions is not allowed", self),
                refuse("Using Ref expressions in Mapping definitions is not allowed", self),
                refuse("Referring to Conditions in Mapping definitions is not allowed", self),
                refuse("Referring to other Mappings in Mapping definitions is not allowed", self),
            )
        )
        mapping = CfnMapping(self._mappings_scope, name, mapping=parser.parse_value(self._template["Mappings"][name]))
        self._mappings[name] = mapping
        self._override_logical_id(mapping, name)

    def _create_parameter(self, name: str) -> None:
        if name in self._parameters_to_replace:
            return
        parser = CfnParser(
            Finder(
                refuse("Using GetAtt expressions in Parameter definitions is not allowed", self),
                refuse("Using Ref expressions in Parameter definitions is not allowed", self),
                refuse("Referring to Conditions in Parameter definitions is not allowed", self),
                refuse("Referring to Mappings in Parameter definitions is not allowed", self),
            )
        )
        expression = parser.parse_value(self._template["Parameters"][name]) or {}
        parameter = CfnParameter(
            self,
            name,
            type=expression.get("Type"),
            default=expression.get("Default"),
            allowed_pattern=expression.get("AllowedPattern"),
            allowed_values=expression.get("AllowedValues"),
            constraint_description=expression.get("ConstraintDescription"),
            description=expression.get("Description"),
            max_length=expression.get("MaxLength"),
            max_value=expression.get("MaxValue"),
            min_length=expression.get("MinLength"),
            min_value=expression.get("MinValue"),
            no_echo=expression.get("NoEcho"),
        )
        self._override_logical_id(parameter, name)
        self._parameters[name] = parameter

    def _create_rule(self, name: str) -> None:
        parser = CfnParser(
            Finder(
                refuse("Using GetAtt expressions in Rule definitions is not allowed", self),
                self._parameters.get,
                self._conditions.get,
                self._mappings.get,
            ),
            self._parameters_to_replace,
            ParsingContext.RULES,
        )
        properties = parser.parse_value(self._template["Rules"][name]) or {}
        rule = CfnRule(
            self._rules_scope,
            name,
            rule_condition=properties.get("RuleCondition"),
            assertions=properties.get("Assertions"),
        )
        self._rules[name] = rule
        self._override_logical_id(rule, name)

    def _create_hook(self, name: str) -> None:
        parser = CfnParser(self._element_finder(), self._parameters_to_replace)
        attributes = self._template["Hooks"][name] or {}
        hook: CfnHook
        if attributes.get("Type") == "AWS::CodeDeploy::BlueGreen":
            from l2.cloudformation_include._private.hooks import blue_green_hook

            hook = blue_green_hook(self._hooks_scope, name, attributes, parser)
        else:
            properties = parser.parse_value(attributes.get("Properties"))
            hook = CfnHook(self._hooks_scope, name, type=str(attributes.get("Type")), properties=properties or {})
        self._hooks[name] = hook
        self._override_logical_id(hook, name)

    def _create_output(self, name: str, scope: Construct) -> None:
        parser = CfnParser(self._element_finder(), self._parameters_to_replace)
        attributes = parser.parse_value(self._template["Outputs"][name]) or {}
        condition = None
        condition_name = attributes.get("Condition")
        if condition_name:
            condition = self._conditions.get(condition_name)
            if condition is None:
                raise ValidationError(
                    f"Output with name '{name}' refers to a Condition with name '{condition_name}' which was not "
                    "found in this template",
                    self,
                )
        export = attributes.get("Export")
        output = CfnOutput(
            scope,
            name,
            value=attributes.get("Value"),
            description=attributes.get("Description"),
            export_name=export.get("Name") if isinstance(export, dict) else None,
            condition=condition,
        )
        self._override_logical_id(output, name)
        self._outputs[name] = output

    def _get_or_create_condition(self, name: str) -> CfnCondition:
        found = self._conditions.get(name)
        if found is not None:
            return found
        conditions = self._section("Conditions")
        parser = CfnParser(
            Finder(
                refuse("Using GetAtt in Condition definitions is not allowed", self),
                self._parameters.get,
                lambda other: self._get_or_create_condition(other) if other in conditions else None,
                self._mappings.get,
            ),
            self._parameters_to_replace,
            ParsingContext.CONDITIONS,
        )
        condition = CfnCondition(self._conditions_scope, name, expression=parser.parse_value(conditions[name]))
        self._override_logical_id(condition, name)
        self._conditions[name] = condition
        return condition

    def _get_or_create_resource(self, logical_id: str, cycle: tuple[str, ...] = ()) -> CfnResource:
        cycle = (*cycle, logical_id)
        resources = self._section("Resources")
        if len(cycle) != len(set(cycle)):
            if not self._allow_cyclical_references:
                raise ValidationError(
                    "Found a cycle between resources in the template: " + " depends on ".join(cycle), self
                )
            placeholder_id = self._placeholders.get(logical_id)
            if placeholder_id is not None:
                return self._resources[placeholder_id]
            placeholder_id = f"Placeholder{len(self._placeholders)}"
            self._placeholders[logical_id] = placeholder_id
            placeholder = CfnResource(self, placeholder_id, type=str(resources[logical_id].get("Type")), properties={})
            placeholder.override_logical_id(placeholder_id)
            self._resources[placeholder_id] = placeholder
            return placeholder
        found = self._resources.get(logical_id)
        if found is not None:
            return found

        def find_resource(other: str) -> CfnResource | None:
            if other not in resources:
                return None
            return self._get_or_create_resource(other, cycle)

        def find_ref_target(name: str) -> CfnElement | None:
            if name in self._parameters:
                return self._parameters[name]
            return find_resource(name)

        parser = CfnParser(
            Finder(find_resource, find_ref_target, self._conditions.get, self._mappings.get),
            self._parameters_to_replace,
        )
        attributes = resources[logical_id] or {}
        if logical_id in self._nested_stacks_to_include and logical_id in self._dehydrated:
            raise ValidationError(
                f"nested stack '{logical_id}' was marked as dehydrated - nested stacks cannot be dehydrated", self
            )
        resource: CfnResource
        if logical_id in self._nested_stacks_to_include:
            resource = self._create_nested_stack(logical_id, parser)
        elif logical_id in self._dehydrated:
            resource = CfnResource(
                self, logical_id, type=str(attributes.get("Type")), properties=attributes.get("Properties")
            )
            options = resource.cfn_options
            options.creation_policy = attributes.get("CreationPolicy")
            options.update_policy = attributes.get("UpdatePolicy")
            options.deletion_policy = attributes.get("DeletionPolicy")
            options.update_replace_policy = attributes.get("UpdateReplacePolicy")
            options.version = attributes.get("Version")
            options.description = attributes.get("Description")
            options.metadata = attributes.get("Metadata")
            self._resources[logical_id] = resource
            return resource
        else:
            type_name = str(attributes.get("Type"))
            cls = l1_class(type_name) if type_name != "AWS::CloudFormation::CustomResource" else None
            if cls is not None:
                resource = from_cloudformation(cls, self, logical_id, attributes, parser)
            else:
                resource = CfnResource(
                    self, logical_id, type=type_name, properties=parser.parse_value(attributes.get("Properties"))
                )
                parser.handle_attributes(resource, attributes, logical_id)
        placeholder_id = self._placeholders.get(logical_id)
        if placeholder_id is not None:
            self._resources[placeholder_id].override_logical_id(logical_id)
            self.node.try_remove_child(placeholder_id)
            del self._resources[placeholder_id]
        self._override_logical_id(resource, logical_id)
        self._resources[logical_id] = resource
        for name, value in attributes.items():
            if name not in _KNOWN_RESOURCE_ATTRIBUTES:
                resource.add_override(name, parser.parse_value(value))
        return resource

    def _create_nested_stack(self, logical_id: str, parser: CfnParser) -> CfnResource:
        attributes = self._section("Resources").get(logical_id) or {}
        if attributes.get("Type") != "AWS::CloudFormation::Stack":
            raise ValidationError(
                f"Nested Stack with logical ID '{logical_id}' is not an AWS::CloudFormation::Stack resource", self
            )
        if attributes.get("CreationPolicy"):
            raise ValidationError("CreationPolicy is not supported by the AWS::CloudFormation::Stack resource", self)
        if attributes.get("UpdatePolicy"):
            raise ValidationError("UpdatePolicy is not supported by the AWS::CloudFormation::Stack resource", self)
        properties = parser.parse_value(attributes.get("Properties")) or {}
        include_props = self._nested_stacks_to_include[logical_id]
        nested = NestedStack(
            self,
            logical_id,
            parameters=self._nested_parameters(properties.get("Parameters"), include_props),
            notification_arns=get_string_array(properties.get("NotificationARNs")),
            timeout=self._nested_timeout(properties.get("TimeoutInMinutes")),
        )
        template = CfnInclude(
            nested,
            logical_id,
            template_file=include_props.template_file,
            allow_cyclical_references=include_props.allow_cyclical_references,
            dehydrated_resources=include_props.dehydrated_resources,
            load_nested_stacks=include_props.load_nested_stacks,
            parameters=include_props.parameters,
            preserve_logical_ids=include_props.preserve_logical_ids,
        )
        self._nested_stacks[logical_id] = IncludedNestedStack(stack=nested, included_template=template)
        resource = nested.nested_stack_resource
        assert resource is not None
        parser.handle_attributes(resource, attributes, logical_id)
        return resource

    @staticmethod
    def _nested_parameters(parameters: Any, include_props: CfnIncludeProps) -> dict[str, str] | None:
        if parameters is None:
            return None
        replaced = include_props.parameters or {}
        return {name: get_string(value) for name, value in parameters.items() if name not in replaced}

    @staticmethod
    def _nested_timeout(value: Any) -> Duration | None:
        if value is None:
            return None
        return Duration.minutes(get_number(value))
