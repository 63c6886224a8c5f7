from scorer.model import load_model


def test_the_model_loads_and_scores_a_customer_between_0_and_1():
    model = load_model()
    features = {name: 1.0 for name in model.features}
    assert 0.0 < model.predict_proba(features) < 1.0


def test_more_support_tickets_mean_a_higher_churn_risk():
    model = load_model()
    calm = {name: 10.0 for name in model.features} | {"support_tickets_90d": 0.0}
    angry = calm | {"support_tickets_90d": 5.0}
    assert model.predict_proba(angry) > model.predict_proba(calm)
