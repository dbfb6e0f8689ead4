"""Search as you type: a person's keys at once, the newest query's hits, scans still scans."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.views import SearchHit
from loyalty_pos.ui.search_worker import SearchWorker
from loyalty_pos.ui.sounds import REFUSED, TAKEN

PRODUCT = "5901234123457"


def _hit(member_id: int, name: str) -> SearchHit:
    return SearchHit(member_id, name, None, None, None, False)


class SlowReader:
    """A search on the worker's thread where "a" takes as long as the test says."""

    def __init__(self) -> None:
        self.release_a = threading.Event()
        self.started_a = threading.Event()
        self.closed = False
        self.interrupted = 0

    def __call__(self) -> SlowReader:
        return self

    def search(self, text: str) -> list[SearchHit]:
        if text == "a":
            self.started_a.set()
            self.release_a.wait(10)
        return [_hit(len(text), text)]

    def interrupt(self) -> None:
        self.interrupted += 1

    def close(self) -> None:
        self.closed = True


def test_a_slow_older_query_is_never_drawn(qtbot):
    reader = SlowReader()
    worker = SearchWorker(lambda text: [], reader, wait_ms=0)  # type: ignore[arg-type]
    drawn: list[list[SearchHit]] = []
    worker.found.connect(drawn.append)
    worker.ask("a")
    assert reader.started_a.wait(5)  # "a" is being searched on the thread
    worker.ask("ab")  # the cashier typed on
    assert reader.interrupted == 1  # "a" is told to stop
    reader.release_a.set()  # "a" answers now all the same, after "ab" was asked
    qtbot.waitUntil(lambda: drawn == [[_hit(2, "ab")]], timeout=5000)
    qtbot.wait(50)  # nothing else comes: the answer to "a" was dropped
    assert drawn == [[_hit(2, "ab")]]
    worker.stop()
    assert reader.closed


def test_an_empty_box_drops_the_answer_still_on_its_way(qtbot):
    reader = SlowReader()
    worker = SearchWorker(lambda text: [], reader, wait_ms=0)  # type: ignore[arg-type]
    drawn: list[list[SearchHit]] = []
    worker.found.connect(drawn.append)
    worker.ask("a")
    assert reader.started_a.wait(5)
    worker.ask("")  # Esc, or a scan opened a member: the box is empty
    reader.release_a.set()
    assert worker.settle(0.2)  # the empty list is the newest answer, drawn already
    qtbot.wait(50)
    assert drawn == [[]]
    worker.stop()


def test_a_person_s_key_is_in_the_search_box_at_once(qtbot, cashier, window, member):
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClick(window.search, "k")
    assert window.search.text() == "k"  # no timer has run: the key went straight in
    qtbot.keyClick(window.search, "o")
    assert window.search.text() == "ko"
    assert not window.scan_filter.parser.held or all(
        k.delivered for k in window.scan_filter.parser.held
    )
    qtbot.waitUntil(lambda: window.results.count() == 1, timeout=3000)
    assert window.results.hits[0].id == member.id


def test_a_fast_pair_then_typing_keeps_every_key_in_order(qtbot, window):
    """A fast typist's pair is held like a burst's start; the next key, after a pause,
    goes in at once after the pair, and taking it back later keeps the pair."""
    times = iter([10.0, 10.01, 10.5, 10.51])  # "ko" fast, a pause, "va" fast
    window.scan_filter.clock = lambda: next(times)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "ko")
    assert window.search.text() == ""  # held: might be the start of a scan
    qtbot.keyClick(window.search, "v")
    assert window.search.text() == "kov"  # the pair first, then the key at once
    qtbot.keyClick(window.search, "a")
    assert window.search.text() == "ko"  # a fast key again: "v" is taken back out
    window.scan_filter.flush()  # the pause after the last key
    assert window.search.text() == "kova"


