from omnisync.timing import Backoff


def test_backoff_grows_caps_and_jitters_within_half() -> None:
    low = Backoff(initial=1, maximum=10, random=lambda: 0.0)
    assert [low.next_delay() for _ in range(6)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]
    high = Backoff(initial=1, maximum=10, random=lambda: 1.0)
    assert [high.next_delay() for _ in range(5)] == [1.0, 2.0, 4.0, 8.0, 10.0]
    high.reset()
    assert high.next_delay() == 1.0


def test_real_jitter_spreads_clients() -> None:
    delays = {Backoff(initial=8).next_delay() for _ in range(20)}
    assert len(delays) > 1
    assert all(4 <= d <= 8 for d in delays)
