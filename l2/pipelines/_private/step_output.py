"""``StepOutput``: a token standing for an output of a step, resolved once the engine has placed the step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Token, Tokenization, UnscopedValidationError

if TYPE_CHECKING:
    from l2.pipelines._step import Step

_PRODUCED = "_pycdk_pipelines_produced_outputs"


class StepOutput:
    """An output of ``step`` (for the engine named ``engine_name``), usable in strings as a token."""

    creation_stack: list[str] = []

    def __init__(self, step: Step, engine_name: str, engine_specific_information: Any) -> None:
        self.step = step
        self.engine_name = engine_name
        self.engine_specific_information = engine_specific_information
        self.resolution: Any = None

    @staticmethod
    def is_step_output(x: object) -> bool:
        return isinstance(x, StepOutput)

    @staticmethod
    def produced_step_outputs(step: Step) -> list[StepOutput]:
        return list(getattr(step, _PRODUCED, []))

    @staticmethod
    def record_producer(*outputs: StepOutput) -> None:
        for output in outputs:
            lst = getattr(output.step, _PRODUCED, None)
            if lst is None:
                lst = []
                setattr(output.step, _PRODUCED, lst)
            lst.extend(outputs)

    @staticmethod
    def find_all(structure: Any) -> list[StepOutput]:
        """The step outputs referenced anywhere in ``structure``."""
        found: list[StepOutput] = []

        def check(x: Any) -> None:
            if isinstance(x, StepOutput) and not any(f is x for f in found):
                found.append(x)

        def recurse(x: Any) -> None:
            if x is None:
                return
            if Tokenization.is_resolvable(x):
                check(x)
            elif isinstance(x, str):
                for t in Tokenization.reverse_string(x).tokens:
                    check(t)
            elif isinstance(x, list | tuple):
                for v in x:
                    recurse(v)
            elif isinstance(x, dict):
                for k, v in x.items():
                    recurse(k)
                    recurse(v)

        recurse(structure)
        return found

    def define_resolution(self, value: Any) -> None:
        self.resolution = value

    def resolve(self, context: Any) -> Any:
        if self.resolution is None:
            raise UnscopedValidationError(
                f"Output for step {self.step} not configured. Either the step is not in the pipeline, the step "
                "implementation did not call 'this.discoverReferencedOutputs()', or this engine does not support "
                "Outputs for this step.")
        return self.resolution

    def to_string(self) -> str:
        return Token.as_string(self)

    def __str__(self) -> str:
        return self.to_string()
