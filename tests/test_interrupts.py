"""Stops held for a moment: the block finishes, then the stop takes effect as it would have."""

import signal
import threading

import pytest

from dateline.interrupts import interrupts_deferred, sigterm_as_interrupt



@pytest.fixture(autouse=True)
def signals_as_a_terminal_leaves_them():
    """Ctrl-C and SIGTERM at their defaults and unblocked, whatever a test run before this one
    in the same worker process left (one full run found Ctrl-C held there), then put back."""
    handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    yield
    for signum, handler in handlers.items():
        signal.signal(signum, handler)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _signal_self(signum: int) -> None:
    """Send the signal to this (the main) thread: a signal sent to the process may be taken by
    another thread, and then lands after the block has ended."""
    signal.pthread_kill(threading.main_thread().ident, signum)


def test_ctrl_c_inside_the_block_waits_for_its_end():
    finished = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts_deferred():
            _signal_self(signal.SIGINT)
            finished.append("after the signal")
    assert finished == ["after the signal"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_sigterm_held_then_stops_the_run_as_ctrl_c_does():
    finished = []
    with sigterm_as_interrupt() as received, pytest.raises(KeyboardInterrupt):
        with interrupts_deferred():
            _signal_self(signal.SIGTERM)
            finished.append("after the signal")
    assert finished == ["after the signal"] and received == [signal.SIGTERM]


def test_a_quiet_block_changes_nothing():
    before = signal.getsignal(signal.SIGINT)
    with interrupts_deferred():
        pass
    assert signal.getsignal(signal.SIGINT) is before
