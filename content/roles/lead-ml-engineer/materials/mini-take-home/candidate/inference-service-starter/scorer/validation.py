"""Turns the body of a scoring request into the model's features.

A request body is a JSON object such as:

    {"customer_id": "C10412", "plan_price": 19.0, "support_tickets_90d": 2,
     "sessions_30d": 4, "sessions_90d": 31, "tenure_months": 14}

tests/test_validation.py says what `parse_request` must do. It fails until you write it.
"""

FEATURES = ("plan_price", "support_tickets_90d", "sessions_30d", "sessions_90d", "tenure_months")


class InvalidRequest(ValueError):
    """A request the service must refuse, with a message that names the field."""


def parse_request(body: dict) -> dict[str, float]:
    """The model's features from a request body, as floats; raises InvalidRequest when the body is unusable."""
    raise NotImplementedError("parse_request is yours to write")
