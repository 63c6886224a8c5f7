"""Loads the pre-trained churn model and scores one customer.

The model is a logistic regression whose coefficients are in model/model.json, so no machine
learning library is needed. You do not need to change this file.
"""
import json
import math
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Model:
    name: str
    version: str
    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def predict_proba(self, features: dict[str, float]) -> float:
        """Probability that the customer churns, from their features (every name in `self.features`)."""
        z = self.intercept + sum(c * features[name] for name, c in zip(self.features, self.coefficients))
        return 1.0 / (1.0 + math.exp(-z))


def load_model(path: str | Path = Path(__file__).parent.parent / "model" / "model.json") -> Model:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Model(
        name=data["name"],
        version=data["version"],
        features=tuple(data["features"]),
        coefficients=tuple(data["coefficients"]),
        intercept=data["intercept"],
        threshold=data["threshold"],
    )
