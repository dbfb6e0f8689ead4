"""Each dashboard figure's name and definition: the tooltips, same words as
``docs/metrics.md``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Metrics"


def QT_TR_NOOP(text: str) -> str:
    return text


# key: (label, definition, kind) — kind: count, money, rate, score
DEFINITIONS: dict[str, tuple[str, str, str]] = {
    "visits": (
        QT_TR_NOOP("Visits"),
        QT_TR_NOOP(
            "Confirmed member visits in the period. Voided visits and visits refunded in "
            "full do not count."
        ),
        "count",
    ),
    "sales": (
        QT_TR_NOOP("Sales"),
        QT_TR_NOOP(
            "Amounts charged to members in the period, after discounts, less what was "
            "refunded on those visits (a refund counts in the period of its visit)."
        ),
        "money",
    ),
    "average_spend": (
        QT_TR_NOOP("Average spend"),
        QT_TR_NOOP("Sales ÷ visits."),
        "money",
    ),
    "active_members": (
        QT_TR_NOOP("Active members"),
        QT_TR_NOOP(
            "Members with at least one visit in the period, whenever they enrolled "
            "(imported visits count too)."
        ),
        "count",
    ),
    "new_members": (
        QT_TR_NOOP("New members"),
        QT_TR_NOOP("Members enrolled in the period."),
        "count",
    ),
    "sales_per_customer": (
        QT_TR_NOOP("Sales per customer"),
        QT_TR_NOOP("Sales ÷ active members."),
        "money",
    ),
    "repurchase_rate": (
        QT_TR_NOOP("Repurchase rate"),
        QT_TR_NOOP("Members with two or more visits in the period ÷ active members."),
        "rate",
    ),
    "retention_rate": (
        QT_TR_NOOP("Retention rate"),
        QT_TR_NOOP(
            "Of the members active in the previous period of the same length, the share "
            "active again in this one."
        ),
        "rate",
    ),
    "churn_rate": (
        QT_TR_NOOP("Churn rate"),
        QT_TR_NOOP("1 − retention rate."),
        "rate",
    ),
    "nps": (
        QT_TR_NOOP("NPS"),
        QT_TR_NOOP(
            "Net promoter score: % of scores 9–10 minus % of scores 0–6 over the feedback "
            "given in the period, rounded to a whole number (−100 to 100)."
        ),
        "score",
    ),
    "upsell_rate": (
        QT_TR_NOOP("Upsell rate"),
        QT_TR_NOOP(
            "Share of active members who bought items of more than one category in the "
            "period (needs items rung up at checkout)."
        ),
        "rate",
    ),
    "clv": (
        QT_TR_NOOP("Customer lifetime value"),
        QT_TR_NOOP(
            "Estimate: sales per customer in the period × expected number of periods a "
            "member stays (1 ÷ churn rate), at most 5 years' worth."
        ),
        "money",
    ),
    "engagement": (
        QT_TR_NOOP("Engagement index"),
        QT_TR_NOOP(
            "0–100: the mean of reach (active members ÷ the members enrolled by the end of "
            "the period and those active in it who enrolled later), repurchase rate and "
            "retention rate."
        ),
        "score",
    ),
    "rewards_issued": (
        QT_TR_NOOP("Rewards issued"),
        QT_TR_NOOP("Punch cards completed in the period (visits not voided)."),
        "count",
    ),
    "rewards_redeemed": (
        QT_TR_NOOP("Rewards redeemed"),
        QT_TR_NOOP("Rewards given to members in the period: punch-card and points rewards."),
        "count",
    ),
    "redemption_rate": (
        QT_TR_NOOP("Redemption rate"),
        QT_TR_NOOP(
            "Rewards redeemed ÷ rewards issued in the period; above 100 % when older "
            "rewards were redeemed."
        ),
        "rate",
    ),
    "completion_rate": (
        QT_TR_NOOP("Punch-card completion"),
        QT_TR_NOOP("Share of active members who completed at least one punch card."),
        "rate",
    ),
    "liability": (
        QT_TR_NOOP("Outstanding liability"),
        QT_TR_NOOP(
            "What members could claim today, in money: points (at the value of the most "
            "generous reward per point), store credit, prepaid pass uses, gift-card "
            "balances and ready punch-card rewards that are a fixed amount off. Free-item "
            "and percent rewards are counted but have no money value."
        ),
        "money",
    ),
}


def label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, DEFINITIONS[key][0])


def definition(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, DEFINITIONS[key][1])
