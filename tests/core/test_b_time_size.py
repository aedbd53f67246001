"""TimeZone constants, Bitrate, and the string forms of Duration and Size, against aws-cdk-lib's values.

``b_time_size_expected.json`` was written by running the same calls through aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import constructs as cdk

EXPECTED = json.loads((pathlib.Path(__file__).parent / "b_time_size_expected.json").read_text())


def test_time_zone_has_every_constant_of_aws_cdk_lib_with_the_same_zone_name() -> None:
    ours = sorted([n, getattr(cdk.TimeZone, n).timezone_name] for n in dir(cdk.TimeZone) if n[0].isupper())
    assert ours == EXPECTED["timezones"]
    assert len(ours) == 352


def test_time_zone_constants_are_shared_instances_and_unknown_names_raise() -> None:
    assert cdk.TimeZone.EUROPE_LONDON is cdk.TimeZone.EUROPE_LONDON
    assert cdk.TimeZone.AMERICA_PORT_MINUS_AU_MINUS_PRINCE.timezone_name == "America/Port-au-Prince"
    assert cdk.TimeZone.of("Europe/Paris").timezone_name == "Europe/Paris"
    with pytest.raises(AttributeError):
        cdk.TimeZone.NOT_A_ZONE  # noqa: B018


@pytest.mark.parametrize("key", sorted(EXPECTED["bitrate"]))
def test_bitrate_conversions(key: str) -> None:
    calls = {
        "mbps10_bps": lambda: cdk.Bitrate.mbps(10).to_bps(),
        "kbps1.5_mbps": lambda: cdk.Bitrate.kbps(1.5).to_mbps(),
        "gbps3_kbps": lambda: cdk.Bitrate.gbps(3).to_kbps(),
        "bps1_gbps": lambda: cdk.Bitrate.bps(1).to_gbps(),
        "bps2500_kbps": lambda: cdk.Bitrate.bps(2500).to_kbps(),
    }
    assert calls[key]() == EXPECTED["bitrate"][key]


def test_bitrate_refuses_negative_amounts_and_converting_tokens() -> None:
    with pytest.raises(cdk.UnscopedValidationError, match="Bitrate amounts cannot be negative. Received: -1"):
        cdk.Bitrate.bps(-1)
    tok = cdk.Token.as_number({"Ref": "X"})
    rate = cdk.Bitrate.mbps(tok)
    assert rate.is_unresolved() and not cdk.Bitrate.mbps(1).is_unresolved()
    assert rate.to_mbps() == tok
    with pytest.raises(cdk.UnscopedValidationError, match=r"Bitrate must be specified as 'Bitrate.bps\(\)' here"):
        rate.to_bps()


@pytest.mark.parametrize("key", sorted(EXPECTED["size_human"]))
def test_size_to_human_string(key: str) -> None:
    unit, amount = key.split(":")
    size = getattr(cdk.Size, unit)(float(amount) if "." in amount else int(amount))
    expected = EXPECTED["size_human"][key]
    if expected.startswith("ERR: "):
        message = expected.split(": ", 2)[2]
        with pytest.raises(ValueError) as err:
            size.to_human_string()
        assert message in str(err.value)
    else:
        assert size.to_human_string() == expected


def test_size_to_human_string_of_a_token_keeps_the_token() -> None:
    tok = cdk.Token.as_number({"Ref": "X"})
    text = cdk.Size.gibibytes(tok).to_human_string()
    assert text.endswith(" GiB") and cdk.Token.is_unresolved(text)


@pytest.mark.parametrize(("cls", "table"), [(cdk.Size, "size_string"), (cdk.Duration, "duration_string")])
def test_to_string_names_the_factory(cls: type, table: str) -> None:
    for key, expected in EXPECTED[table].items():
        unit, amount = key.split(":")
        assert getattr(cls, unit)(float(amount) if "." in amount else int(amount)).to_string() == expected


def test_conversion_option_structs() -> None:
    assert cdk.TimeConversionOptions(integral=False).integral is False
    assert cdk.SizeConversionOptions(rounding=cdk.SizeRoundingBehavior.FLOOR).rounding is cdk.SizeRoundingBehavior.FLOOR
