"""Value types: Duration, Size, Expiration, TimeZone, Names and Arn helpers (aws-cdk-lib semantics)."""

from __future__ import annotations

import datetime as dt

import pytest

from constructs import (
    App,
    Arn,
    ArnComponents,
    ArnFormat,
    CfnParameter,
    Duration,
    Expiration,
    Names,
    Size,
    SizeRoundingBehavior,
    Stack,
    TimeZone,
    Token,
)

# -- Duration ---------------------------------------------------------------------------------------------


def test_duration_conversions() -> None:
    assert Duration.minutes(1).to_seconds() == 60
    assert Duration.seconds(60).to_minutes() == 1
    assert Duration.days(1).to_hours() == 24
    assert Duration.hours(2).to_milliseconds() == 7_200_000
    assert Duration.millis(1500).to_seconds(integral=False) == 1.5
    assert Duration.seconds(90).to_minutes(integral=False) == 1.5


def test_fails_lossy_duration_conversion() -> None:
    with pytest.raises(RuntimeError, match="'90 seconds' cannot be converted into a whole number of minutes."):
        Duration.seconds(90).to_minutes()


def test_fails_fractional_amount_in_its_own_unit() -> None:
    with pytest.raises(RuntimeError, match="1.5 must be a whole number of seconds."):
        Duration.seconds(1.5).to_seconds()
    assert Duration.seconds(1.5).to_seconds(integral=False) == 1.5


def test_fails_negative_duration() -> None:
    with pytest.raises(RuntimeError, match="Duration amounts cannot be negative. Received: -1"):
        Duration.seconds(-1)


@pytest.mark.parametrize(
    ("duration", "iso"),
    [
        (Duration.seconds(0), "PT0S"),
        (Duration.minutes(5), "PT5M"),
        (Duration.minutes(90), "PT1H30M"),
        (Duration.days(1), "P1D"),
        (Duration.hours(25), "P1DT1H"),
        (Duration.millis(1500), "PT1.5S"),
    ],
)
def test_duration_iso_string(duration: Duration, iso: str) -> None:
    assert duration.to_iso_string() == iso


def test_duration_parse() -> None:
    assert Duration.parse("PT5M").to_seconds() == 300
    assert Duration.parse("P1DT1H").to_hours() == 25
    with pytest.raises(RuntimeError):
        Duration.parse("5 minutes")


@pytest.mark.parametrize(
    ("duration", "human"),
    [
        (Duration.minutes(5), "5 minutes"),
        (Duration.seconds(1), "1 second"),
        (Duration.minutes(90), "1 hour 30 minutes"),
        (Duration.seconds(3661), "1 hour 1 minute"),
        (Duration.seconds(0), "0 seconds"),
    ],
)
def test_duration_human_string(duration: Duration, human: str) -> None:
    assert duration.to_human_string() == human


def test_duration_plus_uses_the_finest_unit() -> None:
    total = Duration.minutes(1).plus(Duration.seconds(30))
    assert total.to_seconds() == 90
    assert total.unit_label() == "seconds"
    assert repr(total) == "Duration.seconds(90)"


def test_duration_labels_and_token_number() -> None:
    d = Duration.minutes(5)
    assert d.unit_label() == "minutes"
    assert repr(d) == "Duration.minutes(5)"
    assert d.format_token_to_number() == "5 minutes"
    assert not d.is_unresolved()


def test_duration_of_a_token_converts_only_to_its_own_unit(stack: Stack) -> None:
    seconds = CfnParameter(stack, "Seconds", type="Number").value_as_number
    d = Duration.seconds(seconds)
    assert d.is_unresolved()
    assert stack.resolve(d.to_seconds()) == {"Ref": "Seconds"}
    with pytest.raises(RuntimeError, match="Duration must be specified as 'Duration.minutes\\(\\)' here"):
        d.to_minutes()


# -- Size -------------------------------------------------------------------------------------------------


