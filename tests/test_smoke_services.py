from loyalty_pos.services import VisitLine


def test_stamp_and_complete(services, coffee, member):
    r = services.visits.record(member.id, [VisitLine(coffee.id, items=11)], "req-1")
    card = r.member.card_for("Coffee")
    assert (card.stamps, card.rewards_ready) == (1, 1)
