import pytest

from scorer.validation import FEATURES, InvalidRequest, parse_request

VALID = {"customer_id": "C10412", "plan_price": 19.0, "support_tickets_90d": 2, "sessions_30d": 4, "sessions_90d": 31, "tenure_months": 14}


def test_a_valid_request_gives_every_feature_as_a_float():
    features = parse_request(VALID)
    assert set(features) == set(FEATURES)
    assert all(isinstance(value, float) for value in features.values())
    assert features["support_tickets_90d"] == 2.0


@pytest.mark.parametrize("field", FEATURES)
def test_a_missing_feature_is_refused_with_its_name(field):
    body = {k: v for k, v in VALID.items() if k != field}
    with pytest.raises(InvalidRequest, match=field):
        parse_request(body)


@pytest.mark.parametrize("value", ["19", None, True, [19]])
def test_a_feature_that_is_not_a_number_is_refused(value):
    with pytest.raises(InvalidRequest, match="plan_price"):
        parse_request(VALID | {"plan_price": value})


def test_negative_counts_are_refused():
    with pytest.raises(InvalidRequest, match="sessions_30d"):
        parse_request(VALID | {"sessions_30d": -1})


def test_more_sessions_in_30_days_than_in_90_is_refused():
    with pytest.raises(InvalidRequest, match="sessions_30d"):
        parse_request(VALID | {"sessions_30d": 40, "sessions_90d": 31})