def test_size_conversions() -> None:
    assert Size.mebibytes(1).to_kibibytes() == 1024
    assert Size.gibibytes(1).to_mebibytes() == 1024
    assert Size.kibibytes(1).to_bytes() == 1024
    assert Size.tebibytes(1).to_gibibytes() == 1024
    assert Size.pebibytes(1).to_tebibytes() == 1024


def test_size_rounding() -> None:
    assert Size.kibibytes(1536).to_mebibytes(rounding=SizeRoundingBehavior.FLOOR) == 1
    assert Size.kibibytes(1536).to_mebibytes(rounding=SizeRoundingBehavior.NONE) == 1.5
    with pytest.raises(RuntimeError):
        Size.kibibytes(1536).to_mebibytes()


def test_size_of_a_token(stack: Stack) -> None:
    mib = CfnParameter(stack, "Mib", type="Number").value_as_number
    assert Size.mebibytes(mib).is_unresolved()
    assert stack.resolve(Size.mebibytes(mib).to_mebibytes()) == {"Ref": "Mib"}
    with pytest.raises(RuntimeError):
        Size.mebibytes(mib).to_kibibytes()


# -- Expiration and TimeZone --------------------------------------------------------------------------------


def test_expiration_epoch() -> None:
    assert Expiration.at_date(dt.datetime(2030, 1, 1, tzinfo=dt.UTC)).to_epoch() == 1893456000
    assert Expiration.at_timestamp(1893456000000).to_epoch() == 1893456000


def test_expiration_relative_checks() -> None:
    soon = Expiration.after(Duration.days(1))
    assert soon.is_before(Duration.days(2))
    assert soon.is_after(Duration.hours(1))
    assert not soon.is_before(Duration.hours(1))


def test_time_zone() -> None:
    assert TimeZone.of("Europe/London").timezone_name == "Europe/London"
    assert TimeZone.EUROPE_LONDON.timezone_name == "Europe/London"
    assert TimeZone.AMERICA_NEW_YORK.timezone_name == "America/New_York"
    assert TimeZone.ETC_UTC.timezone_name == "Etc/UTC"


# -- Names ------------------------------------------------------------------------------------------------


def test_names_stack_relative_path() -> None:
    from constructs import Construct

    app = App()
    s = Stack(app, "S")
    c = Construct(Construct(s, "A"), "B")
    assert Names.stack_relative_construct_path(c) == "A/B"


def test_names_unique_id_is_alphanumeric_and_hashed_for_deep_paths() -> None:
    from constructs import Construct

    app = App()
    c = Construct(Construct(Stack(app, "S"), "With-Dash"), "Child")
    uid = Names.unique_id(c)
    assert uid.isalnum()
    assert uid.startswith("SWithDashChild")
    assert len(uid) == len("SWithDashChild") + 8


# -- Arn --------------------------------------------------------------------------------------------------


def test_arn_format_without_a_stack_needs_every_component() -> None:
    arn = Arn.format(ArnComponents(service="sns", resource="topic", partition="aws", region="r", account="1"))
    assert arn == "arn:aws:sns:r:1:topic"
    with pytest.raises(RuntimeError):
        Arn.format(ArnComponents(service="sns", resource="topic"))


def test_arn_format_with_a_stack(stack: Stack) -> None:
    arn = Arn.format(ArnComponents(service="sqs", resource="q", resource_name="n"), stack)
    assert Token.is_unresolved(arn)
    assert stack.resolve(arn)["Fn::Join"][1][-1] == ":q/n"


def test_arn_split_and_extract_resource_name() -> None:
    c = Arn.split("arn:aws:iam::123456789012:role/MyRole", ArnFormat.SLASH_RESOURCE_NAME)
    assert (c.service, c.region, c.account, c.resource, c.resource_name) == (
        "iam", "", "123456789012", "role", "MyRole"
    )
    assert Arn.extract_resource_name("arn:aws:iam::123456789012:role/MyRole", "role") == "MyRole"
    with pytest.raises(RuntimeError):
        Arn.extract_resource_name("arn:aws:iam::123456789012:role/MyRole", "user")
