"""Find the numbered notebooks, inject their parameters and run them with nbclient."""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
import threading
from collections.abc import Coroutine
from contextlib import AbstractAsyncContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from nbformat import NotebookNode

    from analysis.report.forks import KernelForks

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
PARAMETERS_TAG = "parameters"
KERNEL_NICENESS = 5  # kernels yield the CPU to the build's start-up (see _yield_cpu)
INJECTED_TAG = "injected-parameters"
_NUMBERED = re.compile(r"\d\d_.+")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_LINE = re.compile(r"Cell In\[\d*\], line (\d+)")
_RULE = re.compile(r"-{20,}")
# ``import a.b, c`` / ``from a.b import c, d`` at the start of a code line.
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b(?:[ \t]*(\([^)]*\)|[^\n#]*))?"
    r"|import[ \t]+([\w., \t]+?)[ \t]*(?:#|$))", re.M)
#: What a module imports only on first use (analysis.charts draws with matplotlib, imported lazily).
LAZY_IMPORTS = {
    "analysis.charts": ("matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.backends.backend_svg"),
}
T = TypeVar("T")


class ReportError(Exception):
    """The report build cannot go on; the message says why."""


class NotebookError(ReportError):
    """A notebook failed to run: which one, where and how."""

    def __init__(self, notebook: str, where: str, error: str) -> None:
        super().__init__(notebook, where, error)
        self.notebook, self.where, self.error = notebook, where, error

    def __str__(self) -> str:
        return f"notebook {self.notebook} failed in {self.where}:\n{self.error}"


def find_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The numbered notebooks (``01_….py`` / ``.ipynb``) of a folder, in order.

    Args:
        folder: default the repository's ``notebooks/``.

    Returns:
        One path per notebook: the ``.py`` when there is one, else the ``.ipynb``.
    """
    folder = Path(folder) if folder is not None else NOTEBOOKS
    if not folder.is_dir():
        return []
    found: dict[str, Path] = {}
    for p in sorted(folder.iterdir()):
        numbered = p.suffix in (".py", ".ipynb") and _NUMBERED.fullmatch(p.stem) and p.is_file()
        if numbered and (p.suffix == ".py" or p.stem not in found):
            found[p.stem] = p
    return [found[k] for k in sorted(found)]


def notebook_source(path: str | Path) -> Path:
    """The file to build from: the ``.ipynb`` if it is at least as new as its
    paired ``.py``, else the ``.py`` (the source of truth).

    Args:
        path: either file of a jupytext pair.

    Returns:
        An existing file.

    Raises:
        ReportError: neither file exists.
    """
    path = Path(path)
    py, ipynb = path.with_suffix(".py"), path.with_suffix(".ipynb")
    if ipynb.is_file() and (not py.is_file() or ipynb.stat().st_mtime >= py.stat().st_mtime):
        return ipynb
    if py.is_file():
        return py
    raise ReportError(f"{path}: no such notebook (.py or .ipynb)")


def read_notebook(path: str | Path) -> NotebookNode:
    """Read a notebook from a ``.ipynb`` or a jupytext ``.py`` file.

    Raises:
        ReportError: the file cannot be read as a notebook.
    """
    import nbformat

    path = Path(path)
    try:
        if path.suffix == ".ipynb":
            return nbformat.read(path, as_version=4)
        import jupytext

        return jupytext.read(path)
    except Exception as exc:
        raise ReportError(f"{path}: cannot read this notebook: {exc}") from exc


LANGUAGE_TAG = "lang-{}"  # a Markdown cell written for readers of one language


def select_language(nb: NotebookNode, lang: str) -> NotebookNode:
    """``nb`` without the cells written for readers of another language.

    A notebook tells its prose twice, in cells tagged ``lang-ar`` and ``lang-en``;
    JupyterLab shows both, a report only its own.

    Args:
        nb: the notebook (not changed).
        lang: the report's language.

    Returns:
        A copy holding the untagged cells and those tagged ``lang-<lang>``.
    """
    import nbformat

    nb = nbformat.from_dict(nb)
    others = {LANGUAGE_TAG.format(x) for x in ("ar", "en") if x != lang}
    nb.cells = [c for c in nb.cells if not others & set(c.get("metadata", {}).get("tags", []))]
    return nb


def inject_parameters(nb: NotebookNode, params: dict) -> NotebookNode:
    """A copy of ``nb`` with a cell setting ``params`` after the ``parameters`` cell.

    Like papermill: the new cell is tagged ``injected-parameters``; without a
    ``parameters`` cell it goes first.

    Args:
        nb: the notebook.
        params: names → Python literals (``repr`` must round-trip).

    Returns:
        A new notebook; ``nb`` is not changed.
    """
    import nbformat

    nb = nbformat.from_dict(nb)  # deep copy
    nb.cells = [c for c in nb.cells if INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    source = "# Parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    at = next(
        (
            i + 1
            for i, c in enumerate(nb.cells)
            if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])
        ),
        0,
    )
    if nb.get("nbformat_minor", 5) < 5:
        cell.pop("id", None)  # cell ids came in nbformat 4.5
    nb.cells.insert(at, cell)
    return nb


def imported_modules(source: str | Path, *, names: bool = False) -> tuple[str, ...]:
    """The modules a notebook's code cells import, read from the file without running it.

    Args:
        source: a ``.ipynb`` or jupytext ``.py`` notebook.
        names: also each name of a ``from a import b`` (as ``a.b``: a module or a name in one).

    Returns:
        Dotted module names, in order of first import; empty if the file cannot be read.
    """
    import json

    source = Path(source)
    try:
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".ipynb":
            cells = json.loads(text).get("cells", [])
            text = "\n".join("".join(c.get("source", "")) if isinstance(c.get("source"), list)
                             else str(c.get("source", "")) for c in cells if c.get("cell_type") == "code")
    except (OSError, ValueError, AttributeError):
        return ()
    found: dict[str, None] = {}
    for m in _IMPORT.finditer(text):
        modules = [m.group(1)] if m.group(1) else [n.split()[0] for n in m.group(3).split(",") if n.strip()]
        if m.group(1) and names and m.group(2):
            modules += [f"{m.group(1)}.{n.split()[0]}" for n in m.group(2).strip("() \t").split(",")
                        if n.split() and n.split()[0] != "*"]
        for n in modules:
            if re.fullmatch(r"\w+(?:\.\w+)*", n) and not n.startswith("_"):
                found.update(dict.fromkeys((n, *LAZY_IMPORTS.get(n, ()))))
    return tuple(found)


def kernel_env() -> dict[str, str]:
    """The kernel's environment: this one, with the package importable and
    matplotlib left to draw inline (a ``MPLBACKEND`` such as Agg would hide figures)."""
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _where(nb: NotebookNode, index: int | None, source: Path, traceback: str) -> str:
    if index is None or index >= len(nb.cells):
        return "kernel start-up"
    cell = nb.cells[index]
    tags = cell.get("metadata", {}).get("tags", [])
    if INJECTED_TAG in tags:
        return "the injected parameters cell"
    injected = sum(INJECTED_TAG in c.get("metadata", {}).get("tags", []) for c in nb.cells[:index])
    where = f"cell {index + 1 - injected}"
    first = next((ln.strip() for ln in cell.source.splitlines() if ln.strip()), "")
    if source.suffix == ".py" and cell.source:
        text = source.read_text(encoding="utf-8")
        at = text.find(cell.source)
        if at >= 0:
            line = text.count("\n", 0, at) + 1
            m = _CELL_LINE.search(traceback)
            line += int(m.group(1)) - 1 if m else 0
            where += f" (line {line} of {source.name})"
    return f"{where}: {first[:80]}" if first else where


def _yield_cpu() -> None:
    """In a kernel process before it starts: a slightly lower CPU priority, so that on a
    busy machine the build's own start-up (reading the notebooks; the first kernel
    extracting the articles: what every notebook waits for) goes first, and the other
    kernels' imports fill the time left. Where priorities cannot be changed, nothing
    happens."""
    try:
        os.nice(KERNEL_NICENESS)
    except (AttributeError, OSError):  # not POSIX, or not allowed
        pass


class Kernel:
    """A fresh kernel for one notebook, started ahead of it: it boots while the
    caller reads the notebook or other notebooks run.

    Its environment is :func:`kernel_env`. Its stderr (start-up chatter,
    crash reports) goes to a file, shown only if it dies.
    """

    def __init__(self, cwd: str | Path, kernel_name: str = "python3") -> None:
        self.cwd, self.kernel_name = Path(cwd), kernel_name
        self.km = None
        self.log = tempfile.TemporaryFile("w+b")  # noqa: SIM115 - closed by shutdown()
        self._preloading: asyncio.Task | None = None
        self._warm = asyncio.Event()  # set once the ``first`` code has run (or there is none)

    async def start(
        self, source: str | Path, preload: tuple[str, ...] = (), first: str = "", forks: KernelForks | None = None
    ) -> Kernel:
        """Launch the kernel process (it is not ready yet when this returns).

        Args:
            source: the notebook it is for (named in errors).
            first: code it runs as soon as it is ready, silently (:meth:`preload`): the
                notebook's own first call, say, so that its result is cached when the
                notebook (and others, see :meth:`warmed`) starts. Such a kernel does work
                the others wait for: it keeps the build's CPU priority (:func:`_yield_cpu`
                lowers the others').
            preload: modules it imports next, while it waits for its notebook.
            forks: fork the kernel from there (:mod:`analysis.report.forks`), which has
                imported ipykernel and what the notebooks import; default: launch it.

        Raises:
            NotebookError: the kernel could not be launched (named after ``source``).
        """
        from jupyter_client.manager import AsyncKernelManager

        try:
            self.km = AsyncKernelManager(kernel_name=self.kernel_name)
            if forks is not None:
                from analysis.report.forks import fork_provisioner

                self.km.provisioner = fork_provisioner(self.km, forks, 0 if first else KERNEL_NICENESS)
            # As nbclient starts kernels: IPython history in memory, not in the user's database.
            await self.km.start_kernel(
                extra_arguments=["--HistoryManager.hist_file=:memory:"],
                cwd=str(self.cwd), env=kernel_env(), stderr=self.log,
                preexec_fn=None if first else _yield_cpu,
            )
        except Exception as exc:  # noqa: BLE001 - no such kernel, cannot launch
            error = self.failure(exc)
            self.log.close()
            raise NotebookError(Path(source).name, "kernel start-up", error) from None
        if preload or first:
            self._preloading = asyncio.create_task(self.preload(tuple(preload), first))
        else:
            self._warm.set()
        return self

    async def warmed(self) -> None:
        """Wait until the kernel has run (or failed to run) the ``first`` code of :meth:`start`."""
        await self._warm.wait()

    async def preload(self, modules: tuple[str, ...], first: str = "", timeout: float = 600) -> None:
        """Run ``first``, then import ``modules``, in the kernel while it waits for its
        notebook: the notebook does the same anyway, and then finds it done. Silent (no
        output, no history, no name left in the notebook's namespace); never raises: what
        fails here fails again, with its error, in the notebook's own cell.
        """
        if self.km is None or not (modules or first):
            self._warm.set()
            return
        imports = (
            "def __preload(names):\n"
            "    import importlib\n"
            "    for name in names:\n"
            "        try:\n"
            "            importlib.import_module(name)\n"
            "        except Exception:\n"
            "            pass\n"
            f"__preload({list(modules)!r})\n"
            "del __preload\n"
        )
        from jupyter_client.session import Session

        # A session of its own: clients of one session share a socket identity, and
        # the kernel would not answer the notebook's client while this one is connected.
        session = Session(key=self.km.session.key, signature_scheme=self.km.session.signature_scheme)
        kc = self.km.client(session=session)

        async def run(code: str) -> None:
            msg_id = kc.execute(code, silent=True, store_history=False)
            while True:
                reply = await kc.get_shell_msg(timeout=timeout)
                if reply.get("parent_header", {}).get("msg_id") == msg_id:
                    return

        try:
            kc.start_channels()
            await kc.wait_for_ready(timeout=timeout)
            if first:
                await run(f"try:\n    exec({first!r}, {{}})\nexcept Exception:\n    pass\n")
            self._warm.set()
            if modules:
                await run(imports)
        except Exception:  # noqa: BLE001, S110 - a dead kernel fails in its notebook, named there
            pass
        finally:
            self._warm.set()
            kc.stop_channels()

    def failure(self, exc: BaseException) -> str:
        """The error, followed by the last lines the kernel printed."""
        self.log.seek(0)
        tail = self.log.read().decode("utf-8", "replace").strip().splitlines()[-10:]
        return f"{type(exc).__name__}: {exc}" + ("\nkernel output:\n" + "\n".join(tail) if tail else "")

    async def shutdown(self, now: bool = False) -> None:
        """Stop the kernel (``now``: kill it) and free its files; never raises, and
        does nothing the second time."""
        km, self.km = self.km, None
        if self._preloading is not None:
            self._preloading.cancel()
            await asyncio.gather(self._preloading, return_exceptions=True)
        self._warm.set()  # nothing more will run in it: no one waits for it
        try:
            if km is not None and km.has_kernel:
                await km.shutdown_kernel(now=now)
        except Exception:  # noqa: BLE001, S110 - already dead: nothing left to stop
            pass
        finally:
            self.log.close()


async def async_execute_notebook(
    nb: NotebookNode,
    *,
    source: str | Path,
    kernel: Kernel | None = None,
    slot: AbstractAsyncContextManager | None = None,
    cwd: str | Path | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
) -> NotebookNode:
    """Run every cell of ``nb`` in a fresh kernel (see :func:`execute_notebook`).

    Args:
        kernel: a kernel started for this notebook (:meth:`Kernel.start`), left
            running for its owner to shut down; by default one is started here
            (in ``cwd``, default the file's folder) and shut down after.
        slot: entered once the kernel is ready and held while the cells run (e.g. a
            semaphore bounding how many notebooks run at once).
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    source = Path(source)
    owned = kernel is None
    if kernel is None:
        kernel = await Kernel(cwd or source.parent, kernel_name).start(source)
    current: dict[str, int | None] = {"index": None}

    def on_start(cell, cell_index, **_):
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        km=kernel.km,
        timeout=timeout,
        kernel_name=kernel.kernel_name,
        resources={"metadata": {"path": str(kernel.cwd)}},
        on_cell_start=on_start,
    )
    try:
        # Connect before taking the slot: waiting for the kernel (0.2 s at least, even
        # for one that has booted) overlaps the notebooks that hold the slots.
        await client.async_start_new_kernel_client()
        async with slot or nullcontext():
            await client.async_execute()
    except CellExecutionError as exc:
        _raise_cell_error(exc, nb, current["index"], source)
    except Exception as exc:  # noqa: BLE001 - timeouts, dead kernels, start-up failures
        raise NotebookError(
            source.name, _where(nb, current["index"], source, ""), kernel.failure(exc)
        ) from None
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
        if owned:
            await kernel.shutdown()
    return nb


def execute_notebook(
    nb: NotebookNode,
    *,
    source: str | Path,
    cwd: str | Path | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
) -> NotebookNode:
    """Run every cell of ``nb`` in a fresh kernel.

    Args:
        nb: the notebook (parameters already injected); executed in place.
        source: the file it came from (named in error messages).
        cwd: the kernel's working directory; default the file's folder.
        timeout: seconds allowed per cell.
        kernel_name: the Jupyter kernel to use.

    Returns:
        ``nb`` with outputs.

    Raises:
        NotebookError: a cell raised, timed out or the kernel died.
    """
    return run_sync(
        async_execute_notebook(
            nb, source=source, cwd=cwd, timeout=timeout, kernel_name=kernel_name
        )
    )


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end, on an event loop in a thread of its own.

    A thread of its own: this works from code already inside an event loop (a
    notebook), and nbclient sets no signal handlers there, so Ctrl-C stays a
    KeyboardInterrupt of the calling thread: the run is cancelled (its clean-up
    runs, no kernel is left behind) and the interrupt raised again.
    """
    loop = asyncio.new_event_loop()
    task = loop.create_task(coro)
    outcome: dict[str, Any] = {}
    # An Event, not Thread.join: a join interrupted by Ctrl-C may return early next time.
    finished = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            outcome["value"] = loop.run_until_complete(task)
        except BaseException as exc:  # noqa: BLE001 - raised again in the calling thread
            outcome["error"] = exc
        finally:
            left = asyncio.all_tasks(loop)
            for t in left:
                t.cancel()
            if left:
                loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()
            finished.set()

    threading.Thread(target=run, name="notebooks").start()
    try:
        finished.wait()
    except KeyboardInterrupt:
        if not finished.is_set():
            loop.call_soon_threadsafe(task.cancel)
        finished.wait()
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _raise_cell_error(exc, nb: NotebookNode, index: int | None, source: Path) -> None:
    tb = _ANSI.sub("", exc.traceback or "")
    lines = [ln for ln in tb.splitlines() if ln.strip()]
    rules = [i for i, ln in enumerate(lines) if _RULE.fullmatch(ln.strip())]
    if rules:  # drop nbclient's echo of the cell source; keep the kernel's traceback
        lines = lines[rules[-1] + 1 :]
    detail = "\n".join(lines[-12:])
    summary = f"{exc.ename}: {exc.evalue}"
    error = detail if summary in detail else f"{summary}\n{detail}"
    raise NotebookError(source.name, _where(nb, index, source, tb), error) from None


def run_notebook(path: str | Path, params: dict, *, timeout: int = 600) -> NotebookNode:
    """Read a notebook (``.py`` or newer ``.ipynb``), inject ``params`` and run it.

    Returns:
        The executed notebook.
    """
    source = notebook_source(path)
    nb = inject_parameters(read_notebook(source), params)
    return execute_notebook(nb, source=source, timeout=timeout)
