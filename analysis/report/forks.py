"""Kernels forked from a process that has already imported what they need.

A kernel takes about two seconds of CPU to start: Python, ipykernel, then pandas,
matplotlib and the package its notebook imports. The build runs one kernel per
notebook, so it would pay that once per notebook. Instead, on Linux, one process
(this file, run as a script: :func:`serve`) imports ipykernel and what every
notebook imports, then forks one child per kernel, which starts ``IPKernelApp``
with its connection file exactly as ``python -m ipykernel_launcher`` would. Each
notebook still gets a process of its own, with a fresh namespace; what it shares
with the others is only modules it would import anyway, already imported.

The fork happens before any thread, event loop or ZeroMQ context exists in the
serving process. :class:`KernelForks` is the build's side of it and
:func:`fork_provisioner` the ``jupyter_client`` provisioner that asks it for a
kernel: jupyter_client then talks to, interrupts and kills the kernel as it would
any other (the child leads a process group of its own). A kernel that cannot be
forked (another interpreter, another folder, the server gone) is launched the
usual way.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    del sys.path[0]  # this folder, put first for a script; ipykernel_launcher does the same

import asyncio
import contextlib
import itertools
import json
import os
import select
import signal
import socket
import subprocess
import threading
from functools import lru_cache
from pathlib import Path

FORK_TIMEOUT = 600  # seconds a kernel may wait for the server (it imports first)


def _preload(names: list[str]) -> None:
    """Import each name: a module, or (``from a import b``) a name in one. What fails
    here fails again, with its error, in the notebook that imports it."""
    from importlib import import_module

    for name in names:
        try:
            try:
                import_module(name)
            except ImportError:
                module, _, attr = name.rpartition(".")
                if module:
                    getattr(import_module(module), attr)
        except Exception:  # noqa: BLE001, S110 - left for the notebook's own cell
            pass


def _become_kernel(request: dict, log_fd: int | None) -> None:
    """In a forked child: set up the process as the kernel's launch would, then run the kernel."""
    from importlib.util import find_spec

    from ipykernel import kernelapp

    if request["niceness"]:
        with contextlib.suppress(OSError):
            os.nice(request["niceness"])
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    if log_fd is not None:
        os.dup2(log_fd, 2)
        os.close(log_fd)
    sys.argv = [find_spec("ipykernel_launcher").origin, *request["args"]]
    # The kernel stops when this server does (as a launched one stops with the build).
    kernelapp.launch_new_instance(argv=[*request["args"], f"--IPKernelApp.parent_handle={os.getppid()}"])


def _fork(request: dict, fds: list[int], close: list) -> int:
    """Fork a kernel; return once the child leads a process group of its own."""
    ready_r, ready_w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setsid()
            os.close(ready_w)
            os.close(ready_r)
            signal.set_wakeup_fd(-1)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            for c in close:
                c.close() if hasattr(c, "close") else os.close(c)
            _become_kernel(request, fds[0] if fds else None)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        except BaseException:  # noqa: BLE001 - reported in the kernel's log
            import traceback

            traceback.print_exc()
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    os.close(ready_w)
    os.read(ready_r, 1)  # end of file once the child has called setsid (or died)
    os.close(ready_r)
    return pid


def serve(fd: int, names: list[str]) -> None:
    """The serving process: import, then fork a kernel per request until the build
    closes its end of the socket ``fd``; then kill and reap the kernels left.

    Requests are one JSON message each, with the kernel's stderr as an attached file
    descriptor; answers are ``started <request id> <pid>`` and, when a kernel ends,
    ``exited <pid> <code>``.
    """
    # What ipykernel sets before a notebook can import matplotlib (IPKernelApp.init_gui_pylab),
    # and where IPython's InteractiveShellApp.init_path puts the working folder: before site-packages.
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    if "" not in sys.path:
        at = next((i for i, p in enumerate(sys.path)
                   if os.path.basename(p) in ("site-packages", "dist-packages")), 0)
        sys.path.insert(at, "")
    import ipykernel.kernelapp  # noqa: F401 - what every kernel runs

    _preload(names)
    if threading.active_count() > 1:  # an import started a thread, which a fork would not copy
        return  # the build then launches its kernels (this socket closes with the process)
    sock = socket.socket(fileno=fd)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    children: set[int] = set()
    try:
        while True:
            ready, _, _ = select.select([sock, wake_r], [], [])
            if wake_r in ready:
                with contextlib.suppress(BlockingIOError):
                    while os.read(wake_r, 512):
                        pass
                for pid in list(children):
                    done, status = os.waitpid(pid, os.WNOHANG)
                    if done:
                        children.discard(pid)
                        sock.sendall(f"exited {pid} {os.waitstatus_to_exitcode(status)}".encode())
            if sock in ready:
                message, fds, _, _ = socket.recv_fds(sock, 1 << 20, 1)
                if not message:
                    break
                request = json.loads(message)
                try:
                    pid = _fork(request, fds, [sock, wake_r, wake_w])
                finally:
                    for f in fds:
                        os.close(f)
                children.add(pid)
                sock.sendall(f"started {request['id']} {pid}".encode())
    except (BrokenPipeError, ConnectionResetError):
        pass
    finally:
        for pid in children:
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
        for pid in children:  # reaped, so that their CPU time counts as the build's
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


class ForkError(Exception):
    """The server cannot fork a kernel (it is gone, or failed)."""


