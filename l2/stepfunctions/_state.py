"""``State`` (the base of every state), ``StateGraph``, ``Chain``, ``StateMachineFragment``, ``IChainable``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, IConstruct, Node, Stack, Token, UnscopedValidationError
from l2.stepfunctions._fields import FieldUtils
from l2.stepfunctions._types import Errors, ProcessorMode, QueryLanguage

if TYPE_CHECKING:
    from constructs import Duration
    from l2.iam import PolicyStatement
    from l2.stepfunctions._condition import Condition
    from l2.stepfunctions._props import CatchProps, ProcessorConfig, RetryProps
    from l2.stepfunctions._state_machine import StateMachine
    from l2.stepfunctions._states import Parallel


@runtime_checkable
class INextable(Protocol):
    """A state (or chain) that can be followed by another."""

    def next(self, state: IChainable) -> Chain:
        """Go on to ``state`` after this."""
        ...


@runtime_checkable
class IChainable(Protocol):
    """A state or a sequence of states that can be chained (``State``, ``Chain``, ``StateMachineFragment``)."""

    @property
    def id(self) -> str:
        """A descriptive name."""
        ...

    @property
    def start_state(self) -> State:
        """The first state."""
        ...

    @property
    def end_states(self) -> list[INextable]:
        """The states to chain onto."""
        ...


def get_actual_query_language(top_level: QueryLanguage | None, state_level: QueryLanguage | None) -> QueryLanguage:
    """The query language a state's fields use."""
    return state_level or top_level or QueryLanguage.JSON_PATH


def render_json_path(json_path: str | None) -> str | None:
    """``json_path``, checked to start with ``$`` (tokens pass)."""
    if json_path is None:
        return None
    if not Token.is_unresolved(json_path) and not json_path.startswith("$"):
        raise UnscopedValidationError(f"Expected JSON path to start with '$', got: {json_path}")
    return json_path


def render_list(xs: list[Any], map_fn: Any, sort_key: Any = None) -> list[Any] | None:
    """``None`` for an empty list, else the mapped (and stably sorted) items."""
    if not xs:
        return None
    if sort_key is not None:
        xs.sort(key=sort_key)
    return [map_fn(x) for x in xs]


def _all_last(errors: Sequence[str] | None) -> int:
    return 1 if errors and Errors.ALL in errors else 0


def _validate_errors(errors: Sequence[str] | None) -> None:
    if errors and Errors.ALL in errors and len(errors) > 1:
        raise UnscopedValidationError(f"{Errors.ALL} must appear alone in an error list")