def test_a_scanner_burst_in_the_search_box_is_taken_back_out_and_scanned(
    qtbot, cashier, window, member, services
):
    other = services.members.enroll(MemberInput("Kovács Péter", phone="+36 20 555 0101"))
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kovacs")
    assert window.search.text() == "kovacs"
    window.scan_filter.clock = lambda: 5000.0  # the scanner: every key at once
    code = other.card_number
    qtbot.keyClick(window.search, code[0])
    assert window.search.text() == "kovacs" + code[0]  # it might be the cashier's
    qtbot.keyClick(window.search, code[1])
    assert window.search.text() == "kovacs"  # a burst: the first key is taken back out
    qtbot.keyClicks(window.search, code[2:])
    assert window.search.text() == "kovacs"
    with qtbot.waitSignal(window.member_shown, timeout=2000) as shown:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert shown.args == [other.id]  # routed as a scan: the member opened
    assert window.sounds.player.played == [TAKEN]
    assert code not in window.search.text()


def test_a_refused_scan_in_the_search_box_leaves_what_was_typed(qtbot, cashier, window, member):
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kovacs")
    qtbot.waitUntil(lambda: window.results.count() == 1, timeout=3000)
    window.scan_filter.clock = lambda: 5000.0
    cashier.scan(window.search, PRODUCT)  # a product's barcode: no use at the counter
    assert window.sounds.player.played == [REFUSED]
    assert window.search.text() == "kovacs"
    qtbot.waitUntil(lambda: window.results.count() == 1, timeout=3000)
    assert window.results.hits[0].id == member.id  # the list follows the box again
    assert window.current_member is None


def test_exact_card_first_in_the_window_list(qtbot, cashier, window, member, services):
    for i in range(5):
        services.members.enroll(MemberInput(f"Kovács {i}"))
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, member.card_number)
    qtbot.waitUntil(lambda: window.results.count() == 1, timeout=3000)
    assert window.results.current_member_id() == member.id
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_member.id == member.id


def test_typing_then_enter_opens_the_hit_of_the_last_key(qtbot, cashier, window, member, services):
    services.members.enroll(MemberInput("Kovács Péter"))
    cashier.slow_typing(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "kovacs e")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # at once: Enter waits for the hits
    assert window.current_member is not None
    assert window.current_member.id == member.id


def test_a_newer_question_interrupts_a_real_search_in_progress(qtbot, services, member):
    """On the shop's file: a search made slow on purpose is interrupted by SQLite when
    the next key comes, and only the newest text's hits are drawn."""
    opened = services.members.search_reader()
    assert opened is not None
    started = threading.Event()

    def slow_reader():
        searcher = opened()
        conn = searcher.db.conn

        def crawl() -> int:
            started.set()
            return 0  # 0: go on (only an interrupt stops it)

        conn.set_progress_handler(crawl, 1)
        original = searcher.search

        def search(text: str) -> list[SearchHit]:
            if text == "k":
                conn.execute(  # a query that runs until interrupted
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                    "SELECT count(*) FROM n"
                ).fetchone()
            return original(text)

        searcher.search = search  # type: ignore[method-assign]
        return searcher

    worker = SearchWorker(services.members.search, slow_reader, wait_ms=0)
    drawn: list[list[SearchHit]] = []
    worker.found.connect(drawn.append)
    worker.ask("k")
    assert started.wait(5)
    worker.ask("kovacs")
    qtbot.waitUntil(lambda: len(drawn) == 1, timeout=5000)
    assert [h.id for h in drawn[0]] == [member.id]
    worker.stop()


def test_a_reader_that_cannot_open_leaves_search_on_the_counter_s_connection(
    qtbot, services, member
):
    def broken():
        raise OSError("no second connection")

    worker = SearchWorker(services.members.search, broken, wait_ms=0)
    drawn: list[list[SearchHit]] = []
    worker.found.connect(drawn.append)
    worker.ask("kovacs")
    qtbot.waitUntil(lambda: len(drawn) == 1, timeout=5000)
    assert [h.id for h in drawn[0]] == [member.id]
    worker.ask("eva")  # from now on on the caller's thread: drawn at once
    assert [h.id for h in drawn[1]] == [member.id]