class ForkedProcess:
    """What jupyter_client's ``LocalProvisioner`` uses of a ``Popen``, for a forked kernel."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int, forks: KernelForks) -> None:
        self.pid, self._forks = pid, forks

    def poll(self) -> int | None:
        code = self._forks.exit_codes.get(self.pid)
        if code is None and self._forks.stopped:  # no one is left to say: see for ourselves
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                return -signal.SIGKILL
        return code

    def wait(self) -> int | None:  # called once poll() has answered
        return self.poll()

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


class KernelForks:
    """The build's side of the serving process: start it, ask it for kernels, stop it.

    Args:
        cwd: the notebooks' folder (a kernel for another folder is launched the usual way).
        env: the kernels' environment (the server's imports see it).
        names: what to import before forking (:func:`_preload`).
    """

    def __init__(self, cwd: str | Path, env: dict[str, str], names: tuple[str, ...] = ()) -> None:
        self.cwd = str(Path(cwd).resolve())
        self.exit_codes: dict[int, int] = {}
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._proc = subprocess.Popen(  # noqa: S603 - this interpreter, this file
                [sys.executable, __file__, str(theirs.fileno()), *names],
                pass_fds=(theirs.fileno(),), cwd=self.cwd, env=env, start_new_session=True,
                # Its kernels keep this process's stdout, as launched ones do, and write
                # their stderr to the file each asks for; what the imports say is not shown.
                stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        ours.setblocking(False)
        self._sock = ours
        self._asked: dict[int, asyncio.Future] = {}  # request id -> its kernel's pid
        self._answered = False
        self._numbers = itertools.count()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    @property
    def stopped(self) -> bool:
        """Whether the server is gone (or going): it forks no more kernels."""
        return self._reader.done()

    @staticmethod
    def available() -> bool:
        """Whether kernels can be forked here (Linux: elsewhere, forking a process that
        has imported numpy and matplotlib is not known to be safe)."""
        return sys.platform.startswith("linux") and hasattr(socket, "send_fds")

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while message := await loop.sock_recv(self._sock, 256):
                self._answered = True
                kind, *numbers = message.decode().split()
                if kind == "started":
                    asked = self._asked.pop(int(numbers[0]), None)
                    if asked is not None and not asked.done():
                        asked.set_result(int(numbers[1]))
                else:
                    self.exit_codes[int(numbers[0])] = int(numbers[1])
        except OSError:
            pass
        finally:  # the server is gone, and with it its kernels
            self._sock.close()
            for asked in self._asked.values():
                if not asked.done():
                    asked.set_exception(ForkError("the kernel server has stopped"))

    def can_fork(self, cmd: list[str], cwd: str | None) -> bool:
        """Whether ``cmd`` is an ipykernel launch with this interpreter, in the server's folder."""
        return (
            len(cmd) >= 3 and cmd[1:3] == ["-m", "ipykernel_launcher"]
            and os.path.realpath(cmd[0]) == os.path.realpath(sys.executable)
            and cwd is not None and str(Path(cwd).resolve()) == self.cwd
            and not self.stopped
        )

    async def fork(self, args: list[str], *, cwd: str, env: dict, stderr=None, niceness: int = 0) -> int:
        """Start a kernel as ``python -m ipykernel_launcher *args`` would; returns its pid.

        Raises:
            ForkError: the server is gone or did not answer.
        """
        if self.stopped:
            raise ForkError("the kernel server has stopped")
        number = next(self._numbers)
        request = json.dumps({"id": number, "args": args, "cwd": cwd, "env": dict(env), "niceness": niceness})
        fds = [stderr if isinstance(stderr, int) else stderr.fileno()] if stderr is not None else []
        self._asked[number] = answer = asyncio.get_running_loop().create_future()
        try:
            socket.send_fds(self._sock, [request.encode()], fds)
            return await asyncio.wait_for(answer, FORK_TIMEOUT)
        except (OSError, asyncio.TimeoutError) as exc:
            raise ForkError(f"the kernel server did not answer: {type(exc).__name__} {exc}") from None
        finally:
            self._asked.pop(number, None)

    async def close(self) -> None:
        """Stop the server (it kills the kernels still running) and wait for it."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        await asyncio.gather(self._reader, return_exceptions=True)
        if not self._answered:  # still importing: nothing of it is needed any more
            with contextlib.suppress(OSError):
                self._proc.kill()
        await asyncio.get_running_loop().run_in_executor(None, self._proc.wait)


@lru_cache(maxsize=1)
def _provisioner_class():
    from jupyter_client.provisioning import LocalProvisioner

    class ForkProvisioner(LocalProvisioner):
        """jupyter_client's local provisioner, launching the kernel from :class:`KernelForks`."""

        forks: KernelForks | None = None
        niceness = 0

        async def launch_kernel(self, cmd: list[str], **kwargs):
            cwd = kwargs.get("cwd")
            forks = self.forks
            extra = {k for k, v in kwargs.items() if v is not None} - {"env", "cwd", "stderr", "preexec_fn", "kernel_id", "extra_arguments"}
            if forks is not None and not extra and forks.can_fork(cmd, cwd):
                try:
                    pid = await forks.fork(cmd[3:], cwd=cwd, env=kwargs.get("env") or os.environ,
                                           stderr=kwargs.get("stderr"), niceness=self.niceness)
                except ForkError:
                    pass
                else:
                    self.process = ForkedProcess(pid, forks)
                    self.pid = self.pgid = pid  # the child called setsid()
                    self.cwd = cwd
                    return self.connection_info
            return await super().launch_kernel(cmd, **kwargs)

    return ForkProvisioner


def fork_provisioner(km, forks: KernelForks, niceness: int = 0):
    """A provisioner for ``km`` (set as ``km.provisioner`` before ``start_kernel``) that
    forks its kernel from ``forks``, at ``niceness`` (instead of a ``preexec_fn``)."""
    provisioner = _provisioner_class()(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)
    provisioner.forks, provisioner.niceness = forks, niceness
    return provisioner


if __name__ == "__main__":
    serve(int(sys.argv[1]), sys.argv[2:])