class State(Construct):
    """The base class of every state: its fields, transitions, retries and catchers, and their rendering.

    Args:
        scope / id: where the state lives in the construct tree (the id names the state unless ``state_name``).
        comment: a description of the state.
        query_language: JSONPath or JSONata (default: the state machine's).
        state_name: the state's name in the definition (default: the construct id).
        input_path / output_path: JSONPath selections of the input and output.
        parameters / result_path / result_selector: JSONPath input and result handling.
        arguments / outputs: JSONata input and output.
        assign: workflow variables to set.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        arguments: object = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id)
        self._start_state: State = self
        self._state_name = state_name
        self._query_language = query_language
        self._comment = comment
        self._input_path = input_path
        self._parameters = parameters
        self._output_path = output_path
        self._result_path = result_path
        self._result_selector = result_selector
        self._outputs = outputs
        self._arguments = arguments
        self._assign = assign
        self._branches: list[StateGraph] = []
        self._iteration: StateGraph | None = None
        self._processor_mode = ProcessorMode.INLINE
        self._processor: StateGraph | None = None
        self._processor_config: ProcessorConfig | None = None
        self._default_choice: State | None = None
        self._next_state: State | None = None
        self._retries: list[dict[str, Any]] = []
        self._catches: list[dict[str, Any]] = []
        self._choices: list[dict[str, Any]] = []
        self._prefixes: list[str] = []
        self._containing_graph: StateGraph | None = None
        self._incoming_states: list[State] = []
        self.node.add_validation(_StateValidation(self))

    # -- static helpers ----------------------------------------------------------------------------------
    @staticmethod
    def prefix_states(root: IConstruct, prefix: str) -> None:
        """Prefix the names of every state below ``root`` (``root`` included) with ``prefix``."""
        queue: list[Any] = [root]
        while queue:
            el = queue.pop(0)
            if isinstance(el, State):
                el.add_prefix(prefix)
            queue.extend(Node.of(el).children)

    @staticmethod
    def find_reachable_states(start: State, *, include_error_handlers: bool | None = None) -> list[State]:
        """Every state reachable from ``start``."""
        visited: set[int] = set()
        ret: dict[int, State] = {}
        queue = [start]
        while queue:
            state = queue.pop(0)
            if id(state) in visited:
                continue
            visited.add(id(state))
            queue.extend(state._outgoing_transitions(bool(include_error_handlers)))
            ret[id(state)] = state
        return list(ret.values())

    @staticmethod
    def find_reachable_end_states(start: State, *, include_error_handlers: bool | None = None) -> list[State]:
        """The states reachable from ``start`` that have no outgoing transition."""
        visited: set[int] = set()
        ret: dict[int, State] = {}
        queue = [start]
        while queue:
            state = queue.pop(0)
            if id(state) in visited:
                continue
            visited.add(id(state))
            outgoing = state._outgoing_transitions(bool(include_error_handlers))
            if outgoing:
                queue.extend(outgoing)
            else:
                ret[id(state)] = state
        return list(ret.values())

    @staticmethod
    def filter_nextables(states: Sequence[State]) -> list[INextable]:
        """The states of ``states`` that can be followed by another."""
        return [s for s in states if hasattr(s, "next")]  # type: ignore[misc]

    # -- identity ----------------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        """The construct id."""
        return self.node.id

    @property
    def start_state(self) -> State:
        """The first state of this chainable (the state itself)."""
        return self._start_state

    @property
    def end_states(self) -> list[INextable]:
        """The states to chain onto (set by each state class)."""
        return self._end_states

    _end_states: list[INextable] = []

    @property
    def state_id(self) -> str:
        """The state's name in the definition: its prefixes and its ``state_name`` (or construct id)."""
        return "".join([*self._prefixes, self._state_name if self._state_name else self.id])

    def add_prefix(self, x: str) -> None:
        """Add a prefix to the state's name."""
        if x != "":
            self._prefixes.insert(0, x)

    # -- graph binding -----------------------------------------------------------------------------------
    def bind_to_graph(self, graph: StateGraph) -> None:
        """Register this state, and every state it leads to, in ``graph``."""
        if self._containing_graph is graph:
            return
        if self._containing_graph is not None:
            raise UnscopedValidationError(
                f"Trying to use state '{self.state_id}' in {graph.to_string()}, but is already in "
                f"{self._containing_graph.to_string()}. Every state can only be used in one graph."
            )
        self._containing_graph = graph
        self._when_bound_to_graph(graph)
        for incoming in self._incoming_states:
            incoming.bind_to_graph(graph)
        for outgoing in self._outgoing_transitions(True):
            outgoing.bind_to_graph(graph)
        for branch in self._branches:
            branch.register_super_graph(graph)
        if self._iteration is not None:
            self._iteration.register_super_graph(graph)
        if self._processor is not None:
            self._processor.register_super_graph(graph)

    def _when_bound_to_graph(self, graph: StateGraph) -> None:
        graph.register_state(self)

    def _add_incoming(self, source: State) -> None:
        self._incoming_states.append(source)

    def _outgoing_transitions(self, include_error_handlers: bool) -> list[State]:
        ret: list[State] = []
        if self._next_state is not None:
            ret.append(self._next_state)
        if self._default_choice is not None:
            ret.append(self._default_choice)
        ret.extend(c["next"] for c in self._choices)
        if include_error_handlers:
            ret.extend(c["next"] for c in self._catches)
        return ret

    # -- transitions (protected) -------------------------------------------------------------------------
    def _add_retry(self, props: RetryProps | None = None) -> None:
        errors = props.errors if props is not None else None
        _validate_errors(errors)
        self._retries.append({
            "errors": list(errors) if errors is not None else [Errors.ALL],
            "interval": props.interval if props else None,
            "max_attempts": props.max_attempts if props else None,
            "backoff_rate": props.backoff_rate if props else None,
            "max_delay": props.max_delay if props else None,
            "jitter_strategy": props.jitter_strategy if props else None,
        })

    def _add_catch(self, handler: State, props: CatchProps | None = None) -> None:
        errors = props.errors if props is not None else None
        _validate_errors(errors)
        self._catches.append({
            "next": handler,
            "errors": list(errors) if errors is not None else [Errors.ALL],
            "result_path": props.result_path if props else None,
            "outputs": props.outputs if props else None,
            "assign": props.assign if props else None,
        })
        handler._add_incoming(self)
        if self._containing_graph is not None:
            handler.bind_to_graph(self._containing_graph)

    def _make_next(self, next: State) -> None:
        if self._next_state is not None:
            raise UnscopedValidationError(f"State '{self.id}' already has a next state")
        self._next_state = next
        next._add_incoming(self)
        if self._containing_graph is not None:
            next.bind_to_graph(self._containing_graph)

    def _add_choice(self, condition: Condition, next: State, comment: str | None = None, outputs: object = None,
                    assign: Mapping[str, object] | None = None) -> None:
        self._choices.append({"condition": condition, "next": next, "comment": comment, "outputs": outputs,
                              "assign": assign})
        next.start_state._add_incoming(self)
        if self._containing_graph is not None:
            next.start_state.bind_to_graph(self._containing_graph)

    def _add_branch(self, branch: StateGraph) -> None:
        self._branches.append(branch)
        if self._containing_graph is not None:
            branch.register_super_graph(self._containing_graph)

    def _add_iterator(self, iteration: StateGraph) -> None:
        self._iteration = iteration
        if self._containing_graph is not None:
            iteration.register_super_graph(self._containing_graph)

    def _add_item_processor(self, processor: StateGraph, config: ProcessorConfig | None = None) -> None:
        from l2.stepfunctions._props import ProcessorConfig

        self._processor = processor
        self._processor_config = config if config is not None else ProcessorConfig()
        if self._containing_graph is not None:
            processor.register_super_graph(self._containing_graph)

    def _make_default(self, default: State) -> None:
        if self._default_choice is not None:
            raise UnscopedValidationError(f"Choice '{self.id}' already has a default next state")
        self._default_choice = default

    # -- rendering (protected) ---------------------------------------------------------------------------
    def to_state_json(self, state_machine_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition (each state class renders its own)."""
        raise NotImplementedError

    def _validate_state(self) -> list[str]:
        return []

    def _render_next_end(self) -> dict[str, Any]:
        if self._next_state is not None:
            return {"Next": self._next_state.state_id}
        return {"End": True}

    def _render_choices(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        query_language = get_actual_query_language(top_level_query_language, self._query_language)
        return {
            "Choices": render_list(self._choices, lambda c: _render_choice(c, query_language)),
            "Default": self._default_choice.state_id if self._default_choice is not None else None,
        }

    def _render_input_output(self) -> dict[str, Any]:
        return {
            "InputPath": render_json_path(self._input_path),
            "Parameters": self._parameters,
            "OutputPath": render_json_path(self._output_path),
            "Arguments": self._arguments,
            "Output": self._outputs,
        }

    def _render_branches(self) -> dict[str, Any]:
        return {"Branches": [b.to_graph_json() for b in self._branches]}

    def _render_iterator(self) -> dict[str, Any] | None:
        if self._iteration is None:
            return None
        return {"Iterator": self._iteration.to_graph_json()}

    def _render_retry_catch(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        query_language = get_actual_query_language(top_level_query_language, self._query_language)
        return {
            "Retry": render_list(self._retries, _render_retry, lambda r: _all_last(r["errors"])),
            "Catch": render_list(self._catches, lambda c: _render_catch(c, query_language),
                                 lambda c: _all_last(c["errors"])),
        }

    def _render_result_selector(self) -> dict[str, Any]:
        return dict(FieldUtils.render_object({"ResultSelector": self._result_selector}) or {})

    def _render_item_processor(self) -> dict[str, Any] | None:
        if self._processor is None:
            return None
        return {"ItemProcessor": {**self._render_processor_config(), **self._processor.to_graph_json()}}

    def _render_processor_config(self) -> dict[str, Any]:
        config = self._processor_config
        mode = config.mode if config is not None and config.mode is not None else self._processor_mode
        if mode == ProcessorMode.INLINE:
            return {"ProcessorConfig": {"Mode": mode.value}}
        execution_type = config.execution_type.value if config is not None and config.execution_type else None
        return {"ProcessorConfig": {"Mode": mode.value, "ExecutionType": execution_type}}

    def _render_query_language(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        top = top_level_query_language or QueryLanguage.JSON_PATH
        if top == QueryLanguage.JSONATA and self._query_language == QueryLanguage.JSON_PATH:
            raise UnscopedValidationError(
                f"'queryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine {self.node.path}"
            )
        jsonata = top == QueryLanguage.JSON_PATH and self._query_language == QueryLanguage.JSONATA
        return {"QueryLanguage": QueryLanguage.JSONATA.value if jsonata else None}

    def _render_assign(self, top_level_query_language: QueryLanguage | None = None) -> dict[str, Any]:
        language = get_actual_query_language(top_level_query_language, self._query_language)
        if language == QueryLanguage.JSON_PATH:
            return {"Assign": FieldUtils.render_object(self._assign)}
        return {"Assign": self._assign}


class _StateValidation:
    def __init__(self, state: State) -> None:
        self._state = state

    def validate(self) -> list[str]:
        return self._state._validate_state()


def _render_choice(c: dict[str, Any], query_language: QueryLanguage) -> dict[str, Any]:
    if query_language == QueryLanguage.JSONATA:
        by_language: dict[str, Any] = {"Output": c["outputs"], "Assign": c["assign"]}
    else:
        by_language = {"Assign": FieldUtils.render_object(c["assign"])}
    out = dict(c["condition"].render_condition())
    out.update(by_language)
    out.update({"Next": c["next"].state_id, "Comment": c["comment"]})
    return out


def _render_retry(r: dict[str, Any]) -> dict[str, Any]:
    interval: Duration | None = r["interval"]
    max_delay: Duration | None = r["max_delay"]
    jitter = r["jitter_strategy"]
    return {
        "ErrorEquals": r["errors"],
        "IntervalSeconds": interval.to_seconds() if interval else None,
        "MaxAttempts": r["max_attempts"],
        "BackoffRate": r["backoff_rate"],
        "MaxDelaySeconds": max_delay.to_seconds() if max_delay else None,
        "JitterStrategy": jitter.value if jitter is not None else None,
    }


def _render_catch(c: dict[str, Any], query_language: QueryLanguage) -> dict[str, Any]:
    if query_language == QueryLanguage.JSONATA:
        out: dict[str, Any] = {"Output": c["outputs"], "Assign": c["assign"]}
    else:
        out = {"Assign": FieldUtils.render_object(c["assign"])}
    out.update({"ErrorEquals": c["errors"], "ResultPath": render_json_path(c["result_path"]),
                "Next": c["next"].state_id})
    return out


class StateGraph:
    """The states of a state machine, or of a branch, iterator or item processor within one.

    Args:
        start_state: the first state.
        graph_description: a description for error messages.
    """

    def __init__(self, start_state: State, graph_description: str) -> None:
        self.start_state = start_state
        self.graph_description = graph_description
        self.timeout: Duration | None = None
        self.policy_statements: list[PolicyStatement] = []
        self._all_states: dict[int, State] = {id(start_state): start_state}
        self._all_contained_states: dict[str, StateGraph] = {}
        self._super_graph: StateGraph | None = None
        start_state.bind_to_graph(self)

    def register_state(self, state: State) -> None:
        """Register a state of this graph."""
        self._register_contained_state(state.state_id, self)
        self._all_states[id(state)] = state

    def register_policy_statement(self, statement: PolicyStatement) -> None:
        """Add a statement the state machine's role needs (passed up to the outermost graph)."""
        if self._super_graph is not None:
            self._super_graph.register_policy_statement(statement)
        else:
            self.policy_statements.append(statement)

    def register_super_graph(self, graph: StateGraph) -> None:
        """Register the graph this one is nested in."""
        if self._super_graph is graph:
            return
        if self._super_graph is not None:
            raise UnscopedValidationError("Every StateGraph can only be registered into one other StateGraph")
        self._super_graph = graph
        for state_id, g in self._all_contained_states.items():
            graph._register_contained_state(state_id, g)
        for statement in self.policy_statements:
            graph.register_policy_statement(statement)

    def to_graph_json(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """``StartAt``, ``States`` and ``TimeoutSeconds`` of the definition."""
        states = {s.state_id: s.to_state_json(query_language) for s in self._all_states.values()}
        return {
            "StartAt": self.start_state.state_id,
            "States": states,
            "TimeoutSeconds": self.timeout.to_seconds() if self.timeout else None,
        }

    def to_string(self) -> str:
        """The description and the first states' names."""
        some = [s.state_id for s in list(self._all_states.values())[:3]]
        if len(self._all_states) > 3:
            some.append("...")
        return f"{self.graph_description} ({', '.join(some)})"

    def __str__(self) -> str:
        return self.to_string()

    def _register_contained_state(self, state_id: str, graph: StateGraph) -> None:
        if self._super_graph is not None:
            self._super_graph._register_contained_state(state_id, graph)
            return
        existing = self._all_contained_states.get(state_id)
        if existing is not None:
            raise UnscopedValidationError(
                f"State with name '{state_id}' occurs in both {graph.to_string()} and {existing.to_string()}. "
                "All states must have unique names."
            )
        self._all_contained_states[state_id] = graph

    def bind(self, state_machine: StateMachine) -> None:
        """Give the state machine's role what its Distributed Map states need (start, describe, redrive)."""
        from l2.stepfunctions._map import DistributedMap

        # the maps' labels (aws-cdk-lib renders each map for its ``Label``; the label is rendered when set, and
        # rendering here again would repeat the map's warnings)
        maps = [s for s in self._all_states_deep() if isinstance(s, DistributedMap)]
        if not maps:
            return
        from l2 import iam

        policy = iam.Policy(state_machine, "DistributedMapPolicy")
        state_machine.role.attach_inline_policy(policy)
        state_machine.grant_start_execution(policy)
        state_machine.grant_execution(policy, "states:DescribeExecution", "states:StopExecution")
        if any(not m.label for m in maps):
            iam.Grant.add_to_principal(grantee=policy, actions=["states:RedriveExecution"],
                                       resource_arns=[self._execution_arn_with_label(state_machine, "*")])
            return
        iam.Grant.add_to_principal(
            grantee=policy, actions=["states:RedriveExecution"],
            resource_arns=[self._execution_arn_with_label(state_machine, m.label) for m in maps if m.label],
        )

    @staticmethod
    def _execution_arn_with_label(state_machine: StateMachine, label: str) -> str:
        from constructs import Arn, ArnFormat

        name = Arn.split(state_machine.state_machine_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        return Stack.of(state_machine).format_arn(resource="execution", service="states",
                                                  resource_name=f"{name}/{label}:*",
                                                  arn_format=ArnFormat.COLON_RESOURCE_NAME)

    def _all_states_deep(self) -> list[State]:
        discovered: dict[int, StateGraph] = {}
        to_search: list[StateGraph] = [self]
        while to_search:
            graph = to_search.pop()
            discovered[id(graph)] = graph
            for sub in graph._all_contained_states.values():
                if id(sub) not in discovered:
                    to_search.append(sub)
        return [s for g in discovered.values() for s in g._all_states.values()]


class Chain:
    """A sequence of states, built by ``next``.

    Args:
        start_state: the state the chain begins with.
        end_states: the states a following state is attached to.
        last_added: the state or chain most recently appended.
    """

    def __init__(self, start_state: State, end_states: Sequence[INextable], last_added: IChainable) -> None:
        self._last_added = last_added
        self.id = last_added.id
        self.start_state = start_state
        self.end_states = list(end_states)

    @staticmethod
    def start(state: IChainable) -> Chain:
        """A chain that starts with ``state``."""
        return Chain(state.start_state, state.end_states, state)

    @staticmethod
    def sequence(start: IChainable, next: IChainable) -> Chain:
        """``start`` then ``next`` (already linked)."""
        return Chain(start.start_state, next.end_states, next)

    @staticmethod
    def custom(start_state: State, end_states: Sequence[INextable], last_added: IChainable) -> Chain:
        """A chain with explicit start and end states."""
        return Chain(start_state, end_states, last_added)

    def next(self, next: IChainable) -> Chain:
        """Continue the chain with ``next`` after each end state."""
        if not self.end_states:
            raise UnscopedValidationError(
                f"Cannot add to chain: last state in chain ({self._last_added.id}) does not allow it"
            )
        for end_state in self.end_states:
            end_state.next(next)
        return Chain(self.start_state, next.end_states, next)

    def to_single_state(
        self,
        id: str,
        *,
        arguments: Mapping[str, Any] | None = None,
        parameters: Mapping[str, object] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> Parallel:
        """Wrap the chain in a Parallel state with one branch (so it can have retries and catchers)."""
        from l2.stepfunctions._states import Parallel

        return Parallel(
            self.start_state, id, arguments=arguments, parameters=parameters, result_path=result_path,
            result_selector=result_selector, comment=comment, query_language=query_language, state_name=state_name,
            assign=assign, input_path=input_path, output_path=output_path, outputs=outputs,
        ).branch(self)


class StateMachineFragment(Construct):
    """A reusable piece of a state machine: a construct that holds states, with a start and end states.

    Subclasses set ``start_state`` and ``end_states``.
    """

    start_state: State
    end_states: list[INextable]

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)

    @property
    def id(self) -> str:
        """The construct id."""
        return self.node.id

    def prefix_states(self, prefix: str | None = None) -> StateMachineFragment:
        """Prefix the names of the fragment's states (default ``"<id>: "``)."""
        State.prefix_states(self, prefix or f"{self.id}: ")
        return self

    def to_single_state(
        self,
        *,
        prefix_states: str | None = None,
        state_id: str | None = None,
        arguments: Mapping[str, Any] | None = None,
        parameters: Mapping[str, object] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> Parallel:
        """Wrap the fragment in a Parallel state with one branch, its states prefixed."""
        from l2.stepfunctions._states import Parallel

        sid = state_id or self.id
        self.prefix_states(prefix_states or f"{sid}: ")
        return Parallel(
            self, sid, arguments=arguments, parameters=parameters, result_path=result_path,
            result_selector=result_selector, comment=comment, query_language=query_language, state_name=state_name,
            assign=assign, input_path=input_path, output_path=output_path, outputs=outputs,
        ).branch(self)

    def next(self, next: IChainable) -> Chain:
        """Continue with ``next`` after the fragment's end states."""
        return Chain.start(self).next(next)
