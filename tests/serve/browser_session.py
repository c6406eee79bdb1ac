"""One student's browser tab on `quiz serve`: keys in, the terminal's text out."""

from __future__ import annotations

from urllib.parse import urlsplit

from serve_support import terminal_text, wait_for

TIMEOUT_MS = 60_000


class BrowserSession:
    """A page in its own browser context (its own cookies and storage), with every request it
    made and every byte its terminal was sent."""

    def __init__(self, browser, url: str, width: int = 1280, height: int = 800) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.context.set_default_timeout(TIMEOUT_MS)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.received = bytearray()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("websocket", self._watch)
        self.page.goto(url, timeout=TIMEOUT_MS)
        self.page.wait_for_selector("body.-first-byte", timeout=TIMEOUT_MS)
        self.page.focus(".xterm-helper-textarea", timeout=TIMEOUT_MS)

    def _watch(self, websocket) -> None:
        self.requests.append(websocket.url)
        websocket.on("framereceived", self._received)

    def _received(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            self.received.extend(payload)

    def text(self) -> str:
        """Everything the terminal was sent, as text."""
        return terminal_text(bytes(self.received))

    def wait_text(self, *phrases: str) -> None:
        """Wait until the terminal was sent every phrase after the last call's point."""
        def shown() -> bool:
            self.page.wait_for_timeout(100)  # lets Playwright deliver the frames
            return all(phrase in self.text() for phrase in phrases)

        wait_for(shown, f"{phrases!r} in the browser",
                 describe=lambda: f"; the terminal showed: {self.text()[-2000:]!r}")

    def forget(self) -> None:
        """Drop what was received so far: the next wait sees only what comes after."""
        self.received.clear()

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)

    def hosts(self) -> set[str]:
        """The hosts of every request and websocket the page opened."""
        return {urlsplit(url).hostname or url for url in self.requests}

    def close(self) -> None:
        self.context.close()
