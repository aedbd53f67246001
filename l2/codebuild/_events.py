"""Fields of CodeBuild's EventBridge events, as tokens for a rule target's input."""

from __future__ import annotations


class _Field:
    def __init__(self, path: str) -> None:
        self._path = path

    def __get__(self, obj: object, owner: type) -> str:
        from l2.events import EventField

        return EventField.from_path(self._path)


class StateChangeEvent:
    """Fields of a "CodeBuild Build State Change" event."""

    build_id = _Field("$.detail.build-id")
    """The build id."""
    build_status = _Field("$.detail.build-status")
    """The build status (``IN_PROGRESS``, ``SUCCEEDED``, ...)."""
    current_phase = _Field("$.detail.current-phase")
    """The phase the build is in."""
    project_name = _Field("$.detail.project-name")
    """The project's name."""


class PhaseChangeEvent:
    """Fields of a "CodeBuild Build Phase Change" event."""

    build_complete = _Field("$.detail.build-complete")
    """Whether the build is complete."""
    build_id = _Field("$.detail.build-id")
    """The build id."""
    completed_phase = _Field("$.detail.completed-phase")
    """The phase that completed."""
    completed_phase_duration_seconds = _Field("$.detail.completed-phase-duration-seconds")
    """How long the completed phase took."""
    completed_phase_status = _Field("$.detail.completed-phase-status")
    """The completed phase's status."""
    project_name = _Field("$.detail.project-name")
    """The project's name."""
