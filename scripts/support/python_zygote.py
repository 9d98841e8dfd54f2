"""A pre-loaded Python that runs programs and notebooks in fresh forked children.

Importing TensorFlow, PyTorch or Keras takes seconds, longer than most of the site's programs run. The
runner (scripts/support/pythonRunner.ts) starts one zygote per set of modules, with the environment the
programs need (KERAS_BACKEND above all). The zygote imports those modules once, then forks a child for every
job: the child runs one program, or starts one Jupyter kernel and executes one notebook in it with nbclient,
from a clean folder, with its own stdout and stderr. Nothing a program does reaches the next one: each gets a
new process whose only inheritance is the imported modules.

    python python_zygote.py '["numpy", "keras"]'

Protocol, one JSON object per line: the zygote prints {"ready": true, "versions": {...}} once the modules are
imported (or {"ready": false, "error": "..."}), then reads jobs from stdin,
{"id": "...", "kind": "script" | "notebook", "path": "/abs/program.py", "timeout": seconds}, and prints
{"id": "...", "exit": code, "signal": n | null, "seconds": s} when each ends. The child writes what it printed
to <path>.stdout and <path>.stderr (for a notebook: the cells' stream output, and the executed notebook to
<path>.executed.ipynb). Jobs run concurrently; the runner decides how many.
"""

import importlib
import json
import os
import select
import signal
import sys
import time
import traceback

VERSION_MODULES = {"keras": "keras", "tensorflow": "tensorflow", "torch": "torch", "jax": "jax", "numpy": "numpy"}


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def redirect_output(path):
    """Points file descriptors 1 and 2 (and sys.stdout/err) at <path>.stdout and <path>.stderr."""
    for fd, suffix in ((1, ".stdout"), (2, ".stderr")):
        target = os.open(path + suffix, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    sys.stdout = os.fdopen(1, "w", buffering=1, closefd=False)
    sys.stderr = os.fdopen(2, "w", buffering=1, closefd=False)
    sys.stdin = open(os.devnull)


def run_script(path):
    """Runs the program as `python <file>` would: as __main__, its own folder first on sys.path."""
    import runpy

    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as exit:
        code = exit.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


class _RunningKernel:
    """What nbclient asks of a kernel manager whose kernel it does not own."""

    def __init__(self, pid):
        self.pid = pid
        self.has_kernel = True

    async def is_alive(self):
        try:
            finished, _ = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            return False
        return finished == 0


def run_notebook(path, timeout):
    """Executes the notebook with nbclient in a Jupyter kernel forked from this process; writes its streams."""
    import asyncio

    import nbformat
    from jupyter_client.asynchronous import AsyncKernelClient
    from jupyter_client.connect import write_connection_file
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    connection = path + ".kernel.json"
    # Unix sockets in the notebook's own folder: no ports to race for when notebooks run side by side.
    write_connection_file(fname=connection, transport="ipc", ip=os.path.join(os.path.dirname(path), "kernel"))
    kernel = os.fork()
    if kernel == 0:
        # The kernel: a fresh IPython kernel with the zygote's modules already imported. What it prints
        # outside a cell (its banner, native libraries' logs) goes to a log; cells' output reaches nbclient.
        try:
            redirect_output(path + ".kernel")
            from ipykernel.kernelapp import IPKernelApp

            app = IPKernelApp.instance()
            app.initialize(["-f", connection, "--IPKernelApp.parent_handle=0"])
            app.start()
        finally:
            os._exit(0)

    notebook = nbformat.read(path, as_version=4)
    client_box = {}

    async def execute():
        kc = AsyncKernelClient()
        kc.load_connection_file(connection)
        # No heartbeat channel: on a busy machine a kernel that is still importing misses its 1 s heartbeat
        # and counts as dead. Whether it lives is asked of the process itself (_RunningKernel).
        kc.start_channels(hb=False)
        await kc.wait_for_ready(timeout=120)
        client = NotebookClient(
            notebook, km=_RunningKernel(kernel), timeout=timeout, resources={"metadata": {"path": os.getcwd()}}
        )
        client.kc = kc
        client_box["client"] = client
        try:
            await client.async_execute()
        finally:
            kc.stop_channels()

    status = 0
    try:
        asyncio.run(execute())
    except CellExecutionError as error:
        print(str(error), file=sys.stderr)
        status = 1
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        try:
            os.kill(kernel, signal.SIGKILL)
            os.waitpid(kernel, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    if status != 0 and os.path.exists(path + ".kernel.stderr"):
        with open(path + ".kernel.stderr") as log:
            sys.stderr.write("--- the kernel's log\n" + log.read()[-3000:])
    # The printed output: every stream the cells wrote to stdout, in order.
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stdout":
                sys.stdout.write(output.get("text", ""))
            elif output.get("output_type") == "stream" and output.get("name") == "stderr":
                sys.stderr.write(output.get("text", ""))
    nbformat.write(notebook, path + ".executed.ipynb")
    return status


def child(job):
    os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    path = job["path"]
    os.chdir(os.path.dirname(path))
    redirect_output(path)
    status = 1
    try:
        status = run_notebook(path, job["timeout"]) if job["kind"] == "notebook" else run_script(path)
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status if isinstance(status, int) else 1)


def main():
    modules = json.loads(sys.argv[1]) if len(sys.argv) > 1 else []
    try:
        for module in modules:
            importlib.import_module(module)
        if "nbclient" not in modules:
            # Notebook jobs need these; importing them here keeps each notebook's start short.
            for module in ("nbformat", "nbclient", "jupyter_client", "ipykernel.kernelapp"):
                try:
                    importlib.import_module(module)
                except ImportError:
                    pass
    except BaseException as error:
        reply({"ready": False, "error": f"{type(error).__name__}: {error}"})
        return 1
    versions = {}
    for name, module in VERSION_MODULES.items():
        loaded = sys.modules.get(module)
        if loaded is not None:
            versions[name] = getattr(loaded, "__version__", "")
    reply({"ready": True, "versions": versions, "python": sys.version.split()[0]})

    running = {}  # pid -> (job, started, deadline)
    stdin = sys.stdin.fileno()
    pending = b""
    open_input = True
    while open_input or running:
        readable, _, _ = select.select([stdin] if open_input else [], [], [], 0.05 if running else None)
        if readable:
            chunk = os.read(stdin, 65536)
            if not chunk:
                open_input = False
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                if not line.strip():
                    continue
                job = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    child(job)
                now = time.monotonic()
                running[pid] = (job, now, now + float(job["timeout"]))
        for pid, (job, started, deadline) in list(running.items()):
            finished, status = os.waitpid(pid, os.WNOHANG)
            if finished == 0:
                if time.monotonic() > deadline:
                    try:
                        os.killpg(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                continue
            del running[pid]
            # Whatever the program started in its process group (compile workers, data loaders) ends with it.
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            seconds = time.monotonic() - started
            reply(
                {
                    "id": job["id"],
                    "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                    "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                    "timedOut": time.monotonic() > deadline,
                    "seconds": round(seconds, 2),
                }
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
