"""The flow states: ``Pass``, ``Wait``, ``Succeed``, ``Fail``, ``Choice``, ``Parallel`` and ``CustomState``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from constructs import Annotations, Construct, Duration, Token, UnscopedValidationError
from l2.stepfunctions._fields import FieldUtils
from l2.stepfunctions._state import Chain, IChainable, INextable, State, StateGraph, render_json_path
from l2.stepfunctions._types import JitterType, QueryLanguage, Result, WaitTime

if TYPE_CHECKING:
    from l2.stepfunctions._condition import Condition

_S = TypeVar("_S", bound="RetryCatchMixin")


class RetryCatchMixin:
    """``add_retry`` and ``add_catch`` for the states that support them (Parallel, Map, tasks, custom)."""

    def add_retry(
        self: _S,
        *,
        backoff_rate: int | float | None = None,
        errors: Sequence[str] | None = None,
        interval: Duration | None = None,
        jitter_strategy: JitterType | None = None,
        max_attempts: int | float | None = None,
        max_delay: Duration | None = None,
    ) -> _S:
        """Retry the state on ``errors`` (default ``States.ALL``).

        Args:
            backoff_rate: how much longer each wait gets (default 2).
            errors: the errors to retry (default all).
            interval: the first wait (default 1 second).
            jitter_strategy: randomize the waits (default none).
            max_attempts: how many retries (default 3).
            max_delay: the longest wait (default none).
        """
        from l2.stepfunctions._props import RetryProps

        State._add_retry(self, RetryProps(  # type: ignore[arg-type]
            backoff_rate=backoff_rate, errors=errors, interval=interval, jitter_strategy=jitter_strategy,
            max_attempts=max_attempts, max_delay=max_delay,
        ))
        return self

    def add_catch(
        self: _S,
        handler: IChainable,
        *,
        assign: Mapping[str, object] | None = None,
        errors: Sequence[str] | None = None,
        outputs: object = None,
        result_path: str | None = None,
    ) -> _S:
        """Go to ``handler`` on ``errors`` (default ``States.ALL``).

        Args:
            handler: the state to go to.
            assign: workflow variables to set.
            errors: the errors to catch (default all).
            outputs: the output (JSONata).
            result_path: where the error goes in the input (JSONPath; default ``$``).
        """
        from l2.stepfunctions._props import CatchProps

        State._add_catch(self, handler.start_state,  # type: ignore[arg-type]
                         CatchProps(assign=assign, errors=errors, outputs=outputs, result_path=result_path))
        return self


class _NextMixin:
    def next(self, next: IChainable) -> Chain:
        """Go on to ``next`` after this state."""
        State._make_next(self, next.start_state)  # type: ignore[arg-type]
        return Chain.sequence(self, next)  # type: ignore[arg-type]


class Pass(_NextMixin, State):
    """A state that passes its input to its output, optionally with a fixed result or new parameters.

    Args:
        parameters: the input, reshaped (JSONPath).
        result: a fixed result.
        result_path: where the result goes in the input (JSONPath; default ``$``).
        (the other keywords are those of ``State``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        result: Result | None = None,
        result_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, parameters=parameters, result_path=result_path, comment=comment,
                         query_language=query_language, state_name=state_name, assign=assign,
                         input_path=input_path, output_path=output_path, outputs=outputs)
        self.result = result
        self._end_states = [self]

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        result: Result | None = None,
        result_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Pass:
        """A Pass state written in JSONPath."""
        return Pass(scope, id, parameters=parameters, result=result, result_path=result_path, comment=comment,
                    query_language=query_language, state_name=state_name, assign=assign, input_path=input_path,
                    output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> Pass:
        """A Pass state written in JSONata."""
        return Pass(scope, id, comment=comment, state_name=state_name, assign=assign, outputs=outputs,
                    query_language=QueryLanguage.JSONATA)

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Pass"}
        out.update(self._render_query_language(top_level_query_language))
        out.update({
            "Comment": self._comment,
            "Result": self.result.value if self.result is not None else None,
            "ResultPath": render_json_path(self._result_path),
        })
        out.update(self._render_input_output())
        out.update(FieldUtils.render_object({"Parameters": self._parameters}) or {})
        out.update(self._render_next_end())
        out.update(self._render_assign(top_level_query_language))
        return out


class Wait(_NextMixin, State):
    """A state that waits for a duration or until a time.

    Args:
        time: how long, or until when.
        (the other keywords are those of ``State``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        time: WaitTime,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                         assign=assign, input_path=input_path, output_path=output_path, outputs=outputs)
        self.time = time
        self._end_states = [self]

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        time: WaitTime,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Wait:
        """A Wait state written in JSONPath."""
        return Wait(scope, id, time=time, comment=comment, query_language=query_language, state_name=state_name,
                    assign=assign, input_path=input_path, output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        time: WaitTime,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> Wait:
        """A Wait state written in JSONata."""
        return Wait(scope, id, time=time, comment=comment, state_name=state_name, assign=assign, outputs=outputs,
                    query_language=QueryLanguage.JSONATA)

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Wait"}
        out.update(self._render_query_language(top_level_query_language))
        out["Comment"] = self._comment
        out.update(self.time._json)
        out.update(self._render_input_output())
        out.update(self._render_next_end())
        out.update(self._render_assign(top_level_query_language))
        return out


class Succeed(State):
    """A state that ends the execution (or branch) successfully.

    The keywords are those of ``State``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                         input_path=input_path, output_path=output_path, outputs=outputs)
        self._end_states = []

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Succeed:
        """A Succeed state written in JSONPath."""
        return Succeed(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                       input_path=input_path, output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        outputs: object = None,
    ) -> Succeed:
        """A Succeed state written in JSONata."""
        return Succeed(scope, id, comment=comment, state_name=state_name, outputs=outputs,
                       query_language=QueryLanguage.JSONATA)

    def to_state_json(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Succeed"}
        out.update(self._render_query_language(query_language))
        out["Comment"] = self._comment
        out.update(self._render_input_output())
        return out


_FAIL_INTRINSICS = ["States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode",
                    "States.Base64Decode", "States.Hash", "States.UUID"]


class Fail(State):
    """A state that ends the execution with an error.

    Args:
        cause / cause_path: the cause (text, or a path or intrinsic function in JSONPath).
        error / error_path: the error name (text, or a path or intrinsic function in JSONPath).
        (the other keywords are those of ``State``)
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cause: str | None = None,
        cause_path: str | None = None,
        error: str | None = None,
        error_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, comment=comment, query_language=query_language, state_name=state_name)
        self.error = error
        self.error_path = error_path
        self.cause = cause
        self.cause_path = cause_path
        self._end_states = []

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        cause: str | None = None,
        cause_path: str | None = None,
        error: str | None = None,
        error_path: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
    ) -> Fail:
        """A Fail state written in JSONPath."""
        return Fail(scope, id, cause=cause, cause_path=cause_path, error=error, error_path=error_path,
                    comment=comment, query_language=query_language, state_name=state_name)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        cause: str | None = None,
        error: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
    ) -> Fail:
        """A Fail state written in JSONata."""
        return Fail(scope, id, cause=cause, error=error, comment=comment, state_name=state_name,
                    query_language=QueryLanguage.JSONATA)

    @staticmethod
    def _is_intrinsic(path: str | None) -> bool:
        return path is not None and not Token.is_unresolved(path) and not path.startswith("$")

    def to_state_json(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Fail"}
        out.update(self._render_query_language(query_language))
        out.update({
            "Comment": self._comment,
            "Error": self.error,
            "ErrorPath": self.error_path if self._is_intrinsic(self.error_path) else render_json_path(self.error_path),
            "Cause": self.cause,
            "CausePath": self.cause_path if self._is_intrinsic(self.cause_path) else render_json_path(self.cause_path),
        })
        return out

    def _validate_state(self) -> list[str]:
        errors = super()._validate_state()
        allowed = ", ".join(_FAIL_INTRINSICS)
        for name, value in (("errorPath", self.error_path), ("causePath", self.cause_path)):
            if value and self._is_intrinsic(value) and not any(value.startswith(a) for a in _FAIL_INTRINSICS):
                errors.append(f"You must specify a valid intrinsic function in {name}. Must be one of {allowed}")
        if self.error and self.error_path:
            errors.append("Fail state cannot have both error and errorPath")
        if self.cause and self.cause_path:
            errors.append("Fail state cannot have both cause and causePath")
        return errors


class Choice(State):
    """A state that picks the next state by rules (``when``), with a default (``otherwise``).

    The keywords are those of ``State``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        super().__init__(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                         assign=assign, input_path=input_path, output_path=output_path, outputs=outputs)
        self._end_states = []

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Choice:
        """A Choice state written in JSONPath."""
        return Choice(scope, id, comment=comment, query_language=query_language, state_name=state_name,
                      assign=assign, input_path=input_path, output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> Choice:
        """A Choice state written in JSONata."""
        return Choice(scope, id, comment=comment, state_name=state_name, assign=assign, outputs=outputs,
                      query_language=QueryLanguage.JSONATA)

    def when(self, condition: Condition, next: IChainable, *, comment: str | None = None, outputs: object = None,
             assign: Mapping[str, object] | None = None) -> Choice:
        """Go to ``next`` if ``condition`` holds (rules are tried in order)."""
        self._add_choice(condition, next.start_state, comment, outputs, assign)
        return self

    def otherwise(self, def_: IChainable) -> Choice:
        """Go to ``def_`` if no rule holds."""
        self._make_default(def_.start_state)
        return self

    def afterwards(self, *, include_error_handlers: bool | None = None,
                   include_otherwise: bool | None = None) -> Chain:
        """A chain whose end states are the ends of every branch (to continue after the choice)."""
        ends: list[INextable] = State.filter_nextables(
            State.find_reachable_end_states(self, include_error_handlers=include_error_handlers)
        )
        if include_otherwise and self._default_choice is not None:
            raise UnscopedValidationError(
                f"'includeOtherwise' set but Choice state {self.state_id} already has an 'otherwise' transition"
            )
        if include_otherwise:
            ends.append(_DefaultAsNext(self))
        return Chain.custom(self, ends, self)

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Choice"}
        out.update(self._render_query_language(top_level_query_language))
        out["Comment"] = self._comment
        out.update(self._render_input_output())
        out.update(self._render_choices())
        out.update(self._render_assign(top_level_query_language))
        return out


class _DefaultAsNext:
    def __init__(self, choice: Choice) -> None:
        self._choice = choice

    def next(self, state: IChainable) -> Chain:
        self._choice.otherwise(state)
        return Chain.sequence(self._choice, state)


class Parallel(RetryCatchMixin, _NextMixin, State):
    """A state that runs branches in parallel (``branch``); its result is the list of their outputs.

    Args:
        arguments: the branches' input (JSONata).
        parameters / result_path / result_selector: input and result handling (JSONPath).
        (the other keywords are those of ``State``)
    """

    def __init__(
        self,
        scope: Construct,
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
    ) -> None:
        super().__init__(scope, id, arguments=arguments, parameters=parameters, result_path=result_path,
                         result_selector=result_selector, comment=comment, query_language=query_language,
                         state_name=state_name, assign=assign, input_path=input_path, output_path=output_path,
                         outputs=outputs)
        self._end_states = [self]
        self._pending_branches: list[IChainable] = []

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        parameters: Mapping[str, object] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> Parallel:
        """A Parallel state written in JSONPath."""
        return Parallel(scope, id, parameters=parameters, result_path=result_path, result_selector=result_selector,
                        comment=comment, query_language=query_language, state_name=state_name, assign=assign,
                        input_path=input_path, output_path=output_path)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        arguments: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> Parallel:
        """A Parallel state written in JSONata."""
        return Parallel(scope, id, arguments=arguments, comment=comment, state_name=state_name, assign=assign,
                        outputs=outputs, query_language=QueryLanguage.JSONATA)

    def branch(self, *branches: IChainable) -> Parallel:
        """Add branches to run in parallel."""
        self._pending_branches.extend(branches)
        return self

    def bind_to_graph(self, graph: StateGraph) -> None:
        """Turn the branches into graphs, then register the state in ``graph``."""
        for b in self._pending_branches:
            name = f"Parallel '{self.state_id}' branch {len(self._branches) + 1}"
            self._add_branch(StateGraph(b.start_state, name))
        self._pending_branches.clear()
        super().bind_to_graph(graph)

    def to_state_json(self, top_level_query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition."""
        out: dict[str, Any] = {"Type": "Parallel"}
        out.update(self._render_query_language(top_level_query_language))
        out.update({"Comment": self._comment, "ResultPath": render_json_path(self._result_path)})
        out.update(self._render_next_end())
        out.update(self._render_input_output())
        out.update(self._render_retry_catch(top_level_query_language))
        out.update(self._render_branches())
        out.update(self._render_result_selector())
        if self._parameters is not None:
            out.update(FieldUtils.render_object({"Parameters": self._parameters}) or {})
        out.update(self._render_assign(top_level_query_language))
        return out

    def _validate_state(self) -> list[str]:
        return ["Parallel must have at least one branch"] if not self._branches else []


class CustomState(RetryCatchMixin, _NextMixin, State):
    """A state given as Amazon States Language JSON (for features the library does not model).

    Args:
        state_json: the state's definition (``Next``/``End`` are added).
    """

    def __init__(self, scope: Construct, id: str, *, state_json: Mapping[str, Any]) -> None:
        super().__init__(scope, id)
        self._end_states = [self]
        self.state_json = state_json

    def to_state_json(self, query_language: QueryLanguage | None = None) -> Mapping[str, object]:
        """The state's definition: the given JSON with the transitions, retries and catchers."""
        state: dict[str, Any] = {}
        state.update(self._render_query_language(query_language))
        state.update(self._render_next_end())
        state.update(self.state_json)
        state.update(self._render_retry_catch())
        own_retry = self.state_json.get("Retry")
        own_catch = self.state_json.get("Catch")
        if isinstance(state.get("Retry"), list) and isinstance(own_retry, list) and state["Retry"] and own_retry:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions:multipleRetrySources",
                "\n".join([
                    "CustomState constructs can configure state retries using the stateJson property or by using "
                    "the addRetry() function.",
                    "When retries are configured using both of these, the state definition's Retry field is "
                    "generated ",
                    "by first rendering retries from addRetry(), then rendering retries from the stateJson.",
                ]),
            )
        if isinstance(state.get("Catch"), list) and isinstance(own_catch, list) and state["Catch"] and own_catch:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions:multipleCatchSources",
                "\n".join([
                    "CustomState constructs can configure state catchers using the stateJson property or by using "
                    "the addCatch() function.",
                    "When catchers are configured using both of these, the state definition's Catch field is "
                    "generated ",
                    "by first rendering catchers from addCatch(), then rendering catchers from the stateJson.",
                ]),
            )
        if isinstance(own_retry, list):
            state["Retry"] = [*state["Retry"], *own_retry] if isinstance(state.get("Retry"), list) else [*own_retry]
        if isinstance(own_catch, list):
            state["Catch"] = [*state["Catch"], *own_catch] if isinstance(state.get("Catch"), list) else [*own_catch]
        return state
