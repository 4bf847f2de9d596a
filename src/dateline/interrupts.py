"""How a run stops: SIGTERM stops it the way Ctrl-C does, and a stored batch is counted
before a stop takes effect (the closing line names exactly what the database holds)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_STOPPING_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _in_main_thread() -> bool:
    # Python installs signal handlers only from the main thread
    return threading.current_thread() is threading.main_thread()


@contextmanager
def sigterm_as_interrupt() -> Iterator[list[int]]:
    """SIGTERM stops a run the way Ctrl-C does (a clean stop, workers ended); yields a list
    that holds the signal once one came."""
    received: list[int] = []
    if not _in_main_thread():
        yield received
        return

    def interrupt(signum, frame):
        received.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield received
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends, then act on the first one as before.

    Why: a stop that lands between a batch's commit and the line counting it made the closing
    summary name fewer articles than were stored.
    """
    if not _in_main_thread():
        yield
        return
    pending: list[tuple[int, object]] = []

    def hold(signum, frame):
        pending.append((signum, frame))

    previous = {signum: signal.signal(signum, hold) for signum in _STOPPING_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if pending:
            signum, frame = pending[0]
            handler = previous[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler != signal.SIG_IGN:
                signal.raise_signal(signum)
