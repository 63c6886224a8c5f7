"""Churn scoring: load the model, validate requests, score customers."""
