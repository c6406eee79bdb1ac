"""The web server of `quiz serve`: the page, its static files and one app process per websocket.

textual-serve's `AppService` starts the session command for each websocket and relays the
terminal both ways; the routes and the page are quiz's own so that
- the student in the page's address (`/?student=NAME`) reaches the session (quiz.serve.students);
- the page fetches nothing from another host: textual-serve's own page asks a font host, this one
  serves the font textual-serve ships (Roboto Mono) from `/static/fonts/`;
- the websocket address is built from the address the browser used, so a class reaching the
  machine by its network name or address (`--host 0.0.0.0`) connects back to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import shlex
import sys
from collections.abc import Callable
from functools import partial
from importlib.resources import files
from pathlib import Path

import jinja2
import textual_serve
from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from quiz.serve.students import RequestedStudent, decode_student, encode_student

log = logging.getLogger("quiz.serve")

STATIC = Path(textual_serve.__file__).parent / "static"
FONT_SIZE = 16
NARROW_FONT_SIZE = 11  # below NARROW_WIDTH CSS pixels (a phone): about 58 columns at 390 px
NARROW_WIDTH = 600
SESSIONS = web.AppKey("sessions", set[web.WebSocketResponse])
SESSION_EXIT_SECONDS = 10


def session_command(decks_dir: Path, db_path: Path, student: RequestedStudent) -> str:
    """The shell command that runs one session's app: this interpreter, so it works the same
    installed or from a source tree (PYTHONPATH is inherited)."""
    argv = [sys.executable, "-m", "quiz.serve.session",
            "--decks", str(decks_dir), "--db", str(db_path)]
    if student.name is not None:
        argv += ["--student", student.name]
    elif student.notice is not None:
        argv += ["--notice", student.notice]
    return "exec " + shlex.join(argv)  # the shell becomes the app: no process left between


class ClassServer:
    """Serves the study app of `decks_dir` over `db_path` to every browser that opens it."""

    def __init__(self, decks_dir: Path, db_path: Path, *, title: str = "quiz") -> None:
        self.decks_dir = decks_dir.resolve()
        self.db_path = db_path.resolve()
        self.title = title
        self.downloads = DownloadManager()
        self.page = jinja2.Environment(autoescape=True).from_string(
            files("quiz.serve").joinpath("templates/index.html").read_text("utf-8"))

    def web_app(self) -> web.Application:
        """The aiohttp application: `/`, `/ws`, `/ws/{student}` and `/static/`."""
        app = web.Application()
        app[SESSIONS] = set()
        app.add_routes([
            web.get("/", self.index),
            web.get("/ws", self.websocket),
            web.get("/ws/{student}", self.websocket),
            web.static("/static", STATIC),
        ])
        app.on_shutdown.append(self.close_sessions)
        return app

    async def index(self, request: web.Request) -> web.Response:
        """The page: textual-serve's terminal script, connecting to this session's websocket."""
        scheme = "wss" if request.secure else "ws"
        websocket_url = f"{scheme}://{request.host}/ws"
        if "student" in request.query:
            websocket_url += "/" + encode_student(request.query["student"])
        size = request.query.get("fontsize", "")
        html = self.page.render(
            title=self.title, websocket_url=websocket_url,
            font_size=int(size) if size.isdigit() and 6 <= int(size) <= 40 else FONT_SIZE,
            fixed_size=size.isdigit(), narrow_width=NARROW_WIDTH,
            narrow_font_size=NARROW_FONT_SIZE)
        return web.Response(text=html, content_type="text/html")

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        """One browser session: start its app process and relay until either side closes."""
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        student = decode_student(request.match_info.get("student"))
        service = AppService(
            session_command(self.decks_dir, self.db_path, student),
            write_bytes=websocket.send_bytes, write_str=websocket.send_str,
            close=partial(_close, websocket), download_manager=self.downloads)
        sessions = request.app[SESSIONS]
        sessions.add(websocket)
        try:
            await service.start(_cells(request, "width", 80), _cells(request, "height", 24))
            await relay(websocket, service)
        except asyncio.CancelledError:
            pass
        finally:
            sessions.discard(websocket)
            with contextlib.suppress(Exception):
                await service.stop()
            await websocket.close()
            await _ended(service)
        return websocket

    async def close_sessions(self, app: web.Application) -> None:
        """On shutdown, close every browser's websocket: each app process is told to quit."""
        sessions: set[web.WebSocketResponse] = app[SESSIONS]
        for websocket in list(sessions):
            await websocket.close(code=1001, message=b"server shutdown")


async def _close(websocket: web.WebSocketResponse) -> None:
    """Close the browser's websocket (textual-serve calls this when the app process ends)."""
    await websocket.close()


async def _ended(service: AppService) -> None:
    """Wait (a few seconds at most) for the session's app process to exit after it was told to
    quit, so that a server stopping does not close its event loop under a child still running.
    textual-serve 1.1.3 (pinned) keeps the process in `_process`."""
    process = getattr(service, "_process", None)
    if process is not None and process.returncode is None:
        with contextlib.suppress(asyncio.TimeoutError, ProcessLookupError):
            await asyncio.wait_for(process.wait(), SESSION_EXIT_SECONDS)
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()


def _cells(request: web.Request, name: str, default: int) -> int:
    value = request.query.get(name, "")
    return min(int(value), 1000) if value.isdigit() and int(value) > 0 else default


async def relay(websocket: web.WebSocketResponse, service: AppService) -> None:
    """Pass the browser's messages (textual-serve's protocol: JSON lists `["stdin", text]`,
    `["resize", {"width", "height"}]`, `["ping", x]`, `["focus"]`, `["blur"]`) to the app;
    anything else is ignored."""
    async for message in websocket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            envelope = json.loads(message.data)
            kind, data = (envelope[0], envelope[1] if len(envelope) > 1 else None)
        except (ValueError, TypeError, IndexError, KeyError):
            continue
        if kind == "stdin" and isinstance(data, str):
            await service.send_bytes(data.encode("utf-8", "replace"))
        elif kind == "resize" and isinstance(data, dict):
            width, height = data.get("width"), data.get("height")
            if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
                await service.set_terminal_size(min(width, 1000), min(height, 1000))
        elif kind == "ping":
            await websocket.send_json(["pong", data])
        elif kind == "blur":
            await service.blur()
        elif kind == "focus":
            await service.focus()


def serve(server: ClassServer, host: str, port: int,
          on_ready: Callable[[str], None]) -> None:
    """Serve until Ctrl+C or SIGTERM; `on_ready(url)` once listening. OSError when the address
    cannot be used (a port in use)."""
    logging.basicConfig(level=logging.WARNING, format="quiz serve: %(message)s")
    shown = f"[{host}]" if ":" in host else host
    web.run_app(server.web_app(), host=host, port=port, access_log=None,
                print=lambda _message: on_ready(f"http://{shown}:{port}/"))
