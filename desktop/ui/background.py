"""Running one blocking start-up step off the GUI thread while the splash screen stays alive.

Opening (and on a first start, creating) the database and filling it with
demonstration data take seconds; done on the GUI thread, the splash would
freeze and the desktop would call Escale unresponsive. This is for start-up
only: work started from the window needs progress and a cancel button, which
this helper does not offer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

T = TypeVar("T")


class _Finished(QObject):
    finished = Signal()


def run_while_waiting(work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread, processing GUI events until it returns.

    Returns:
        What ``work`` returned; what it raised is raised here, on the GUI thread.
    """
    finished = _Finished()
    loop = QEventLoop()
    finished.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as error:
            failure.append(error)
        finally:
            finished.finished.emit()

    thread = threading.Thread(target=target, name="escale-start-up", daemon=True)
    thread.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]
